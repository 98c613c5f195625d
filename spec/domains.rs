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

use crate::de::LenientDeserialize;
use serde::Serialize;
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct DnssecKey {
    /// Algorithm number, like 13.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<i64>,
    /// Like 257 for a key-signing key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<i64>,
    /// Always 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<i64>,
    /// The public key, base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pub_key: Option<String>,
    /// Set by the registry; not changeable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readonly: Option<i64>,
}

/// Data some TLDs need about a domain. The fields most TLDs ask for are named; the others (the
/// set grows with the TLDs) go in `extra` under their wire names. `get_additional_data` says
/// which a TLD needs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
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
    /// Its abogado acceptance (`abogado_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abogado_acceptance: Option<String>,
    /// Its admin sing pass id (`admin_sing_pass_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_sing_pass_id: Option<String>,
    /// Its ae acceptance (`ae_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ae_acceptance: Option<String>,
    /// Its allocation token (`allocation_token`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_token: Option<String>,
    /// `auth_code`: auth code.
    #[serde(
        default,
        with = "crate::common::optional_secret",
        skip_serializing_if = "Option::is_none"
    )]
    pub auth_code: Option<crate::SecretString>,
    /// Its bank acceptance (`bank_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_acceptance: Option<String>,
    /// Its coop acceptance (`coop_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coop_acceptance: Option<String>,
    /// Its customer uin (`customer_uin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_uin: Option<String>,
    /// Its customer uin doc type (`customer_uin_doc_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_uin_doc_type: Option<DomainAdditionalDataCustomerUinDocType>,
    /// `domain_name_variants`: domain name variants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domain_name_variants: Vec<String>,
    /// Its eligibility type (`eligibility_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_type: Option<String>,
    /// Its eligibility type relationship (`eligibility_type_relationship`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_type_relationship: Option<String>,
    /// Its es annex acceptance (`es_annex_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es_annex_acceptance: Option<String>,
    /// Its ftld token (`ftld_token`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ftld_token: Option<String>,
    /// Its gay donation acceptance (`gay_donation_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gay_donation_acceptance: Option<String>,
    /// Its gay rights protection acceptance (`gay_rights_protection_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gay_rights_protection_acceptance: Option<String>,
    /// Its id number (`id_number`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    /// Its id type (`id_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_type: Option<String>,
    /// Its insurance acceptance (`insurance_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance_acceptance: Option<String>,
    /// Its law acceptance (`law_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law_acceptance: Option<String>,
    /// Its maintainer (`maintainer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer: Option<String>,
    /// Its membership id (`membership_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membership_id: Option<String>,
    /// Its mobile phone number verification (`mobile_phone_number_verification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_phone_number_verification: Option<String>,
    /// Its ngo ong eligibility acceptance (`ngo_ong_eligibility_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ngo_ong_eligibility_acceptance: Option<String>,
    /// Its ngo ong policy acceptance (`ngo_ong_policy_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ngo_ong_policy_acceptance: Option<String>,
    /// Its rurf blocked domains (`rurf_blocked_domains`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rurf_blocked_domains: Option<String>,
    /// Its self service (`self_service`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_service: Option<String>,
    /// Its trademark id (`trademark_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trademark_id: Option<String>,
    /// Its travel acceptance (`travel_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_acceptance: Option<String>,
    /// Its verification code (`verification_code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_code: Option<String>,
    /// Its vote acceptance (`vote_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote_acceptance: Option<String>,
    /// Its voto acceptance (`voto_acceptance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voto_acceptance: Option<String>,
    /// Every other field, under its wire name, like `eligibility_type`.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`check_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainChecks {
    /// One result per domain asked about, in order.
    #[serde(default)]
    pub results: Vec<DomainCheck>,
}

/// Whether one domain is free.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainCheck {
    /// The whole name, like `example.com`.
    #[serde(default)]
    pub domain: String,
    /// `free` when it can be registered; `active` (or `reserved`, `in use`) when not.
    #[serde(default)]
    pub status: String,
    /// A premium name costs more; see `premium`.
    #[serde(default)]
    pub is_premium: bool,
    /// With `with_price`: the price to you and to your customers.
    #[serde(default)]
    pub price: Option<PriceGroup>,
    /// Why a name is not free, where the API says.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub reason: Option<String>,
    /// A trademark claim key, for names in a claims period.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub claim_key: Option<String>,
    /// For a premium name: its price.
    #[serde(default)]
    pub premium: Option<DomainCheckPremium>,
    /// Its whois (`whois`).
    #[serde(default)]
    pub whois: Option<String>,
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Price {
    /// The amount, sent as an integer or a float.
    #[serde(default)]
    pub price: Option<f64>,
    /// Like `EUR`; empty when there is no price.
    #[serde(default)]
    pub currency: String,
}

