use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub create_thing: POST "/things" -> serde_json::Value {
        #[query]
        #[body]
        name: String,
    }
}

fn main() {}
