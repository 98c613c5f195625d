use openprovider::openprovider_endpoint;

#[derive(Debug, Clone, PartialEq)]
pub struct Note(String);

openprovider_endpoint! {
    pub create_thing: POST "/things" -> openprovider::customers::Success {
        note: Option<Note>,
    }
}

fn main() {}
