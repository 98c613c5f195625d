use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[safe_to_repeat]
    pub get_thing: GET "/things/{id}" -> openprovider::customers::Success {
        id: i64,
    }
}

fn main() {}
