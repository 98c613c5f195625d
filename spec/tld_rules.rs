//! What each registry asks for, per TLD, as data with its sources; and the checks made with it
//! before anything is sent.
//!
//! Registries ask for data that the API's schema only calls "applicable", in four places
//! ([`Place`]): the handle's own fields, its `additional_data`, its
//! `extension_additional_data` entry for the TLD, and the domain's `additional_data`. The table
//! (`runtime/tld_rules.toml`, with a source and date for every rule) says which fields, when
//! (always, for individuals or companies, by the registrant's country), and which values.
//!
//! ```
//! use openprovider::tld_rules::{self, Severity};
//!
//! for rule in tld_rules::rules_for(".CA") {
//!     println!("{rule}");
//! }
//! assert!(tld_rules::rules_for("co.uk").is_empty()); // .uk needs nothing
//! ```
//!
//! - [`check_registration`] checks a registration as a whole, the owner handle with the domain
//!   request, and gives every problem at once; `Severity::Error` only where a source states
//!   the rule and the data shows its condition, so nothing the API accepts is refused.
//! - `check_tld` on `create_domain`, `transfer_domain` and `trade_domain` requests applies the
//!   rules that hold whoever the registrant is to their `additional_data`, and returns the first
//!   error (`err.tld_problem()`).
//! - [`fetch`] adds the API's own answer for what exists now ([`LiveRules`]), kept for an hour.

use serde_json::{Value, json};

use crate::customers::{CreateCustomerRequest, Customer};
use crate::domains::{CreateDomainRequest, TradeDomainRequest, TransferDomainRequest};

pub use openprovider_runtime::tld_live::{
    DomainRequest, LiveField, LiveRules, Owner, check_registration,
};
pub use openprovider_runtime::tld_rules::{
    Condition, Need, Operation, Place, Registration, Severity, TldProblem, TldRule, Who, all_rules,
    check, nothing_required, rules_for,
};

// `#[inline]`: compiled where used, with the `Serialize` code of the types they read, rather
// than into every build of this crate.
impl Owner for Customer {
    #[inline]
    fn handle(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl Owner for CreateCustomerRequest {
    #[inline]
    fn handle(&self) -> Value {
        let value = |v: Option<Value>| v.unwrap_or(Value::Null);
        json!({
            "name": value(serde_json::to_value(&self.name).ok()),
            "company_name": self.company_name,
            "address": value(serde_json::to_value(&self.address).ok()),
            "vat": self.vat,
            "additional_data": value(serde_json::to_value(&self.additional_data).ok()),
            "extension_additional_data":
                value(serde_json::to_value(&self.extension_additional_data).ok()),
        })
    }
}

macro_rules! domain_request {
    ($request:ty, $operation:expr) => {
        impl DomainRequest for $request {
            fn tld(&self) -> String {
                self.domain.extension.clone()
            }
            fn operation(&self) -> Operation {
                $operation
            }
            #[inline]
            fn additional_data(&self) -> Value {
                serde_json::to_value(&self.additional_data).unwrap_or(Value::Null)
            }
        }
    };
}

domain_request!(CreateDomainRequest, Operation::Create);
domain_request!(TransferDomainRequest, Operation::Transfer);
domain_request!(TradeDomainRequest, Operation::Trade);

/// Asks the API what a TLD needs (`get_additional_data`, `get_customer_additional_data`,
/// `get_tld`), and keeps the answer for an hour per base URL, so a registration flow that
/// checks every order asks once. Field names are read in either of the API's spellings
/// (`idnScript`, `legal_type`).
// Not `async fn`, and `#[inline]`: the calls are compiled once, in the runtime, and this crate's
// builds carry no copy of their path (it was a third of this crate's code generation).
#[inline]
pub fn fetch<'a>(
    client: &'a crate::Client,
    tld: &'a str,
) -> impl Future<Output = Result<LiveRules, crate::Error>> + 'a {
    use crate::Endpoint as _;
    openprovider_runtime::tld_live::fetch(
        client,
        tld,
        openprovider_runtime::tld_live::LiveEntries {
            domain: &crate::domains::GetAdditionalDataRequest::INFO,
            handle: &crate::domains::GetCustomerAdditionalDataRequest::INFO,
            tld: &crate::tlds::GetTldRequest::INFO,
        },
    )
}
