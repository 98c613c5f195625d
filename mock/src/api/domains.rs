//! Domains and TLDs as the real API keeps them: numeric ids, registrations with dates that move
//! on renewal, soft deletes, auth codes, and the reply quirks of live captures (`""` for absent
//! handles, `"yes"`/`"no"` booleans, `0000-00-00 00:00:00` for "never", an unpadded hour).

use std::collections::{BTreeMap, BTreeSet};

use jiff::ToSpan;
use jiff::civil::DateTime;
use serde_json::{Map, Value, json};

use crate::api::customers::Customers;
use crate::api::tlds::{TLDS, invalid_extension, tld};
use crate::random::Random;
use crate::reply::{Answer, Handled, NEVER, RESELLER_ID, api_error, ok};
use crate::request::{RecordedRequest, body_object, glob, param, text, window};
use crate::time::{format, now};
use crate::tld_table;

// reference §11.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;
/// How long before expiry the renewal date falls.
// Swagger: domainTransferDomainResponseData example; S10's cassette test_domain_order_create.
const RENEW_DAYS_BEFORE_EXPIRY: i64 = 2;

#[derive(Default)]
pub struct Domains {
    stored: BTreeMap<i64, Stored>,
    next_id: i64,
    /// Premium names and their price.
    premium: BTreeMap<String, f64>,
    random: Random,
}

struct Stored {
    name: String,
    extension: String,
    status: &'static str,
    handles: BTreeMap<&'static str, String>,
    /// The other fields the client set (`name_servers`, `autorenew`, ...), as sent.
    fields: Map<String, Value>,
    auth_code: String,
    ordered: DateTime,
    expiration: DateTime,
    deleted_at: Option<DateTime>,
    last_changed: DateTime,
    is_premium: bool,
}

// S10's code list (reference §3.3); it has no code of its own for the reseller handle, so
// that one gets 195 "Invalid handle".
const HANDLE_ROLES: [(&str, i32, &str); 5] = [
    ("owner_handle", 331, "Invalid owner handle"),
    ("admin_handle", 333, "Invalid admin handle"),
    ("tech_handle", 335, "Invalid tech handle"),
    ("billing_handle", 373, "Invalid billing handle"),
    ("reseller_handle", 195, "Invalid handle"),
];

/// Fields `PUT /domains/{id}` stores as sent.
// Swagger: domainUpdateDomainRequest properties.
const UPDATABLE: &[&str] = &[
    "name_servers",
    "ns_group",
    "autorenew",
    "is_locked",
    "is_private_whois_enabled",
    "is_dnssec_enabled",
    "dnssec_keys",
    "comments",
    "additional_data",
    "use_domicile",
];

impl Domains {
    pub fn new() -> Self {
        Domains {
            next_id: 27_000_000,
            ..Domains::default()
        }
    }

    pub fn set_premium(&mut self, domain: &str, price: f64) {
        self.premium.insert(domain.to_ascii_lowercase(), price);
    }

    /// Whether any domain that is not deleted uses the handle.
    pub fn uses_handle(&self, handle: &str) -> bool {
        self.stored
            .values()
            .any(|d| d.deleted_at.is_none() && d.handles.values().any(|h| h == handle))
    }

    pub fn json(&self, id: i64) -> Option<Value> {
        self.stored.get(&id).map(|d| render(id, d))
    }

    pub fn count(&self) -> usize {
        self.stored.len()
    }

    /// How many domains that are not deleted have each status.
    pub fn status_counts(&self) -> Vec<(&'static str, usize)> {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for d in self.stored.values().filter(|d| d.deleted_at.is_none()) {
            *counts.entry(d.status).or_default() += 1;
        }
        counts.into_iter().collect()
    }

    /// Each domain that is not deleted, in full, with its owner handle.
    pub fn owners(&self) -> Vec<(String, String)> {
        self.stored
            .values()
            .filter(|d| d.deleted_at.is_none())
            .map(|d| {
                (
                    format!("{}.{}", d.name, d.extension),
                    d.handles.get("owner_handle").cloned().unwrap_or_default(),
                )
            })
            .collect()
    }
}

