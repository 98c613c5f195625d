use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> serde_json::Value {
        #[rename = "thing_id"]
        id: String,
    }
}

fn main() {}
