//! The runtime of the `openprovider` client: the HTTP transport, login and the shared token,
//! decoding of the API's reply envelope, and the one [`Error`] type. Generated code calls into
//! it through the hidden `__private` module; users reach it through the `openprovider` crate.

#![warn(missing_docs)]

// Generated code names everything through `::openprovider::__private`; this lets the login
// entry, written with the macro here, resolve those paths inside this crate.
extern crate self as openprovider;

// A call's life, in order: the entry and how it is described; configuring the client; writing
// the request; the attempts; one HTTP exchange; reading the reply; the errors.
mod catalogue;
mod endpoint;
mod method;

mod config;

mod body;
mod dynamic;
mod path;
mod query;
mod request;

mod call;
mod call_limits;
mod client;
mod hook;
mod retry;
mod session;
mod shared;
mod timer_keeper;

mod exchange;

mod degrade;
mod envelope;
mod fields;
mod json_path;
mod reply;

mod error;

// What the calls and replies are made of.
pub mod auth;
pub mod codes;
pub mod de;
mod pages;
mod secret;
mod tld;
pub mod tld_rules;
// The live rules and the whole-registration checks: the facade's `tld_rules` shows them. Apart
// from `tld_rules` because they send calls, which the table's checks must not reach.
#[doc(hidden)]
pub mod tld_live;

pub use body::BodyWriter;
pub use call_limits::CallLimits;
pub use catalogue::{
    CallLimit, EntryInfo, ExtensionLimit, FieldInfo, JsonShape, PathPiece, ValueKind,
};
pub use client::Client;
pub use config::{ClientBuilder, Environment, http_client_builder};
pub use dynamic::{DynamicRequest, Preview};
pub use endpoint::{Endpoint, EntryVisitor};
pub use error::{ApiError, DecodeError, Error};
pub use hook::{Hook, HookReply, HookRequest};
pub use method::Method;
pub use pages::{Items, List, Page, PageWalk, PageWindow, PagedRequest};
pub use path::PathWriter;
pub use query::QueryWriter;
pub use reply::{Reply, Warning};
pub use retry::RetryPolicy;
pub use secret::SecretString;
pub use shared::{SharedState, Unreachable};
pub use tld::{Tld, TldEntry};

/// The HTTP client underneath, for [`ClientBuilder::http_client`].
pub use reqwest;

/// The date types of replies (`jiff::civil::DateTime` and `Date`).
pub use jiff;

/// The `Stream` trait that [`Items`] implements.
pub use futures_core::Stream;

/// What generated code uses. Not a public API: it changes with the macro, which is pinned to
/// this crate's exact version.
#[doc(hidden)]
pub mod __private {
    pub use crate::body::BodyWriter;
    pub use crate::catalogue::{
        CallLimit, EntryInfo, FieldInfo, JsonShape, PathPiece, TypedWire, TypedWriter, ValueKind,
        last_segment,
    };
    pub use crate::client::Client;
    pub use crate::de::Lenient;
    pub use crate::degrade::{DegradingScalar, read_degrading};
    pub use crate::dynamic::{JsonMap, optional_from_values, required_from_values};
    pub use crate::endpoint::{Endpoint, EntryVisitor};
    pub use crate::envelope::decode_reply;
    pub use crate::error::Error;
    pub use crate::fields::{ReadFields, assign, deserialize_fields};
    pub use crate::method::Method;
    pub use crate::pages::{Items, Page, PageWindow, PagedRequest, offset_as};
    pub use crate::path::PathWriter;
    pub use crate::query::QueryWriter;
    pub use crate::secret::Redacted;
    pub use crate::tld::{AnyValue, ListedTld, Tld, TldProbe};
    pub use crate::tld_rules;
    pub use serde;
    pub use serde_json::Value as JsonValue;
}
