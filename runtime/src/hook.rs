//! A way for users to see or change each request and reply without forking the client.

use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::method::Method;

/// Called around every HTTP attempt of every call: add a header, record metrics, log.
///
/// Hooks run before the `Authorization` header is added, so they never see the token; in the
/// reply bodies they see, credentials (a login's token, passwords, auth codes) are `"***"`.
pub trait Hook: Send + Sync + 'static {
    /// Before an attempt is sent; the headers may be changed.
    fn on_request(&self, request: &mut HookRequest<'_>) {
        let _ = request;
    }

    /// After a reply came, before it is decoded.
    fn on_reply(&self, reply: &HookReply<'_>) {
        let _ = reply;
    }
}

/// An attempt about to be sent.
#[non_exhaustive]
pub struct HookRequest<'a> {
    /// The entry's name, like `get_customer`.
    pub endpoint: &'static str,
    /// The method.
    pub method: Method,
    /// The path template, like `/customers/{handle}`.
    pub path: &'static str,
    /// The full URL, query included.
    pub url: &'a reqwest::Url,
    /// The headers to send; changes are sent.
    pub headers: &'a mut HeaderMap,
    /// 1 for the first attempt of a call.
    pub attempt: u32,
}

/// A reply that came back.
#[non_exhaustive]
pub struct HookReply<'a> {
    /// The entry's name.
    pub endpoint: &'static str,
    /// The method.
    pub method: Method,
    /// The path template.
    pub path: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// The reply's headers.
    pub headers: &'a HeaderMap,
    /// The reply's body, with the values of credentials (`token`, `password`, `auth_code`, ...)
    /// replaced by `"***"`.
    pub body: &'a [u8],
    /// 1 for the first attempt of a call.
    pub attempt: u32,
    /// How long this attempt took.
    pub elapsed: Duration,
}

/// A shared hook, so the caller can keep a handle on it (to read the metrics it records).
impl<H: Hook> Hook for std::sync::Arc<H> {
    fn on_request(&self, request: &mut HookRequest<'_>) {
        (**self).on_request(request);
    }

    fn on_reply(&self, reply: &HookReply<'_>) {
        (**self).on_reply(reply);
    }
}
