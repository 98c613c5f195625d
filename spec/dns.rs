//! DNS: zones and their records, name servers, name-server groups and templates.
//!
//! Records change only through [`update_zone`] (`PUT /dns/zones/{name}`), with
//! [`RecordChanges`]. The API is treacherous there, and the client writes records in the form it
//! matches on, so a record as it was read removes or updates that record:
//!
//! - **Names** are sent relative to the zone (`www`, `""` for the apex), although the API returns
//!   them in full (`www.example.com`). A full name, a trailing dot, `@` and the zone's own name
//!   all work in a [`Record`]; a full name sent as it is would match nothing, and the API would
//!   still answer success.
//! - **TXT values** are sent in the double quotes the API stores them in, split into quoted
//!   strings of at most 255 bytes, and read back unquoted and joined: a value read equals the
//!   value written. The API accepts an unquoted `add`, but its `remove` and `update` match the
//!   quoted form only.
//! - **`prio`** is always sent for MX and SRV records (0 when unset).
//! - **TTLs** under 600 are refused before anything is sent (the API answers 815 with an HTTP
//!   500).
//! - **`replace`** leaves out the SOA and apex NS records, which the API manages and refuses to
//!   change, so "read all, change one, replace all" works.
//!
//! The API answers a `remove` or `update` that matched nothing with success; read the zone
//! again where it matters.

use std::collections::BTreeMap;
use std::fmt;

use crate::de::LenientDeserialize;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Value, json};

pub use crate::common::{DomainName, Nameserver, Success};
use crate::jiff::civil::DateTime;
use crate::{BodyWriter, Error, List, openprovider_endpoint};

