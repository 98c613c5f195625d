use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_price: GET "/domains/prices" -> openprovider::customers::Success {
        #[rename(domain.name)]
        domain_name: String,
    }
}

fn main() {}
