//! A crate shaped like a user's: it depends on `openprovider` alone and adds endpoints the
//! catalogue does not have yet, with the features a user reaches for.

use openprovider::openprovider_endpoint;
use serde::{Deserialize, Serialize};

/// A DNS zone, as far as this crate cares.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Zone {
    pub id: Option<i64>,
    pub name: Option<String>,
}

/// A page of zones.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ZoneList {
    pub results: Vec<Zone>,
    pub total: i64,
}

/// The API's ordering object, sent as dotted query keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrderBy {
    pub name: String,
}

/// A price.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Price {
    pub price: f64,
}

/// The reply of a registration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Registered {
    pub id: i64,
    pub status: String,
}

openprovider_endpoint! {
    /// Reads a DNS zone.
    pub get_zone: GET "/dns/zones/{name}" -> Zone {
        /// The zone's name.
        name: String,
        with_records: Option<bool>,
    }

    /// Lists zones.
    pub list_zones: GET "/dns/zones" -> ZoneList {
        name_pattern: Option<String>,
        /// Sent as `order_by.name=asc`.
        order_by: Option<OrderBy>,
        limit: Option<i32>,
    }

    /// A domain's price, with dotted query names.
    pub get_price: GET "/domains/prices" -> Price {
        #[rename = "domain.name"]
        domain_name: String,
        #[rename = "domain.extension"]
        domain_extension: String,
        operation: Option<String>,
    }

    /// Registers a domain: slow, so it has its own timeout; one field goes in the query.
    #[timeout = "180s"]
    pub create_domain: POST "/domains" -> Registered {
        #[rename = "domain.name"]
        domain_name: String,
        #[rename = "domain.extension"]
        domain_extension: String,
        period: i32,
        owner_handle: String,
        #[sensitive]
        auth_code: Option<String>,
        #[query]
        dry_run: Option<bool>,
        #[required_for_tlds("us")]
        nexus_category: Option<String>,
    }

    /// Removes tags: `DELETE` with query parameters and no path id.
    pub(crate) delete_tag: DELETE "/tags" -> serde_json::Value {
        key: String,
        value: String,
    }
}

/// Calls the crate-private entry, so it is used.
pub async fn remove_tag(
    client: &openprovider::Client,
    key: &str,
    value: &str,
) -> Result<serde_json::Value, openprovider::Error> {
    delete_tag(client, &DeleteTagRequest::builder(key, value).build()).await
}
