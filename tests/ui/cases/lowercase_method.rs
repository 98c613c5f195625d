use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: get "/things" -> serde_json::Value {}
}

fn main() {}
