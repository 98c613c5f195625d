//! Every catalogue entry's reply type against the Swagger document's 200 reply: a reply built
//! from the facts (`tests/fixtures/openapi-facts.json`, the `reply` of each operation) with every
//! documented property present, then decoded through the runtime's own envelope decoding.
//!
//! For each entry the test checks that
//! - the whole reply decodes;
//! - every documented property lands in a typed field. Re-serialising the decoded value cannot
//!   tell a typed `String` from the same string kept in a `serde_json::Value` or a flattened
//!   `extra` map, and an empty `extra` map says nothing of a property a type silently drops. So
//!   each property is probed instead: its value is replaced by one of a type no field of the
//!   documented type accepts (`[true]` for a scalar, `true` for an object or array, and
//!   `[[true]]` too for a list of scalars, whose item is no named property). A typed
//!   field, lenient or not, refuses it and the reply fails to decode; a `Value`, a flattened map
//!   or a dropped property swallows it and the reply still decodes, which marks the property
//!   untyped. Properties the document leaves free-form (`"object"` in the facts) are not probed;
//!   they are meant to stay a `Value`;
//! - the reply still decodes with any one property left out, except the ones the library needs
//!   ([`NEEDED`]), which must fail without it so the list stays true.
//!
//! Properties not yet typed are in [`GAPS`] with their reason. Every untyped property must be
//! covered by a gap, and every gap must still cover one: typing a field makes its gap fail until
//! it is taken out, so the list only shrinks.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

type Check = fn(Vec<u8>) -> Result<Decoded, String>;

/// A decoded reply: the paths of the fields that gave way, as the facts write paths
/// (`results.domain.name`: no `data.`, no array indexes), and the data as it serialises.
struct Decoded {
    degraded: Vec<String>,
    data: Value,
}

/// Decodes a whole envelope the way a call does.
fn check<T: DeserializeOwned + Serialize>(body: Vec<u8>) -> Result<Decoded, String> {
    openprovider::__private::decode_reply::<T>(200, body.into())
        .map(|reply| Decoded {
            data: serde_json::to_value(&reply.data).unwrap(),
            degraded: reply
                .degraded
                .iter()
                .map(|path| {
                    let mut plain = String::new();
                    let mut in_index = false;
                    for c in path.strip_prefix("data.").unwrap_or(path).chars() {
                        match c {
                            '[' => in_index = true,
                            ']' => in_index = false,
                            _ if !in_index => plain.push(c),
                            _ => {}
                        }
                    }
                    plain
                })
                .collect(),
        })
        .map_err(|err| err.to_string())
}

/// A documented string: text no lenient reading takes for a number, a boolean or a date, so a
/// field read as one of those where the document says string must give way
/// (`#[lenient(degrade)]`) rather than fail the reply.
const ANY_TEXT: &str = "zq text, not a number: 不是 7½";

/// Properties the library needs although the document does not require them: without them the
/// reply cannot be used, so decoding fails. `(entry, property path, reason)`.
const NEEDED: &[(&str, &str, &str)] = &[
    (
        "auth::login",
        "token",
        "a login is for its token; every later call sends it",
    ),
    (
        "customers::create_customer",
        "handle",
        "a new customer is known by its handle alone",
    ),
    (
        "domains::create_domain",
        "id",
        "every later call about the new domain takes its id",
    ),
    ("domains::list_domains", "results.domain.name", DOMAIN_NAME),
    (
        "domains::list_domains",
        "results.domain.extension",
        DOMAIN_NAME,
    ),
    (
        "domains::list_domains",
        "results.name_servers.name",
        NAME_SERVER,
    ),
    ("domains::get_domain", "domain.name", DOMAIN_NAME),
    ("domains::get_domain", "domain.extension", DOMAIN_NAME),
    ("domains::get_domain", "name_servers.name", NAME_SERVER),
    ("dns::list_zones", "results.records.type", RECORD_TYPE),
    ("dns::get_zone", "records.type", RECORD_TYPE),
    ("dns::list_zone_records", "results.type", RECORD_TYPE),
    (
        "dns::list_ns_groups",
        "results.name_servers.name",
        NAME_SERVER,
    ),
    ("dns::get_ns_group", "name_servers.name", NAME_SERVER),
    ("easydmarc::get_easy_dmarc", "domain.name", DOMAIN_NAME),
    ("easydmarc::get_easy_dmarc", "domain.extension", DOMAIN_NAME),
    ("easydmarc::create_easy_dmarc", "domain.name", DOMAIN_NAME),
    (
        "easydmarc::create_easy_dmarc",
        "domain.extension",
        DOMAIN_NAME,
    ),
    (
        "easydmarc::list_easy_dmarc",
        "results.domain.name",
        DOMAIN_NAME,
    ),
    (
        "easydmarc::list_easy_dmarc",
        "results.domain.extension",
        DOMAIN_NAME,
    ),
    ("easydmarc::retry_easy_dmarc", "domain.name", DOMAIN_NAME),
    (
        "easydmarc::retry_easy_dmarc",
        "domain.extension",
        DOMAIN_NAME,
    ),
];