/// As one live reply wrote a time (reference §11.3): the hour without its leading zero.
fn format_unpadded(at: DateTime) -> String {
    let mut text = format(at);
    // `YYYY-MM-DD HH`: the hour starts at byte 11.
    if text.as_bytes().get(11) == Some(&b'0') {
        text.remove(11);
    }
    text
}

// S10's code list (reference §3.3).
fn invalid_period() -> Answer {
    api_error(316, "Invalid period!")
}

// S10's code list (reference §3.3).
fn already_in_account() -> Answer {
    api_error(326, "This domain is already in your account")
}

// reference §3.3.
fn not_in_account() -> Answer {
    api_error(320, "The domain is not in your account")
}

/// The domain of a body or query: `{name, extension}`, lower-cased.
fn domain_of(map: &Map<String, Value>) -> Result<(String, String), Answer> {
    let name = text(map, &["domain", "name"]).to_ascii_lowercase();
    let extension = text(map, &["domain", "extension"]).to_ascii_lowercase();
    check_name(&name, &extension)?;
    Ok((name, extension))
}

/// The name's first fault, with S10's code for it (reference §3.3).
fn check_name(name: &str, extension: &str) -> Result<(), Answer> {
    if name.is_empty() {
        return Err(api_error(300, "Empty domain name"));
    }
    if name.len() > 63 {
        return Err(api_error(302, "Your request has more than 63 characters!"));
    }
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(api_error(303, "Your request contains invalid characters!"));
    }
    if name.starts_with('-') {
        return Err(api_error(304, "Your request begins with an - !"));
    }
    if name.ends_with('-') {
        return Err(api_error(305, "Your request ends with an - !"));
    }
    if tld(extension).is_none() {
        return Err(invalid_extension());
    }
    Ok(())
}

fn find(state: &Domains, name: &str, extension: &str) -> Option<i64> {
    state
        .stored
        .iter()
        .find(|(_, d)| d.name == name && d.extension == extension)
        .map(|(id, _)| *id)
}

fn new_auth_code(state: &mut Domains) -> String {
    let n = state.random.next_u64();
    format!("{:x}-{:X}", n & 0xffff_ffff, n >> 40)
}

/// Years, 1 to 10 (reference §11.3; S7 types.ts); S10's 316 otherwise.
fn period(body: &Map<String, Value>) -> Result<i32, Answer> {
    let period = match body.get("period") {
        None => 1,
        Some(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            .and_then(|p| i32::try_from(p).ok())
            .unwrap_or(0),
    };
    if (1..=10).contains(&period) {
        Ok(period)
    } else {
        Err(invalid_period())
    }
}

/// The handles of a create, transfer or update, each checked against the stored customers.
fn handles(
    customers: &Customers,
    body: &Map<String, Value>,
    owner_required: bool,
) -> Result<BTreeMap<&'static str, String>, Answer> {
    let mut out = BTreeMap::new();
    for (role, code, desc) in HANDLE_ROLES {
        let handle = text(body, &[role]);
        if handle.is_empty() {
            if role == "owner_handle" && owner_required {
                return Err(api_error(330, "Empty owner handle"));
            }
            continue;
        }
        if !customers.exists(handle) {
            return Err(api_error(code, desc));
        }
        out.insert(role, handle.to_owned());
    }
    Ok(out)
}

