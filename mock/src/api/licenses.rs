//! Software licences: Plesk and Virtuozzo keys with their items, a catalogue of items, and the
//! hardware-id reset. Keys expire a period after ordering; a deleted key is gone.
//!
//! Codes are S10's (reference §3.3).

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use jiff::ToSpan;
use serde_json::{Map, Value, json};

use crate::random::Random;
use crate::reply::{Answer, Handled, api_error, ok, page};
use crate::request::{
    RecordedRequest, body_object, glob, id_of, param, sort_by_param, strings, window,
};
use crate::time::{format, now};

// reference §11.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;
// Swagger: the /licenses/plesk and /licenses/virtuozzo paths.
pub const PLESK: &str = "plesk";
pub const VIRTUOZZO: &str = "virtuozzo";

/// Items of the catalogue: product, item, title. A few of the real ones; an item not in it is
/// taken as sent, since the catalogue is not the whole list.
// nickurt's LicensesTest, but the third: Swagger's licenseKey example.
const ITEMS: &[(&str, &str, &str)] = &[
    (
        PLESK,
        "PLESK-12-VPS-WEB-ADMIN-1M",
        "Plesk for VPS Web Admin Edition",
    ),
    (
        PLESK,
        "FT-PLESK-1-LANGUAGE-PACK-1M",
        "1 Language Pack for Plesk 12/Onyx",
    ),
    (
        PLESK,
        "PLESK-12-VPS-WEB-HOST-1M",
        "Plesk for VPS Web Host Edition",
    ),
    (
        VIRTUOZZO,
        "VIRTUOZZO-7-LOW-DENSITY-2CPU-1M",
        "Virtuozzo 7.x Low Density, Up to 2 CPU Sockets",
    ),
];

pub struct Licenses {
    keys: BTreeMap<i64, Key>,
    next_id: i64,
    random: Random,
}

struct Key {
    product: &'static str,
    key_number: String,
    activation_code: String,
    items: Vec<String>,
    fields: Map<String, Value>,
    period: i64,
    ordered: jiff::civil::DateTime,
    /// `ACT` (nickurt's LicensesTest), or `SUS` when suspended (the stand-in's own).
    status: &'static str,
}

impl Licenses {
    pub fn new() -> Self {
        Licenses {
            keys: BTreeMap::new(),
            next_id: 3_500_001,
            random: Random::default(),
        }
    }

    pub fn count(&self) -> usize {
        self.keys.len()
    }
}

fn not_found() -> Answer {
    api_error(3011, "No license found for given ID.")
}

fn render(id: i64, k: &Key) -> Value {
    let field = |key: &str| k.fields.get(key).cloned().unwrap_or(json!(""));
    let features: Vec<Value> = k
        .items
        .iter()
        .map(|item| item_json(ITEMS.iter().find(|i| i.1 == item)))
        .collect();
    json!({
        "key_id": id,
        "key_number": k.key_number,
        "product": k.product,
        "title": field("title"),
        "comment": field("comment"),
        "status": k.status,
        "activation_code": k.activation_code,
        "ip_address_binding": field("ip_address_binding"),
        "items": k.items,
        "features": features,
        "key": item_json(k.items.first().and_then(|i| ITEMS.iter().find(|x| x.1 == i))),
        "parent_key_id": k.fields.get("parent_key_id").cloned().unwrap_or(json!(0)),
        "period": k.period,
        // nickurt's LicensesTest.
        "billing_type": "lease",
        "contract": "2014",
        "order_date": format(k.ordered),
        "expiration_date": format(k.ordered.saturating_add(k.period.months())),
        "sku_values": {},
    })
}

fn item_json(item: Option<&(&str, &str, &str)>) -> Value {
    match item {
        Some((product, item, title)) => {
            json!({"product": product, "item": item, "title": title, "sku_values": {}})
        }
        None => json!({"product": "", "item": "", "title": "", "sku_values": {}}),
    }
}

fn list_of(state: &Licenses, product: Option<&str>, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let get = |name: &str| param(&params, name);
    let product = product.or(get("product"));
    let mut all: Vec<Value> = state
        .keys
        .iter()
        .filter(|(_, k)| product.is_none_or(|p| p.eq_ignore_ascii_case(k.product)))
        .filter(|(id, _)| get("key_id").is_none_or(|v| id_of(v) == Some(**id)))
        .filter(|(_, k)| get("key_number").is_none_or(|v| v == k.key_number))
        .filter(|(_, k)| get("key_number_pattern").is_none_or(|p| glob(p, &k.key_number)))
        .filter(|(_, k)| {
            get("title_pattern").is_none_or(|p| {
                glob(
                    p,
                    k.fields.get("title").and_then(Value::as_str).unwrap_or(""),
                )
            })
        })
        .filter(|(_, k)| {
            get("parent_key_id")
                .is_none_or(|p| k.fields.get("parent_key_id").and_then(Value::as_i64) == id_of(p))
        })
        .filter(|(_, k)| get("status").is_none_or(|s| s.eq_ignore_ascii_case(k.status)))
        .map(|(id, k)| render(*id, k))
        .collect();
    sort_by_param(&mut all, &params);
    Ok(page(all, limit, offset))
}

pub fn list_all(state: &Licenses, request: &RecordedRequest) -> Handled {
    list_of(state, None, request)
}

pub fn list_product(state: &Licenses, product: &'static str, request: &RecordedRequest) -> Handled {
    list_of(state, Some(product), request)
}

