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
        #[tld_rules(create)]
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
        /// The first label, `*` as a wildcard.
        domain_name_pattern: Option<String>,
        /// The extension without a dot, like `com`.
        extension: Option<String>,
        /// Like `ACT`, `REQ`, `DEL`, `FAI`.
        status: Option<String>,
        /// Statuses to leave out.
        status_not_equal: Option<Vec<String>>,
        id: Option<i64>,
        renewal_date: Option<String>,
        /// Only results whose name-server group matches, `*` as a wildcard.
        ns_group_pattern: Option<String>,
        queue_status: Option<String>,
        /// Domains that use this handle in any role.
        contact_handle: Option<String>,
        /// Only results whose comment matches, `*` as a wildcard.
        comment_pattern: Option<String>,
        is_deleted: Option<bool>,
        /// Adds the history of changes.
        with_history: Option<bool>,
        /// Adds the history of changes made through the API.
        with_api_history: Option<bool>,
        /// Adds the additional data (per-TLD data) to the reply.
        with_additional_data: Option<bool>,
        /// Adds the e-mail verification state to the reply.
        with_verification_email: Option<bool>,
        /// Adds the registry statuses to the reply.
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
        /// Adds the history of changes.
        with_history: Option<bool>,
        /// Adds the history of changes made through the API.
        with_api_history: Option<bool>,
        /// Adds the additional data (per-TLD data) to the reply.
        with_additional_data: Option<bool>,
        /// Adds the e-mail verification state to the reply.
        with_verification_email: Option<bool>,
        /// Adds the abuse details to the reply.
        with_abuse_details: Option<bool>,
        /// Adds the whois privacy data to the reply.
        with_whois_privacy_data: Option<bool>,
        /// Adds the registry statuses to the reply.
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
        #[tld_rules(transfer)]
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
        #[tld_rules(trade)]
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
    /// The script of an internationalised name, a code like `SPA` from the TLD's
    /// `supported_idn_scripts`.
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
    /// For `.abogado`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abogado_acceptance: Option<String>,
    /// For `.sg` and `.com.sg`: the admin contact's SingPass ID, like `X1234567X`,
    /// or a foreign organisation's `SGNICID-X12-345678`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_sing_pass_id: Option<String>,
    /// For `.ae`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ae_acceptance: Option<String>,
    /// A token from the registry that lets you register the name, where a TLD asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_token: Option<String>,
    /// The auth code to send with this TLD's additional data, where it asks for one.
    #[serde(
        default,
        with = "crate::common::optional_secret",
        skip_serializing_if = "Option::is_none"
    )]
    pub auth_code: Option<crate::SecretString>,
    /// For `.bank`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_acceptance: Option<String>,
    /// For gTLDs: `1` to consent to publishing the owner's contact data in WHOIS instead of
    /// redacting it, `0` not to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub consent_for_publishing: Option<String>,
    /// For `.coop`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coop_acceptance: Option<String>,
    /// The number of the document that proves the owner's identity, like a passport
    /// or company registration number, for TLDs that ask (`.bg`, `.cn`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_uin: Option<String>,
    /// What kind of document `customer_uin` comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_uin_doc_type: Option<DomainAdditionalDataCustomerUinDocType>,
    /// For `.dk`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub dk_acceptance: Option<String>,
    /// Other spellings of the name (IDN variants) to register with it, where the TLD has them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domain_name_variants: Vec<String>,
    /// For `.au` names: the eligibility type, one of the options `get_additional_data` lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_type: Option<String>,
    /// For `.au` names: how the eligibility (a business name, say) relates to the domain name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_type_relationship: Option<String>,
    /// For `.es`: an acceptance the registry asks for; its values are not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es_annex_acceptance: Option<String>,
    /// For `.bank` and `.insurance`: the registry's token; the owner handle must match it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ftld_token: Option<String>,
    /// For `.gay`: `1` to accept the donation terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gay_donation_acceptance: Option<String>,
    /// For `.gay`: `1` to accept the rights-protection terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gay_rights_protection_acceptance: Option<String>,
    /// For `.com.au`, `.net.au` and `.org.au`: an identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    /// For `.com.au`, `.net.au` and `.org.au`: what kind of number `id_number` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_type: Option<String>,
    /// For `.se` and `.nu`: `1` to accept the registry's (Internetstiftelsen's) terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub iisse_acceptance: Option<String>,
    /// For `.insurance`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance_acceptance: Option<String>,
    /// For `.law`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law_acceptance: Option<String>,
    /// For `.cat`: maintainer information, at most 128 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer: Option<String>,
    /// For `.lotto` and `.xxx`: a membership id; it cannot be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membership_id: Option<String>,
    /// For `.ru`, `.su` and `.xn--p1ai`: verification of the mobile number by SMS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_phone_number_verification: Option<String>,
    /// For `.ngo` and `.ong`: `1` to accept the eligibility terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ngo_ong_eligibility_acceptance: Option<String>,
    /// For `.ngo` and `.ong`: `1` to accept the registry's policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ngo_ong_policy_acceptance: Option<String>,
    /// For `.nz`: the registrant's privacy option; its values are not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub nz_privacy_option: Option<String>,
    /// For `.ru` and `.xn--p1ai`: concerns the registry's list of blocked names;
    /// not documented further.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rurf_blocked_domains: Option<String>,
    /// For `.feedback`; its values are not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_service: Option<String>,
    /// By its name, the key that authorises a trade (owner change); no source names its TLDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub trade_auth_key: Option<crate::SecretString>,
    /// For `.barcelona`: the local trademark id, in the local-trademark phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trademark_id: Option<String>,
    /// For `.travel`: the registrant's acknowledgement of being in the travel industry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_acceptance: Option<String>,
    /// For `.ua`: the licence the registration rests on; its format is not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub ua_license: Option<String>,
    /// For `.lotto`: a verification code; it cannot be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_code: Option<String>,
    /// For `.vote`: `1` to accept the registry's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote_acceptance: Option<String>,
    /// For `.voto`: `1` to accept the registry's terms.
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
    pub price: Option<PriceGroup>,
    /// Why a name is not free, where the API says.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub reason: Option<String>,
    /// A trademark claim key, for names in a claims period.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub claim_key: Option<String>,
    /// For a premium name: its price.
    pub premium: Option<DomainCheckPremium>,
    /// The name's WHOIS data, where the API sends it.
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
    pub product: Option<Price>,
    /// Your price; `{"currency": "", "price": 0}` when there is none.
    pub reseller: Option<Price>,
}

