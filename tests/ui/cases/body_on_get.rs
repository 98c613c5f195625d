use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things" -> serde_json::Value {
        #[body]
        filter: Option<String>,
    }
}

fn main() {}
