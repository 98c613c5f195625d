use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub create_thing: POST "/things" -> openprovider::customers::Success {
        #[required_for_tlds()]
        extra: Option<String>,
    }
}

fn main() {}
