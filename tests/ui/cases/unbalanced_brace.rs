use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_customer: GET "/customers/{handle" -> serde_json::Value {
        handle: String,
    }
}

fn main() {}
