//! SpamExperts: spam filtering for domains' mail.
//!
//! The Swagger document names these operations `*DomainMixin8`; here they are `create_domain`,
//! `get_domain`, `update_domain` and `delete_domain`, in this module.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::common::{Link, Success};
use crate::openprovider_endpoint;

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Turns on spam filtering for a domain.
    pub create_domain: POST "/spam-expert/domains" -> Success {
        /// Like `example.com`.
        domain_name: String,
        aliases: Option<Vec<String>>,
        bundle: Option<bool>,
        /// Where filtered mail goes, as the API takes it.
        destinations: Option<Vec<Value>>,
        products: Option<Value>,
    }

    /// Reads a domain's spam-filtering settings.
    pub get_domain: GET "/spam-expert/domains/{domain_name}" -> SpamExpertDomain {
        domain_name: String,
        /// Adds the records to the reply.
        with_records: Option<bool>,
        bundle: Option<bool>,
    }

    /// Changes a domain's spam-filtering settings.
    pub update_domain: PUT "/spam-expert/domains/{domain_name}" -> Success {
        #[body]
        domain_name: String,
        aliases: Option<Value>,
        bundle: Option<bool>,
        destinations: Option<Vec<Value>>,
        products: Option<Value>,
    }

    /// Turns off spam filtering for a domain.
    pub delete_domain: DELETE "/spam-expert/domains/{domain_name}" -> Success {
        domain_name: String,
        bundle: Option<bool>,
    }

    /// A link that logs in to the SpamExperts panel for a domain or an address.
    ///
    /// It creates a login link each time, so it is not repeated.
    pub generate_login_url: POST "/spam-expert/generate-login-url" -> Link {
        bundle: Option<bool>,
        domain_or_email: Option<String>,
    }
}

/// A domain's spam-filtering settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SpamExpertDomain {
    /// Its id.
    pub id: Option<i64>,
    /// Like `example.com`.
    pub domain_name: Option<String>,
    /// Whether filtering is on.
    pub is_active: Option<bool>,
    /// When the subscription runs out.
    #[lenient(degrade)]
    pub expiration_date: Option<crate::jiff::civil::DateTime>,
    /// The panel's password for the domain.
    pub user_password: Option<crate::SecretString>,
    /// The SMTP password for outgoing filtering.
    pub smtp_password: Option<crate::SecretString>,
    /// Whether it is one of the old bundle subscriptions (see the calls' `bundle`).
    pub bundle: Option<bool>,
    /// The id of its order.
    pub order_id: Option<i64>,
    /// Which products are on: incoming and outgoing filtering, archiving.
    pub products: Option<SpamExpertDomainProducts>,
    /// With `with_records`: its aliases, mail destinations and outgoing IP addresses.
    pub records: Option<SpamExpertDomainRecords>,
    /// The id of the reseller account it belongs to.
    pub reseller_id: Option<i64>,
    /// The email address of the domain's panel user.
    pub user_email: Option<String>,
    /// Whether outgoing filtering is included.
    pub with_outgoing_filter: Option<bool>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `SpamExpertDomainProducts` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SpamExpertDomainProducts {
    /// Whether mail archiving is on.
    pub archiving: Option<bool>,
    /// Whether incoming mail is filtered.
    pub incoming: Option<bool>,
    /// Whether outgoing mail is filtered.
    pub outgoing: Option<bool>,
}

/// `SpamExpertDomainRecordsDestination` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SpamExpertDomainRecordsDestination {
    /// The host filtered mail goes to, like `dest.example.com`.
    pub hostname: Option<String>,
    /// Its port, like 25.
    pub port: Option<i64>,
}

/// `SpamExpertDomainRecords` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SpamExpertDomainRecords {
    /// The domain's aliases, like `alias.example.com`.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The mail servers filtered mail goes to.
    #[serde(default)]
    pub destinations: Vec<SpamExpertDomainRecordsDestination>,
    /// The IP addresses set for outgoing filtering.
    #[serde(default)]
    pub outgoing_user_ips: Vec<String>,
}
