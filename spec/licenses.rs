//! Software licenses: Plesk and Virtuozzo keys, and the items they can have.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::common::Success;
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists all licenses with their prices, a page at a time.
    pub list_licenses: GET "/licenses" -> List<License> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        #[rename = "order_by.id"]
        order_by_id: Option<String>,
        #[rename = "order_by.key_id"]
        order_by_key_id: Option<String>,
        #[rename = "order_by.title"]
        order_by_title: Option<String>,
        #[rename = "order_by.product"]
        order_by_product: Option<String>,
        #[rename = "order_by.status"]
        order_by_status: Option<String>,
        #[rename = "order_by.key_number"]
        order_by_key_number: Option<String>,
        #[rename = "order_by.expiration_date"]
        order_by_expiration_date: Option<String>,
        product: Option<String>,
        key_number: Option<String>,
        /// Only results whose title matches, `*` as a wildcard.
        title_pattern: Option<String>,
        /// Only results whose key number matches, `*` as a wildcard.
        key_number_pattern: Option<String>,
        parent_key_id: Option<i32>,
        status: Option<String>,
    }

    /// Resets the hardware id a license key is bound to, so it can move to another server.
    pub reset_hwid: POST "/licenses/hwids/reset/{product}/{key_id}" -> Success {
        /// `plesk` or `virtuozzo`; the API's schema repeats it in the body.
        #[body]
        product: String,
        /// The license's id; the API's schema repeats it in the body.
        #[body]
        key_id: i64,
    }

    /// Lists the items (add-ons) licenses can have, a page at a time.
    pub list_items: GET "/licenses/items" -> List<LicenseItem> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        #[rename = "order_by.id"]
        order_by_id: Option<String>,
        #[rename = "order_by.key_id"]
        order_by_key_id: Option<String>,
        #[rename = "order_by.title"]
        order_by_title: Option<String>,
        #[rename = "order_by.product"]
        order_by_product: Option<String>,
        #[rename = "order_by.status"]
        order_by_status: Option<String>,
        #[rename = "order_by.key_number"]
        order_by_key_number: Option<String>,
        #[rename = "order_by.expiration_date"]
        order_by_expiration_date: Option<String>,
        product: Option<String>,
    }

    /// Lists Plesk licenses, a page at a time.
    pub list_plesk_licenses: GET "/licenses/plesk" -> List<License> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        key_id: Option<i32>,
        key_number: Option<String>,
        /// Only results whose title matches, `*` as a wildcard.
        title_pattern: Option<String>,
        /// Only results whose key number matches, `*` as a wildcard.
        key_number_pattern: Option<String>,
        parent_key_id: Option<i32>,
    }

    /// Orders a Plesk license.
    pub create_plesk_license: POST "/licenses/plesk" -> CreatedLicense {
        attached_keys: Option<Vec<String>>,
        comment: Option<String>,
        ip_address_binding: Option<String>,
        items: Option<Vec<String>>,
        parent_key_id: Option<i32>,
        period: Option<i32>,
        restrict_ip_binding: Option<bool>,
        title: Option<String>,
    }

    /// Reads a Plesk license's key file.
    pub get_plesk_key: GET "/licenses/plesk/key/{key_id}" -> LicenseKey {
        key_id: i64,
    }

    /// Reads a Plesk license.
    pub get_plesk_license: GET "/licenses/plesk/{key_id}" -> License {
        key_id: i64,
    }

    /// Changes a Plesk license: its items, title, IP binding.
    pub update_plesk_license: PUT "/licenses/plesk/{key_id}" -> Success {
        #[body]
        key_id: i64,
        attached_keys: Option<Vec<String>>,
        comment: Option<String>,
        ip_address_binding: Option<String>,
        items: Option<Vec<String>>,
        parent_key_id: Option<i32>,
        period: Option<i32>,
        restrict_ip_binding: Option<bool>,
        suspended: Option<bool>,
        title: Option<String>,
    }

    /// Cancels a Plesk license.
    pub delete_plesk_license: DELETE "/licenses/plesk/{key_id}" -> Success {
        key_id: i64,
    }

    /// Lists Virtuozzo licenses, a page at a time.
    pub list_virtuozzo_licenses: GET "/licenses/virtuozzo" -> List<License> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        key_id: Option<i32>,
        key_number: Option<String>,
        /// Only results whose title matches, `*` as a wildcard.
        title_pattern: Option<String>,
        /// Only results whose key number matches, `*` as a wildcard.
        key_number_pattern: Option<String>,
        parent_key_id: Option<i32>,
    }

    /// Orders a Virtuozzo license.
    pub create_virtuozzo_license: POST "/licenses/virtuozzo" -> CreatedLicense {
        attached_keys: Option<Vec<String>>,
        comment: Option<String>,
        ip_address_binding: Option<String>,
        items: Option<Vec<String>>,
        parent_key_id: Option<i32>,
        pcs_capacity: Option<i32>,
        period: Option<i32>,
        restrict_ip_binding: Option<bool>,
        title: Option<String>,
    }

    /// Reads a Virtuozzo license.
    pub get_virtuozzo_license: GET "/licenses/virtuozzo/{key_id}" -> License {
        key_id: i64,
    }

    /// Changes a Virtuozzo license.
    pub update_virtuozzo_license: PUT "/licenses/virtuozzo/{key_id}" -> Success {
        #[body]
        key_id: i64,
        attached_keys: Option<Vec<String>>,
        comment: Option<String>,
        ip_address_binding: Option<String>,
        items: Option<Vec<String>>,
        parent_key_id: Option<i32>,
        pcs_capacity: Option<i32>,
        period: Option<i32>,
        restrict_ip_binding: Option<bool>,
        suspended: Option<bool>,
        title: Option<String>,
    }

    /// Cancels a Virtuozzo license.
    pub delete_virtuozzo_license: DELETE "/licenses/virtuozzo/{key_id}" -> Success {
        key_id: i64,
    }

    /// Reads a Virtuozzo license's key file.
    pub get_virtuozzo_key: GET "/licenses/virtuozzo/{key_id}/key" -> LicenseKey {
        key_id: i64,
    }
}

