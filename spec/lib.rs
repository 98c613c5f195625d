//! A typed client for [Openprovider](https://www.openprovider.com)'s REST API (v1beta).
//!
//! Endpoints are written as short entries of the [`openprovider_endpoint!`] macro, which
//! generates for each one a request type, its builder and a call function. The catalogue of
//! Openprovider endpoints lives in this crate's modules, one per API area; your own crate can
//! add endpoints the same way, depending on this crate alone. [`catalogue()`] lists them all as
//! data.
//!
//! | module | what it covers |
//! |---|---|
//! | [`auth`] | logging in for a bearer token (a client with credentials does it by itself) |
//! | [`customers`] | customer handles: the registrants and contacts that domains refer to |
//! | [`domains`] | checking, registering, renewing, transferring and trading domains; auth codes |
//! | [`dns`] | zones and their records, name servers, name-server groups, templates |
//! | [`tlds`] | the extensions on offer, their prices and what each allows |
//! | [`contacts`] | the reseller account's own people: users of the control panel |
//! | [`resellers`] | the reseller account: its data, settings and statistics |
//! | [`billing`] | invoices, payments and transactions |
//! | [`ssl`] | SSL certificates: products, orders, CSRs, approver e-mails |
//! | [`licenses`] | Plesk and Virtuozzo licence keys |
//! | [`emails`] | the e-mail templates sent to your customers on your behalf |
//! | [`email_verification`] | verification of registrants' e-mail addresses (ICANN) |
//! | [`tags`] | labels that customers can carry |
//! | [`spam_expert`] | SpamExperts mail filtering for domains |
//! | [`easydmarc`] | EasyDMARC reporting for domains |
//! | [`tld_rules`] | what each registry asks for per TLD, with sources, and the checks with it |
//! | [`common`] | the value types several areas share: a domain name, a name server, the reply of a write |
//!
//! ```no_run
//! use openprovider::customers::{self, UpdateCustomerRequest};
//! use openprovider::Client;
//!
//! # async fn run() -> Result<(), openprovider::Error> {
//! let client = Client::builder()
//!     .credentials("username", "password")
//!     .build()?;
//! let result = UpdateCustomerRequest::builder("XX123456-XX")
//!     .email("new@example.com")
//!     .send(&client)
//!     .await?;
//! assert!(result.success);
//! # Ok(()) }
//! ```
//!
//! # Writing an entry
//!
//! ```
//! use openprovider::openprovider_endpoint;
//! use serde::Deserialize;
//!
//! #[derive(Debug, Deserialize)]
//! pub struct Zone {
//!     pub name: Option<String>,
//! }
//!
//! openprovider_endpoint! {
//!     /// Reads a DNS zone.
//!     pub get_zone: GET "/dns/zones/{name}" -> Zone {
//!         /// The zone's name, like `example.com`.
//!         name: String,
//!         with_records: Option<bool>,
//!     }
//! }
//!
//! let request = GetZoneRequest::builder("example.com").with_records(true).build();
//! assert_eq!(request.with_records, Some(true));
//! ```
//!
//! An entry is: doc comments, a visibility, the call function's name, `:`, the method (`GET`,
//! `POST`, `PUT`, `PATCH`, `DELETE`), the path relative to the version root, `->`, the type the
//! reply's `data` decodes into, and the fields in braces.
//!
//! - `x: Option<T>` is optional and left out of the request when `None`, never sent as `null`;
//!   any other type is required and becomes an argument of `builder`.
//! - Each `{name}` in the path names a required field, sent as one percent-encoded segment.
//!   Empty, `.` and `..` values are refused before anything is sent.
//! - Other fields go in the query string for `GET` and `DELETE` and in the JSON body for `POST`,
//!   `PUT` and `PATCH`; `#[query]` or `#[body]` overrides that. On a path field they send it
//!   there as well (the API repeats `handle` in the body of `PUT /customers/{handle}`).
//! - A `Vec<T>` in the query string is a repeated key; a struct becomes dotted keys.
//! - `#[rename = "domain.extension"]` sends a field under another wire name; in a body, dots nest.
//! - `#[required_for_tlds("ru", "su")]` on an optional field makes `check_tld("ru")` fail when it
//!   is unset, or, for a list of [`TldEntry`] values, when no entry is for that TLD. On a `PUT`
//!   or `PATCH` (an update sends only what changes) an unset field passes; a value sent is
//!   checked.
//! - `#[tld_rules(create)]` (or `transfer`, `trade`) on a domain's `additional_data` makes
//!   `check_tld` apply the [`tld_rules`] table's rules for that operation to it.
//! - `#[sensitive]` shows the value as `***` in `Debug`.
//! - `#[write_with = "path::to::function"]` writes a field with a function that sees the whole
//!   request, `fn(&Request, &mut BodyWriter) -> Result<(), Error>` (or `QueryWriter` for a
//!   query field): `dns::update_zone` writes its records relative to the zone in its path.
//! - On the entry: `#[timeout = "180s"]` for slow operations, `#[no_auth]` for calls sent
//!   without the token, `#[safe_to_repeat]` for a `POST` that changes nothing (so it is
//!   retried like a `GET`), `#[not_safe_to_repeat]` for a `GET`, `PUT` or `DELETE` that must
//!   not be repeated once it may have reached the server, and `#[no_pages]` for an entry whose
//!   `limit` and `offset` do not page its reply.
//! - An entry with optional `limit` and `offset` fields is a list: its request gets
//!   `items(&client)`, a [`Stream`] of every item over all pages, and `all(&client)`. Its reply
//!   type must implement [`Page`], as [`List`] does.
//! - `#![catalogue(ENTRIES)]` at the start of an invocation defines `pub const ENTRIES`, the
//!   invocation's entries as [`EntryInfo`] data; each request type has its own as
//!   [`Endpoint::INFO`].
//!
//! A mistake in an entry is a compile error at the offending token that says what to write.
//!
//! # Replies and errors
//!
//! The call functions return the reply's `data`; [`Client::send_for_reply`] returns the whole
//! [`Reply`] with warnings and HTTP status. Every failure is an [`Error`]: the API answers most
//! errors with HTTP 500 and a `code`, and [`Error::code`] gives it.
//!
//! # Many processes
//!
//! The API counts calls per IP address and per account. A [`SharedState`] lets every process
//! of one machine (a SQLite file, cargo feature `sqlite`) or of many (Redis, feature `redis`)
//! count as one caller, share one token and log in one at a time:
//! [`ClientBuilder::shared_state`].

