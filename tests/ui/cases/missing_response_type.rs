use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub delete_thing: DELETE "/things/{id}" {
        id: String,
    }
}

fn main() {}