fn kept_fields(body: &Map<String, Value>) -> Map<String, Value> {
    body.iter()
        .filter(|(k, _)| UPDATABLE.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

pub fn check(state: &Domains, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let with_price = matches!(body.get("with_price"), Some(Value::Bool(true)));
    let Some(domains) = body.get("domains").and_then(Value::as_array) else {
        return Err(api_error(300, "Empty domain name"));
    };
    let mut results = Vec::new();
    for domain in domains {
        let Some(map) = domain.as_object() else {
            return Err(api_error(300, "Empty domain name"));
        };
        let name = text(map, &["name"]).to_ascii_lowercase();
        let extension = text(map, &["extension"]).to_ascii_lowercase();
        check_name(&name, &extension)?;
        let full = format!("{name}.{extension}");
        let taken = find(state, &name, &extension).is_some();
        let premium = state.premium.get(&full).copied();
        // Swagger: domainCheckDomainResult (its two statuses, the premium's shape).
        let mut result = json!({
            "domain": full,
            "status": if taken { "active" } else { "free" },
            "is_premium": premium.is_some(),
        });
        if with_price {
            let price = premium.unwrap_or_else(|| tld(&extension).map_or(0.0, |t| t.1));
            result["price"] = json!({
                "product": {"price": price, "currency": "EUR"},
                "reseller": {"price": price, "currency": "EUR"},
            });
        }
        if let Some(price) = premium {
            result["premium"] = json!({"currency": "EUR", "price": {"create": price}});
        }
        results.push(result);
    }
    Ok(ok(json!({"results": results})))
}

pub fn create(state: &mut Domains, customers: &Customers, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let (name, extension) = domain_of(&body)?;
    let period = period(&body)?;
    let handles = handles(customers, &body, true)?;
    if find(state, &name, &extension).is_some() {
        // reference §11.3.
        return Err(api_error(311, "Domain is already registered"));
    }
    registry_refusal(&extension, &body)?;
    let full = format!("{name}.{extension}");
    let premium = state.premium.get(&full).copied();
    if let Some(price) = premium {
        let accepted = body.get("accept_premium_fee").and_then(Value::as_f64);
        if accepted.is_none_or(|a| a < price) {
            // reference §3.3.
            return Err(api_error(
                379,
                "This is a premium domain: accept the premium fee to register it",
            ));
        }
    }
    let at = now();
    let expiration = at.saturating_add(i64::from(period).years());
    let auth_code = text(&body, &["auth_code"]).to_owned();
    let auth_code = if auth_code.is_empty() {
        new_auth_code(state)
    } else {
        auth_code
    };
    let id = state.next_id;
    state.next_id += 1;
    let stored = Stored {
        name,
        extension,
        status: "ACT",
        handles,
        fields: kept_fields(&body),
        auth_code: auth_code.clone(),
        ordered: at,
        expiration,
        deleted_at: None,
        last_changed: at,
        is_premium: premium.is_some(),
    };
    let reply = json!({
        "id": id,
        "status": "ACT",
        "auth_code": auth_code,
        "activation_date": format(at),
        "expiration_date": format(expiration),
        "renewal_date": format(renewal_date(&stored)),
    });
    state.stored.insert(id, stored);
    Ok(ok(reply))
}

fn renewal_date(d: &Stored) -> DateTime {
    d.expiration.saturating_sub(RENEW_DAYS_BEFORE_EXPIRY.days())
}

pub fn transfer(state: &mut Domains, customers: &Customers, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let (name, extension) = domain_of(&body)?;
    if text(&body, &["auth_code"]).is_empty() {
        // reference §3.3.
        return Err(api_error(317, "Auth code is empty"));
    }
    let handles = handles(customers, &body, true)?;
    if find(state, &name, &extension).is_some() {
        return Err(already_in_account());
    }
    let at = now();
    let id = state.next_id;
    state.next_id += 1;
    let auth_code = text(&body, &["auth_code"]).to_owned();
    state.stored.insert(
        id,
        Stored {
            name,
            extension,
            status: "REQ",
            handles,
            fields: kept_fields(&body),
            auth_code,
            ordered: at,
            expiration: at.saturating_add(1.year()),
            deleted_at: None,
            last_changed: at,
            is_premium: false,
        },
    );
    // reference §11.3: a transfer waits, `REQ`.
    Ok(ok(json!({"id": id, "status": "REQ"})))
}

fn stored_mut<'a>(state: &'a mut Domains, id: &str) -> Result<(i64, &'a mut Stored), Answer> {
    let id: i64 = id.parse().map_err(|_| not_in_account())?;
    match state.stored.get_mut(&id) {
        Some(d) => Ok((id, d)),
        None => Err(not_in_account()),
    }
}

pub fn get(state: &mut Domains, id: &str) -> Handled {
    let (id, d) = stored_mut(state, id)?;
    Ok(ok(render(id, d)))
}

pub fn update(
    state: &mut Domains,
    customers: &Customers,
    id: &str,
    request: &RecordedRequest,
) -> Handled {
    let body = body_object(request)?;
    let handles = handles(customers, &body, false)?;
    let reset = matches!(body.get("reset_auth_code"), Some(Value::Bool(true)));
    let code = reset.then(|| new_auth_code(state));
    let (id, d) = stored_mut(state, id)?;
    if d.deleted_at.is_some() {
        // reference §11.5; S10's code list.
        return Err(api_error(515, "Invalid status for domain"));
    }
    d.handles.extend(handles);
    d.fields.extend(kept_fields(&body));
    if let Some(code) = code {
        d.auth_code = code;
    } else if !text(&body, &["auth_code"]).is_empty() {
        d.auth_code = text(&body, &["auth_code"]).to_owned();
    }
    d.last_changed = now();
    Ok(ok(json!({"id": id, "status": d.status})))
}

pub fn delete(state: &mut Domains, id: &str) -> Handled {
    let (_, d) = stored_mut(state, id)?;
    if d.deleted_at.is_some() {
        return Err(api_error(515, "Invalid status for domain"));
    }
    d.deleted_at = Some(now());
    d.status = "DEL";
    Ok(ok(json!({"status": "DEL"})))
}

pub fn renew(state: &mut Domains, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let period = period(&body)?;
    let (_, d) = stored_mut(state, id)?;
    if d.status != "ACT" {
        return Err(api_error(515, "Invalid status for domain"));
    }
    d.expiration = d.expiration.saturating_add(i64::from(period).years());
    d.last_changed = now();
    Ok(ok(json!({"status": "ACT"})))
}

pub fn restore(state: &mut Domains, id: &str) -> Handled {
    let (_, d) = stored_mut(state, id)?;
    if d.deleted_at.is_none() {
        return Err(api_error(515, "Invalid status for domain"));
    }
    d.deleted_at = None;
    d.status = "ACT";
    d.last_changed = now();
    Ok(ok(json!({"status": "ACT"})))
}

pub fn auth_code(state: &mut Domains, id: &str) -> Handled {
    let (_, d) = stored_mut(state, id)?;
    // Swagger: authcodeGetAuthCodeResponseData example.
    Ok(ok(
        json!({"auth_code": d.auth_code, "type": "external", "success": true}),
    ))
}

pub fn reset_auth_code(state: &mut Domains, id: &str) -> Handled {
    let code = new_auth_code(state);
    let (_, d) = stored_mut(state, id)?;
    d.auth_code.clone_from(&code);
    d.last_changed = now();
    Ok(ok(
        json!({"auth_code": code, "type": "external", "success": true}),
    ))
}

pub fn list(state: &Domains, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let get = |name: &str| param(&params, name);
    let statuses_left_out: BTreeSet<&str> = params
        .iter()
        .filter(|(k, _)| k == "status_not_equal")
        .map(|(_, v)| v.as_str())
        .collect();
    let with_deleted = get("is_deleted").is_some_and(|v| v == "true" || v == "1");
    let matches: Vec<(&i64, &Stored)> = state
        .stored
        .iter()
        .filter(|(_, d)| with_deleted == d.deleted_at.is_some())
        .filter(|(_, d)| {
            let full = format!("{}.{}", d.name, d.extension);
            get("full_name").is_none_or(|f| f.eq_ignore_ascii_case(&full))
                && get("domain_name_pattern").is_none_or(|p| glob(p, &d.name))
                && get("extension")
                    .is_none_or(|e| e.trim_start_matches('.').eq_ignore_ascii_case(&d.extension))
                && get("status").is_none_or(|s| s.eq_ignore_ascii_case(d.status))
                && !statuses_left_out.contains(d.status)
                && get("contact_handle").is_none_or(|h| d.handles.values().any(|v| v == h))
        })
        .collect();
    let total = matches.len();
    let results: Vec<Value> = matches
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|(id, d)| render(*id, d))
        .collect();
    Ok(ok(json!({"results": results, "total": total})))
}