//!
//! # The catalogue
//!
//! Every operation of Openprovider's Swagger document (111) is an entry, in a module per API
//! area. Entries are named after the document's operationIds in snake_case, except where that
//! name says too little or carries a generator's artefact:
//!
//! | operationId | entry |
//! |---|---|
//! | `GetData` | [`domains::get_customer_additional_data`] |
//! | `ListGroups`, `CreateGroup`, `GetGroup`, `UpdateGroup`, `DeleteGroup` | [`dns::list_ns_groups`], [`dns::create_ns_group`], [`dns::get_ns_group`], [`dns::update_ns_group`], [`dns::delete_ns_group`] |
//! | `CreateToken` | [`dns::create_domain_token`] |
//! | `CreateDomainMixin8`, `GetDomainMixin8`, `UpdateDomainMixin8`, `DeleteDomainMixin8` | [`spam_expert::create_domain`], [`spam_expert::get_domain`], [`spam_expert::update_domain`], [`spam_expert::delete_domain`] |
//! | `GenerateLoginURL` | [`spam_expert::generate_login_url`] |
//! | `ListLicensesWithPriceVersion` | [`licenses::list_licenses`] |
//!
//! `tests/testsuite/conformance.rs` checks the catalogue against the document, field by field.
//! The table below is [`catalogue()`] as it is; a test keeps the two the same.
//!
#![doc = include_str!("catalogue.md")]
#![warn(missing_docs)]

// The catalogue's entries name `::openprovider::__private` like a user's do.
extern crate self as openprovider;

/// The README's code, compiled (and where it can run, run) as doc tests, so the front page
/// cannot show code that no longer builds.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use openprovider_macros::openprovider_endpoint;
pub use openprovider_runtime::reqwest;
pub use openprovider_runtime::{
    ApiError, BodyWriter, CallLimit, CallLimits, Client, ClientBuilder, DecodeError,
    DynamicRequest, Endpoint, EntryInfo, EntryVisitor, Environment, Error, ExtensionLimit,
    FieldInfo, Hook, HookReply, HookRequest, Items, JsonShape, List, Method, Page, PageWalk,
    PageWindow, PagedRequest, PathPiece, PathWriter, Preview, QueryWriter, Reply, RetryPolicy,
    SecretString, SharedState, Stream, Tld, TldEntry, Unreachable, ValueKind, Warning, codes, de,
    http_client_builder, jiff,
};

