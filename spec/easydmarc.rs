//! EasyDMARC: DMARC reporting for a domain, ordered per domain.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::DomainName;
use crate::common::Link;
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Reads the EasyDMARC order of a domain.
    pub get_easy_dmarc: GET "/easydmarcs" -> EasyDmarcOrder {
        /// Sent as `domain.name` and `domain.extension`.
        domain: Option<DomainName>,
    }

    /// Orders EasyDMARC for a domain. The reply holds the DNS record to publish.
    pub create_easy_dmarc: POST "/easydmarcs" -> EasyDmarcOrder {
        /// The domain to report on.
        domain: DomainName,
        /// The customer handle the order is for.
        owner_handle: String,
    }

    /// Lists EasyDMARC orders, a page at a time.
    pub list_easy_dmarc: GET "/easydmarcs/list" -> List<EasyDmarcOrder> {
        /// The page size: how many results one reply holds.
        limit: Option<i32>,
        /// How many results to skip: where the page starts.
        offset: Option<i32>,
        #[rename = "order_by.id"]
        order_by_id: Option<String>,
        status: Option<Vec<String>>,
        /// Sent as `domain.name` and `domain.extension`.
        domain: Option<DomainName>,
    }

    /// Cancels an EasyDMARC order.
    pub delete_easy_dmarc: DELETE "/easydmarcs/{id}" -> crate::domains::DomainStatus {
        id: i64,
    }

    /// Tries a failed EasyDMARC order again (30001 when it cannot be retried).
    pub retry_easy_dmarc: POST "/easydmarcs/{id}/retry" -> EasyDmarcOrder {
        #[body]
        id: i64,
    }

    /// A link that logs in to the EasyDMARC panel for an order.
    pub get_easy_dmarc_sso: GET "/easydmarcs/{id}/sso" -> Link {
        id: i64,
        r#type: Option<String>,
    }
}

/// An EasyDMARC order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct EasyDmarcOrder {
    /// Its id.
    pub id: Option<i64>,
    /// The domain.
    pub domain: Option<crate::DomainName>,
    /// Like `ACT`.
    pub status: Option<String>,
    /// The DNS record to publish: its name.
    pub record_host: Option<String>,
    /// Its type, like `CNAME`.
    pub record_type: Option<String>,
    /// Its value.
    pub record_value: Option<String>,
    /// When it was activated.
    #[lenient(degrade)]
    pub activated_at: Option<crate::jiff::civil::DateTime>,
    /// When it renews.
    #[lenient(degrade)]
    pub renew_at: Option<crate::jiff::civil::DateTime>,
    /// The placeholder email address of its EasyDMARC account; not a real mailbox.
    pub easydmarc_email_address: Option<String>,
    /// When the order expired.
    #[lenient(degrade)]
    pub expired_at: Option<crate::jiff::civil::DateTime>,
    /// The last action sent to EasyDMARC, with a message if it failed.
    pub recent_easydmarc_action: Option<EasyDmarcOrderRecentEasydmarcAction>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `EasyDmarcOrderRecentEasydmarcAction` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct EasyDmarcOrderRecentEasydmarcAction {
    /// More about the last action, when it failed; empty otherwise.
    pub message: Option<String>,
    /// The action last sent to EasyDMARC, like `enabled`.
    pub recent_action: Option<String>,
}
