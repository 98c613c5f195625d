use openprovider::openprovider_endpoint;

openprovider_endpoint! {
    pub list_things: GET "/things" -> openprovider::customers::Success {
        limit: Option<i32>,
        offset: Option<i32>,
    }
}

fn main() {}
