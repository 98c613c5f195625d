//! Email templates: the messages Openprovider sends to your customers on your behalf
//! (verification, transfer confirmation), with your wording.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::common::{Created, Success};
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists email templates, a page at a time.
    pub list_emails: GET "/emails" -> List<EmailTemplate> {
        id: Option<i32>,
        name: Option<String>,
        group: Option<String>,
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        is_system: Option<bool>,
    }

    /// Creates an email template.
    pub create_email: POST "/emails" -> Created {
        fields: Option<Vec<EmailField>>,
        group: Option<String>,
        is_active: Option<bool>,
        is_default: Option<bool>,
        locale: Option<Vec<String>>,
        name: Option<String>,
        tags: Option<Vec<crate::customers::Tag>>,
    }

    /// Changes an email template.
    pub update_email: PUT "/emails/{id}" -> Success {
        #[body]
        id: i64,
        fields: Option<Vec<EmailField>>,
        group: Option<String>,
        is_active: Option<bool>,
        is_default: Option<bool>,
        locale: Option<Vec<String>>,
        name: Option<String>,
        tags: Option<Vec<crate::customers::Tag>>,
    }

    /// Deletes an email template.
    pub delete_email: DELETE "/emails/{id}" -> Success {
        id: i64,
    }
}

/// One field of a template, like its subject or body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct EmailField {
    /// Like `subject`.
    #[serde(default)]
    pub name: String,
    /// The text.
    #[serde(default)]
    pub value: String,
}

/// An email template.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct EmailTemplate {
    /// Its id.
    pub id: Option<i64>,
    /// Its name.
    pub name: Option<String>,
    /// The kind of message, like `ive`.
    pub group: Option<String>,
    /// Its fields.
    #[serde(default)]
    pub fields: Vec<EmailField>,
    /// The locales it is for.
    #[serde(default)]
    pub locale: Vec<String>,
    /// Whether it is used.
    pub is_active: Option<bool>,
    /// Whether it is the default of its group.
    pub is_default: Option<bool>,
    /// Its tags, each a key (only `customer` is allowed) and a value.
    #[serde(default)]
    pub tags: Vec<crate::customers::Tag>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
