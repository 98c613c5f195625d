//! What an endpoint is to the client: the [`Endpoint`] trait that every entry implements, and the
//! writers its generated methods fill in.

use std::fmt::Display;
use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::catalogue::EntryInfo;
use crate::error::Error;

/// The HTTP methods an entry can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method as written on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether requests of this method carry a JSON body.
    pub fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }

    /// Whether a request of this method is safe to send again when it may already have reached
    /// the server, unless its entry says otherwise: `GET`, `PUT` and `DELETE` are, `POST` and
    /// `PATCH` are not.
    pub const fn safe_to_repeat_by_default(self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

impl Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A request the client can send. `openprovider_endpoint!` implements it for every entry's
/// request type; write it by hand only for what an entry cannot express.
pub trait Endpoint {
    /// What the reply's `data` decodes into.
    type Response: DeserializeOwned;
    /// The entry's name, like `update_customer`; used in logs and errors.
    const NAME: &'static str;
    /// The HTTP method.
    const METHOD: Method;
    /// The path template relative to the API's version root, like `/customers/{handle}`.
    const PATH: &'static str;
    /// A timeout for this endpoint in place of the client's default.
    const TIMEOUT: Option<Duration> = None;
    /// Whether the request carries the bearer token; only login does not.
    const AUTHENTICATED: bool = true;
    /// The entry as data. Generated entries describe every field; the default, for a
    /// hand-written `Endpoint`, has none and takes the method's view of repeating.
    const INFO: EntryInfo = EntryInfo {
        module: "",
        name: Self::NAME,
        method: Self::METHOD,
        path: Self::PATH,
        safe_to_repeat: Self::METHOD.safe_to_repeat_by_default(),
        fields: &[],
    };

    /// Writes the path, one percent-encoded segment per parameter.
    fn write_path(&self, path: &mut PathWriter) -> Result<(), Error>;

    /// Writes the query parameters.
    fn write_query(&self, query: &mut QueryWriter) -> Result<(), Error> {
        let _ = query;
        Ok(())
    }

    /// Writes the JSON body's fields; called for `POST`, `PUT` and `PATCH` only.
    fn write_body(&self, body: &mut BodyWriter) -> Result<(), Error> {
        let _ = body;
        Ok(())
    }
}

/// Everything but the unreserved characters of RFC 3986, so a value stays one path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Builds a path from the template's literals and percent-encoded parameters.
#[derive(Debug, Default)]
pub struct PathWriter {
    path: String,
}

impl PathWriter {
    /// A part of the template, written as it is.
    pub fn literal(&mut self, text: &str) {
        self.path.push_str(text);
    }

    /// A parameter, percent-encoded into exactly one segment.
    ///
    /// An empty value, `.` or `..` is refused: URL parsers drop or fold such segments, so the
    /// request would reach another resource (`DELETE /customers/..` is not a customer).
    pub fn param(&mut self, field: &str, value: &dyn Display) -> Result<(), Error> {
        let text = value.to_string();
        if text.is_empty() || text == "." || text == ".." {
            return Err(Error::InvalidRequest {
                field: field.to_owned(),
                reason: format!("{text:?} cannot be a path segment"),
            });
        }
        self.path.extend(utf8_percent_encode(&text, SEGMENT));
        Ok(())
    }

    /// The path written so far.
    pub fn as_str(&self) -> &str {
        &self.path
    }
}

/// Collects query parameters as key-value pairs.
///
/// `None` is left out; a list is sent as a repeated key (`columns=a&columns=b`); a struct is sent
/// as dotted keys (`order_by.name=asc`).
#[derive(Debug, Default)]
pub struct QueryWriter {
    pairs: Vec<(String, String)>,
}

impl QueryWriter {
    /// Adds a field under its wire name.
    pub fn push<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        match serde_json::to_value(value) {
            Ok(value) => self.push_value(key, value),
            Err(e) => Err(Error::InvalidRequest {
                field: key.to_owned(),
                reason: e.to_string(),
            }),
        }
    }

    fn push_value(&mut self, key: &str, value: Value) -> Result<(), Error> {
        match value {
            Value::Null => Ok(()),
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::Array(_) | Value::Object(_) => {
                            return Err(Error::InvalidRequest {
                                field: key.to_owned(),
                                reason: "a list in the query string must hold plain values"
                                    .to_owned(),
                            });
                        }
                        scalar => self.push_value(key, scalar)?,
                    }
                }
                Ok(())
            }
            Value::Object(map) => {
                for (sub, v) in map {
                    self.push_value(&format!("{key}.{sub}"), v)?;
                }
                Ok(())
            }
            Value::String(s) => self.push_text(key, s),
            Value::Bool(b) => self.push_text(key, b.to_string()),
            Value::Number(n) => self.push_text(key, n.to_string()),
        }
    }

    fn push_text(&mut self, key: &str, text: String) -> Result<(), Error> {
        self.pairs.push((key.to_owned(), text));
        Ok(())
    }

    /// The pairs collected, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

