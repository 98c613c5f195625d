use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> openprovider::customers::Success {
        #[rename = "thing_id"]
        id: String,
    }
}

fn main() {}