/// Why a `DomainName` needs both parts.
const DOMAIN_NAME: &str =
    "a `DomainName` is a name and an extension; one without the other is no domain";
/// Why a name server needs its name.
const NAME_SERVER: &str = "a `Nameserver` is its host name; the addresses are only glue for it";
/// Why a record needs its type.
const RECORD_TYPE: &str = "a record's type says how to read its value (a TXT value is unquoted)";

/// Documented properties not typed yet: `(entry, property path or prefix, reason)`. An empty
/// path covers the whole reply.
const GAPS: &[(&str, &str, &str)] = &[];

/// Each entry's reply type, by `module::name`.
const REPLY_TYPES: &[(&str, Check)] = &[
    ("auth::login", check::<openprovider::auth::LoginData>),
    (
        "billing::list_invoices",
        check::<openprovider::List<openprovider::billing::Invoice>>,
    ),
    (
        "billing::list_payments",
        check::<openprovider::List<openprovider::billing::Payment>>,
    ),
    (
        "billing::list_transactions",
        check::<openprovider::List<openprovider::billing::Transaction>>,
    ),
    (
        "contacts::list_contacts",
        check::<openprovider::List<openprovider::contacts::Contact>>,
    ),
    (
        "contacts::create_contact",
        check::<openprovider::contacts::CreatedContact>,
    ),
    (
        "contacts::get_contact",
        check::<openprovider::contacts::Contact>,
    ),
    (
        "contacts::update_contact",
        check::<openprovider::common::Success>,
    ),
    (
        "contacts::delete_contact",
        check::<openprovider::common::Success>,
    ),
    (
        "customers::create_customer",
        check::<openprovider::customers::CreatedCustomer>,
    ),
    (
        "customers::get_customer",
        check::<openprovider::customers::Customer>,
    ),
    (
        "customers::list_customers",
        check::<openprovider::customers::CustomerList>,
    ),
    (
        "customers::update_customer",
        check::<openprovider::common::Success>,
    ),
    (
        "customers::delete_customer",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::list_zones",
        check::<openprovider::List<openprovider::dns::Zone>>,
    ),
    ("dns::create_zone", check::<openprovider::common::Success>),
    ("dns::get_zone", check::<openprovider::dns::Zone>),
    ("dns::update_zone", check::<openprovider::common::Success>),
    ("dns::delete_zone", check::<openprovider::common::Success>),
    (
        "dns::list_zone_records",
        check::<openprovider::List<openprovider::dns::Record>>,
    ),
    (
        "dns::list_nameservers",
        check::<openprovider::List<openprovider::dns::NameserverRecord>>,
    ),
    (
        "dns::create_nameserver",
        check::<openprovider::dns::NameserverRecord>,
    ),
    (
        "dns::get_nameserver",
        check::<openprovider::dns::NameserverRecord>,
    ),
    (
        "dns::update_nameserver",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::delete_nameserver",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::list_ns_groups",
        check::<openprovider::List<openprovider::dns::NsGroup>>,
    ),
    (
        "dns::create_ns_group",
        check::<openprovider::common::Success>,
    ),
    ("dns::get_ns_group", check::<openprovider::dns::NsGroup>),
    (
        "dns::update_ns_group",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::delete_ns_group",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::list_templates",
        check::<openprovider::List<openprovider::dns::Template>>,
    ),
    (
        "dns::create_template",
        check::<openprovider::dns::CreatedTemplate>,
    ),
    ("dns::get_template", check::<openprovider::dns::Template>),
    (
        "dns::delete_template",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::create_domain_token",
        check::<openprovider::dns::DomainToken>,
    ),
    (
        "domains::check_domain",
        check::<openprovider::domains::DomainChecks>,
    ),
    (
        "domains::create_domain",
        check::<openprovider::domains::CreatedDomain>,
    ),
    (
        "domains::list_domains",
        check::<openprovider::List<openprovider::domains::Domain>>,
    ),
    (
        "domains::get_domain",
        check::<openprovider::domains::Domain>,
    ),
    (
        "domains::update_domain",
        check::<openprovider::domains::UpdatedDomain>,
    ),
    (
        "domains::delete_domain",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "domains::renew_domain",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "domains::restore_domain",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "domains::transfer_domain",
        check::<openprovider::domains::TransferredDomain>,
    ),
    (
        "domains::trade_domain",
        check::<openprovider::domains::TradedDomain>,
    ),
    (
        "domains::suggest_name_domain",
        check::<openprovider::domains::NameSuggestions>,
    ),
    (
        "domains::approve_transfer",
        check::<openprovider::common::Success>,
    ),
    ("domains::send_foa1", check::<openprovider::common::Success>),
    (
        "domains::try_again_last_operation",
        check::<openprovider::common::Success>,
    ),
    (
        "domains::get_auth_code",
        check::<openprovider::domains::AuthCode>,
    ),
    (
        "domains::reset_auth_code",
        check::<openprovider::domains::AuthCode>,
    ),
    (
        "domains::get_price",
        check::<openprovider::domains::DomainPrice>,
    ),
    (
        "domains::get_additional_data",
        check::<Vec<openprovider::domains::AdditionalDataField>>,
    ),
    (
        "domains::get_customer_additional_data",
        check::<Vec<openprovider::domains::AdditionalDataField>>,
    ),
    (
        "easydmarc::get_easy_dmarc",
        check::<openprovider::easydmarc::EasyDmarcOrder>,
    ),
    (
        "easydmarc::create_easy_dmarc",
        check::<openprovider::easydmarc::EasyDmarcOrder>,
    ),
    (
        "easydmarc::list_easy_dmarc",
        check::<openprovider::List<openprovider::easydmarc::EasyDmarcOrder>>,
    ),
    (
        "easydmarc::delete_easy_dmarc",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "easydmarc::retry_easy_dmarc",
        check::<openprovider::easydmarc::EasyDmarcOrder>,
    ),
    (
        "easydmarc::get_easy_dmarc_sso",
        check::<openprovider::common::Link>,
    ),
    (
        "email_verification::list_domain_email_verifications",
        check::<openprovider::List<openprovider::email_verification::EmailVerification>>,
    ),
    (
        "email_verification::restart_email_verification",
        check::<openprovider::common::Success>,
    ),
    (
        "email_verification::start_email_verification",
        check::<openprovider::common::Created>,
    ),
    (
        "emails::list_emails",
        check::<openprovider::List<openprovider::emails::EmailTemplate>>,
    ),
    (
        "emails::create_email",
        check::<openprovider::common::Created>,
    ),
    (
        "emails::update_email",
        check::<openprovider::common::Success>,
    ),
    (
        "emails::delete_email",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::list_licenses",
        check::<openprovider::List<openprovider::licenses::License>>,
    ),
    (
        "licenses::reset_hwid",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::list_items",
        check::<openprovider::List<openprovider::licenses::LicenseItem>>,
    ),
    (
        "licenses::list_plesk_licenses",
        check::<openprovider::List<openprovider::licenses::License>>,
    ),
    (
        "licenses::create_plesk_license",
        check::<openprovider::licenses::CreatedLicense>,
    ),
    (
        "licenses::get_plesk_key",
        check::<openprovider::licenses::LicenseKey>,
    ),
    (
        "licenses::get_plesk_license",
        check::<openprovider::licenses::License>,
    ),
    (
        "licenses::update_plesk_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::delete_plesk_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::list_virtuozzo_licenses",
        check::<openprovider::List<openprovider::licenses::License>>,
    ),
    (
        "licenses::create_virtuozzo_license",
        check::<openprovider::licenses::CreatedLicense>,
    ),
    (
        "licenses::get_virtuozzo_license",
        check::<openprovider::licenses::License>,
    ),
    (
        "licenses::update_virtuozzo_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::delete_virtuozzo_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::get_virtuozzo_key",
        check::<openprovider::licenses::LicenseKey>,
    ),
    (
        "resellers::get_reseller",
        check::<openprovider::resellers::Reseller>,
    ),
    (
        "resellers::get_settings",
        check::<openprovider::resellers::Settings>,
    ),
    (
        "resellers::get_statistics",
        check::<openprovider::resellers::Statistics>,
    ),
    (
        "resellers::update_reseller",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::create_domain",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::get_domain",
        check::<openprovider::spam_expert::SpamExpertDomain>,
    ),
    (
        "spam_expert::update_domain",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::delete_domain",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::generate_login_url",
        check::<openprovider::common::Link>,
    ),
    (
        "ssl::list_approver_emails",
        check::<openprovider::List<String>>,
    ),
    ("ssl::create_csr", check::<openprovider::ssl::Csr>),
    ("ssl::decode_csr", check::<openprovider::ssl::DecodedCsr>),
    (
        "ssl::list_orders",
        check::<openprovider::List<openprovider::ssl::SslOrder>>,
    ),
    ("ssl::create_order", check::<openprovider::common::Created>),
    ("ssl::get_order", check::<openprovider::ssl::SslOrder>),
    ("ssl::update_order", check::<openprovider::common::Created>),
    (
        "ssl::update_approver_email_address",
        check::<openprovider::common::Created>,
    ),
    (
        "ssl::resend_approver_email",
        check::<openprovider::common::Created>,
    ),
    ("ssl::cancel_order", check::<openprovider::common::Created>),
    (
        "ssl::create_otp_token",
        check::<openprovider::ssl::OtpToken>,
    ),
    ("ssl::reissue_order", check::<openprovider::common::Created>),
    ("ssl::renew_order", check::<openprovider::common::Created>),
    (
        "ssl::list_products",
        check::<openprovider::List<openprovider::ssl::SslProduct>>,
    ),
    ("ssl::get_product", check::<openprovider::ssl::SslProduct>),
    (
        "tags::list_tags",
        check::<openprovider::List<openprovider::customers::Tag>>,
    ),
    ("tags::create_tag", check::<openprovider::common::Success>),
    ("tags::delete_tag", check::<openprovider::common::Success>),
    (
        "tlds::list_tlds",
        check::<openprovider::List<openprovider::tlds::Tld>>,
    ),
    ("tlds::get_tld", check::<openprovider::tlds::Tld>),
];

