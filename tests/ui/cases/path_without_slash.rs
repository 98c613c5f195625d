use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub list_customers: GET "customers" -> serde_json::Value {}
}

fn main() {}
