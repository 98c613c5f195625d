//! Every catalogue entry's reply type against the Swagger document's 200 reply: a reply built
//! from the facts (`tests/fixtures/openapi-facts.json`, the `reply` of each operation) with every
//! documented property present, then decoded through the runtime's own envelope decoding.
//!
//! For each entry the test checks that
//! - the whole reply decodes;
//! - every documented property lands in a typed field. Re-serialising the decoded value cannot
//!   tell a typed `String` from the same string kept in a `serde_json::Value` or a flattened
//!   `extra` map, and an empty `extra` map says nothing of a property a type silently drops. So
//!   each property is probed instead: its value is replaced by one of a type no field of the
//!   documented type accepts (`[true]` for a scalar, `true` for an object or array). A typed
//!   field, lenient or not, refuses it and the reply fails to decode; a `Value`, a flattened map
//!   or a dropped property swallows it and the reply still decodes, which marks the property
//!   untyped. Properties the document leaves free-form (`"object"` in the facts) are not probed;
//!   they are meant to stay a `Value`;
//! - the reply still decodes with any one property left out, except the ones the library needs
//!   ([`NEEDED`]), which must fail without it so the list stays true.
//!
//! Properties not yet typed are in [`GAPS`] with their reason. Every untyped property must be
//! covered by a gap, and every gap must still cover one: typing a field makes its gap fail until
//! it is taken out, so the list only shrinks.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

type Check = fn(Vec<u8>) -> Result<(), String>;

/// Decodes a whole envelope the way a call does.
fn check<T: DeserializeOwned>(body: Vec<u8>) -> Result<(), String> {
    openprovider::__private::decode_reply::<T>(200, body.into())
        .map(|_| ())
        .map_err(|err| err.to_string())
}

/// Properties the library needs although the document does not require them: without them the
/// reply cannot be used, so decoding fails. `(entry, property path, reason)`.
const NEEDED: &[(&str, &str, &str)] = &[
    (
        "auth::login",
        "token",
        "a login is for its token; every later call sends it",
    ),
    (
        "customers::create_customer",
        "handle",
        "a new customer is known by its handle alone",
    ),
    (
        "domains::create_domain",
        "id",
        "every later call about the new domain takes its id",
    ),
    ("domains::list_domains", "results.domain.name", DOMAIN_NAME),
    (
        "domains::list_domains",
        "results.domain.extension",
        DOMAIN_NAME,
    ),
    (
        "domains::list_domains",
        "results.name_servers.name",
        NAME_SERVER,
    ),
    ("domains::get_domain", "domain.name", DOMAIN_NAME),
    ("domains::get_domain", "domain.extension", DOMAIN_NAME),
    ("domains::get_domain", "name_servers.name", NAME_SERVER),
    ("dns::list_zones", "results.records.type", RECORD_TYPE),
    ("dns::get_zone", "records.type", RECORD_TYPE),
    ("dns::list_zone_records", "results.type", RECORD_TYPE),
    (
        "dns::list_ns_groups",
        "results.name_servers.name",
        NAME_SERVER,
    ),
    ("dns::get_ns_group", "name_servers.name", NAME_SERVER),
    ("easydmarc::get_easy_dmarc", "domain.name", DOMAIN_NAME),
    ("easydmarc::get_easy_dmarc", "domain.extension", DOMAIN_NAME),
    ("easydmarc::create_easy_dmarc", "domain.name", DOMAIN_NAME),
    (
        "easydmarc::create_easy_dmarc",
        "domain.extension",
        DOMAIN_NAME,
    ),
    (
        "easydmarc::list_easy_dmarc",
        "results.domain.name",
        DOMAIN_NAME,
    ),
    (
        "easydmarc::list_easy_dmarc",
        "results.domain.extension",
        DOMAIN_NAME,
    ),
    ("easydmarc::retry_easy_dmarc", "domain.name", DOMAIN_NAME),
    (
        "easydmarc::retry_easy_dmarc",
        "domain.extension",
        DOMAIN_NAME,
    ),
];

/// Why a `DomainName` needs both parts.
const DOMAIN_NAME: &str =
    "a `DomainName` is a name and an extension; one without the other is no domain";
/// Why a name server needs its name.
const NAME_SERVER: &str = "a `Nameserver` is its host name; the addresses are only glue for it";
/// Why a record needs its type.
const RECORD_TYPE: &str = "a record's type says how to read its value (a TXT value is unquoted)";

