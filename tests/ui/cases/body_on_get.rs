use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things" -> openprovider::customers::Success {
        #[body]
        filter: Option<String>,
    }
}

fn main() {}