/// An amount in a currency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Price {
    /// The amount, sent as an integer or a float.
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
    /// When the registration became active.
    #[lenient(degrade)]
    pub activation_date: Option<DateTime>,
    /// When the domain expires at Openprovider; `registry_expiration_date`, where sent, is the
    /// registry's date, which can differ.
    #[lenient(degrade)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it (or lets it go): before `expiration_date`.
    #[lenient(degrade)]
    pub renewal_date: Option<DateTime>,
    /// The additional data the domain has, where the reply includes it.
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
    pub domain: Option<DomainName>,
    /// `ACT`, `REQ`, `PEN`, `RRQ` (restore requested), `SCH` (transfer scheduled), `DEL`,
    /// `FAI`, `TRAN` (transferred away), `PRE`.
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
    pub autorenew: Option<String>,
    /// The auth code, where the registry keeps one.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    /// Whether the domain is locked against transfers to another registrar.
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
    pub can_renew: Option<bool>,
    /// Sent as `"yes"`/`"no"`.
    #[lenient(degrade)]
    pub trade_auth_code_required: Option<bool>,
    /// Sent as `"yes"`/`"no"`.
    #[lenient(degrade)]
    pub transfer_auth_code_required: Option<bool>,
    /// When it was ordered.
    #[lenient(degrade)]
    pub order_date: Option<DateTime>,
    /// When it became active (a create reply calls it `activation_date`).
    #[lenient(degrade)]
    pub active_date: Option<DateTime>,
    /// When it was created at the registry.
    #[lenient(degrade)]
    pub creation_date: Option<DateTime>,
    /// When the domain expires at Openprovider; `registry_expiration_date`, where sent, is the
    /// registry's date, which can differ.
    #[lenient(degrade)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it (or lets it go): before `expiration_date`.
    #[lenient(degrade)]
    pub renewal_date: Option<DateTime>,
    /// `None` when not deleted (`0000-00-00 00:00:00`).
    #[lenient(degrade)]
    pub deleted_at: Option<DateTime>,
    /// When it was last changed.
    #[lenient(degrade)]
    pub last_changed: Option<DateTime>,
    /// DNSSEC keys.
    #[serde(default)]
    pub dnssec_keys: Vec<DnssecKey>,
    /// With `with_additional_data`.
    pub additional_data: Option<DomainAdditionalData>,
    /// Your comments.
    pub comments: Option<String>,
    /// With `with_abuse_details`: the abuse case about it, if any.
    pub abuse_details: Option<DomainAbuseDetails>,
    /// With `with_api_history`: the API calls made about it.
    #[serde(default)]
    pub api_history: Vec<DomainApiHistory>,
    /// The id of its application, for a name applied for in a launch phase.
    pub application_id: Option<String>,
    /// The launch phase (sunrise, landrush, ...) it was applied for in, for new TLDs.
    pub application_mode: Option<String>,
    /// When its `application_mode` expires.
    #[lenient(degrade)]
    pub application_mode_expiration_date: Option<crate::jiff::civil::DateTime>,
    /// `application_mode` as a title for people.
    pub application_mode_title: Option<String>,
    /// The notice id sent with its launch-phase application.
    pub application_notice_id: Option<String>,
    /// The signed mark data (SMD) sent with its launch-phase application.
    pub application_smd: Option<String>,
    /// When `comments` last changed.
    #[lenient(degrade)]
    pub comments_last_changed_at: Option<crate::jiff::civil::DateTime>,
    /// Where its deletion stands, like `quarantine`.
    pub delete_status: Option<String>,
    /// Whether the delegation is signed: `signedDelegation` or `unsigned`.
    pub dnssec: Option<String>,
    /// When its hard quarantine after a deletion ends.
    #[lenient(degrade)]
    pub hard_quarantine_expiry_date: Option<crate::jiff::civil::DateTime>,
    /// Whether it has an active premium DNS zone at Sectigo.
    pub has_active_sectigo_zone: Option<bool>,
    /// Whether there is a history of changes for it (see `with_history`).
    pub has_history: Option<bool>,
    /// With `with_history`: the changes made to it.
    #[serde(default)]
    pub history: Vec<DomainHistory>,
    /// The auth code for moving it to another Openprovider account.
    #[serde(default, with = "crate::common::optional_secret")]
    pub internal_auth_code: Option<crate::SecretString>,
    /// Whether Openprovider has had abuse complaints about it.
    pub is_abusive: Option<bool>,
    /// Whether it has the `clientHold` EPP status; sent as `"yes"`/`"no"`.
    #[lenient(degrade)]
    pub is_client_hold_enabled: Option<bool>,
    /// Whether Openprovider holds its WHOIS data; `false` when only the registry does.
    pub is_hosted_whois: Option<bool>,
    /// Whether it can be locked against transfers.
    pub is_lockable: Option<bool>,
    /// Whether it is parked; the API does not say more.
    pub is_parked: Option<bool>,
    /// Whether its contact data can be hidden in WHOIS.
    pub is_private_whois_allowed: Option<bool>,
    /// Whether premium DNS from Sectigo is on for it.
    pub is_sectigo_dns_enabled: Option<bool>,
    /// Whether spam filtering (SpamExperts) is on for it.
    pub is_spamexperts_enabled: Option<bool>,
    /// Whether `update_domain` can change the owner; if not, only `trade_domain` can.
    pub modify_owner_allowed: Option<bool>,
    /// The id of the name-server template it was created with, if any.
    pub ns_template_id: Option<i64>,
    /// The name of the name-server template it was created with, if any.
    pub ns_template_name: Option<String>,
    /// The id of its name-server group, the one named in `ns_group`.
    pub nsgroup_id: Option<i64>,
    /// The owner's name and company.
    pub owner: Option<DomainOwner>,
    /// The owner's company name, if any.
    pub owner_company_name: Option<String>,
    /// When its quarantine after a deletion ends.
    #[lenient(degrade)]
    pub quarantine_expiration_date: Option<crate::jiff::civil::DateTime>,
    /// When the registration ends at the registry, which can differ from `expiration_date`
    /// (the date at Openprovider).
    #[lenient(degrade)]
    pub registry_expiration_date: Option<crate::jiff::civil::DateTime>,
    /// With `with_registry_statuses`: its `clientHold` and `clientTransferProhibited` statuses.
    pub registry_statuses: Option<DomainRegistryStatuses>,
    /// Whether the renew command is available, as a number, for TLDs that renew 28 days
    /// before expiry; the values are not documented (see `can_renew`).
    pub renew: Option<i64>,
    /// The id of the reseller account it belongs to.
    pub reseller_id: Option<i64>,
    /// The last moment it can be restored with `restore_domain`.
    #[lenient(degrade)]
    pub restorable_until: Option<crate::jiff::civil::DateTime>,
    /// When a scheduled change is to be carried out.
    #[lenient(degrade)]
    pub scheduled_at: Option<crate::jiff::civil::DateTime>,
    /// A date the API sends with `scheduled_at`; not documented further.
    #[lenient(degrade)]
    pub scheduled_from: Option<crate::jiff::civil::DateTime>,
    /// When its soft quarantine after a deletion ends.
    #[lenient(degrade)]
    pub soft_quarantine_expiry_date: Option<crate::jiff::civil::DateTime>,
    /// Whether `trade_domain` can be used on it.
    pub trade_allowed: Option<bool>,
    /// Whether a transfer can be cancelled once started.
    pub transfer_cancel_supported: Option<bool>,
    /// How the domain came to the account: `NEW`, `TRANSFER` or `TRADE` (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The unit of its period: `y` (years), `m` (months) or `q` (quarters).
    pub unit: Option<String>,
    /// Whether it is registered with Openprovider's local presence (domicile).
    pub use_domicile: Option<bool>,
    /// With `with_verification_email`: when the owner's email verification expires.
    #[lenient(degrade)]
    pub verification_email_exp_date: Option<crate::jiff::civil::DateTime>,
    /// With `with_verification_email`: the email address being verified.
    pub verification_email_name: Option<String>,
    /// With `with_verification_email`: where the verification stands, like `not verified`.
    pub verification_email_status: Option<String>,
    /// With `with_verification_email`: a text explaining `verification_email_status`.
    pub verification_email_status_description: Option<String>,
    /// With `with_whois_privacy_data`: its WHOIS privacy service.
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
    pub id: Option<i64>,
    /// Its status after the change.
    pub status: Option<String>,
}