/// Collects the fields of a JSON body.
///
/// `None` is left out, never sent as `null`. A dotted wire name nests: `domain.extension` is
/// sent as `{"domain": {"extension": ...}}`.
#[derive(Debug, Default)]
pub struct BodyWriter {
    map: Map<String, Value>,
}

impl BodyWriter {
    /// Adds a field under its wire name.
    pub fn push<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        match serde_json::to_value(value) {
            Ok(value) => self.push_value(key, value),
            Err(e) => Err(Error::InvalidRequest {
                field: key.to_owned(),
                reason: e.to_string(),
            }),
        }
    }

    /// Adds a value already in JSON; kept apart from `push` so it is compiled once.
    fn push_value(&mut self, key: &str, value: Value) -> Result<(), Error> {
        let invalid = |reason: String| Error::InvalidRequest {
            field: key.to_owned(),
            reason,
        };
        if value.is_null() {
            return Ok(());
        }
        let mut parts = key.split('.').peekable();
        let mut map = &mut self.map;
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                if map.insert(part.to_owned(), value).is_some() {
                    return Err(invalid(format!("`{key}` is set twice")));
                }
                return Ok(());
            }
            let slot = map
                .entry(part.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            map = slot
                .as_object_mut()
                .ok_or_else(|| invalid(format!("`{part}` is both a value and an object")))?;
        }
        Ok(())
    }

    /// The body as a JSON object.
    pub fn into_value(self) -> Value {
        Value::Object(self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hostile_handle_stays_one_segment() {
        let mut p = PathWriter::default();
        p.literal("/customers/");
        p.param("handle", &"a/../b?c#d%e f").unwrap();
        assert_eq!(p.as_str(), "/customers/a%2F..%2Fb%3Fc%23d%25e%20f");
    }

    #[test]
    fn dot_segments_and_empty_values_are_refused() {
        for bad in ["", ".", ".."] {
            let mut p = PathWriter::default();
            let err = p.param("handle", &bad).unwrap_err();
            assert!(matches!(err, Error::InvalidRequest { .. }), "{bad:?}");
        }
    }

    #[test]
    fn query_lists_repeat_and_structs_dot() {
        let mut q = QueryWriter::default();
        q.push("columns", &vec!["firstName", "email"]).unwrap();
        q.push("missing", &Option::<String>::None).unwrap();
        q.push("order_by", &serde_json::json!({"name": "asc"}))
            .unwrap();
        q.push("with_additional_data", &Some(true)).unwrap();
        q.push("limit", &10).unwrap();
        let pairs: Vec<(&str, &str)> = q
            .pairs()
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("columns", "firstName"),
                ("columns", "email"),
                ("order_by.name", "asc"),
                ("with_additional_data", "true"),
                ("limit", "10"),
            ]
        );
    }

    #[test]
    fn body_skips_none_and_nests_dotted_names() {
        let mut b = BodyWriter::default();
        b.push("email", &Some("a@b.c")).unwrap();
        b.push("vat", &Option::<String>::None).unwrap();
        b.push("domain.name", &"example").unwrap();
        b.push("domain.extension", &"eu").unwrap();
        assert_eq!(
            b.into_value(),
            serde_json::json!({"email": "a@b.c", "domain": {"name": "example", "extension": "eu"}})
        );
    }

    #[test]
    fn body_refuses_a_value_that_is_also_an_object() {
        let mut b = BodyWriter::default();
        b.push("domain", &"x").unwrap();
        assert!(b.push("domain.name", &"y").is_err());
    }
}
