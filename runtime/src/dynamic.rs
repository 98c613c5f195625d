//! Calls chosen at run time: an entry of the catalogue ([`EntryInfo`]) and its fields' values
//! as JSON, written by the same writers and sent through the same attempts, retries, re-login
//! and decoding as a typed request. The command line is built on it.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::body::BodyWriter;
use crate::catalogue::{EntryInfo, FieldInfo, PathPiece, TypedWriter};
use crate::client::Client;
use crate::error::Error;
use crate::method::Method;
use crate::pages::PageWindow;
use crate::path::PathWriter;
use crate::query::QueryWriter;
use crate::reply::Reply;
use crate::request::WireRequest;
use crate::secret::names_credential;
use crate::tld::Tld;
use crate::tld_rules;

/// What a redacted value is written as.
const REDACTED: &str = "***";

/// A request's values by field name.
#[doc(hidden)]
pub type JsonMap = Map<String, Value>;

/// A required field's value read into its type, for a typed writer.
#[doc(hidden)]
pub fn required_from_values<T: DeserializeOwned>(
    values: &JsonMap,
    field: &str,
) -> Result<T, Error> {
    match optional_from_values(values, field)? {
        Some(value) => Ok(value),
        None => Err(Error::InvalidRequest {
            field: field.to_owned(),
            reason: "it is required".to_owned(),
        }),
    }
}

/// An optional field's value read into its type, for a typed writer.
#[doc(hidden)]
pub fn optional_from_values<T: DeserializeOwned>(
    values: &JsonMap,
    field: &str,
) -> Result<Option<T>, Error> {
    values
        .get(field)
        .map(|value| {
            T::deserialize(value).map_err(|e| Error::InvalidRequest {
                field: field.to_owned(),
                reason: format!("not the value this field takes: {e}"),
            })
        })
        .transpose()
}

/// A request for any entry, with its fields' values as JSON: `DomainName` as
/// `{"name": "example", "extension": "com"}`, a list as an array, and so on, as the typed
/// request would serialise them.
///
/// ```
/// use openprovider_runtime::{DynamicRequest, Endpoint, Method};
/// use openprovider_runtime::auth::LoginRequest;
///
/// let mut request = DynamicRequest::new(&LoginRequest::INFO); // or an entry of the catalogue
/// request.set("username", "reseller".into())?;
/// request.set("password", "hunter2".into())?;
/// let sent = request.preview("https://api.openprovider.eu/v1beta")?; // nothing is sent
/// assert_eq!(sent.method, Method::Post);
/// assert_eq!(sent.url, "https://api.openprovider.eu/v1beta/auth/login");
/// assert_eq!(sent.body.unwrap()["password"], "***");
/// # Ok::<(), openprovider_runtime::Error>(())
/// ```
#[derive(Clone, PartialEq)]
pub struct DynamicRequest {
    info: &'static EntryInfo,
    values: Map<String, Value>,
    /// How the entry's typed request writes it, for an entry with fields written by a function.
    typed: Option<TypedWriter>,
}

impl fmt::Debug for DynamicRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("DynamicRequest");
        s.field("entry", &self.info.name);
        for field in self.info.fields {
            if let Some(value) = self.values.get(field.name) {
                if is_secret(field) {
                    s.field(field.name, &REDACTED);
                } else {
                    s.field(field.name, value);
                }
            }
        }
        s.finish()
    }
}

impl DynamicRequest {
    /// A request of `info` with no field set.
    ///
    /// An entry with fields written by a function (`#[write_with]`, like the DNS writes'
    /// `records`) is sent only when built with [`of`](Self::of) (or the facade's
    /// `openprovider::dynamic_request`), which write it as its typed call does; this one
    /// refuses to send or preview it rather than send other bytes.
    pub fn new(info: &'static EntryInfo) -> Self {
        DynamicRequest {
            info,
            values: Map::new(),
            typed: None,
        }
    }

