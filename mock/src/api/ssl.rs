//! SSL certificates: a seeded product list, orders that go from `REQ` to `ACT` when the
//! certificate is issued, approver e-mails, reissues, renewals and cancellations, and CSRs made
//! and read for real (see `csr`).
//!
//! Codes are S10's (reference §3.3), 25001 (renewal too early) S7's.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::DateTime;
use serde_json::{Map, Value, json};

use crate::api::csr::{self, Subject};
use crate::random::Random;
use crate::reply::{Answer, Handled, api_error, ok, page};
use crate::request::{
    RecordedRequest, body_object, glob, id_of, param, params_all, sort_by_param, strings, text,
    truthy, window,
};
use crate::time::{format, now};

// reference §11.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;
/// How close to its expiry an order is listed as expiring, and may be renewed.
// Swagger: /ssl/orders `show_expiring` (30 days); no source gives the renewal window,
// so it is the same.
const RENEWABLE_DAYS: i64 = 30;
// S10's cassette test_ssl_approver_email.
const APPROVER_MAILBOXES: [&str; 5] = [
    "admin",
    "administrator",
    "hostmaster",
    "postmaster",
    "webmaster",
];

/// An SSL product as the API lists it.
struct Product {
    id: i64,
    name: &'static str,
    brand: &'static str,
    category: &'static str,
    sub_category: &'static str,
    validation_method: &'static str,
    wildcard: bool,
    extended_validation: bool,
    /// In years.
    max_period: i64,
    number_of_domains: i64,
    included_domains_count: i64,
    max_domains: i64,
    delivery_time: &'static str,
    encryption: &'static str,
    order_module: &'static str,
    /// In the product currency.
    warranty: f64,
    /// Of a year, in EUR: no source gives prices; these are the stand-in's own.
    price: f64,
}

/// Six of the products in S10's cassette test_search_product, with their recorded values (the
/// first as in Swagger's productSslProduct example).
const PRODUCTS: &[Product] = &[
    Product {
        id: 31,
        name: "EssentialSSL",
        brand: "Comodo",
        category: "domain_validation",
        sub_category: "",
        validation_method: "domain",
        wildcard: false,
        extended_validation: false,
        max_period: 3,
        number_of_domains: 1,
        included_domains_count: 1,
        max_domains: 1,
        delivery_time: "10m",
        encryption: "40/256 bits",
        order_module: "comodo",
        warranty: 10_000.0,
        price: 7.95,
    },
    Product {
        id: 32,
        name: "EssentialSSL Wildcard",
        brand: "Comodo",
        category: "wildcard",
        sub_category: "domain_validation",
        validation_method: "domain",
        wildcard: true,
        extended_validation: false,
        max_period: 3,
        number_of_domains: -1,
        included_domains_count: -1,
        max_domains: 1,
        delivery_time: "10m",
        encryption: "40/256 bits",
        order_module: "comodo",
        warranty: 10_000.0,
        price: 79.0,
    },
    Product {
        id: 24,
        name: "EV SSL",
        brand: "Comodo",
        category: "extended_validation",
        sub_category: "",
        validation_method: "extended",
        wildcard: false,
        extended_validation: true,
        max_period: 2,
        number_of_domains: 1,
        included_domains_count: 1,
        max_domains: 1,
        delivery_time: "up to 5 days",
        encryption: "40/256 bits",
        order_module: "comodo",
        warranty: 250_000.0,
        price: 99.0,
    },
    Product {
        id: 20,
        name: "InstantSSL",
        brand: "Comodo",
        category: "organization_validation",
        sub_category: "",
        validation_method: "organization",
        wildcard: false,
        extended_validation: false,
        max_period: 3,
        number_of_domains: 1,
        included_domains_count: 1,
        max_domains: 1,
        delivery_time: "up to 2 days",
        encryption: "40/256 bits",
        order_module: "comodo",
        warranty: 10_000.0,
        price: 39.0,
    },
    Product {
        id: 40,
        name: "Positive SSL multi-domain",
        brand: "Comodo",
        category: "multi_domain",
        sub_category: "domain_validation",
        validation_method: "domain",
        wildcard: false,
        extended_validation: false,
        max_period: 3,
        number_of_domains: 3,
        included_domains_count: 3,
        max_domains: 100,
        delivery_time: "10m",
        encryption: "128/256 bits",
        order_module: "comodo",
        warranty: 0.0,
        price: 29.0,
    },
    Product {
        id: 5,
        name: "RapidSSL",
        brand: "RapidSSL",
        category: "domain_validation",
        sub_category: "",
        validation_method: "domain",
        wildcard: false,
        extended_validation: false,
        max_period: 3,
        number_of_domains: 1,
        included_domains_count: 1,
        max_domains: 1,
        delivery_time: "10m",
        encryption: "40/256 bits",
        order_module: "verisign",
        warranty: 10_000.0,
        price: 12.5,
    },
];

