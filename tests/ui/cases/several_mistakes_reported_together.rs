use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> serde_json::Value {
        id: Option<String>,
        #[body]
        filter: Option<String>,
        #[sensitve]
        secret: Option<String>,
    }
}

fn main() {}