/// A license.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct License {
    /// Its id, which the other calls take.
    pub key_id: Option<i64>,
    /// The key's number, like `PLSK.01234567.0000`.
    pub key_number: Option<String>,
    /// `plesk` or `virtuozzo`.
    pub product: Option<String>,
    /// Your title for it.
    pub title: Option<String>,
    /// Like `ACT`.
    pub status: Option<String>,
    /// The code that activates it.
    pub activation_code: Option<crate::SecretString>,
    /// The IP address it is bound to.
    #[serde(default, deserialize_with = "crate::de::empty_as_none")]
    pub ip_address_binding: Option<String>,
    /// When it was ordered.
    #[lenient(degrade)]
    pub order_date: Option<crate::jiff::civil::DateTime>,
    /// When it runs out.
    #[lenient(degrade)]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
    /// Its items (add-ons).
    #[serde(default)]
    pub items: Vec<String>,
    /// How it is billed, as the API names it.
    pub billing_type: Option<String>,
    /// Your notes on it.
    pub comment: Option<String>,
    /// The version of your Openprovider contract it falls under.
    pub contract: Option<String>,
    /// The `key_id` of the license it is attached to, for an attached one.
    pub parent_key_id: Option<i64>,
    /// The length of its term; the reference does not give the unit.
    pub period: Option<i64>,
    /// The licences attached to this one, like extensions of a Plesk key.
    #[serde(default)]
    pub extensions: Vec<License>,
    /// The features it includes, each described like a [`LicenseItem`].
    #[serde(default)]
    pub features: Vec<LicenseItem>,
    /// The key's own product item.
    pub key: Option<LicenseItem>,
    /// Its SKU flags: SKU names mapped to `true` or `false`.
    #[lenient(degrade)]
    pub sku_values: Option<std::collections::BTreeMap<String, bool>>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// An item (add-on) a license can have.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct LicenseItem {
    /// What to send in a license's `items`.
    pub item: Option<String>,
    /// `plesk` or `virtuozzo`.
    pub product: Option<String>,
    /// Its name.
    pub title: Option<String>,
    /// Its SKU flags: SKU names mapped to `true` or `false`; may be `null`.
    #[lenient(degrade)]
    pub sku_values: Option<std::collections::BTreeMap<String, bool>>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of the license orders.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct CreatedLicense {
    /// The new license's id.
    pub key_id: Option<i64>,
    /// Keys attached to it.
    #[serde(default)]
    pub attached_keys: Vec<i64>,
}

/// A license's key file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct LicenseKey {
    /// The key, as the product reads it.
    pub key: Option<crate::SecretString>,
}
