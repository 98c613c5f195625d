use openprovider::de::LenientDeserialize;

mod other {
    /// A type named like a scalar the derive reads, but not jiff's.
    #[derive(Default)]
    pub struct Date(pub String);
}

#[derive(Default, LenientDeserialize)]
struct Event {
    when: Option<other::Date>,
}

fn main() {}