/// The reply of [`create_domain`].
#[derive(Debug, Clone, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct CreatedDomain {
    /// The new domain's id, which every later call needs.
    pub id: i64,
    /// `ACT` when registered, `REQ` while the registry works on it.
    #[serde(default)]
    pub status: String,
    /// The auth code, for a later transfer away.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    #[serde(default)]
    /// When the registration became active.
    pub activation_date: Option<DateTime>,
    /// When the registration ends at the registry.
    #[serde(default)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it (or lets it go): before `expiration_date`.
    #[serde(default)]
    pub renewal_date: Option<DateTime>,
    /// Its additional data (`additional_data`).
    #[serde(default)]
    pub additional_data: Option<DomainAdditionalData>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A domain as [`get_domain`] and [`list_domains`] return it. Many more fields come than are
/// named here; they are kept in `extra`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Domain {
    /// The id every call about this domain takes.
    #[serde(default)]
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
    #[serde(default)]
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
    #[serde(default)]
    pub is_locked: bool,
    /// Whether the registrant's data is hidden in WHOIS.
    #[serde(default)]
    pub is_private_whois_enabled: bool,
    /// Whether DNSSEC is on.
    #[serde(default)]
    pub is_dnssec_enabled: bool,
    /// Whether it is a premium name.
    #[serde(default)]
    pub is_premium: bool,
    /// Whether it is deleted.
    #[serde(default)]
    pub is_deleted: bool,
    /// Whether it can be renewed now.
    #[serde(default)]
    pub can_renew: Option<bool>,
    /// Sent as `"yes"`/`"no"`.
    #[serde(default)]
    pub trade_auth_code_required: Option<bool>,
    /// Sent as `"yes"`/`"no"`.
    #[serde(default)]
    pub transfer_auth_code_required: Option<bool>,
    /// When it was ordered.
    #[serde(default)]
    pub order_date: Option<DateTime>,
    /// When it became active (a create reply calls it `activation_date`).
    #[serde(default)]
    pub active_date: Option<DateTime>,
    /// When it was created at the registry.
    #[serde(default)]
    pub creation_date: Option<DateTime>,
    /// When the registration ends at the registry.
    #[serde(default)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it (or lets it go): before `expiration_date`.
    #[serde(default)]
    pub renewal_date: Option<DateTime>,
    /// `None` when not deleted (`0000-00-00 00:00:00`).
    #[serde(default)]
    pub deleted_at: Option<DateTime>,
    /// When it was last changed.
    #[serde(default)]
    pub last_changed: Option<DateTime>,
    /// DNSSEC keys.
    #[serde(default)]
    pub dnssec_keys: Vec<DnssecKey>,
    /// With `with_additional_data`.
    #[serde(default)]
    pub additional_data: Option<DomainAdditionalData>,
    /// Your comments.
    #[serde(default)]
    pub comments: Option<String>,
    /// Its abuse details (`abuse_details`).
    #[serde(default)]
    pub abuse_details: Option<DomainAbuseDetails>,
    /// Its api history (`api_history`).
    #[serde(default)]
    pub api_history: Vec<DomainApiHistory>,
    /// Its application id (`application_id`).
    #[serde(default)]
    pub application_id: Option<String>,
    /// Its application mode (`application_mode`).
    #[serde(default)]
    pub application_mode: Option<String>,
    /// The application mode expiration date (`application_mode_expiration_date`).
    #[serde(default)]
    pub application_mode_expiration_date: Option<crate::jiff::civil::DateTime>,
    /// Its application mode title (`application_mode_title`).
    #[serde(default)]
    pub application_mode_title: Option<String>,
    /// Its application notice id (`application_notice_id`).
    #[serde(default)]
    pub application_notice_id: Option<String>,
    /// Its application smd (`application_smd`).
    #[serde(default)]
    pub application_smd: Option<String>,
    /// When comments last changed (`comments_last_changed_at`).
    #[serde(default)]
    pub comments_last_changed_at: Option<crate::jiff::civil::DateTime>,
    /// Its delete status (`delete_status`).
    #[serde(default)]
    pub delete_status: Option<String>,
    /// Its dnssec (`dnssec`).
    #[serde(default)]
    pub dnssec: Option<String>,
    /// The hard quarantine expiry date (`hard_quarantine_expiry_date`).
    #[serde(default)]
    pub hard_quarantine_expiry_date: Option<crate::jiff::civil::DateTime>,
    /// Whether it has active sectigo zone (`has_active_sectigo_zone`).
    #[serde(default)]
    pub has_active_sectigo_zone: Option<bool>,
    /// Whether it has history (`has_history`).
    #[serde(default)]
    pub has_history: Option<bool>,
    /// Its history (`history`).
    #[serde(default)]
    pub history: Vec<DomainHistory>,
    /// Its internal auth code (`internal_auth_code`).
    #[serde(default, with = "crate::common::optional_secret")]
    pub internal_auth_code: Option<crate::SecretString>,
    /// Whether it is abusive (`is_abusive`).
    #[serde(default)]
    pub is_abusive: Option<bool>,
    /// Whether it is client hold enabled (`is_client_hold_enabled`).
    #[serde(default)]
    pub is_client_hold_enabled: Option<bool>,
    /// Whether it is hosted whois (`is_hosted_whois`).
    #[serde(default)]
    pub is_hosted_whois: Option<bool>,
    /// Whether it is lockable (`is_lockable`).
    #[serde(default)]
    pub is_lockable: Option<bool>,
    /// Whether it is parked (`is_parked`).
    #[serde(default)]
    pub is_parked: Option<bool>,
    /// Whether it is private whois allowed (`is_private_whois_allowed`).
    #[serde(default)]
    pub is_private_whois_allowed: Option<bool>,
    /// Whether it is sectigo dns enabled (`is_sectigo_dns_enabled`).
    #[serde(default)]
    pub is_sectigo_dns_enabled: Option<bool>,
    /// Whether it is spamexperts enabled (`is_spamexperts_enabled`).
    #[serde(default)]
    pub is_spamexperts_enabled: Option<bool>,
    /// Whether modify owner is allowed (`modify_owner_allowed`).
    #[serde(default)]
    pub modify_owner_allowed: Option<bool>,
    /// The ns template id, a number (`ns_template_id`).
    #[serde(default)]
    pub ns_template_id: Option<i64>,
    /// Its ns template name (`ns_template_name`).
    #[serde(default)]
    pub ns_template_name: Option<String>,
    /// The nsgroup id, a number (`nsgroup_id`).
    #[serde(default)]
    pub nsgroup_id: Option<i64>,
    /// Its owner (`owner`).
    #[serde(default)]
    pub owner: Option<DomainOwner>,
    /// Its owner company name (`owner_company_name`).
    #[serde(default)]
    pub owner_company_name: Option<String>,
    /// The quarantine expiration date (`quarantine_expiration_date`).
    #[serde(default)]
    pub quarantine_expiration_date: Option<crate::jiff::civil::DateTime>,
    /// The registry expiration date (`registry_expiration_date`).
    #[serde(default)]
    pub registry_expiration_date: Option<crate::jiff::civil::DateTime>,
    /// Its registry statuses (`registry_statuses`).
    #[serde(default)]
    pub registry_statuses: Option<DomainRegistryStatuses>,
    /// The renew, a number (`renew`).
    #[serde(default)]
    pub renew: Option<i64>,
    /// The reseller id, a number (`reseller_id`).
    #[serde(default)]
    pub reseller_id: Option<i64>,
    /// When restorable until (`restorable_until`).
    #[serde(default)]
    pub restorable_until: Option<crate::jiff::civil::DateTime>,
    /// When scheduled (`scheduled_at`).
    #[serde(default)]
    pub scheduled_at: Option<crate::jiff::civil::DateTime>,
    /// When scheduled from (`scheduled_from`).
    #[serde(default)]
    pub scheduled_from: Option<crate::jiff::civil::DateTime>,
    /// The soft quarantine expiry date (`soft_quarantine_expiry_date`).
    #[serde(default)]
    pub soft_quarantine_expiry_date: Option<crate::jiff::civil::DateTime>,
    /// Whether trade is allowed (`trade_allowed`).
    #[serde(default)]
    pub trade_allowed: Option<bool>,
    /// Whether transfer cancel is supported (`transfer_cancel_supported`).
    #[serde(default)]
    pub transfer_cancel_supported: Option<bool>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Its unit (`unit`).
    #[serde(default)]
    pub unit: Option<String>,
    /// Whether it use domicile (`use_domicile`).
    #[serde(default)]
    pub use_domicile: Option<bool>,
    /// The verification email exp date (`verification_email_exp_date`).
    #[serde(default)]
    pub verification_email_exp_date: Option<crate::jiff::civil::DateTime>,
    /// Its verification email name (`verification_email_name`).
    #[serde(default)]
    pub verification_email_name: Option<String>,
    /// Its verification email status (`verification_email_status`).
    #[serde(default)]
    pub verification_email_status: Option<String>,
    /// Its verification email status description (`verification_email_status_description`).
    #[serde(default)]
    pub verification_email_status_description: Option<String>,
    /// Its whois privacy data (`whois_privacy_data`).
    #[serde(default)]
    pub whois_privacy_data: Option<DomainWhoisPrivacyData>,
    /// Fields the API sent that its document does not list.
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct UpdatedDomain {
    /// The domain's id.
    #[serde(default)]
    pub id: Option<i64>,
    /// Its status after the change.
    #[serde(default)]
    pub status: Option<String>,
}

