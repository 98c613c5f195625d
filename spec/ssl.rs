//! SSL certificates: products, orders, CSRs and the approver emails of domain validation.
//!
//! Mangled PEM newlines in a CSR give 1030 (invalid CSR): send the CSR with its `\n`s.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
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
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Csr {
    /// The CSR, PEM.
    #[serde(default)]
    pub csr: Option<String>,
    /// The private key, PEM. Keep it secret.
    #[serde(default)]
    pub key: Option<crate::SecretString>,
    /// `command`: command.
    #[serde(default)]
    pub command: Option<String>,
    /// `config`: config.
    #[serde(default)]
    pub config: Option<String>,
    /// `config_path`: config path.
    #[serde(default)]
    pub config_path: Option<String>,
    /// `key_path`: key path.
    #[serde(default)]
    pub key_path: Option<String>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`decode_csr`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecodedCsr {
    /// The other names.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub subject_alternative_name: Vec<String>,
    /// `domain_names_count`: domain names count.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub domain_names_count: Option<i64>,
    /// `public_key`: public key.
    #[serde(default)]
    pub public_key: Option<DecodedCsrPublicKey>,
    /// `signature_hash_algorithm`: signature hash algorithm.
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslOrder {
    /// Its id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub id: Option<i64>,
    /// The certificate's name, like `www.example.com`.
    #[serde(default)]
    pub common_name: Option<String>,
    /// Like `ACT` or `REQ`.
    #[serde(default)]
    pub status: Option<String>,
    /// The product's id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub product_id: Option<i64>,
    /// The product's name.
    #[serde(default)]
    pub product_name: Option<String>,
    /// The certificate, PEM, once issued.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub certificate: Option<String>,
    /// The other names it covers.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub host_names: Vec<String>,
    /// When it was ordered.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub order_date: Option<crate::jiff::civil::DateTime>,
    /// When it runs out.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
    /// `active_date`: active date.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub active_date: Option<crate::jiff::civil::DateTime>,
    /// `additional_data`: additional data.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub additional_data: Vec<SslOrderAdditionalData>,
    /// `administrative_handle`: administrative handle.
    #[serde(default)]
    pub administrative_handle: Option<String>,
    /// `autorenew`: autorenew.
    #[serde(default)]
    pub autorenew: Option<String>,
    /// `billing_handle`: billing handle.
    #[serde(default)]
    pub billing_handle: Option<String>,
    /// `brand_name`: brand name.
    #[serde(default)]
    pub brand_name: Option<String>,
    /// `csr`: csr.
    #[serde(default)]
    pub csr: Option<String>,
    /// `domain_validation_methods`: domain validation methods.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub domain_validation_methods: Vec<SslOrderDomainValidationMethod>,
    /// `domain_validation_statuses`: domain validation statuses.
    #[serde(default)]
    pub domain_validation_statuses: Option<SslOrderDomainValidationStatuses>,
    /// `email_approver`: email approver.
    #[serde(default)]
    pub email_approver: Option<String>,
    /// `email_reissue`: email reissue.
    #[serde(default)]
    pub email_reissue: Option<String>,
    /// `features`: features.
    #[serde(default)]
    pub features: Option<String>,
    /// `intermediate_certificate`: intermediate certificate.
    #[serde(default)]
    pub intermediate_certificate: Option<String>,
    /// `options`: options.
    #[serde(default)]
    pub options: Option<SslOrderOptions>,
    /// `order_ends_at`: order ends at.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub order_ends_at: Option<crate::jiff::civil::DateTime>,
    /// `organization_handle`: organization handle.
    #[serde(default)]
    pub organization_handle: Option<String>,
    /// `period`: period.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub period: Option<i64>,
    /// `reissue_at`: reissue at.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub reissue_at: Option<crate::jiff::civil::DateTime>,
    /// `root_certificate`: root certificate.
    #[serde(default)]
    pub root_certificate: Option<String>,
    /// `software`: software.
    #[serde(default)]
    pub software: Option<String>,
    /// `sslinhva_order_id`: sslinhva order id.
    #[serde(default)]
    pub sslinhva_order_id: Option<String>,
    /// `technical_handle`: technical handle.
    #[serde(default)]
    pub technical_handle: Option<String>,
    /// `validation_method`: validation method.
    #[serde(default)]
    pub validation_method: Option<String>,
    /// `vendor_order_id`: vendor order id.
    #[serde(default)]
    pub vendor_order_id: Option<String>,
    /// `vendor_reference_id`: vendor reference id.
    #[serde(default)]
    pub vendor_reference_id: Option<String>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`create_otp_token`].
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct OtpToken {
    /// The token.
    #[serde(default)]
    pub token: Option<crate::SecretString>,
    /// The link that uses it.
    #[serde(default)]
    pub uri: Option<String>,
    /// When it runs out.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub expire_at: Option<crate::jiff::civil::DateTime>,
}

/// A certificate product.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslProduct {
    /// Its id, which an order takes.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
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
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_wildcard_supported: Option<bool>,
    /// The longest order, in years.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub max_period: Option<i64>,
    /// `bypass_san`: bypass san.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub bypass_san: Option<bool>,
    /// `delivery_time`: delivery time.
    #[serde(default)]
    pub delivery_time: Option<String>,
    /// `description`: description.
    #[serde(default)]
    pub description: Option<String>,
    /// `encryption`: encryption.
    #[serde(default)]
    pub encryption: Option<String>,
    /// `free_refund_period`: free refund period.
    #[serde(default)]
    pub free_refund_period: Option<String>,
    /// `free_reissue_period`: free reissue period.
    #[serde(default)]
    pub free_reissue_period: Option<String>,
    /// `included_domains_count`: included domains count.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub included_domains_count: Option<i64>,
    /// `is_extended_validation_supported`: is extended validation supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_extended_validation_supported: Option<bool>,
    /// `is_idn_supported`: is idn supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_idn_supported: Option<bool>,
    /// `is_mobile_supported`: is mobile supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_mobile_supported: Option<bool>,
    /// `is_sgc_supported`: is sgc supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_sgc_supported: Option<bool>,
    /// `is_wildcard_multidomain_supported`: is wildcard multidomain supported.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_wildcard_multidomain_supported: Option<bool>,
    /// `level_prices`: level prices.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub level_prices: Vec<SslProductLevelPrice>,
    /// `max_domains`: max domains.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub max_domains: Option<i64>,
    /// `number_of_domains`: number of domains.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub number_of_domains: Option<i64>,
    /// `order_module`: order module.
    #[serde(default)]
    pub order_module: Option<String>,
    /// With `with_price`: its prices.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub prices: Vec<SslProductLevelPricePrice>,
    /// `root`: root.
    #[serde(default)]
    pub root: Option<String>,
    /// `sub_category`: sub category.
    #[serde(default)]
    pub sub_category: Option<String>,
    /// `supported_software`: supported software.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub supported_software: Vec<SslProductSupportedSoftware>,
    /// `validation_method`: validation method.
    #[serde(default)]
    pub validation_method: Option<String>,
    /// `warranty`: warranty.
    #[serde(default)]
    pub warranty: Option<crate::domains::PriceGroup>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `SslOrderAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslOrderAdditionalData {
    /// `dns`: dns.
    #[serde(default)]
    pub dns: Option<String>,
    /// `dns_record`: dns record.
    #[serde(default)]
    pub dns_record: Option<String>,
    /// `dns_value`: dns value.
    #[serde(default)]
    pub dns_value: Option<String>,
    /// `domain`: domain.
    #[serde(default)]
    pub domain: Option<String>,
    /// `file_content`: file content.
    #[serde(default)]
    pub file_content: Option<String>,
    /// `file_contents`: file contents.
    #[serde(default)]
    pub file_contents: Option<String>,
    /// `file_location`: file location.
    #[serde(default)]
    pub file_location: Option<String>,
    /// `file_name`: file name.
    #[serde(default)]
    pub file_name: Option<String>,
    /// `md5`: md5.
    #[serde(default)]
    pub md5: Option<String>,
    /// `old_cert_format`: old cert format.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub old_cert_format: Vec<String>,
    /// `sha1`: sha1.
    #[serde(default)]
    pub sha1: Option<String>,
    /// `sha256`: sha256.
    #[serde(default)]
    pub sha256: Option<String>,
    /// `token`: token.
    #[serde(default, with = "crate::common::optional_secret")]
    pub token: Option<crate::SecretString>,
    /// `url`: url.
    #[serde(default)]
    pub url: Option<String>,
}

/// `SslOrderDomainValidationMethod` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslOrderDomainValidationMethod {
    /// `host_name`: host name.
    #[serde(default)]
    pub host_name: Option<String>,
    /// `method`: method.
    #[serde(default)]
    pub method: Option<String>,
}

/// `SslOrderDomainValidationStatuses` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslOrderDomainValidationStatuses {
    /// `ca_operation`: ca operation.
    #[serde(default)]
    pub ca_operation: Option<String>,
    /// `ca_order_status`: ca order status.
    #[serde(default)]
    pub ca_order_status: Option<String>,
    /// `ca_status`: ca status.
    #[serde(default)]
    pub ca_status: Option<String>,
    /// `status`: status.
    #[serde(default)]
    pub status: Option<String>,
}

/// `SslOrderOptions` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslOrderOptions {
    /// `features`: features.
    #[serde(default)]
    pub features: Option<String>,
}

/// `SslProductLevelPricePrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslProductLevelPricePrice {
    /// `extra_domain_price`: extra domain price.
    #[serde(default)]
    pub extra_domain_price: Option<crate::domains::PriceGroup>,
    /// `extra_wildcard_domain_price`: extra wildcard domain price.
    #[serde(default)]
    pub extra_wildcard_domain_price: Option<crate::domains::PriceGroup>,
    /// `period`: period.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub period: Option<i64>,
    /// `price`: price.
    #[serde(default)]
    pub price: Option<crate::domains::PriceGroup>,
}

/// `SslProductLevelPrice` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslProductLevelPrice {
    /// `level`: level.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub level: Option<i64>,
    /// `name`: name.
    #[serde(default)]
    pub name: Option<String>,
    /// `prices`: prices.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub prices: Vec<SslProductLevelPricePrice>,
}

/// `SslProductSupportedSoftware` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SslProductSupportedSoftware {
    /// `id`: id.
    #[serde(default)]
    pub id: Option<String>,
    /// `title`: title.
    #[serde(default)]
    pub title: Option<String>,
}

/// `DecodedCsrPublicKey` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecodedCsrPublicKey {
    /// `bits`: bits.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub bits: Option<i64>,
    /// `key`: key.
    #[serde(default)]
    pub key: Option<String>,
}

/// `DecodedCsrSubject` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecodedCsrSubject {
    /// `common_name`: common name.
    #[serde(default)]
    pub common_name: Option<String>,
    /// `country`: country.
    #[serde(default)]
    pub country: Option<String>,
    /// `email`: email.
    #[serde(default)]
    pub email: Option<String>,
    /// `locality`: locality.
    #[serde(default)]
    pub locality: Option<String>,
    /// `organization`: organization.
    #[serde(default)]
    pub organization: Option<String>,
    /// `state`: state.
    #[serde(default)]
    pub state: Option<String>,
    /// `unit`: unit.
    #[serde(default)]
    pub unit: Option<String>,
}
