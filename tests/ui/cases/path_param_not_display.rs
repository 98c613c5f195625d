use openprovider::openprovider_endpoint;

#[derive(Debug, Clone, PartialEq)]
pub struct Id(u32);

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> openprovider::customers::Success {
        id: Id,
    }
}

fn main() {}
