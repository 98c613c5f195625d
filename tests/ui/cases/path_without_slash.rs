use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub list_customers: GET "customers" -> openprovider::customers::Success {}
}

fn main() {}
