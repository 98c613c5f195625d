//! Arbitrary values through the path, query and body writers: a path parameter stays one
//! segment, query pairs come out for every value, and a body is a JSON object; never a panic.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use openprovider::{BodyWriter, PathWriter, QueryWriter};

#[derive(Arbitrary, Debug)]
enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn value(&self, depth: usize) -> serde_json::Value {
        use serde_json::Value;
        match self {
            _ if depth > 6 => Value::Null,
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Int(n) => Value::from(*n),
            Json::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Json::Text(s) => Value::String(s.clone()),
            Json::List(items) => items.iter().map(|i| i.value(depth + 1)).collect(),
            Json::Object(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.value(depth + 1)))
                    .collect(),
            ),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    segment: String,
    query: Vec<(String, Json)>,
    body: Vec<(String, Json)>,
}

fuzz_target!(|input: Input| {
    let mut path = PathWriter::default();
    path.literal("/x/");
    if path.param("p", &input.segment).is_ok() {
        assert!(!path.as_str()[3..].contains('/'));
    }
    let mut query = QueryWriter::default();
    for (key, value) in &input.query {
        let _ = query.push(key, &value.value(0));
    }
    let mut body = BodyWriter::default();
    for (key, value) in &input.body {
        let _ = body.push(key, &value.value(0));
    }
    let bytes = body.into_bytes();
    let parsed: serde_json::Value = serde_json::from_slice(&bytes).expect("the body is JSON");
    assert!(parsed.is_object());
});
