//! EasyDMARC: a DMARC reporting order per domain, whose record the owner publishes; it can be
//! deleted, retried when it failed, and opened in the vendor's panel by a single-sign-on link.
//!
//! Codes 30001 (not retryable) and 30003 (already active) are S7's; 30000 (not found) and 30002
//! (not active) are the stand-in's choice beside them, as no source has codes for those.

use std::collections::BTreeMap;

use jiff::ToSpan;
use serde_json::{Value, json};

use crate::random::Random;
use crate::reply::{Answer, Handled, api_error, ok, page};
use crate::request::{
    RecordedRequest, body_object, id_of, param, params_all, sort_by_param, text, window,
};
use crate::time::{format, now};

// reference §11.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;

#[derive(Default)]
pub struct EasyDmarc {
    orders: BTreeMap<i64, Order>,
    next_id: i64,
    random: Random,
}

struct Order {
    name: String,
    extension: String,
    owner_handle: String,
    /// `ACT`, `FAI` or `DEL`, as domains have them (reference §11.3): no source gives an
    /// EasyDMARC order's own.
    status: &'static str,
    activated: jiff::civil::DateTime,
    /// `enabled` (Swagger: orderRecentEasyDmarcAction example), or `""` where no source gives one.
    last_action: &'static str,
}

impl EasyDmarc {
    pub fn new() -> Self {
        EasyDmarc {
            next_id: 920_001,
            ..EasyDmarc::default()
        }
    }
}

fn not_found() -> Answer {
    api_error(30000, "EasyDMARC order not found")
}

fn render(id: i64, o: &Order) -> Value {
    let domain = format!("{}.{}", o.name, o.extension);
    let live = o.status == "ACT";
    json!({
        "id": id,
        "domain": {"name": o.name, "extension": o.extension},
        "status": o.status,
        // The record to publish: the stand-in's own, as no source shows one.
        "record_host": format!("_dmarc.{domain}"),
        "record_type": "CNAME",
        "record_value": format!("{domain}.dmarc.easydmarc.example.invalid"),
        "easydmarc_email_address": format!("dmarc-{id}@easydmarc.example.invalid"),
        "activated_at": if live { format(o.activated) } else { String::new() },
        "renew_at": if live { format(o.activated.saturating_add(1.year())) } else { String::new() },
        "expired_at": "",
        "recent_easydmarc_action": {"recent_action": o.last_action, "message": ""},
    })
}

/// The live order of a domain.
fn of_domain(state: &EasyDmarc, name: &str, extension: &str) -> Option<i64> {
    state
        .orders
        .iter()
        .find(|(_, o)| o.name == name && o.extension == extension && o.status != "DEL")
        .map(|(id, _)| *id)
}

/// `owner_exists`: whether the owner handle is a live customer.
pub fn create(state: &mut EasyDmarc, owner_exists: bool, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let name = text(&body, &["domain", "name"]).to_ascii_lowercase();
    let extension = text(&body, &["domain", "extension"]).to_ascii_lowercase();
    if name.is_empty() || extension.is_empty() {
        return Err(api_error(300, "Empty domain name"));
    }
    let owner = text(&body, &["owner_handle"]);
    if owner.is_empty() {
        return Err(api_error(330, "Empty owner handle"));
    }
    if !owner_exists {
        return Err(api_error(331, "Invalid owner handle"));
    }
    if of_domain(state, &name, &extension).is_some() {
        return Err(api_error(
            30003,
            "EasyDMARC is already active for this domain",
        ));
    }
    let id = state.next_id;
    state.next_id += 1;
    let order = Order {
        name,
        extension,
        owner_handle: owner.to_owned(),
        status: "ACT",
        activated: now(),
        last_action: "enabled",
    };
    let reply = render(id, &order);
    state.orders.insert(id, order);
    Ok(ok(reply))
}

pub fn get(state: &EasyDmarc, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let name = param(&params, "domain.name")
        .unwrap_or("")
        .to_ascii_lowercase();
    let extension = param(&params, "domain.extension")
        .unwrap_or("")
        .to_ascii_lowercase();
    if name.is_empty() || extension.is_empty() {
        return Err(api_error(300, "Empty domain name"));
    }
    let id = of_domain(state, &name, &extension).ok_or_else(not_found)?;
    Ok(ok(render(id, &state.orders[&id])))
}

pub fn list(state: &EasyDmarc, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let statuses = params_all(&params, "status");
    let name = param(&params, "domain.name");
    let extension = param(&params, "domain.extension");
    let mut all: Vec<Value> = state
        .orders
        .iter()
        .filter(|(_, o)| {
            statuses.is_empty() || statuses.iter().any(|s| s.eq_ignore_ascii_case(o.status))
        })
        .filter(|(_, o)| name.is_none_or(|n| n.eq_ignore_ascii_case(&o.name)))
        .filter(|(_, o)| extension.is_none_or(|e| e.eq_ignore_ascii_case(&o.extension)))
        .map(|(id, o)| render(*id, o))
        .collect();
    sort_by_param(&mut all, &params);
    Ok(page(all, limit, offset))
}

fn order_mut<'a>(state: &'a mut EasyDmarc, id: &str) -> Result<&'a mut Order, Answer> {
    let id = id_of(id).ok_or_else(not_found)?;
    state.orders.get_mut(&id).ok_or_else(not_found)
}

pub fn delete(state: &mut EasyDmarc, id: &str) -> Handled {
    let o = order_mut(state, id)?;
    if o.status == "DEL" {
        return Err(not_found());
    }
    o.status = "DEL";
    o.last_action = "";
    Ok(ok(json!({"status": "DEL"})))
}

/// Retries an order that failed; any other is not retryable.
pub fn retry(state: &mut EasyDmarc, id: &str) -> Handled {
    let key = id_of(id).ok_or_else(not_found)?;
    let o = order_mut(state, id)?;
    if o.status != "FAI" {
        return Err(api_error(30001, "The EasyDMARC order cannot be retried"));
    }
    o.status = "ACT";
    o.activated = now();
    o.last_action = "enabled";
    let reply = render(key, o);
    Ok(ok(reply))
}

pub fn sso(state: &mut EasyDmarc, id: &str, request: &RecordedRequest) -> Handled {
    let token = format!("{:016x}", state.random.next_u64());
    let key = id_of(id).ok_or_else(not_found)?;
    let o = order_mut(state, id)?;
    if o.status != "ACT" {
        return Err(api_error(30002, "The EasyDMARC order is not active"));
    }
    let params = request.query_pairs();
    // Swagger: /easydmarcs/{id}/sso `type`, for the customer or the reseller.
    let page_type = param(&params, "type").unwrap_or("customer");
    Ok(ok(json!({
        "url": format!(
            "https://easydmarc.example.invalid/sso/{page_type}?order={key}&owner={}&token={token}",
            o.owner_handle
        ),
    })))
}
