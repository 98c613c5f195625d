//! Receiving a request: record it, then answer it from the canned queue or the API.

use std::sync::Arc;

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::Response;

use crate::{ConnectionKill, Fault, Shared, api, lock};

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

    let fault = {
        let mut queue = lock(&shared.faults);
        let position = queue
            .iter()
            .position(|(_, fragment)| recorded.path.contains(fragment.as_str()));
        position
            .and_then(|i| queue.remove(i))
            .map(|(fault, _)| fault)
    };
    if let (Some(fault), Some(kill)) = (fault, &kill) {
        if fault != Fault::CloseBeforeActing {
            let _ = api::answer(&shared, &recorded);
        }
        if fault == Fault::CutReplyAfterActing {
            // A length the body never reaches: the client reads half a reply, then the end.
            let body = r#"{"code":0,"desc":"","data":{"succ"#;
            let mut response = Response::new(Body::from(body));
            response.headers_mut().insert(
                axum::http::header::CONTENT_LENGTH,
                HeaderValue::from(body.len() * 2),
            );
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

    let canned = {
        let mut queue = lock(&shared.canned);
        let position = queue.iter().position(|c| {
            c.path_contains
                .as_deref()
                .is_none_or(|fragment| recorded.path.contains(fragment))
        });
        position.and_then(|i| queue.remove(i))
    };
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
