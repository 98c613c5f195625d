use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[timeout = "three minutes"]
    pub create_domain: POST "/domains" -> openprovider::customers::Success {
        name: String,
    }
}

fn main() {}
