use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub delete_thing: DELETE "/things/{id}" -> openprovider::customers::Success {
        id: String,
        #[body]
        force: Option<bool>,
    }
}

fn main() {}