/// The lowest TTL the API accepts.
pub const MIN_TTL: i32 = 600;
/// The longest string in a TXT record.
const TXT_STRING_MAX: usize = 255;

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists the account's zones, a page at a time. `name_pattern` takes `*` and can match
    /// more than one zone: filter for the exact name.
    pub list_zones: GET "/dns/zones" -> List<Zone> {
        /// Page size: 100 by default, at most 500.
        limit: Option<i32>,
        /// How many results to skip.
        offset: Option<i32>,
        /// Like `example.*`.
        name_pattern: Option<String>,
        /// `master` or `slave`.
        r#type: Option<String>,
        /// Adds the records to the reply.
        with_records: Option<bool>,
        /// Adds the history of changes.
        with_history: Option<bool>,
        /// Adds the zone's DNSSEC signing key.
        with_dnskey: Option<bool>,
        /// `openprovider`, or `sectigo` for premium DNS.
        provider: Option<String>,
        /// `asc` or `desc`.
        #[rename = "order_by.name"]
        order_by_name: Option<String>,
        #[rename = "order_by.creation_date"]
        order_by_creation_date: Option<String>,
        #[rename = "order_by.modification_date"]
        order_by_modification_date: Option<String>,
    }

    /// Creates a zone for a domain, with its first records. A master zone needs at least one
    /// record; the API adds the SOA and NS records itself.
    pub create_zone: POST "/dns/zones" -> Success {
        /// The domain the zone is for.
        domain: DomainName,
        /// `master` (the default here) or `slave`.
        r#type: Option<String>,
        /// The records; names relative to the zone or in full, as for [`RecordChanges`].
        #[write_with = "write_new_records"]
        records: Option<Vec<Record>>,
        /// For a slave zone: the master's address.
        master_ip: Option<String>,
        /// Start from a template's records.
        template_name: Option<String>,
        /// `openprovider`, or `sectigo` for premium DNS.
        provider: Option<String>,
        /// Premium DNS with DNSSEC.
        secured: Option<bool>,
        /// Some clients send `"off"`, others a boolean: it is sent as written.
        is_spamexperts_enabled: Option<String>,
    }

    /// Reads a zone, with its records on request. An unknown zone answers 872 (or 800).
    pub get_zone: GET "/dns/zones/{name}" -> Zone {
        /// The zone's name, like `example.com`.
        name: String,
        /// Adds the records to the reply.
        with_records: Option<bool>,
        /// Adds the history of changes.
        with_history: Option<bool>,
        /// Adds the zone's DNSSEC signing key.
        with_dnskey: Option<bool>,
        id: Option<String>,
        /// `openprovider`, or `sectigo` for premium DNS.
        provider: Option<String>,
    }

    /// Changes a zone's records: add, remove, update and replace, in one call.
    ///
    /// Each record is written in the form the API matches (see the module docs). Not safe to
    /// repeat: a repeated `add` answers 817 (duplicate record), and a repeated `update` adds.
    #[not_safe_to_repeat]
    pub update_zone: PUT "/dns/zones/{name}" -> Success {
        /// The zone's name, like `example.com`; the API's schema repeats it in the body.
        #[body]
        name: String,
        /// The changes, built with `RecordChanges::default().add(...)`.
        #[write_with = "write_record_changes"]
        records: Option<RecordChanges>,
        id: Option<i64>,
        domain: Option<DomainName>,
        r#type: Option<String>,
        master_ip: Option<String>,
        provider: Option<String>,
        is_spamexperts_enabled: Option<bool>,
        /// Premium DNS settings, as the API takes them.
        premium_dns: Option<Value>,
    }

    /// Deletes a zone and its records.
    pub delete_zone: DELETE "/dns/zones/{name}" -> Success {
        /// The zone's name, like `example.com`.
        name: String,
        id: Option<i64>,
        /// Sent as `domain.name` and `domain.extension`.
        domain: Option<DomainName>,
        provider: Option<String>,
    }

    /// Lists a zone's records, the SOA and NS records included, a page at a time.
    ///
    /// Names come in full (`www.example.com`) and TXT values unquoted, so a record read can go
    /// straight into [`RecordChanges::remove`].
    pub list_zone_records: GET "/dns/zones/{name}/records" -> List<Record> {
        /// The zone's name, like `example.com`.
        name: String,
        /// Page size: 100 by default, at most 500.
        limit: Option<i32>,
        /// How many results to skip.
        offset: Option<i32>,
        /// Like `TXT`.
        r#type: Option<String>,
        /// `*` as a wildcard: `_acme-challenge*`.
        record_name_pattern: Option<String>,
        /// Only results whose value matches, `*` as a wildcard.
        value_pattern: Option<String>,
        prio: Option<i32>,
        ttl: Option<i32>,
        zone_id: Option<i64>,
        zone_provider: Option<String>,
        #[rename = "order_by.name"]
        order_by_name: Option<String>,
        #[rename = "order_by.type"]
        order_by_type: Option<String>,
        #[rename = "order_by.value"]
        order_by_value: Option<String>,
        #[rename = "order_by.ttl"]
        order_by_ttl: Option<String>,
        #[rename = "order_by.prio"]
        order_by_prio: Option<String>,
    }

    /// Lists the account's name servers (glue records), a page at a time.
    pub list_nameservers: GET "/dns/nameservers" -> List<NameserverRecord> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// The Swagger document types this one as a string; it is a number on the wire.
        offset: Option<i32>,
        name: Option<String>,
        ip: Option<String>,
        ip6: Option<String>,
        /// `*` as a wildcard.
        pattern: Option<String>,
        order: Option<String>,
        order_by: Option<String>,
    }

    /// Creates a name server with its addresses (a glue record).
    pub create_nameserver: POST "/dns/nameservers" -> NameserverRecord {
        /// Like `ns1.example.com`.
        name: String,
        ip: Option<String>,
        ip6: Option<String>,
    }

    /// Reads a name server.
    pub get_nameserver: GET "/dns/nameservers/{name}" -> NameserverRecord {
        name: String,
    }

    /// Changes a name server's addresses.
    pub update_nameserver: PUT "/dns/nameservers/{name}" -> Success {
        /// The name server; the API's schema repeats it in the body.
        #[body]
        name: String,
        ip: Option<String>,
        ip6: Option<String>,
    }

    /// Deletes a name server.
    pub delete_nameserver: DELETE "/dns/nameservers/{name}" -> Success {
        name: String,
    }

    /// Lists the name-server groups, a page at a time.
    pub list_ns_groups: GET "/dns/nameservers/groups" -> List<NsGroup> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        /// Only results whose name-server group matches, `*` as a wildcard.
        ns_group_pattern: Option<String>,
        /// Only results whose name server's name matches, `*` as a wildcard.
        ns_name_pattern: Option<String>,
        /// Only results whose name server's IP address matches, `*` as a wildcard.
        ns_ip_pattern: Option<String>,
        /// Adds the number of domains to the reply.
        with_domain_count: Option<bool>,
        /// Adds the number of name servers to the reply.
        with_ns_count: Option<bool>,
        #[rename = "order_by.ns_group"]
        order_by_ns_group: Option<String>,
        #[rename = "order_by.domain_count"]
        order_by_domain_count: Option<String>,
        #[rename = "order_by.ns_count"]
        order_by_ns_count: Option<String>,
    }

    /// Creates a name-server group, which domains can use in place of their own name servers.
    pub create_ns_group: POST "/dns/nameservers/groups" -> Success {
        ns_group: String,
        name_servers: Vec<Nameserver>,
    }

    /// Reads a name-server group.
    pub get_ns_group: GET "/dns/nameservers/groups/{ns_group}" -> NsGroup {
        ns_group: String,
        id: Option<i64>,
    }

    /// Replaces a name-server group's name servers.
    pub update_ns_group: PUT "/dns/nameservers/groups/{ns_group}" -> Success {
        /// The group; the API's schema repeats it in the body.
        #[body]
        ns_group: String,
        name_servers: Option<Vec<Nameserver>>,
    }

    /// Deletes a name-server group; the API refuses while domains use it (203).
    pub delete_ns_group: DELETE "/dns/nameservers/groups/{ns_group}" -> Success {
        ns_group: String,
    }

    /// Lists the DNS templates, a page at a time.
    pub list_templates: GET "/dns/templates" -> List<Template> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// The Swagger document types this one as a string; it is a number on the wire.
        offset: Option<i32>,
        /// Only results whose name matches, `*` as a wildcard.
        name_pattern: Option<String>,
        /// Adds the records to the reply.
        with_records: Option<bool>,
        order: Option<String>,
        order_by: Option<String>,
    }

    /// Creates a DNS template: records new zones can start from.
    pub create_template: POST "/dns/templates" -> CreatedTemplate {
        name: String,
        records: Option<Vec<TemplateRecord>>,
        is_spamexperts_enabled: Option<bool>,
    }

    /// Reads a DNS template.
    pub get_template: GET "/dns/templates/{id}" -> Template {
        id: i64,
    }

    /// Deletes a DNS template.
    pub delete_template: DELETE "/dns/templates/{id}" -> Success {
        id: i64,
    }

    /// Creates a token for a domain's zone at a DNS provider (a one-click DNS set-up link).
    pub create_domain_token: POST "/dns/domain-token" -> DomainToken {
        /// The domain, like `example.com`.
        domain: String,
        zone_provider: Option<String>,
    }
}

