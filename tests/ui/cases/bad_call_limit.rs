use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[call_limit = "20 every 5 minutes"]
    pub check_domain: POST "/domains/check" -> openprovider::customers::Success {
        name: String,
    }
}

fn main() {}
