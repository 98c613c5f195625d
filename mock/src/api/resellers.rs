//! The reseller account: its own data (changeable), its settings, and statistics counted from
//! what the other areas hold.

use serde_json::{Map, Value, json};

use crate::reply::{Answer, Handled, RESELLER_ID, api_error, ok};
use crate::request::{RecordedRequest, body_object, id_of, truthy};
use crate::time;

/// What the reseller's data may change.
// Swagger: resellerUpdateResellerRequest properties.
const UPDATABLE: &[&str] = &[
    "additional_data",
    "address",
    "comments",
    "company_name",
    "company_size",
    "fax",
    "industry",
    "inn",
    "kpp",
    "locale",
    "name",
    "phone",
    "vat",
];

pub struct Resellers {
    fields: Map<String, Value>,
    balance: f64,
}

/// Counts of the account's products, from the areas that hold them.
pub struct Counts {
    pub customers: usize,
    pub domains_by_status: Vec<(&'static str, usize)>,
    pub zones: usize,
    pub ssl_active: usize,
    pub ssl_total: usize,
    pub licenses: usize,
    pub spam_filters: usize,
}

impl Resellers {
    pub fn new() -> Self {
        let fields = json!({
            "company_name": "Demo Reseller B.V.",
            "email": "admin@reseller.example",
            "name": {"first_name": "Demo", "last_name": "Reseller", "full_name": "Demo Reseller", "initials": "D.", "prefix": ""},
            "address": {"street": "Wilhelminakade", "number": "173", "zipcode": "3072 AP", "city": "Rotterdam", "country": "NL", "state": "", "suffix": ""},
            "phone": {"country_code": "+31", "area_code": "10", "subscriber_number": "1234567"},
            "fax": {"country_code": "", "area_code": "", "subscriber_number": ""},
            "vat": "NL123456789B01",
            "locale": "en_GB",
            "comments": "",
        });
        Resellers {
            fields: fields.as_object().cloned().unwrap_or_default(),
            balance: 1_250.0,
        }
    }
}

/// The settings of Swagger's settingsGetSettingsResponseData example, but the payment methods
/// (nickurt's ResellersTest), the account's own names and addresses, and the terms signed, as
/// an account that registers domains has them (309 otherwise, reference §3.3).
fn settings() -> Value {
    json!({
        "currency": "EUR",
        "language": "EN",
        "type": "normal",
        "is_auto_renew_enabled": false,
        "is_custom_nses_enabled": false,
        "maximum_credit": 20_000.0,
        "minimum_payment": 20.0,
        "pay_methods": ["credit_card", "western_union", "bank"],
        "renew_notification_days": [1],
        "renew_notification_every_week": false,
        "default_domain_billing_handle": "",
        "default_domain_reseller_handle": "",
        "foa_sender_email": "transfers@reseller.example",
        "foa_reseller_name": "Demo Reseller",
        "ive_sender_email": "verify@reseller.example",
        "ive_reseller_name": "Demo Reseller",
        "tac_contract": {"name": "opensign_terms_and_conditions", "type": "opensign", "is_signed": true, "signed_at": "2014-07-16 15:22:48"},
        "transaction_fee": {"bank": 0.0, "credit_card": 3.0, "ideal": 0.0, "paypal": 5.0, "western_union": 0.0, "yandex": 5.0},
        "tags": [],
    })
}

fn statistics(counts: &Counts) -> Value {
    let mut by_status = Map::new();
    // Swagger: statisticsDomainStatisticsByStatus properties.
    for status in ["ACT", "FAI", "NSR", "PEN", "REJ", "REQ"] {
        let n = counts
            .domains_by_status
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, n)| *n);
        by_status.insert(status.to_owned(), json!(n));
    }
    let domains: usize = counts.domains_by_status.iter().map(|(_, n)| n).sum();
    let now = time::now_text();
    json!({
        "customer": {"total": counts.customers, "modified": now},
        "domain": {"total": domains, "by_status": by_status},
        "dns": {"total": counts.zones},
        "ssl": {"total": counts.ssl_total, "by_status": {"ACT": counts.ssl_active}},
        "license": {"total": counts.licenses},
        // No source gives the status of a live SpamExperts subscription; `ACT` is the stand-in's.
        "spam_experts": {"exists": counts.spam_filters > 0, "status": if counts.spam_filters > 0 { "ACT" } else { "" }},
        "currency": {"modified": now},
    })
}

pub fn get(state: &Resellers, counts: &Counts, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let mut out = Value::Object(state.fields.clone());
    out["id"] = json!(RESELLER_ID);
    // Swagger: resellerReseller example; S10's cassette test_reseller_retrieve.
    out["status"] = json!("new");
    out["balance"] = json!(state.balance);
    out["reserved_balance"] = json!(0.0);
    if truthy(&params, "with_settings") {
        out["settings"] = settings();
    }
    if truthy(&params, "with_statistics") {
        out["statistics"] = statistics(counts);
    }
    if !truthy(&params, "with_additional_data")
        && let Some(map) = out.as_object_mut()
    {
        map.remove("additional_data");
    }
    Ok(ok(out))
}

pub fn get_settings() -> Handled {
    Ok(ok(settings()))
}

pub fn get_statistics(counts: &Counts) -> Handled {
    Ok(ok(statistics(counts)))
}

// reference §3.3: 196, as for any call the account may not make.
fn not_yours() -> Answer {
    api_error(196, "Authentication/Authorization Failed")
}

pub fn update(state: &mut Resellers, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    if id_of(id) != Some(RESELLER_ID) {
        return Err(not_yours());
    }
    for (key, value) in body {
        if UPDATABLE.contains(&key.as_str()) {
            state.fields.insert(key, value);
        }
    }
    Ok(ok(json!({"success": true})))
}
