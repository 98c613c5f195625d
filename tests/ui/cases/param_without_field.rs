use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_customer: GET "/customers/{handle}" -> openprovider::customers::Success {
        with_additional_data: Option<bool>,
    }
}

fn main() {}
