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
        limit: Option<i32>,
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
        limit: Option<i32>,
        offset: Option<i32>,
        with_price: Option<bool>,
        with_supported_software: Option<bool>,
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
#[derive(Debug, Clone, Default, PartialEq, LenientDeserialize)]
#[non_exhaustive]
pub struct Csr {
    /// The CSR, PEM.
    #[serde(default)]
    pub csr: Option<String>,
    /// The private key, PEM. Keep it secret.
    #[serde(default)]
    pub key: Option<crate::SecretString>,
    /// Its command (`command`).
    #[serde(default)]
    pub command: Option<String>,
    /// Its config (`config`).
    #[serde(default)]
    pub config: Option<String>,
    /// Its config path (`config_path`).
    #[serde(default)]
    pub config_path: Option<String>,
    /// Its key path (`key_path`).
    #[serde(default)]
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
    /// The domain names count, a number (`domain_names_count`).
    #[serde(default)]
    pub domain_names_count: Option<i64>,
    /// Its public key (`public_key`).
    #[serde(default)]
    pub public_key: Option<DecodedCsrPublicKey>,
    /// Its signature hash algorithm (`signature_hash_algorithm`).
    #[serde(default)]
    pub signature_hash_algorithm: Option<String>,
    /// The subject's parts, as the API sends them.
    #[serde(default)]
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
    #[serde(default)]
    pub id: Option<i64>,
    /// The certificate's name, like `www.example.com`.
    #[serde(default)]
    pub common_name: Option<String>,
    /// Like `ACT` or `REQ`.
    #[serde(default)]
    pub status: Option<String>,
    /// The product's id.
    #[serde(default)]
    pub product_id: Option<i64>,
    /// The product's name.
    #[serde(default)]
    pub product_name: Option<String>,
    /// The certificate, PEM, once issued.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub certificate: Option<String>,
    /// The other names it covers.
    #[serde(default)]
    pub host_names: Vec<String>,
    /// When it was ordered.
    #[serde(default)]
    pub order_date: Option<crate::jiff::civil::DateTime>,
    /// When it runs out.
    #[serde(default)]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
    /// The active date (`active_date`).
    #[serde(default)]
    pub active_date: Option<crate::jiff::civil::DateTime>,
    /// Its additional data (`additional_data`).
    #[serde(default)]
    pub additional_data: Vec<SslOrderAdditionalData>,
    /// Its administrative handle (`administrative_handle`).
    #[serde(default)]
    pub administrative_handle: Option<String>,
    /// Its autorenew (`autorenew`).
    #[serde(default)]
    pub autorenew: Option<String>,
    /// Its billing handle (`billing_handle`).
    #[serde(default)]
    pub billing_handle: Option<String>,
    /// Its brand name (`brand_name`).
    #[serde(default)]
    pub brand_name: Option<String>,
    /// Its csr (`csr`).
    #[serde(default)]
    pub csr: Option<String>,
    /// Its domain validation methods (`domain_validation_methods`).
    #[serde(default)]
    pub domain_validation_methods: Vec<SslOrderDomainValidationMethod>,
    /// Its domain validation statuses (`domain_validation_statuses`).
    #[serde(default)]
    pub domain_validation_statuses: Option<SslOrderDomainValidationStatuses>,
    /// Its email approver (`email_approver`).
    #[serde(default)]
    pub email_approver: Option<String>,
    /// Its email reissue (`email_reissue`).
    #[serde(default)]
    pub email_reissue: Option<String>,
    /// Its features (`features`).
    #[serde(default)]
    pub features: Option<String>,
    /// Its intermediate certificate (`intermediate_certificate`).
    #[serde(default)]
    pub intermediate_certificate: Option<String>,
    /// Its options (`options`).
    #[serde(default)]
    pub options: Option<SslOrderOptions>,
    /// When order ends (`order_ends_at`).
    #[serde(default)]
    pub order_ends_at: Option<crate::jiff::civil::DateTime>,
    /// Its organization handle (`organization_handle`).
    #[serde(default)]
    pub organization_handle: Option<String>,
    /// The period, a number (`period`).
    #[serde(default)]
    pub period: Option<i64>,
    /// When reissue (`reissue_at`).
    #[serde(default)]
    pub reissue_at: Option<crate::jiff::civil::DateTime>,
    /// Its root certificate (`root_certificate`).
    #[serde(default)]
    pub root_certificate: Option<String>,
    /// Its software (`software`).
    #[serde(default)]
    pub software: Option<String>,
    /// Its sslinhva order id (`sslinhva_order_id`).
    #[serde(default)]
    pub sslinhva_order_id: Option<String>,
    /// Its technical handle (`technical_handle`).
    #[serde(default)]
    pub technical_handle: Option<String>,
    /// Its validation method (`validation_method`).
    #[serde(default)]
    pub validation_method: Option<String>,
    /// Its vendor order id (`vendor_order_id`).
    #[serde(default)]
    pub vendor_order_id: Option<String>,
    /// Its vendor reference id (`vendor_reference_id`).
    #[serde(default)]
    pub vendor_reference_id: Option<String>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`create_otp_token`].
