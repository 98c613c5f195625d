//! The TLDs the stand-in sells, with their prices and periods.

use serde_json::{Value, json};

use crate::reply::{Answer, Handled, api_error, ok, page};
use crate::request::{RecordedRequest, glob, param, window};

// reference §11.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;

/// The TLDs the stand-in sells: name, price of a year in EUR, and the longest period.
// Names: TLDs of Openprovider's sandbox (reference §1, S9's `test_mode_tlds`). Periods: 1 to
// 10 years (reference §11.3; Swagger: tldTld example). Prices: no source gives a price list;
// these are the stand-in's own.
pub const TLDS: &[(&str, f64, i32)] = &[
    ("com", 8.5, 10),
    ("net", 10.0, 10),
    ("org", 10.0, 10),
    ("nl", 4.5, 10),
    ("eu", 5.0, 10),
    ("de", 5.0, 10),
    ("co.uk", 6.0, 10),
    ("ca", 12.0, 10),
];

pub fn tld(extension: &str) -> Option<&'static (&'static str, f64, i32)> {
    TLDS.iter().find(|(name, _, _)| *name == extension)
}

// reference §3.3, §11.3.
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

/// A TLD as `GET /tlds/{name}` gives it. No source says which TLD allows what, so each
/// allows everything.
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
        "is_private_whois_allowed": true,
        "prices": {
            "create_price": {"product": {"price": price, "currency": "EUR"}},
            "renew_price": {"product": {"price": price, "currency": "EUR"}},
        },
    })
}
