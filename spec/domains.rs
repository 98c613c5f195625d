//! Domains: check whether a name is free, register it, find it again, renew, transfer and trade
//! it, read and reset its auth code, and ask what a TLD needs and costs.
//!
//! Domains are addressed by a numeric `id`. To act on a domain you know by name, find its id
//! first: `ListDomainsRequest::builder().full_name("example.com")`.
//!
//! What the API does in practice, beyond its docs:
//! - `check_domain` answers `free` for a name that can be registered and `active` for a taken
//!   one (some say `reserved` or `in use`): treat anything but `free` as taken. A premium name is
//!   `free` with `is_premium`. At most 15 names per call; more are refused.
//! - Registrations, renewals, transfers, trades and restores can take longer than 30 s at the
//!   registry, so these entries wait up to 180 s.
//! - A registration the registry refuses is error 399, with the registry's text in `data`; a
//!   success can carry registry failures as warnings (see [`Client::send_for_reply`](crate::Client::send_for_reply)).
//! - Dates have no offset (Openprovider's own tools read them as Europe/Amsterdam); the date a
//!   domain must be renewed by is `renewal_date`, before `expiration_date`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use crate::common::{DomainName, Nameserver, Success};
use crate::jiff::civil::DateTime;
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Checks whether domains are free to register, with prices on request.
    ///
    /// At most 15 domains per call. It changes nothing, so it is safe to repeat. The API
    /// blocks a caller for 300 s after 20 identical checks in 300 s (code 50), so the client
    /// keeps identical checks to that pace. Checks of `.eu`, `.uk`, `.it`, `.ch`, `.fi` and
    /// `.fr` names only (and a few more) may make 60 in 60 s.
    #[safe_to_repeat]
    #[call_limit = "20 per 300s, 60 per 60s for eu xn--e1a4c uk co.uk org.uk me.uk it ch fi fr"]
    pub check_domain: POST "/domains/check" -> DomainChecks {
        /// The domains to check, like `DomainName::new("example", "com")`.
        domains: Vec<DomainName>,
        /// Also return the prices (`price`).
        with_price: Option<bool>,
        /// Like the IDN script of the names.
        additional_data: Option<DomainAdditionalData>,
        /// For TLDs in a sunrise or landrush phase.
        application_mode: Option<String>,
        /// The provider to check with; leave it out for Openprovider.
        provider: Option<String>,
    }

    /// Registers a domain for `period` years with the given owner handle.
    ///
    /// The handles must exist (`customers::create_customer`). Name servers are given as
    /// `name_servers` or as an `ns_group`; a premium name needs `accept_premium_fee` set to its
    /// price. Taken names answer 311; the registry's refusals 399 with its text in `data`.
    ///
    /// The API blocks the caller for 300 s (code 4007) after two identical registrations in
    /// 10 s, so the client holds a second identical one back until 10 s have passed.
    #[timeout = "180s"]
    #[call_limit = "1 per 10s, blocked for 300s"]
    pub create_domain: POST "/domains" -> CreatedDomain {
        /// The domain to register.
        domain: DomainName,
        /// Years, 1 to 10 (or months or quarters, see `unit`).
        period: i32,
        /// The registrant's handle, like `XX123456-XX`.
        owner_handle: String,
        admin_handle: Option<String>,
        tech_handle: Option<String>,
        billing_handle: Option<String>,
        reseller_handle: Option<String>,
        /// `y` (years, the default), `m` or `q`.
        unit: Option<String>,
        name_servers: Option<Vec<Nameserver>>,
        /// A name-server group in place of `name_servers`.
        ns_group: Option<String>,
        ns_template_id: Option<i32>,
        ns_template_name: Option<String>,
        /// `on`, `off` or `default`.
        autorenew: Option<String>,
        /// What some TLDs need, like `legal_type` for `.ca`; see `get_additional_data`.
        additional_data: Option<DomainAdditionalData>,
        is_dnssec_enabled: Option<bool>,
        dnssec_keys: Option<Vec<DnssecKey>>,
        is_private_whois_enabled: Option<bool>,
        is_easy_dmarc_enabled: Option<bool>,
        is_sectigo_dns_enabled: Option<bool>,
        is_spamexperts_enabled: Option<bool>,
        /// Register through Openprovider's local presence, where a TLD needs one.
        use_domicile: Option<bool>,
        /// The premium price you accept, for premium names.
        accept_premium_fee: Option<f64>,
        /// The early-access fee you accept, for new TLDs in that phase.
        accept_eap_fee: Option<f64>,
        /// An auth code to set on the new domain, where the registry lets you choose.
        #[sensitive]
        auth_code: Option<String>,
        application_mode: Option<String>,
        application_notice_id: Option<String>,
        application_smd: Option<String>,
        promo_code: Option<String>,
        provider: Option<String>,
        comments: Option<String>,
    }

    /// Lists and searches the account's domains, a page at a time.
    ///
    /// `full_name` finds one domain by name; `domain_name_pattern` takes `*` as a wildcard.
    /// Nothing found is an empty page, not an error.
    pub list_domains: GET "/domains" -> List<Domain> {
        /// Page size: 100 by default, at most 500.
        limit: Option<i32>,
        /// How many results to skip.
        offset: Option<i32>,
        /// The whole name, like `example.com`.
        full_name: Option<String>,
        /// The first label, `*` as a wildcard: `exam*`.
        domain_name_pattern: Option<String>,
        /// The extension without a dot, like `com`.
        extension: Option<String>,
        /// Like `ACT`, `REQ`, `DEL`, `FAI`.
        status: Option<String>,
        /// Statuses to leave out.
        status_not_equal: Option<Vec<String>>,
        id: Option<i64>,
        renewal_date: Option<String>,
        ns_group_pattern: Option<String>,
        queue_status: Option<String>,
        /// Domains that use this handle in any role.
        contact_handle: Option<String>,
        comment_pattern: Option<String>,
        is_deleted: Option<bool>,
        with_history: Option<bool>,
        with_api_history: Option<bool>,
        with_additional_data: Option<bool>,
        with_verification_email: Option<bool>,
        with_registry_statuses: Option<bool>,
        application_mode: Option<String>,
        /// `asc` or `desc`.
        #[rename = "order_by.id"]
        order_by_id: Option<String>,
        #[rename = "order_by.domain_name"]
        order_by_domain_name: Option<String>,
        #[rename = "order_by.domain_extension"]
        order_by_domain_extension: Option<String>,
        #[rename = "order_by.order_date"]
        order_by_order_date: Option<String>,
        #[rename = "order_by.active_date"]
        order_by_active_date: Option<String>,
        #[rename = "order_by.expiration_date"]
        order_by_expiration_date: Option<String>,
        #[rename = "order_by.renewal_date"]
        order_by_renewal_date: Option<String>,
        #[rename = "order_by.status"]
        order_by_status: Option<String>,
        #[rename = "order_by.transfer_date"]
        order_by_transfer_date: Option<String>,
        #[rename = "response.type"]
        response_type: Option<String>,
        #[rename = "response.to"]
        response_to: Option<String>,
    }

    /// Reads one domain by its id. A domain not in the account answers 320.
    pub get_domain: GET "/domains/{id}" -> Domain {
        /// The domain's id, from `create_domain` or `list_domains`.
        id: i64,
        /// Sent as `domain.name` and `domain.extension`.
        domain: Option<DomainName>,
        with_history: Option<bool>,
        with_api_history: Option<bool>,
        with_additional_data: Option<bool>,
        with_verification_email: Option<bool>,
        with_abuse_details: Option<bool>,
        with_whois_privacy_data: Option<bool>,
        with_registry_statuses: Option<bool>,
        is_deleted: Option<bool>,
    }

    /// Changes a domain: handles, name servers, locks, auto-renewal. Only the fields you set
    /// are sent.
    pub update_domain: PUT "/domains/{id}" -> UpdatedDomain {
        /// The domain's id; the API's schema repeats it in the body.
        #[body]
        id: i64,
        domain: Option<DomainName>,
        owner_handle: Option<String>,
        admin_handle: Option<String>,
        tech_handle: Option<String>,
        billing_handle: Option<String>,
        reseller_handle: Option<String>,
        name_servers: Option<Vec<Nameserver>>,
        ns_group: Option<String>,
        ns_template_id: Option<i32>,
        ns_template_name: Option<String>,
        /// Removes the name servers.
        remove_nses: Option<bool>,
        /// `on`, `off` or `default`.
        autorenew: Option<String>,
        is_locked: Option<bool>,
        is_dnssec_enabled: Option<bool>,
        dnssec_keys: Option<Vec<DnssecKey>>,
        is_private_whois_enabled: Option<bool>,
        is_sectigo_dns_enabled: Option<bool>,
        is_spamexperts_enabled: Option<bool>,
        use_domicile: Option<bool>,
        additional_data: Option<DomainAdditionalData>,
        /// Sets the auth code, where the registry lets you choose.
        #[sensitive]
        auth_code: Option<String>,
        /// Asks the registry for a new auth code.
        reset_auth_code: Option<bool>,
        force_registry_update: Option<bool>,
        /// The fee you accept for a paid update (an owner change, say).
        accept_update_fee: Option<f64>,
        /// When to carry the change out, like `2026-12-01 10:00:00`.
        scheduled_at: Option<String>,
        comments: Option<String>,
    }

    /// Deletes a domain. It can be restored while in quarantine (`restore_domain`).
    pub delete_domain: DELETE "/domains/{id}" -> DomainStatus {
        id: i64,
        /// Sent as `domain.name` and `domain.extension`.
        domain: Option<DomainName>,
        /// Like `delete` or `expire`.
        r#type: Option<String>,
        skip_soft_quarantine: Option<bool>,
        force_delete: Option<bool>,
    }

    /// Renews a domain for `period` more years; `renewal_date` and `expiration_date` move.
    #[timeout = "180s"]
    pub renew_domain: POST "/domains/{id}/renew" -> DomainStatus {
        /// The domain's id; the API's schema repeats it in the body.
        #[body]
        id: i64,
        /// Years.
        period: i32,
        domain: Option<DomainName>,
    }

    /// Restores a deleted domain that is still in quarantine.
    #[timeout = "180s"]
    pub restore_domain: POST "/domains/{id}/restore" -> DomainStatus {
        /// The domain's id; the API's schema repeats it in the body.
        #[body]
        id: i64,
        domain: Option<DomainName>,
    }

    /// Transfers a domain in from another registrar with its auth code. The reply's status is
    /// `REQ` until the losing registrar lets it go, and may have no `id` yet.
    #[timeout = "180s"]
    pub transfer_domain: POST "/domains/transfer" -> TransferredDomain {
        domain: DomainName,
        /// The code from the current registrar.
        #[sensitive]
        auth_code: String,
        owner_handle: String,
        admin_handle: Option<String>,
        tech_handle: Option<String>,
        billing_handle: Option<String>,
        reseller_handle: Option<String>,
        /// `y` (years, the default), `m` or `q`.
        unit: Option<String>,
        name_servers: Option<Vec<Nameserver>>,
        ns_group: Option<String>,
        ns_template_id: Option<i32>,
        ns_template_name: Option<String>,
        /// `on`, `off` or `default`.
        autorenew: Option<String>,
        additional_data: Option<DomainAdditionalData>,
        is_dnssec_enabled: Option<bool>,
        dnssec_keys: Option<Vec<DnssecKey>>,
        is_private_whois_enabled: Option<bool>,
        use_domicile: Option<bool>,
        accept_premium_fee: Option<f64>,
        /// When to start the transfer.
        at: Option<String>,
        /// The registry's object id, for TLDs that need it.
        roid: Option<String>,
        promo_code: Option<String>,
        comments: Option<String>,
    }

    /// Changes a domain's owner where the registry calls that a trade (`.nl`, `.eu`, ...).
    #[timeout = "180s"]
    pub trade_domain: POST "/domains/trade" -> TradedDomain {
        domain: DomainName,
        owner_handle: String,
        #[sensitive]
        auth_code: Option<String>,
        period: Option<i32>,
        admin_handle: Option<String>,
        tech_handle: Option<String>,
        billing_handle: Option<String>,
        name_servers: Option<Vec<Nameserver>>,
        ns_group: Option<String>,
        ns_template_id: Option<i32>,
        ns_template_name: Option<String>,
        autorenew: Option<String>,
        additional_data: Option<DomainAdditionalData>,
        dnssec_keys: Option<Vec<DnssecKey>>,
        use_domicile: Option<bool>,
        promo_code: Option<String>,
        comments: Option<String>,
    }

    /// Suggests free names like `name` in the given TLDs. It changes nothing, so it is safe to
    /// repeat.
    #[safe_to_repeat]
    pub suggest_name_domain: POST "/domains/suggest-name" -> NameSuggestions {
        /// A word or a name, like `coffee`.
        name: String,
        tlds: Option<Vec<String>>,
        /// How many suggestions.
        limit: Option<i32>,
        /// Like `eng`.
        language: Option<String>,
        /// Also suggest names with sensitive words.
        sensitive: Option<bool>,
        provider: Option<String>,
    }

    /// Approves (`approve = 1`) or refuses (`0`) a transfer away, where the registry asks.
    pub approve_transfer: POST "/domains/{id}/transfer/approve" -> Success {
        /// The domain's id; the API's schema repeats it in the body.
        #[body]
        id: i64,
        approve: Option<i32>,
        domain: Option<DomainName>,
        #[sensitive]
        auth_code: Option<String>,
        registrar_tag: Option<String>,
    }

    /// Sends the transfer confirmation email (FOA1) to the registrant again.
    pub send_foa1: POST "/domains/{id}/transfer/send-foa1" -> Success {
        /// The domain's id; the API's schema repeats it in the body.
        #[body]
        id: i64,
        domain: Option<DomainName>,
    }

    /// Tries the domain's last failed operation again (a transfer with a corrected auth code,
    /// say).
    pub try_again_last_operation: POST "/domains/{id}/last-operation/restart" -> Success {
        /// The domain's id; the API's schema repeats it in the body.
        #[body]
        id: i64,
        domain: Option<DomainName>,
        #[sensitive]
        auth_code: Option<String>,
    }

    /// Reads a domain's auth code, to transfer it away.
    pub get_auth_code: GET "/domains/{id}/authcode" -> AuthCode {
        id: i64,
        /// Sent as `domain.name` and `domain.extension`.
        domain: Option<DomainName>,
        /// `external` (the default) or `internal`.
        auth_code_type: Option<String>,
        /// How the registry sends the code, where it does not return it.
        sending_type: Option<String>,
    }

    /// Asks for a new auth code.
    pub reset_auth_code: POST "/domains/{id}/authcode/reset" -> AuthCode {
        /// The domain's id; the API's schema repeats it in the body.
        #[body]
        id: i64,
        domain: Option<DomainName>,
        /// `external` (the default) or `internal`.
        auth_code_type: Option<String>,
        sending_type: Option<String>,
    }

    /// The price of an operation on a domain: `create`, `renew`, `transfer` or `restore`.
    pub get_price: GET "/domains/prices" -> DomainPrice {
        /// Sent as `domain.name` and `domain.extension`.
        domain: Option<DomainName>,
        operation: Option<String>,
        /// Years.
        period: Option<i32>,
        #[rename = "additional_data.idn_script"]
        idn_script: Option<String>,
    }

    /// What `additional_data` a TLD needs for a domain operation, like `legal_type` for `.ca`.
    pub get_additional_data: GET "/domains/additional-data" -> Vec<AdditionalDataField> {
        /// Sent as `domain.name` and `domain.extension`; the extension is what matters.
        domain: Option<DomainName>,
        /// Like `create` or `transfer`.
        operation: Option<String>,
    }

    /// What `extension_additional_data` a TLD needs on a customer handle, like `whois_email`
    /// for `.eu`. The authoritative answer, at run time, to what `check_tld` checks.
    pub get_customer_additional_data: GET "/domains/additional-data/customers" -> Vec<AdditionalDataField> {
        /// Sent as `domain.name` and `domain.extension`; the extension is what matters.
        domain: Option<DomainName>,
    }
}

