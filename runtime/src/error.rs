//! The one error type of the library.

use std::fmt;

use std::time::Duration;

use bytes::Bytes;

use crate::reply::Warning;

/// Every way a call can fail.
///
/// [`Error::code`] gives the API's error code and [`Error::status`] the HTTP status, where there
/// is one. Replies that fail keep their raw body ([`Error::raw_body`]); `Debug` shows only its
/// length, since a body can hold what should not reach a log (a login reply holds a token).
#[derive(thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with a non-zero `code`, whatever the HTTP status.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// An HTTP error status whose body is not an API error (a gateway's HTML page, say).
    #[error("HTTP {status} from the API, without an API error in the body: {}", snippet(.body))]
    Http {
        /// The HTTP status.
        status: u16,
        /// The raw body.
        body: Bytes,
    },
    /// A successful reply whose body does not fit the expected type.
    #[error("{0}")]
    Decode(Box<DecodeError>),
    /// The request never got a whole reply: connection refused, closed or reset, timed out,
    /// TLS failed.
    ///
    /// `Display` says what failed; the cause (reqwest's error and its own causes) is the
    /// error's `source()`, so printers of the chain (`anyhow`'s `{:#}`) show it once.
    #[error("request to {endpoint} failed ({}){}", kind(source), if *.may_have_acted { "; the request went out, so the server may have acted on it: check before sending it again" } else { "" })]
    Transport {
        /// The entry's name and path template, like `get_customer (GET /customers/{handle})`.
        endpoint: String,
        /// The cause, with the URL removed (a query string can hold values not meant for logs).
        #[source]
        source: reqwest::Error,
        /// The request went out before the failure and the entry is not safe to repeat, so it
        /// was not sent again: the server may have carried it out.
        may_have_acted: bool,
    },
    /// The API answered without an error code, but its data says `"success": false`.
    #[error(
        "the API answered `\"success\": false` without an error code (HTTP {status}): the call did not succeed"
    )]
    Unsuccessful {
        /// The HTTP status.
        status: u16,
        /// The raw body.
        body: Bytes,
    },
    /// The reply was larger than the client's limit (`max_reply_bytes`) and was not read whole.
    #[error(
        "the reply (HTTP {status}) is larger than the limit of {limit} bytes, so it was not read; raise it with `max_reply_bytes` if it is expected"
    )]
    ReplyTooLarge {
        /// The limit.
        limit: usize,
        /// The HTTP status of the reply.
        status: u16,
    },
    /// A field that the target TLD requires is not set.
    #[error("`{field}` is required for .{tld} but is not set{}", if *.list { " (or holds no entry for that TLD)" } else { "" })]
    MissingForTld {
        /// The field's name in the request.
        field: &'static str,
        /// The TLD, normalised (no dot, lower case).
        tld: String,
        /// Whether the field is a list of per-TLD entries.
        list: bool,
    },
    /// A registry's rule (the TLD rules' table) that the request breaks: `check_tld` found it,
    /// before anything was sent.
    #[error("{0}")]
    Tld(Box<crate::tld_rules::terms::TldProblem>),
    /// The request cannot be sent as it is, so nothing was sent.
    #[error("invalid value for `{field}`: {reason}; nothing was sent")]
    InvalidRequest {
        /// The field's name.
        field: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The client is not set up right.
    #[error("client configuration: {0}")]
    Config(String),
    /// The call was not sent: it would have gone over one of the API's call limits and could
    /// not wait long enough (`CallLimits::max_wait`), or the API has blocked it.
    #[error("{endpoint} was not sent: {}", call_limited(limit, *retry_after, *blocked_by))]
    CallLimited {
        /// The entry's name and path template.
        endpoint: String,
        /// The limit, like `20 identical calls per 300 s`.
        limit: String,
        /// How long until the call may be sent.
        retry_after: Duration,
        /// The API's code when the API blocked the call (50, 4007 or 10005) and the client
        /// keeps to the block; `None` when the client held the call back by itself.
        blocked_by: Option<i32>,
    },
    /// The shared state (a SQLite file, a Redis server) could not be read or written, so the
    /// call was not sent: sending it uncounted could go over the API's limits.
    #[error("the call was not sent: {store} cannot be used: {reason}")]
    SharedState {
        /// Which store, in words, without a password.
        store: String,
        /// What went wrong.
        reason: String,
    },
}

