use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub list_customers: GET "/customers?limit=10" -> serde_json::Value {}
}

fn main() {}