/// A DNSSEC key of a domain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DnssecKey {
    /// Algorithm number, like 13.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub alg: Option<i64>,
    /// Like 257 for a key-signing key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub flags: Option<i64>,
    /// Always 3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub protocol: Option<i64>,
    /// The public key, base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pub_key: Option<String>,
    /// Set by the registry; not changeable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub readonly: Option<i64>,
}

/// Data some TLDs need about a domain. The fields most TLDs ask for are named; the others (the
/// set grows with the TLDs) go in `extra` under their wire names. `get_additional_data` says
/// which a TLD needs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DomainAdditionalData {
    /// Like `CCT` for `.ca`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_type: Option<String>,
    /// The script of an internationalised name, like `cyrl`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idn_script: Option<String>,
    /// A company's registration number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_registration_number: Option<String>,
    /// A VAT number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat: Option<String>,
    /// A passport number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_number: Option<String>,
    /// What the domain will be used for, where a TLD asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intended_use: Option<String>,
    /// A trademark the name rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trademark: Option<String>,
    /// Every other field, under its wire name, like `eligibility_type`.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`check_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DomainChecks {
    /// One result per domain asked about, in order.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub results: Vec<DomainCheck>,
}

/// Whether one domain is free.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DomainCheck {
    /// The whole name, like `example.com`.
    #[serde(default)]
    pub domain: String,
    /// `free` when it can be registered; `active` (or `reserved`, `in use`) when not.
    #[serde(default)]
    pub status: String,
    /// A premium name costs more; see `premium`.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_premium: bool,
    /// With `with_price`: the price to you and to your customers.
    #[serde(default)]
    pub price: Option<PriceGroup>,
    /// For a premium name: its price.
    #[serde(default)]
    pub premium: Option<Value>,
    /// Why a name is not free, where the API says.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub reason: Option<String>,
    /// A trademark claim key, for names in a claims period.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub claim_key: Option<String>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl DomainCheck {
    /// Whether the name can be registered: only `free` means yes.
    pub fn is_free(&self) -> bool {
        self.status.eq_ignore_ascii_case("free")
    }
}

