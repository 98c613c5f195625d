//! The stand-in's behaviour: login, tokens and customer handles, answered the way the real API
//! answers (errors as HTTP 500 envelopes, its string-typed booleans and sentinel dates).

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, RandomState};
use std::time::{Duration, Instant};

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value, json};

use crate::dns::{self, Dns};
use crate::domains::{self, Domains};
use crate::record::RecordedRequest;
use crate::{AuthFailure, DEFAULT_PASSWORD, DEFAULT_USERNAME, Shared, time};

pub(crate) const RESELLER_ID: i64 = 100_001;
const TOKEN_LIFETIME: Duration = Duration::from_secs(48 * 60 * 60);
const NOT_DELETED: &str = "0000-00-00 00:00:00";
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 1000;
/// Fields `PUT /customers/{handle}` may change; name and company name are not among them.
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

pub struct State {
    accounts: HashMap<String, String>,
    tokens: HashMap<String, Instant>,
    pub token_lifetime: Duration,
    pub auth_failure: AuthFailure,
    pub logins: usize,
    customers: BTreeMap<String, Stored>,
    next_number: u32,
    next_id: i64,
    random: RandomState,
    token_counter: u64,
    pub domains: Domains,
    pub dns: Dns,
}

struct Stored {
    id: i64,
    fields: Map<String, Value>,
    deleted_at: Option<String>,
    comments_last_changed_at: String,
}

pub(crate) type Answer = (u16, Value);
/// A handler's outcome: `Err` for an error answer, so handlers can use `?`.
pub(crate) type Handled = Result<Answer, Answer>;

pub(crate) fn ok(data: Value) -> Answer {
    (200, json!({"code": 0, "desc": "", "data": data}))
}

pub(crate) fn api_error(code: i32, desc: &str) -> Answer {
    (500, json!({"code": code, "desc": desc, "data": ""}))
}

pub(crate) fn not_found() -> Answer {
    // The gateway's own shape for an unknown route.
    (
        404,
        json!({"code": 5, "message": "Not Found", "details": []}),
    )
}

impl State {
    pub fn new() -> Self {
        let mut accounts = HashMap::new();
        accounts.insert(DEFAULT_USERNAME.to_owned(), DEFAULT_PASSWORD.to_owned());
        State {
            accounts,
            tokens: HashMap::new(),
            token_lifetime: TOKEN_LIFETIME,
            auth_failure: AuthFailure::default(),
            logins: 0,
            customers: BTreeMap::new(),
            next_number: 904_716,
            next_id: 988_275,
            random: RandomState::new(),
            token_counter: 0,
            domains: Domains::new(),
            dns: Dns::new(),
        }
    }

    pub fn add_account(&mut self, username: &str, password: &str) {
        self.accounts
            .insert(username.to_owned(), password.to_owned());
    }

    pub fn expire_tokens(&mut self) {
        self.tokens.clear();
    }

    pub fn all_customers_json(&self) -> Vec<Value> {
        self.customers
            .iter()
            .map(|(handle, c)| render(handle, c, true, true))
            .collect()
    }

    pub fn customer_json(&self, handle: &str) -> Option<Value> {
        self.customers
            .get(handle)
            .map(|c| render(handle, c, true, true))
    }

    /// A number no one can guess from the last, for tokens and auth codes.
    pub(crate) fn random_u64(&mut self) -> u64 {
        self.token_counter += 1;
        self.random.hash_one(self.token_counter)
    }

    pub(crate) fn customer_exists(&self, handle: &str) -> bool {
        live(self, handle).is_some()
    }

    fn new_token(&mut self) -> String {
        self.token_counter += 1;
        let a = self.random.hash_one(self.token_counter);
        let b = self.random.hash_one(a);
        let token = format!("{a:016x}{b:016x}");
        self.tokens
            .insert(token.clone(), Instant::now() + self.token_lifetime);
        token
    }

