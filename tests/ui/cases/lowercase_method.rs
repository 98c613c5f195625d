use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub get_thing: get "/things" -> openprovider::customers::Success {}
}

fn main() {}
