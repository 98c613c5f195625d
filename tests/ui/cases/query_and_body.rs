use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub create_thing: POST "/things" -> openprovider::customers::Success {
        #[query]
        #[body]
        name: String,
    }
}

fn main() {}