/// A value of a documented shape, with `text` for every string, nested objects filled, arrays
/// with one element.
fn build(shape: &Value, text: &str) -> Value {
    match shape {
        Value::Object(props) => Value::Object(
            props
                .iter()
                .map(|(k, v)| (k.clone(), build(v, text)))
                .collect(),
        ),
        Value::Array(item) => Value::Array(vec![build(&item[0], text)]),
        Value::String(kind) if kind.starts_with("map<") => {
            let inner = Value::String(kind["map<".len()..kind.len() - 1].to_owned());
            json!({ "key": build(&inner, text) })
        }
        // A scalar is its type, and `:format` where the document gives one.
        Value::String(kind) => match kind.split(':').next().unwrap_or_default() {
            "string" => json!(text),
            "integer" => json!(1),
            "number" => json!(1.5),
            "boolean" => json!(true),
            // "object" (free-form) and "recursive" (a type enclosing itself, filled once).
            _ => json!({}),
        },
        _ => Value::Null,
    }
}

/// Every named property of a shape, at every depth, as a dotted path (an array's item adds no
/// segment), with whether the document leaves it free-form.
fn properties(shape: &Value, prefix: &str, out: &mut Vec<(String, bool)>) {
    match shape {
        Value::Object(props) => {
            for (name, inner) in props {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                out.push((path.clone(), inner == "object"));
                properties(inner, &path, out);
            }
        }
        Value::Array(item) => properties(&item[0], prefix, out),
        _ => {}
    }
}