/// A price to you (`reseller`) and the list price (`product`); currencies can differ.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PriceGroup {
    /// The list price.
    #[serde(default)]
    pub product: Option<Price>,
    /// Your price; `{"currency": "", "price": 0}` when there is none.
    #[serde(default)]
    pub reseller: Option<Price>,
}

/// An amount in a currency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Price {
    /// The amount, sent as an integer or a float.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub price: Option<f64>,
    /// Like `EUR`; empty when there is no price.
    #[serde(default)]
    pub currency: String,
}

/// The reply of [`create_domain`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreatedDomain {
    /// The new domain's id, which every later call needs.
    #[serde(deserialize_with = "crate::de::lenient_i64")]
    pub id: i64,
    /// `ACT` when registered, `REQ` while the registry works on it.
    #[serde(default)]
    pub status: String,
    /// The auth code, for a later transfer away.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    #[serde(default, deserialize_with = "crate::de::datetime")]
    /// When the registration became active.
    pub activation_date: Option<DateTime>,
    /// When the registration ends at the registry.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it (or lets it go): before `expiration_date`.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub renewal_date: Option<DateTime>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A domain as [`get_domain`] and [`list_domains`] return it. Many more fields come than are
/// named here; they are kept in `extra`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Domain {
    /// The id every call about this domain takes.
    #[serde(default, deserialize_with = "crate::de::lenient_i64")]
    pub id: i64,
    /// Its name and extension.
    #[serde(default)]
    pub domain: Option<DomainName>,
    /// `ACT`, `REQ`, `PEN`, `RRQ` (restore requested), `SCH` (transfer scheduled), `DEL`,
    /// `FAI`, `TRAN` (transferred away).
    #[serde(default)]
    pub status: String,
    /// `None` when the API sends `""`.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub owner_handle: Option<String>,
    /// The administrative contact's handle; `None` for `""`.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub admin_handle: Option<String>,
    /// The technical contact's handle; `None` for `""`.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub tech_handle: Option<String>,
    /// The billing contact's handle; `None` for `""`.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub billing_handle: Option<String>,
    /// The reseller contact's handle; `None` for `""`.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub reseller_handle: Option<String>,
    /// Name servers; some come without `ip` or with `"ip": ""`.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub name_servers: Vec<Nameserver>,
    /// The name-server group, if one is used.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub ns_group: Option<String>,
    /// `on`, `off` or `default`.
    #[serde(default)]
    pub autorenew: Option<String>,
    /// The auth code, where the registry keeps one.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    /// Whether the registry lock against transfers is on.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_locked: bool,
    /// Whether the registrant's data is hidden in WHOIS.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_private_whois_enabled: bool,
    /// Whether DNSSEC is on.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_dnssec_enabled: bool,
    /// Whether it is a premium name.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_premium: bool,
    /// Whether it is deleted.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_deleted: bool,
    /// Whether it can be renewed now.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub can_renew: Option<bool>,
    /// Sent as `"yes"`/`"no"`.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub trade_auth_code_required: Option<bool>,
    /// Sent as `"yes"`/`"no"`.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub transfer_auth_code_required: Option<bool>,
    /// When it was ordered.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub order_date: Option<DateTime>,
    /// When it became active (a create reply calls it `activation_date`).
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub active_date: Option<DateTime>,
    /// When it was created at the registry.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub creation_date: Option<DateTime>,
    /// When the registration ends at the registry.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it (or lets it go): before `expiration_date`.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub renewal_date: Option<DateTime>,
    /// `None` when not deleted (`0000-00-00 00:00:00`).
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub deleted_at: Option<DateTime>,
    /// When it was last changed.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub last_changed: Option<DateTime>,
    /// DNSSEC keys.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub dnssec_keys: Vec<DnssecKey>,
    /// With `with_additional_data`.
    #[serde(default)]
    pub additional_data: Option<DomainAdditionalData>,
    /// Your comments.
    #[serde(default)]
    pub comments: Option<String>,
    /// Fields the API sent that this type does not name (`dnssec`, `history`, ...).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Domain {
    /// The whole name, like `example.com`, when the reply named the domain.
    pub fn full_name(&self) -> Option<String> {
        self.domain.as_ref().map(ToString::to_string)
    }
}

