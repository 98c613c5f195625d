//! The route table: method and path to the area that answers, after the token check. Each area
//! gets its own store, and what it needs of another area is passed in.

use percent_encoding::percent_decode_str;
use serde_json::Value;

use crate::api::{auth, customers, dns, domains, tlds};
use crate::reply::{Answer, Handled, not_found};
use crate::request::RecordedRequest;
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
    if status == 200 && reply["code"] == 0 && !world.warnings.is_empty() {
        reply["warnings"] = Value::Array(std::mem::take(&mut world.warnings));
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
        ("POST", ["domains", "check"]) => domains::check(&w.domains, r),
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
        ("GET", ["tlds"]) => tlds::list_tlds(r),
        ("GET", ["tlds", name]) => tlds::get_tld(name),
        ("GET", ["dns", "zones"]) => dns::list_zones(&w.dns, r),
        ("POST", ["dns", "zones"]) => dns::create_zone(&mut w.dns, r),
        ("GET", ["dns", "zones", zone]) => dns::get_zone(&w.dns, zone, r),
        ("PUT", ["dns", "zones", zone]) => dns::update_zone(&mut w.dns, zone, r),
        ("DELETE", ["dns", "zones", zone]) => dns::delete_zone(&mut w.dns, zone),
        ("GET", ["dns", "zones", zone, "records"]) => dns::list_records(&w.dns, zone, r),
        (_, ["dns", rest @ ..]) => dns::simple(&mut w.dns, r, rest),
        _ => Ok(not_found()),
    }
}