/// The type of a DNS record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordType {
    /// IPv4 address.
    A,
    /// IPv6 address.
    Aaaa,
    /// Certificate authority authorisation: `0 issue "letsencrypt.org"`.
    Caa,
    /// An alias.
    Cname,
    /// Mail exchanger; has a `prio`.
    Mx,
    /// Name server; the apex ones are the API's own.
    Ns,
    /// Start of authority; the API's own.
    Soa,
    /// Sender policy (old form of an SPF TXT record).
    Spf,
    /// Service: `weight port target`, with a `prio`.
    Srv,
    /// TLS certificate association.
    Tlsa,
    /// Text; values are read and written without the API's quotes.
    Txt,
    /// A type this crate does not name, as the API wrote it.
    Other(String),
}

impl RecordType {
    /// The type as the API writes it, like `AAAA`.
    pub fn as_str(&self) -> &str {
        match self {
            RecordType::A => "A",
            RecordType::Aaaa => "AAAA",
            RecordType::Caa => "CAA",
            RecordType::Cname => "CNAME",
            RecordType::Mx => "MX",
            RecordType::Ns => "NS",
            RecordType::Soa => "SOA",
            RecordType::Spf => "SPF",
            RecordType::Srv => "SRV",
            RecordType::Tlsa => "TLSA",
            RecordType::Txt => "TXT",
            RecordType::Other(other) => other,
        }
    }

    /// A type from its name, in any case.
    pub fn parse(text: &str) -> RecordType {
        match text.to_ascii_uppercase().as_str() {
            "A" => RecordType::A,
            "AAAA" => RecordType::Aaaa,
            "CAA" => RecordType::Caa,
            "CNAME" => RecordType::Cname,
            "MX" => RecordType::Mx,
            "NS" => RecordType::Ns,
            "SOA" => RecordType::Soa,
            "SPF" => RecordType::Spf,
            "SRV" => RecordType::Srv,
            "TLSA" => RecordType::Tlsa,
            "TXT" => RecordType::Txt,
            other => RecordType::Other(other.to_owned()),
        }
    }