#[derive(Debug, Clone, Default, PartialEq, LenientDeserialize)]
#[non_exhaustive]
pub struct OtpToken {
    /// The token.
    #[serde(default)]
    pub token: Option<crate::SecretString>,
    /// The link that uses it.
    #[serde(default)]
    pub uri: Option<String>,
    /// When it runs out.
    #[serde(default)]
    pub expire_at: Option<crate::jiff::civil::DateTime>,
}

/// A certificate product.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProduct {
    /// Its id, which an order takes.
    #[serde(default)]
    pub id: Option<i64>,
    /// Like `PositiveSSL`.
    #[serde(default)]
    pub name: Option<String>,
    /// Like `Sectigo`.
    #[serde(default)]
    pub brand_name: Option<String>,
    /// `domain_validation`, `organization_validation` or `extended_validation`.
    #[serde(default)]
    pub category: Option<String>,
    /// Whether it can cover `*.example.com`.
    #[serde(default)]
    pub is_wildcard_supported: Option<bool>,
    /// The longest order, in years.
    #[serde(default)]
    pub max_period: Option<i64>,
    /// Whether bypass san holds (`bypass_san`).
    #[serde(default)]
    pub bypass_san: Option<bool>,
    /// Its delivery time (`delivery_time`).
    #[serde(default)]
    pub delivery_time: Option<String>,
    /// Its description (`description`).
    #[serde(default)]
    pub description: Option<String>,
    /// Its encryption (`encryption`).
    #[serde(default)]
    pub encryption: Option<String>,
    /// Its free refund period (`free_refund_period`).
    #[serde(default)]
    pub free_refund_period: Option<String>,
    /// Its free reissue period (`free_reissue_period`).
    #[serde(default)]
    pub free_reissue_period: Option<String>,
    /// The included domains count, a number (`included_domains_count`).
    #[serde(default)]
    pub included_domains_count: Option<i64>,
    /// Whether it is extended validation supported (`is_extended_validation_supported`).
    #[serde(default)]
    pub is_extended_validation_supported: Option<bool>,
    /// Whether it is idn supported (`is_idn_supported`).
    #[serde(default)]
    pub is_idn_supported: Option<bool>,
    /// Whether it is mobile supported (`is_mobile_supported`).
    #[serde(default)]
    pub is_mobile_supported: Option<bool>,
    /// Whether it is sgc supported (`is_sgc_supported`).
    #[serde(default)]
    pub is_sgc_supported: Option<bool>,
    /// Whether it is wildcard multidomain supported (`is_wildcard_multidomain_supported`).
    #[serde(default)]
    pub is_wildcard_multidomain_supported: Option<bool>,
    /// Its level prices (`level_prices`).
    #[serde(default)]
    pub level_prices: Vec<SslProductLevelPrice>,
    /// The max domains, a number (`max_domains`).
    #[serde(default)]
    pub max_domains: Option<i64>,
    /// The number of domains, a number (`number_of_domains`).
    #[serde(default)]
    pub number_of_domains: Option<i64>,
    /// Its order module (`order_module`).
    #[serde(default)]
    pub order_module: Option<String>,
    /// With `with_price`: its prices.
    #[serde(default)]
    pub prices: Vec<SslProductLevelPricePrice>,
    /// Its root (`root`).
    #[serde(default)]
    pub root: Option<String>,
    /// Its sub category (`sub_category`).
    #[serde(default)]
    pub sub_category: Option<String>,
    /// Its supported software (`supported_software`).
    #[serde(default)]
    pub supported_software: Vec<SslProductSupportedSoftware>,
    /// Its validation method (`validation_method`).
    #[serde(default)]
    pub validation_method: Option<String>,
    /// Its warranty (`warranty`).
    #[serde(default)]
    pub warranty: Option<crate::domains::PriceGroup>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `SslOrderAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderAdditionalData {
    /// Its dns (`dns`).
    #[serde(default)]
    pub dns: Option<String>,
    /// Its dns record (`dns_record`).
    #[serde(default)]
    pub dns_record: Option<String>,
    /// Its dns value (`dns_value`).
    #[serde(default)]
    pub dns_value: Option<String>,
    /// Its domain (`domain`).
    #[serde(default)]
    pub domain: Option<String>,
    /// Its file content (`file_content`).
    #[serde(default)]
    pub file_content: Option<String>,
    /// Its file contents (`file_contents`).
    #[serde(default)]
    pub file_contents: Option<String>,
    /// Its file location (`file_location`).
    #[serde(default)]
    pub file_location: Option<String>,
    /// Its file name (`file_name`).
    #[serde(default)]
    pub file_name: Option<String>,
    /// Its md5 (`md5`).
    #[serde(default)]
    pub md5: Option<String>,
    /// Its old cert format (`old_cert_format`).
    #[serde(default)]
    pub old_cert_format: Vec<String>,
    /// Its sha1 (`sha1`).
    #[serde(default)]
    pub sha1: Option<String>,
    /// Its sha256 (`sha256`).
    #[serde(default)]
    pub sha256: Option<String>,
    /// Its token (`token`).
    #[serde(default, with = "crate::common::optional_secret")]
    pub token: Option<crate::SecretString>,
    /// Its url (`url`).
    #[serde(default)]
    pub url: Option<String>,
}

/// `SslOrderDomainValidationMethod` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderDomainValidationMethod {
    /// Its host name (`host_name`).
    #[serde(default)]
    pub host_name: Option<String>,
    /// Its method (`method`).
    #[serde(default)]
    pub method: Option<String>,
}

/// `SslOrderDomainValidationStatuses` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderDomainValidationStatuses {
    /// Its ca operation (`ca_operation`).
    #[serde(default)]
    pub ca_operation: Option<String>,
    /// Its ca order status (`ca_order_status`).
    #[serde(default)]
    pub ca_order_status: Option<String>,
    /// Its ca status (`ca_status`).
    #[serde(default)]
    pub ca_status: Option<String>,
    /// Its status (`status`).
    #[serde(default)]
    pub status: Option<String>,
}

/// `SslOrderOptions` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslOrderOptions {
    /// Its features (`features`).
    #[serde(default)]
    pub features: Option<String>,
}

/// `SslProductLevelPricePrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProductLevelPricePrice {
    /// Its extra domain price (`extra_domain_price`).
    #[serde(default)]
    pub extra_domain_price: Option<crate::domains::PriceGroup>,
    /// Its extra wildcard domain price (`extra_wildcard_domain_price`).
    #[serde(default)]
    pub extra_wildcard_domain_price: Option<crate::domains::PriceGroup>,
    /// The period, a number (`period`).
    #[serde(default)]
    pub period: Option<i64>,
    /// Its price (`price`).
    #[serde(default)]
    pub price: Option<crate::domains::PriceGroup>,
}

