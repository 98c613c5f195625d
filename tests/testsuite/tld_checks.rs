//! `check_tld` on the catalogue's flagged fields (required for their TLDs, in any spelling;
//! an update is checked only for what it sends), and the TLD rules' table: every rule's fields
//! missing, present and with a value the registry does not take, and nothing refused that the
//! API accepts.

use openprovider::Error;
use openprovider::customers::{ExtensionAdditionalData, ExtensionData, UpdateCustomerRequest};

fn with_extension(tld: &str) -> UpdateCustomerRequest {
    UpdateCustomerRequest::builder("XX123456-XX")
        .extension_additional_data(vec![ExtensionAdditionalData::new(
            tld,
            ExtensionData::default(),
        )])
        .build()
}

/// A new handle for a flagged TLD needs the field; an update that does not send it does not.
#[test]
fn a_flagged_tld_needs_the_field() {
    let bare = UpdateCustomerRequest::builder("XX123456-XX").build();
    bare.check_tld("ru").unwrap();
    let err = crate::support::new_customer().check_tld("ru").unwrap_err();
    let Error::MissingForTld { field, tld, list } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*field, "extension_additional_data");
    assert_eq!(tld, "ru");
    assert!(!list);
    assert!(
        err.to_string().contains("extension_additional_data"),
        "{err}"
    );
    assert!(err.to_string().contains(".ru"), "{err}");
}

#[test]
fn the_list_must_hold_an_entry_for_that_tld() {
    let err = with_extension("eu").check_tld("ru").unwrap_err();
    assert!(
        matches!(err, Error::MissingForTld { list: true, .. }),
        "{err:?}"
    );
    with_extension("eu").check_tld("eu").unwrap();
}

#[test]
fn spellings_of_one_tld_are_the_same() {
    for spelling in ["ru", ".ru", "RU", ".Ru"] {
        with_extension("ru").check_tld(spelling).unwrap();
        assert!(
            with_extension("eu").check_tld(spelling).is_err(),
            "{spelling}"
        );
    }
    with_extension("RU").check_tld("ru").unwrap();
}

#[test]
fn unflagged_tlds_need_nothing() {
    let bare = UpdateCustomerRequest::builder("XX123456-XX").build();
    bare.check_tld("com").unwrap();
    bare.check_tld("nl").unwrap();
}

use openprovider::tld_rules::{self, Condition, Need, Operation, Place, Registration, Severity};
use serde_json::{Value, json};

/// A handle the rule's conditions hold for: an individual or a company, and an address in or
/// out of the country the rule names.
fn handle_for(rule: &tld_rules::TldRule) -> Value {
    let mut handle = json!({
        "name": {"first_name": "Ada", "last_name": "Lovelace"},
        "address": {"country": "NL", "city": "Delft", "street": "Main", "number": "1"},
    });
    for condition in rule.when {
        match condition {
            Condition::Company => handle["company_name"] = json!("Acme"),
            Condition::OutsideEuEea => handle["address"]["country"] = json!("US"),
            Condition::InsideCountry(code) => handle["address"]["country"] = json!(code),
            Condition::OutsideCountry(code) => {
                handle["address"]["country"] = json!(if *code == "US" { "NL" } else { "US" })
            }
            _ => {}
        }
    }
    handle
}

/// Puts `value` at field `field` of `place` for the rule's TLD, in the handle or the domain data.
fn put(
    handle: &mut Value,
    domain: &mut Value,
    rule: &tld_rules::TldRule,
    field: &str,
    value: Value,
) {
    let target = match rule.place {
        Place::DomainAdditionalData => domain,
        Place::Handle => handle,
        Place::HandleAdditionalData => &mut handle["additional_data"],
        Place::HandleExtensionData => {
            if handle["extension_additional_data"].is_null() {
                handle["extension_additional_data"] = json!([{"name": rule.tld, "data": {}}]);
            }
            &mut handle["extension_additional_data"][0]["data"]
        }
        _ => unreachable!(),
    };
    let mut at = target;
    let parts: Vec<&str> = field.split('.').collect();
    for part in &parts[..parts.len() - 1] {
        if at.get(*part).is_none() {
            at[*part] = json!({});
        }
        at = &mut at[*part];
    }
    at[parts[parts.len() - 1]] = value;
}