/// A domain as live replies show it (reference §11.5).
fn render(id: i64, d: &Stored) -> Value {
    let handle = |role: &str| d.handles.get(role).map_or("", String::as_str);
    let field = |key: &str, default: Value| d.fields.get(key).cloned().unwrap_or(default);
    json!({
        "id": id,
        "domain": {"name": d.name, "extension": d.extension},
        "status": d.status,
        "owner_handle": handle("owner_handle"),
        "admin_handle": handle("admin_handle"),
        "tech_handle": handle("tech_handle"),
        "billing_handle": handle("billing_handle"),
        "reseller_handle": handle("reseller_handle"),
        "name_servers": field("name_servers", json!([])),
        "ns_group": field("ns_group", json!("")),
        "ns_template_name": "",
        "autorenew": field("autorenew", json!("default")),
        "is_locked": field("is_locked", json!(false)),
        "is_private_whois_enabled": field("is_private_whois_enabled", json!(false)),
        "is_dnssec_enabled": field("is_dnssec_enabled", json!(false)),
        "dnssec_keys": field("dnssec_keys", json!([])),
        "is_premium": d.is_premium,
        "is_deleted": d.deleted_at.is_some(),
        "deleted_at": d.deleted_at.map_or_else(|| NEVER.to_owned(), format),
        "auth_code": d.auth_code,
        "internal_auth_code": "0",
        "trade_auth_code_required": "no",
        "transfer_auth_code_required": "yes",
        "can_renew": d.status == "ACT",
        "order_date": format(d.ordered),
        "creation_date": format(d.ordered),
        "active_date": format(d.ordered),
        "expiration_date": format(d.expiration),
        "renewal_date": format(renewal_date(d)),
        "last_changed": format_unpadded(d.last_changed),
        "comments": field("comments", json!("")),
        "reseller_id": RESELLER_ID,
    })
}