/// `SslProductLevelPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProductLevelPrice {
    /// The level, a number (`level`).
    #[serde(default)]
    pub level: Option<i64>,
    /// Its name (`name`).
    #[serde(default)]
    pub name: Option<String>,
    /// Its prices (`prices`).
    #[serde(default)]
    pub prices: Vec<SslProductLevelPricePrice>,
}

/// `SslProductSupportedSoftware` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SslProductSupportedSoftware {
    /// Its id (`id`).
    #[serde(default)]
    pub id: Option<String>,
    /// Its title (`title`).
    #[serde(default)]
    pub title: Option<String>,
}

/// `DecodedCsrPublicKey` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DecodedCsrPublicKey {
    /// The bits, a number (`bits`).
    #[serde(default)]
    pub bits: Option<i64>,
    /// Its key (`key`).
    #[serde(default)]
    pub key: Option<String>,
}

/// `DecodedCsrSubject` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct DecodedCsrSubject {
    /// Its common name (`common_name`).
    #[serde(default)]
    pub common_name: Option<String>,
    /// Its country (`country`).
    #[serde(default)]
    pub country: Option<String>,
    /// Its email (`email`).
    #[serde(default)]
    pub email: Option<String>,
    /// Its locality (`locality`).
    #[serde(default)]
    pub locality: Option<String>,
    /// Its organization (`organization`).
    #[serde(default)]
    pub organization: Option<String>,
    /// Its state (`state`).
    #[serde(default)]
    pub state: Option<String>,
    /// Its unit (`unit`).
    #[serde(default)]
    pub unit: Option<String>,
}
