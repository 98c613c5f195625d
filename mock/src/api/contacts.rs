//! Contacts: the people of the reseller account (who log in to the panel or the API), not the
//! customer handles of domains. The account starts with its own admin, the stand-in's login.
//!
//! Codes are S10's (reference §3.3): the 1xx field checks, 190/191 for the username, 5002 and
//! 5005 for contacts.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::random::Random;
use crate::reply::{Answer, Handled, RESELLER_ID, api_error, ok, page};
use crate::request::{
    RecordedRequest, body_object, glob, id_of, param, sort_by_order, text, truthy, window,
};
use crate::time;

// reference §11.4: lists default to 100; no source gives this list's largest page, so the
// customers' 1000 (reference §3.4) is taken rather than a smaller one.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 1000;
/// The roles a contact can be given; the account's own contact is `admin` (Swagger:
/// contactGetContactResponse example), which cannot be given.
// reference §4, and S7 types.ts: `admin` and `owner` are refused as 172 "Invalid customer type".
const ROLES: &[&str] = &["tech", "billing"];
/// What a contact keeps as sent; the password is never kept or shown.
// Swagger: contactCreateContactRequest and contactUpdateContactRequest properties.
const KEPT: &[&str] = &[
    "additional_data",
    "address",
    "api_access_enabled",
    "api_client_ip_list",
    "auth_type",
    "comments",
    "company_name",
    "email",
    "inn",
    "is_active",
    "kpp",
    "locale",
    "name",
    "password_change_declined_at",
    "phone",
    "rcp_client_ip_list",
    "role",
    "username",
    "vat",
];

pub struct Contacts {
    stored: BTreeMap<i64, Map<String, Value>>,
    next_id: i64,
    random: Random,
}

impl Contacts {
    /// `username`: the account's own login, its first contact.
    pub fn new(username: &str) -> Self {
        let mut stored = BTreeMap::new();
        let admin = json!({
            "username": username,
            "role": "admin",
            "name": {"first_name": "Demo", "last_name": "Reseller", "full_name": "Demo Reseller", "initials": "D.", "prefix": ""},
            "email": "admin@reseller.example",
            "company_name": "Demo Reseller B.V.",
            "api_access_enabled": true,
            "is_active": true,
            "phone": {"country_code": "+31", "area_code": "10", "subscriber_number": "1234567"},
            "address": {"street": "Wilhelminakade", "number": "173", "zipcode": "3072 AP", "city": "Rotterdam", "country": "NL", "state": "", "suffix": ""},
            "locale": "en_GB",
        });
        stored.insert(1, admin.as_object().cloned().unwrap_or_default());
        Contacts {
            stored,
            next_id: 2,
            random: Random::default(),
        }
    }
}

// S10's code list: 5002 "Invalid contact ID".
fn not_found() -> Answer {
    api_error(5002, "Contact not found")
}

fn render(id: i64, c: &Map<String, Value>, with_additional_data: bool) -> Value {
    let mut out = Value::Object(c.clone());
    out["id"] = json!(id);
    out["reseller_id"] = json!(RESELLER_ID);
    if let Some(name) = out.get_mut("name").and_then(Value::as_object_mut)
        && !name.contains_key("full_name")
    {
        let full = format!(
            "{} {}",
            name.get("first_name").and_then(Value::as_str).unwrap_or(""),
            name.get("last_name").and_then(Value::as_str).unwrap_or("")
        );
        name.insert("full_name".into(), json!(full.trim()));
    }
    if !with_additional_data && let Some(map) = out.as_object_mut() {
        map.remove("additional_data");
    }
    out
}

