//! Tags: labels customers can carry. The only key the API allows is `customer`; a tag is named
//! by its key and value, in the query of a delete too.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::reply::{Handled, api_error, ok, page};
use crate::request::{RecordedRequest, body_object, param, text};

// Swagger: customerTags.key (the one key it allows).
const KEY: &str = "customer";

#[derive(Default)]
pub struct Tags {
    stored: BTreeSet<String>,
}

impl Tags {
    pub fn new() -> Self {
        Tags::default()
    }
}

/// Only the key is checked: no source says an empty value or a second create is refused.
fn check(key: &str) -> Result<(), crate::reply::Answer> {
    if key != KEY {
        // No source gives the code; 188 is free in S10's customer range, 1xx (reference §3.3).
        return Err(api_error(
            188,
            &format!("Invalid tag key {key:?}; the only key is {KEY:?}"),
        ));
    }
    Ok(())
}

pub fn list(state: &Tags, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let key = param(&params, "key");
    let value = param(&params, "value");
    if key.is_some_and(|k| k != KEY) {
        return Ok(page(Vec::new(), 0, 0));
    }
    let all: Vec<Value> = state
        .stored
        .iter()
        .filter(|v| value.is_none_or(|want| want == v.as_str()))
        .map(|v| json!({"key": KEY, "value": v}))
        .collect();
    let count = all.len();
    Ok(page(all, count, 0))
}

pub fn create(state: &mut Tags, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let (key, value) = (text(&body, &["key"]), text(&body, &["value"]));
    check(key)?;
    state.stored.insert(value.to_owned());
    Ok(ok(json!({"success": true})))
}

pub fn delete(state: &mut Tags, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let key = param(&params, "key").unwrap_or("");
    let value = param(&params, "value").unwrap_or("");
    check(key)?;
    if !state.stored.remove(value) {
        // S10's code list (reference §3.3): 98 "Requested data not in data-set".
        return Err(api_error(98, "Requested data not in data-set: no such tag"));
    }
    Ok(ok(json!({"success": true})))
}