/// The domain of a query, `domain.name` and `domain.extension`, lower-cased and checked.
fn domain_of_query(params: &[(String, String)]) -> Result<(String, String), Answer> {
    let name = param(params, "domain.name")
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let extension = param(params, "domain.extension")
        .unwrap_or("")
        .trim()
        .trim_start_matches('.')
        .to_ascii_lowercase();
    check_name(&name, &extension)?;
    Ok((name, extension))
}

/// A trade: the registrant of a domain at another registrar changes as it moves in, so it
/// takes the auth code and an owner, and waits (`REQ`) as a transfer does (reference §11.3).
pub fn trade(state: &mut Domains, customers: &Customers, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let (name, extension) = domain_of(&body)?;
    if NOT_TRADABLE.contains(&extension.as_str()) {
        return Err(api_error(
            321,
            "Domains with this extension cannot be traded",
        ));
    }
    let handles = handles(customers, &body, true)?;
    if find(state, &name, &extension).is_some() {
        return Err(already_in_account());
    }
    if text(&body, &["auth_code"]).is_empty() {
        return Err(api_error(317, "Auth code is empty"));
    }
    let period = period(&body)?;
    let at = now();
    let id = state.next_id;
    state.next_id += 1;
    let stored = Stored {
        name,
        extension,
        status: "REQ",
        handles,
        fields: kept_fields(&body),
        auth_code: text(&body, &["auth_code"]).to_owned(),
        ordered: at,
        expiration: at.saturating_add(i64::from(period).years()),
        deleted_at: None,
        last_changed: at,
        is_premium: false,
    };
    let reply = json!({
        "status": "REQ",
        "creation_date": format(at),
        "expiration_date": format(stored.expiration),
        "renewal_date": format(renewal_date(&stored)),
    });
    state.stored.insert(id, stored);
    Ok(ok(reply))
}