    /// Whether the API needs a `prio` with it.
    fn needs_prio(&self) -> bool {
        matches!(self, RecordType::Mx | RecordType::Srv)
    }

    /// Whether values are quoted strings on the wire.
    fn is_text(&self) -> bool {
        matches!(self, RecordType::Txt | RecordType::Spf)
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl Serialize for RecordType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RecordType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(RecordType::parse(&String::deserialize(d)?))
    }
}

/// A DNS record, as read from a zone or to be written to one.
///
/// Read from the API, `name` is in full (`www.example.com`) and a TXT `value` is unquoted. To
/// write, a full or a relative name both work (`www`, or `""` / the zone's name for the apex),
/// and a TXT value is given as it should read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Record {
    /// The name, in full or relative to the zone.
    pub name: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: RecordType,
    /// The value, unquoted for TXT.
    pub value: String,
    /// Seconds; at least 600. `None` leaves it to the API (its default is 900 for new records).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i32>,
    /// Priority, for MX and SRV.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prio: Option<i32>,
    /// When the record was made; read from the API, never sent.
    #[serde(skip_serializing)]
    pub creation_date: Option<crate::jiff::civil::DateTime>,
    /// When the record was last changed; read from the API, never sent.
    #[serde(skip_serializing)]
    pub modification_date: Option<crate::jiff::civil::DateTime>,
    /// The `ip` the API reports with the record; read from the API, never sent.
    #[serde(skip_serializing)]
    pub ip: Option<String>,
}

impl Record {
    /// A record of any type.
    pub fn new(name: impl Into<String>, kind: RecordType, value: impl Into<String>) -> Self {
        Record {
            name: name.into(),
            kind,
            value: value.into(),
            ttl: None,
            prio: None,
            creation_date: None,
            modification_date: None,
            ip: None,
        }
    }

    /// An A record: `Record::a("www", "192.0.2.1")`.
    pub fn a(name: impl Into<String>, value: impl Into<String>) -> Self {
        Record::new(name, RecordType::A, value)
    }

    /// An AAAA record.
    pub fn aaaa(name: impl Into<String>, value: impl Into<String>) -> Self {
        Record::new(name, RecordType::Aaaa, value)
    }

    /// A CNAME record.
    pub fn cname(name: impl Into<String>, value: impl Into<String>) -> Self {
        Record::new(name, RecordType::Cname, value)
    }

    /// A TXT record, with the value as it should read (no quotes needed, any length).
    pub fn txt(name: impl Into<String>, value: impl Into<String>) -> Self {
        Record::new(name, RecordType::Txt, value)
    }

    /// An MX record with its priority.
    pub fn mx(name: impl Into<String>, value: impl Into<String>, prio: i32) -> Self {
        Record {
            prio: Some(prio),
            ..Record::new(name, RecordType::Mx, value)
        }
    }

    /// Sets the TTL in seconds (at least 600).
    #[must_use]
    pub fn ttl(mut self, seconds: i32) -> Self {
        self.ttl = Some(seconds);
        self
    }

    /// Whether the API manages this record in `zone` and refuses to change it: the SOA, and the
    /// NS records of the apex.
    pub fn is_managed_by_api(&self, zone: &str) -> bool {
        match self.kind {
            RecordType::Soa => true,
            RecordType::Ns => relative_name(&self.name, zone).is_empty(),
            _ => false,
        }
    }

    /// The record as the API matches it in `zone`: the name relative, a TXT value quoted,
    /// `prio` for MX and SRV. A TTL under 600 is an error, before anything is sent.
    pub fn to_wire(&self, zone: &str) -> Result<Value, Error> {
        if let Some(ttl) = self.ttl
            && ttl < MIN_TTL
        {
            return Err(Error::InvalidRequest {
                field: "records".to_owned(),
                reason: format!(
                    "the TTL of {} {} is {ttl}, and the API refuses TTLs under {MIN_TTL}",
                    self.kind, self.name
                ),
            });
        }
        let value = if self.kind.is_text() {
            quote_txt(&self.value)
        } else {
            self.value.clone()
        };
        let mut wire = json!({
            "name": relative_name(&self.name, zone),
            "type": self.kind.as_str(),
            "value": value,
        });
        if let Some(ttl) = self.ttl {
            wire["ttl"] = json!(ttl);
        }
        match self.prio {
            Some(prio) => wire["prio"] = json!(prio),
            None if self.kind.needs_prio() => wire["prio"] = json!(0),
            None => {}
        }
        Ok(wire)
    }
}

