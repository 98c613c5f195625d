use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: FETCH "/things/{id}" -> openprovider::customers::Success {
        id: String,
    }
}

fn main() {
    // The request type still exists, so this line adds no error of its own.
    let _ = GetThingRequest { id: String::new() };
}