/// Documented properties not typed yet: `(entry, property path or prefix, reason)`. An empty
/// path covers the whole reply.
const GAPS: &[(&str, &str, &str)] = &[
    ("domains::check_domain", "results", PENDING),
    ("domains::create_domain", "additional_data", PENDING),
    ("domains::list_domains", "results", PENDING),
    ("domains::get_domain", "abuse_details", PENDING),
    ("domains::get_domain", "additional_data", PENDING),
    ("domains::get_domain", "api_history", PENDING),
    ("domains::get_domain", "application_id", PENDING),
    ("domains::get_domain", "application_mode", PENDING),
    (
        "domains::get_domain",
        "application_mode_expiration_date",
        PENDING,
    ),
    ("domains::get_domain", "application_mode_title", PENDING),
    ("domains::get_domain", "application_notice_id", PENDING),
    ("domains::get_domain", "application_smd", PENDING),
    ("domains::get_domain", "comments_last_changed_at", PENDING),
    ("domains::get_domain", "delete_status", PENDING),
    ("domains::get_domain", "dnssec", PENDING),
    (
        "domains::get_domain",
        "hard_quarantine_expiry_date",
        PENDING,
    ),
    ("domains::get_domain", "has_active_sectigo_zone", PENDING),
    ("domains::get_domain", "has_history", PENDING),
    ("domains::get_domain", "history", PENDING),
    ("domains::get_domain", "internal_auth_code", PENDING),
    ("domains::get_domain", "is_abusive", PENDING),
    ("domains::get_domain", "is_client_hold_enabled", PENDING),
    ("domains::get_domain", "is_hosted_whois", PENDING),
    ("domains::get_domain", "is_lockable", PENDING),
    ("domains::get_domain", "is_parked", PENDING),
    ("domains::get_domain", "is_private_whois_allowed", PENDING),
    ("domains::get_domain", "is_sectigo_dns_enabled", PENDING),
    ("domains::get_domain", "is_spamexperts_enabled", PENDING),
    ("domains::get_domain", "modify_owner_allowed", PENDING),
    ("domains::get_domain", "ns_template_id", PENDING),
    ("domains::get_domain", "ns_template_name", PENDING),
    ("domains::get_domain", "nsgroup_id", PENDING),
    ("domains::get_domain", "owner", PENDING),
    ("domains::get_domain", "owner_company_name", PENDING),
    ("domains::get_domain", "quarantine_expiration_date", PENDING),
    ("domains::get_domain", "registry_expiration_date", PENDING),
    ("domains::get_domain", "registry_statuses", PENDING),
    ("domains::get_domain", "renew", PENDING),
    ("domains::get_domain", "reseller_id", PENDING),
    ("domains::get_domain", "restorable_until", PENDING),
    ("domains::get_domain", "scheduled_at", PENDING),
    ("domains::get_domain", "scheduled_from", PENDING),
    (
        "domains::get_domain",
        "soft_quarantine_expiry_date",
        PENDING,
    ),
    ("domains::get_domain", "trade_allowed", PENDING),
    ("domains::get_domain", "transfer_cancel_supported", PENDING),
    ("domains::get_domain", "type", PENDING),
    ("domains::get_domain", "unit", PENDING),
    ("domains::get_domain", "use_domicile", PENDING),
    (
        "domains::get_domain",
        "verification_email_exp_date",
        PENDING,
    ),
    ("domains::get_domain", "verification_email_name", PENDING),
    ("domains::get_domain", "verification_email_status", PENDING),
    (
        "domains::get_domain",
        "verification_email_status_description",
        PENDING,
    ),
    ("domains::get_domain", "whois_privacy_data", PENDING),
    ("domains::transfer_domain", "description", PENDING),
    ("domains::transfer_domain", "error", PENDING),
    ("domains::transfer_domain", "name", PENDING),
    ("domains::transfer_domain", "required", PENDING),
    ("domains::transfer_domain", "type", PENDING),
    ("domains::reset_auth_code", "auth_info", PENDING),
    ("domains::reset_auth_code", "domain_roid", PENDING),
    ("domains::reset_auth_code", "epp_statuses", PENDING),
    ("domains::reset_auth_code", "rgp_statuses", PENDING),
    ("domains::get_price", "promotion_data", PENDING),
    ("tlds::list_tlds", "results", PENDING),
    ("tlds::get_tld", "admin_handle_supported", PENDING),
    ("tlds::get_tld", "billing_handle_enabled", PENDING),
    ("tlds::get_tld", "billing_handle_supported", PENDING),
    ("tlds::get_tld", "description", PENDING),
    ("tlds::get_tld", "dnssec_algorithms", PENDING),
    ("tlds::get_tld", "dnssec_digests_allowed", PENDING),
    ("tlds::get_tld", "dnssec_keys_allowed", PENDING),
    ("tlds::get_tld", "dnssec_max_records_amount", PENDING),
    ("tlds::get_tld", "domicile_available", PENDING),
    ("tlds::get_tld", "is_auth_code_available", PENDING),
    ("tlds::get_tld", "is_auth_code_changeable", PENDING),
    ("tlds::get_tld", "is_auth_code_requested", PENDING),
    ("tlds::get_tld", "is_trade_auth_code_required", PENDING),
    ("tlds::get_tld", "level_prices", PENDING),
    ("tlds::get_tld", "owner_handle_supported", PENDING),
    ("tlds::get_tld", "prices", PENDING),
    ("tlds::get_tld", "quarantine_period", PENDING),
    ("tlds::get_tld", "reseller_handle_enabled", PENDING),
    ("tlds::get_tld", "reseller_handle_supported", PENDING),
    ("tlds::get_tld", "restrictions", PENDING),
    ("tlds::get_tld", "soft_quarantine_period", PENDING),
    ("tlds::get_tld", "supported_application_mode", PENDING),
    ("tlds::get_tld", "supported_idn_scripts", PENDING),
    ("tlds::get_tld", "tech_handle_supported", PENDING),
    ("tlds::get_tld", "trade_available", PENDING),
    ("tlds::get_tld", "usage_count", PENDING),
    ("dns::list_zones", "results", PENDING),
    ("dns::get_zone", "dnskey", PENDING),
    ("dns::get_zone", "history", PENDING),
    ("dns::get_zone", "ip", PENDING),
    ("dns::get_zone", "is_shadow", PENDING),
    ("dns::get_zone", "is_spamexperts_enabled", PENDING),
    ("dns::get_zone", "premium_dns", PENDING),
    ("dns::get_zone", "records", PENDING),
    ("dns::get_zone", "reseller_id", PENDING),
    ("dns::list_zone_records", "results", PENDING),
    ("dns::list_templates", "results", PENDING),
    ("dns::get_template", "records", PENDING),
    ("contacts::list_contacts", "results", PENDING),
    ("contacts::get_contact", "additional_data", PENDING),
    ("contacts::get_contact", "address", PENDING),
    ("contacts::get_contact", "api_client_ip_list", PENDING),
    ("contacts::get_contact", "auth_type", PENDING),
    ("contacts::get_contact", "comments", PENDING),
    ("contacts::get_contact", "company_name", PENDING),
    ("contacts::get_contact", "hash_changed_at", PENDING),
    ("contacts::get_contact", "last_login_at", PENDING),
    ("contacts::get_contact", "locale", PENDING),
    (
        "contacts::get_contact",
        "password_change_declined_at",
        PENDING,
    ),
    ("contacts::get_contact", "password_changed_at", PENDING),
    ("contacts::get_contact", "rcp_client_ip_list", PENDING),
    ("contacts::get_contact", "reseller_id", PENDING),
    ("contacts::get_contact", "secret_key", PENDING),
    ("contacts::get_contact", "vat", PENDING),
    (
        "email_verification::list_domain_email_verifications",
        "results",
        PENDING,
    ),
    ("resellers::get_reseller", "additional_data", PENDING),
    ("resellers::get_reseller", "address", PENDING),
    ("resellers::get_reseller", "comments", PENDING),
    ("resellers::get_reseller", "contacts", PENDING),
    ("resellers::get_reseller", "fax", PENDING),
    ("resellers::get_reseller", "locale", PENDING),
    ("resellers::get_reseller", "name", PENDING),
    ("resellers::get_reseller", "phone", PENDING),
    ("resellers::get_reseller", "settings", PENDING),
    ("resellers::get_reseller", "statistics", PENDING),
    ("resellers::get_reseller", "vat", PENDING),
    ("resellers::get_reseller", "vatperc", PENDING),
    ("resellers::get_settings", "av_handle", PENDING),
    ("resellers::get_settings", "claims_confirm_url", PENDING),
    ("resellers::get_settings", "claims_email_subject", PENDING),
    ("resellers::get_settings", "claims_reseller_name", PENDING),
    ("resellers::get_settings", "claims_sender_email", PENDING),
    ("resellers::get_settings", "currency", PENDING),
    (
        "resellers::get_settings",
        "default_domain_billing_handle",
        PENDING,
    ),
    (
        "resellers::get_settings",
        "default_domain_reseller_handle",
        PENDING,
    ),
    ("resellers::get_settings", "foa_confirm_url", PENDING),
    ("resellers::get_settings", "foa_email_subject", PENDING),
    ("resellers::get_settings", "foa_reseller_name", PENDING),
    ("resellers::get_settings", "foa_sender_email", PENDING),
    (
        "resellers::get_settings",
        "foa_terms_conditions_url",
        PENDING,
    ),
    ("resellers::get_settings", "is_auto_renew_enabled", PENDING),
    ("resellers::get_settings", "is_custom_nses_enabled", PENDING),
    ("resellers::get_settings", "ive2_customized_body", PENDING),
    ("resellers::get_settings", "ive2_email_subject", PENDING),
    ("resellers::get_settings", "ive_confirm_url", PENDING),
    ("resellers::get_settings", "ive_customized_body", PENDING),
    ("resellers::get_settings", "ive_email_subject", PENDING),
    ("resellers::get_settings", "ive_reseller_name", PENDING),
    ("resellers::get_settings", "ive_sender_email", PENDING),
    ("resellers::get_settings", "jurisdiction", PENDING),
    ("resellers::get_settings", "language", PENDING),
    ("resellers::get_settings", "maximum_credit", PENDING),
    (
        "resellers::get_settings",
        "maximum_credit_card_payment",
        PENDING,
    ),
    ("resellers::get_settings", "maximum_i_deal_payment", PENDING),
    (
        "resellers::get_settings",
        "maximum_western_union_payment",
        PENDING,
    ),
    ("resellers::get_settings", "minimum_payment", PENDING),
    (
        "resellers::get_settings",
        "minimum_western_union_payment",
        PENDING,
    ),
    ("resellers::get_settings", "pay_methods", PENDING),
    ("resellers::get_settings", "payment_methods", PENDING),
    (
        "resellers::get_settings",
        "preregistered_domain_priorities",
        PENDING,
    ),
    (
        "resellers::get_settings",
        "recurring_payment_methods",
        PENDING,
    ),
    (
        "resellers::get_settings",
        "renew_notification_days",
        PENDING,
    ),
    (
        "resellers::get_settings",
        "renew_notification_every_week",
        PENDING,
    ),
    ("resellers::get_settings", "signed_contracts", PENDING),
    ("resellers::get_settings", "tac_contract", PENDING),
    ("resellers::get_settings", "tags", PENDING),
    ("resellers::get_settings", "transaction_fee", PENDING),
    ("resellers::get_settings", "type", PENDING),
    ("resellers::get_statistics", "currency", PENDING),
    ("resellers::get_statistics", "customer", PENDING),
    ("resellers::get_statistics", "dns", PENDING),
    ("resellers::get_statistics", "domain", PENDING),
    ("resellers::get_statistics", "license", PENDING),
    ("resellers::get_statistics", "spam_experts", PENDING),
    ("resellers::get_statistics", "ssl", PENDING),
    ("billing::list_invoices", "results", PENDING),
    ("billing::list_payments", "results", PENDING),
    ("billing::list_transactions", "results", PENDING),
    ("ssl::create_csr", "command", PENDING),
    ("ssl::create_csr", "config", PENDING),
    ("ssl::create_csr", "config_path", PENDING),
    ("ssl::create_csr", "key_path", PENDING),
    ("ssl::decode_csr", "domain_names_count", PENDING),
    ("ssl::decode_csr", "public_key", PENDING),
    ("ssl::decode_csr", "signature_hash_algorithm", PENDING),
    ("ssl::decode_csr", "subject", PENDING),
    ("ssl::list_orders", "results", PENDING),
    ("ssl::get_order", "active_date", PENDING),
    ("ssl::get_order", "additional_data", PENDING),
    ("ssl::get_order", "administrative_handle", PENDING),
    ("ssl::get_order", "autorenew", PENDING),
    ("ssl::get_order", "billing_handle", PENDING),
    ("ssl::get_order", "brand_name", PENDING),
    ("ssl::get_order", "csr", PENDING),
    ("ssl::get_order", "domain_validation_methods", PENDING),
    ("ssl::get_order", "domain_validation_statuses", PENDING),
    ("ssl::get_order", "email_approver", PENDING),
    ("ssl::get_order", "email_reissue", PENDING),
    ("ssl::get_order", "features", PENDING),
    ("ssl::get_order", "intermediate_certificate", PENDING),
    ("ssl::get_order", "options", PENDING),
    ("ssl::get_order", "order_ends_at", PENDING),
    ("ssl::get_order", "organization_handle", PENDING),
    ("ssl::get_order", "period", PENDING),
    ("ssl::get_order", "reissue_at", PENDING),
    ("ssl::get_order", "root_certificate", PENDING),
    ("ssl::get_order", "software", PENDING),
    ("ssl::get_order", "sslinhva_order_id", PENDING),
    ("ssl::get_order", "technical_handle", PENDING),
    ("ssl::get_order", "validation_method", PENDING),
    ("ssl::get_order", "vendor_order_id", PENDING),
    ("ssl::get_order", "vendor_reference_id", PENDING),
    ("ssl::list_products", "results", PENDING),
    ("ssl::get_product", "bypass_san", PENDING),
    ("ssl::get_product", "delivery_time", PENDING),
    ("ssl::get_product", "description", PENDING),
    ("ssl::get_product", "encryption", PENDING),
    ("ssl::get_product", "free_refund_period", PENDING),
    ("ssl::get_product", "free_reissue_period", PENDING),
    ("ssl::get_product", "included_domains_count", PENDING),
    (
        "ssl::get_product",
        "is_extended_validation_supported",
        PENDING,
    ),
    ("ssl::get_product", "is_idn_supported", PENDING),
    ("ssl::get_product", "is_mobile_supported", PENDING),
    ("ssl::get_product", "is_sgc_supported", PENDING),
    (
        "ssl::get_product",
        "is_wildcard_multidomain_supported",
        PENDING,
    ),
    ("ssl::get_product", "level_prices", PENDING),
    ("ssl::get_product", "max_domains", PENDING),
    ("ssl::get_product", "number_of_domains", PENDING),
    ("ssl::get_product", "order_module", PENDING),
    ("ssl::get_product", "prices", PENDING),
    ("ssl::get_product", "root", PENDING),
    ("ssl::get_product", "sub_category", PENDING),
    ("ssl::get_product", "supported_software", PENDING),
    ("ssl::get_product", "validation_method", PENDING),
    ("ssl::get_product", "warranty", PENDING),
    ("licenses::list_licenses", "results", PENDING),
    ("licenses::list_plesk_licenses", "results", PENDING),
    ("licenses::get_plesk_license", "billing_type", PENDING),
    ("licenses::get_plesk_license", "comment", PENDING),
    ("licenses::get_plesk_license", "contract", PENDING),
    ("licenses::get_plesk_license", "extensions", PENDING),
    ("licenses::get_plesk_license", "features", PENDING),
    ("licenses::get_plesk_license", "key", PENDING),
    ("licenses::get_plesk_license", "parent_key_id", PENDING),
    ("licenses::get_plesk_license", "period", PENDING),
    ("licenses::list_virtuozzo_licenses", "results", PENDING),
    ("licenses::get_virtuozzo_license", "billing_type", PENDING),
    ("licenses::get_virtuozzo_license", "comment", PENDING),
    ("licenses::get_virtuozzo_license", "contract", PENDING),
    ("licenses::get_virtuozzo_license", "extensions", PENDING),
    ("licenses::get_virtuozzo_license", "features", PENDING),
    ("licenses::get_virtuozzo_license", "key", PENDING),
    ("licenses::get_virtuozzo_license", "parent_key_id", PENDING),
    ("licenses::get_virtuozzo_license", "period", PENDING),
    ("emails::list_emails", "results", PENDING),
    ("spam_expert::get_domain", "bundle", PENDING),
    ("spam_expert::get_domain", "order_id", PENDING),
    ("spam_expert::get_domain", "products", PENDING),
    ("spam_expert::get_domain", "records", PENDING),
    ("spam_expert::get_domain", "reseller_id", PENDING),
    ("spam_expert::get_domain", "user_email", PENDING),
    ("spam_expert::get_domain", "with_outgoing_filter", PENDING),
    (
        "easydmarc::get_easy_dmarc",
        "easydmarc_email_address",
        PENDING,
    ),
    ("easydmarc::get_easy_dmarc", "expired_at", PENDING),
    (
        "easydmarc::get_easy_dmarc",
        "recent_easydmarc_action",
        PENDING,
    ),
    (
        "easydmarc::create_easy_dmarc",
        "easydmarc_email_address",
        PENDING,
    ),
    ("easydmarc::create_easy_dmarc", "expired_at", PENDING),
    (
        "easydmarc::create_easy_dmarc",
        "recent_easydmarc_action",
        PENDING,
    ),
    ("easydmarc::list_easy_dmarc", "results", PENDING),
    (
        "easydmarc::retry_easy_dmarc",
        "easydmarc_email_address",
        PENDING,
    ),
    ("easydmarc::retry_easy_dmarc", "expired_at", PENDING),
    (
        "easydmarc::retry_easy_dmarc",
        "recent_easydmarc_action",
        PENDING,
    ),
];

