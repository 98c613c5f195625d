//! SpamExperts: mail filtering per domain, with the panel's passwords, and one-time login links
//! to that panel for a filtered domain or an address at one.
//!
//! Codes: 11010 (invalid domain) is S10's; 1711-1713 are the stand-in's choice within the mail
//! range, 17xx (reference §3.3), as S10 has none for them.

use std::collections::BTreeMap;

use jiff::ToSpan;
use serde_json::{Map, Value, json};

use crate::random::Random;
use crate::reply::{Answer, Handled, RESELLER_ID, api_error, ok};
use crate::request::{RecordedRequest, body_object, text, truthy};
use crate::time::{format, now};

#[derive(Default)]
pub struct SpamExpert {
    domains: BTreeMap<String, Filtered>,
    next_id: i64,
    random: Random,
}

struct Filtered {
    id: i64,
    fields: Map<String, Value>,
    user_password: String,
    smtp_password: String,
    created: jiff::civil::DateTime,
    logins: u32,
}

impl SpamExpert {
    pub fn new() -> Self {
        SpamExpert {
            next_id: 810_001,
            ..SpamExpert::default()
        }
    }

    pub fn count(&self) -> usize {
        self.domains.len()
    }

    fn password(&mut self) -> String {
        format!("{:016x}", self.random.next_u64())
    }
}

fn not_found() -> Answer {
    api_error(1711, "The domain has no spam filter")
}

fn valid_domain(name: &str) -> bool {
    name.contains('.')
        && !name.starts_with('.')
        && !name.ends_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

// Swagger: se_domainCreateDomainRequest properties.
const KEPT: &[&str] = &["aliases", "destinations", "products", "bundle"];

fn render(name: &str, f: &Filtered, with_records: bool) -> Value {
    let field = |key: &str, default: Value| f.fields.get(key).cloned().unwrap_or(default);
    // Swagger: se_domainProducts; which are on by default is the stand-in's own.
    let products = field(
        "products",
        json!({"incoming": true, "outgoing": false, "archiving": false}),
    );
    let outgoing = products["outgoing"].as_bool().unwrap_or(false);
    let records = if with_records {
        json!({
            "aliases": field("aliases", json!([])),
            "destinations": field("destinations", json!([])),
            "outgoing_user_ips": [],
        })
    } else {
        json!({"aliases": [], "destinations": [], "outgoing_user_ips": []})
    };
    json!({
        "id": f.id,
        "domain_name": name,
        "is_active": true,
        "bundle": field("bundle", json!(false)),
        "products": products,
        "with_outgoing_filter": outgoing,
        "records": records,
        // nickurt's SpamExpertsTest.
        "user_email": format!("admin@{name}"),
        "user_password": f.user_password,
        "smtp_password": f.smtp_password,
        "expiration_date": format(f.created.saturating_add(1.year())),
        "order_id": f.id,
        "reseller_id": RESELLER_ID,
    })
}

pub fn create(state: &mut SpamExpert, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let name = text(&body, &["domain_name"]).to_ascii_lowercase();
    if !valid_domain(&name) {
        return Err(api_error(11010, "Your request contains an invalid domain"));
    }
    if state.domains.contains_key(&name) {
        return Err(api_error(1712, "The domain already has a spam filter"));
    }
    let id = state.next_id;
    state.next_id += 1;
    let user_password = state.password();
    let smtp_password = state.password();
    state.domains.insert(
        name,
        Filtered {
            id,
            fields: body
                .into_iter()
                .filter(|(k, _)| KEPT.contains(&k.as_str()))
                .collect(),
            user_password,
            smtp_password,
            created: now(),
            logins: 0,
        },
    );
    Ok(ok(json!({"success": true})))
}

pub fn get(state: &SpamExpert, name: &str, request: &RecordedRequest) -> Handled {
    let name = name.to_ascii_lowercase();
    let f = state.domains.get(&name).ok_or_else(not_found)?;
    let params = request.query_pairs();
    Ok(ok(render(&name, f, truthy(&params, "with_records"))))
}

pub fn update(state: &mut SpamExpert, name: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let f = state
        .domains
        .get_mut(&name.to_ascii_lowercase())
        .ok_or_else(not_found)?;
    for (key, value) in body {
        if KEPT.contains(&key.as_str()) {
            f.fields.insert(key, value);
        }
    }
    Ok(ok(json!({"success": true})))
}

pub fn delete(state: &mut SpamExpert, name: &str) -> Handled {
    match state.domains.remove(&name.to_ascii_lowercase()) {
        Some(_) => Ok(ok(json!({"success": true}))),
        None => Err(not_found()),
    }
}

/// A login link for the panel of a filtered domain, or of an address at one.
pub fn login_url(state: &mut SpamExpert, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let target = text(&body, &["domain_or_email"]).to_ascii_lowercase();
    let domain = target.rsplit_once('@').map_or(target.as_str(), |(_, d)| d);
    if target.is_empty() {
        return Err(api_error(1713, "A domain or an e-mail address is needed"));
    }
    let token = format!("{:016x}", state.random.next_u64());
    let f = state.domains.get_mut(domain).ok_or_else(not_found)?;
    f.logins += 1;
    Ok(ok(json!({
        "url": format!("https://spamfilter.example.invalid/login?user={target}&authticket={token}"),
    })))
}
