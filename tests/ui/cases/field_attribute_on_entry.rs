use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[sensitive]
    pub login: POST "/auth/login" -> openprovider::customers::Success {
        username: String,
    }
}

fn main() {}
