//! The documented shape of every operation's reply (`shapes.json`, names and JSON types only,
//! written by `scripts/mock_reply_shapes.py` from the Swagger document), used to answer with
//! every documented property present: what an area does not model gets its type's empty value.

use std::sync::OnceLock;

use serde_json::{Map, Value};

fn shapes() -> &'static Map<String, Value> {
    static SHAPES: OnceLock<Map<String, Value>> = OnceLock::new();
    SHAPES.get_or_init(|| serde_json::from_str(include_str!("shapes.json")).unwrap_or_default())
}

/// The documented shape of the reply to `method` on `segments` (the path after `/v1beta/`,
/// decoded): the operation whose path matches with the most literal segments.
pub fn of(method: &str, segments: &[&str]) -> Option<&'static Value> {
    let mut best: Option<(usize, &Value)> = None;
    for (key, shape) in shapes() {
        let Some((m, path)) = key.split_once(' ') else {
            continue;
        };
        if m != method {
            continue;
        }
        let template: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut literal = 0;
        let fits = template.iter().zip(segments).all(|(t, s)| {
            if t.starts_with('{') {
                true
            } else {
                literal += 1;
                t == s
            }
        });
        if fits && best.is_none_or(|(n, _)| literal > n) {
            best = Some((literal, shape));
        }
    }
    best.map(|(_, shape)| shape)
}

/// Properties never added: a record's `prio` comes only where the record has one (MX, SRV, or
/// one written with it), as live replies show (reference §11.5), so a record read back and
/// removed as read is sent as it was written.
const NEVER_ADDED: &[&str] = &["prio"];

/// Properties that come only when the request's flag asks for them.
// Swagger: the `with_*` query parameters of the operations that return these properties.
const ON_REQUEST: &[(&str, &[&str])] = &[
    (
        "with_additional_data",
        &["additional_data", "extension_additional_data"],
    ),
    ("with_abuse_details", &["abuse_details"]),
    ("with_api_history", &["api_history"]),
    ("with_contacts", &["contacts"]),
    ("with_history", &["history"]),
    ("with_level_prices", &["level_prices"]),
    ("with_records", &["records"]),
    ("with_registry_statuses", &["registry_statuses"]),
    ("with_restrictions", &["restrictions"]),
    ("with_settings", &["settings"]),
    ("with_statistics", &["statistics"]),
    ("with_usage_count", &["usage_count"]),
    ("with_whois_privacy_data", &["whois_privacy_data"]),
];

/// The properties not to add to the reply of a request with these query flags set: those
/// never added, and those of each flag not set.
pub fn left_out(flags_set: impl Fn(&str) -> bool) -> Vec<&'static str> {
    let mut out = NEVER_ADDED.to_vec();
    for (flag, properties) in ON_REQUEST {
        if !flags_set(flag) {
            out.extend_from_slice(properties);
        }
    }
    out
}

/// Adds every property of `shape` that `value` lacks, with its type's empty value, into nested
/// objects and into each item of an array.
/// `left_out` are never added, at any depth.
pub fn complete(value: &mut Value, shape: &Value, left_out: &[&str]) {
    match (value, shape) {
        (Value::Object(map), Value::Object(props)) => {
            for (name, prop) in props {
                match map.get_mut(name) {
                    Some(existing) => complete(existing, prop, left_out),
                    None if left_out.contains(&name.as_str()) => {}
                    None => {
                        map.insert(name.clone(), empty(prop));
                    }
                }
            }
        }
        (Value::Array(items), Value::Array(item_shape)) => {
            if let Some(item_shape) = item_shape.first() {
                for item in items {
                    complete(item, item_shape, left_out);
                }
            }
        }
        _ => {}
    }
}

/// The empty value of a shape: `""`, `0`, `false`, `[]`, or an object of empty values.
pub fn empty(shape: &Value) -> Value {
    match shape {
        Value::Object(props) => Value::Object(
            props
                .iter()
                .map(|(name, prop)| (name.clone(), empty(prop)))
                .collect(),
        ),
        Value::Array(_) => Value::Array(Vec::new()),
        Value::String(kind) => match kind.as_str() {
            "string" => Value::String(String::new()),
            "integer" | "number" => Value::from(0),
            "boolean" => Value::Bool(false),
            _ => Value::Object(Map::new()),
        },
        _ => Value::Null,
    }
}