/// How a record comes from the API, before its TXT value is unquoted.
#[derive(Deserialize)]
struct RecordOnWire {
    #[serde(default)]
    name: String,
    #[serde(rename = "type")]
    kind: RecordType,
    #[serde(default)]
    value: String,
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    ttl: Option<i64>,
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    prio: Option<i64>,
    #[serde(default, deserialize_with = "record_created")]
    creation_date: Option<crate::jiff::civil::DateTime>,
    #[serde(default, deserialize_with = "record_modified")]
    modification_date: Option<crate::jiff::civil::DateTime>,
    #[serde(default)]
    ip: Option<String>,
}

/// A record's dates give way, as `#[lenient(degrade)]` fields do: the document types them as
/// strings, and an unreadable one leaves `None` rather than failing the zone.
fn record_created<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime>, D::Error> {
    serde::de::DeserializeSeed::deserialize(
        crate::__private::DegradingScalar::<DateTime>::new("Record", "creation_date", false),
        d,
    )
}

fn record_modified<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime>, D::Error> {
    serde::de::DeserializeSeed::deserialize(
        crate::__private::DegradingScalar::<DateTime>::new("Record", "modification_date", false),
        d,
    )
}

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let wire = RecordOnWire::deserialize(d)?;
        let small = |n: Option<i64>| n.and_then(|n| i32::try_from(n).ok());
        let value = if wire.kind.is_text() {
            unquote_txt(&wire.value)
        } else {
            wire.value
        };
        Ok(Record {
            name: wire.name,
            kind: wire.kind,
            value,
            ttl: small(wire.ttl),
            prio: small(wire.prio),
            creation_date: wire.creation_date,
            modification_date: wire.modification_date,
            ip: wire.ip,
        })
    }
}

/// `name` relative to `zone`: `www.example.com`, `www.example.com.` and `www` are `www`;
/// `example.com`, `@` and `""` are `""` (the apex). Case does not matter for the zone part.
pub fn relative_name(name: &str, zone: &str) -> String {
    let name = name.strip_suffix('.').unwrap_or(name);
    let zone = zone.strip_suffix('.').unwrap_or(zone);
    if name == "@" || name.eq_ignore_ascii_case(zone) {
        return String::new();
    }
    let cut = name.len().checked_sub(zone.len() + 1);
    if let Some(cut) = cut
        && name.is_char_boundary(cut)
        && name[cut..].starts_with('.')
        && name[cut + 1..].eq_ignore_ascii_case(zone)
    {
        return name[..cut].to_owned();
    }
    name.to_owned()
}

/// A TXT value as the API stores it: in double quotes, `"` and `\` escaped, split into strings
/// of at most 255 bytes (cut at character boundaries) separated by a space.
pub fn quote_txt(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    let mut chunk_start = 0;
    let mut pieces = Vec::new();
    for (at, c) in value.char_indices() {
        if at + c.len_utf8() - chunk_start > TXT_STRING_MAX {
            pieces.push(&value[chunk_start..at]);
            chunk_start = at;
        }
    }
    pieces.push(&value[chunk_start..]);
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push('"');
        for c in piece.chars() {
            if matches!(c, '"' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('"');
    }
    out
}

/// A TXT value as the API returns it, unquoted: `"a" "b"` is `ab`. A value that is not a
/// sequence of quoted strings is returned as it is.
pub fn unquote_txt(wire: &str) -> String {
    let mut out = String::with_capacity(wire.len());
    let mut chars = wire.trim().chars();
    let mut any = false;
    loop {
        match chars.next() {
            None if any => return out,
            None => return wire.to_owned(),
            Some(' ') if any => {}
            Some('"') => {
                any = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c) => out.push(c),
                            None => return wire.to_owned(),
                        },
                        Some(c) => out.push(c),
                        None => return wire.to_owned(),
                    }
                }
            }
            Some(_) => return wire.to_owned(),
        }
    }
}

