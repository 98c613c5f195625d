//! The route table: method and path (Swagger's paths) to the area that answers, after the
//! token check. Each area gets its own store, and what it needs of another area is passed in.

use percent_encoding::percent_decode_str;
use serde_json::Value;

use crate::api::licenses::{PLESK, VIRTUOZZO};
use crate::api::resellers::Counts;
use crate::api::{
    auth, billing, contacts, customers, dns, domains, easydmarc, email_verification, emails,
    licenses, resellers, spam_expert, ssl, tags, tlds,
};
use crate::reply::{Answer, Handled, not_found};
use crate::request::{RecordedRequest, truthy};
use crate::shapes;
use crate::state::World;

pub fn answer(world: &mut World, request: &RecordedRequest) -> Answer {
    let Some(rest) = request.path.strip_prefix("/v1beta/") else {
        return not_found();
    };
    let segments: Vec<String> = rest
        .split('/')
        .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    if let ("POST", ["auth", "login"]) = (request.method.as_str(), segments.as_slice()) {
        return auth::login(&mut world.auth, request).unwrap_or_else(|e| e);
    }
    if !world.auth.token_valid(request.header("authorization")) {
        return world.auth.refusal();
    }
    let (status, mut reply) = route(world, request, &segments).unwrap_or_else(|e| e);
    if status == 200 && reply["code"] == 0 {
        // What an area does not model still comes, empty, as every documented property does.
        if let Some(shape) = shapes::of(&request.method, &segments) {
            let params = request.query_pairs();
            let left_out = shapes::left_out(|flag| truthy(&params, flag));
            shapes::complete(&mut reply["data"], shape, &left_out);
        }
        if !world.warnings.is_empty() {
            reply["warnings"] = Value::Array(std::mem::take(&mut world.warnings));
        }
    }
    (status, reply)
}