pub fn list_items(request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let product = param(&params, "product");
    let mut all: Vec<Value> = ITEMS
        .iter()
        .filter(|i| product.is_none_or(|p| p.eq_ignore_ascii_case(i.0)))
        .map(|i| item_json(Some(i)))
        .collect();
    sort_by_param(&mut all, &params);
    Ok(page(all, limit, offset))
}

/// At least one item (S7 types.ts), none of another product's.
fn check_items(product: &str, items: &[String]) -> Result<(), Answer> {
    if items.is_empty() {
        return Err(api_error(3019, "options' parameter is empty."));
    }
    match items
        .iter()
        .find(|item| ITEMS.iter().any(|i| i.0 != product && i.1 == item.as_str()))
    {
        Some(bad) => Err(api_error(
            3020,
            &format!("options' parameter is invalid: {bad} is not an item of {product}"),
        )),
        None => Ok(()),
    }
}

/// Fields of a key kept as sent.
// Swagger: licenseCreatePleskLicenseRequest and licenseCreateVirtuozzoLicenseRequest properties.
const KEPT: &[&str] = &[
    "title",
    "comment",
    "ip_address_binding",
    "restrict_ip_binding",
    "parent_key_id",
    "pcs_capacity",
];

fn kept(body: &Map<String, Value>) -> Map<String, Value> {
    body.iter()
        .filter(|(k, _)| KEPT.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// In months, as sent: no source lists the periods offered.
fn period_of(body: &Map<String, Value>) -> Option<i64> {
    body.get("period").and_then(Value::as_i64)
}

pub fn create(state: &mut Licenses, product: &'static str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let items = strings(&body, "items");
    check_items(product, &items)?;
    let period = period_of(&body).unwrap_or(1);
    if let Some(parent) = body.get("parent_key_id").and_then(Value::as_i64)
        && parent != 0
        && !state.keys.contains_key(&parent)
    {
        return Err(not_found());
    }
    let id = state.next_id;
    state.next_id += 1;
    let n = state.random.next_u64();
    // nickurt's LicensesTest: `PLSK.04867003`, `VZ.74351955`; activation codes of five
    // groups of six.
    let prefix = if product == PLESK { "PLSK" } else { "VZ" };
    let key_number = format!("{prefix}.{:08}", n % 100_000_000);
    let activation_code = (0..5)
        .map(|i| format!("{:06X}", (n >> (i * 12)) & 0xff_ffff))
        .collect::<Vec<_>>()
        .join("-");
    state.keys.insert(
        id,
        Key {
            product,
            key_number,
            activation_code,
            items,
            fields: kept(&body),
            period,
            ordered: now(),
            status: "ACT",
        },
    );
    let attached: Vec<Value> = strings(&body, "attached_keys")
        .iter()
        .filter_map(|k| k.parse::<i64>().ok())
        .map(Value::from)
        .collect();
    Ok(ok(json!({"key_id": id, "attached_keys": attached})))
}

fn key_mut<'a>(
    state: &'a mut Licenses,
    product: &str,
    id: &str,
) -> Result<(i64, &'a mut Key), Answer> {
    let id = id_of(id).ok_or_else(not_found)?;
    match state.keys.get_mut(&id) {
        Some(k) if k.product == product => Ok((id, k)),
        _ => Err(not_found()),
    }
}

pub fn get(state: &mut Licenses, product: &str, id: &str) -> Handled {
    let (id, k) = key_mut(state, product, id)?;
    Ok(ok(render(id, k)))
}

/// The key file of a licence, as the product's installer takes it: XML in base64 (nickurt's
/// LicensesTest); the XML itself is the stand-in's own.
pub fn get_key(state: &mut Licenses, product: &str, id: &str) -> Handled {
    let (id, k) = key_mut(state, product, id)?;
    let file = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<key product=\"{product}\" id=\"{id}\" number=\"{}\" items=\"{}\"/>\n",
        k.key_number,
        k.items.join(",")
    );
    Ok(ok(json!({"key": STANDARD.encode(file)})))
}

pub fn update(state: &mut Licenses, product: &str, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let (_, k) = key_mut(state, product, id)?;
    let items = strings(&body, "items");
    if !items.is_empty() {
        check_items(product, &items)?;
        k.items = items;
    }
    if let Some(period) = period_of(&body) {
        k.period = period;
    }
    if let Some(suspended) = body.get("suspended").and_then(Value::as_bool) {
        k.status = if suspended { "SUS" } else { "ACT" };
    }
    k.fields.extend(kept(&body));
    Ok(ok(json!({"success": true})))
}

pub fn delete(state: &mut Licenses, product: &str, id: &str) -> Handled {
    let (id, _) = key_mut(state, product, id)?;
    state.keys.remove(&id);
    Ok(ok(json!({"success": true})))
}

/// Frees a key from the machine it was bound to; a suspended key cannot move.
pub fn reset_hwid(state: &mut Licenses, product: &str, id: &str) -> Handled {
    if product != PLESK && product != VIRTUOZZO {
        return Err(api_error(
            3007,
            &format!("No license product exists for given ID: {product}"),
        ));
    }
    let (_, k) = key_mut(state, product, id)?;
    if k.status != "ACT" {
        return Err(api_error(
            3026,
            "Operation is not supported for this license.",
        ));
    }
    Ok(ok(json!({"success": true})))
}
