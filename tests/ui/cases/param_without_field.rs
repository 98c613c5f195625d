use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_customer: GET "/customers/{handle}" -> serde_json::Value {
        with_additional_data: Option<bool>,
    }
}

fn main() {}