    fn token_valid(&self, header: Option<&str>) -> bool {
        let Some(token) = header.and_then(|h| h.strip_prefix("Bearer ")) else {
            return false;
        };
        self.tokens
            .get(token.trim())
            .is_some_and(|expires| Instant::now() < *expires)
    }
}

pub fn answer(shared: &Shared, request: &RecordedRequest) -> Answer {
    let Some(rest) = request.path.strip_prefix("/v1beta/") else {
        return not_found();
    };
    let segments: Vec<String> = rest
        .split('/')
        .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let mut state = shared.state();
    if let ("POST", ["auth", "login"]) = (request.method.as_str(), segments.as_slice()) {
        return login(&mut state, request).unwrap_or_else(|e| e);
    }
    if !state.token_valid(request.header("authorization")) {
        let body = json!({"code": 196, "desc": "Authentication/Authorization Failed", "data": ""});
        let status = match state.auth_failure {
            AuthFailure::Http401 => 401,
            AuthFailure::Code196In500 => 500,
            AuthFailure::Code196In200 => 200,
        };
        return (status, body);
    }
    let (status, mut reply) = route(&mut state, request, &segments).unwrap_or_else(|e| e);
    if status == 200 && reply["code"] == 0 && !state.domains.warnings.is_empty() {
        reply["warnings"] = Value::Array(std::mem::take(&mut state.domains.warnings));
    }
    (status, reply)
}

fn route(state: &mut State, request: &RecordedRequest, segments: &[&str]) -> Handled {
    match (request.method.as_str(), segments) {
        ("GET", ["customers"]) => list(state, request),
        ("POST", ["customers"]) => create(state, request),
        ("GET", ["customers", handle]) => get(state, handle, request),
        ("PUT", ["customers", handle]) => update(state, handle, request),
        ("DELETE", ["customers", handle]) => delete(state, handle),
        ("POST", ["domains", "check"]) => domains::check(state, request),
        ("POST", ["domains", "transfer"]) => domains::transfer(state, request),
        ("GET", ["domains"]) => domains::list(state, request),
        ("POST", ["domains"]) => domains::create(state, request),
        ("GET", ["domains", id]) => domains::get(state, id),
        ("PUT", ["domains", id]) => domains::update(state, id, request),
        ("DELETE", ["domains", id]) => domains::delete(state, id),
        ("POST", ["domains", id, "renew"]) => domains::renew(state, id, request),
        ("POST", ["domains", id, "restore"]) => domains::restore(state, id),
        ("GET", ["domains", id, "authcode"]) => domains::auth_code(state, id),
        ("POST", ["domains", id, "authcode", "reset"]) => domains::reset_auth_code(state, id),
        ("GET", ["tlds"]) => domains::list_tlds(request),
        ("GET", ["tlds", name]) => domains::get_tld(name),
        ("GET", ["dns", "zones"]) => dns::list_zones(state, request),
        ("POST", ["dns", "zones"]) => dns::create_zone(state, request),
        ("GET", ["dns", "zones", zone]) => dns::get_zone(state, zone, request),
        ("PUT", ["dns", "zones", zone]) => dns::update_zone(state, zone, request),
        ("DELETE", ["dns", "zones", zone]) => dns::delete_zone(state, zone),
        ("GET", ["dns", "zones", zone, "records"]) => dns::list_records(state, zone, request),
        (_, ["dns", rest @ ..]) => dns::simple(state, request, rest),
        _ => Ok(not_found()),
    }
}

pub(crate) fn body_object(request: &RecordedRequest) -> Result<Map<String, Value>, Answer> {
    match request.json() {
        Some(Value::Object(map)) => Ok(map),
        _ => Err((
            400,
            json!({"code": 3, "message": "invalid JSON body", "details": []}),
        )),
    }
}

pub(crate) fn text<'a>(map: &'a Map<String, Value>, path: &[&str]) -> &'a str {
    let mut value = map.get(path[0]);
    for key in &path[1..] {
        value = value.and_then(|v| v.get(key));
    }
    value.and_then(Value::as_str).unwrap_or("").trim()
}

