use std::collections::BTreeMap;

use openprovider::de::LenientDeserialize;

#[derive(Default, LenientDeserialize)]
#[serde(deny_unknown_fields)]
struct Strict {
    id: Option<i64>,
}

#[derive(Default, LenientDeserialize)]
struct Order {
    #[serde(default, deserialize_with_typo = "x")]
    id: Option<i64>,
    #[serde(rename = "id")]
    other_id: Option<i64>,
    #[serde(flatten)]
    extra: BTreeMap<String, String>,
    #[serde(flatten)]
    more: BTreeMap<String, String>,
    #[serde(alais = "x")]
    misspelt: Option<i64>,
    #[lenient(degrade)]
    required: i64,
    #[lenient(degarde)]
    typo: Option<bool>,
}

fn main() {}