/// The parent object of the property at `path` and its last segment, walking into arrays'
/// first elements.
fn parent<'a>(data: &'a mut Value, path: &'a str) -> (&'a mut Map<String, Value>, &'a str) {
    let mut segments: Vec<&str> = path.split('.').collect();
    let last = segments.pop().unwrap();
    let mut at = data;
    for segment in segments {
        while let Value::Array(items) = at {
            at = &mut items[0];
        }
        at = &mut at[segment];
    }
    while let Value::Array(items) = at {
        at = &mut items[0];
    }
    (at.as_object_mut().expect("an object"), last)
}

fn envelope(data: &Value) -> Vec<u8> {
    serde_json::to_vec(&json!({"code": 0, "desc": "", "data": data})).unwrap()
}

fn covered(list: &[(&str, &str, &str)], entry: &str, path: &str) -> bool {
    list.iter().any(|(e, prefix, _)| {
        *e == entry
            && (prefix.is_empty()
                || path == *prefix
                || path
                    .strip_prefix(prefix)
                    .is_some_and(|r| r.starts_with('.')))
    })
}

fn normalised(path: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                out.push_str("{}");
            }
            '}' => inside = false,
            _ if inside => {}
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn every_documented_reply_property_decodes_into_a_typed_field() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/openapi-facts.json"),
    )
    .expect("the facts file is in the repository");
    let facts: Value = serde_json::from_str(&text).expect("the facts file is JSON");
    let shapes: BTreeMap<(String, String), Value> = facts["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .map(|op| {
            let key = (
                op["method"].as_str().unwrap().to_owned(),
                normalised(op["path"].as_str().unwrap()),
            );
            (key, op["reply"].clone())
        })
        .collect();
    let types: BTreeMap<&str, Check> = REPLY_TYPES.iter().copied().collect();

    let mut failures = Vec::new();
    let mut untyped = Vec::new();
    let (mut typed, mut free_form) = (0, 0);
    let mut gaps_used = vec![false; GAPS.len()];
    let mut needed_seen = vec![false; NEEDED.len()];
    for entry in openprovider::catalogue() {
        let name = format!("{}::{}", entry.module, entry.name);
        let Some(decode) = types.get(name.as_str()) else {
            failures.push(format!("{name}: no reply type in REPLY_TYPES"));
            continue;
        };
        let key = (entry.method.to_string(), normalised(entry.path));
        let Some(shape) = shapes.get(&key) else {
            failures.push(format!("{name}: no operation {key:?} in the facts"));
            continue;
        };
        // (a) Every string any text: the fields read as more than the document says give way.
        if let Err(err) = decode(envelope(&build(shape, ANY_TEXT))) {
            failures.push(format!(
                "{name}: the documented reply does not decode: {err}"
            ));
            continue;
        }
        // The probes below start from text every reading takes, so only the probe gives way.
        let full = build(shape, "1");
        if let Err(err) = decode(envelope(&full)) {
            failures.push(format!(
                "{name}: the documented reply with plain text does not decode: {err}"
            ));
            continue;
        }
        let mut props = Vec::new();
        properties(shape, "", &mut props);
        for (path, open) in props {
            // (c) left out.
            let mut without = full.clone();
            let (object, last) = parent(&mut without, &path);
            object.remove(last);
            let result = decode(envelope(&without));
            match NEEDED.iter().position(|(e, p, _)| *e == name && *p == path) {
                Some(i) => {
                    needed_seen[i] = true;
                    if result.is_ok() {
                        failures.push(format!(
                            "{name}: `{path}` is listed as needed but decodes without it"
                        ));
                    }
                }
                None => {
                    if let Err(err) = result {
                        failures.push(format!("{name}: fails without `{path}`: {err}"));
                    }
                }
            }
            // (b) typed.
            if open {
                free_form += 1;
                continue;
            }
            let mut probes = vec![];
            let mut with = |probe: Value| {
                let mut probed = full.clone();
                let (object, last) = parent(&mut probed, &path);
                object.insert(last.to_owned(), probe);
                probes.push(probed);
            };
            let mut copy = full.clone();
            let (object, last) = parent(&mut copy, &path);
            match &object[last] {
                // A list of scalars is probed as a whole and in its item: `Vec<Value>` takes
                // `[[true]]` where `Vec<String>` does not.
                Value::Array(items) if !items[0].is_object() => {
                    with(json!(true));
                    with(json!([[true]]));
                }
                Value::Object(_) | Value::Array(_) => with(json!(true)),
                _ => with(json!([true])),
            }
            // A probe that decodes without its field giving way was swallowed: untyped. One
            // that a `#[lenient(degrade)]` field gave way to was read by a typed field.
            if probes.into_iter().any(|probed| {
                decode(envelope(&probed)).is_ok_and(|read| !read.degraded.contains(&path))
            }) {
                match GAPS
                    .iter()
                    .position(|(e, prefix, _)| covered(&[(e, prefix, "")], &name, &path))
                {
                    Some(i) => gaps_used[i] = true,
                    None => untyped.push(format!("{name}: `{path}`")),
                }
            } else {
                typed += 1;
            }
        }
    }
    for (i, used) in gaps_used.iter().enumerate() {
        if !used {
            failures.push(format!(
                "{}: the gap `{}` is typed now; take it out of GAPS",
                GAPS[i].0, GAPS[i].1
            ));
        }
    }
    for (i, seen) in needed_seen.iter().enumerate() {
        if !seen {
            failures.push(format!(
                "{}: `{}` is listed as needed but is not documented",
                NEEDED[i].0, NEEDED[i].1
            ));
        }
    }
    eprintln!("typed reply properties: {typed}; free-form: {free_form}");
    assert!(
        untyped.is_empty(),
        "{} documented properties are not typed and not in GAPS:\n{}",
        untyped.len(),
        untyped.join("\n")
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// For every field that gives way (found as above: each documented string filled with
/// [`ANY_TEXT`]), any text in its place leaves the rest of the reply as it was: the decoded
/// reply equals the one without that property.
#[test]
fn any_text_in_a_field_that_gives_way_leaves_the_rest_of_the_reply() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};

    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/openapi-facts.json"),
    )
    .unwrap();
    let facts: Value = serde_json::from_str(&text).unwrap();
    let types: BTreeMap<&str, Check> = REPLY_TYPES.iter().copied().collect();
    // (entry, decode, the reply with plain text, the path that gives way)
    let mut cases: Vec<(String, Check, Value, String)> = Vec::new();
    for entry in openprovider::catalogue() {
        let name = format!("{}::{}", entry.module, entry.name);
        let Some(&decode) = types.get(name.as_str()) else {
            continue;
        };
        let Some(op) = facts["operations"].as_array().unwrap().iter().find(|op| {
            op["method"] == entry.method.to_string()
                && normalised(op["path"].as_str().unwrap()) == normalised(entry.path)
        }) else {
            continue;
        };
        let shape = &op["reply"];
        let Ok(read) = decode(envelope(&build(shape, ANY_TEXT))) else {
            continue;
        };
        for path in read.degraded {
            cases.push((name.clone(), decode, build(shape, "1"), path));
        }
    }
    assert!(
        cases.len() > 50,
        "the fields that give way were found ({})",
        cases.len()
    );
    let mut runner = TestRunner::new(Config {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    });
    let strategy = (0..cases.len(), any::<String>());
    runner
        .run(&strategy, |(i, text)| {
            let (name, decode, full, path) = &cases[i];
            let mut with_text = full.clone();
            let (object, last) = parent(&mut with_text, path);
            object.insert(last.to_owned(), Value::String(text.clone()));
            let mut without = full.clone();
            let (object, last) = parent(&mut without, path);
            object.remove(last);
            let read = decode(envelope(&with_text))
                .map_err(|e| TestCaseError::fail(format!("{name} `{path}` = {text:?}: {e}")))?;
            let expected = decode(envelope(&without)).unwrap();
            // Text the field can read is read; any other leaves the reply as without it.
            if !read.degraded.is_empty() {
                prop_assert_eq!(read.data, expected.data, "{} `{}` = {:?}", name, path, text);
            }
            Ok(())
        })
        .unwrap();
}
