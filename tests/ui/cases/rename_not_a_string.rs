use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_price: GET "/domains/prices" -> serde_json::Value {
        #[rename(domain.name)]
        domain_name: String,
    }
}

fn main() {}
