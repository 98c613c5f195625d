//! The TLDs the stand-in sells, with their prices and periods.

use serde_json::{Value, json};

use crate::reply::{Answer, Handled, api_error, ok, page};
use crate::request::{RecordedRequest, glob, param, window};

const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;

/// The TLDs the stand-in sells: name, price of a year, and the longest period.
pub const TLDS: &[(&str, f64, i32)] = &[
    ("com", 8.5, 10),
    ("net", 10.0, 10),
    ("org", 10.0, 10),
    ("nl", 4.5, 1),
    ("eu", 5.0, 10),
    ("de", 5.0, 1),
    ("co.uk", 6.0, 10),
    ("io", 35.0, 10),
];

pub fn tld(extension: &str) -> Option<&'static (&'static str, f64, i32)> {
    TLDS.iter().find(|(name, _, _)| *name == extension)
}

pub fn invalid_extension() -> Answer {
    api_error(307, "Invalid domain extension")
}

pub fn list_tlds(request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let pattern = param(&params, "name_pattern");
    let matches: Vec<Value> = TLDS
        .iter()
        .filter(|(name, _, _)| pattern.is_none_or(|p| glob(p, name)))
        .map(tld_json)
        .collect();
    Ok(page(matches, limit, offset))
}

pub fn get_tld(name: &str) -> Handled {
    match tld(&name.trim_start_matches('.').to_ascii_lowercase()) {
        Some(t) => Ok(ok(tld_json(t))),
        None => Err(invalid_extension()),
    }
}

fn tld_json(&(name, price, max_period): &(&str, f64, i32)) -> Value {
    json!({
        "name": name,
        "status": "ACT",
        "min_period": 1,
        "max_period": max_period,
        "transfer_available": true,
        "renew_available": true,
        "is_transfer_auth_code_required": true,
        "dnssec_allowed": true,
        "is_private_whois_allowed": name != "eu",
        "prices": {
            "create_price": {"product": {"price": price, "currency": "EUR"}},
            "renew_price": {"product": {"price": price, "currency": "EUR"}},
        },
    })
}