/// Extensions whose registries have no trade.
// S7 errors.ts: 321 for .nl, whose owner changes go through the registry. No source names
// another, so every other extension can be traded.
const NOT_TRADABLE: &[&str] = &["nl"];
/// What suggestions put around a name. No source says how suggestions are made; only their
/// shape is the API's (Swagger: domainSuggestNameDomainResult).
const SUGGESTION_AFFIXES: &[(&str, &str)] = &[
    ("", ""),
    ("my", ""),
    ("get", ""),
    ("", "hq"),
    ("", "online"),
    ("the", ""),
    ("", "app"),
    ("", "shop"),
];

/// Names around the one asked for, on the TLDs asked for (by default every TLD the stand-in
/// sells), that are not registered here; as many as `limit` asks, all without one.
pub fn suggest_name(state: &Domains, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let base: String = text(&body, &["name"])
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if base.is_empty() {
        return Err(api_error(300, "Empty domain name"));
    }
    let tlds: Vec<String> = match body.get("tlds").and_then(Value::as_array) {
        Some(list) if !list.is_empty() => list
            .iter()
            .filter_map(Value::as_str)
            .map(|t| t.trim_start_matches('.').to_ascii_lowercase())
            .collect(),
        _ => TLDS.iter().map(|t| t.0.to_owned()).collect(),
    };
    if let Some(bad) = tlds.iter().find(|t| tld(t).is_none()) {
        return Err(api_error(307, &format!("Invalid domain extension: {bad}")));
    }
    let limit = body
        .get("limit")
        .and_then(Value::as_u64)
        .map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
    let mut results = Vec::new();
    for (prefix, suffix) in SUGGESTION_AFFIXES {
        for extension in &tlds {
            let name = format!("{prefix}{base}{suffix}");
            if name.len() > 63 || find(state, &name, extension).is_some() {
                continue;
            }
            // Swagger: domainSuggestNameDomainResult: `domain` without the TLD, `name` with it.
            results.push(
                json!({"domain": name, "name": format!("{name}.{extension}"), "tld": extension}),
            );
        }
    }
    results.truncate(limit);
    Ok(ok(json!({"results": results})))
}

/// A transfer waiting for approval (`REQ`) in the account.
fn pending_transfer<'a>(state: &'a mut Domains, id: &str) -> Result<&'a mut Stored, Answer> {
    let (_, d) = stored_mut(state, id)?;
    if d.status != "REQ" || d.deleted_at.is_some() {
        return Err(api_error(
            515,
            "Invalid status for domain: no transfer is waiting",
        ));
    }
    Ok(d)
}

/// Approves (`approve: 1`, the default) or declines (`approve: 0`) a waiting transfer (S7
/// types.ts). A declined one is `REJ`, a status of Swagger's statisticsDomainStatisticsByStatus.
pub fn approve_transfer(state: &mut Domains, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let approve = body.get("approve").and_then(Value::as_i64).unwrap_or(1);
    let d = pending_transfer(state, id)?;
    d.status = if approve == 0 { "REJ" } else { "ACT" };
    d.last_changed = now();
    Ok(ok(json!({"success": true})))
}

/// Sends the first Form of Authorisation to the registrant of a waiting transfer again, as
/// often as asked: no source gives a limit.
pub fn send_foa1(state: &mut Domains, id: &str) -> Handled {
    let d = pending_transfer(state, id)?;
    d.last_changed = now();
    Ok(ok(json!({"success": true})))
}

/// Starts the last operation of a domain again: only one still waiting (`REQ`) or failed.
pub fn try_again_last_operation(state: &mut Domains, id: &str) -> Handled {
    let (_, d) = stored_mut(state, id)?;
    if !matches!(d.status, "REQ" | "FAI") || d.deleted_at.is_some() {
        return Err(api_error(
            515,
            "Invalid status for domain: its last operation did not fail",
        ));
    }
    d.status = "REQ";
    d.last_changed = now();
    Ok(ok(json!({"success": true})))
}