/// The reply of [`delete_domain`], [`renew_domain`] and [`restore_domain`]: the domain's status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainStatus {
    /// Like `ACT` or `DEL`.
    pub status: Option<String>,
}

/// The reply of [`transfer_domain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct TransferredDomain {
    /// The domain's id; a transfer reply may have none yet.
    pub id: Option<i64>,
    /// `REQ` until the transfer completes, then `ACT`.
    pub status: Option<String>,
    /// The auth code; `None` for `""`.
    #[serde(default, with = "crate::common::optional_secret")]
    pub auth_code: Option<crate::SecretString>,
    /// When the domain expires at Openprovider; `registry_expiration_date`, where sent, is the
    /// registry's date, which can differ.
    #[lenient(degrade)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it: before `expiration_date`.
    #[lenient(degrade)]
    pub renewal_date: Option<DateTime>,
    /// A description of the parameter named in `name`, where the reply has one.
    pub description: Option<String>,
    /// An error text, where the reply has one; the API does not say more.
    pub error: Option<String>,
    /// The name of a parameter, where the reply has one; the API does not say which.
    pub name: Option<String>,
    /// Whether the parameter named in `name` is required.
    pub required: Option<bool>,
    /// As the API sends it (`type` on the wire); its values are not documented.
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
    pub status: Option<String>,
    /// When it was created at the registry.
    #[lenient(degrade)]
    pub creation_date: Option<DateTime>,
    /// When the domain expires at Openprovider; `registry_expiration_date`, where sent, is the
    /// registry's date, which can differ.
    #[lenient(degrade)]
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it: before `expiration_date`.
    #[lenient(degrade)]
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
    /// The name without its extension, like `coffee` (the Swagger's example).
    #[serde(default)]
    pub domain: String,
    /// The whole name, like `coffee.shop`.
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
    pub success: Option<bool>,
    /// From `reset_auth_code`: the registry's EPP auth info.
    pub auth_info: Option<AuthCodeAuthInfo>,
    /// From `reset_auth_code`: the registry's object id (ROID) for the domain.
    pub domain_roid: Option<String>,
    /// From `reset_auth_code`: the domain's EPP statuses at the registry.
    #[serde(default)]
    pub epp_statuses: Vec<String>,
    /// From `reset_auth_code`: the domain's registry grace period (RGP) statuses.
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
    pub price: Option<PriceGroup>,
    /// Whether it is a premium name.
    #[serde(default)]
    pub is_premium: bool,
    /// Whether a promotion lowers the price.
    #[serde(default)]
    pub is_promotion: bool,
    /// The price with a membership, where there is one.
    pub membership_price: Option<PriceGroup>,
    /// The operation's price without any promotion.
    pub tier_price: Option<PriceGroup>,
    /// Where a promotion applies: when it starts and ends.
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
    pub description: Option<String>,
}

