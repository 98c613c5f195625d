use openprovider::de::LenientDeserialize;

#[derive(LenientDeserialize)]
enum Status {
    Active,
}

#[derive(LenientDeserialize)]
struct Pair(i64, i64);

#[derive(Default, LenientDeserialize)]
struct Wrapper<T> {
    inner: Option<T>,
}

fn main() {}
