use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> openprovider::customers::Success {
        pub id: String,
    }
}

fn main() {}
