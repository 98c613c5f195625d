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
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        order: Option<String>,
        order_by: Option<String>,
        start_creation_date: Option<String>,
        end_creation_date: Option<String>,
    }

    /// Lists payments, a page at a time.
    pub list_payments: GET "/payments" -> List<Payment> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
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
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
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
    pub id: Option<i64>,
    /// Its number, like `XX123456`.
    pub invoice_number: Option<String>,
    /// When it was made.
    #[lenient(degrade)]
    pub creation_date: Option<crate::jiff::civil::DateTime>,
    /// Where to download it. The link carries an access token (`token=`), so it is a secret.
    pub invoice_url: Option<crate::SecretString>,
    /// The invoice's amount: the list price and your price, each with its currency.
    pub amount: Option<crate::domains::PriceGroup>,
    /// Where to download the invoice's attachment; like `invoice_url`, a secret.
    pub attachment_url: Option<crate::SecretString>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A payment to the account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Payment {
    /// Its id.
    pub id: Option<i64>,
    /// Like `new` or `paid`.
    pub status: Option<String>,
    /// How it was paid.
    pub method: Option<String>,
    /// When it was made.
    #[lenient(degrade)]
    pub creation_date: Option<crate::jiff::civil::DateTime>,
    /// The amount paid, in the product's currency and in yours.
    pub amount: Option<crate::domains::PriceGroup>,
    /// When the payment was confirmed; `None` while it is not.
    #[lenient(degrade)]
    pub confirmation_date: Option<crate::jiff::civil::DateTime>,
    /// Whether the payment has been processed.
    pub is_processed: Option<bool>,
    /// When the payment was made, which can differ from `creation_date`.
    #[lenient(degrade)]
    pub payment_date: Option<crate::jiff::civil::DateTime>,
    /// The kind of payment, like `online` (`type` on the wire).
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
    pub subject: Option<String>,
    /// What was charged for, like `NEW`.
    pub action: Option<String>,
    /// Like `domain`.
    pub object_type: Option<String>,
    /// When it was made.
    #[lenient(degrade)]
    pub creation_date: Option<crate::jiff::civil::DateTime>,
    /// The discount on the transaction; the API's document gives no unit.
    pub discount: Option<f64>,
    /// The exchange rate used for the transaction.
    pub exchange_rate: Option<f64>,
    /// The price: the list price and your price, each with its currency.
    pub price: Option<crate::domains::PriceGroup>,
    /// How many were ordered.
    pub quantity: Option<i64>,
    /// A reference number; the API's document does not say what it points to.
    pub reference_id: Option<i64>,
    /// The setup fee: the list price and your price, each with its currency.
    pub setup: Option<crate::domains::PriceGroup>,
    /// The total cost: the list price and your price, each with its currency.
    pub total: Option<crate::domains::PriceGroup>,
    /// The kind of entry, like `transaction` (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The VAT, a whole number; the API's document gives no unit.
    pub vat: Option<i64>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