fn validate(body: &Map<String, Value>, creating: bool) -> Result<(), Answer> {
    // S7 types.ts: a contact is created with a role, a username, a name and an e-mail.
    if creating {
        if text(body, &["role"]).is_empty() {
            return Err(api_error(170, "Empty type field!"));
        }
        if text(body, &["username"]).is_empty() {
            return Err(api_error(190, "Invalid username!"));
        }
        if text(body, &["name", "first_name"]).is_empty() {
            return Err(api_error(102, "Empty first name!"));
        }
        if text(body, &["name", "last_name"]).is_empty() {
            return Err(api_error(105, "Empty last name field!"));
        }
        if text(body, &["email"]).is_empty() {
            return Err(api_error(145, "Empty e-mail address!"));
        }
    }
    if body.contains_key("role") && !ROLES.contains(&text(body, &["role"])) {
        return Err(api_error(
            172,
            &format!("Invalid role; one of {}", ROLES.join(", ")),
        ));
    }
    if body.contains_key("email") {
        let email = text(body, &["email"]);
        let valid = email
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
        if !valid {
            return Err(api_error(146, "Invalid e-mail address!"));
        }
    }
    Ok(())
}

pub fn create(state: &mut Contacts, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    validate(&body, true)?;
    let username = text(&body, &["username"]).to_owned();
    if state
        .stored
        .values()
        .any(|c| text(c, &["username"]).eq_ignore_ascii_case(&username))
    {
        return Err(api_error(191, "Username already exists!"));
    }
    let id = state.next_id;
    state.next_id += 1;
    let mut fields: Map<String, Value> = body
        .into_iter()
        .filter(|(k, _)| KEPT.contains(&k.as_str()))
        .collect();
    fields.entry("is_active").or_insert(json!(true));
    fields.insert("password_changed_at".into(), json!(time::now_text()));
    state.stored.insert(id, fields);
    let token = format!(
        "{:032x}",
        u128::from(state.random.next_u64()) << 64 | u128::from(state.random.next_u64())
    );
    Ok(ok(json!({"id": id, "token": token})))
}

pub fn get(state: &Contacts, id: &str, request: &RecordedRequest) -> Handled {
    let id = id_of(id).ok_or_else(not_found)?;
    let c = state.stored.get(&id).ok_or_else(not_found)?;
    let params = request.query_pairs();
    Ok(ok(render(id, c, truthy(&params, "with_additional_data"))))
}

pub fn update(state: &mut Contacts, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    validate(&body, false)?;
    let id = id_of(id).ok_or_else(not_found)?;
    let c = state.stored.get_mut(&id).ok_or_else(not_found)?;
    for (key, value) in body {
        // The username is the login; it does not change.
        if KEPT.contains(&key.as_str()) && key != "username" {
            c.insert(key, value);
        }
    }
    Ok(ok(json!({"success": true})))
}

/// The account's first contact is the account itself and stays.
pub fn delete(state: &mut Contacts, id: &str) -> Handled {
    let id = id_of(id).ok_or_else(not_found)?;
    if id == 1 {
        return Err(api_error(5005, "Contact cannot remove himself."));
    }
    match state.stored.remove(&id) {
        Some(_) => Ok(ok(json!({"success": true}))),
        None => Err(not_found()),
    }
}

pub fn list(state: &Contacts, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let get = |name: &str| param(&params, name);
    let with_data = truthy(&params, "with_additional_data");
    let mut all: Vec<Value> = state
        .stored
        .iter()
        .filter(|(_, c)| get("email_pattern").is_none_or(|p| glob(p, text(c, &["email"]))))
        .filter(|(_, c)| {
            get("last_name_pattern").is_none_or(|p| glob(p, text(c, &["name", "last_name"])))
        })
        .filter(|(_, c)| {
            get("company_name_pattern").is_none_or(|p| glob(p, text(c, &["company_name"])))
        })
        .filter(|(_, c)| get("username_pattern").is_none_or(|p| glob(p, text(c, &["username"]))))
        .filter(|(_, c)| get("role").is_none_or(|r| r.eq_ignore_ascii_case(text(c, &["role"]))))
        .map(|(id, c)| render(*id, c, with_data))
        .collect();
    sort_by_order(&mut all, &params);
    Ok(page(all, limit, offset))
}
