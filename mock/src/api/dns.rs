//! DNS zones, name servers, name-server groups and templates, as the API behaves in practice:
//! writes take names relative to the zone and reads give them in full; TXT values are stored in
//! quotes, and a `remove` or `update` matches only the stored form, answering success when it
//! matched nothing; a TTL under 600 is 815 in an HTTP 500; the SOA and apex NS records are the
//! API's own and cannot change.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::random::Random;
use crate::reply::{Answer, Handled, RESELLER_ID, api_error, bad_request, ok};
use crate::request::{
    RecordedRequest, body_object, glob, id_of, number, param, text, truthy, window,
};

// reference §3.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;
// reference §11.2: below 600 is 815; 900 is the common default.
const MIN_TTL: i64 = 600;
const DEFAULT_TTL: i64 = 900;
// S10's cassette test_domain_details_with_registry_details: Openprovider's name servers.
const APEX_NAME_SERVERS: [&str; 3] = [
    "ns1.openprovider.nl",
    "ns2.openprovider.be",
    "ns3.openprovider.eu",
];

#[derive(Default)]
pub struct Dns {
    zones: BTreeMap<String, Zone>,
    next_id: i64,
    nameservers: BTreeMap<String, Value>,
    groups: BTreeMap<String, Value>,
    templates: BTreeMap<i64, Value>,
    random: Random,
}

struct Zone {
    id: i64,
    kind: String,
    /// Names relative to the zone, as written; values as stored (TXT in quotes).
    records: Vec<StoredRecord>,
    created: String,
    modified: String,
}

#[derive(Clone, PartialEq)]
struct StoredRecord {
    name: String,
    kind: String,
    value: String,
    ttl: i64,
    prio: Option<i64>,
}

impl StoredRecord {
    fn managed(&self) -> bool {
        self.kind == "SOA" || (self.kind == "NS" && self.name.is_empty())
    }

    /// The same record, as `remove` and `update` compare: name, type and value.
    fn same(&self, other: &StoredRecord) -> bool {
        self.name == other.name && self.kind == other.kind && self.value == other.value
    }
}

impl Dns {
    pub fn new() -> Self {
        Dns {
            next_id: 4_100_000,
            ..Dns::default()
        }
    }

    pub fn zone_count(&self) -> usize {
        self.zones.len()
    }

    /// The records of a zone as `list_zone_records` returns them.
    pub fn records_json(&self, zone: &str) -> Option<Vec<Value>> {
        self.zones
            .get(zone)
            .map(|z| z.records.iter().map(|r| render_record(zone, r)).collect())
    }
}

// reference §11.2; 872 is also in S10's code list.
fn zone_not_found() -> Answer {
    api_error(872, "Zone specified is not found")
}

// reference §11.5: seen live as 399 "Nameserver not found".
fn nameserver_not_found() -> Answer {
    api_error(399, "Nameserver not found")
}

// S10's code list (reference §3.3): 201 "Nameserver group name not found".
fn group_not_found() -> Answer {
    api_error(201, "Name server group not found")
}

// S10's code list (reference §3.3): 873 "Template specified is not found".
fn template_not_found() -> Answer {
    api_error(873, "Template specified is not found")
}

/// Whether a record of a write is stored (an unquoted TXT value gets its quotes) or matched
/// against the stored ones, as sent: `remove` and an update's original match only the quoted
/// form.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    Store,
    Match,
}

/// A record of a write; the name is kept as sent, relative to the zone.
fn stored_record(value: &Value, used: Use) -> Result<StoredRecord, Answer> {
    let Some(map) = value.as_object() else {
        return Err(bad_request("a record is an object"));
    };
    let kind = text(map, &["type"]).to_ascii_uppercase();
    let mut value = text(map, &["value"]).to_owned();
    if used == Use::Store && matches!(kind.as_str(), "TXT" | "SPF") && !value.starts_with('"') {
        value = quote(&value);
    }
    let ttl = number(map.get("ttl")).unwrap_or(DEFAULT_TTL);
    if ttl < MIN_TTL {
        return Err(api_error(
            815,
            "Invalid value for TTL (numerical, minimum value of 600)",
        ));
    }
    Ok(StoredRecord {
        name: text(map, &["name"]).to_owned(),
        kind,
        value,
        ttl,
        prio: number(map.get("prio")),
    })
}

