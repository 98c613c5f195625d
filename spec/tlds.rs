//! TLDs: which extensions Openprovider offers, what they cost and what they allow.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Tld {
    /// The extension without a dot, like `com`.
    #[serde(default)]
    pub name: String,
    /// Like `ACT`.
    #[serde(default)]
    pub status: Option<String>,
    /// The shortest registration, in years.
    #[serde(default)]
    pub min_period: Option<i64>,
    /// The longest registration, in years.
    #[serde(default)]
    pub max_period: Option<i64>,
    /// Whether domains can be transferred in.
    #[serde(default)]
    pub transfer_available: Option<bool>,
    /// Whether domains can be renewed.
    #[serde(default)]
    pub renew_available: Option<bool>,
    /// Whether a transfer needs an auth code.
    #[serde(default)]
    pub is_transfer_auth_code_required: Option<bool>,
    /// Whether DNSSEC can be used.
    #[serde(default)]
    pub dnssec_allowed: Option<bool>,
    /// Whether WHOIS privacy can be used.
    #[serde(default)]
    pub is_private_whois_allowed: Option<bool>,
    /// Whether admin handle is supported (`admin_handle_supported`).
    #[serde(default)]
    pub admin_handle_supported: Option<bool>,
    /// Whether billing handle is enabled (`billing_handle_enabled`).
    #[serde(default)]
    pub billing_handle_enabled: Option<bool>,
    /// Whether billing handle is supported (`billing_handle_supported`).
    #[serde(default)]
    pub billing_handle_supported: Option<bool>,
    /// With `with_description`: `{text, url}`.
    #[serde(default)]
    pub description: Option<TldDescription>,
    /// Its dnssec algorithms (`dnssec_algorithms`).
    #[serde(default)]
    pub dnssec_algorithms: Vec<i64>,
    /// Whether dnssec digests is allowed (`dnssec_digests_allowed`).
    #[serde(default)]
    pub dnssec_digests_allowed: Option<bool>,
    /// Whether dnssec keys is allowed (`dnssec_keys_allowed`).
    #[serde(default)]
    pub dnssec_keys_allowed: Option<bool>,
    /// The dnssec max records amount, a number (`dnssec_max_records_amount`).
    #[serde(default)]
    pub dnssec_max_records_amount: Option<i64>,
    /// Whether domicile is available (`domicile_available`).
    #[serde(default)]
    pub domicile_available: Option<bool>,
    /// Whether it is auth code available (`is_auth_code_available`).
    #[serde(default)]
    pub is_auth_code_available: Option<bool>,
    /// Whether it is auth code changeable (`is_auth_code_changeable`).
    #[serde(default)]
    pub is_auth_code_changeable: Option<bool>,
    /// Whether it is auth code requested (`is_auth_code_requested`).
    #[serde(default)]
    pub is_auth_code_requested: Option<bool>,
    /// Whether it is trade auth code required (`is_trade_auth_code_required`).
    #[serde(default)]
    pub is_trade_auth_code_required: Option<bool>,
    /// Its level prices (`level_prices`).
    #[serde(default)]
    pub level_prices: Vec<TldLevelPrice>,
    /// Whether owner handle is supported (`owner_handle_supported`).
    #[serde(default)]
    pub owner_handle_supported: Option<bool>,
    /// With `with_price`: the prices per operation (`create_price`, `renew_price`, ...).
    #[serde(default)]
    pub prices: Option<TldPrices>,
    /// The quarantine period, a number (`quarantine_period`).
    #[serde(default)]
    pub quarantine_period: Option<i64>,
    /// Whether reseller handle is enabled (`reseller_handle_enabled`).
    #[serde(default)]
    pub reseller_handle_enabled: Option<bool>,
    /// Whether reseller handle is supported (`reseller_handle_supported`).
    #[serde(default)]
    pub reseller_handle_supported: Option<bool>,
    /// Its restrictions (`restrictions`).
    #[serde(default)]
    pub restrictions: Vec<String>,
    /// The soft quarantine period, a number (`soft_quarantine_period`).
    #[serde(default)]
    pub soft_quarantine_period: Option<i64>,
    /// Its supported application mode (`supported_application_mode`).
    #[serde(default)]
    pub supported_application_mode: Vec<TldSupportedApplicationMode>,
    /// Its supported idn scripts (`supported_idn_scripts`).
    #[serde(default)]
    pub supported_idn_scripts: Vec<TldSupportedIdnScript>,
    /// Whether tech handle is supported (`tech_handle_supported`).
    #[serde(default)]
    pub tech_handle_supported: Option<bool>,
    /// Whether trade is available (`trade_available`).
    #[serde(default)]
    pub trade_available: Option<bool>,
    /// The usage count, a number (`usage_count`).
    #[serde(default)]
    pub usage_count: Option<i64>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `TldDescription` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldDescription {
    /// Its text (`text`).
    #[serde(default)]
    pub text: Option<String>,
    /// Its url (`url`).
    #[serde(default)]
    pub url: Option<String>,
}

