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
    pub list_approver_emails: GET "/ssl/approver-emails" -> List<Value> {
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
    /// Fields the API sent that this type does not name (`command`, `config`, ...).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`decode_csr`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecodedCsr {
    /// The subject's parts, as the API sends them.
    #[serde(default)]
    pub subject: Option<Value>,
    /// The other names.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub subject_alternative_name: Vec<String>,
    /// Fields the API sent that this type does not name (`public_key`, ...).
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
    /// With `with_price`: its prices.
    #[serde(default)]
    pub prices: Option<Value>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