pub struct Ssl {
    orders: BTreeMap<i64, Order>,
    /// Made at the first issue: a key takes a moment, and most stand-ins issue nothing.
    authority: Option<csr::Authority>,
    next_id: i64,
    random: Random,
}

struct Order {
    product_id: i64,
    common_name: String,
    host_names: Vec<String>,
    /// `REQ` waiting (Swagger: orderSslOrder example), `ACT` issued (nickurt's SslTest
    /// snapshots), or `CAN` cancelled (the stand-in's own).
    status: &'static str,
    csr: String,
    approver_email: String,
    /// Fields kept as sent: autorenew, handles, software, validation methods.
    fields: Map<String, Value>,
    period: i64,
    ordered: DateTime,
    active: Option<DateTime>,
    expiration: Option<DateTime>,
    reissued: Option<DateTime>,
    approver_mails_sent: u32,
    /// The certificate, PEM, once issued.
    certificate: String,
}

/// Fields of an order kept as sent, and changed by an update.
// Swagger: orderCreateOrderRequest properties.
const KEPT: &[&str] = &[
    "autorenew",
    "organization_handle",
    "technical_handle",
    "software_id",
    "domain_validation_methods",
    "enable_dns_automation",
    "signature_hash_algorithm",
];

impl Ssl {
    pub fn new() -> Self {
        let mut ssl = Ssl {
            orders: BTreeMap::new(),
            authority: None,
            next_id: 7_100_001,
            random: Random::default(),
        };
        // An issued order near its expiry, so an account has something to renew.
        let at = now();
        let ordered = at.saturating_sub(345.days());
        let id = ssl.next_id;
        ssl.next_id += 1;
        ssl.orders.insert(
            id,
            Order {
                product_id: 31,
                common_name: "shop.example.com".into(),
                host_names: vec!["shop.example.com".into()],
                status: "ACT",
                csr: String::new(),
                approver_email: "admin@example.com".into(),
                fields: Map::new(),
                period: 1,
                ordered,
                active: Some(ordered.saturating_add(1.hour())),
                expiration: Some(at.saturating_add(20.days())),
                reissued: None,
                approver_mails_sent: 1,
                certificate: String::new(),
            },
        );
        ssl
    }

    /// How many orders are active, and how many there are, for the statistics.
    pub fn counts(&self) -> (usize, usize) {
        let active = self.orders.values().filter(|o| o.status == "ACT").count();
        (active, self.orders.len())
    }

    /// Issues a waiting order: `ACT`, valid for its period from now, with a certificate of
    /// its CSR signed by the stand-in's own authority. False when there is no such order
    /// waiting.
    pub fn issue(&mut self, id: i64) -> bool {
        if self.authority.is_none() {
            self.authority = csr::Authority::new();
        }
        let Some(order) = self.orders.get_mut(&id).filter(|o| o.status == "REQ") else {
            return false;
        };
        let at = now();
        let until = at.saturating_add(order.period.years());
        order.status = "ACT";
        order.active = Some(at);
        order.expiration = Some(until);
        if let (Some(authority), Some(decoded)) = (&self.authority, csr::decode(&order.csr)) {
            let serial = u64::try_from(id).unwrap_or_default();
            order.certificate = authority
                .issue(&decoded, serial, at, until)
                .unwrap_or_default();
        }
        true
    }
}

fn product(id: i64) -> Option<&'static Product> {
    PRODUCTS.iter().find(|p| p.id == id)
}

fn product_not_found() -> Answer {
    api_error(1098, "Invalid product ID.")
}

fn order_not_found() -> Answer {
    api_error(1094, "Invalid order id")
}

fn invalid_csr() -> Answer {
    api_error(1030, "Invalid CSR")
}

fn no_common_name() -> Answer {
    api_error(1031, "Found no or invalid common name (CN) in CSR")
}

fn wrong_status(status: &str) -> Answer {
    api_error(1095, &format!("Invalid order status: {status}"))
}