/// The reply of [`delete_domain`], [`renew_domain`] and [`restore_domain`]: the domain's status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainStatus {
    /// Like `ACT` or `DEL`.
    #[serde(default)]
    pub status: Option<String>,
}

/// The reply of [`transfer_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TransferredDomain {
    /// The domain's id; a transfer reply may have none yet.
    #[serde(default)]
    pub id: Option<i64>,
    /// `REQ` until the transfer completes, then `ACT`.
    #[serde(default)]
    pub status: Option<String>,
    /// The auth code; `None` for `""`.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    /// When the registration ends at the registry.
    #[serde(default)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it: before `expiration_date`.
    #[serde(default)]
    pub renewal_date: Option<DateTime>,
    /// Its description (`description`).
    #[serde(default)]
    pub description: Option<String>,
    /// Its error (`error`).
    #[serde(default)]
    pub error: Option<String>,
    /// Its name (`name`).
    #[serde(default)]
    pub name: Option<String>,
    /// Whether required holds (`required`).
    #[serde(default)]
    pub required: Option<bool>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`trade_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TradedDomain {
    /// Like `ACT` or `REQ`.
    #[serde(default)]
    pub status: Option<String>,
    /// When it was created at the registry.
    #[serde(default)]
    pub creation_date: Option<DateTime>,
    /// When the registration ends at the registry.
    #[serde(default)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it: before `expiration_date`.
    #[serde(default)]
    pub renewal_date: Option<DateTime>,
}

/// The reply of [`suggest_name_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct NameSuggestions {
    /// The suggestions.
    #[serde(default)]
    pub results: Vec<NameSuggestion>,
}

