//! Entries described as data: what `openprovider_endpoint!` knows about each entry, kept in the
//! program so tools, docs and conformance tests can read the catalogue without parsing code.

use std::time::Duration;

use crate::error::Error;
use crate::method::Method;
use crate::tld_rules::terms::Operation;

/// One entry of the catalogue: its call function, method, path, how it is sent, and its fields.
///
/// Every request type has it as [`Endpoint::INFO`](crate::Endpoint::INFO); it is the one
/// description of an entry the client reads. A hand-written `Endpoint` builds its own:
///
/// ```
/// use std::time::Duration;
/// use openprovider_runtime::{EntryInfo, Method};
///
/// const INFO: EntryInfo = EntryInfo::new("get_zone", Method::Get, "/dns/zones/{name}")
///     .in_module("my_dns")
///     .timeout(Duration::from_secs(120));
/// assert!(INFO.safe_to_repeat && INFO.authenticated);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct EntryInfo {
    /// The last segment of the module the entry is written in, like `"customers"`.
    pub module: &'static str,
    /// The call function's name, like `"update_customer"`; used in logs and errors.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the API's version root, like `"/customers/{handle}"`.
    pub path: &'static str,
    /// Whether the call may be sent again after it may have reached the server: `GET`, `PUT`
    /// and `DELETE` by default, a `POST` that changes nothing when its entry says so.
    pub safe_to_repeat: bool,
    /// The timeout of one attempt in place of the client's, where the entry sets one.
    pub timeout: Option<Duration>,
    /// Whether the request carries the bearer token; only login does not.
    pub authenticated: bool,
    /// The entry's own limit on calls, where it declares one (`#[call_limit]`); the others
    /// share the API's limit for any identical call, 300 per 300 s.
    pub call_limit: Option<CallLimit>,
    /// The entry's fields, in declaration order.
    pub fields: &'static [FieldInfo],
    /// The path template in pieces: literal text and the fields sent as `{param}`s.
    pub path_pieces: &'static [PathPiece],
    /// Whether the entry's replies come in pages (optional `limit` and `offset`, and not
    /// `#[no_pages]`): its request has `items` and `all`.
    pub pages: bool,
    /// The entry's doc comment, its lines joined with newlines and trimmed; empty without one.
    pub docs: &'static str,
}

impl EntryInfo {
    /// An entry with no fields, in no module, that takes its method's view of repeating, the
    /// client's timeout, and the bearer token.
    pub const fn new(name: &'static str, method: Method, path: &'static str) -> Self {
        EntryInfo {
            module: "",
            name,
            method,
            path,
            safe_to_repeat: method.safe_to_repeat_by_default(),
            timeout: None,
            authenticated: true,
            call_limit: None,
            fields: &[],
            path_pieces: &[],
            pages: false,
            docs: "",
        }
    }

    /// Sets [`module`](Self::module).
    #[must_use]
    pub const fn in_module(mut self, module: &'static str) -> Self {
        self.module = module;
        self
    }

    /// Sets [`safe_to_repeat`](Self::safe_to_repeat), for an entry that differs from its
    /// method's default.
    #[must_use]
    pub const fn safe_to_repeat(mut self, safe: bool) -> Self {
        self.safe_to_repeat = safe;
        self
    }

    /// Sets [`timeout`](Self::timeout).
    #[must_use]
    pub const fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends the request without the bearer token, as a login is.
    #[must_use]
    pub const fn unauthenticated(mut self) -> Self {
        self.authenticated = false;
        self
    }

    /// Sets [`call_limit`](Self::call_limit).
    #[must_use]
    pub const fn call_limit(mut self, limit: CallLimit) -> Self {
        self.call_limit = Some(limit);
        self
    }

    /// Sets [`fields`](Self::fields).
    #[must_use]
    pub const fn fields(mut self, fields: &'static [FieldInfo]) -> Self {
        self.fields = fields;
        self
    }

    /// Sets [`docs`](Self::docs).
    #[must_use]
    pub const fn docs(mut self, docs: &'static str) -> Self {
        self.docs = docs;
        self
    }

    /// Sets [`path_pieces`](Self::path_pieces).
    #[must_use]
    pub const fn path_pieces(mut self, pieces: &'static [PathPiece]) -> Self {
        self.path_pieces = pieces;
        self
    }

    /// Marks the entry as one whose replies come in pages.
    #[must_use]
    pub const fn with_pages(mut self) -> Self {
        self.pages = true;
        self
    }

    /// The entry as errors name it: `get_customer (GET /customers/{handle})`.
    pub(crate) fn label(&self) -> String {
        format!("{} ({} {})", self.name, self.method, self.path)
    }

