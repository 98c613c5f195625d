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
        limit: Option<i32>,
        offset: Option<i32>,
        order: Option<String>,
        order_by: Option<String>,
        email_pattern: Option<String>,
        last_name_pattern: Option<String>,
        company_name_pattern: Option<String>,
        username_pattern: Option<String>,
        role: Option<String>,
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
    #[serde(default)]
    pub id: Option<i64>,
    /// The login name.
    #[serde(default)]
    pub username: Option<String>,
    /// Like `admin` or `tech`.
    #[serde(default)]
    pub role: Option<String>,
    /// The person's name.
    #[serde(default)]
    pub name: Option<crate::customers::Name>,
    /// The email address.
    #[serde(default)]
    pub email: Option<String>,
    /// The phone number.
    #[serde(default, deserialize_with = "crate::de::empty_object_as_none")]
    pub phone: Option<crate::customers::Phone>,
    /// Whether the contact may use the API.
    #[serde(default)]
    pub api_access_enabled: Option<bool>,
    /// Whether the contact may log in.
    #[serde(default)]
    pub is_active: Option<bool>,
    /// When the contact last used the API.
    #[serde(default)]
    pub last_api_call_at: Option<crate::jiff::civil::DateTime>,
    /// Its additional data (`additional_data`).
    #[serde(default)]
    pub additional_data: Option<ContactAdditionalData>,
    /// Its address (`address`).
    #[serde(default)]
    pub address: Option<crate::customers::Address>,
    /// Its api client ip list (`api_client_ip_list`).
    #[serde(default)]
    pub api_client_ip_list: Option<ContactApiClientIpList>,
    /// Its auth type (`auth_type`).
    #[serde(default)]
    pub auth_type: Option<String>,
    /// Its comments (`comments`).
    #[serde(default)]
    pub comments: Option<String>,
    /// Its company name (`company_name`).
    #[serde(default)]
    pub company_name: Option<String>,
    /// When hash changed (`hash_changed_at`).
    #[serde(default)]
    pub hash_changed_at: Option<crate::jiff::civil::DateTime>,
    /// When last login (`last_login_at`).
    #[serde(default)]
    pub last_login_at: Option<crate::jiff::civil::DateTime>,
    /// Its locale (`locale`).
    #[serde(default)]
    pub locale: Option<String>,
    /// When password change declined (`password_change_declined_at`).
    #[serde(default)]
    pub password_change_declined_at: Option<crate::jiff::civil::DateTime>,
    /// When password changed (`password_changed_at`).
    #[serde(default)]
    pub password_changed_at: Option<crate::jiff::civil::DateTime>,
    /// Its rcp client ip list (`rcp_client_ip_list`).
    #[serde(default)]
    pub rcp_client_ip_list: Option<ContactApiClientIpList>,
    /// The reseller id, a number (`reseller_id`).
    #[serde(default)]
    pub reseller_id: Option<i64>,
    /// Its secret key (`secret_key`).
    #[serde(default, with = "crate::common::optional_secret")]
    pub secret_key: Option<crate::SecretString>,
    /// Its vat (`vat`).
    #[serde(default)]
    pub vat: Option<String>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The reply of [`create_contact`].
#[derive(Debug, Clone, Default, PartialEq, LenientDeserialize)]
#[non_exhaustive]
pub struct CreatedContact {
    /// The new contact's id.
    #[serde(default)]
    pub id: Option<i64>,
    /// A token for the new contact, where the API gives one.
    #[serde(default)]
    pub token: Option<crate::SecretString>,
}

/// `ContactAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ContactAdditionalData {
    /// Its birth city (`birth_city`).
    #[serde(default)]
    pub birth_city: Option<String>,
    /// The birth date (`birth_date`).
    #[serde(default)]
    pub birth_date: Option<crate::jiff::civil::DateTime>,
    /// Its social security number (`social_security_number`).
    #[serde(default)]
    pub social_security_number: Option<String>,
}

/// `ContactApiClientIpList` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ContactApiClientIpList {
    /// Its allow (`allow`).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Its deny (`deny`).
    #[serde(default)]
    pub deny: Vec<String>,
}