/// One suggested name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct AuthCode {
    /// The code; empty where the registry sends it to the registrant instead.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    /// `external` or `internal`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Whether the API says it succeeded.
    #[serde(default)]
    pub success: Option<bool>,
    /// Its auth info (`auth_info`).
    #[serde(default)]
    pub auth_info: Option<AuthCodeAuthInfo>,
    /// Its domain roid (`domain_roid`).
    #[serde(default)]
    pub domain_roid: Option<String>,
    /// Its epp statuses (`epp_statuses`).
    #[serde(default)]
    pub epp_statuses: Vec<String>,
    /// Its rgp statuses (`rgp_statuses`).
    #[serde(default)]
    pub rgp_statuses: Option<AuthCodeRgpStatuses>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`get_price`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainPrice {
    /// The price.
    #[serde(default)]
    pub price: Option<PriceGroup>,
    /// Whether it is a premium name.
    #[serde(default)]
    pub is_premium: bool,
    /// Whether a promotion lowers the price.
    #[serde(default)]
    pub is_promotion: bool,
    /// The price with a membership, where there is one.
    #[serde(default)]
    pub membership_price: Option<PriceGroup>,
    /// The price of your reseller tier.
    #[serde(default)]
    pub tier_price: Option<PriceGroup>,
    /// Its promotion data (`promotion_data`).
    #[serde(default)]
    pub promotion_data: Option<DomainPricePromotionData>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A field some TLD needs, from [`get_additional_data`] or [`get_customer_additional_data`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct AdditionalDataField {
    /// The field's wire name, like `legal_type`.
    #[serde(default)]
    pub name: String,
    /// `text`, `select`, ...
    #[serde(default, rename = "type")]
    pub kind: String,
    /// Whether the TLD requires it.
    #[serde(default)]
    pub required: bool,
    /// What the field is for.
    #[serde(default)]
    pub description: Option<String>,
    /// For a `select`: the values it takes.
    #[serde(default)]
    pub options: Vec<AdditionalDataOption>,
}

/// One value of a `select` field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct AdditionalDataOption {
    /// What to send.
    #[serde(default)]
    pub value: String,
    /// What it means.
    #[serde(default)]
    pub description: Option<String>,
}

/// `DomainAbuseDetails` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainAbuseDetails {
    /// The abuse id, a number (`abuse_id`).
    #[serde(default)]
    pub abuse_id: Option<i64>,
    /// Whether it is domain held (`is_domain_held`).
    #[serde(default)]
    pub is_domain_held: Option<bool>,
    /// Its message (`message`).
    #[serde(default)]
    pub message: Option<String>,
}

