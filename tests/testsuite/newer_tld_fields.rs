//! The 28 per-TLD fields the generated PHP client (`openprovider/rest-client-php`, 2026-06-22)
//! has and the 2024 Swagger document lacks: 22 in a handle's extension data, 6 in a domain's
//! additional data. Each is a typed field under its wire name, is sent only when set, and, being
//! undocumented, gives way (`#[lenient(degrade)]`) rather than failing a reply.

use openprovider::customers::{Customer, ExtensionData};
use openprovider::domains::{Domain, DomainAdditionalData};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// A field's wire name and the typed field it is read into.
type Field<T> = (&'static str, fn(&mut T) -> &mut Option<String>);

const EXTENSION_FIELDS: &[Field<ExtensionData>] = &[
    ("in_nexus_connection_to_india", |d| {
        &mut d.in_nexus_connection_to_india
    }),
    ("in_nexus_declaration_attestation", |d| {
        &mut d.in_nexus_declaration_attestation
    }),
    ("legal_address_area", |d| &mut d.legal_address_area),
    ("legal_address_building", |d| &mut d.legal_address_building),
    ("legal_address_city", |d| &mut d.legal_address_city),
    ("legal_address_country_code", |d| {
        &mut d.legal_address_country_code
    }),
    ("legal_address_house", |d| &mut d.legal_address_house),
    ("legal_address_postal_code", |d| {
        &mut d.legal_address_postal_code
    }),
    ("legal_address_region", |d| &mut d.legal_address_region),
    ("legal_address_street", |d| &mut d.legal_address_street),
    ("mobile_phone_number_country_code", |d| {
        &mut d.mobile_phone_number_country_code
    }),
    ("music_nexus_connection_to_music", |d| {
        &mut d.music_nexus_connection_to_music
    }),
    ("music_nexus_registry_policies_attestation", |d| {
        &mut d.music_nexus_registry_policies_attestation
    }),
    ("passport_expiry_date", |d| &mut d.passport_expiry_date),
    ("passport_issue_id", |d| &mut d.passport_issue_id),
    ("postal_address_area", |d| &mut d.postal_address_area),
    ("postal_address_building", |d| {
        &mut d.postal_address_building
    }),
    ("postal_address_city", |d| &mut d.postal_address_city),
    ("postal_address_house", |d| &mut d.postal_address_house),
    ("postal_address_region", |d| &mut d.postal_address_region),
    ("postal_address_street", |d| &mut d.postal_address_street),
    ("sole_proprietorship", |d| &mut d.sole_proprietorship),
];

const DOMAIN_FIELDS: &[Field<DomainAdditionalData>] = &[
    ("consent_for_publishing", |d| &mut d.consent_for_publishing),
    ("dk_acceptance", |d| &mut d.dk_acceptance),
    ("iisse_acceptance", |d| &mut d.iisse_acceptance),
    ("nz_privacy_option", |d| &mut d.nz_privacy_option),
    ("ua_license", |d| &mut d.ua_license),
];

/// A value for each field that no other field shares, so a field read into the wrong place shows.
fn value_of(wire: &str) -> String {
    format!("value of {wire}")
}

/// An object with every field of `fields` set to its own value.
fn all_set<T>(fields: &[Field<T>]) -> Map<String, Value> {
    fields
        .iter()
        .map(|(wire, _)| (wire.to_string(), Value::from(value_of(wire))))
        .collect()
}

fn get<T: Clone>(data: &T, field: fn(&mut T) -> &mut Option<String>) -> Option<String> {
    field(&mut data.clone()).clone()
}

/// Every field is read from its wire name into its own typed field, and written back under the
/// same name with the same value; unset fields are not written.
fn round_trips<T>(fields: &[Field<T>], extra_of: fn(&T) -> usize)
where
    T: DeserializeOwned + Serialize + Default + Clone + PartialEq + std::fmt::Debug,
{
    let object = all_set(fields);
    let read: T = serde_json::from_value(Value::Object(object.clone())).unwrap();
    for (wire, field) in fields {
        assert_eq!(get(&read, *field), Some(value_of(wire)), "{wire}");
    }
    assert_eq!(
        extra_of(&read),
        0,
        "a named field was kept in `extra`: {read:?}"
    );
    assert_eq!(serde_json::to_value(&read).unwrap(), Value::Object(object));

    // One field at a time: it alone is read, and it alone is written.
    for (wire, field) in fields {
        let one: T = serde_json::from_value(json!({ *wire: value_of(wire) })).unwrap();
        for (other, other_field) in fields {
            let expected = (other == wire).then(|| value_of(wire));
            assert_eq!(get(&one, *other_field), expected, "{wire} set {other}");
        }
        let mut built = T::default();
        *field(&mut built) = Some(value_of(wire));
        assert_eq!(built, one, "{wire}");
        assert_eq!(
            serde_json::to_value(&built).unwrap(),
            json!({ *wire: value_of(wire) }),
            "{wire}"
        );
    }

    // Nothing set, nothing sent (`None` is not written as `null`).
    assert_eq!(serde_json::to_value(T::default()).unwrap(), json!({}));
}

/// A value a text field cannot take leaves that field `None`; the reply still reads, and the
/// object's other fields, named or not, are kept.
fn unreadable_values_give_way<T>(fields: &[Field<T>], extra_of: fn(&T) -> usize)
where
    T: DeserializeOwned + Clone + std::fmt::Debug,
{
    for bad in [json!({"not": "a text"}), json!(["a", "list"])] {
        for (wire, field) in fields {
            let mut object = all_set(fields);
            object.insert(wire.to_string(), bad.clone());
            object.insert("not_a_named_field".into(), json!("kept"));
            let read: T = serde_json::from_value(Value::Object(object))
                .unwrap_or_else(|e| panic!("{wire} = {bad} failed the object: {e}"));
            assert_eq!(get(&read, *field), None, "{wire} = {bad}");
            for (other, other_field) in fields.iter().filter(|(other, _)| other != wire) {
                assert_eq!(
                    get(&read, *other_field),
                    Some(value_of(other)),
                    "{wire}: {other}"
                );
            }
            // The unknown key stays; the value that gave way is not kept to be sent back.
            assert_eq!(extra_of(&read), 1, "{wire} = {bad}: {read:?}");
        }
    }
}

#[test]
fn extension_fields_round_trip_under_their_wire_names() {
    assert_eq!(EXTENSION_FIELDS.len(), 22);
    round_trips(EXTENSION_FIELDS, |d: &ExtensionData| d.extra.len());
}

#[test]
fn domain_fields_round_trip_under_their_wire_names() {
    // The sixth, `trade_auth_key`, is a secret: see `the_trade_auth_key_is_a_secret`.
    assert_eq!(DOMAIN_FIELDS.len(), 5);
    round_trips(DOMAIN_FIELDS, |d: &DomainAdditionalData| d.extra.len());
}

#[test]
fn an_unreadable_extension_field_is_left_empty() {
    unreadable_values_give_way(EXTENSION_FIELDS, |d: &ExtensionData| d.extra.len());
}

#[test]
fn an_unreadable_domain_field_is_left_empty() {
    unreadable_values_give_way(DOMAIN_FIELDS, |d: &DomainAdditionalData| d.extra.len());
}

/// Text fields take what the runtime reads as text: a number or a boolean becomes its JSON text.
#[test]
fn a_number_or_boolean_is_read_as_its_text() {
    let read: DomainAdditionalData =
        serde_json::from_value(json!({"consent_for_publishing": true, "dk_acceptance": 1}))
            .unwrap();
    assert_eq!(read.consent_for_publishing.as_deref(), Some("true"));
    assert_eq!(read.dk_acceptance.as_deref(), Some("1"));
}

/// Through a whole reply, as a call decodes it: the reply succeeds and names the path that gave
/// way.
#[test]
fn a_reply_with_an_unreadable_field_still_decodes_and_names_it() {
    let body = json!({"code": 0, "data": {
        "handle": "XX123456-XX",
        "extension_additional_data": [{"name": "ru", "data": {
            "legal_address_city": "Moskva",
            "passport_issue_id": {"not": "a text"},
        }}],
    }});
    let reply = openprovider::__private::decode_reply::<Customer>(
        200,
        serde_json::to_vec(&body).unwrap().into(),
    )
    .unwrap();
    let ext = &reply.data.extension_additional_data.as_ref().unwrap()[0].data;
    assert_eq!(ext.legal_address_city.as_deref(), Some("Moskva"));
    assert_eq!(ext.passport_issue_id, None);
    assert_degraded_at(
        &reply.degraded,
        "data.extension_additional_data[0].data.passport_issue_id",
    );

    let body = json!({"code": 0, "data": {
        "id": 1,
        "additional_data": {"dk_acceptance": "1", "ua_license": ["x"]},
    }});
    let reply = openprovider::__private::decode_reply::<Domain>(
        200,
        serde_json::to_vec(&body).unwrap().into(),
    )
    .unwrap();
    let data = reply.data.additional_data.as_ref().unwrap();
    assert_eq!(data.dk_acceptance.as_deref(), Some("1"));
    assert_eq!(data.ua_license, None);
    assert_degraded_at(&reply.degraded, "data.additional_data.ua_license");
}

/// One field gave way, at `field`. The runtime's path can go on into the unreadable value (a
/// scalar field given an object reports the object's first key, like `...passport_issue_id.not`),
/// so only the field's own path is checked.
fn assert_degraded_at(degraded: &[String], field: &str) {
    assert_eq!(degraded.len(), 1, "{degraded:?}");
    let path = &degraded[0];
    let rest = path.strip_prefix(field);
    assert!(
        rest.is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '['])),
        "{path} is not at {field}"
    );
}

/// `trade_auth_key` authorises an owner change, so it is a `SecretString`: read and written
/// under its wire name, `***` in `Debug`.
#[test]
fn the_trade_auth_key_is_a_secret() {
    let data: DomainAdditionalData =
        serde_json::from_value(serde_json::json!({"trade_auth_key": "s3cret-key"})).unwrap();
    assert_eq!(
        data.trade_auth_key.as_ref().map(|k| k.expose()),
        Some("s3cret-key")
    );
    assert!(!format!("{data:?}").contains("s3cret-key"));
    assert_eq!(
        serde_json::to_value(&data).unwrap()["trade_auth_key"],
        "s3cret-key"
    );
}
