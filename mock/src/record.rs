//! Receiving a request: record it, then answer it from the canned queue or the API.

use std::collections::VecDeque;
use std::sync::Arc;

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::Response;

use crate::{CannedReply, ChaosFault, ConnectionKill, Fault, Shared, api, lock};

/// Bodies above this are refused; the API's own are far smaller.
const MAX_BODY: usize = 4 * 1024 * 1024;

/// A request as the stand-in received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// Like `PUT`.
    pub method: String,
    /// The path as sent, still percent-encoded: `/v1beta/customers/XX123456-XX`.
    pub path: String,
    /// The raw query string, without `?`; `None` when there was none.
    pub query: Option<String>,
    /// Header names in lower case, with their values, in order.
    pub headers: Vec<(String, String)>,
    /// The body as sent.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a header (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The query string decoded into pairs, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query
            .as_deref()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The body parsed as JSON; `None` when empty or not JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// The first item of `queue` that `matches`, taken out of it.
fn take_first<T>(queue: &mut VecDeque<T>, matches: impl Fn(&T) -> bool) -> Option<T> {
    let position = queue.iter().position(matches)?;
    queue.remove(position)
}

pub(crate) async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let kill = parts.extensions.get::<ConnectionKill>().cloned();
    let body = match to_bytes(body, MAX_BODY).await {
        Ok(bytes) => bytes,
        Err(_) => Bytes::new(),
    };
    let recorded = RecordedRequest {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
    };
    lock(&shared.requests).push(recorded.clone());

    let latency = *lock(&shared.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }

    let chaos = if recorded.path.ends_with("/auth/login") {
        None
    } else {
        lock(&shared.chaos)
            .as_mut()
            .and_then(|c| c.roll().map(|fault| (fault, c.settings.slow)))
    };
    let mut chaos_fault = None;
    let mut chaos_reply = None;
    let mut slow = None;
    if let Some((fault, slow_for)) = chaos {
        let gateway = |status: u16| {
            CannedReply::html(
                status,
                format!("<html><body><h1>{status}</h1></body></html>"),
            )
        };
        match fault {
            ChaosFault::ExpiredToken => shared.state().expire_tokens(),
            ChaosFault::BadGateway => chaos_reply = Some(gateway(502)),
            ChaosFault::Unavailable => chaos_reply = Some(gateway(503)),
            ChaosFault::TooManyRequests => {
                chaos_reply = Some(gateway(429).header("retry-after", "0"));
            }
            ChaosFault::SlowReply => slow = Some(slow_for),
            ChaosFault::ResetBeforeActing => chaos_fault = Some(Fault::CloseBeforeActing),
            ChaosFault::ResetAfterActing => chaos_fault = Some(Fault::CloseAfterActing),
            ChaosFault::TruncatedReply => chaos_fault = Some(Fault::CutReplyAfterActing),
        }
    }

    let fault = chaos_fault.or_else(|| {
        take_first(&mut lock(&shared.faults), |(_, fragment)| {
            recorded.path.contains(fragment.as_str())
        })
        .map(|(fault, _)| fault)
    });
    if let (Some(fault), Some(kill)) = (fault, &kill) {
        if fault != Fault::CloseBeforeActing {
            let _ = api::answer(&shared, &recorded);
        }
        if fault == Fault::CutReplyAfterActing {
            // The reply announces its whole length, sends half, then fails: the server drops
            // the connection mid-body.
            let whole = br#"{"code":0,"desc":"","data":{"success":true}}"#;
            let mut response = Response::new(Body::new(CutOff {
                first: Some(Bytes::from_static(&whole[..whole.len() / 2])),
                whole: whole.len() as u64,
            }));
            response.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            return response;
        }
        kill.close();
        // The connection task drops this handler with the connection.
        std::future::pending::<()>().await;
    }

    let canned = chaos_reply.or_else(|| {
        take_first(&mut lock(&shared.canned), |c| {
            c.path_contains
                .as_deref()
                .is_none_or(|fragment| recorded.path.contains(fragment))
        })
    });
    let (status, headers, body) = match canned {
        Some(reply) => (reply.status, reply.headers, reply.body),
        None => {
            let (status, json) = api::answer(&shared, &recorded);
            (
                status,
                vec![("content-type".to_owned(), "application/json".to_owned())],
                json.to_string(),
            )
        }
    };
    if let Some(slow) = slow {
        // It acted at once; only the reply comes late.
        tokio::time::sleep(slow).await;
    }
    let mut response = Response::new(Body::from(body));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            response.headers_mut().append(name, value);
        }
    }
    response
}

/// A body that sends its first part and then fails, announcing the whole length.
struct CutOff {
    first: Option<Bytes>,
    whole: u64,
}

impl http_body::Body for CutOff {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        std::task::Poll::Ready(Some(match self.first.take() {
            Some(part) => Ok(http_body::Frame::data(part)),
            None => Err(std::io::Error::other("the reply is cut off here")),
        }))
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.whole)
    }
}
