//! SSL certificates: products, orders, CSRs and the approver emails of domain validation.
//!
//! Mangled PEM newlines in a CSR give 1030 (invalid CSR): send the CSR with its `\n`s.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::common::Created;
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists the addresses that may approve a certificate for a domain.
    pub list_approver_emails: GET "/ssl/approver-emails" -> List<String> {
        product_id: Option<i32>,
        domain: Option<String>,
    }

    /// Makes a certificate signing request and its private key.
    ///
    /// It makes a new key each time, so it is not repeated.
    pub create_csr: POST "/ssl/csr" -> Csr {
        bits: Option<i32>,
        common_name: Option<String>,
        country: Option<String>,
        email: Option<String>,
        locality: Option<String>,
        organization: Option<String>,
        signature_hash_algorithm: Option<String>,
        state: Option<String>,
        subject_alternative_name: Option<Vec<String>>,
        unit: Option<String>,
        /// Adds the configuration to the reply.
        with_config: Option<bool>,
    }

    /// Reads what a CSR says: its subject, names and key. It changes nothing, so it is safe
    /// to repeat.
    #[safe_to_repeat]
    pub decode_csr: POST "/ssl/csr/decode" -> DecodedCsr {
        /// The CSR, PEM.
        csr: String,
    }

    /// Lists certificate orders, a page at a time.
    pub list_orders: GET "/ssl/orders" -> List<SslOrder> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        #[rename = "order_by.common_name"]
        order_by_common_name: Option<String>,
        #[rename = "order_by.order_date"]
        order_by_order_date: Option<String>,
        #[rename = "order_by.active_date"]
        order_by_active_date: Option<String>,
        #[rename = "order_by.expiration_date"]
        order_by_expiration_date: Option<String>,
        #[rename = "order_by.status"]
        order_by_status: Option<String>,
        #[rename = "order_by.product_name"]
        order_by_product_name: Option<String>,
        /// Only results whose common name matches, `*` as a wildcard.
        common_name_pattern: Option<String>,
        status: Option<Vec<String>>,
        contact_handle: Option<String>,
        show_expiring: Option<bool>,
    }

    /// Orders a certificate.
    #[timeout = "180s"]
    pub create_order: POST "/ssl/orders" -> Created {
        approver_email: Option<String>,
        autorenew: Option<String>,
        csr: Option<String>,
        domain_amount: Option<i32>,
        domain_validation_methods: Option<Vec<Value>>,
        enable_dns_automation: Option<bool>,
        host_names: Option<Vec<String>>,
        organization_handle: Option<String>,
        period: Option<i32>,
        /// The product's id, as `list_products` gives it (an `i64` like everywhere else).
        product_id: Option<i64>,
        signature_hash_algorithm: Option<String>,
        software_id: Option<String>,
        start_provision: Option<bool>,
        technical_handle: Option<String>,
        wildcard_domain_amount: Option<i32>,
    }

    /// Reads a certificate order, with the certificate once issued.
    pub get_order: GET "/ssl/orders/{id}" -> SslOrder {
        id: i64,
    }

    /// Changes an order that is not issued yet (its CSR, approver, validation method).
    pub update_order: PUT "/ssl/orders/{id}" -> Created {
        #[body]
        id: i64,
        approver_email: Option<String>,
        autorenew: Option<String>,
        csr: Option<String>,
        domain_validation_methods: Option<Vec<Value>>,
        enable_dns_automation: Option<bool>,
        host_names: Option<Vec<String>>,
        organization_handle: Option<String>,
        signature_hash_algorithm: Option<String>,
        software_id: Option<String>,
        start_provision: Option<bool>,
        technical_handle: Option<String>,
    }

    /// Changes the address that approves the certificate.
    pub update_approver_email_address: PUT "/ssl/orders/{id}/approver-email" -> Created {
        #[body]
        id: i64,
        approver_email: Option<String>,
    }

    /// Sends the approval email again.
    pub resend_approver_email: POST "/ssl/orders/{id}/approver-email/resend" -> Created {
        #[body]
        id: i64,
    }

    /// Cancels a certificate order.
    pub cancel_order: POST "/ssl/orders/{id}/cancel" -> Created {
        #[body]
        id: i64,
    }

    /// Creates a one-time token for the certificate vendor's panel.
    pub create_otp_token: POST "/ssl/orders/{id}/otp-tokens" -> OtpToken {
        #[body]
        id: i64,
    }

    /// Reissues a certificate, with a new CSR.
    pub reissue_order: POST "/ssl/orders/{id}/reissue" -> Created {
        #[body]
        id: i64,
        approver_email: Option<String>,
        csr: Option<String>,
        domain_validation_methods: Option<Vec<Value>>,
        enable_dns_automation: Option<bool>,
        host_names: Option<Vec<String>>,
        organization_handle: Option<String>,
        signature_hash_algorithm: Option<String>,
        software_id: Option<String>,
    }

    /// Renews a certificate (25001 when too early).
    #[timeout = "180s"]
    pub renew_order: POST "/ssl/orders/{id}/renew" -> Created {
        #[body]
        id: i64,
        enable_dns_automation: Option<bool>,
    }

    /// Lists certificate products; with `with_price` their prices (without it there are
    /// none).
    pub list_products: GET "/ssl/products" -> List<SslProduct> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        /// Adds the price to the reply.
        with_price: Option<bool>,
        /// Adds the supported software to the reply.
        with_supported_software: Option<bool>,
        /// Adds the description to the reply.
        with_description: Option<bool>,
        #[rename = "order_by.name"]
        order_by_name: Option<String>,
        #[rename = "order_by.brand_name"]
        order_by_brand_name: Option<String>,
        #[rename = "order_by.category"]
        order_by_category: Option<String>,
        #[rename = "order_by.sub_category"]
        order_by_sub_category: Option<String>,
        #[rename = "order_by.brand_seqno"]
        order_by_brand_seqno: Option<String>,
        #[rename = "order_by.product_seqno"]
        order_by_product_seqno: Option<String>,
    }

    /// Reads a certificate product.
    pub get_product: GET "/ssl/products/{id}" -> SslProduct {
        id: i64,
    }
}