fn route(w: &mut World, request: &RecordedRequest, segments: &[&str]) -> Handled {
    let r = request;
    match (request.method.as_str(), segments) {
        ("GET", ["customers"]) => customers::list(&w.customers, r),
        ("POST", ["customers"]) => customers::create(&mut w.customers, r),
        ("GET", ["customers", handle]) => customers::get(&w.customers, handle, r),
        ("PUT", ["customers", handle]) => customers::update(&mut w.customers, handle, r),
        ("DELETE", ["customers", handle]) => {
            let in_use = w.domains.uses_handle(handle);
            customers::delete(&mut w.customers, handle, in_use)
        }
        ("GET", ["customers", "verifications", "emails", "domains"]) => {
            email_verification::list(&w.verifications, &w.domains.owners(), r)
        }
        ("POST", ["customers", "verifications", "emails", "start"]) => {
            email_verification::start(&mut w.verifications, r)
        }
        ("POST", ["customers", "verifications", "emails", "restart"]) => {
            email_verification::restart(&mut w.verifications, r)
        }
        ("POST", ["domains", "check"]) => domains::check(&w.domains, r),
        ("POST", ["domains", "trade"]) => domains::trade(&mut w.domains, &w.customers, r),
        ("POST", ["domains", "suggest-name"]) => domains::suggest_name(&w.domains, r),
        ("GET", ["domains", "prices"]) => domains::price(&w.domains, r),
        ("GET", ["domains", "additional-data"]) => domains::additional_data(r),
        ("GET", ["domains", "additional-data", "customers"]) => {
            domains::customer_additional_data(r)
        }
        ("POST", ["domains", "transfer"]) => domains::transfer(&mut w.domains, &w.customers, r),
        ("GET", ["domains"]) => domains::list(&w.domains, r),
        ("POST", ["domains"]) => domains::create(&mut w.domains, &w.customers, r),
        ("GET", ["domains", id]) => domains::get(&mut w.domains, id),
        ("PUT", ["domains", id]) => domains::update(&mut w.domains, &w.customers, id, r),
        ("DELETE", ["domains", id]) => domains::delete(&mut w.domains, id),
        ("POST", ["domains", id, "renew"]) => domains::renew(&mut w.domains, id, r),
        ("POST", ["domains", id, "restore"]) => domains::restore(&mut w.domains, id),
        ("GET", ["domains", id, "authcode"]) => domains::auth_code(&mut w.domains, id),
        ("POST", ["domains", id, "authcode", "reset"]) => {
            domains::reset_auth_code(&mut w.domains, id)
        }
        ("POST", ["domains", id, "transfer", "approve"]) => {
            domains::approve_transfer(&mut w.domains, id, r)
        }
        ("POST", ["domains", id, "transfer", "send-foa1"]) => {
            domains::send_foa1(&mut w.domains, id)
        }
        ("POST", ["domains", id, "last-operation", "restart"]) => {
            domains::try_again_last_operation(&mut w.domains, id)
        }
        ("GET", ["tlds"]) => tlds::list_tlds(r),
        ("GET", ["tlds", name]) => tlds::get_tld(name),
        ("GET", ["dns", "zones"]) => dns::list_zones(&w.dns, r),
        ("POST", ["dns", "zones"]) => dns::create_zone(&mut w.dns, r),
        ("GET", ["dns", "zones", zone]) => dns::get_zone(&w.dns, zone, r),
        ("PUT", ["dns", "zones", zone]) => dns::update_zone(&mut w.dns, zone, r),
        ("DELETE", ["dns", "zones", zone]) => dns::delete_zone(&mut w.dns, zone),
        ("GET", ["dns", "zones", zone, "records"]) => dns::list_records(&w.dns, zone, r),
        ("GET", ["dns", "nameservers"]) => dns::list_nameservers(&w.dns, r),
        ("POST", ["dns", "nameservers"]) => dns::create_nameserver(&mut w.dns, r),
        ("GET", ["dns", "nameservers", "groups"]) => dns::list_groups(&w.dns, r),
        ("POST", ["dns", "nameservers", "groups"]) => dns::create_group(&mut w.dns, r),
        ("GET", ["dns", "nameservers", "groups", group]) => dns::get_group(&w.dns, group),
        ("PUT", ["dns", "nameservers", "groups", group]) => dns::update_group(&mut w.dns, group, r),
        ("DELETE", ["dns", "nameservers", "groups", group]) => dns::delete_group(&mut w.dns, group),
        ("GET", ["dns", "nameservers", name]) => dns::get_nameserver(&w.dns, name),
        ("PUT", ["dns", "nameservers", name]) => dns::update_nameserver(&mut w.dns, name, r),
        ("DELETE", ["dns", "nameservers", name]) => dns::delete_nameserver(&mut w.dns, name),
        ("GET", ["dns", "templates"]) => dns::list_templates(&w.dns, r),
        ("POST", ["dns", "templates"]) => dns::create_template(&mut w.dns, r),
        ("GET", ["dns", "templates", id]) => dns::get_template(&w.dns, id),
        ("DELETE", ["dns", "templates", id]) => dns::delete_template(&mut w.dns, id),
        ("POST", ["dns", "domain-token"]) => dns::create_domain_token(&mut w.dns, r),
        ("GET", ["contacts"]) => contacts::list(&w.contacts, r),
        ("POST", ["contacts"]) => contacts::create(&mut w.contacts, r),
        ("GET", ["contacts", id]) => contacts::get(&w.contacts, id, r),
        ("PUT", ["contacts", id]) => contacts::update(&mut w.contacts, id, r),
        ("DELETE", ["contacts", id]) => contacts::delete(&mut w.contacts, id),
        ("GET", ["tags"]) => tags::list(&w.tags, r),
        ("POST", ["tags"]) => tags::create(&mut w.tags, r),
        ("DELETE", ["tags"]) => tags::delete(&mut w.tags, r),
        ("GET", ["resellers"]) => resellers::get(&w.resellers, &counts(w), r),
        ("GET", ["resellers", "settings"]) => resellers::get_settings(),
        ("GET", ["resellers", "statistics"]) => resellers::get_statistics(&counts(w)),
        ("PUT", ["resellers", id]) => resellers::update(&mut w.resellers, id, r),
        ("GET", ["invoices"]) => billing::invoices(&w.billing, r),
        ("GET", ["payments"]) => billing::payments(&w.billing, r),
        ("GET", ["transactions"]) => billing::transactions(&w.billing, r),
        ("GET", ["ssl", "approver-emails"]) => ssl::list_approver_emails(r),
        ("POST", ["ssl", "csr"]) => ssl::create_csr(r),
        ("POST", ["ssl", "csr", "decode"]) => ssl::decode_csr(r),
        ("GET", ["ssl", "orders"]) => ssl::list_orders(&w.ssl, r),
        ("POST", ["ssl", "orders"]) => ssl::create_order(&mut w.ssl, r),
        ("GET", ["ssl", "orders", id]) => ssl::get_order(&w.ssl, id),
        ("PUT", ["ssl", "orders", id]) => ssl::update_order(&mut w.ssl, id, r),
        ("PUT", ["ssl", "orders", id, "approver-email"]) => {
            ssl::update_approver_email(&mut w.ssl, id, r)
        }
        ("POST", ["ssl", "orders", id, "approver-email", "resend"]) => {
            ssl::resend_approver_email(&mut w.ssl, id)
        }
        ("POST", ["ssl", "orders", id, "cancel"]) => ssl::cancel_order(&mut w.ssl, id),
        ("POST", ["ssl", "orders", id, "otp-tokens"]) => ssl::create_otp_token(&mut w.ssl, id),
        ("POST", ["ssl", "orders", id, "reissue"]) => ssl::reissue_order(&mut w.ssl, id, r),
        ("POST", ["ssl", "orders", id, "renew"]) => ssl::renew_order(&mut w.ssl, id),
        ("GET", ["ssl", "products"]) => ssl::list_products(r),
        ("GET", ["ssl", "products", id]) => ssl::get_product(id),
        ("GET", ["licenses"]) => licenses::list_all(&w.licenses, r),
        ("GET", ["licenses", "items"]) => licenses::list_items(r),
        ("POST", ["licenses", "hwids", "reset", product, id]) => {
            licenses::reset_hwid(&mut w.licenses, product, id)
        }
        ("GET", ["licenses", "plesk"]) => licenses::list_product(&w.licenses, PLESK, r),
        ("POST", ["licenses", "plesk"]) => licenses::create(&mut w.licenses, PLESK, r),
        ("GET", ["licenses", "plesk", "key", id]) => licenses::get_key(&mut w.licenses, PLESK, id),
        ("GET", ["licenses", "plesk", id]) => licenses::get(&mut w.licenses, PLESK, id),
        ("PUT", ["licenses", "plesk", id]) => licenses::update(&mut w.licenses, PLESK, id, r),
        ("DELETE", ["licenses", "plesk", id]) => licenses::delete(&mut w.licenses, PLESK, id),
        ("GET", ["licenses", "virtuozzo"]) => licenses::list_product(&w.licenses, VIRTUOZZO, r),
        ("POST", ["licenses", "virtuozzo"]) => licenses::create(&mut w.licenses, VIRTUOZZO, r),
        ("GET", ["licenses", "virtuozzo", id]) => licenses::get(&mut w.licenses, VIRTUOZZO, id),
        ("PUT", ["licenses", "virtuozzo", id]) => {
            licenses::update(&mut w.licenses, VIRTUOZZO, id, r)
        }
        ("DELETE", ["licenses", "virtuozzo", id]) => {
            licenses::delete(&mut w.licenses, VIRTUOZZO, id)
        }
        ("GET", ["licenses", "virtuozzo", id, "key"]) => {
            licenses::get_key(&mut w.licenses, VIRTUOZZO, id)
        }
        ("GET", ["emails"]) => emails::list(&w.emails, r),
        ("POST", ["emails"]) => emails::create(&mut w.emails, r),
        ("PUT", ["emails", id]) => emails::update(&mut w.emails, id, r),
        ("DELETE", ["emails", id]) => emails::delete(&mut w.emails, id),
        ("POST", ["spam-expert", "domains"]) => spam_expert::create(&mut w.spam_expert, r),
        ("GET", ["spam-expert", "domains", name]) => spam_expert::get(&w.spam_expert, name, r),
        ("PUT", ["spam-expert", "domains", name]) => {
            spam_expert::update(&mut w.spam_expert, name, r)
        }
        ("DELETE", ["spam-expert", "domains", name]) => {
            spam_expert::delete(&mut w.spam_expert, name)
        }
        ("POST", ["spam-expert", "generate-login-url"]) => {
            spam_expert::login_url(&mut w.spam_expert, r)
        }
        ("GET", ["easydmarcs"]) => easydmarc::get(&w.easydmarc, r),
        ("POST", ["easydmarcs"]) => {
            let owner = body_text(r, "owner_handle");
            let exists = w.customers.exists(&owner);
            easydmarc::create(&mut w.easydmarc, exists, r)
        }
        ("GET", ["easydmarcs", "list"]) => easydmarc::list(&w.easydmarc, r),
        ("DELETE", ["easydmarcs", id]) => easydmarc::delete(&mut w.easydmarc, id),
        ("POST", ["easydmarcs", id, "retry"]) => easydmarc::retry(&mut w.easydmarc, id),
        ("GET", ["easydmarcs", id, "sso"]) => easydmarc::sso(&mut w.easydmarc, id, r),
        _ => Ok(not_found()),
    }
}

/// A text field at the top of a request's JSON body, `""` when absent.
fn body_text(request: &RecordedRequest, key: &str) -> String {
    request
        .json()
        .and_then(|v| v.get(key).and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_default()
}

fn counts(w: &World) -> Counts {
    let (ssl_active, ssl_total) = w.ssl.counts();
    Counts {
        customers: w.customers.count(),
        domains_by_status: w.domains.status_counts(),
        zones: w.dns.zone_count(),
        ssl_active,
        ssl_total,
        licenses: w.licenses.count(),
        spam_filters: w.spam_expert.count(),
    }
}