/// Changes to a zone's records, for [`update_zone`]: records to add, remove, update (with the
/// record as it was) and a whole set to replace them with.
///
/// ```
/// use openprovider::dns::{Record, RecordChanges, UpdateZoneRequest};
///
/// let request = UpdateZoneRequest::builder("example.com")
///     .records(RecordChanges::default().add(Record::txt("_acme-challenge", "token").ttl(600)))
///     .build();
/// # let _ = request;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordChanges {
    /// Records to add.
    pub add: Vec<Record>,
    /// Records to remove, as they were read.
    pub remove: Vec<Record>,
    /// `(as it was, as it should be)` pairs.
    pub update: Vec<(Record, Record)>,
    /// When set, the zone's records become these (the SOA and apex NS records are left out).
    pub replace: Option<Vec<Record>>,
}

impl RecordChanges {
    /// Adds a record.
    // Named after the API's `add` list; it is not arithmetic, so `std::ops::Add` would mislead.
    #[allow(clippy::should_implement_trait)]
    #[must_use]
    pub fn add(mut self, record: Record) -> Self {
        self.add.push(record);
        self
    }

    /// Removes a record, given as it was read.
    #[must_use]
    pub fn remove(mut self, record: Record) -> Self {
        self.remove.push(record);
        self
    }

    /// Changes `original` (as it was read) into `new`.
    #[must_use]
    pub fn update(mut self, original: Record, new: Record) -> Self {
        self.update.push((original, new));
        self
    }

    /// Makes these the zone's records. The SOA and the apex NS records, which the API manages,
    /// are left out when sent, so a zone as it was read can be replaced with a changed copy.
    #[must_use]
    pub fn replace(mut self, records: Vec<Record>) -> Self {
        self.replace = Some(records);
        self
    }

    /// The changes as the API takes them for `zone`; see [`Record::to_wire`].
    pub fn to_wire(&self, zone: &str) -> Result<Value, Error> {
        let all = |records: &[Record]| -> Result<Vec<Value>, Error> {
            records.iter().map(|r| r.to_wire(zone)).collect()
        };
        let mut out = serde_json::Map::new();
        if !self.add.is_empty() {
            out.insert("add".into(), Value::Array(all(&self.add)?));
        }
        if !self.remove.is_empty() {
            out.insert("remove".into(), Value::Array(all(&self.remove)?));
        }
        if !self.update.is_empty() {
            let pairs = self
                .update
                .iter()
                .map(|(original, new)| {
                    Ok(json!({
                        "original_record": original.to_wire(zone)?,
                        "record": new.to_wire(zone)?,
                    }))
                })
                .collect::<Result<Vec<_>, Error>>()?;
            out.insert("update".into(), Value::Array(pairs));
        }
        if let Some(replace) = &self.replace {
            let kept: Vec<Record> = replace
                .iter()
                .filter(|r| !r.is_managed_by_api(zone))
                .cloned()
                .collect();
            out.insert("replace".into(), Value::Array(all(&kept)?));
        }
        Ok(Value::Object(out))
    }
}

/// The changes in the API's documented shape, `{"add": [..], "remove": [..], "replace": [..],
/// "update": [{"original_record": .., "record": ..}]}`, each list optional: how the command
/// line and a `DynamicRequest` give them. Records are read as replies are (TXT values without
/// their quotes), so a record as the command line printed it removes that record.
impl<'de> Deserialize<'de> for RecordChanges {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Documented {
            #[serde(default)]
            add: Vec<Record>,
            #[serde(default)]
            remove: Vec<Record>,
            #[serde(default)]
            update: Vec<Pair>,
            replace: Option<Vec<Record>>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Pair {
            original_record: Record,
            record: Record,
        }
        let documented = Documented::deserialize(deserializer)?;
        Ok(RecordChanges {
            add: documented.add,
            remove: documented.remove,
            update: documented
                .update
                .into_iter()
                .map(|pair| (pair.original_record, pair.record))
                .collect(),
            replace: documented.replace,
        })
    }
}

/// Writes `update_zone`'s records relative to the zone in its path.
fn write_record_changes(request: &UpdateZoneRequest, body: &mut BodyWriter) -> Result<(), Error> {
    match &request.records {
        Some(changes) => body.push("records", &changes.to_wire(&request.name)?),
        None => Ok(()),
    }
}