fn problems(
    rule: &tld_rules::TldRule,
    handle: &Value,
    domain: &Value,
) -> Vec<tld_rules::TldProblem> {
    let operation = if rule.operations.contains(&Operation::Create) {
        Operation::Create
    } else {
        rule.operations[0]
    };
    let who = Some(handle);
    tld_rules::check(
        rule.tld,
        operation,
        Registration {
            owner: who,
            admin: who,
            tech: who,
            domain_additional_data: Some(domain),
        },
    )
    .into_iter()
    .filter(|p| {
        p.source == rule.source
            && p.place == rule.place
            && rule
                .fields
                .iter()
                .any(|f| p.field.split('|').any(|g| g == *f))
    })
    .collect()
}

/// Every error rule of the table, for a handle its conditions hold for: its fields missing are
/// an error, present (with an allowed value) are fine, and a value it does not take is an error.
#[test]
fn every_rule_refuses_what_is_missing_or_not_allowed_and_takes_what_is_right() {
    let mut checked = 0;
    for rule in tld_rules::all_rules()
        .iter()
        .filter(|r| r.severity == Severity::Error)
    {
        let handle = handle_for(rule);
        let missing = problems(rule, &handle, &json!({}));
        assert!(
            missing.iter().any(|p| p.severity == Severity::Error),
            "{rule}: nothing missing reported"
        );

        let (mut good_handle, mut good_domain) = (handle.clone(), json!({}));
        let fill: &[&str] = match rule.need {
            Need::All => rule.fields,
            _ => &rule.fields[..1],
        };
        for field in fill {
            let value = rule.values.first().copied().unwrap_or("1234567");
            put(
                &mut good_handle,
                &mut good_domain,
                rule,
                field,
                json!(value),
            );
        }
        let good = problems(rule, &good_handle, &good_domain);
        assert!(good.is_empty(), "{rule}: {good:?}");

        if !rule.values.is_empty() {
            let (mut bad_handle, mut bad_domain) = (good_handle.clone(), good_domain.clone());
            put(
                &mut bad_handle,
                &mut bad_domain,
                rule,
                fill[0],
                json!("NOT-A-VALUE"),
            );
            let bad = problems(rule, &bad_handle, &bad_domain);
            assert!(
                bad.iter()
                    .any(|p| p.severity == Severity::Error && p.message.contains("does not take")),
                "{rule}: {bad:?}"
            );
        }
        if rule.need == Need::ExactlyOneOf {
            let (mut both_handle, mut both_domain) = (good_handle.clone(), good_domain.clone());
            put(
                &mut both_handle,
                &mut both_domain,
                rule,
                rule.fields[1],
                json!("7654321"),
            );
            assert!(
                !problems(rule, &both_handle, &both_domain).is_empty(),
                "{rule}: both given is allowed"
            );
        }
        checked += 1;
    }
    assert!(checked > 50, "{checked} error rules checked");
}

/// What the API accepts is never refused: .uk needs nothing; an individual living in the EU
/// needs no .eu data; an update that changes only the e-mail passes every TLD's check.
#[test]
fn nothing_the_api_accepts_is_refused() {
    let individual_in_nl = json!({"name": {"first_name": "Ada"}, "address": {"country": "NL"}});
    for tld in ["co.uk", "uk", "eu"] {
        let found = tld_rules::check(
            tld,
            Operation::Create,
            Registration {
                owner: Some(&individual_in_nl),
                domain_additional_data: Some(&json!({})),
                ..Registration::default()
            },
        );
        assert!(
            found.iter().all(|p| p.severity != Severity::Error),
            ".{tld}: {found:?}"
        );
    }
    // Outside the EU, the same individual needs a citizenship for .eu.
    let in_us = json!({"name": {"first_name": "Ada"}, "address": {"country": "US"}});
    let eu = tld_rules::check(
        "eu",
        Operation::Create,
        Registration {
            owner: Some(&in_us),
            ..Registration::default()
        },
    );
    assert!(
        eu.iter()
            .any(|p| p.field == "country_of_citizenship" && p.severity == Severity::Error),
        "{eu:?}"
    );
    let email_only = UpdateCustomerRequest::builder("XX123456-XX")
        .email("new@example.com")
        .build();
    for tld in ["ru", "eu", "xn--p1ai", "рф", "su", "ca", "es"] {
        email_only.check_tld(tld).unwrap();
    }
}

