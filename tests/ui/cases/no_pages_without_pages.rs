use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[no_pages]
    pub get_thing: GET "/things/{id}" -> openprovider::customers::Success {
        id: i64,
    }
}

fn main() {}
