//! Contacts: the people of the reseller account itself (users who log in to the control panel
//! or the API), not the customer handles of domains, which are in `customers`.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::common::Success;
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists the account's contacts, a page at a time.
    pub list_contacts: GET "/contacts" -> List<Contact> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        order: Option<String>,
        order_by: Option<String>,
        /// Only results whose e-mail address matches, `*` as a wildcard.
        email_pattern: Option<String>,
        /// Only results whose last name matches, `*` as a wildcard.
        last_name_pattern: Option<String>,
        /// Only results whose company name matches, `*` as a wildcard.
        company_name_pattern: Option<String>,
        /// Only results whose username matches, `*` as a wildcard.
        username_pattern: Option<String>,
        role: Option<String>,
        /// Adds the additional data (per-TLD data) to the reply.
        with_additional_data: Option<bool>,
    }

    /// Creates a contact: a user of the account. The API needs a `role` (170 without one).
    pub create_contact: POST "/contacts" -> CreatedContact {
        additional_data: Option<Value>,
        address: Option<crate::customers::Address>,
        api_access_enabled: Option<bool>,
        comments: Option<String>,
        company_name: Option<String>,
        email: Option<String>,
        inn: Option<String>,
        is_active: Option<bool>,
        kpp: Option<String>,
        locale: Option<String>,
        name: Option<crate::customers::Name>,
        /// The new user's password.
        #[sensitive]
        password: Option<String>,
        phone: Option<crate::customers::Phone>,
        role: Option<String>,
        username: Option<String>,
        vat: Option<String>,
    }

    /// Reads a contact.
    pub get_contact: GET "/contacts/{id}" -> Contact {
        id: i64,
        /// Adds the additional data (per-TLD data) to the reply.
        with_additional_data: Option<bool>,
    }

    /// Changes a contact; only the fields you set are sent.
    pub update_contact: PUT "/contacts/{id}" -> Success {
        #[body]
        id: i64,
        additional_data: Option<Value>,
        address: Option<crate::customers::Address>,
        api_access_enabled: Option<bool>,
        api_client_ip_list: Option<Value>,
        auth_type: Option<String>,
        comments: Option<String>,
        company_name: Option<String>,
        email: Option<String>,
        inn: Option<String>,
        is_active: Option<bool>,
        kpp: Option<String>,
        locale: Option<String>,
        name: Option<crate::customers::Name>,
        password_change_declined_at: Option<String>,
        phone: Option<crate::customers::Phone>,
        rcp_client_ip_list: Option<Value>,
        role: Option<String>,
        r#type: Option<String>,
        vat: Option<String>,
    }

    /// Deletes a contact.
    pub delete_contact: DELETE "/contacts/{id}" -> Success {
        id: i64,
    }
}

/// A contact of the reseller account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Contact {
    /// Its id.
    pub id: Option<i64>,
    /// The login name.
    pub username: Option<String>,
    /// Like `tech` or `billing` (the document's examples also show `admin`).
    pub role: Option<String>,
    /// The person's name.
    pub name: Option<crate::customers::Name>,
    /// The email address.
    pub email: Option<String>,
    /// The phone number.
    #[serde(default, deserialize_with = "crate::customers::phone_or_none")]
    pub phone: Option<crate::customers::Phone>,
    /// Whether the contact may use the API.
    pub api_access_enabled: Option<bool>,
    /// Whether the contact may log in.
    pub is_active: Option<bool>,
    /// When the contact last used the API.
    #[lenient(degrade)]
    pub last_api_call_at: Option<crate::jiff::civil::DateTime>,
    /// Birth data and social security number; sent when `with_additional_data` is set.
    pub additional_data: Option<ContactAdditionalData>,
    /// The postal address.
    pub address: Option<crate::customers::Address>,
    /// The IP addresses allowed and denied for the contact's API access.
    pub api_client_ip_list: Option<ContactApiClientIpList>,
    /// How the contact authenticates, like `simple`.
    pub auth_type: Option<String>,
    /// Free-form notes on the contact.
    pub comments: Option<String>,
    /// The company name.
    pub company_name: Option<String>,
    /// When the contact's hash last changed; the API's document does not say which hash.
    #[lenient(degrade)]
    pub hash_changed_at: Option<crate::jiff::civil::DateTime>,
    /// When the contact last logged in.
    #[lenient(degrade)]
    pub last_login_at: Option<crate::jiff::civil::DateTime>,
    /// The contact's locale, like `nl_NL`.
    pub locale: Option<String>,
    /// When the contact declined to change the password.
    #[lenient(degrade)]
    pub password_change_declined_at: Option<crate::jiff::civil::DateTime>,
    /// When the contact last changed the password.
    #[lenient(degrade)]
    pub password_changed_at: Option<crate::jiff::civil::DateTime>,
    /// The IP addresses allowed and denied for the contact's control panel (RCP) access.
    pub rcp_client_ip_list: Option<ContactApiClientIpList>,
    /// The id of the reseller account the contact belongs to.
    pub reseller_id: Option<i64>,
    /// The contact's secret key. A secret: keep it out of logs.
    #[serde(default, with = "crate::common::optional_secret")]
    pub secret_key: Option<crate::SecretString>,
    /// The contact's VAT number.
    pub vat: Option<String>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`create_contact`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct CreatedContact {
    /// The new contact's id.
    pub id: Option<i64>,
    /// A token for the new contact, where the API gives one.
    pub token: Option<crate::SecretString>,
}

/// `ContactAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ContactAdditionalData {
    /// City of birth.
    pub birth_city: Option<String>,
    /// Date of birth; the API sends a day alone, like `1969-12-31`, read as midnight.
    #[lenient(degrade)]
    pub birth_date: Option<crate::jiff::civil::DateTime>,
    /// The social security number: personal data, handle it with care.
    pub social_security_number: Option<String>,
}

/// `ContactApiClientIpList` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ContactApiClientIpList {
    /// IP addresses from which access is allowed, like `127.0.0.1`.
    #[serde(default)]
    pub allow: Vec<String>,
    /// IP addresses from which access is denied.
    #[serde(default)]
    pub deny: Vec<String>,
}
