use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_customer: GET "/customers/{handle}" -> openprovider::customers::Success {
        handle: Option<String>,
    }
}

fn main() {}
