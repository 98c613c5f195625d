use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> serde_json::Value {
        id: String,
    }
    pub get_thing: GET "/other/{id}" -> serde_json::Value {
        id: String,
    }
}

fn main() {}