/// The price of an operation on a name for a period: premium names at their own price. Any
/// operation is priced alike: no source gives the operations' prices or closes their list
/// (reference §5 names create, renew, transfer and restore).
pub fn price(state: &Domains, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (name, extension) = domain_of_query(&params)?;
    let period = match param(&params, "period") {
        None => 1,
        Some(p) => p.trim().parse::<i32>().unwrap_or(0),
    };
    let Some(&(_, year, max_period)) = tld(&extension) else {
        return Err(invalid_extension());
    };
    if period < 1 || period > max_period {
        return Err(invalid_period());
    }
    let premium = state.premium.get(&format!("{name}.{extension}")).copied();
    let yearly = premium.unwrap_or(year);
    let total = (yearly * f64::from(period) * 100.0).round() / 100.0;
    let group = json!({
        "product": {"price": total, "currency": "EUR"},
        "reseller": {"price": total, "currency": "EUR"},
    });
    Ok(ok(json!({
        "price": group,
        "is_premium": premium.is_some(),
        "is_promotion": false,
    })))
}

/// The additional data a TLD's registry asks for with a domain operation: the fields the TLD
/// rules' table (`runtime/tld_rules.toml`, every rule with its source) puts in a domain's
/// additional data, required where a rule for every registrant requires it.
pub fn additional_data(request: &RecordedRequest) -> Handled {
    table_fields(request, &["domain_additional_data"])
}

/// The additional data a TLD's registry asks of the owner handle: the table's fields for the
/// handle's extension data. `required` only where every registrant needs it: the API's own
/// `.eu` example answers `required: false`, since only some registrants do.
pub fn customer_additional_data(request: &RecordedRequest) -> Handled {
    table_fields(request, &["handle_extension_data"])
}

fn table_fields(request: &RecordedRequest, places: &[&str]) -> Handled {
    let params = request.query_pairs();
    let (_, extension) = domain_of_query(&params)?;
    let fields: Vec<Value> = tld_table::FIELDS
        .iter()
        .filter(|(tld, place, _, _)| *tld == extension && places.contains(place))
        .map(|(_, _, name, required)| {
            let options: Vec<&str> = tld_table::REFUSALS
                .iter()
                .filter(|r| r.tld == extension && r.fields.contains(name) && !r.values.is_empty())
                .flat_map(|r| r.values.iter().copied())
                .collect();
            let kind = if options.is_empty() { "text" } else { "select" };
            field(name, kind, *required, &options)
        })
        .collect();
    Ok(ok(Value::Array(fields)))
}

/// What the registry refuses a registration without, by the table's error rules that hold for
/// every registrant: 399 with the registry's words in `data`, as the API passes a registry's
/// refusal on (reference §3).
fn registry_refusal(extension: &str, body: &Map<String, Value>) -> Result<(), Answer> {
    let data = body.get("additional_data");
    let given = |field: &str| {
        data.and_then(|d| d.get(field))
            .filter(|v| !v.is_null() && v.as_str().is_none_or(|s| !s.trim().is_empty()))
    };
    for tld_table::Refusal {
        tld,
        fields,
        need,
        values,
        source,
    } in tld_table::REFUSALS
    {
        if *tld != extension {
            continue;
        }
        let present: Vec<&str> = fields
            .iter()
            .copied()
            .filter(|f| given(f).is_some())
            .collect();
        let missing = match *need {
            "all" => present.len() < fields.len(),
            _ => present.is_empty(),
        };
        let not_taken = present.iter().find(|f| {
            !values.is_empty()
                && given(f)
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                    .is_some_and(|v| !values.contains(&v.as_str()))
        });
        if missing || not_taken.is_some() {
            // The registry's words go in `data`, as the API passes them on.
            let words = format!(
                "the .{extension} registry needs {} in the additional data ({source})",
                fields.join(", ")
            );
            return Err((
                500,
                json!({"code": 399, "desc": "Registry returned an error", "data": words}),
            ));
        }
    }
    Ok(())
}

/// A field as the additional-data endpoints describe it (reference §4.7: `type` is `text`,
/// `select`, ...).
fn field(name: &str, kind: &str, required: bool, options: &[&str]) -> Value {
    let options: Vec<Value> = options
        .iter()
        .map(|o| json!({"value": o, "description": o}))
        .collect();
    json!({
        "name": name,
        "type": kind,
        "required": required,
        "description": name.replace('_', " "),
        "options": options,
    })
}
