//! What each registry asks for, as data with its sources, and the checks made with it before
//! anything is sent.
//!
//! Registries ask for data that the API's schema only calls "applicable", in four places (see
//! [`Place`]). The table (`runtime/tld_rules.toml`, turned into `table.rs` by
//! `scripts/tld_rules.py`) holds what no API call returns: where a field goes, when it applies
//! (always, to individuals or companies, by the registrant's country), the values allowed, and
//! the source. `Severity::Error` only where a source states the rule and the data shows its
//! condition; anything less is a warning, so nothing the API accepts is refused.

use serde_json::Value;

use crate::tld::Tld;

mod table;
// The plain terms of the rules; `error.rs` and `catalogue.rs` name them without this module's
// checks, which call into the rest of the crate.
pub(crate) mod terms;

pub use terms::{Condition, Need, Operation, Place, Severity, TldProblem, TldRule, Who};

/// The rules for a TLD (`"ca"`, `".CA"` and `" Ca "` are one; so are `"рф"` and
/// `"xn--p1ai"`); empty for a TLD the table does not know or that needs nothing.
pub fn rules_for(tld: &str) -> &'static [TldRule] {
    let tld = Tld::new(tld);
    let mut start = None;
    for (i, rule) in table::RULES.iter().enumerate() {
        let ours = rule.tld == tld.as_str() || rule.also.contains(&tld.as_str());
        match (ours, start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => return &table::RULES[from..i],
            _ => {}
        }
    }
    start.map_or(&[], |from| &table::RULES[from..])
}

/// The source that says the TLD needs nothing beyond a plain handle (`.uk`), if one does.
pub fn nothing_required(tld: &str) -> Option<&'static str> {
    let tld = Tld::new(tld);
    table::NOTHING
        .iter()
        .find(|(name, also, _)| *name == tld.as_str() || also.contains(&tld.as_str()))
        .map(|(_, _, source)| *source)
}

/// Every rule of the table, for tools and tests.
pub fn all_rules() -> &'static [TldRule] {
    table::RULES
}

/// What a check reads, as JSON: the handles by role, and the domain request's additional data.
#[derive(Debug, Default, Clone, Copy)]
pub struct Registration<'a> {
    /// The registrant handle (`name`, `company_name`, `address`, `vat`, `additional_data`,
    /// `extension_additional_data`), as the API writes it.
    pub owner: Option<&'a Value>,
    /// The admin handle, where known.
    pub admin: Option<&'a Value>,
    /// The tech handle, where known.
    pub tech: Option<&'a Value>,
    /// The domain request's `additional_data`.
    pub domain_additional_data: Option<&'a Value>,
}

/// Every problem `registration` has for `tld` under `operation`. For [`Operation::Update`],
/// only values that are sent are checked: nothing is missing from an update.
pub fn check(tld: &str, operation: Operation, registration: Registration<'_>) -> Vec<TldProblem> {
    let tld = Tld::new(tld);
    let mut problems = Vec::new();
    for rule in rules_for(tld.as_str()) {
        let applies = operation == Operation::Update || rule.operations.contains(&operation);
        if applies {
            check_rule(rule, &tld, operation, &registration, &mut problems);
        }
    }
    problems
}

/// Whether a rule's conditions hold for its handle: `Some(true)` or `Some(false)`, or `None`
/// when the data does not say (no handle, no country).
fn condition_holds(rule: &TldRule, registration: &Registration<'_>) -> Option<bool> {
    let handle = match rule.who {
        Who::Owner => registration.owner,
        Who::Admin => registration.admin,
        Who::Tech => registration.tech,
    };
    // A rule about a handle that is not given cannot be decided: at most a warning.
    let needs_handle = rule.place != Place::DomainAdditionalData
        || rule
            .also_places
            .iter()
            .any(|p| *p != Place::DomainAdditionalData)
        || rule.when.iter().any(|c| *c != Condition::Always);
    if needs_handle && handle.is_none() {
        return None;
    }
    let mut all = Some(true);
    for condition in rule.when {
        let holds = match condition {
            Condition::Always => Some(true),
            Condition::Individual | Condition::Company => handle.map(|h| {
                let company = present(h.get("company_name"));
                company == (*condition == Condition::Company)
            }),
            Condition::OutsideEuEea => {
                country(handle).map(|c| !table::EU_EEA.contains(&c.as_str()))
            }
            Condition::InsideCountry(code) => country(handle).map(|c| c == *code),
            Condition::OutsideCountry(code) => country(handle).map(|c| c != *code),
        };
        all = match (all, holds) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (Some(true), Some(true)) => Some(true),
            _ => None,
        };
    }
    all
}