/// Writes `create_zone`'s records relative to the new zone.
fn write_new_records(request: &CreateZoneRequest, body: &mut BodyWriter) -> Result<(), Error> {
    let Some(records) = &request.records else {
        return Ok(());
    };
    let zone = request.domain.to_string();
    let wire = records
        .iter()
        .map(|r| r.to_wire(&zone))
        .collect::<Result<Vec<_>, Error>>()?;
    body.push("records", &wire)
}

/// A zone, from [`get_zone`] or [`list_zones`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Zone {
    /// The zone's id; some replies have none.
    pub id: Option<i64>,
    /// Like `example.com` (some replies add a trailing dot).
    #[serde(default)]
    pub name: String,
    /// `master` or `slave`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Whether it is active.
    pub active: Option<bool>,
    /// Whether it is deleted.
    #[serde(default)]
    pub is_deleted: bool,
    /// When it was created.
    #[lenient(degrade)]
    pub creation_date: Option<DateTime>,
    /// When it last changed.
    #[lenient(degrade)]
    pub modification_date: Option<DateTime>,
    /// With `with_records`: its records, names in full and TXT values unquoted.
    #[serde(default)]
    pub records: Vec<Record>,
    /// `openprovider` or `sectigo`.
    pub provider: Option<String>,
    /// With `with_dnskey`: the zone's DNSSEC signing key; it may be empty.
    pub dnskey: Option<String>,
    /// With `with_history`: the zone's changes.
    #[serde(default)]
    pub history: Vec<ZoneHistory>,
    /// An IP address the API reports with the zone; the API does not say what it is.
    pub ip: Option<String>,
    /// Whether it is a shadow zone: kept, but not active.
    pub is_shadow: Option<bool>,
    /// Whether spam filtering (SpamExperts) is on for the zone.
    pub is_spamexperts_enabled: Option<bool>,
    /// For a premium DNS zone: its order at Sectigo.
    pub premium_dns: Option<ZonePremiumDns>,
    /// The id of the reseller account the zone belongs to.
    pub reseller_id: Option<i64>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A name server with its addresses (a glue record).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct NameserverRecord {
    /// Like `ns1.example.com`.
    #[serde(default)]
    pub name: String,
    /// IPv4 address; `None` for `""`.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub ip: Option<String>,
    /// IPv6 address; `None` for `""`.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub ip6: Option<String>,
}

/// A name-server group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct NsGroup {
    /// The group's name.
    #[serde(default)]
    pub ns_group: String,
    /// Its id.
    pub id: Option<i64>,
    /// Its name servers.
    #[serde(default)]
    pub name_servers: Vec<Nameserver>,
    /// With `with_domain_count`: how many domains use it.
    pub domain_count: Option<i64>,
    /// With `with_ns_count`: how many name servers it has.
    pub ns_count: Option<i64>,
}

/// A record of a DNS template; names are relative, as in a zone write.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct TemplateRecord {
    /// The name, relative.
    #[serde(default)]
    pub name: String,
    /// Like `A`.
    #[serde(default, rename = "type")]
    pub kind: String,
    /// The value.
    #[serde(default)]
    pub value: String,
    /// Seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Priority, for MX and SRV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prio: Option<i64>,
    /// The record's id in the template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}

/// A DNS template.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Template {
    /// Its id.
    pub id: Option<i64>,
    /// Its name.
    #[serde(default)]
    pub name: String,
    /// With `with_records`: its records.
    #[serde(default)]
    pub records: Vec<TemplateRecord>,
    /// Whether new zones from it get spam filtering.
    pub is_spamexperts_enabled: Option<bool>,
}

/// The reply of [`create_template`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct CreatedTemplate {
    /// The new template's id.
    pub id: Option<i64>,
}

/// The reply of [`create_domain_token`]. `Debug` leaves the token and its link out: either
/// gives access to the zone.
#[derive(Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainToken {
    /// The token.
    #[serde(default)]
    pub token: String,
    /// The link that uses it.
    pub url: Option<String>,
}