fn login(state: &mut State, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let username = text(&body, &["username"]);
    let password = text(&body, &["password"]);
    if username.is_empty() {
        return Err(api_error(901, "Username is empty"));
    }
    if password.is_empty() {
        return Err(api_error(902, "Password is empty"));
    }
    if state.accounts.get(username).map(String::as_str) != Some(password) {
        return Err(api_error(196, "Authentication/Authorization Failed"));
    }
    state.logins += 1;
    let token = state.new_token();
    // The real login reply carries `data` alone, without code or desc.
    Ok((
        200,
        json!({"data": {"token": token, "reseller_id": RESELLER_ID}}),
    ))
}

/// The first rule a new customer breaks, with the API's error code.
fn validate_create(body: &Map<String, Value>) -> Option<Answer> {
    let required: &[(&[&str], i32, &str)] = &[
        (&["name", "first_name"], 102, "Invalid first name!"),
        (&["name", "last_name"], 105, "Invalid last name!"),
        (&["address", "street"], 110, "Invalid street!"),
        (&["address", "number"], 112, "Invalid house number!"),
        (&["address", "zipcode"], 115, "Invalid zipcode!"),
        (&["address", "city"], 117, "Invalid city!"),
        (&["address", "country"], 120, "Empty country!"),
        (
            &["phone", "country_code"],
            130,
            "Empty telephone country code!",
        ),
        (
            &["phone", "subscriber_number"],
            135,
            "Empty telephone subscriber number!",
        ),
        (&["email"], 145, "Empty e-mail address!"),
    ];
    for (path, code, desc) in required {
        if text(body, path).is_empty() {
            return Some(api_error(*code, desc));
        }
    }
    let country = text(body, &["address", "country"]);
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(api_error(121, "Invalid country!"));
    }
    validate_contact(body)
}

/// Rules that hold for create and update alike.
fn validate_contact(body: &Map<String, Value>) -> Option<Answer> {
    if body.contains_key("phone") {
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

fn create(state: &mut State, request: &RecordedRequest) -> Handled {
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
    state.customers.insert(
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

fn customer_not_found() -> Answer {
    api_error(176, "Customer handle not found")
}

fn live<'a>(state: &'a State, handle: &str) -> Option<&'a Stored> {
    state
        .customers
        .get(handle)
        .filter(|c| c.deleted_at.is_none())
}

fn wants_additional_data(request: &RecordedRequest) -> bool {
    request
        .query_pairs()
        .iter()
        .any(|(k, v)| k == "with_additional_data" && matches!(v.as_str(), "true" | "1"))
}

fn get(state: &State, handle: &str, request: &RecordedRequest) -> Handled {
    match live(state, handle) {
        Some(c) => Ok(ok(render(handle, c, wants_additional_data(request), true))),
        None => Err(customer_not_found()),
    }
}

fn update(state: &mut State, handle: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let Some(stored) = state
        .customers
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

fn delete(state: &mut State, handle: &str) -> Handled {
    if state.domains.uses_handle(handle) {
        return Err(api_error(187, "Customer is still attached to some domains"));
    }
    match state.customers.get_mut(handle) {
        Some(c) if c.deleted_at.is_none() => {
            c.deleted_at = Some(time::now_text());
            Ok(ok(json!({"success": true})))
        }
        _ => Err(customer_not_found()),
    }
}

/// The first value of a query parameter.
pub(crate) fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
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
            Some(v) => v.parse().map_err(|_| {
                (
                    400,
                    json!({"code": 3, "message": format!("invalid {name}"), "details": []}),
                )
            }),
        }
    };
    Ok((
        number("limit", default_limit)?.min(max_limit),
        number("offset", 0)?,
    ))
}

fn list(state: &State, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let param = |name: &str| param(&params, name);
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
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
        .customers
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

/// A customer as the API returns it. Lists leave out `fax`, `vat` and `inn`.
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
        "deleted_at": c.deleted_at.as_deref().unwrap_or(NOT_DELETED),
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