/// `DomainApiHistory` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainApiHistory {
    /// Its cmd (`cmd`).
    #[serde(default)]
    pub cmd: Option<String>,
    /// When created (`created_at`).
    #[serde(default)]
    pub created_at: Option<crate::jiff::civil::DateTime>,
    /// The domain id, a number (`domain_id`).
    #[serde(default)]
    pub domain_id: Option<i64>,
    /// What was sent (`in` on the wire).
    #[serde(default, rename = "in")]
    pub input: Option<String>,
    /// Its out (`out`).
    #[serde(default)]
    pub out: Option<String>,
}

/// `DomainHistory` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainHistory {
    /// Its contents (`contents`).
    #[serde(default)]
    pub contents: Option<String>,
    /// Its domain (`domain`).
    #[serde(default)]
    pub domain: Option<String>,
    /// Its ip (`ip`).
    #[serde(default)]
    pub ip: Option<String>,
    /// Its subject (`subject`).
    #[serde(default)]
    pub subject: Option<String>,
    /// When timestamp (`timestamp`).
    #[serde(default)]
    pub timestamp: Option<crate::jiff::civil::DateTime>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// `DomainOwner` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainOwner {
    /// Its company name (`company_name`).
    #[serde(default)]
    pub company_name: Option<String>,
    /// Its full name (`full_name`).
    #[serde(default)]
    pub full_name: Option<String>,
}

/// `RegistryStatus` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct RegistryStatus {
    /// Whether it is changeable (`is_changeable`).
    #[serde(default)]
    pub is_changeable: Option<bool>,
    /// The value, a number (`value`).
    #[serde(default)]
    pub value: Option<i64>,
}

/// `DomainRegistryStatuses` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainRegistryStatuses {
    /// Its client hold (`client_hold`).
    #[serde(default)]
    pub client_hold: Option<RegistryStatus>,
    /// Its client transfer prohibited (`client_transfer_prohibited`).
    #[serde(default)]
    pub client_transfer_prohibited: Option<RegistryStatus>,
}

/// `DomainWhoisPrivacyData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainWhoisPrivacyData {
    /// The expiration date (`expiration_date`).
    #[serde(default)]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
}

/// `DomainAdditionalDataCustomerUinDocType` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainAdditionalDataCustomerUinDocType {
    /// Its description (`description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its doc type (`doc_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
}

/// `DomainCheckPremiumPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainCheckPremiumPrice {
    /// The create, a number (`create`).
    #[serde(default)]
    pub create: Option<f64>,
}

/// `DomainCheckPremium` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainCheckPremium {
    /// Its currency (`currency`).
    #[serde(default)]
    pub currency: Option<String>,
    /// Its price (`price`).
    #[serde(default)]
    pub price: Option<DomainCheckPremiumPrice>,
}

/// `DomainPricePromotionData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainPricePromotionData {
    /// The end date (`end_date`).
    #[serde(default)]
    pub end_date: Option<crate::jiff::civil::DateTime>,
    /// The start date (`start_date`).
    #[serde(default)]
    pub start_date: Option<crate::jiff::civil::DateTime>,
}

/// `AuthCodeAuthInfo` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct AuthCodeAuthInfo {
    /// Its pw (`pw`).
    #[serde(default, with = "crate::common::optional_secret")]
    pub pw: Option<crate::SecretString>,
}

/// `AuthCodeRgpStatuses` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct AuthCodeRgpStatuses {
    /// Its add period (`add_period`).
    #[serde(default)]
    pub add_period: Option<String>,
    /// Its auto renew period (`auto_renew_period`).
    #[serde(default)]
    pub auto_renew_period: Option<String>,
}
