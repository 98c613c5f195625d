use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub login: POST "/auth/login" -> serde_json::Value {
        username: String,
        #[sensitiv]
        password: String,
    }
}

fn main() {}
