//! A request as the stand-in received it, and what handlers read out of it: the JSON body, its
//! text fields, query parameters, the page window of a list.

use serde_json::{Map, Value};

use crate::reply::{Answer, bad_request};

/// A request as the stand-in received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// Like `PUT`.
    pub method: String,
    /// The path as sent, still percent-encoded: `/v1beta/customers/XX123456-XX`.
    pub path: String,
    /// The raw query string, without `?`; `None` when there was none.
    pub query: Option<String>,
    /// Header names in lower case, with their values, in order.
    pub headers: Vec<(String, String)>,
    /// The body as sent.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a header (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The query string decoded into pairs, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query
            .as_deref()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The body parsed as JSON; `None` when empty or not JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// The body as a JSON object; an empty body is an empty object, as the gateway reads it.
pub(crate) fn body_object(request: &RecordedRequest) -> Result<Map<String, Value>, Answer> {
    if request.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match request.json() {
        Some(Value::Object(map)) => Ok(map),
        _ => Err(bad_request("invalid JSON body")),
    }
}

/// The trimmed text at `path` in a body, `""` when absent or not text.
pub(crate) fn text<'a>(map: &'a Map<String, Value>, path: &[&str]) -> &'a str {
    let mut value = map.get(path[0]);
    for key in &path[1..] {
        value = value.and_then(|v| v.get(key));
    }
    value.and_then(Value::as_str).unwrap_or("").trim()
}

/// A number of a body, as a number or as the numeric string the API also takes (reference
/// §8.5).
pub(crate) fn number(value: Option<&Value>) -> Option<i64> {
    value.and_then(|v| {
        v.as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    })
}

/// The first value of a query parameter.
pub(crate) fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Whether a query flag is set (`true` or `1`, reference §3.4).
pub(crate) fn truthy(params: &[(String, String)], name: &str) -> bool {
    param(params, name).is_some_and(|v| v == "true" || v == "1")
}

/// `limit` (capped at `max`) and `offset` of a list request; a value that is not a number is
/// the gateway's error, as the real API answers it.
pub(crate) fn window(
    params: &[(String, String)],
    default_limit: usize,
    max_limit: usize,
) -> Result<(usize, usize), Answer> {
    let number = |name: &str, default: usize| -> Result<usize, Answer> {
        match param(params, name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| bad_request(&format!("invalid {name}"))),
        }
    };
    Ok((
        number("limit", default_limit)?.min(max_limit),
        number("offset", 0)?,
    ))
}

/// The strings of an array in a body; absent or not an array is none.
pub(crate) fn strings(map: &Map<String, Value>, key: &str) -> Vec<String> {
    map.get(key)
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Every value of a repeated query parameter (`status=REQ&status=ACT`).
pub(crate) fn params_all<'a>(params: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    params
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

/// An id of a path; not a number is no such thing.
pub(crate) fn id_of(segment: &str) -> Option<i64> {
    segment.trim().parse().ok()
}

/// Sorts by the first `order_by.FIELD` parameter (`asc` or `desc`), reading the field of each
/// item as JSON; without one the order stays.
pub(crate) fn sort_by_param(items: &mut [Value], params: &[(String, String)]) {
    let Some((field, direction)) = params
        .iter()
        .find_map(|(k, v)| k.strip_prefix("order_by.").map(|f| (f, v)))
    else {
        return;
    };
    items.sort_by(|a, b| compare(&a[field], &b[field]));
    if direction.eq_ignore_ascii_case("desc") {
        items.reverse();
    }
}

/// Sorts by `order_by` and `order` (`asc` or `desc`), as billing and contacts take them.
pub(crate) fn sort_by_order(items: &mut [Value], params: &[(String, String)]) {
    let Some(field) = param(params, "order_by") else {
        return;
    };
    items.sort_by(|a, b| compare(&a[field], &b[field]));
    if param(params, "order").is_some_and(|o| o.eq_ignore_ascii_case("desc")) {
        items.reverse();
    }
}

fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        _ => a
            .as_str()
            .unwrap_or_default()
            .cmp(b.as_str().unwrap_or_default()),
    }
}

/// Case-insensitive match where `*` stands for any run of characters.
pub(crate) fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let t: Vec<char> = text.to_lowercase().chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && p[pi] != '*' && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn globs() {
        assert!(glob("Car*ten", "Carsten"));
        assert!(glob("*noort", "van Noort"));
        assert!(glob("*", ""));
        assert!(!glob("Car*x", "Carsten"));
        assert!(glob("cv904716-nl", "CV904716-NL"));
    }
}
