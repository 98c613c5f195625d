use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub create_thing: POST "/things" -> openprovider::customers::Success {
        #[required_for_tlds("ru")]
        passport: String,
    }
}

fn main() {}
