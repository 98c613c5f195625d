use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub login: POST "/auth/login" -> openprovider::customers::Success {
        username: String,
        #[sensitiv]
        password: String,
    }
}

fn main() {}
