//! Billing: invoices, payments and transactions of the reseller account.
//!
//! Dates in filters are written `YYYY-MM-DD`.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists invoices, a page at a time.
    pub list_invoices: GET "/invoices" -> List<Invoice> {
        limit: Option<i32>,
        offset: Option<i32>,
        order: Option<String>,
        order_by: Option<String>,
        start_creation_date: Option<String>,
        end_creation_date: Option<String>,
    }

    /// Lists payments, a page at a time.
    pub list_payments: GET "/payments" -> List<Payment> {
        limit: Option<i32>,
        offset: Option<i32>,
        order: Option<String>,
        order_by: Option<String>,
        r#type: Option<String>,
        status: Option<String>,
        start_creation_date: Option<String>,
        end_creation_date: Option<String>,
    }

    /// Lists the account's transactions (what each order cost), a page at a time.
    pub list_transactions: GET "/transactions" -> List<Transaction> {
        limit: Option<i32>,
        offset: Option<i32>,
        order: Option<String>,
        order_by: Option<String>,
        start_creation_date: Option<String>,
        end_creation_date: Option<String>,
        filter_for_subject: Option<String>,
    }
}

/// An invoice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Invoice {
    /// Its id.
    #[serde(default)]
    pub id: Option<i64>,
    /// Its number, like `2026-000123`.
    #[serde(default)]
    pub invoice_number: Option<String>,
    /// When it was made.
    #[serde(default)]
    pub creation_date: Option<crate::jiff::civil::DateTime>,
    /// Where to download it.
    #[serde(default)]
    pub invoice_url: Option<String>,
    /// Its amount (`amount`).
    #[serde(default)]
    pub amount: Option<crate::domains::PriceGroup>,
    /// Its attachment url (`attachment_url`).
    #[serde(default)]
    pub attachment_url: Option<String>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A payment to the account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Payment {
    /// Its id.
    #[serde(default)]
    pub id: Option<i64>,
    /// Like `paid`.
    #[serde(default)]
    pub status: Option<String>,
    /// How it was paid.
    #[serde(default)]
    pub method: Option<String>,
    /// When it was made.
    #[serde(default)]
    pub creation_date: Option<crate::jiff::civil::DateTime>,
    /// Its amount (`amount`).
    #[serde(default)]
    pub amount: Option<crate::domains::PriceGroup>,
    /// The confirmation date (`confirmation_date`).
    #[serde(default)]
    pub confirmation_date: Option<crate::jiff::civil::DateTime>,
    /// Whether it is processed (`is_processed`).
    #[serde(default)]
    pub is_processed: Option<bool>,
    /// The payment date (`payment_date`).
    #[serde(default)]
    pub payment_date: Option<crate::jiff::civil::DateTime>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A transaction: what one order cost.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Transaction {
    /// What was bought, like `example.com`.
    #[serde(default)]
    pub subject: Option<String>,
    /// Like `create` or `renew`.
    #[serde(default)]
    pub action: Option<String>,
    /// Like `domain`.
    #[serde(default)]
    pub object_type: Option<String>,
    /// When it was made.
    #[serde(default)]
    pub creation_date: Option<crate::jiff::civil::DateTime>,
    /// The discount, a number (`discount`).
    #[serde(default)]
    pub discount: Option<f64>,
    /// The exchange rate, a number (`exchange_rate`).
    #[serde(default)]
    pub exchange_rate: Option<f64>,
    /// Its price (`price`).
    #[serde(default)]
    pub price: Option<crate::domains::PriceGroup>,
    /// The quantity, a number (`quantity`).
    #[serde(default)]
    pub quantity: Option<i64>,
    /// The reference id, a number (`reference_id`).
    #[serde(default)]
    pub reference_id: Option<i64>,
    /// Its setup (`setup`).
    #[serde(default)]
    pub setup: Option<crate::domains::PriceGroup>,
    /// Its total (`total`).
    #[serde(default)]
    pub total: Option<crate::domains::PriceGroup>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The vat, a number (`vat`).
    #[serde(default)]
    pub vat: Option<i64>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