    /// The field with this Rust name (without `r#`), if there is one.
    pub fn field(&self, name: &str) -> Option<&'static FieldInfo> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// How many calls an entry may make in a window, and how long the API blocks it after more.
///
/// Entries declare theirs with `#[call_limit = "20 per 300s"]`; the others share the
/// documented limit for any identical call, 300 per 300 s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallLimit {
    /// Calls allowed in one window.
    pub calls: u32,
    /// The window's length.
    pub per: Duration,
    /// How long the API refuses the call once it answered that the limit was reached.
    pub blocked_for: Duration,
    /// Whether only identical calls (same path, query and body) count together; when false,
    /// every call of the entry counts, as for logins.
    pub identical_only: bool,
    /// Another limit for calls whose body names only these domain extensions.
    pub for_extensions: Option<ExtensionLimit>,
}

/// A limit in place of an entry's own for calls whose body names domains of these extensions
/// only: the API lets identical checks of `.eu` or `.uk` names go faster than others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExtensionLimit {
    /// Calls allowed in one window, which is also how long the API blocks after more.
    pub calls: u32,
    /// The window's length.
    pub per: Duration,
    /// The extensions, without a dot (`"co.uk"`): every `extension` in the body must be one.
    pub extensions: &'static [&'static str],
}

impl CallLimit {
    /// `calls` identical calls per `per`, blocked for `per` after more.
    pub const fn new(calls: u32, per: Duration) -> Self {
        CallLimit {
            calls,
            per,
            blocked_for: per,
            identical_only: true,
            for_extensions: None,
        }
    }

    /// Sets [`for_extensions`](Self::for_extensions).
    #[must_use]
    pub const fn for_extensions(
        mut self,
        calls: u32,
        per: Duration,
        extensions: &'static [&'static str],
    ) -> Self {
        self.for_extensions = Some(ExtensionLimit {
            calls,
            per,
            extensions,
        });
        self
    }

    /// Sets [`blocked_for`](Self::blocked_for).
    #[must_use]
    pub const fn blocked_for(mut self, blocked_for: Duration) -> Self {
        self.blocked_for = blocked_for;
        self
    }

    /// Counts every call of the entry, whatever its arguments.
    #[must_use]
    pub const fn any_arguments(mut self) -> Self {
        self.identical_only = false;
        self
    }
}

/// Reads a request's values (by field name) into the entry's typed request and writes it
/// after a base URL. Written by the macro for entries with `#[write_with]` fields.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct TypedWriter(
    pub fn(&serde_json::Map<String, serde_json::Value>, &str) -> Result<TypedWire, Error>,
);

impl std::fmt::Debug for TypedWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TypedWriter")
    }
}

/// Two requests' writers are the same when both have one: an entry has one writer, written by
/// the macro, so comparing requests never hinges on function addresses.
impl PartialEq for TypedWriter {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for TypedWriter {}

/// A request written by a [`TypedWriter`]: its URL with the query, and its body. Made by
/// `TypedWire::new` (beside the request writing it uses, in `request.rs`).
#[doc(hidden)]
pub struct TypedWire {
    pub(crate) url: reqwest::Url,
    pub(crate) body: Option<bytes::Bytes>,
}

/// A piece of an entry's path template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathPiece {
    /// Text sent as it is, like `/customers/`.
    Literal(&'static str),
    /// The value of the field with this Rust name, as one percent-encoded segment.
    Param(&'static str),
}

/// What a field's value is, written by the macro from the field's type: how a request built
/// from data (the command line's) reads it, and what JSON it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueKind {
    /// Text (`String`, `SecretString`).
    Text,
    /// A whole number of this Rust type, like `"i32"`, which gives its range.
    Integer(&'static str),
    /// A number with a fraction (`f64`).
    Number,
    /// `true` or `false`.
    Bool,
    /// A date, like `2026-01-31` (`jiff::civil::Date`).
    Date,
    /// A date and time, like `2026-01-31T12:00:00` (`jiff::civil::DateTime`).
    DateTime,
    /// A domain name, sent as `{"name": "example", "extension": "com"}`.
    DomainName,
    /// JSON of this shape: a struct of the catalogue, a map, a list of structs.
    Json(JsonShape),
}

/// The JSON a field of a non-scalar type takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonShape {
    /// Any JSON value (a struct, an enum, a `serde_json::Value`).
    Any,
    /// An object (a map).
    Object,
    /// An array (a list of structs).
    Array,
}

/// One field of an entry. Built by where it is sent, then marked:
/// `FieldInfo::body_field("email", "email", "Option<String>").mark_sensitive()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldInfo {
    /// The field's Rust name, without `r#`.
    pub name: &'static str,
    /// The name on the wire; dotted names nest in a body (`domain.name`).
    pub wire: &'static str,
    /// Sent as a `{param}` of the path.
    pub in_path: bool,
    /// Sent in the query string.
    pub in_query: bool,
    /// Sent in the JSON body.
    pub in_body: bool,
    /// Not an `Option`: the builder takes it as an argument.
    pub required: bool,
    /// Shown as `***` in `Debug` and never logged.
    pub sensitive: bool,
    /// The TLDs for which the field is required although optional, normalised (`"ru"`).
    pub tlds: &'static [&'static str],
    /// The field's Rust type as written in the entry, like `"Option<Vec<String>>"`.
    pub rust_type: &'static str,
    /// What the value is; for a list of scalars ([`repeated`](Self::repeated)), what each
    /// item is.
    pub kind: ValueKind,
    /// A list of scalars: `Vec<String>`, `Vec<DomainName>`. A list of structs is one
    /// [`ValueKind::Json`] value instead.
    pub repeated: bool,
    /// For a domain's `additional_data` marked `#[tld_rules(create)]` (or `transfer`,
    /// `trade`): the operation whose rules of the TLD rules' table `check_tld` applies to it.
    pub tld_rules: Option<Operation>,
    /// The function that writes the field (`#[write_with]`), by its path as written, like
    /// `"write_record_changes"`. A request built from data runs it too: its values are read
    /// into the typed request first (see [`DynamicRequest::of`](crate::DynamicRequest::of)).
    pub written_with: Option<&'static str>,
    /// The field's doc comment, its lines joined with newlines and trimmed; empty without one.
    pub docs: &'static str,
}

