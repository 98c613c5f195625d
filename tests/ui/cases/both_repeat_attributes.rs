use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    #[safe_to_repeat]
    #[not_safe_to_repeat]
    pub make_thing: POST "/things" -> openprovider::customers::Success {
        name: String,
    }
}

fn main() {}