/// `DomainAbuseDetails` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainAbuseDetails {
    /// The abuse case's id.
    pub abuse_id: Option<i64>,
    /// Whether the domain is held because of the abuse case.
    pub is_domain_held: Option<bool>,
    /// A message about the abuse case.
    pub message: Option<String>,
}

/// `DomainApiHistory` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainApiHistory {
    /// The API command, like `deleteDomainRequest`.
    pub cmd: Option<String>,
    /// When the call was made.
    #[lenient(degrade)]
    pub created_at: Option<crate::jiff::civil::DateTime>,
    /// The domain's id.
    pub domain_id: Option<i64>,
    /// What was sent (`in` on the wire).
    #[serde(default, rename = "in")]
    pub input: Option<String>,
    /// What the API answered.
    pub out: Option<String>,
}

/// `DomainHistory` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainHistory {
    /// The entry's text.
    pub contents: Option<String>,
    /// The whole name, like `example.com`.
    pub domain: Option<String>,
    /// An IP address recorded with the entry.
    pub ip: Option<String>,
    /// The entry's subject, like a status email that was sent.
    pub subject: Option<String>,
    /// When it happened.
    #[lenient(degrade)]
    pub timestamp: Option<crate::jiff::civil::DateTime>,
    /// What kind of change the entry records (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// `DomainOwner` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainOwner {
    /// The owner's company name, if any.
    pub company_name: Option<String>,
    /// The owner's full name.
    pub full_name: Option<String>,
}