/// The domain approver mailboxes are at: the name without `*.` or `www.`.
fn approver_domain(name: &str) -> String {
    let name = name.trim().trim_start_matches("*.").to_ascii_lowercase();
    name.strip_prefix("www.").map(str::to_owned).unwrap_or(name)
}

fn approver_emails_of(name: &str) -> Vec<String> {
    let domain = approver_domain(name);
    APPROVER_MAILBOXES
        .iter()
        .map(|m| format!("{m}@{domain}"))
        .collect()
}

fn price_group(price: f64) -> Value {
    json!({
        "product": {"price": price, "currency": "EUR"},
        "reseller": {"price": price, "currency": "EUR"},
    })
}

fn render_product(
    p: &Product,
    with_price: bool,
    with_software: bool,
    with_description: bool,
) -> Value {
    let prices: Vec<Value> = if with_price {
        (1..=p.max_period)
            .map(|period| {
                json!({
                    "period": period,
                    "price": price_group(p.price * period as f64),
                    // No source gives the price of an extra name; the stand-in's own.
                    "extra_domain_price": price_group(if p.max_domains > 1 { 9.0 } else { 0.0 }),
                    "extra_wildcard_domain_price": price_group(0.0),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    // S10's cassette test_ssl_retrieve_product.
    let software: Vec<Value> = if with_software {
        vec![
            json!({"id": "linux", "title": "Linux"}),
            json!({"id": "windows", "title": "Windows"}),
        ]
    } else {
        Vec::new()
    };
    // S10's cassette test_search_product, for the values that are the same for every product.
    json!({
        "id": p.id,
        "name": p.name,
        "brand_name": p.brand,
        "category": p.category,
        "sub_category": p.sub_category,
        "validation_method": p.validation_method,
        "is_wildcard_supported": p.wildcard,
        "is_extended_validation_supported": p.extended_validation,
        "is_idn_supported": false,
        "is_mobile_supported": true,
        "is_sgc_supported": false,
        "max_domains": p.max_domains,
        "included_domains_count": p.included_domains_count,
        "number_of_domains": p.number_of_domains,
        "max_period": p.max_period,
        "encryption": p.encryption,
        "delivery_time": p.delivery_time,
        "free_refund_period": "30d",
        "free_reissue_period": "lifetime",
        "root": "Chained root",
        "order_module": p.order_module,
        "warranty": price_group(p.warranty),
        "description": if with_description { format!("{} by {}", p.name, p.brand) } else { String::new() },
        "prices": prices,
        "supported_software": software,
    })
}

pub fn list_products(request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let mut all: Vec<Value> = PRODUCTS
        .iter()
        .map(|p| {
            render_product(
                p,
                truthy(&params, "with_price"),
                truthy(&params, "with_supported_software"),
                truthy(&params, "with_description"),
            )
        })
        .collect();
    sort_by_param(&mut all, &params);
    Ok(page(all, limit, offset))
}

pub fn get_product(id: &str) -> Handled {
    let p = id_of(id).and_then(product).ok_or_else(product_not_found)?;
    Ok(ok(render_product(p, true, true, true)))
}

pub fn list_approver_emails(request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    if let Some(id) = param(&params, "product_id")
        && id_of(id).and_then(product).is_none()
    {
        return Err(product_not_found());
    }
    let domain = param(&params, "domain").unwrap_or("").trim();
    if domain.is_empty() || !domain.contains('.') {
        return Err(api_error(1102, "Valid domain name required"));
    }
    let emails: Vec<Value> = approver_emails_of(domain)
        .into_iter()
        .map(Value::from)
        .collect();
    Ok(ok(json!({"results": emails})))
}

fn subject_of(body: &Map<String, Value>) -> Subject {
    Subject {
        common_name: text(body, &["common_name"]).to_owned(),
        country: text(body, &["country"]).to_ascii_uppercase(),
        state: text(body, &["state"]).to_owned(),
        locality: text(body, &["locality"]).to_owned(),
        organization: text(body, &["organization"]).to_owned(),
        unit: text(body, &["unit"]).to_owned(),
        email: text(body, &["email"]).to_owned(),
    }
}

pub fn create_csr(request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let subject = subject_of(&body);
    if subject.common_name.is_empty() {
        return Err(no_common_name());
    }
    if !subject.country.is_empty() && subject.country.len() != 2 {
        return Err(api_error(
            1030,
            "Invalid CSR: the country takes two letters",
        ));
    }
    // Swagger: csrCreateCsrRequest.bits (4096 at most; the example's 2048 by default). Below
    // 2048 `csr::create` refuses, as no key of that size can be made here.
    let bits = body.get("bits").and_then(Value::as_u64).unwrap_or(2048);
    let bits = u32::try_from(bits).unwrap_or(0);
    let names = strings(&body, "subject_alternative_name");
    let (csr, key) = csr::create(&subject, &names, bits)
        .map_err(|why| api_error(1030, &format!("Invalid CSR: {why}")))?;
    let with_config = matches!(body.get("with_config"), Some(Value::Bool(true)));
    let config = if with_config {
        format!(
            "[req]\nprompt = no\ndistinguished_name = dn\n[dn]\nCN = {}\n",
            subject.common_name
        )
    } else {
        String::new()
    };
    Ok(ok(json!({
        "csr": csr,
        "key": key,
        "command": format!("openssl req -new -newkey rsa:{bits} -nodes -sha256"),
        "config": config,
        "config_path": "",
        "key_path": "",
    })))
}

pub fn decode_csr(request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let decoded = csr::decode(text(&body, &["csr"])).ok_or_else(invalid_csr)?;
    let mut names = decoded.alternative_names.clone();
    if !decoded.subject.common_name.is_empty() && !names.contains(&decoded.subject.common_name) {
        names.insert(0, decoded.subject.common_name.clone());
    }
    let s = &decoded.subject;
    Ok(ok(json!({
        "subject": {
            "common_name": s.common_name,
            "country": s.country,
            "state": s.state,
            "locality": s.locality,
            "organization": s.organization,
            "unit": s.unit,
            "email": s.email,
        },
        "subject_alternative_name": decoded.alternative_names,
        "domain_names_count": names.len(),
        "public_key": {"bits": decoded.key_bits, "key": decoded.public_key},
        "signature_hash_algorithm": decoded.hash,
    })))
}

fn render_order(id: i64, o: &Order, root: &str) -> Value {
    let p = product(o.product_id);
    // Swagger: orderSslOrderDomainValidationStatuses example, for an order that waits; no
    // source gives them for any other status.
    let validation_statuses = if o.status == "REQ" {
        json!({"status": "open", "ca_status": "requested", "ca_order_status": "in_progress", "ca_operation": "request"})
    } else {
        json!({"status": "", "ca_status": "", "ca_order_status": "", "ca_operation": ""})
    };
    let date = |d: Option<DateTime>| d.map(format).unwrap_or_default();
    let field = |key: &str, default: Value| o.fields.get(key).cloned().unwrap_or(default);
    // S7 types.ts: `dns`, `email` or `http`.
    let validation: Vec<Value> = o
        .host_names
        .iter()
        .map(|h| json!({"host_name": h, "method": if o.approver_email.is_empty() { "dns" } else { "email" }}))
        .collect();
    let handle = |key: &str| {
        o.fields
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    json!({
        "id": id,
        "common_name": o.common_name,
        "host_names": o.host_names,
        "status": o.status,
        "product_id": o.product_id,
        "product_name": p.map_or("", |p| p.name),
        "brand_name": p.map_or("", |p| p.brand),
        "validation_method": p.map_or("", |p| p.validation_method),
        "period": o.period,
        "csr": o.csr,
        "certificate": o.certificate,
        "intermediate_certificate": "",
        "root_certificate": if o.certificate.is_empty() { "" } else { root },
        "email_approver": o.approver_email,
        "autorenew": field("autorenew", json!("off")),
        "organization_handle": handle("organization_handle"),
        "technical_handle": handle("technical_handle"),
        "software": field("software_id", json!("")),
        "domain_validation_methods": field("domain_validation_methods", Value::Array(validation)),
        "domain_validation_statuses": validation_statuses,
        "order_date": format(o.ordered),
        "active_date": date(o.active),
        "expiration_date": date(o.expiration),
        "order_ends_at": date(o.expiration),
        "reissue_at": date(o.reissued),
    })
}

fn order_mut<'a>(ssl: &'a mut Ssl, id: &str) -> Result<(i64, &'a mut Order), Answer> {
    let id = id_of(id).ok_or_else(order_not_found)?;
    ssl.orders
        .get_mut(&id)
        .map(|o| (id, o))
        .ok_or_else(order_not_found)
}

pub fn list_orders(ssl: &Ssl, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let statuses = params_all(&params, "status");
    let pattern = param(&params, "common_name_pattern");
    let handle = param(&params, "contact_handle");
    let expiring = truthy(&params, "show_expiring");
    let soon = now().saturating_add(RENEWABLE_DAYS.days());
    let mut all: Vec<Value> = ssl
        .orders
        .iter()
        .filter(|(_, o)| {
            statuses.is_empty() || statuses.iter().any(|s| s.eq_ignore_ascii_case(o.status))
        })
        .filter(|(_, o)| pattern.is_none_or(|p| glob(p, &o.common_name)))
        .filter(|(_, o)| {
            handle.is_none_or(|h| {
                ["organization_handle", "technical_handle"]
                    .iter()
                    .any(|k| o.fields.get(*k).and_then(Value::as_str) == Some(h))
            })
        })
        .filter(|(_, o)| !expiring || o.expiration.is_some_and(|e| e <= soon))
        .map(|(id, o)| render_order(*id, o, root_of(ssl)))
        .collect();
    sort_by_param(&mut all, &params);
    Ok(page(all, limit, offset))
}

pub fn get_order(ssl: &Ssl, id: &str) -> Handled {
    let id = id_of(id).ok_or_else(order_not_found)?;
    let o = ssl.orders.get(&id).ok_or_else(order_not_found)?;
    Ok(ok(render_order(id, o, root_of(ssl))))
}

/// The authority's certificate, once there is one.
fn root_of(ssl: &Ssl) -> &str {
    ssl.authority
        .as_ref()
        .map_or("", |a| a.certificate.as_str())
}

/// The CSR of a body, decoded; `None` when the body has none.
fn csr_of(body: &Map<String, Value>) -> Result<Option<(String, csr::Decoded)>, Answer> {
    let pem = text(body, &["csr"]);
    if pem.is_empty() {
        return Ok(None);
    }
    let decoded = csr::decode(pem).ok_or_else(invalid_csr)?;
    Ok(Some((pem.to_owned(), decoded)))
}

fn check_approver(email: &str, common_name: &str) -> Result<(), Answer> {
    if email.is_empty() || approver_emails_of(common_name).iter().any(|e| e == email) {
        Ok(())
    } else {
        Err(api_error(
            1046,
            &format!("{email} is not allowed to approve a certificate for {common_name}"),
        ))
    }
}

fn kept(body: &Map<String, Value>) -> Map<String, Value> {
    body.iter()
        .filter(|(k, _)| KEPT.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

pub fn create_order(ssl: &mut Ssl, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let product_id = body
        .get("product_id")
        .and_then(Value::as_i64)
        .ok_or_else(|| api_error(1097, "Empty product ID."))?;
    let p = product(product_id).ok_or_else(product_not_found)?;
    let (csr, decoded) =
        csr_of(&body)?.ok_or_else(|| api_error(1030, "Invalid CSR: it is empty"))?;
    let common_name = decoded.subject.common_name.to_ascii_lowercase();
    if common_name.is_empty() {
        return Err(no_common_name());
    }
    if common_name.starts_with("*.") && !p.wildcard {
        return Err(api_error(
            1027,
            &format!("Wildcards are not supported by {}", p.name),
        ));
    }
    let mut host_names = strings(&body, "host_names");
    if host_names.is_empty() {
        host_names = decoded.alternative_names.clone();
    }
    if host_names.is_empty() {
        host_names.push(common_name.clone());
    }
    if host_names.len() as i64 > p.max_domains {
        return Err(api_error(
            1033,
            &format!("{} covers at most {} names", p.name, p.max_domains),
        ));
    }
    let period = body.get("period").and_then(Value::as_i64).unwrap_or(1);
    if !(1..=p.max_period).contains(&period) {
        return Err(api_error(
            1021,
            &format!("Invalid period: 1 to {} years", p.max_period),
        ));
    }
    let approver_email = text(&body, &["approver_email"]).to_owned();
    check_approver(&approver_email, &common_name)?;
    let id = ssl.next_id;
    ssl.next_id += 1;
    ssl.orders.insert(
        id,
        Order {
            product_id,
            common_name,
            host_names,
            status: "REQ",
            csr,
            approver_mails_sent: u32::from(!approver_email.is_empty()),
            approver_email,
            fields: kept(&body),
            period,
            ordered: now(),
            active: None,
            expiration: None,
            reissued: None,
            certificate: String::new(),
        },
    );
    Ok(ok(json!({"id": id})))
}

pub fn update_order(ssl: &mut Ssl, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let new_csr = csr_of(&body)?;
    let (id, o) = order_mut(ssl, id)?;
    if o.status != "REQ" {
        return Err(wrong_status(o.status));
    }
    if let Some((pem, decoded)) = new_csr {
        o.common_name = decoded.subject.common_name.to_ascii_lowercase();
        o.csr = pem;
    }
    let approver = text(&body, &["approver_email"]);
    if !approver.is_empty() {
        check_approver(approver, &o.common_name)?;
        o.approver_email = approver.to_owned();
    }
    let hosts = strings(&body, "host_names");
    if !hosts.is_empty() {
        o.host_names = hosts;
    }
    o.fields.extend(kept(&body));
    Ok(ok(json!({"id": id})))
}

pub fn update_approver_email(ssl: &mut Ssl, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let (id, o) = order_mut(ssl, id)?;
    if o.status != "REQ" {
        return Err(wrong_status(o.status));
    }
    let email = text(&body, &["approver_email"]);
    if email.is_empty() {
        return Err(api_error(1045, "Invalid e-mail address for approver"));
    }
    check_approver(email, &o.common_name)?;
    o.approver_email = email.to_owned();
    o.approver_mails_sent += 1;
    Ok(ok(json!({"id": id})))
}

pub fn resend_approver_email(ssl: &mut Ssl, id: &str) -> Handled {
    let (id, o) = order_mut(ssl, id)?;
    if o.status != "REQ" {
        return Err(wrong_status(o.status));
    }
    if o.approver_email.is_empty() {
        return Err(api_error(1045, "The order has no approver e-mail"));
    }
    o.approver_mails_sent += 1;
    Ok(ok(json!({"id": id, "sent": o.approver_mails_sent})))
}

pub fn cancel_order(ssl: &mut Ssl, id: &str) -> Handled {
    let (id, o) = order_mut(ssl, id)?;
    if !matches!(o.status, "REQ" | "ACT") {
        return Err(wrong_status(o.status));
    }
    // No source gives a cancelled order's status; `CAN` is the stand-in's own.
    o.status = "CAN";
    Ok(ok(json!({"id": id})))
}

pub fn create_otp_token(ssl: &mut Ssl, id: &str) -> Handled {
    let token = format!("{:016x}", ssl.random.next_u64());
    let (id, o) = order_mut(ssl, id)?;
    if o.status == "CAN" {
        return Err(wrong_status(o.status));
    }
    Ok(ok(json!({
        "token": token,
        "uri": format!("https://ssl.example.invalid/orders/{id}?otp={token}"),
        "expire_at": format(now().saturating_add(1.hour())),
    })))
}

pub fn reissue_order(ssl: &mut Ssl, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let new_csr = csr_of(&body)?;
    let (id, o) = order_mut(ssl, id)?;
    if o.status != "ACT" {
        return Err(wrong_status(o.status));
    }
    if let Some((pem, decoded)) = new_csr {
        let name = decoded.subject.common_name.to_ascii_lowercase();
        if name != o.common_name {
            return Err(api_error(
                1030,
                "Invalid CSR: a reissue keeps the common name of the order",
            ));
        }
        o.csr = pem;
    }
    let approver = text(&body, &["approver_email"]);
    if !approver.is_empty() {
        check_approver(approver, &o.common_name)?;
        o.approver_email = approver.to_owned();
    }
    o.fields.extend(kept(&body));
    o.reissued = Some(now());
    Ok(ok(json!({"id": id})))
}

pub fn renew_order(ssl: &mut Ssl, id: &str) -> Handled {
    let (_, o) = order_mut(ssl, id)?;
    if o.status != "ACT" {
        return Err(wrong_status(o.status));
    }
    let soon = now().saturating_add(RENEWABLE_DAYS.days());
    if o.expiration.is_some_and(|e| e > soon) {
        return Err(api_error(
            25001,
            &format!("Too early to renew: renewal opens {RENEWABLE_DAYS} days before expiry"),
        ));
    }
    let renewal = Order {
        product_id: o.product_id,
        common_name: o.common_name.clone(),
        host_names: o.host_names.clone(),
        status: "REQ",
        csr: o.csr.clone(),
        approver_email: o.approver_email.clone(),
        fields: o.fields.clone(),
        period: o.period,
        ordered: now(),
        active: None,
        expiration: None,
        reissued: None,
        approver_mails_sent: 0,
        certificate: String::new(),
    };
    let new_id = ssl.next_id;
    ssl.next_id += 1;
    ssl.orders.insert(new_id, renewal);
    Ok(ok(json!({"id": new_id})))
}
