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
    /// `admin_handle_supported`: admin handle supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub admin_handle_supported: Option<bool>,
    /// `billing_handle_enabled`: billing handle enabled.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub billing_handle_enabled: Option<bool>,
    /// `billing_handle_supported`: billing handle supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub billing_handle_supported: Option<bool>,
    /// With `with_description`: `{text, url}`.
    #[serde(default)]
    pub description: Option<TldDescription>,
    /// `dnssec_algorithms`: dnssec algorithms.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub dnssec_algorithms: Vec<i64>,
    /// `dnssec_digests_allowed`: dnssec digests allowed.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub dnssec_digests_allowed: Option<bool>,
    /// `dnssec_keys_allowed`: dnssec keys allowed.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub dnssec_keys_allowed: Option<bool>,
    /// `dnssec_max_records_amount`: dnssec max records amount.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub dnssec_max_records_amount: Option<i64>,
    /// `domicile_available`: domicile available.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub domicile_available: Option<bool>,
    /// `is_auth_code_available`: is auth code available.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_auth_code_available: Option<bool>,
    /// `is_auth_code_changeable`: is auth code changeable.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_auth_code_changeable: Option<bool>,
    /// `is_auth_code_requested`: is auth code requested.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_auth_code_requested: Option<bool>,
    /// `is_trade_auth_code_required`: is trade auth code required.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_trade_auth_code_required: Option<bool>,
    /// `level_prices`: level prices.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub level_prices: Vec<TldLevelPrice>,
    /// `owner_handle_supported`: owner handle supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub owner_handle_supported: Option<bool>,
    /// With `with_price`: the prices per operation (`create_price`, `renew_price`, ...).
    #[serde(default)]
    pub prices: Option<TldPrices>,
    /// `quarantine_period`: quarantine period.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub quarantine_period: Option<i64>,
    /// `reseller_handle_enabled`: reseller handle enabled.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub reseller_handle_enabled: Option<bool>,
    /// `reseller_handle_supported`: reseller handle supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub reseller_handle_supported: Option<bool>,
    /// `restrictions`: restrictions.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub restrictions: Vec<String>,
    /// `soft_quarantine_period`: soft quarantine period.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub soft_quarantine_period: Option<i64>,
    /// `supported_application_mode`: supported application mode.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub supported_application_mode: Vec<TldSupportedApplicationMode>,
    /// `supported_idn_scripts`: supported idn scripts.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub supported_idn_scripts: Vec<TldSupportedIdnScript>,
    /// `tech_handle_supported`: tech handle supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub tech_handle_supported: Option<bool>,
    /// `trade_available`: trade available.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub trade_available: Option<bool>,
    /// `usage_count`: usage count.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub usage_count: Option<i64>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `TldDescription` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TldDescription {
    /// `text`: text.
    #[serde(default)]
    pub text: Option<String>,
    /// `url`: url.
    #[serde(default)]
    pub url: Option<String>,
}

/// `TldLevelPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TldLevelPrice {
    /// `level`: level.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub level: Option<i64>,
    /// `price`: price.
    #[serde(default)]
    pub price: Option<crate::domains::PriceGroup>,
}

/// `TldPricesResellerPricePromotionDetails` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TldPricesResellerPricePromotionDetails {
    /// `end_date`: end date.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub end_date: Option<crate::jiff::civil::DateTime>,
    /// `non_promo_price`: non promo price.
    #[serde(default)]
    pub non_promo_price: Option<crate::domains::PriceGroup>,
    /// `start_date`: start date.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub start_date: Option<crate::jiff::civil::DateTime>,
}

/// `TldPricesResellerPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TldPricesResellerPrice {
    /// `product`: product.
    #[serde(default)]
    pub product: Option<crate::domains::Price>,
    /// `promotion_details`: promotion details.
    #[serde(default)]
    pub promotion_details: Option<TldPricesResellerPricePromotionDetails>,
    /// `reseller`: reseller.
    #[serde(default)]
    pub reseller: Option<crate::domains::Price>,
}

/// `TldPrices` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TldPrices {
    /// `create_price`: create price.
    #[serde(default)]
    pub create_price: Option<crate::domains::PriceGroup>,
    /// `domicile_price`: domicile price.
    #[serde(default)]
    pub domicile_price: Option<crate::domains::PriceGroup>,
    /// `max_period`: max period.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub max_period: Option<i64>,
    /// `min_period`: min period.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub min_period: Option<i64>,
    /// `renew_price`: renew price.
    #[serde(default)]
    pub renew_price: Option<crate::domains::PriceGroup>,
    /// `reseller_price`: reseller price.
    #[serde(default)]
    pub reseller_price: Option<TldPricesResellerPrice>,
    /// `restore_price`: restore price.
    #[serde(default)]
    pub restore_price: Option<crate::domains::PriceGroup>,
    /// `setup_price`: setup price.
    #[serde(default)]
    pub setup_price: Option<crate::domains::PriceGroup>,
    /// `soft_restore_price`: soft restore price.
    #[serde(default)]
    pub soft_restore_price: Option<crate::domains::PriceGroup>,
    /// `trade_price`: trade price.
    #[serde(default)]
    pub trade_price: Option<crate::domains::PriceGroup>,
    /// `transfer_price`: transfer price.
    #[serde(default)]
    pub transfer_price: Option<crate::domains::PriceGroup>,
    /// `update_price`: update price.
    #[serde(default)]
    pub update_price: Option<crate::domains::PriceGroup>,
}

/// `TldSupportedApplicationMode` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TldSupportedApplicationMode {
    /// `name`: name.
    #[serde(default)]
    pub name: Option<String>,
    /// `title`: title.
    #[serde(default)]
    pub title: Option<String>,
}

/// `TldSupportedIdnScript` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TldSupportedIdnScript {
    /// `description`: description.
    #[serde(default)]
    pub description: Option<String>,
    /// `value`: value.
    #[serde(default)]
    pub value: Option<String>,
}