/// Why the properties above are not typed yet.
const PENDING: &str = "kept in `extra` or a `Value`, or dropped, by the reply type";

/// Each entry's reply type, by `module::name`.
const REPLY_TYPES: &[(&str, Check)] = &[
    ("auth::login", check::<openprovider::auth::LoginData>),
    (
        "billing::list_invoices",
        check::<openprovider::List<openprovider::billing::Invoice>>,
    ),
    (
        "billing::list_payments",
        check::<openprovider::List<openprovider::billing::Payment>>,
    ),
    (
        "billing::list_transactions",
        check::<openprovider::List<openprovider::billing::Transaction>>,
    ),
    (
        "contacts::list_contacts",
        check::<openprovider::List<openprovider::contacts::Contact>>,
    ),
    (
        "contacts::create_contact",
        check::<openprovider::contacts::CreatedContact>,
    ),
    (
        "contacts::get_contact",
        check::<openprovider::contacts::Contact>,
    ),
    (
        "contacts::update_contact",
        check::<openprovider::common::Success>,
    ),
    (
        "contacts::delete_contact",
        check::<openprovider::common::Success>,
    ),
    (
        "customers::create_customer",
        check::<openprovider::customers::CreatedCustomer>,
    ),
    (
        "customers::get_customer",
        check::<openprovider::customers::Customer>,
    ),
    (
        "customers::list_customers",
        check::<openprovider::customers::CustomerList>,
    ),
    (
        "customers::update_customer",
        check::<openprovider::common::Success>,
    ),
    (
        "customers::delete_customer",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::list_zones",
        check::<openprovider::List<openprovider::dns::Zone>>,
    ),
    ("dns::create_zone", check::<openprovider::common::Success>),
    ("dns::get_zone", check::<openprovider::dns::Zone>),
    ("dns::update_zone", check::<openprovider::common::Success>),
    ("dns::delete_zone", check::<openprovider::common::Success>),
    (
        "dns::list_zone_records",
        check::<openprovider::List<openprovider::dns::Record>>,
    ),
    (
        "dns::list_nameservers",
        check::<openprovider::List<openprovider::dns::NameserverRecord>>,
    ),
    (
        "dns::create_nameserver",
        check::<openprovider::dns::NameserverRecord>,
    ),
    (
        "dns::get_nameserver",
        check::<openprovider::dns::NameserverRecord>,
    ),
    (
        "dns::update_nameserver",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::delete_nameserver",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::list_ns_groups",
        check::<openprovider::List<openprovider::dns::NsGroup>>,
    ),
    (
        "dns::create_ns_group",
        check::<openprovider::common::Success>,
    ),
    ("dns::get_ns_group", check::<openprovider::dns::NsGroup>),
    (
        "dns::update_ns_group",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::delete_ns_group",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::list_templates",
        check::<openprovider::List<openprovider::dns::Template>>,
    ),
    (
        "dns::create_template",
        check::<openprovider::dns::CreatedTemplate>,
    ),
    ("dns::get_template", check::<openprovider::dns::Template>),
    (
        "dns::delete_template",
        check::<openprovider::common::Success>,
    ),
    (
        "dns::create_domain_token",
        check::<openprovider::dns::DomainToken>,
    ),
    (
        "domains::check_domain",
        check::<openprovider::domains::DomainChecks>,
    ),
    (
        "domains::create_domain",
        check::<openprovider::domains::CreatedDomain>,
    ),
    (
        "domains::list_domains",
        check::<openprovider::List<openprovider::domains::Domain>>,
    ),
    (
        "domains::get_domain",
        check::<openprovider::domains::Domain>,
    ),
    (
        "domains::update_domain",
        check::<openprovider::domains::UpdatedDomain>,
    ),
    (
        "domains::delete_domain",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "domains::renew_domain",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "domains::restore_domain",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "domains::transfer_domain",
        check::<openprovider::domains::TransferredDomain>,
    ),
    (
        "domains::trade_domain",
        check::<openprovider::domains::TradedDomain>,
    ),
    (
        "domains::suggest_name_domain",
        check::<openprovider::domains::NameSuggestions>,
    ),
    (
        "domains::approve_transfer",
        check::<openprovider::common::Success>,
    ),
    ("domains::send_foa1", check::<openprovider::common::Success>),
    (
        "domains::try_again_last_operation",
        check::<openprovider::common::Success>,
    ),
    (
        "domains::get_auth_code",
        check::<openprovider::domains::AuthCode>,
    ),
    (
        "domains::reset_auth_code",
        check::<openprovider::domains::AuthCode>,
    ),
    (
        "domains::get_price",
        check::<openprovider::domains::DomainPrice>,
    ),
    (
        "domains::get_additional_data",
        check::<Vec<openprovider::domains::AdditionalDataField>>,
    ),
    (
        "domains::get_customer_additional_data",
        check::<Vec<openprovider::domains::AdditionalDataField>>,
    ),
    (
        "easydmarc::get_easy_dmarc",
        check::<openprovider::easydmarc::EasyDmarcOrder>,
    ),
    (
        "easydmarc::create_easy_dmarc",
        check::<openprovider::easydmarc::EasyDmarcOrder>,
    ),
    (
        "easydmarc::list_easy_dmarc",
        check::<openprovider::List<openprovider::easydmarc::EasyDmarcOrder>>,
    ),
    (
        "easydmarc::delete_easy_dmarc",
        check::<openprovider::domains::DomainStatus>,
    ),
    (
        "easydmarc::retry_easy_dmarc",
        check::<openprovider::easydmarc::EasyDmarcOrder>,
    ),
    (
        "easydmarc::get_easy_dmarc_sso",
        check::<openprovider::common::Link>,
    ),
    (
        "email_verification::list_domain_email_verifications",
        check::<openprovider::List<openprovider::email_verification::EmailVerification>>,
    ),
    (
        "email_verification::restart_email_verification",
        check::<openprovider::common::Success>,
    ),
    (
        "email_verification::start_email_verification",
        check::<openprovider::common::Created>,
    ),
    (
        "emails::list_emails",
        check::<openprovider::List<openprovider::emails::EmailTemplate>>,
    ),
    (
        "emails::create_email",
        check::<openprovider::common::Created>,
    ),
    (
        "emails::update_email",
        check::<openprovider::common::Success>,
    ),
    (
        "emails::delete_email",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::list_licenses",
        check::<openprovider::List<openprovider::licenses::License>>,
    ),
    (
        "licenses::reset_hwid",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::list_items",
        check::<openprovider::List<openprovider::licenses::LicenseItem>>,
    ),
    (
        "licenses::list_plesk_licenses",
        check::<openprovider::List<openprovider::licenses::License>>,
    ),
    (
        "licenses::create_plesk_license",
        check::<openprovider::licenses::CreatedLicense>,
    ),
    (
        "licenses::get_plesk_key",
        check::<openprovider::licenses::LicenseKey>,
    ),
    (
        "licenses::get_plesk_license",
        check::<openprovider::licenses::License>,
    ),
    (
        "licenses::update_plesk_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::delete_plesk_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::list_virtuozzo_licenses",
        check::<openprovider::List<openprovider::licenses::License>>,
    ),
    (
        "licenses::create_virtuozzo_license",
        check::<openprovider::licenses::CreatedLicense>,
    ),
    (
        "licenses::get_virtuozzo_license",
        check::<openprovider::licenses::License>,
    ),
    (
        "licenses::update_virtuozzo_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::delete_virtuozzo_license",
        check::<openprovider::common::Success>,
    ),
    (
        "licenses::get_virtuozzo_key",
        check::<openprovider::licenses::LicenseKey>,
    ),
    (
        "resellers::get_reseller",
        check::<openprovider::resellers::Reseller>,
    ),
    ("resellers::get_settings", check::<serde_json::Value>),
    ("resellers::get_statistics", check::<serde_json::Value>),
    (
        "resellers::update_reseller",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::create_domain",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::get_domain",
        check::<openprovider::spam_expert::SpamExpertDomain>,
    ),
    (
        "spam_expert::update_domain",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::delete_domain",
        check::<openprovider::common::Success>,
    ),
    (
        "spam_expert::generate_login_url",
        check::<openprovider::common::Link>,
    ),
    (
        "ssl::list_approver_emails",
        check::<openprovider::List<serde_json::Value>>,
    ),
    ("ssl::create_csr", check::<openprovider::ssl::Csr>),
    ("ssl::decode_csr", check::<openprovider::ssl::DecodedCsr>),
    (
        "ssl::list_orders",
        check::<openprovider::List<openprovider::ssl::SslOrder>>,
    ),
    ("ssl::create_order", check::<openprovider::common::Created>),
    ("ssl::get_order", check::<openprovider::ssl::SslOrder>),
    ("ssl::update_order", check::<openprovider::common::Created>),
    (
        "ssl::update_approver_email_address",
        check::<openprovider::common::Created>,
    ),
    (
        "ssl::resend_approver_email",
        check::<openprovider::common::Created>,
    ),
    ("ssl::cancel_order", check::<openprovider::common::Created>),
    (
        "ssl::create_otp_token",
        check::<openprovider::ssl::OtpToken>,
    ),
    ("ssl::reissue_order", check::<openprovider::common::Created>),
    ("ssl::renew_order", check::<openprovider::common::Created>),
    (
        "ssl::list_products",
        check::<openprovider::List<openprovider::ssl::SslProduct>>,
    ),
    ("ssl::get_product", check::<openprovider::ssl::SslProduct>),
    (
        "tags::list_tags",
        check::<openprovider::List<openprovider::customers::Tag>>,
    ),
    ("tags::create_tag", check::<openprovider::common::Success>),
    ("tags::delete_tag", check::<openprovider::common::Success>),
    (
        "tlds::list_tlds",
        check::<openprovider::List<openprovider::tlds::Tld>>,
    ),
    ("tlds::get_tld", check::<openprovider::tlds::Tld>),
];