pub mod auth;
pub mod billing;
pub mod common;
pub mod contacts;
pub mod customers;
pub mod dns;
pub mod domains;
pub mod easydmarc;
pub mod email_verification;
pub mod emails;
pub mod licenses;
pub mod resellers;
pub mod spam_expert;
pub mod ssl;
pub mod tags;
pub mod tld_rules;
pub mod tlds;

pub use common::DomainName;

/// Every entry of this crate, as data, module by module in the order they are written.
///
/// Each request type has its own as [`Endpoint::INFO`]; your own entries have theirs too, and
/// `#![catalogue(NAME)]` at the start of an invocation lists them in a constant.
///
/// ```
/// let update = openprovider::catalogue()
///     .iter()
///     .find(|e| e.name == "update_customer")
///     .unwrap();
/// assert_eq!(update.module, "customers");
/// assert_eq!(update.path, "/customers/{handle}");
/// assert!(update.field("handle").unwrap().in_path);
/// ```
pub fn catalogue() -> &'static [&'static EntryInfo] {
    static ALL: std::sync::OnceLock<Vec<&'static EntryInfo>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        [
            auth::ENTRIES,
            customers::ENTRIES,
            domains::ENTRIES,
            tlds::ENTRIES,
            dns::ENTRIES,
            contacts::ENTRIES,
            email_verification::ENTRIES,
            tags::ENTRIES,
            resellers::ENTRIES,
            billing::ENTRIES,
            ssl::ENTRIES,
            licenses::ENTRIES,
            emails::ENTRIES,
            spam_expert::ENTRIES,
            easydmarc::ENTRIES,
        ]
        .into_iter()
        .flatten()
        .copied()
        .collect()
    })
}

/// Hands the types of a catalogue entry to `visitor`: how a tool that picks an entry by data
/// reads its reply as the entry's typed call does (the command line prints replies this way).
/// `None` for an entry that is not in this crate's catalogue.
pub fn visit_entry<V: EntryVisitor>(entry: &EntryInfo, visitor: V) -> Option<V::Output> {
    let name = entry.name;
    match entry.module {
        "auth" => auth::visit_entries(name, visitor),
        "customers" => customers::visit_entries(name, visitor),
        "domains" => domains::visit_entries(name, visitor),
        "tlds" => tlds::visit_entries(name, visitor),
        "dns" => dns::visit_entries(name, visitor),
        "contacts" => contacts::visit_entries(name, visitor),
        "email_verification" => email_verification::visit_entries(name, visitor),
        "tags" => tags::visit_entries(name, visitor),
        "resellers" => resellers::visit_entries(name, visitor),
        "billing" => billing::visit_entries(name, visitor),
        "ssl" => ssl::visit_entries(name, visitor),
        "licenses" => licenses::visit_entries(name, visitor),
        "emails" => emails::visit_entries(name, visitor),
        "spam_expert" => spam_expert::visit_entries(name, visitor),
        "easydmarc" => easydmarc::visit_entries(name, visitor),
        _ => None,
    }
}

/// A request built from data for a catalogue entry, written as its typed call writes it: the
/// fields a function writes (the DNS writes' `records`) are read into the typed request first.
/// Outside this crate's catalogue it is [`DynamicRequest::new`].
///
/// ```
/// use openprovider::{Endpoint, Method, dns::CreateZoneRequest};
///
/// let mut request = openprovider::dynamic_request(&CreateZoneRequest::INFO);
/// request.set("domain", serde_json::json!({"name": "example", "extension": "com"}))?;
/// request.set("records", serde_json::json!([{"type": "TXT", "name": "", "value": "hi", "ttl": 900}]))?;
/// let sent = request.preview("https://api.openprovider.eu/v1beta")?; // nothing is sent
/// assert_eq!(sent.method, Method::Post);
/// assert_eq!(sent.body.unwrap()["records"][0]["value"], "\"hi\""); // quoted, as typed
/// # Ok::<(), openprovider::Error>(())
/// ```
// `#[inline]`: the visit compiles each entry's writer where a request is built from data (the
// command line), not into every build of this crate.
#[inline]
pub fn dynamic_request(entry: &'static EntryInfo) -> DynamicRequest {
    struct Of(&'static EntryInfo);
    impl EntryVisitor for Of {
        type Output = DynamicRequest;
        fn visit<E>(self) -> DynamicRequest
        where
            E: Endpoint,
            E::Response: serde::Serialize,
        {
            DynamicRequest::of::<E>(self.0)
        }
    }
    visit_entry(entry, Of(entry)).unwrap_or_else(|| DynamicRequest::new(entry))
}

#[doc(hidden)]
pub use openprovider_runtime::__private;
