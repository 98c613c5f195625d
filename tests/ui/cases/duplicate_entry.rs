use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> openprovider::customers::Success {
        id: String,
    }
    pub get_thing: GET "/other/{id}" -> openprovider::customers::Success {
        id: String,
    }
}

fn main() {}