/// A value of a documented shape: a string that every lenient reading accepts (text, a number,
/// a yes/no, a date as unix seconds), nested objects filled, arrays with one element.
fn build(shape: &Value) -> Value {
    match shape {
        Value::Object(props) => {
            Value::Object(props.iter().map(|(k, v)| (k.clone(), build(v))).collect())
        }
        Value::Array(item) => Value::Array(vec![build(&item[0])]),
        Value::String(kind) => match kind.as_str() {
            "string" => json!("1"),
            "integer" => json!(1),
            "number" => json!(1.5),
            "boolean" => json!(true),
            // "object" (free-form) and "recursive" (a type enclosing itself, filled once).
            _ => json!({}),
        },
        _ => Value::Null,
    }
}

/// Every named property of a shape, at every depth, as a dotted path (an array's item adds no
/// segment), with whether the document leaves it free-form.
fn properties(shape: &Value, prefix: &str, out: &mut Vec<(String, bool)>) {
    match shape {
        Value::Object(props) => {
            for (name, inner) in props {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                out.push((path.clone(), inner == "object"));
                properties(inner, &path, out);
            }
        }
        Value::Array(item) => properties(&item[0], prefix, out),
        _ => {}
    }
}

/// The parent object of the property at `path` and its last segment, walking into arrays'
/// first elements.
fn parent<'a>(data: &'a mut Value, path: &'a str) -> (&'a mut Map<String, Value>, &'a str) {
    let mut segments: Vec<&str> = path.split('.').collect();
    let last = segments.pop().unwrap();
    let mut at = data;
    for segment in segments {
        while let Value::Array(items) = at {
            at = &mut items[0];
        }
        at = &mut at[segment];
    }
    while let Value::Array(items) = at {
        at = &mut items[0];
    }
    (at.as_object_mut().expect("an object"), last)
}

