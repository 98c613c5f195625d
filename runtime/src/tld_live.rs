//! What the API itself says a TLD needs ([`fetch`]), and the checks of a registration as a
//! whole: the owner handle with the domain request, read through [`Owner`] and
//! [`DomainRequest`], which the facade implements for its request and handle types.

use serde::de::DeserializeSeed as _;
use serde_json::{Value, json};

use crate::catalogue::EntryInfo;
use crate::client::Client;
use crate::de::Lenient;
use crate::dynamic::DynamicRequest;
use crate::error::Error;
use crate::tld::Tld;
use crate::tld_rules::{Operation, Place, Registration, Severity, TldProblem, check};

/// A registrant handle, as the checks read it: a handle about to be created, or one read
/// with its additional data (the facade's `CreateCustomerRequest` and `Customer`).
pub trait Owner {
    /// The handle as the API writes it (`company_name`, `address`, `vat`, `additional_data`,
    /// `extension_additional_data`).
    fn handle(&self) -> Value;
}

/// A domain request, as the checks read it: its TLD, its operation and its additional data.
pub trait DomainRequest {
    /// The domain's extension.
    fn tld(&self) -> String;
    /// What the request does.
    fn operation(&self) -> Operation;
    /// Its `additional_data` as the API writes it.
    fn additional_data(&self) -> Value;
}

/// Every problem a registration has for its TLD, the owner handle with the domain request,
/// before anything is sent. Rules about the admin or tech handle, which neither gives, are
/// warnings at most.
pub fn check_registration(owner: &impl Owner, domain: &impl DomainRequest) -> Vec<TldProblem> {
    let handle = owner.handle();
    let data = domain.additional_data();
    check(
        &domain.tld(),
        domain.operation(),
        Registration {
            owner: Some(&handle),
            domain_additional_data: Some(&data),
            ..Registration::default()
        },
    )
}

/// The API's own answer for a TLD, from [`fetch`]: the fields its two additional-data entries
/// list, each with whether the API calls it required and the values it offers.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LiveRules {
    /// The TLD, an A-label in lower case.
    pub tld: String,
    /// The fields, by the API's answer; names in snake_case whatever the API wrote.
    pub fields: Vec<LiveField>,
    /// The IDN scripts `get_tld` lists for the TLD, for a domain's `idn_script`.
    pub idn_scripts: Vec<String>,
}

/// A field as the API's additional-data entries describe it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LiveField {
    /// Its wire name in snake_case (`idnScript` is `idn_script`).
    pub name: String,
    /// The domain's additional data or the handle's extension data.
    pub place: Place,
    /// Whether the API says it is required.
    pub required: bool,
    /// The values it offers; empty for any.
    pub values: Vec<String>,
}

/// Where the live rules' problems say they come from.
const LIVE_SOURCE: &str = "the API's additional-data entries (tld_rules::fetch)";
/// How long a fetched answer is kept.
const KEPT_FOR: std::time::Duration = std::time::Duration::from_secs(60 * 60);

type Kept = std::collections::HashMap<(String, String), (std::time::Instant, LiveRules)>;

/// The three catalogue entries [`fetch`] asks, handed in by the crate that holds them.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct LiveEntries {
    /// `get_additional_data`: the domain's fields.
    pub domain: &'static EntryInfo,
    /// `get_customer_additional_data`: the handle's extension fields.
    pub handle: &'static EntryInfo,
    /// `get_tld`: the TLD's IDN scripts.
    pub tld: &'static EntryInfo,
}