/// A registration checked as a whole: a .ca domain for a Canadian company needs a legal type
/// of the registry's list, and `check_tld` on the request says so before anything is sent.
#[test]
fn a_registration_is_checked_as_a_whole() {
    use openprovider::customers::{Address, CreateCustomerRequest, Name, Phone};
    use openprovider::domains::{CreateDomainRequest, DomainAdditionalData, DomainName};
    let mut address = Address::new("Main", "1", "K1A 0B1", "Ottawa", "CA");
    address.state = Some("ON".into());
    let owner = CreateCustomerRequest::builder(
        Name::new("Ada", "Lovelace"),
        address,
        Phone::new("+1", "613", "5550100"),
        "ada@example.ca",
    )
    .company_name("Acme Inc.")
    .build();
    let bare =
        CreateDomainRequest::builder(DomainName::new("acme", "ca"), 1, "AL000001-CA").build();
    let problems = tld_rules::check_registration(&owner, &bare);
    assert!(
        problems
            .iter()
            .any(|p| p.field == "legal_type" && p.severity == Severity::Error),
        "{problems:?}"
    );
    let err = bare.check_tld("ca").unwrap_err();
    assert_eq!(
        err.tld_problem().map(|p| p.field.as_str()),
        Some("legal_type")
    );

    let data: DomainAdditionalData = serde_json::from_value(json!({"legal_type": "CCO"})).unwrap();
    let with_type = CreateDomainRequest::builder(DomainName::new("acme", "ca"), 1, "AL000001-CA")
        .additional_data(data)
        .build();
    with_type.check_tld(".CA").unwrap();
    let errors: Vec<_> = tld_rules::check_registration(&owner, &with_type)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// The catalogue's `#[required_for_tlds]` on a handle's extension data and the table agree: a
/// TLD is flagged exactly when its registry needs an entry from every registrant (an error
/// rule there that always holds, or one for individuals and one for companies).
#[test]
fn the_catalogue_flags_agree_with_the_table() {
    use std::collections::{BTreeMap, BTreeSet};
    let mut whens: BTreeMap<&str, Vec<Vec<Condition>>> = BTreeMap::new();
    for rule in tld_rules::all_rules().iter().filter(|r| {
        r.severity == Severity::Error
            && r.place == Place::HandleExtensionData
            && r.who == tld_rules::Who::Owner
    }) {
        for name in std::iter::once(&rule.tld).chain(rule.also) {
            whens.entry(name).or_default().push(rule.when.to_vec());
        }
    }
    let needed: BTreeSet<String> = whens
        .into_iter()
        .filter(|(_, w)| {
            w.contains(&vec![Condition::Always])
                || (w.contains(&vec![Condition::Individual])
                    && w.contains(&vec![Condition::Company]))
        })
        .map(|(name, _)| openprovider::Tld::new(name).as_str().to_owned())
        .collect();
    for entry in ["create_customer", "update_customer"] {
        let info = openprovider::catalogue()
            .iter()
            .find(|e| e.name == entry)
            .unwrap();
        let flagged: BTreeSet<String> = info
            .field("extension_additional_data")
            .unwrap()
            .tlds
            .iter()
            .map(|t| (*t).to_owned())
            .collect();
        assert_eq!(flagged, needed, "{entry}");
    }
}

/// The Rust written from `runtime/tld_rules.toml` is what the table gives now.
#[test]
fn the_generated_rules_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join("scripts/tld_rules.py").exists() {
        // A packaged crate has no scripts: its generated files are the ones it was checked with.
        return;
    }
    let run = std::process::Command::new("python3")
        .arg(root.join("scripts/tld_rules.py"))
        .arg("--check")
        .output();
    let Ok(out) = run else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "python3 is needed to check the generated rules"
        );
        return;
    };
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The stand-in answers from the same table: its additional-data entry lists `.ca`'s
/// `legal_type` with the registry's values, and it refuses a `.ca` registration without one as
/// the API passes a registry's refusal on, 399 with the registry's words.
#[tokio::test]
async fn the_stand_in_answers_and_refuses_by_the_table() {
    use openprovider::domains::{
        CreateDomainRequest, DomainAdditionalData, DomainName, GetAdditionalDataRequest,
    };
    let (server, client) = crate::support::server_and_client().await;
    let fields = GetAdditionalDataRequest::builder()
        .domain(DomainName::new("acme", "ca"))
        .send(&client)
        .await
        .unwrap();
    let legal = fields
        .iter()
        .find(|f| f.name == "legal_type")
        .expect("legal_type listed");
    assert!(legal.required);
    let handle = crate::support::created_handle(&server, &client).await;
    let bare =
        CreateDomainRequest::builder(DomainName::new("acme", "ca"), 1, handle.as_str()).build();
    let refused = client.send(&bare).await.unwrap_err();
    assert_eq!(refused.code(), Some(399), "{refused}");
    assert!(refused.to_string().contains("legal_type"), "{refused}");
    let data: DomainAdditionalData = serde_json::from_value(json!({"legal_type": "CCO"})).unwrap();
    CreateDomainRequest::builder(DomainName::new("acme", "ca"), 1, handle.as_str())
        .additional_data(data)
        .send(&client)
        .await
        .expect("a .ca registration with a legal type");
}

