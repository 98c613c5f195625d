use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub delete_thing: DELETE "/things/{id}" -> serde_json::Value {
        id: String,
        #[body]
        force: Option<bool>,
    }
}

fn main() {}
