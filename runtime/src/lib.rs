//! The runtime of the `openprovider` client: the HTTP transport, login and the shared token,
//! decoding of the API's reply envelope, and the one [`Error`] type. Generated code calls into
//! it through the hidden `__private` module; users reach it through the `openprovider` crate.

#![warn(missing_docs)]

// Generated code names everything through `::openprovider::__private`; this lets the login
// entry, written with the macro here, resolve those paths inside this crate.
extern crate self as openprovider;

pub mod auth;
mod catalogue;
mod client;
pub mod codes;
pub mod de;
mod endpoint;
mod envelope;
mod error;
mod hook;
mod pages;
mod retry;
mod secret;
mod tld;
mod token;
mod warm_timer;

pub use catalogue::{EntryInfo, FieldInfo};
pub use client::{Client, ClientBuilder, Environment};
pub use endpoint::{BodyWriter, Endpoint, Method, PathWriter, QueryWriter};
pub use envelope::{Reply, Warning};
pub use error::{ApiError, DecodeError, Error};
pub use hook::{Hook, HookReply, HookRequest};
pub use pages::{Items, List, Page, PagedRequest};
pub use retry::RetryPolicy;
pub use secret::SecretString;
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
    pub use crate::catalogue::{EntryInfo, FieldInfo, last_segment};
    pub use crate::client::Client;
    pub use crate::endpoint::{BodyWriter, Endpoint, Method, PathWriter, QueryWriter};
    pub use crate::envelope::decode_reply;
    pub use crate::error::Error;
    pub use crate::pages::{Items, Page, PagedRequest, offset_as};
    pub use crate::secret::Redacted;
    pub use crate::tld::{AnyValue, ListedTld, Tld, TldProbe};
}
