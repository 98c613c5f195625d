use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub list_customers: GET "/customers?limit=10" -> openprovider::customers::Success {}
}

fn main() {}
