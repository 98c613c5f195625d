//! `#[derive(LenientDeserialize)]` reads what serde's derive with the lenient functions read: a
//! property compares the two on generated objects, and the rules serde has no twin for (null
//! as absent, duplicate keys, aliases) have their own cases.

use std::collections::BTreeMap;

use openprovider::de::LenientDeserialize;
use openprovider::jiff::civil::{Date, DateTime};
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
struct Inner {
    #[serde(default)]
    label: Option<String>,
}

/// Every kind of field the catalogue's reply types have.
#[derive(Debug, Clone, Default, PartialEq, LenientDeserialize)]
struct Ours {
    id: i64,
    #[serde(default)]
    name: String,
    count: Option<i64>,
    small: Option<i32>,
    price: Option<f64>,
    active: Option<bool>,
    #[serde(default)]
    deleted: bool,
    at: Option<DateTime>,
    day: Option<Date>,
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    nested: Option<Inner>,
    #[serde(default, deserialize_with = "openprovider::de::empty_as_none")]
    handle: Option<String>,
    #[serde(flatten)]
    extra: BTreeMap<String, Value>,
}

/// The same type, derived by serde with the lenient functions field by field, as the
/// catalogue's types were before.
#[derive(Debug, Deserialize)]
struct Theirs {
    #[serde(deserialize_with = "openprovider::de::lenient_i64")]
    id: i64,
    #[serde(default, deserialize_with = "text")]
    name: String,
    #[serde(default, deserialize_with = "openprovider::de::lenient_opt_i64")]
    count: Option<i64>,
    #[serde(default, deserialize_with = "small")]
    small: Option<i32>,
    #[serde(default, deserialize_with = "openprovider::de::lenient_opt_f64")]
    price: Option<f64>,
    #[serde(default, deserialize_with = "openprovider::de::lenient_opt_bool")]
    active: Option<bool>,
    #[serde(default, deserialize_with = "openprovider::de::lenient_bool")]
    deleted: bool,
    #[serde(default, deserialize_with = "openprovider::de::datetime")]
    at: Option<DateTime>,
    #[serde(default, deserialize_with = "openprovider::de::date")]
    day: Option<Date>,
    #[serde(default, rename = "type", deserialize_with = "optional_text")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "openprovider::de::null_as_default")]
    tags: Vec<String>,
    #[serde(default)]
    nested: Option<Inner>,
    #[serde(default, deserialize_with = "openprovider::de::empty_as_none")]
    handle: Option<String>,
    #[serde(flatten)]
    extra: BTreeMap<String, Value>,
}

fn small<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    match openprovider::de::lenient_opt_i64(d)? {
        None => Ok(None),
        Some(n) => i32::try_from(n).map(Some).map_err(serde::de::Error::custom),
    }
}

/// A scalar as its JSON text, null as absent: what the derive reads a text field as.
fn optional_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(scalar @ (Value::Number(_) | Value::Bool(_))) => Ok(Some(scalar.to_string())),
        Some(other) => Err(serde::de::Error::custom(format!("not a text: {other}"))),
    }
}

fn text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    optional_text(d).map(Option::unwrap_or_default)
}

impl From<Theirs> for Ours {
    fn from(t: Theirs) -> Self {
        Ours {
            id: t.id,
            name: t.name,
            count: t.count,
            small: t.small,
            price: t.price,
            active: t.active,
            deleted: t.deleted,
            at: t.at,
            day: t.day,
            kind: t.kind,
            tags: t.tags,
            nested: t.nested,
            handle: t.handle,
            extra: t.extra,
        }
    }
}

/// The values the API sends in fields of every type, the troublesome ones most.
fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0i64..3).prop_map(Value::from),
        Just(json!(u64::MAX)),
        Just(json!(1.5)),
        Just(json!(7.0)),
        Just(json!(1328427448)),
        prop::sample::select(vec![
            "",
            "0",
            "1",
            "12",
            " 12 ",
            "-3",
            "1.5",
            "yes",
            "no",
            "true",
            "False",
            "abc",
            "2014-05-08 19:04:11",
            "2012-02-05 7:37:28",
            "2026-11-28",
            "0000-00-00 00:00:00",
            "1328427448",
            "99999999999",
        ])
        .prop_map(Value::from),
        Just(json!({})),
        Just(json!({"label": "x"})),
        Just(json!({"label": null})),
        Just(json!(["a", "b"])),
        Just(json!([1])),
    ]
}

