use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub update_customer: PUT "/customers/{handle}" -> openprovider::customers::Success {
        handle: String,
        email: Option<String>,
        email: Option<String>,
    }
}

fn main() {
    // The fallback request type keeps one `email`, so code using it adds no error.
    let _ = UpdateCustomerRequest { handle: String::new(), email: None };
}