    /// A request of `info`, the description of `E`, with no field set; its fields are read
    /// into `E` and written as `E`'s typed call writes them where a function writes one.
    /// (`info` is `&E::INFO`, which a generic function cannot make `'static` itself.)
    ///
    /// ```
    /// use openprovider_runtime::{DynamicRequest, Endpoint};
    /// use openprovider_runtime::auth::LoginRequest;
    ///
    /// let request = DynamicRequest::of::<LoginRequest>(&LoginRequest::INFO);
    /// assert_eq!(request.info().name, "login");
    /// ```
    pub fn of<E: crate::Endpoint>(info: &'static EntryInfo) -> Self {
        debug_assert!(
            info.name == E::INFO.name && info.module == E::INFO.module,
            "`DynamicRequest::of` takes the description of the same entry"
        );
        DynamicRequest {
            typed: E::__typed_writer(),
            ..DynamicRequest::new(info)
        }
    }

    /// Refuses an entry whose fields a function writes when no typed writer came with it.
    fn untyped_allowed(&self) -> Result<(), Error> {
        match self.info.fields.iter().find(|f| f.written_with.is_some()) {
            Some(field) => Err(Error::InvalidRequest {
                field: field.name.to_owned(),
                reason: format!(
                    "a function writes this field of `{}`: build the request with \
                     `DynamicRequest::of` or `openprovider::dynamic_request`, which write it \
                     as the typed call does",
                    self.info.name
                ),
            }),
            None => Ok(()),
        }
    }