/// The reply of [`update_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdatedDomain {
    /// The domain's id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub id: Option<i64>,
    /// Its status after the change.
    #[serde(default)]
    pub status: Option<String>,
}

/// The reply of [`delete_domain`], [`renew_domain`] and [`restore_domain`]: the domain's status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DomainStatus {
    /// Like `ACT` or `DEL`.
    #[serde(default)]
    pub status: Option<String>,
}

/// The reply of [`transfer_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TransferredDomain {
    /// The domain's id; a transfer reply may have none yet.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub id: Option<i64>,
    /// `REQ` until the transfer completes, then `ACT`.
    #[serde(default)]
    pub status: Option<String>,
    /// The auth code; `None` for `""`.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    /// When the registration ends at the registry.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it: before `expiration_date`.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub renewal_date: Option<DateTime>,
    /// Fields the API sent that this type does not name (`error`, `description`, ...).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`trade_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TradedDomain {
    /// Like `ACT` or `REQ`.
    #[serde(default)]
    pub status: Option<String>,
    /// When it was created at the registry.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub creation_date: Option<DateTime>,
    /// When the registration ends at the registry.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it: before `expiration_date`.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub renewal_date: Option<DateTime>,
}

/// The reply of [`suggest_name_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NameSuggestions {
    /// The suggestions.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub results: Vec<NameSuggestion>,
}

