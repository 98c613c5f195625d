::core::compile_error! {
    "unknown method `FETCH`: write one of GET, POST, PUT, PATCH, DELETE"
}
#[allow(dead_code)]
pub struct BrokenRequest {
    pub id: String,
}
