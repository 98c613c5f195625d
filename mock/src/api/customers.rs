//! Customer handles: created with the API's checks and error codes, soft-deleted, listed with
//! the API's filters, and answered with its quirks (`"success": "true"` as a string on update,
//! a fax of empty strings, `0000-00-00 00:00:00` for "not deleted").

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::reply::{Answer, Handled, NEVER, RESELLER_ID, api_error, ok};
use crate::request::{RecordedRequest, body_object, glob, param, text, window};
use crate::time;

// reference §3.4: 100 by default, 1000 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 1000;
/// Fields `PUT /customers/{handle}` may change; name and company name are not among them.
// reference §4.5.
const UPDATABLE: &[&str] = &[
    "additional_data",
    "address",
    "comments",
    "email",
    "extension_additional_data",
    "fax",
    "locale",
    "phone",
    "tags",
    "vat",
];

pub struct Customers {
    stored: BTreeMap<String, Stored>,
    next_number: u32,
    next_id: i64,
}

struct Stored {
    id: i64,
    fields: Map<String, Value>,
    deleted_at: Option<String>,
    comments_last_changed_at: String,
}

impl Customers {
    pub fn new() -> Self {
        Customers {
            stored: BTreeMap::new(),
            next_number: 904_716,
            next_id: 988_275,
        }
    }

    pub fn all_json(&self) -> Vec<Value> {
        self.stored
            .iter()
            .map(|(handle, c)| render(handle, c, true, true))
            .collect()
    }

    pub fn json(&self, handle: &str) -> Option<Value> {
        self.stored
            .get(handle)
            .map(|c| render(handle, c, true, true))
    }

    /// How many handles are not deleted.
    pub fn count(&self) -> usize {
        self.stored
            .values()
            .filter(|c| c.deleted_at.is_none())
            .count()
    }

    /// Whether a handle exists and is not deleted.
    pub fn exists(&self, handle: &str) -> bool {
        self.live(handle).is_some()
    }

    fn live(&self, handle: &str) -> Option<&Stored> {
        self.stored.get(handle).filter(|c| c.deleted_at.is_none())
    }
}

/// The first rule a new customer breaks, with the API's error code.
fn validate_create(body: &Map<String, Value>) -> Option<Answer> {
    // Required: reference §4.2. Codes and words: S10's code list (reference §3.3).
    let required: &[(&[&str], i32, &str)] = &[
        (&["name", "first_name"], 102, "Empty first name!"),
        (&["name", "last_name"], 105, "Empty last name field!"),
        (&["address", "street"], 110, "Empty street name field!"),
        (&["address", "number"], 112, "Empty house number field!"),
        (&["address", "zipcode"], 115, "Empty zipcode field!"),
        (&["address", "city"], 117, "Empty city field!"),
        (&["address", "country"], 120, "Empty country field!"),
        (
            &["phone", "country_code"],
            130,
            "Empty telephone country code field!",
        ),
        (
            &["phone", "subscriber_number"],
            134,
            "Empty telephone subscribers number!",
        ),
        (&["email"], 145, "Empty e-mail address!"),
    ];
    for (path, code, desc) in required {
        if text(body, path).is_empty() {
            return Some(api_error(*code, desc));
        }
    }
    // reference §4.1: ISO 3166 alpha-2.
    let country = text(body, &["address", "country"]);
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(api_error(121, "Invalid country!"));
    }
    validate_contact(body)
}

/// Rules that hold for create and update alike.
fn validate_contact(body: &Map<String, Value>) -> Option<Answer> {
    if body.contains_key("phone") {
        // reference §4.1: the country code includes the `+`.
        let cc = text(body, &["phone", "country_code"]);
        let digits = cc.strip_prefix('+').unwrap_or("");
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Some(api_error(131, "Invalid telephone country code!"));
        }
    }
    if body.contains_key("email") {
        let email = text(body, &["email"]);
        let valid = email
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
        if !valid {
            return Some(api_error(146, "Invalid e-mail address!"));
        }
    }
    None
}

fn initial(word: &str) -> char {
    word.chars()
        .find(char::is_ascii_alphabetic)
        .map_or('X', |c| c.to_ascii_uppercase())
}

pub fn create(state: &mut Customers, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    if let Some(err) = validate_create(&body) {
        return Err(err);
    }
    let handle = format!(
        "{}{}{}-{}",
        initial(text(&body, &["name", "first_name"])),
        initial(text(&body, &["name", "last_name"])),
        state.next_number,
        text(&body, &["address", "country"]).to_ascii_uppercase()
    );
    state.next_number += 1;
    let id = state.next_id;
    state.next_id += 1;
    let comments_changed = if body.contains_key("comments") {
        time::now_text()
    } else {
        String::new()
    };
    state.stored.insert(
        handle.clone(),
        Stored {
            id,
            fields: body,
            deleted_at: None,
            comments_last_changed_at: comments_changed,
        },
    );
    Ok(ok(json!({"handle": handle})))
}

// reference §3.3.
fn customer_not_found() -> Answer {
    api_error(176, "Customer handle not found")
}

fn wants_additional_data(request: &RecordedRequest) -> bool {
    request
        .query_pairs()
        .iter()
        .any(|(k, v)| k == "with_additional_data" && matches!(v.as_str(), "true" | "1"))
}