impl fmt::Debug for DomainToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DomainToken")
            .field("token", &"***")
            .field("url", &self.url.as_ref().map(|_| "***"))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_relative_to_the_zone() {
        for (name, want) in [
            ("www.example.com", "www"),
            ("www.example.com.", "www"),
            ("WWW.Example.COM", "WWW"),
            ("www", "www"),
            ("_acme-challenge.sub.example.com", "_acme-challenge.sub"),
            ("example.com", ""),
            ("example.com.", ""),
            ("@", ""),
            ("", ""),
            ("*", "*"),
            ("notexample.com", "notexample.com"),
            ("www.example.com.evil", "www.example.com.evil"),
        ] {
            assert_eq!(relative_name(name, "example.com"), want, "{name}");
        }
    }

    #[test]
    fn txt_values_quote_and_unquote_back() {
        assert_eq!(quote_txt("v=spf1 -all"), "\"v=spf1 -all\"");
        assert_eq!(quote_txt(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(unquote_txt("\"v=spf1 -all\""), "v=spf1 -all");
        assert_eq!(unquote_txt("\"a\" \"b\""), "ab");
        assert_eq!(unquote_txt("plain"), "plain", "unquoted values stay");
        assert_eq!(unquote_txt("\"open"), "\"open");
        let long = "x".repeat(600);
        let quoted = quote_txt(&long);
        let pieces: Vec<&str> = quoted.split(' ').collect();
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0].len(), 255 + 2);
        assert_eq!(unquote_txt(&quoted), long);
        let wide = "é".repeat(200);
        assert_eq!(
            unquote_txt(&quote_txt(&wide)),
            wide,
            "cut at character boundaries"
        );
        for value in ["", "\"", "\\", "a\"b\\\"c", " spaced "] {
            assert_eq!(unquote_txt(&quote_txt(value)), value, "{value:?}");
        }
    }

    #[test]
    fn records_go_out_in_the_form_the_api_matches() {
        let read: Record = serde_json::from_value(json!({
            "name": "_acme-challenge.example.com", "type": "TXT",
            "value": "\"token\"", "ttl": 900, "creation_date": ""
        }))
        .unwrap();
        assert_eq!(read.value, "token");
        assert_eq!(
            read.to_wire("example.com").unwrap(),
            json!({"name": "_acme-challenge", "type": "TXT", "value": "\"token\"", "ttl": 900})
        );
        assert_eq!(
            Record::mx("example.com", "mail.example.com", 10)
                .to_wire("example.com")
                .unwrap(),
            json!({"name": "", "type": "MX", "value": "mail.example.com", "prio": 10})
        );
        let srv = Record::new("_sip._tcp", RecordType::Srv, "5 5060 sip.example.com");
        assert_eq!(srv.to_wire("example.com").unwrap()["prio"], 0);
        let err = Record::a("www", "192.0.2.1")
            .ttl(300)
            .to_wire("example.com")
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    }

    #[test]
    fn replace_leaves_out_what_the_api_manages() {
        let records = vec![
            Record::new("example.com", RecordType::Soa, "ns1 dns 1 2 3 4 5"),
            Record::new("example.com", RecordType::Ns, "ns1.openprovider.nl"),
            Record::new("sub.example.com", RecordType::Ns, "ns1.other.net"),
            Record::a("www.example.com", "192.0.2.1"),
        ];
        let wire = RecordChanges::default()
            .replace(records)
            .to_wire("example.com")
            .unwrap();
        let names: Vec<(&str, &str)> = wire["replace"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["type"].as_str().unwrap(), r["name"].as_str().unwrap()))
            .collect();
        assert_eq!(names, [("NS", "sub"), ("A", "www")]);
    }
}

/// `ZoneHistory` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ZoneHistory {
    /// When the change was made.
    #[lenient(degrade)]
    pub date: Option<crate::jiff::civil::DateTime>,
    /// The value after the change.
    pub is: Option<String>,
    /// The change's source, as the API sends it; not documented further.
    pub source: Option<String>,
    /// The value before the change.
    pub was: Option<String>,
}

/// `ZonePremiumDnsSectigo` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ZonePremiumDnsSectigo {
    /// Whether the premium DNS order renews by itself.
    pub autorenew: Option<bool>,
    /// When the premium DNS was ordered.
    #[lenient(degrade)]
    pub order_date: Option<crate::jiff::civil::DateTime>,
    /// When the premium DNS order is renewed.
    #[lenient(degrade)]
    pub renewal_date: Option<crate::jiff::civil::DateTime>,
    /// Whether DNSSEC is on for the zone.
    pub secured: Option<bool>,
    /// The zone's id at Sectigo.
    pub website_id: Option<i64>,
}

/// `ZonePremiumDns` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ZonePremiumDns {
    /// The premium DNS order at Sectigo.
    pub sectigo: Option<ZonePremiumDnsSectigo>,
}
