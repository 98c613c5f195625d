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

use serde_json::{Value, json};

use crate::customers::{CreateCustomerRequest, Customer};
use crate::domains::{CreateDomainRequest, TradeDomainRequest, TransferDomainRequest};

pub use openprovider_runtime::tld_rules::{
    Condition, Need, Operation, Place, Registration, Severity, TldProblem, TldRule, Who, all_rules,
    check, nothing_required, rules_for,
};

/// A registrant handle, as the checks read it: a [`CreateCustomerRequest`] about to be sent,
/// or a [`Customer`] read with its additional data.
pub trait Owner {
    /// The handle as the API writes it (`company_name`, `address`, `vat`, `additional_data`,
    /// `extension_additional_data`).
    fn handle(&self) -> Value;
}

impl Owner for Customer {
    fn handle(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl Owner for CreateCustomerRequest {
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

/// A domain request, as the checks read it: its TLD, its operation and its additional data.
pub trait DomainRequest {
    /// The domain's extension.
    fn tld(&self) -> String;
    /// What the request does.
    fn operation(&self) -> Operation;
    /// Its `additional_data` as the API writes it.
    fn additional_data(&self) -> Value;
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
            fn additional_data(&self) -> Value {
                serde_json::to_value(&self.additional_data).unwrap_or(Value::Null)
            }
        }
    };
}

domain_request!(CreateDomainRequest, Operation::Create);
domain_request!(TransferDomainRequest, Operation::Transfer);
domain_request!(TradeDomainRequest, Operation::Trade);

/// Every problem a registration has for its TLD, the owner handle with the domain request,
/// before anything is sent. Rules about the admin or tech handle, which neither gives, are
/// warnings at most.
pub fn check_registration(owner: &impl Owner, domain: &impl DomainRequest) -> Vec<TldProblem> {
    let handle = owner.handle();
    let data = domain.additional_data();
    check(
        &domain.tld(),
        domain.operation(),
        Registration {
            owner: Some(&handle),
            domain_additional_data: Some(&data),
            ..Registration::default()
        },
    )
}