/// `RegistryStatus` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct RegistryStatus {
    /// Whether you can remove the status.
    pub is_changeable: Option<bool>,
    /// The status's value, a number the API does not explain (`0` in its examples).
    pub value: Option<i64>,
}

/// `DomainRegistryStatuses` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainRegistryStatuses {
    /// The `clientHold` EPP status.
    pub client_hold: Option<RegistryStatus>,
    /// The `clientTransferProhibited` EPP status.
    pub client_transfer_prohibited: Option<RegistryStatus>,
}

/// `DomainWhoisPrivacyData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainWhoisPrivacyData {
    /// When the WHOIS privacy service ends.
    #[lenient(degrade)]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
}

/// `DomainAdditionalDataCustomerUinDocType` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainAdditionalDataCustomerUinDocType {
    /// A description of the document, like `Singapore Personal Access ID`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The kind of document, like `singpass`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
}

/// `DomainCheckPremiumPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainCheckPremiumPrice {
    /// The registration price, in the premium `currency`.
    pub create: Option<f64>,
}

/// `DomainCheckPremium` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainCheckPremium {
    /// The currency of `price`: the supplier's, not necessarily yours.
    pub currency: Option<String>,
    /// The premium price of a registration.
    pub price: Option<DomainCheckPremiumPrice>,
}

/// `DomainPricePromotionData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DomainPricePromotionData {
    /// When the promotion ends.
    #[lenient(degrade)]
    pub end_date: Option<crate::jiff::civil::DateTime>,
    /// When the promotion starts.
    #[lenient(degrade)]
    pub start_date: Option<crate::jiff::civil::DateTime>,
}

/// `AuthCodeAuthInfo` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct AuthCodeAuthInfo {
    /// The password in the registry's EPP auth info.
    #[serde(default, with = "crate::common::optional_secret")]
    pub pw: Option<crate::SecretString>,
}

/// `AuthCodeRgpStatuses` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct AuthCodeRgpStatuses {
    /// The add grace period status, as the registry sends it; a date in the
    /// API's example.
    pub add_period: Option<String>,
    /// The auto-renew grace period status, as the registry sends it; a date
    /// in the API's example.
    pub auto_renew_period: Option<String>,
}