fn quote(value: &str) -> String {
    let bytes: Vec<char> = value.chars().collect();
    let mut pieces = Vec::new();
    let mut current = String::new();
    for c in bytes {
        if current.len() + c.len_utf8() > 255 {
            pieces.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    pieces.push(current);
    pieces
        .iter()
        .map(|p| format!("\"{}\"", p.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn records_of(value: Option<&Value>, used: Use) -> Result<Vec<StoredRecord>, Answer> {
    value
        .and_then(Value::as_array)
        .map(|list| list.iter().map(|r| stored_record(r, used)).collect())
        .unwrap_or(Ok(Vec::new()))
}

// No source gives this refusal's code; 999 is the API's catch-all (reference §3.3).
fn unchangeable() -> Answer {
    api_error(
        999,
        "SOA and NS records of the zone apex are managed by Openprovider and cannot be changed",
    )
}

fn full_name(zone: &str, name: &str) -> String {
    if name.is_empty() {
        zone.to_owned()
    } else {
        format!("{name}.{zone}")
    }
}

fn render_record(zone: &str, r: &StoredRecord) -> Value {
    let mut out = json!({
        "name": full_name(zone, &r.name),
        "type": r.kind,
        "value": r.value,
        "ttl": r.ttl,
        // reference §11.5: record dates are "".
        "creation_date": "",
        "modification_date": "",
    });
    if let Some(prio) = r.prio {
        out["prio"] = json!(prio);
    }
    out
}

fn render_zone(name: &str, z: &Zone, with_records: bool) -> Value {
    let mut out = json!({
        "id": z.id,
        "name": name,
        "type": z.kind,
        "active": true,
        "is_deleted": false,
        "is_spamexperts_enabled": false,
        // reference §11.2.
        "provider": "openprovider",
        "reseller_id": RESELLER_ID,
        "creation_date": z.created,
        "modification_date": z.modified,
        "ip": "",
        "dnskey": "",
    });
    if with_records {
        out["records"] = Value::Array(z.records.iter().map(|r| render_record(name, r)).collect());
    }
    out
}

pub fn create_zone(state: &mut Dns, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let name = text(&body, &["domain", "name"]).to_ascii_lowercase();
    let extension = text(&body, &["domain", "extension"]).to_ascii_lowercase();
    if name.is_empty() || extension.is_empty() {
        return Err(api_error(300, "Empty domain name"));
    }
    let zone = format!("{name}.{extension}");
    if state.zones.contains_key(&zone) {
        // reference §3.3.
        return Err(api_error(805, "Zone already exists"));
    }
    // Swagger: zoneCreateZoneRequest.type, master or slave; S10's 850 for another.
    let kind = match text(&body, &["type"]) {
        "" => "master".to_owned(),
        kind @ ("master" | "slave") => kind.to_owned(),
        _ => return Err(api_error(850, "You did not choose a valid zone type")),
    };
    let records = records_of(body.get("records"), Use::Store)?;
    if records.iter().any(StoredRecord::managed) {
        return Err(unchangeable());
    }
    let now = crate::time::now_text();
    // The SOA is the API's own (reference §11.2); its fields are the stand-in's, as no
    // source shows one.
    let mut all = vec![StoredRecord {
        name: String::new(),
        kind: "SOA".into(),
        value: format!(
            "ns1.openprovider.nl dns.openprovider.eu {}01 10800 3600 604800 3600",
            now[..10].replace('-', "")
        ),
        ttl: 3600,
        prio: None,
    }];
    all.extend(APEX_NAME_SERVERS.iter().map(|ns| StoredRecord {
        name: String::new(),
        kind: "NS".into(),
        value: (*ns).to_owned(),
        ttl: 86_400,
        prio: None,
    }));
    all.extend(records);
    let id = state.next_id;
    state.next_id += 1;
    state.zones.insert(
        zone,
        Zone {
            id,
            kind,
            records: all,
            created: now.clone(),
            modified: now,
        },
    );
    Ok(ok(json!({"success": true})))
}

pub fn get_zone(state: &Dns, zone: &str, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    match state.zones.get(zone) {
        Some(z) => Ok(ok(render_zone(zone, z, truthy(&params, "with_records")))),
        None => Err(zone_not_found()),
    }
}

pub fn delete_zone(state: &mut Dns, zone: &str) -> Handled {
    match state.zones.remove(zone) {
        Some(_) => Ok(ok(json!({"success": true}))),
        None => Err(zone_not_found()),
    }
}

pub fn list_zones(state: &Dns, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let pattern = param(&params, "name_pattern");
    let with_records = truthy(&params, "with_records");
    let matches: Vec<Value> = state
        .zones
        .iter()
        .filter(|(name, _)| pattern.is_none_or(|p| glob(p, name)))
        .map(|(name, z)| render_zone(name, z, with_records))
        .collect();
    let total = matches.len();
    let results: Vec<Value> = matches.into_iter().skip(offset).take(limit).collect();
    Ok(ok(json!({"results": results, "total": total})))
}

pub fn list_records(state: &Dns, zone: &str, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let Some(z) = state.zones.get(zone) else {
        return Err(zone_not_found());
    };
    let kind = param(&params, "type");
    let pattern = param(&params, "record_name_pattern");
    let matches: Vec<Value> = z
        .records
        .iter()
        .filter(|r| kind.is_none_or(|k| k.eq_ignore_ascii_case(&r.kind)))
        .filter(|r| pattern.is_none_or(|p| glob(p, &full_name(zone, &r.name)) || glob(p, &r.name)))
        .map(|r| render_record(zone, r))
        .collect();
    let total = matches.len();
    let results: Vec<Value> = matches.into_iter().skip(offset).take(limit).collect();
    Ok(ok(json!({"results": results, "total": total})))
}

pub fn update_zone(state: &mut Dns, zone: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let Some(z) = state.zones.get_mut(zone) else {
        return Err(zone_not_found());
    };
    let changes = body.get("records").and_then(Value::as_object).cloned();
    let changes = changes.unwrap_or_default();
    let mut records = z.records.clone();
    apply(&mut records, &changes)?;
    z.records = records;
    z.modified = crate::time::now_text();
    Ok(ok(json!({"success": true})))
}

/// Applies the changes in the API's order: replace, remove, update, add. Nothing is kept when
/// any part fails.
fn apply(records: &mut Vec<StoredRecord>, changes: &Map<String, Value>) -> Result<(), Answer> {
    if let Some(replace) = changes.get("replace") {
        let new = records_of(Some(replace), Use::Store)?;
        if new.iter().any(StoredRecord::managed) {
            return Err(unchangeable());
        }
        records.retain(StoredRecord::managed);
        records.extend(new);
    }
    for gone in records_of(changes.get("remove"), Use::Match)? {
        if gone.managed() {
            return Err(unchangeable());
        }
        // Matching nothing is still success: the API's silent no-op.
        records.retain(|r| !r.same(&gone));
    }
    if let Some(pairs) = changes.get("update").and_then(Value::as_array) {
        for pair in pairs {
            let original = stored_record(
                pair.get("original_record").unwrap_or(&Value::Null),
                Use::Match,
            )?;
            let new = stored_record(pair.get("record").unwrap_or(&Value::Null), Use::Store)?;
            if original.managed() || new.managed() {
                return Err(unchangeable());
            }
            // An original that matches nothing leaves the old record and adds the new one.
            records.retain(|r| !r.same(&original));
            if !records.iter().any(|r| r.same(&new)) {
                records.push(new);
            }
        }
    }
    for new in records_of(changes.get("add"), Use::Store)? {
        if new.managed() {
            return Err(unchangeable());
        }
        if records.iter().any(|r| r.same(&new)) {
            // reference §11.2.
            return Err(api_error(817, "Duplicate record"));
        }
        records.push(new);
    }
    Ok(())
}

// Name servers, groups and templates are stored as sent, under their name or id.

pub fn list_nameservers(state: &Dns, request: &RecordedRequest) -> Handled {
    list_of(state.nameservers.values(), request)
}

pub fn create_nameserver(state: &mut Dns, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let name = text(&body, &["name"]).to_owned();
    if name.is_empty() {
        return Err(api_error(223, "Empty nameservers/nameserver group name"));
    }
    let stored = json!({"name": name, "ip": text(&body, &["ip"]), "ip6": text(&body, &["ip6"])});
    state.nameservers.insert(name, stored.clone());
    Ok(ok(stored))
}

pub fn get_nameserver(state: &Dns, name: &str) -> Handled {
    match state.nameservers.get(name) {
        Some(ns) => Ok(ok(ns.clone())),
        None => Err(nameserver_not_found()),
    }
}

pub fn update_nameserver(state: &mut Dns, name: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let ns = state
        .nameservers
        .get_mut(name)
        .ok_or_else(nameserver_not_found)?;
    for key in ["ip", "ip6"] {
        if let Some(v) = body.get(key) {
            ns[key] = v.clone();
        }
    }
    Ok(ok(json!({"success": true})))
}

pub fn delete_nameserver(state: &mut Dns, name: &str) -> Handled {
    match state.nameservers.remove(name) {
        Some(_) => Ok(ok(json!({"success": true}))),
        None => Err(nameserver_not_found()),
    }
}

pub fn list_groups(state: &Dns, request: &RecordedRequest) -> Handled {
    list_of(state.groups.values(), request)
}

pub fn create_group(state: &mut Dns, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let group = text(&body, &["ns_group"]).to_owned();
    if state.groups.contains_key(&group) {
        return Err(api_error(202, "Name server group already exists"));
    }
    let id = state.next_id;
    state.next_id += 1;
    let name_servers = body.get("name_servers").cloned().unwrap_or(json!([]));
    let count = name_servers.as_array().map_or(0, Vec::len);
    state.groups.insert(
        group.clone(),
        json!({"id": id, "ns_group": group, "name_servers": name_servers, "ns_count": count, "domain_count": 0}),
    );
    Ok(ok(json!({"success": true})))
}

pub fn get_group(state: &Dns, group: &str) -> Handled {
    match state.groups.get(group) {
        Some(g) => Ok(ok(g.clone())),
        None => Err(group_not_found()),
    }
}

pub fn update_group(state: &mut Dns, group: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let g = state.groups.get_mut(group).ok_or_else(group_not_found)?;
    if let Some(ns) = body.get("name_servers") {
        g["ns_count"] = json!(ns.as_array().map_or(0, Vec::len));
        g["name_servers"] = ns.clone();
    }
    Ok(ok(json!({"success": true})))
}

pub fn delete_group(state: &mut Dns, group: &str) -> Handled {
    match state.groups.remove(group) {
        Some(_) => Ok(ok(json!({"success": true}))),
        None => Err(group_not_found()),
    }
}

pub fn list_templates(state: &Dns, request: &RecordedRequest) -> Handled {
    list_of(state.templates.values(), request)
}

pub fn create_template(state: &mut Dns, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let id = state.next_id;
    state.next_id += 1;
    let mut stored = Value::Object(body);
    stored["id"] = json!(id);
    state.templates.insert(id, stored);
    Ok(ok(json!({"id": id})))
}

pub fn get_template(state: &Dns, id: &str) -> Handled {
    match id_of(id).and_then(|id| state.templates.get(&id)) {
        Some(t) => Ok(ok(t.clone())),
        None => Err(template_not_found()),
    }
}

pub fn delete_template(state: &mut Dns, id: &str) -> Handled {
    match id_of(id).and_then(|id| state.templates.remove(&id)) {
        Some(_) => Ok(ok(json!({"success": true}))),
        None => Err(template_not_found()),
    }
}

pub fn create_domain_token(state: &mut Dns, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let token = format!("{:032x}", state.random.next_u64());
    let domain = text(&body, &["domain"]);
    Ok(ok(
        json!({"token": token, "url": format!("https://dns.example.invalid/connect/{domain}?token={token}")}),
    ))
}

fn list_of<'a>(items: impl Iterator<Item = &'a Value>, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let all: Vec<&Value> = items.collect();
    let total = all.len();
    let results: Vec<Value> = all.into_iter().skip(offset).take(limit).cloned().collect();
    Ok(ok(json!({"results": results, "total": total})))
}