/// Asks the API what a TLD needs through `entries`, and keeps the answer for an hour per base
/// URL. The facade's `tld_rules::fetch` calls it with its catalogue's entries.
#[doc(hidden)]
pub async fn fetch(client: &Client, tld: &str, entries: LiveEntries) -> Result<LiveRules, Error> {
    static KEPT: std::sync::Mutex<Option<Kept>> = std::sync::Mutex::new(None);
    let tld = Tld::new(tld).as_str().to_owned();
    let key = (client.base_url().to_owned(), tld.clone());
    {
        let kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((at, rules)) = kept.as_ref().and_then(|k| k.get(&key))
            && at.elapsed() < KEPT_FOR
        {
            return Ok(rules.clone());
        }
    }
    // Sent as data, through the one compiled call path, rather than as three typed calls. The
    // entries take a whole domain name; only its extension matters.
    let ask = |info: &'static EntryInfo, field: &str, value: Value| {
        let mut request = DynamicRequest::new(info);
        let set = request.set(field, value);
        async move {
            set?;
            request.send(client).await.map(|reply| reply.data)
        }
    };
    let domain = json!({"name": "example", "extension": tld});
    let for_domain = ask(entries.domain, "domain", domain.clone()).await?;
    let for_handle = ask(entries.handle, "domain", domain).await?;
    // The scripts are an extra: a TLD `get_tld` does not know still has its fields.
    let idn_scripts = match ask(entries.tld, "name", Value::String(tld.clone())).await {
        Ok(data) => strings(&data["supported_idn_scripts"], "value"),
        Err(_) => Vec::new(),
    };
    let live = |fields: &Value, place: Place| -> Vec<LiveField> {
        fields
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| LiveField {
                name: snake_case(f["name"].as_str().unwrap_or_default()),
                place,
                // Read as the typed reply reads a boolean (`true`, `"True"`, `1`); what is not
                // one is not a requirement.
                required: Lenient::<bool>::NEW
                    .deserialize(&f["required"])
                    .ok()
                    .flatten()
                    .unwrap_or(false),
                values: strings(&f["options"], "value"),
            })
            .filter(|f| !f.name.is_empty())
            .collect()
    };
    let mut fields = live(&for_domain, Place::DomainAdditionalData);
    fields.extend(live(&for_handle, Place::HandleExtensionData));
    let rules = LiveRules {
        tld,
        fields,
        idn_scripts,
    };
    KEPT.lock()
        .unwrap_or_else(|p| p.into_inner())
        .get_or_insert_with(Kept::new)
        .insert(key, (std::time::Instant::now(), rules.clone()));
    Ok(rules)
}

/// The text values of `key` in each object of a JSON array.
fn strings(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| item[key].as_str().map(str::to_owned))
        .collect()
}

/// `idnScript` as `idn_script`; `legal_type` stays.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

impl LiveRules {
    /// The table's problems ([`check_registration`]) and, added to them, what the API's answer
    /// says: a field it calls required that is missing is an error, a value it does not offer a
    /// warning; those problems name the API as their source.
    pub fn check_registration(
        &self,
        owner: &impl Owner,
        domain: &impl DomainRequest,
    ) -> Vec<TldProblem> {
        let mut problems = check_registration(owner, domain);
        let handle = owner.handle();
        let data = domain.additional_data();
        let entry = handle
            .get("extension_additional_data")
            .and_then(Value::as_array)
            .and_then(|entries| {
                entries.iter().find(|e| {
                    e.get("name")
                        .and_then(Value::as_str)
                        .is_some_and(|n| Tld::new(n).as_str() == self.tld)
                })
            })
            .and_then(|e| e.get("data"));
        for field in &self.fields {
            let place_value = match field.place {
                Place::DomainAdditionalData => Some(&data),
                _ => entry,
            };
            let value = place_value
                .and_then(|v| v.get(&field.name))
                .filter(|v| !v.is_null() && v.as_str().is_none_or(|s| !s.trim().is_empty()));
            let mut problem = |severity, message: String| {
                // The table already says it: one problem per field is enough.
                if problems
                    .iter()
                    .any(|p| p.field == field.name && p.place == field.place)
                {
                    return;
                }
                problems.push(live_problem(&self.tld, field, severity, message));
            };
            match value {
                None if field.required => problem(
                    Severity::Error,
                    format!(
                        "`{}` is needed in {}, says the API",
                        field.name, field.place
                    ),
                ),
                Some(v) if !field.values.is_empty() => {
                    let text = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                    if !field.values.contains(&text) {
                        problem(
                            Severity::Warning,
                            format!(
                                "`{}` is {text:?}; the API offers {}",
                                field.name,
                                field.values.join(", ")
                            ),
                        );
                    }
                }
                _ => {}
            }
        }
        problems
    }
}

fn live_problem(tld: &str, field: &LiveField, severity: Severity, message: String) -> TldProblem {
    TldProblem {
        tld: tld.to_owned(),
        place: field.place,
        field: field.name.clone(),
        severity,
        message,
        source: LIVE_SOURCE,
    }
}