/// `TldLevelPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldLevelPrice {
    /// The level, a number (`level`).
    #[serde(default)]
    pub level: Option<i64>,
    /// Its price (`price`).
    #[serde(default)]
    pub price: Option<crate::domains::PriceGroup>,
}

/// `TldPricesResellerPricePromotionDetails` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldPricesResellerPricePromotionDetails {
    /// The end date (`end_date`).
    #[serde(default)]
    pub end_date: Option<crate::jiff::civil::DateTime>,
    /// Its non promo price (`non_promo_price`).
    #[serde(default)]
    pub non_promo_price: Option<crate::domains::PriceGroup>,
    /// The start date (`start_date`).
    #[serde(default)]
    pub start_date: Option<crate::jiff::civil::DateTime>,
}

/// `TldPricesResellerPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldPricesResellerPrice {
    /// Its product (`product`).
    #[serde(default)]
    pub product: Option<crate::domains::Price>,
    /// Its promotion details (`promotion_details`).
    #[serde(default)]
    pub promotion_details: Option<TldPricesResellerPricePromotionDetails>,
    /// Its reseller (`reseller`).
    #[serde(default)]
    pub reseller: Option<crate::domains::Price>,
}

/// `TldPrices` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldPrices {
    /// Its create price (`create_price`).
    #[serde(default)]
    pub create_price: Option<crate::domains::PriceGroup>,
    /// Its domicile price (`domicile_price`).
    #[serde(default)]
    pub domicile_price: Option<crate::domains::PriceGroup>,
    /// The max period, a number (`max_period`).
    #[serde(default)]
    pub max_period: Option<i64>,
    /// The min period, a number (`min_period`).
    #[serde(default)]
    pub min_period: Option<i64>,
    /// Its renew price (`renew_price`).
    #[serde(default)]
    pub renew_price: Option<crate::domains::PriceGroup>,
    /// Its reseller price (`reseller_price`).
    #[serde(default)]
    pub reseller_price: Option<TldPricesResellerPrice>,
    /// Its restore price (`restore_price`).
    #[serde(default)]
    pub restore_price: Option<crate::domains::PriceGroup>,
    /// Its setup price (`setup_price`).
    #[serde(default)]
    pub setup_price: Option<crate::domains::PriceGroup>,
    /// Its soft restore price (`soft_restore_price`).
    #[serde(default)]
    pub soft_restore_price: Option<crate::domains::PriceGroup>,
    /// Its trade price (`trade_price`).
    #[serde(default)]
    pub trade_price: Option<crate::domains::PriceGroup>,
    /// Its transfer price (`transfer_price`).
    #[serde(default)]
    pub transfer_price: Option<crate::domains::PriceGroup>,
    /// Its update price (`update_price`).
    #[serde(default)]
    pub update_price: Option<crate::domains::PriceGroup>,
}

/// `TldSupportedApplicationMode` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldSupportedApplicationMode {
    /// Its name (`name`).
    #[serde(default)]
    pub name: Option<String>,
    /// Its title (`title`).
    #[serde(default)]
    pub title: Option<String>,
}

/// `TldSupportedIdnScript` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldSupportedIdnScript {
    /// Its description (`description`).
    #[serde(default)]
    pub description: Option<String>,
    /// Its value (`value`).
    #[serde(default)]
    pub value: Option<String>,
}
