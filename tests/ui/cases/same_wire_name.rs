use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub create_thing: POST "/things" -> openprovider::customers::Success {
        name: Option<String>,
        #[rename = "name"]
        display_name: Option<String>,
    }
}

fn main() {}