/// The reply of [`create_csr`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Csr {
    /// The CSR, PEM.
    pub csr: Option<String>,
    /// The private key, PEM. Keep it secret.
    pub key: Option<crate::SecretString>,
    /// The `openssl` command line that makes such a CSR and key.
    pub command: Option<String>,
    /// With `with_config` and other names: the OpenSSL config file that `command` uses.
    pub config: Option<String>,
    /// The path of that config file, as `command` names it.
    pub config_path: Option<String>,
    /// The path of the private key file, as `command` names it.
    pub key_path: Option<String>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`decode_csr`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DecodedCsr {
    /// The other names.
    #[serde(default)]
    pub subject_alternative_name: Vec<String>,
    /// The number of domain names in the CSR. The reference calls them additional names,
    /// but its example counts the common name too.
    pub domain_names_count: Option<i64>,
    /// The CSR's public key: its size and value.
    pub public_key: Option<DecodedCsrPublicKey>,
    /// The hash algorithm of the CSR's signature, like `sha2`.
    pub signature_hash_algorithm: Option<String>,
    /// The subject's parts, as the API sends them.
    pub subject: Option<DecodedCsrSubject>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A certificate order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrder {
    /// Its id.
    pub id: Option<i64>,
    /// The certificate's name, like `www.example.com`.
    pub common_name: Option<String>,
    /// Like `ACT` or `REQ`.
    pub status: Option<String>,
    /// The product's id.
    pub product_id: Option<i64>,
    /// The product's name.
    pub product_name: Option<String>,
    /// The certificate, PEM, once issued.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub certificate: Option<String>,
    /// The other names it covers.
    #[serde(default)]
    pub host_names: Vec<String>,
    /// When it was ordered.
    #[lenient(degrade)]
    pub order_date: Option<crate::jiff::civil::DateTime>,
    /// When it runs out.
    #[lenient(degrade)]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
    /// When the certificate became active.
    #[lenient(degrade)]
    pub active_date: Option<crate::jiff::civil::DateTime>,
    /// What to publish for DNS or HTTP validation of each name: records, files, checksums.
    #[serde(default)]
    pub additional_data: Vec<SslOrderAdditionalData>,
    /// The administrative contact's handle, like `XX123456-XX`.
    pub administrative_handle: Option<String>,
    /// `on` or `off`: whether the certificate renews by itself.
    pub autorenew: Option<String>,
    /// The billing contact's handle.
    pub billing_handle: Option<String>,
    /// The product's brand, like `Sectigo`.
    pub brand_name: Option<String>,
    /// The certificate signing request of the order, PEM.
    pub csr: Option<String>,
    /// How each name is validated: a method per host name.
    #[serde(default)]
    pub domain_validation_methods: Vec<SslOrderDomainValidationMethod>,
    /// Where domain validation stands, at Openprovider and at the CA.
    pub domain_validation_statuses: Option<SslOrderDomainValidationStatuses>,
    /// The email address that approves the certificate, for email validation.
    pub email_approver: Option<String>,
    /// The email address that approves reissues.
    pub email_reissue: Option<String>,
    /// The order's features, as text; empty when there are none.
    pub features: Option<String>,
    /// The intermediate certificate, between the CA's root and this one.
    pub intermediate_certificate: Option<String>,
    /// The order's options, like its features.
    pub options: Option<SslOrderOptions>,
    /// When the period paid for ends.
    #[lenient(degrade)]
    pub order_ends_at: Option<crate::jiff::civil::DateTime>,
    /// The organization contact's handle.
    pub organization_handle: Option<String>,
    /// How long the certificate is ordered for, in years (1 or 2).
    pub period: Option<i64>,
    /// When an automatic reissue is due to be requested.
    #[lenient(degrade)]
    pub reissue_at: Option<crate::jiff::civil::DateTime>,
    /// The CA's root certificate.
    pub root_certificate: Option<String>,
    /// The server software it is installed on, like `linux` or `windows`.
    pub software: Option<String>,
    /// Openprovider's internal id of the order, like a UUID; the calls take `id`.
    pub sslinhva_order_id: Option<String>,
    /// The technical contact's handle.
    pub technical_handle: Option<String>,
    /// The kind of validation: `domain`, `organization` or `extended`.
    pub validation_method: Option<String>,
    /// The order's id at the CA.
    pub vendor_order_id: Option<String>,
    /// The vendor's internal reference for the order.
    pub vendor_reference_id: Option<String>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`create_otp_token`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct OtpToken {
    /// The token.
    pub token: Option<crate::SecretString>,
    /// The link that uses it, which carries the token: a secret too.
    pub uri: Option<crate::SecretString>,
    /// When it runs out.
    #[lenient(degrade)]
    pub expire_at: Option<crate::jiff::civil::DateTime>,
}

/// A certificate product.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProduct {
    /// Its id, which an order takes.
    pub id: Option<i64>,
    /// Like `PositiveSSL`.
    pub name: Option<String>,
    /// Like `Sectigo`.
    pub brand_name: Option<String>,
    /// Like `domain_validation`, `organization_validation`, `extended_validation` or
    /// `multi_domain` (with the validation in `sub_category`).
    pub category: Option<String>,
    /// Whether it can cover `*.example.com`.
    pub is_wildcard_supported: Option<bool>,
    /// The longest order, in years.
    pub max_period: Option<i64>,
    /// Deprecated: whether subject alternative names (SAN) are bypassed.
    pub bypass_san: Option<bool>,
    /// How long an order usually takes to complete, like `10m` or `within 1 day`.
    pub delivery_time: Option<String>,
    /// With `with_description`: a marketing text about it, if it has one.
    pub description: Option<String>,
    /// The encryption strength of its root certificate, like `40/256 bits`.
    pub encryption: Option<String>,
    /// How long after ordering a cancellation is refunded, like `30d`.
    pub free_refund_period: Option<String>,
    /// How long reissues are free of charge, like `lifetime`.
    pub free_reissue_period: Option<String>,
    /// How many domains it includes; `-1` for a wildcard product.
    pub included_domains_count: Option<i64>,
    /// Whether it offers extended validation (EV).
    pub is_extended_validation_supported: Option<bool>,
    /// Whether it can cover internationalized domain names (IDN).
    pub is_idn_supported: Option<bool>,
    /// Deprecated: whether mobile devices are supported.
    pub is_mobile_supported: Option<bool>,
    /// Deprecated: whether it supports Server Gated Cryptography (SGC).
    pub is_sgc_supported: Option<bool>,
    /// Whether it supports wildcard names in a multi-domain certificate.
    pub is_wildcard_multidomain_supported: Option<bool>,
    /// Its prices, one set per price level.
    #[serde(default)]
    pub level_prices: Vec<SslProductLevelPrice>,
    /// For multi-domain certificates: the most domains that can be added.
    pub max_domains: Option<i64>,
    /// How many domains the regular price includes; a multi-domain certificate can have more,
    /// at extra cost.
    pub number_of_domains: Option<i64>,
    /// The module that handles its orders, like `comodo`.
    pub order_module: Option<String>,
    /// With `with_price`: its prices.
    #[serde(default)]
    pub prices: Vec<SslProductLevelPricePrice>,
    /// The kind of root certificate, like `Chained root`.
    pub root: Option<String>,
    /// Deprecated: a sub-category, like `extended_validation` for a multi-domain product.
    pub sub_category: Option<String>,
    /// With `with_supported_software`: the platforms it can be installed on.
    #[serde(default)]
    pub supported_software: Vec<SslProductSupportedSoftware>,
    /// The validation it needs: `domain`, `organization` or `extended`.
    pub validation_method: Option<String>,
    /// The warranty amount, in the list currency and in yours; sent even without `with_price`.
    pub warranty: Option<crate::domains::PriceGroup>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `SslOrderAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderAdditionalData {
    /// DNS validation content, for Symantec orders.
    pub dns: Option<String>,
    /// The name of the DNS record to add for DNS validation.
    pub dns_record: Option<String>,
    /// The value to put in that DNS record.
    pub dns_value: Option<String>,
    /// The host name this data validates, like `example.com`.
    pub domain: Option<String>,
    /// The validation file's content, for Symantec orders.
    pub file_content: Option<String>,
    /// What to put in the validation file, for HTTP validation.
    pub file_contents: Option<String>,
    /// Where to place the validation file, like under `/.well-known/pki-validation/`.
    pub file_location: Option<String>,
    /// The validation file's name, for Symantec orders.
    pub file_name: Option<String>,
    /// The order's MD5 checksum, for validation.
    pub md5: Option<String>,
    /// Validation values in the old format, from before the move to DigiCert.
    #[serde(default)]
    pub old_cert_format: Vec<String>,
    /// The order's SHA-1 checksum, for validation.
    pub sha1: Option<String>,
    /// The order's SHA-256 checksum, for validation.
    pub sha256: Option<String>,
    /// The validation token.
    #[serde(default, with = "crate::common::optional_secret")]
    pub token: Option<crate::SecretString>,
    /// The URL of the validation file, like one under `/.well-known/pki-validation/`.
    pub url: Option<String>,
}

/// `SslOrderDomainValidationMethod` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderDomainValidationMethod {
    /// The host name this method validates.
    pub host_name: Option<String>,
    /// The validation method, like `dns`, `http`, `https` or `email`.
    pub method: Option<String>,
}

/// `SslOrderDomainValidationStatuses` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderDomainValidationStatuses {
    /// The operation under way at the CA, like `request`.
    pub ca_operation: Option<String>,
    /// The order's status at the CA, like `in_progress`.
    pub ca_order_status: Option<String>,
    /// The certificate's status at the CA, like `requested`.
    pub ca_status: Option<String>,
    /// The validation's status: `open` or `closed`.
    pub status: Option<String>,
}

/// `SslOrderOptions` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderOptions {
    /// The certificate's features, as text; empty when there are none.
    pub features: Option<String>,
}

/// `SslProductLevelPricePrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProductLevelPricePrice {
    /// The price for extra domains, beyond those the product includes.
    pub extra_domain_price: Option<crate::domains::PriceGroup>,
    /// The price for extra wildcard domains, like `*.example.com`.
    pub extra_wildcard_domain_price: Option<crate::domains::PriceGroup>,
    /// The period these prices are for, in years.
    pub period: Option<i64>,
    /// The price of the certificate for this period: the list price and yours.
    pub price: Option<crate::domains::PriceGroup>,
}

/// `SslProductLevelPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProductLevelPrice {
    /// The price level these prices are for.
    pub level: Option<i64>,
    /// The product's name.
    pub name: Option<String>,
    /// Its prices at this level, one per period.
    #[serde(default)]
    pub prices: Vec<SslProductLevelPricePrice>,
}

/// `SslProductSupportedSoftware` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProductSupportedSoftware {
    /// Its id, like `linux`: what an order's `software_id` takes.
    pub id: Option<String>,
    /// Its name, like `Linux`.
    pub title: Option<String>,
}

/// `DecodedCsrPublicKey` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DecodedCsrPublicKey {
    /// The key's size in bits, like 2048.
    pub bits: Option<i64>,
    /// The public key, as the API sends it.
    pub key: Option<String>,
}

/// `DecodedCsrSubject` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DecodedCsrSubject {
    /// The domain name the CSR is for, like `example.com`.
    pub common_name: Option<String>,
    /// The organization's two-letter country code, like `NL`.
    pub country: Option<String>,
    /// The requester's email address.
    pub email: Option<String>,
    /// The organization's locality, like its city.
    pub locality: Option<String>,
    /// The organization's name, like `MyCompany B.V.`.
    pub organization: Option<String>,
    /// The organization's state or province.
    pub state: Option<String>,
    /// The organizational unit, like `IT`.
    pub unit: Option<String>,
}
