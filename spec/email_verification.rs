//! Verification of registrants' email addresses, which ICANN requires for new registrants.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::common::{Created, Success};
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists the email verifications of domains, a page at a time.
    pub list_domain_email_verifications: GET "/customers/verifications/emails/domains" -> List<EmailVerification> {
        domain_id: Option<i32>,
        domain: Option<String>,
        email: Option<String>,
        handle: Option<String>,
        status: Option<String>,
        description: Option<String>,
        is_suspended: Option<bool>,
        /// Sent as `response.type`.
        #[rename = "response.type"]
        response_type: Option<String>,
        #[rename = "response.to"]
        response_to: Option<String>,
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
    }

    /// Sends the verification email for an address again.
    pub restart_email_verification: POST "/customers/verifications/emails/restart" -> Success {
        /// The address to verify.
        email: String,
        language: Option<String>,
        tag: Option<String>,
    }

    /// Starts the verification of a customer handle's email address.
    pub start_email_verification: POST "/customers/verifications/emails/start" -> Created {
        /// The address to verify.
        email: String,
        handle: Option<String>,
        language: Option<String>,
        tag: Option<String>,
    }
}

/// The verification state of one domain's registrant email.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct EmailVerification {
    /// The domain, like `example.com`.
    pub domain: Option<String>,
    /// The address being verified.
    pub email: Option<String>,
    /// The customer handle it belongs to.
    pub handle: Option<String>,
    /// Like `verified` or `in progress`.
    pub status: Option<String>,
    /// Whether the domain is suspended for want of verification.
    pub is_suspended: Option<bool>,
    /// When the verification runs out.
    #[lenient(degrade)]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
    /// A text about the verification, as the API gives it.
    pub description: Option<String>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}