    /// The entry this request is for.
    pub fn info(&self) -> &'static EntryInfo {
        self.info
    }

    /// Sets the field with this Rust name; `null` unsets it, since nothing is ever sent as
    /// `null`. A name the entry does not have is an [`Error::InvalidRequest`].
    pub fn set(&mut self, field: &str, value: Value) -> Result<(), Error> {
        let Some(info) = self.info.field(field) else {
            return Err(Error::InvalidRequest {
                field: field.to_owned(),
                reason: format!("`{}` has no such field", self.info.name),
            });
        };
        if value.is_null() {
            self.values.remove(info.name);
        } else {
            self.values.insert(info.name.to_owned(), value);
        }
        Ok(())
    }

    /// The value of a field, if it is set.
    pub fn get(&self, field: &str) -> Option<&Value> {
        self.values.get(field)
    }

    /// The required fields that are not set, in the entry's order.
    pub fn missing(&self) -> Vec<&'static FieldInfo> {
        self.info
            .fields
            .iter()
            .filter(|f| f.required && !self.values.contains_key(f.name))
            .collect()
    }

    /// Checks that the fields `tld` requires are set, as a typed request's `check_tld` does:
    /// a field flagged for that TLD must be set and, when it is a list of per-TLD entries
    /// (objects with a `name`), hold one for that TLD; an update (`PUT`, `PATCH`) is checked
    /// only for the flagged fields it sends. Then the first error of [`tld_problems`].
    ///
    /// [`tld_problems`]: Self::tld_problems
    pub fn check_tld(&self, tld: &str) -> Result<(), Error> {
        let tld = Tld::new(tld);
        let update = matches!(self.info.method, Method::Put | Method::Patch);
        for field in self.info.fields.iter().filter(|f| !f.tlds.is_empty()) {
            let present = self.values.get(field.name).map(|value| match value {
                Value::Array(items) if items.iter().all(Value::is_object) => {
                    items.iter().any(|item| {
                        ["name", "tld", "extension"].iter().any(|key| {
                            item.get(key)
                                .and_then(Value::as_str)
                                .is_some_and(|t| tld.matches(t))
                        })
                    })
                }
                _ => true,
            });
            if update && present.is_none() {
                continue;
            }
            tld.require(field.name, field.tlds, present)?;
        }
        match self
            .tld_problems(tld.as_str())
            .into_iter()
            .find(|p| p.severity == tld_rules::Severity::Error)
        {
            Some(problem) => Err(Error::Tld(Box::new(problem))),
            None => Ok(()),
        }
    }

    /// Every problem the TLD rules' table finds in the fields marked `#[tld_rules]` (a domain's
    /// `additional_data`), warnings included, for the rules that hold whoever the registrant is.
    pub fn tld_problems(&self, tld: &str) -> Vec<tld_rules::TldProblem> {
        let mut problems = Vec::new();
        for field in self.info.fields {
            let Some(operation) = field.tld_rules else {
                continue;
            };
            let value = self.values.get(field.name).unwrap_or(&Value::Null);
            problems.extend(tld_rules::domain_data_problems(tld, operation, value));
        }
        problems
    }

    /// The page this request asks for, for an entry whose replies come in pages
    /// ([`EntryInfo::pages`]).
    pub fn window(&self) -> PageWindow {
        let int = |name| self.values.get(name).and_then(Value::as_i64);
        PageWindow {
            limit: int("limit"),
            offset: int("offset"),
        }
    }

    /// The request as it would be sent to `base_url` (the API's version root), with every
    /// secret written as `***`. Nothing is sent.
    pub fn preview(&self, base_url: &str) -> Result<Preview, Error> {
        let base_url = base_url.trim_end_matches('/');
        if let Some(typed) = self.typed {
            return self.typed_preview(typed, base_url);
        }
        self.untyped_allowed()?;
        let written = self.write(base_url, true)?;
        let wire = WireRequest::assemble(&written.path, &written.query, None)?;
        // Written as text, not through `Url`, so a redacted path segment reads `***` rather
        // than its percent-encoding.
        let url = wire.url.as_str().replace("%2A%2A%2A", REDACTED);
        let body = match written.body {
            Some(body) => Some(body.into_value()?),
            None => None,
        };
        Ok(Preview {
            method: self.info.method,
            url,
            body,
        })
    }

    /// Sends the request and returns the whole reply, its `data` as JSON.
    ///
    /// It is one call like a typed request's: the same span, call limits, attempts, retries,
    /// new login and decoding, by the entry's [`EntryInfo`].
    pub async fn send(&self, client: &Client) -> Result<Reply<Value>, Error> {
        let wire = match self.typed {
            Some(TypedWriter(write)) => {
                write(&self.values, client.base_url()).map(WireRequest::from)
            }
            None => self.untyped_allowed().and_then(|()| {
                self.write(client.base_url(), false)
                    .and_then(|w| WireRequest::assemble(&w.path, &w.query, w.body))
            }),
        };
        client.execute(self.info, wire).await?.decode()
    }

    /// The preview of an entry written by its typed request, with the secrets of its body
    /// written `***` afterwards.
    fn typed_preview(
        &self,
        TypedWriter(write): TypedWriter,
        base_url: &str,
    ) -> Result<Preview, Error> {
        let wire = WireRequest::from(write(&self.values, base_url)?);
        let mut body =
            match &wire.body {
                Some(bytes) => Some(serde_json::from_slice::<Value>(bytes).map_err(|e| {
                    Error::InvalidRequest {
                        field: self.info.name.to_owned(),
                        reason: format!("the written body is not JSON: {e}"),
                    }
                })?),
                None => None,
            };
        if let Some(Value::Object(map)) = body.as_mut() {
            for field in self
                .info
                .fields
                .iter()
                .filter(|f| f.in_body && is_secret(f))
            {
                if let Some(value) = map.get_mut(field.wire) {
                    *value = Value::String(REDACTED.to_owned());
                }
            }
        }
        Ok(Preview {
            method: self.info.method,
            url: wire.url.to_string(),
            body,
        })
    }

    /// The path, query and body, each through the writers typed requests use. With `redact`,
    /// secrets are written as `***`.
    pub(crate) fn write(&self, base_url: &str, redact: bool) -> Result<Written, Error> {
        let shown = |field: &FieldInfo, value: &'_ Value| -> Value {
            if redact && is_secret(field) {
                Value::String(REDACTED.to_owned())
            } else {
                value.clone()
            }
        };
        let mut path = PathWriter::after(base_url);
        if self.info.path_pieces.is_empty() {
            // A hand-built description without pieces: a path with no parameters is one piece.
            if self.info.path.contains('{') {
                return Err(Error::InvalidRequest {
                    field: self.info.name.to_owned(),
                    reason: "its EntryInfo has parameters in its path but no `path_pieces`"
                        .to_owned(),
                });
            }
            path.literal(self.info.path);
        }
        for piece in self.info.path_pieces {
            let name = match piece {
                PathPiece::Literal(text) => {
                    path.literal(text);
                    continue;
                }
                PathPiece::Param(name) => *name,
            };
            let field = self.info.field(name);
            let value = field.and_then(|f| self.values.get(f.name).map(|v| shown(f, v)));
            match value {
                Some(Value::String(text)) => path.param(name, &text)?,
                Some(Value::Number(number)) => path.param(name, &number)?,
                Some(_) => {
                    return Err(Error::InvalidRequest {
                        field: name.to_owned(),
                        reason: "a path parameter must be text or a number".to_owned(),
                    });
                }
                None => {
                    return Err(Error::InvalidRequest {
                        field: name.to_owned(),
                        reason: "it is required (it is in the path)".to_owned(),
                    });
                }
            }
        }
        let mut query = QueryWriter::default();
        let mut body = self.info.method.has_body().then(BodyWriter::default);
        for field in self.info.fields {
            let Some(value) = self.values.get(field.name) else {
                continue;
            };
            let value = shown(field, value);
            if field.in_query {
                query.push(field.wire, &value)?;
            }
            if field.in_body
                && let Some(body) = body.as_mut()
            {
                body.push(field.wire, &value)?;
            }
        }
        Ok(Written { path, query, body })
    }
}