fn any_object() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "id", "name", "count", "small", "price", "active", "deleted", "at", "day", "type", "tags",
        "nested", "handle", "other", "kind",
    ]);
    prop::collection::btree_map(keys, any_value(), 0..10)
        .prop_map(|map| Value::Object(map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
}

/// The two decodings agree: both fail, or both give the same value.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let ours = serde_json::from_str::<Ours>(text);
    let theirs = serde_json::from_str::<Theirs>(text).map(Ours::from);
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => prop_assert_eq!(ours, theirs, "{}", text),
        (Err(_), Err(_)) => {}
        (ours, theirs) => prop_assert!(false, "{text}: ours {ours:?}, serde's {theirs:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(1024)
    })]

    #[test]
    fn reads_what_serde_with_the_lenient_functions_reads(object in any_object()) {
        // Text fields are lenient too; the twin reads them with `optional_text`.
        agree(&object.to_string())?;
        // And from a `Value`, whose deserializer hands keys and numbers over differently.
        let ours = serde_json::from_value::<Ours>(object.clone());
        let theirs = serde_json::from_value::<Theirs>(object.clone()).map(Ours::from);
        prop_assert_eq!(ours.ok(), theirs.ok(), "{}", object);
    }
}

#[test]
fn a_required_field_absent_or_null_is_a_missing_field() {
    for text in [r#"{"name": "x"}"#, r#"{"id": null}"#, r#"{"id": ""}"#] {
        let error = serde_json::from_str::<Ours>(text).unwrap_err();
        assert!(
            error.to_string().contains("missing field `id`"),
            "{text}: {error}"
        );
    }
    let ours: Ours = serde_json::from_str(r#"{"id": "7"}"#).unwrap();
    assert_eq!(
        ours,
        Ours {
            id: 7,
            ..Ours::default()
        }
    );
}

#[test]
fn a_wrong_value_names_what_was_expected_and_where() {
    let error = serde_json::from_str::<Ours>(r#"{"id": 1, "count": "lots"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .contains(r#"expected a whole number, got the string "lots""#),
        "{error}"
    );
    assert_eq!((error.line(), error.column()), (1, 25));
    let error = serde_json::from_str::<Ours>("[1, 2]").unwrap_err();
    assert!(
        error.to_string().contains("expected struct Ours"),
        "{error}"
    );
}

#[derive(Debug, Default, PartialEq, LenientDeserialize)]
struct Small {
    #[serde(default, alias = "identifier")]
    id: Option<i64>,
    #[serde(default = "seven")]
    limit: i64,
    #[serde(skip_deserializing)]
    local: Option<String>,
    #[serde(default)]
    list: Vec<i64>,
}

fn seven() -> i64 {
    7
}

#[test]
fn aliases_defaults_skips_and_repeated_keys() {
    let small: Small = serde_json::from_str(
        r#"{"identifier": 1, "local": "sent", "unknown": {"deep": [1, 2]}, "list": null}"#,
    )
    .unwrap();
    assert_eq!(
        small,
        Small {
            id: Some(1),
            limit: 7,
            local: None,
            list: Vec::new()
        }
    );
    // The last of a repeated key wins, under its name or an alias; null keeps the default.
    let small: Small =
        serde_json::from_str(r#"{"id": 1, "identifier": "2", "limit": 3, "limit": null}"#).unwrap();
    assert_eq!((small.id, small.limit), (Some(2), 3));
}

#[test]
fn the_catalogue_types_read_the_api_s_spellings() {
    use openprovider::dns::Zone;
    let zone: Zone = serde_json::from_value(json!({
        "id": "12", "name": "example.com", "active": "1", "is_deleted": "false",
        "creation_date": "2012-02-05 7:37:28", "modification_date": "0000-00-00 00:00:00",
        "records": null, "history": null, "not_documented": true
    }))
    .unwrap();
    assert_eq!(zone.id, Some(12));
    assert_eq!(zone.active, Some(true));
    assert!(!zone.is_deleted);
    assert_eq!(
        zone.creation_date,
        Some(DateTime::new(2012, 2, 5, 7, 37, 28, 0).unwrap())
    );
    assert_eq!(zone.modification_date, None);
    assert!(zone.records.is_empty() && zone.history.is_empty());

    // A phone of empty parts is none; one part set keeps it.
    use openprovider::customers::Customer;
    let customer: Customer = serde_json::from_value(json!({
        "fax": {"country_code": "", "area_code": null, "subscriber_number": ""},
        "phone": {"country_code": "+31", "area_code": "", "subscriber_number": ""}
    }))
    .unwrap();
    assert_eq!(customer.fax, None);
    assert_eq!(
        customer.phone.and_then(|p| p.country_code).as_deref(),
        Some("+31")
    );
}

/// A type of a user's own with fields that give way (`#[lenient(degrade)]`).
#[derive(Debug, Default, PartialEq, LenientDeserialize)]
struct GivesWay {
    id: i64,
    #[lenient(degrade)]
    hold: Option<bool>,
    #[lenient(degrade)]
    since: Option<DateTime>,
    #[lenient(degrade)]
    flags: Option<BTreeMap<String, bool>>,
    #[lenient(degrade)]
    key: Option<openprovider::SecretString>,
    #[serde(default)]
    name: String,
}

/// An unreadable value in a field that gives way leaves `None`, and the rest is read; a value
/// it can read is read as ever. Outside a call it is logged at once, a secret as `***`.
#[test]
fn a_field_that_gives_way_leaves_none_and_keeps_the_rest() {
    let captured = crate::support::Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let read: GivesWay = serde_json::from_value(json!({
        "id": 7,
        "hold": "not a yes or no",
        "since": {"an": "object"},
        "flags": {"a": "maybe"},
        "key": 12345,
        "name": "kept",
    }))
    .unwrap();
    assert_eq!(
        read,
        GivesWay {
            id: 7,
            name: "kept".to_owned(),
            ..GivesWay::default()
        }
    );
    let fine: GivesWay = serde_json::from_str(
        r#"{"id": 1, "hold": "yes", "since": "2026-01-31 10:00:00", "flags": {"a": true}, "key": "k"}"#,
    )
    .unwrap();
    assert_eq!(fine.hold, Some(true));
    assert!(fine.since.is_some() && fine.flags.is_some() && fine.key.is_some());

    let log = captured.text();
    assert!(
        log.contains("GivesWay.hold") && log.contains("not a yes or no"),
        "{log}"
    );
    assert!(log.contains("GivesWay.key") && log.contains("***"), "{log}");
    assert!(
        !log.contains("12345"),
        "a secret's value is never shown: {log}"
    );
    // A required field still fails the whole value.
    assert!(serde_json::from_value::<GivesWay>(json!({"id": "seven"})).is_err());
}

/// Through a call: the reply decodes, says which field gave way by its JSON path, and a
/// warning names the entry, the path and the value.
#[tokio::test(flavor = "current_thread")]
async fn a_reply_field_that_gives_way_is_reported_with_entry_and_path() {
    use openprovider::domains::GetDomainRequest;
    use openprovider_mock::CannedReply;
    let captured = crate::support::Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let (server, client) = crate::support::server_and_client_without_retries().await;
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 0, "data": {
                "id": 7,
                "domain": {"name": "example", "extension": "com"},
                "is_client_hold_enabled": "maybe later",
                "status": "ACT",
            }}),
        )
        .for_path("/domains/7"),
    );
    let reply = client
        .send_for_reply(&GetDomainRequest::builder(7).build())
        .await
        .unwrap();
    assert_eq!(reply.data.id, 7);
    assert_eq!(reply.data.is_client_hold_enabled, None);
    assert_eq!(reply.degraded, ["data.is_client_hold_enabled"]);
    let log = captured.text();
    for part in ["get_domain", "data.is_client_hold_enabled", "maybe later"] {
        assert!(log.contains(part), "{part} in {log}");
    }
}
