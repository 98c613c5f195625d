//! The reseller account itself: its data, settings and statistics.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::common::Success;
use crate::openprovider_endpoint;

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Reads the reseller account, with its settings, statistics and contacts on request.
    pub get_reseller: GET "/resellers" -> Reseller {
        with_additional_data: Option<bool>,
        with_statistics: Option<bool>,
        with_settings: Option<bool>,
        with_contacts: Option<bool>,
    }

    /// Reads the account's settings (default handles, notifications, payment).
    pub get_settings: GET "/resellers/settings" -> Value {
    }

    /// Counts the account's products: domains, DNS zones, certificates, licenses.
    pub get_statistics: GET "/resellers/statistics" -> Value {
    }

    /// Changes the reseller account's data; only the fields you set are sent.
    pub update_reseller: PUT "/resellers/{id}" -> Success {
        #[body]
        id: i64,
        additional_data: Option<Value>,
        address: Option<crate::customers::Address>,
        comments: Option<String>,
        company_name: Option<String>,
        company_size: Option<Value>,
        fax: Option<crate::customers::Phone>,
        industry: Option<Value>,
        inn: Option<String>,
        kpp: Option<String>,
        locale: Option<String>,
        name: Option<crate::customers::Name>,
        phone: Option<crate::customers::Phone>,
        vat: Option<String>,
    }
}

/// The reseller account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reseller {
    /// Its id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub id: Option<i64>,
    /// The company.
    #[serde(default)]
    pub company_name: Option<String>,
    /// The account's email address.
    #[serde(default)]
    pub email: Option<String>,
    /// The balance, in the account's currency.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub balance: Option<f64>,
    /// What is reserved of the balance for orders in progress.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub reserved_balance: Option<f64>,
    /// Like `ACT`.
    #[serde(default)]
    pub status: Option<String>,
    /// The discount tier: a number in the API's document, sent as a number or a numeric string.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub tier: Option<i64>,
    /// Fields the API sent that this type does not name (`settings`, `statistics`, ...).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