/// A request as it would go out, from [`DynamicRequest::preview`]; secrets read `***`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Preview {
    /// The HTTP method.
    pub method: crate::method::Method,
    /// The whole URL, with the query string.
    pub url: String,
    /// The JSON body, for `POST`, `PUT` and `PATCH`.
    pub body: Option<Value>,
}

/// A request written by [`DynamicRequest::write`].
pub(crate) struct Written {
    path: PathWriter,
    query: QueryWriter,
    body: Option<BodyWriter>,
}

/// Whether a field's value must never be shown: marked `#[sensitive]`, or a credential by its
/// name, whatever its entry says.
fn is_secret(field: &FieldInfo) -> bool {
    field.sensitive || names_credential(field.name) || names_credential(field.wire)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::LoginRequest;
    use crate::endpoint::Endpoint;

    /// The dynamic request goes on the wire byte for byte as the typed one does.
    #[test]
    fn writes_what_the_typed_request_writes() {
        let base = "http://127.0.0.1:1/v1beta";
        let typed = LoginRequest::builder("reseller", "pw")
            .ip("0.0.0.0")
            .build();
        let typed = WireRequest::new(base, &typed).unwrap();
        let mut dynamic = DynamicRequest::new(&LoginRequest::INFO);
        for (field, value) in [
            ("username", "reseller"),
            ("password", "pw"),
            ("ip", "0.0.0.0"),
        ] {
            dynamic.set(field, value.into()).unwrap();
        }
        let written = dynamic.write(base, false).unwrap();
        let wire = WireRequest::assemble(&written.path, &written.query, written.body).unwrap();
        assert_eq!(wire.url, typed.url);
        assert_eq!(wire.body, typed.body);
        assert!(!format!("{dynamic:?}").contains("pw\""), "{dynamic:?}");
    }

    #[test]
    fn unknown_fields_and_missing_ones_are_told() {
        let mut request = DynamicRequest::new(&LoginRequest::INFO);
        assert!(matches!(
            request.set("nope", Value::Bool(true)),
            Err(Error::InvalidRequest { .. })
        ));
        request.set("username", "u".into()).unwrap();
        let missing: Vec<&str> = request.missing().iter().map(|f| f.name).collect();
        assert_eq!(missing, ["password"]);
        // Setting null unsets: nothing is ever sent as null.
        request.set("username", Value::Null).unwrap();
        assert_eq!(request.missing().len(), 2);
    }
}