/// `tld_rules::fetch` asks the API, reads its names in either spelling, keeps the answer for
/// an hour, and adds what the API requires to the table's problems, naming the API as their
/// source.
#[tokio::test]
async fn live_rules_come_from_the_api_and_are_kept() {
    use openprovider::domains::{CreateDomainRequest, DomainName};
    use openprovider_mock::CannedReply;
    let (server, client) = crate::support::server_and_client().await;
    let live = tld_rules::fetch(&client, ".CA").await.unwrap();
    assert_eq!(live.tld, "ca");
    let legal = live
        .fields
        .iter()
        .find(|f| f.name == "legal_type")
        .expect("legal_type");
    assert!(legal.required && legal.values.iter().any(|v| v == "CCO"));
    let asked = server.requests().len();
    let again = tld_rules::fetch(&client, "ca").await.unwrap();
    assert_eq!(again, live);
    assert_eq!(server.requests().len(), asked, "kept, not asked again");

    // A TLD the table does not know, whose registry the API says needs an IDN script, in its
    // camelCase spelling.
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 0, "data": [{"name": "idnScript", "type": "select", "required": true,
                "options": [{"value": "LATN", "description": "Latin"}]}]}),
        )
        .for_path("/domains/additional-data"),
    );
    server.enqueue(
        CannedReply::json(200, json!({"code": 0, "data": []}))
            .for_path("/domains/additional-data/customers"),
    );
    let other = tld_rules::fetch(&client, "example-tld").await.unwrap();
    let script = other
        .fields
        .iter()
        .find(|f| f.name == "idn_script")
        .unwrap();
    assert!(script.required);
    let owner = crate::support::new_customer();
    let domain =
        CreateDomainRequest::builder(DomainName::new("x", "example-tld"), 1, "XX1-XX").build();
    let problems = other.check_registration(&owner, &domain);
    assert!(
        problems.iter().any(|p| p.field == "idn_script"
            && p.severity == Severity::Error
            && p.source.contains("fetch")),
        "{problems:?}"
    );
}