/// One suggested name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NameSuggestion {
    /// The whole name, like `coffee.shop`.
    #[serde(default)]
    pub domain: String,
    /// The first label.
    #[serde(default)]
    pub name: String,
    /// The extension.
    #[serde(default)]
    pub tld: String,
}

/// The reply of [`get_auth_code`] and [`reset_auth_code`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuthCode {
    /// The code; empty where the registry sends it to the registrant instead.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    /// `external` or `internal`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Whether the API says it succeeded.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub success: Option<bool>,
    /// Fields the API sent that this type does not name (`epp_statuses`, `auth_info`, ...).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`get_price`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DomainPrice {
    /// The price.
    #[serde(default)]
    pub price: Option<PriceGroup>,
    /// Whether it is a premium name.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_premium: bool,
    /// Whether a promotion lowers the price.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub is_promotion: bool,
    /// The price with a membership, where there is one.
    #[serde(default)]
    pub membership_price: Option<PriceGroup>,
    /// The price of your reseller tier.
    #[serde(default)]
    pub tier_price: Option<PriceGroup>,
    /// Fields the API sent that this type does not name (`promotion_data`, ...).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A field some TLD needs, from [`get_additional_data`] or [`get_customer_additional_data`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdditionalDataField {
    /// The field's wire name, like `legal_type`.
    #[serde(default)]
    pub name: String,
    /// `text`, `select`, ...
    #[serde(default, rename = "type")]
    pub kind: String,
    /// Whether the TLD requires it.
    #[serde(default, deserialize_with = "crate::de::lenient_bool")]
    pub required: bool,
    /// What the field is for.
    #[serde(default)]
    pub description: Option<String>,
    /// For a `select`: the values it takes.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub options: Vec<AdditionalDataOption>,
}

/// One value of a `select` field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdditionalDataOption {
    /// What to send.
    #[serde(default)]
    pub value: String,
    /// What it means.
    #[serde(default)]
    pub description: Option<String>,
}