fn envelope(data: &Value) -> Vec<u8> {
    serde_json::to_vec(&json!({"code": 0, "desc": "", "data": data})).unwrap()
}

fn covered(list: &[(&str, &str, &str)], entry: &str, path: &str) -> bool {
    list.iter().any(|(e, prefix, _)| {
        *e == entry
            && (prefix.is_empty()
                || path == *prefix
                || path
                    .strip_prefix(prefix)
                    .is_some_and(|r| r.starts_with('.')))
    })
}

fn normalised(path: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                out.push_str("{}");
            }
            '}' => inside = false,
            _ if inside => {}
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn every_documented_reply_property_decodes_into_a_typed_field() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/openapi-facts.json"),
    )
    .expect("the facts file is in the repository");
    let facts: Value = serde_json::from_str(&text).expect("the facts file is JSON");
    let shapes: BTreeMap<(String, String), Value> = facts["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .map(|op| {
            let key = (
                op["method"].as_str().unwrap().to_owned(),
                normalised(op["path"].as_str().unwrap()),
            );
            (key, op["reply"].clone())
        })
        .collect();
    let types: BTreeMap<&str, Check> = REPLY_TYPES.iter().copied().collect();

    let mut failures = Vec::new();
    let mut untyped = Vec::new();
    let (mut typed, mut free_form) = (0, 0);
    let mut gaps_used = vec![false; GAPS.len()];
    let mut needed_seen = vec![false; NEEDED.len()];
    for entry in openprovider::catalogue() {
        let name = format!("{}::{}", entry.module, entry.name);
        let Some(decode) = types.get(name.as_str()) else {
            failures.push(format!("{name}: no reply type in REPLY_TYPES"));
            continue;
        };
        let key = (entry.method.to_string(), normalised(entry.path));
        let Some(shape) = shapes.get(&key) else {
            failures.push(format!("{name}: no operation {key:?} in the facts"));
            continue;
        };
        let full = build(shape);
        if let Err(err) = decode(envelope(&full)) {
            failures.push(format!(
                "{name}: the documented reply does not decode: {err}"
            ));
            continue;
        }
        let mut props = Vec::new();
        properties(shape, "", &mut props);
        for (path, open) in props {
            // (c) left out.
            let mut without = full.clone();
            let (object, last) = parent(&mut without, &path);
            object.remove(last);
            let result = decode(envelope(&without));
            match NEEDED.iter().position(|(e, p, _)| *e == name && *p == path) {
                Some(i) => {
                    needed_seen[i] = true;
                    if result.is_ok() {
                        failures.push(format!(
                            "{name}: `{path}` is listed as needed but decodes without it"
                        ));
                    }
                }
                None => {
                    if let Err(err) = result {
                        failures.push(format!("{name}: fails without `{path}`: {err}"));
                    }
                }
            }
            // (b) typed.
            if open {
                free_form += 1;
                continue;
            }
            let mut probed = full.clone();
            let (object, last) = parent(&mut probed, &path);
            let probe = match &object[last] {
                Value::Object(_) | Value::Array(_) => json!(true),
                _ => json!([true]),
            };
            object.insert(last.to_owned(), probe);
            if decode(envelope(&probed)).is_ok() {
                match GAPS
                    .iter()
                    .position(|(e, prefix, _)| covered(&[(e, prefix, "")], &name, &path))
                {
                    Some(i) => gaps_used[i] = true,
                    None => untyped.push(format!("{name}: `{path}`")),
                }
            } else {
                typed += 1;
            }
        }
    }
    for (i, used) in gaps_used.iter().enumerate() {
        if !used {
            failures.push(format!(
                "{}: the gap `{}` is typed now; take it out of GAPS",
                GAPS[i].0, GAPS[i].1
            ));
        }
    }
    for (i, seen) in needed_seen.iter().enumerate() {
        if !seen {
            failures.push(format!(
                "{}: `{}` is listed as needed but is not documented",
                NEEDED[i].0, NEEDED[i].1
            ));
        }
    }
    eprintln!("typed reply properties: {typed}; free-form: {free_form}");
    assert!(
        untyped.is_empty(),
        "{} documented properties are not typed and not in GAPS:\n{}",
        untyped.len(),
        untyped.join("\n")
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