fn country(handle: Option<&Value>) -> Option<String> {
    let code = handle?.get("address")?.get("country")?.as_str()?.trim();
    (!code.is_empty()).then(|| code.to_ascii_uppercase())
}

/// Whether a JSON value counts as given: not absent, null, an empty text, list or object.
fn present(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

/// The value at a dotted path in an object.
fn at<'v>(value: Option<&'v Value>, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value?, |v, key| v.get(key))
}

/// The object a place is, for a rule's handle and the TLD: `None` when it is absent.
fn place_value<'v>(
    place: Place,
    rule: &TldRule,
    tld: &Tld,
    registration: &Registration<'v>,
) -> Option<&'v Value> {
    let handle = match rule.who {
        Who::Owner => registration.owner,
        Who::Admin => registration.admin,
        Who::Tech => registration.tech,
    };
    match place {
        Place::Handle => handle,
        Place::HandleAdditionalData => handle?.get("additional_data"),
        Place::HandleExtensionData => handle?
            .get("extension_additional_data")?
            .as_array()?
            .iter()
            .find(|entry| {
                entry
                    .get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|name| {
                        let name = Tld::new(name);
                        name == *tld
                            || name.as_str() == rule.tld
                            || rule.also.contains(&name.as_str())
                    })
            })?
            .get("data"),
        Place::DomainAdditionalData => registration.domain_additional_data,
    }
}

fn check_rule(
    rule: &TldRule,
    tld: &Tld,
    operation: Operation,
    registration: &Registration<'_>,
    problems: &mut Vec<TldProblem>,
) {
    let holds = condition_holds(rule, registration);
    if holds == Some(false) {
        return;
    }
    // An error only where the data shows the condition holds.
    let severity = if holds == Some(true) {
        rule.severity
    } else {
        Severity::Warning
    };
    let places: Vec<Place> = std::iter::once(rule.place)
        .chain(rule.also_places.iter().copied())
        .collect();
    let value_of = |field: &str| -> Option<&Value> {
        places
            .iter()
            .filter_map(|place| at(place_value(*place, rule, tld, registration), field))
            .find(|v| present(Some(v)))
    };
    let mut problem = |field: String, severity: Severity, message: String| {
        problems.push(TldProblem {
            tld: tld.as_str().to_owned(),
            place: rule.place,
            field,
            severity,
            message,
            source: rule.source,
        });
    };
    let given: Vec<(&str, &Value)> = rule
        .fields
        .iter()
        .filter_map(|f| value_of(f).map(|v| (*f, v)))
        .collect();
    // Values: a value that is sent must be one the registry takes.
    if !rule.values.is_empty() {
        for (field, value) in &given {
            let text = match value {
                Value::String(s) => s.trim().to_owned(),
                other => other.to_string(),
            };
            if !rule.values.contains(&text.as_str()) {
                problem(
                    (*field).to_owned(),
                    rule.severity,
                    format!(
                        "`{field}` in {} is {text:?}, which .{} does not take: one of {}",
                        rule.place,
                        tld.as_str(),
                        rule.values.join(", ")
                    ),
                );
            }
        }
    }
    if rule.need == Need::ExactlyOneOf && given.len() > 1 {
        let names: Vec<&str> = given.iter().map(|(f, _)| *f).collect();
        problem(
            rule.fields.join("|"),
            rule.severity,
            format!(
                "{} in {} are both given; .{} takes exactly one of them",
                names.join(" and "),
                rule.place,
                tld.as_str()
            ),
        );
    }
    // Presence: an update sends only what changes, so nothing is missing from one.
    if operation == Operation::Update {
        return;
    }
    let missing: Vec<&str> = rule
        .fields
        .iter()
        .copied()
        .filter(|f| !given.iter().any(|(g, _)| g == f))
        .collect();
    let hint = if rule.format.is_empty() {
        String::new()
    } else {
        format!(" ({})", rule.format)
    };
    match rule.need {
        Need::All => {
            for field in missing {
                problem(
                    field.to_owned(),
                    severity,
                    format!("`{field}` is needed in {}{hint}", rule.place),
                );
            }
        }
        Need::OneOf | Need::ExactlyOneOf if given.is_empty() => problem(
            rule.fields.join("|"),
            severity,
            format!(
                "one of `{}` is needed in {}{hint}",
                rule.fields.join("`, `"),
                rule.place
            ),
        ),
        _ => {}
    }
}

