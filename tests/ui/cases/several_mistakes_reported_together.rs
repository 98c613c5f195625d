use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: GET "/things/{id}" -> openprovider::customers::Success {
        id: Option<String>,
        #[body]
        filter: Option<String>,
        #[sensitve]
        secret: Option<String>,
    }
}

fn main() {}
