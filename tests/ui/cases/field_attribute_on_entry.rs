use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[sensitive]
    pub login: POST "/auth/login" -> serde_json::Value {
        username: String,
    }
}

fn main() {}
