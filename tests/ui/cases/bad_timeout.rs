use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[timeout = "three minutes"]
    pub create_domain: POST "/domains" -> serde_json::Value {
        name: String,
    }
}

fn main() {}
