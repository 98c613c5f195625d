//! TLDs: which extensions Openprovider offers, what they cost and what they allow.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists the TLDs on offer, a page at a time.
    pub list_tlds: GET "/tlds" -> List<Tld> {
        /// Page size.
        limit: Option<i32>,
        /// How many results to skip.
        offset: Option<i32>,
        /// `asc` or `desc`.
        order: Option<String>,
        /// The field to sort by, like `name`.
        order_by: Option<String>,
        /// Only these extensions, like `com`.
        extensions: Option<Vec<String>>,
        /// `*` as a wildcard: `co*`.
        name_pattern: Option<String>,
        /// Return the names alone.
        only_names: Option<bool>,
        with_description: Option<bool>,
        with_restrictions: Option<bool>,
        with_usage_count: Option<bool>,
        with_application_mode: Option<Vec<String>>,
        with_price: Option<bool>,
        with_level_prices: Option<bool>,
        is_active: Option<bool>,
        is_new_gtld: Option<bool>,
        /// Like `ACT`.
        status: Option<String>,
        application_mode: Option<String>,
    }

    /// Reads one TLD, like `com` or `co.uk`. An unknown one answers 307.
    ///
    /// Its `limit` and `offset` page the TLD's price levels, not TLDs, so it has no `items`.
    #[no_pages]
    pub get_tld: GET "/tlds/{name}" -> Tld {
        /// The extension without a dot.
        name: String,
        limit: Option<i32>,
        offset: Option<i32>,
        with_description: Option<bool>,
        with_restrictions: Option<bool>,
        with_price: Option<bool>,
        with_level_prices: Option<bool>,
        with_usage_count: Option<bool>,
        status: Option<Vec<String>>,
    }
}

/// A TLD. The API sends many more fields than are named here; they are kept in `extra`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tld {
    /// The extension without a dot, like `com`.
    #[serde(default)]
    pub name: String,
    /// Like `ACT`.
    #[serde(default)]
    pub status: Option<String>,
    /// The shortest registration, in years.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub min_period: Option<i64>,
    /// The longest registration, in years.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub max_period: Option<i64>,
    /// Whether domains can be transferred in.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub transfer_available: Option<bool>,
    /// Whether domains can be renewed.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub renew_available: Option<bool>,
    /// Whether a transfer needs an auth code.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_transfer_auth_code_required: Option<bool>,
    /// Whether DNSSEC can be used.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub dnssec_allowed: Option<bool>,
    /// Whether WHOIS privacy can be used.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_private_whois_allowed: Option<bool>,
    /// With `with_price`: the prices per operation (`create_price`, `renew_price`, ...).
    #[serde(default)]
    pub prices: Option<Value>,
    /// With `with_description`: `{text, url}`.
    #[serde(default)]
    pub description: Option<Value>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
