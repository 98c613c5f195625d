//! Tags: labels (`key` is always `customer`) that customers can carry.

use crate::common::Success;
use crate::{List, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Lists the tags of the account, optionally those with a `key` or `value`.
    pub list_tags: GET "/tags" -> List<crate::customers::Tag> {
        key: Option<String>,
        value: Option<String>,
    }

    /// Creates a tag, which customers can then carry. The only key the API allows is
    /// `customer`.
    pub create_tag: POST "/tags" -> Success {
        /// Always `customer`.
        key: String,
        /// Like `VIP`.
        value: String,
    }

    /// Deletes a tag. It is named by query parameters, not by a path id.
    pub delete_tag: DELETE "/tags" -> Success {
        /// Always `customer`.
        key: String,
        /// Like `VIP`.
        value: String,
    }
}
