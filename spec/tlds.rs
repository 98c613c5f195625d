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
        /// Adds the description to the reply.
        with_description: Option<bool>,
        /// Adds the restrictions to the reply.
        with_restrictions: Option<bool>,
        /// Adds how often each is used to the reply.
        with_usage_count: Option<bool>,
        /// Adds the application mode to the reply.
        with_application_mode: Option<Vec<String>>,
        /// Adds the price to the reply.
        with_price: Option<bool>,
        /// Adds the level prices to the reply.
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
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        /// Adds the description to the reply.
        with_description: Option<bool>,
        /// Adds the restrictions to the reply.
        with_restrictions: Option<bool>,
        /// Adds the price to the reply.
        with_price: Option<bool>,
        /// Adds the level prices to the reply.
        with_level_prices: Option<bool>,
        /// Adds how often each is used to the reply.
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
    pub status: Option<String>,
    /// The shortest registration, in years.
    pub min_period: Option<i64>,
    /// The longest registration, in years.
    pub max_period: Option<i64>,
    /// Whether domains can be transferred in.
    pub transfer_available: Option<bool>,
    /// Whether domains can be renewed.
    pub renew_available: Option<bool>,
    /// Whether a transfer needs an auth code.
    pub is_transfer_auth_code_required: Option<bool>,
    /// Whether DNSSEC can be used.
    pub dnssec_allowed: Option<bool>,
    /// Whether WHOIS privacy can be used.
    pub is_private_whois_allowed: Option<bool>,
    /// Whether the TLD takes an admin contact handle.
    pub admin_handle_supported: Option<bool>,
    /// Whether a billing handle can be set; the API does not say how this differs
    /// from `billing_handle_supported`.
    pub billing_handle_enabled: Option<bool>,
    /// Whether the TLD takes a billing contact handle.
    pub billing_handle_supported: Option<bool>,
    /// With `with_description`: `{text, url}`.
    pub description: Option<TldDescription>,
    /// The DNSSEC algorithm numbers the TLD accepts, like 13.
    #[serde(default)]
    pub dnssec_algorithms: Vec<i64>,
    /// Whether DNSSEC can be set up with digests (DS data).
    pub dnssec_digests_allowed: Option<bool>,
    /// Whether DNSSEC can be set up by giving public keys (DNSKEY data).
    pub dnssec_keys_allowed: Option<bool>,
    /// How many DNSSEC records a domain can have.
    pub dnssec_max_records_amount: Option<i64>,
    /// Whether Openprovider's local presence (domicile) service is offered.
    pub domicile_available: Option<bool>,
    /// Whether the TLD uses auth codes.
    pub is_auth_code_available: Option<bool>,
    /// Whether an auth code can be changed.
    pub is_auth_code_changeable: Option<bool>,
    /// Whether an auth code can be requested.
    pub is_auth_code_requested: Option<bool>,
    /// Whether a trade needs an auth code.
    pub is_trade_auth_code_required: Option<bool>,
    /// With `with_level_prices`: the prices at each Openprovider discount tier.
    #[serde(default)]
    pub level_prices: Vec<TldLevelPrice>,
    /// Whether the TLD takes an owner handle.
    pub owner_handle_supported: Option<bool>,
    /// With `with_price`: the prices per operation (`create_price`, `renew_price`, ...).
    pub prices: Option<TldPrices>,
    /// How long a deleted domain stays in hard quarantine; the API gives no unit.
    pub quarantine_period: Option<i64>,
    /// Whether a reseller handle can be set; the API does not say how this differs
    /// from `reseller_handle_supported`.
    pub reseller_handle_enabled: Option<bool>,
    /// Whether the TLD takes a reseller handle.
    pub reseller_handle_supported: Option<bool>,
    /// With `with_restrictions`: the TLD's restrictions, as text.
    #[serde(default)]
    pub restrictions: Vec<String>,
    /// How long a deleted domain stays in soft quarantine; the API gives no unit.
    pub soft_quarantine_period: Option<i64>,
    /// The launch phases (pre-registration modes) the TLD offers.
    #[serde(default)]
    pub supported_application_mode: Vec<TldSupportedApplicationMode>,
    /// The scripts of internationalised names the TLD accepts, for `idn_script`.
    #[serde(default)]
    pub supported_idn_scripts: Vec<TldSupportedIdnScript>,
    /// Whether the TLD takes a technical contact handle.
    pub tech_handle_supported: Option<bool>,
    /// Whether domains can change owner through a trade, with `trade_domain`.
    pub trade_available: Option<bool>,
    /// With `with_usage_count`: how many of the account's domains use the TLD.
    pub usage_count: Option<i64>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `TldDescription` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldDescription {
    /// A description of the TLD, which may be HTML.
    pub text: Option<String>,
    /// A link to more about the TLD.
    pub url: Option<String>,
}

/// `TldLevelPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldLevelPrice {
    /// The Openprovider discount tier, like 1.
    pub level: Option<i64>,
    /// The price at that tier.
    pub price: Option<crate::domains::PriceGroup>,
}

/// `TldPricesResellerPricePromotionDetails` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldPricesResellerPricePromotionDetails {
    /// When the promotion ends.
    #[lenient(degrade)]
    pub end_date: Option<crate::jiff::civil::DateTime>,
    /// The regular price, without the promotion.
    pub non_promo_price: Option<crate::domains::PriceGroup>,
    /// When the promotion starts.
    #[lenient(degrade)]
    pub start_date: Option<crate::jiff::civil::DateTime>,
}

/// `TldPricesResellerPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldPricesResellerPrice {
    /// The list price, in the product's currency.
    pub product: Option<crate::domains::Price>,
    /// Where a promotion applies: its dates and the regular price.
    pub promotion_details: Option<TldPricesResellerPricePromotionDetails>,
    /// Your price, in your account's currency.
    pub reseller: Option<crate::domains::Price>,
}

/// `TldPrices` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldPrices {
    /// The price of a registration.
    pub create_price: Option<crate::domains::PriceGroup>,
    /// The price of the local presence (domicile) service.
    pub domicile_price: Option<crate::domains::PriceGroup>,
    /// The longest period an operation can be ordered for.
    pub max_period: Option<i64>,
    /// The shortest period an operation can be ordered for.
    pub min_period: Option<i64>,
    /// The price of a renewal.
    pub renew_price: Option<crate::domains::PriceGroup>,
    /// Your own price, with your discounts or a promotion.
    pub reseller_price: Option<TldPricesResellerPrice>,
    /// The price of restoring a deleted domain.
    pub restore_price: Option<crate::domains::PriceGroup>,
    /// The setup price of a domain.
    pub setup_price: Option<crate::domains::PriceGroup>,
    /// The price of restoring a domain in soft quarantine or its grace period.
    pub soft_restore_price: Option<crate::domains::PriceGroup>,
    /// The price of a trade (an owner change).
    pub trade_price: Option<crate::domains::PriceGroup>,
    /// The price of a transfer in.
    pub transfer_price: Option<crate::domains::PriceGroup>,
    /// The price of an update, where the TLD charges for one.
    pub update_price: Option<crate::domains::PriceGroup>,
}

/// `TldSupportedApplicationMode` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldSupportedApplicationMode {
    /// The mode as the API names it in `application_mode`, like `claims`.
    pub name: Option<String>,
    /// The mode's title for people, like `General Availability`.
    pub title: Option<String>,
}

/// `TldSupportedIdnScript` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TldSupportedIdnScript {
    /// The script or language, for people, like `Afrikaans`.
    pub description: Option<String>,
    /// What to send as `idn_script` in `additional_data`, like `AFR`.
    pub value: Option<String>,
}