impl FieldInfo {
    const fn placed(name: &'static str, wire: &'static str, rust_type: &'static str) -> Self {
        FieldInfo {
            name,
            wire,
            in_path: false,
            in_query: false,
            in_body: false,
            required: false,
            sensitive: false,
            tlds: &[],
            rust_type,
            kind: ValueKind::Json(JsonShape::Any),
            repeated: false,
            tld_rules: None,
            written_with: None,
            docs: "",
        }
    }

    /// A `{param}` of the path, which is always required; its wire name is its name.
    pub const fn path_param(name: &'static str, rust_type: &'static str) -> Self {
        let mut field = FieldInfo::placed(name, name, rust_type);
        field.in_path = true;
        field.required = true;
        field
    }

    /// A field of the query string, sent as `wire`.
    pub const fn query_param(
        name: &'static str,
        wire: &'static str,
        rust_type: &'static str,
    ) -> Self {
        let mut field = FieldInfo::placed(name, wire, rust_type);
        field.in_query = true;
        field
    }

    /// A field of the JSON body, sent as `wire`.
    pub const fn body_field(
        name: &'static str,
        wire: &'static str,
        rust_type: &'static str,
    ) -> Self {
        let mut field = FieldInfo::placed(name, wire, rust_type);
        field.in_body = true;
        field
    }

    /// Sends a path parameter in the query string as well.
    #[must_use]
    pub const fn also_in_query(mut self) -> Self {
        self.in_query = true;
        self
    }

    /// Sends a path parameter in the JSON body as well.
    #[must_use]
    pub const fn also_in_body(mut self) -> Self {
        self.in_body = true;
        self
    }

    /// Marks the field required: the builder takes it as an argument.
    #[must_use]
    pub const fn mark_required(mut self) -> Self {
        self.required = true;
        self
    }

    /// Marks the field sensitive: `***` in `Debug`, never logged.
    #[must_use]
    pub const fn mark_sensitive(mut self) -> Self {
        self.sensitive = true;
        self
    }

    /// The TLDs that require the field although it is optional, normalised (`"ru"`).
    #[must_use]
    pub const fn for_tlds(mut self, tlds: &'static [&'static str]) -> Self {
        self.tlds = tlds;
        self
    }

    /// Sets [`kind`](Self::kind).
    #[must_use]
    pub const fn kind(mut self, kind: ValueKind) -> Self {
        self.kind = kind;
        self
    }

    /// Marks the field a list of scalars of its [`kind`](Self::kind).
    #[must_use]
    pub const fn mark_repeated(mut self) -> Self {
        self.repeated = true;
        self
    }

    /// Sets [`tld_rules`](Self::tld_rules).
    #[must_use]
    pub const fn tld_rules(mut self, operation: Operation) -> Self {
        self.tld_rules = Some(operation);
        self
    }

    /// Sets [`written_with`](Self::written_with).
    #[must_use]
    pub const fn written_with(mut self, function: &'static str) -> Self {
        self.written_with = Some(function);
        self
    }

    /// Sets [`docs`](Self::docs).
    #[must_use]
    pub const fn docs(mut self, docs: &'static str) -> Self {
        self.docs = docs;
        self
    }
}

/// The last `::` segment of a module path: `openprovider::customers` gives `customers`.
/// `const` so generated code can fill [`EntryInfo::module`] from `module_path!()`.
#[doc(hidden)]
pub const fn last_segment(path: &'static str) -> &'static str {
    let bytes = path.as_bytes();
    let mut start = bytes.len();
    while start > 0 && bytes[start - 1] != b':' {
        start -= 1;
    }
    let (_, tail) = bytes.split_at(start);
    match core::str::from_utf8(tail) {
        Ok(s) => s,
        Err(_) => path,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn last_segments() {
        assert_eq!(super::last_segment("openprovider::customers"), "customers");
        assert_eq!(super::last_segment("my_crate"), "my_crate");
        assert_eq!(super::last_segment("a::b::c"), "c");
    }
}