/// What a domain request's `check_tld` runs for a field marked `#[tld_rules(create)]` (or
/// `transfer`, `trade`): the table's rules for the domain's additional data that hold whoever
/// the registrant is, the first error as `Err`. Rules that depend on the registrant are for
/// [`check`] with the handle (`openprovider::tld_rules::check_registration`).
#[doc(hidden)]
pub fn check_domain_field<T: serde::Serialize>(
    tld: &Tld,
    operation: Operation,
    additional_data: Option<&T>,
) -> Result<(), crate::Error> {
    let value = match additional_data {
        Some(data) => serde_json::to_value(data).map_err(|e| crate::Error::InvalidRequest {
            field: "additional_data".to_owned(),
            reason: e.to_string(),
        })?,
        None => Value::Null,
    };
    match domain_data_problems(tld.as_str(), operation, &value)
        .into_iter()
        .find(|p| p.severity == Severity::Error)
    {
        Some(problem) => Err(crate::Error::Tld(Box::new(problem))),
        None => Ok(()),
    }
}

/// The problems of a domain's `additional_data` alone, by the rules that hold whoever the
/// registrant is: what `check_tld` on a domain request applies, typed or built from data.
pub(crate) fn domain_data_problems(
    tld: &str,
    operation: Operation,
    additional_data: &Value,
) -> Vec<TldProblem> {
    let registration = Registration {
        domain_additional_data: Some(additional_data),
        ..Registration::default()
    };
    check(tld, operation, registration)
        .into_iter()
        .filter(|p| p.place == Place::DomainAdditionalData)
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn spellings_of_one_tld_find_its_rules() {
        assert!(!rules_for("ca").is_empty());
        assert_eq!(rules_for(".CA"), rules_for(" Ca "));
        assert_eq!(rules_for("рф"), rules_for("xn--p1ai"));
        assert!(!rules_for("рф").is_empty());
        assert!(rules_for("uk").is_empty());
        assert!(nothing_required("co.uk").is_some());
        assert!(rules_for("example").is_empty());
    }

    #[test]
    fn every_rule_names_its_source_and_lists_fields() {
        for rule in all_rules() {
            assert!(!rule.source.trim().is_empty(), "{rule:?}");
            assert!(!rule.fields.is_empty(), "{rule:?}");
        }
    }

    #[test]
    fn ca_needs_a_legal_type_among_the_allowed_ones() {
        let owner = json!({"company_name": "Acme", "address": {"country": "CA", "state": "ON"}});
        let check_with = |data: Value| {
            check(
                "ca",
                Operation::Create,
                Registration {
                    owner: Some(&owner),
                    admin: Some(&owner),
                    tech: Some(&owner),
                    domain_additional_data: Some(&data),
                },
            )
        };
        let missing = check_with(json!({}));
        assert!(
            missing
                .iter()
                .any(|p| p.field == "legal_type" && p.severity == Severity::Error),
            "{missing:?}"
        );
        let wrong = check_with(json!({"legal_type": "XYZ"}));
        assert!(
            wrong
                .iter()
                .any(|p| p.field == "legal_type" && p.message.contains("does not take")),
            "{wrong:?}"
        );
        let fine = check_with(json!({"legal_type": "CCO"}));
        assert!(
            fine.iter().all(|p| p.severity != Severity::Error),
            "{fine:?}"
        );
    }

    #[test]
    fn an_update_is_checked_only_for_what_it_sends() {
        assert!(check("ru", Operation::Update, Registration::default()).is_empty());
    }
}
