//! E-mail verification of registrants: started per address, restarted while it runs, listed
//! per domain that waits on it. Verifying takes the registrant's click, which the stand-in
//! never gets, so a verification stays in progress.
//!
//! Codes 20000 and 20001 are the API's (reference §3.3); restarting an unknown one is 1203, as
//! S10's cassette test_restart_non_existing_verification recorded it.

use std::collections::BTreeMap;

use jiff::ToSpan;
use serde_json::{Map, Value, json};

use crate::reply::{Handled, api_error, ok, page};
use crate::request::{RecordedRequest, body_object, param, text, window};
use crate::time::{format, now};

// reference §11.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;
/// How long a registrant has to click before domains are suspended: no source gives it; the
/// stand-in's own.
const DAYS_TO_VERIFY: i64 = 15;

#[derive(Default)]
pub struct Verifications {
    by_email: BTreeMap<String, Verification>,
    next_id: i64,
}

struct Verification {
    id: i64,
    handle: String,
    /// `in progress` or `verified` (nickurt's EmailsTest).
    status: &'static str,
    started: jiff::civil::DateTime,
    fields: Map<String, Value>,
}

impl Verifications {
    pub fn new() -> Self {
        Verifications {
            by_email: BTreeMap::new(),
            next_id: 60_001,
        }
    }
}

fn valid_email(email: &str) -> bool {
    email
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// `domains`: the domains in the account whose owner handle has the address.
pub fn start(state: &mut Verifications, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let email = text(&body, &["email"]).to_ascii_lowercase();
    if !valid_email(&email) {
        return Err(api_error(146, "Invalid e-mail address!"));
    }
    if let Some(v) = state.by_email.get(&email) {
        return Err(match v.status {
            "verified" => api_error(20000, "The e-mail address is already verified"),
            _ => api_error(
                20001,
                "A verification of this e-mail address is in progress",
            ),
        });
    }
    let id = state.next_id;
    state.next_id += 1;
    state.by_email.insert(
        email,
        Verification {
            id,
            handle: text(&body, &["handle"]).to_owned(),
            status: "in progress",
            started: now(),
            fields: body
                .into_iter()
                .filter(|(k, _)| k == "language" || k == "tag")
                .collect(),
        },
    );
    Ok(ok(json!({"id": id})))
}

pub fn restart(state: &mut Verifications, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let email = text(&body, &["email"]).to_ascii_lowercase();
    let Some(v) = state.by_email.get_mut(&email) else {
        return Err(api_error(1203, "CMN-object cannot be found"));
    };
    if v.status == "verified" {
        return Err(api_error(20000, "The e-mail address is already verified"));
    }
    v.started = now();
    for key in ["language", "tag"] {
        if let Some(value) = body.get(key) {
            v.fields.insert(key.to_owned(), value.clone());
        }
    }
    Ok(ok(json!({"success": true})))
}

/// `domains_of`: the domains (name, owner handle) a verification holds up.
pub fn list(
    state: &Verifications,
    domains_of: &[(String, String)],
    request: &RecordedRequest,
) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let get = |name: &str| param(&params, name);
    let mut rows = Vec::new();
    for (email, v) in &state.by_email {
        let expires = v.started.saturating_add(DAYS_TO_VERIFY.days());
        let suspended = now() > expires && v.status != "verified";
        let mut domains: Vec<&str> = domains_of
            .iter()
            .filter(|(_, handle)| !v.handle.is_empty() && *handle == v.handle)
            .map(|(name, _)| name.as_str())
            .collect();
        if domains.is_empty() {
            domains.push("");
        }
        for domain in domains {
            rows.push(json!({
                "id": v.id,
                "email": email,
                "handle": v.handle,
                "domain": domain,
                "status": v.status,
                // nickurt's EmailsTest.
                "description": "-",
                "is_suspended": suspended,
                "expiration_date": format(expires),
            }));
        }
    }
    let matches = |row: &Value, key: &str| {
        get(key).is_none_or(|want| {
            row[key]
                .as_str()
                .is_some_and(|v| v.eq_ignore_ascii_case(want))
        })
    };
    let all: Vec<Value> = rows
        .into_iter()
        .filter(|row| {
            ["email", "handle", "domain", "status"]
                .iter()
                .all(|k| matches(row, k))
        })
        .filter(|row| {
            get("is_suspended")
                .is_none_or(|s| row["is_suspended"].as_bool() == Some(s == "true" || s == "1"))
        })
        .collect();
    Ok(page(all, limit, offset))
}
