//! One HTTP attempt: a place among the requests in flight, the headers, the hooks, and the
//! reply read whole but never past the size limit.

use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};

use crate::catalogue::EntryInfo;
use crate::client::Client;
use crate::error::Error;
use crate::hook::{HookReply, HookRequest};
use crate::request::WireRequest;
use crate::retry;
use crate::secret::redact_credentials;
use crate::session::UsedToken;

/// One attempt's reply, before its envelope is read.
pub(crate) struct RawReply {
    pub(crate) status: u16,
    pub(crate) retry_after: Option<Duration>,
    pub(crate) body: Bytes,
}

impl Client {
    /// One HTTP attempt, within the limit on requests in flight.
    pub(crate) async fn exchange(
        &self,
        info: &EntryInfo,
        wire: &WireRequest,
        token: Option<&UsedToken>,
        attempt: u32,
    ) -> Result<RawReply, Error> {
        let transport = |source: reqwest::Error| Error::Transport {
            endpoint: info.label(),
            may_have_acted: !source.is_connect() && !info.safe_to_repeat,
            source: source.without_url(),
        };
        // The semaphore is never closed, so a permit always comes.
        let _permit = self.inner.in_flight.acquire().await.ok();
        // The request is built in place, not through a builder and a second header map: this
        // runs for every attempt.
        let mut request = reqwest::Request::new(info.method.to_reqwest(), wire.url.clone());
        let timeout = info.timeout.unwrap_or(self.inner.timeout);
        self.inner.timer_keeper.note_call(timeout);
        *request.timeout_mut() = Some(timeout);
        let headers = request.headers_mut();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if wire.body.is_some() {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        for hook in &self.inner.hooks {
            hook.on_request(&mut HookRequest {
                endpoint: info.name,
                method: info.method,
                path: info.path,
                url: &wire.url,
                headers,
                attempt,
            });
        }
        // Added after the hooks ran, so they never see it.
        if let Some(used) = token {
            headers.insert(AUTHORIZATION, used.header.clone());
        }
        if let Some(body) = &wire.body {
            *request.body_mut() = Some(body.clone().into());
        }
        let started = Instant::now();
        let response = self.inner.http.execute(request).await.map_err(transport)?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(retry::parse_retry_after);
        // The headers outlive the response only for hooks; without any, they are not copied.
        let reply_headers = (!self.inner.hooks.is_empty()).then(|| response.headers().clone());
        let body = read_capped(response, self.inner.max_reply_bytes)
            .await
            .map_err(|e| match e {
                BodyError::Transport(source) => transport(source),
                BodyError::TooLarge => Error::ReplyTooLarge {
                    limit: self.inner.max_reply_bytes,
                    status,
                },
            })?;
        if let Some(reply_headers) = &reply_headers {
            // A login's token, a domain's auth code: what hooks see has them as `***`.
            let shown = redact_credentials(&body);
            for hook in &self.inner.hooks {
                hook.on_reply(&HookReply {
                    endpoint: info.name,
                    method: info.method,
                    path: info.path,
                    status,
                    headers: reply_headers,
                    body: &shown,
                    attempt,
                    elapsed: started.elapsed(),
                });
            }
        }
        Ok(RawReply {
            status,
            retry_after,
            body,
        })
    }
}

enum BodyError {
    Transport(reqwest::Error),
    TooLarge,
}

/// The whole body, or `TooLarge` as soon as it is known to pass `limit`.
async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Bytes, BodyError> {
    let announced = response.content_length();
    if announced.is_some_and(|length| length > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut collected = bytes::BytesMut::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if collected.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        if collected.is_empty() {
            if announced == Some(chunk.len() as u64) {
                // The usual case: the whole body in one chunk, kept without a copy.
                return Ok(chunk);
            }
            // Sized only once a copy is needed: the usual reply never allocates here.
            collected.reserve(announced.map_or(0, |length| usize::try_from(length).unwrap_or(0)));
        }
        collected.extend_from_slice(&chunk);
    }
    Ok(collected.freeze())
}
