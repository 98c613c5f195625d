use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub register: POST "/domains" -> openprovider::common::Success {
        #[tld_rules(renew)]
        additional_data: Option<String>,
        #[tld_rules = "create"]
        other_data: Option<String>,
    }
}

fn main() {}