impl Error {
    /// The API's error code, for an [`Error::Api`].
    pub fn code(&self) -> Option<i32> {
        match self {
            Error::Api(e) => Some(e.code),
            _ => None,
        }
    }

    /// The HTTP status of the reply, where a reply came.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Http { status, .. } => Some(*status),
            Error::Decode(e) => Some(e.status),
            Error::Unsuccessful { status, .. } | Error::ReplyTooLarge { status, .. } => {
                Some(*status)
            }
            Error::Transport { source, .. } => source.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// The reply's raw body, where a reply came.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(e) => Some(&e.body),
            Error::Http { body, .. } => Some(body),
            Error::Decode(e) => Some(&e.body),
            Error::Unsuccessful { body, .. } => Some(body),
            _ => None,
        }
    }

    /// Whether a request went out and then failed without a whole reply, for an entry that is
    /// not safe to repeat: the server may have carried it out, so it was not sent again.
    ///
    /// Also true for a `DELETE` whose earlier attempt went out and lost its reply, and whose
    /// repeat was answered "not found": that earlier attempt may have deleted it.
    pub fn may_have_acted(&self) -> bool {
        match self {
            Error::Transport { may_have_acted, .. } => *may_have_acted,
            Error::Api(e) => e.earlier_attempt_may_have_acted,
            _ => false,
        }
    }

    /// Whether the call was held back, before anything was sent, to keep within the API's call
    /// limits or a block the API set; [`retry_after`](Self::retry_after) says when it may go.
    pub fn is_call_limited(&self) -> bool {
        matches!(self, Error::CallLimited { .. })
    }

    /// When a call held back by a call limit may be sent.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::CallLimited { retry_after, .. } => Some(*retry_after),
            _ => None,
        }
    }

    /// The registry's rule a `check_tld` error is about.
    pub fn tld_problem(&self) -> Option<&crate::tld_rules::terms::TldProblem> {
        match self {
            Error::Tld(problem) => Some(problem),
            _ => None,
        }
    }

    /// Whether the call was not sent because its shared state (`SharedState`) could not be
    /// read or written.
    pub fn is_shared_state(&self) -> bool {
        matches!(self, Error::SharedState { .. })
    }

    /// Whether the API said the credentials or the token are not valid (HTTP 401, or code 196).
    pub fn is_auth(&self) -> bool {
        self.code() == Some(crate::codes::AUTHENTICATION_FAILED) || self.status() == Some(401)
    }

    /// Whether the connection failed before the request was sent.
    pub fn is_connect(&self) -> bool {
        matches!(self, Error::Transport { source, .. } if source.is_connect())
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport { source, .. } if source.is_timeout())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => f.debug_tuple("Api").field(e).finish(),
            Error::Http { status, body } => f
                .debug_struct("Http")
                .field("status", status)
                .field("body", &BodyLen(body.len()))
                .finish(),
            Error::Decode(e) => f.debug_tuple("Decode").field(e).finish(),
            Error::Transport {
                endpoint,
                source,
                may_have_acted,
            } => f
                .debug_struct("Transport")
                .field("endpoint", endpoint)
                .field("source", source)
                .field("may_have_acted", may_have_acted)
                .finish(),
            Error::Unsuccessful { status, body } => f
                .debug_struct("Unsuccessful")
                .field("status", status)
                .field("body", &BodyLen(body.len()))
                .finish(),
            Error::ReplyTooLarge { limit, status } => f
                .debug_struct("ReplyTooLarge")
                .field("limit", limit)
                .field("status", status)
                .finish(),
            Error::MissingForTld { field, tld, list } => f
                .debug_struct("MissingForTld")
                .field("field", field)
                .field("tld", tld)
                .field("list", list)
                .finish(),
            Error::Tld(problem) => f.debug_tuple("Tld").field(problem).finish(),
            Error::InvalidRequest { field, reason } => f
                .debug_struct("InvalidRequest")
                .field("field", field)
                .field("reason", reason)
                .finish(),
            Error::Config(m) => f.debug_tuple("Config").field(m).finish(),
            Error::CallLimited {
                endpoint,
                limit,
                retry_after,
                blocked_by,
            } => f
                .debug_struct("CallLimited")
                .field("endpoint", endpoint)
                .field("limit", limit)
                .field("retry_after", retry_after)
                .field("blocked_by", blocked_by)
                .finish(),
            Error::SharedState { store, reason } => f
                .debug_struct("SharedState")
                .field("store", store)
                .field("reason", reason)
                .finish(),
        }
    }
}