pub fn get(state: &Customers, handle: &str, request: &RecordedRequest) -> Handled {
    match state.live(handle) {
        Some(c) => Ok(ok(render(handle, c, wants_additional_data(request), true))),
        None => Err(customer_not_found()),
    }
}

pub fn update(state: &mut Customers, handle: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let Some(stored) = state
        .stored
        .get_mut(handle)
        .filter(|c| c.deleted_at.is_none())
    else {
        return Err(customer_not_found());
    };
    if let Some(err) = validate_contact(&body) {
        return Err(err);
    }
    for (key, value) in body {
        if UPDATABLE.contains(&key.as_str()) {
            if key == "comments" {
                stored.comments_last_changed_at = time::now_text();
            }
            stored.fields.insert(key, value);
        }
    }
    // The real API answers an update with the boolean as a string.
    Ok(ok(json!({"success": "true"})))
}

/// `in_use`: whether a domain that is not deleted uses the handle.
pub fn delete(state: &mut Customers, handle: &str, in_use: bool) -> Handled {
    if in_use {
        // reference §4.6.
        return Err(api_error(187, "Customer is still attached to some domains"));
    }
    match state.stored.get_mut(handle) {
        Some(c) if c.deleted_at.is_none() => {
            c.deleted_at = Some(time::now_text());
            Ok(ok(json!({"success": true})))
        }
        _ => Err(customer_not_found()),
    }
}

pub fn list(state: &Customers, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let param = |name: &str| param(&params, name);
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    // reference §4.4: the filters, `pattern`, `type`, and `order_by` with `order`.
    let filters: [(&str, &[&[&str]]); 6] = [
        ("email_pattern", &[&["email"]]),
        ("company_name_pattern", &[&["company_name"]]),
        ("last_name_pattern", &[&["name", "last_name"]]),
        ("first_name_pattern", &[&["name", "first_name"]]),
        ("comment_pattern", &[&["comments"]]),
        ("handle_pattern", &[&["handle"]]),
    ];
    let any_name: &[&[&str]] = &[
        &["name", "first_name"],
        &["name", "last_name"],
        &["company_name"],
        &["handle"],
    ];
    let kind = param("type");
    let mut matches: Vec<(&String, &Stored)> = state
        .stored
        .iter()
        .filter(|(_, c)| c.deleted_at.is_none())
        .filter(|(handle, c)| {
            let value_of = |path: &[&str]| -> String {
                if path == ["handle"] {
                    (*handle).clone()
                } else {
                    text(&c.fields, path).to_owned()
                }
            };
            let by_field = filters.iter().all(|(name, paths)| match param(name) {
                None => true,
                Some(p) => paths.iter().any(|path| glob(p, &value_of(path))),
            });
            let by_pattern = param("pattern")
                .is_none_or(|p| any_name.iter().any(|path| glob(p, &value_of(path))));
            let is_company = !text(&c.fields, &["company_name"]).is_empty();
            // reference §4.4.
            let by_kind = match kind {
                Some("company") => is_company,
                Some("individual") => !is_company,
                _ => true,
            };
            by_field && by_pattern && by_kind
        })
        .collect();
    matches.sort_by_key(|(_, c)| c.id);
    if let Some(order_by) = param("order_by") {
        let path: &[&str] = match order_by {
            "first_name" => &["name", "first_name"],
            "last_name" => &["name", "last_name"],
            other => &[other][..],
        };
        matches.sort_by(|a, b| text(&a.1.fields, path).cmp(text(&b.1.fields, path)));
        if param("order").is_some_and(|o| o.eq_ignore_ascii_case("desc")) {
            matches.reverse();
        }
    }
    let total = matches.len();
    let with_data = wants_additional_data(request);
    let results: Vec<Value> = matches
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|(handle, c)| render(handle, c, with_data, false))
        .collect();
    Ok(ok(json!({"results": results, "total": total})))
}

/// A customer as the API returns it. Lists leave out `fax`, `vat` and `inn`, as live replies do;
/// the router adds the documented properties an area leaves out back as empty values.
fn render(handle: &str, c: &Stored, with_additional_data: bool, full: bool) -> Value {
    let field = |key: &str, default: Value| c.fields.get(key).cloned().unwrap_or(default);
    let empty_phone = json!({"area_code": "", "country_code": "", "subscriber_number": ""});
    let mut out = json!({
        "id": c.id,
        "handle": handle,
        "reseller_id": RESELLER_ID,
        "name": field("name", json!({})),
        "company_name": field("company_name", json!("")),
        "address": field("address", json!({})),
        "phone": field("phone", empty_phone.clone()),
        "email": field("email", json!("")),
        "locale": field("locale", json!("")),
        "comments": field("comments", json!("")),
        "comments_last_changed_at": c.comments_last_changed_at,
        "tags": field("tags", json!([])),
        "is_deleted": c.deleted_at.is_some(),
        "deleted_at": c.deleted_at.as_deref().unwrap_or(NEVER),
        // reference §4.3.
        "email_verification_status": "ACT",
    });
    if let Value::Object(map) = &mut out {
        if full {
            map.insert("fax".into(), field("fax", empty_phone));
            map.insert("vat".into(), field("vat", json!("")));
            map.insert("inn".into(), json!(""));
        }
        if with_additional_data {
            map.insert(
                "additional_data".into(),
                field("additional_data", json!({})),
            );
            map.insert(
                "extension_additional_data".into(),
                field("extension_additional_data", json!([])),
            );
        }
    }
    out
}