/// An error reply of the API: a non-zero `code` in the envelope.
#[derive(Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// The API's error code, like 176 for "customer handle not found".
    pub code: i32,
    /// The API's message.
    pub desc: String,
    /// Extra detail (often the registry's message), as the API sent it.
    pub data: Option<serde_json::Value>,
    /// Warnings sent along with the error.
    pub warnings: Vec<Warning>,
    /// The HTTP status; the API sends most errors as 500.
    pub status: u16,
    /// The raw body.
    pub body: Bytes,
    /// A "not found" answered to the repeat of a `DELETE` whose earlier attempt went out and
    /// lost its reply: that attempt may have deleted it.
    pub earlier_attempt_may_have_acted: bool,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API error {}: {}", self.code, self.desc)?;
        match &self.data {
            None | Some(serde_json::Value::Null) => {}
            Some(serde_json::Value::String(s)) if s.is_empty() => {}
            Some(serde_json::Value::String(s)) => write!(f, ": {s}")?,
            Some(other) => write!(f, ": {other}")?,
        }
        write!(f, " (HTTP {})", self.status)?;
        if self.code == crate::codes::ACCESS_DENIED {
            f.write_str(
                "; if Openprovider blocked this IP address for too many identical calls, a \
                 person must remove it from the list of blocked IP addresses in the control \
                 panel (contacts overview)",
            )?;
        }
        if self.earlier_attempt_may_have_acted {
            f.write_str(
                "; an earlier attempt went out and lost its reply, so it may have deleted it",
            )?;
        }
        Ok(())
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("code", &self.code)
            .field("desc", &self.desc)
            .field("data", &self.data)
            .field("warnings", &self.warnings)
            .field("status", &self.status)
            .field("body", &BodyLen(self.body.len()))
            .field(
                "earlier_attempt_may_have_acted",
                &self.earlier_attempt_may_have_acted,
            )
            .finish()
    }
}

/// A reply that does not fit the type it should decode into.
#[non_exhaustive]
pub struct DecodeError {
    /// Where in the body decoding failed, like `data.results[0].id`; empty for the whole body.
    pub path: String,
    /// What serde said.
    pub message: String,
    /// The HTTP status.
    pub status: u16,
    /// The raw body.
    pub body: Bytes,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() || self.path == "." {
            write!(
                f,
                "cannot decode the reply (HTTP {}): {}",
                self.status, self.message
            )
        } else {
            write!(
                f,
                "cannot decode the reply at `{}` (HTTP {}): {}",
                self.path, self.status, self.message
            )
        }
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("path", &self.path)
            .field("message", &self.message)
            .field("status", &self.status)
            .field("body", &BodyLen(self.body.len()))
            .finish()
    }
}

fn call_limited(limit: &str, retry_after: Duration, blocked_by: Option<i32>) -> String {
    let secs = retry_after.as_secs_f64();
    match blocked_by {
        Some(crate::codes::ACCESS_DENIED) => format!(
            "Openprovider has blocked this IP address (code 10005) for going over its limit of \
             {limit}; a person must remove it from the list of blocked IP addresses in the \
             control panel (contacts overview), and the client holds this call back for \
             {secs:.1} s"
        ),
        Some(code) => format!(
            "the API blocked it (code {code}) for going over its limit of {limit}; it may be \
             sent again in {secs:.1} s"
        ),
        None => format!(
            "it would go over the API's limit of {limit}, which blocks the caller; it may be \
             sent in {secs:.1} s, longer than the client waits (`CallLimits::max_wait`)"
        ),
    }
}

struct BodyLen(usize);

impl fmt::Debug for BodyLen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} bytes>", self.0)
    }
}

/// What kind of transport failure, in a few words; the details are in `source()`.
fn kind(error: &reqwest::Error) -> &'static str {
    if error.is_connect() {
        "could not connect"
    } else if error.is_timeout() {
        "timed out"
    } else if error.is_body() || error.is_decode() {
        "the reply broke off"
    } else {
        "no whole reply"
    }
}

/// The start of a non-API body, on one line, for `Display`.
fn snippet(body: &Bytes) -> String {
    const MAX: usize = 120;
    let text = String::from_utf8_lossy(body);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.is_empty() {
        return "(empty body)".to_owned();
    }
    match one_line.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}
