//! The server: a listener on loopback serving each connection itself, the path every request
//! takes (recorded, delayed, faulted or canned, then answered), and [`MockServer`], its handle.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

use crate::api::auth::{AuthFailure, DEFAULT_PASSWORD, DEFAULT_USERNAME};
use crate::faults::{
    CannedReply, Chaos, ChaosFault, ChaosState, ConnectionKill, CutOff, Fault, take_first,
};
use crate::request::RecordedRequest;
use crate::router;
use crate::state::{Shared, lock};

/// Bodies above this are refused; the API's own are far smaller.
const MAX_BODY: usize = 4 * 1024 * 1024;

/// A running stand-in. It stops when dropped.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
}

impl MockServer {
    /// Starts on a free loopback port.
    pub async fn start() -> std::io::Result<MockServer> {
        MockServer::start_on(SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts on the given address (use a loopback one).
    pub async fn start_on(addr: SocketAddr) -> std::io::Result<MockServer> {
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new());
        let app = Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&shared));
        let (shutdown, stopped) = watch::channel(false);
        tokio::spawn(accept_loop(listener, app, stopped));
        Ok(MockServer {
            addr,
            shared,
            shutdown,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a client, with the version root: `http://127.0.0.1:PORT/v1beta`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1beta", self.addr)
    }

    /// The username of the account it starts with.
    pub fn username(&self) -> &'static str {
        DEFAULT_USERNAME
    }

    /// The password of the account it starts with.
    pub fn password(&self) -> &'static str {
        DEFAULT_PASSWORD
    }

    /// Adds an account that can log in.
    pub fn add_account(&self, username: &str, password: &str) {
        self.shared.world().auth.add_account(username, password);
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// Forgets the requests received so far.
    pub fn clear_requests(&self) {
        lock(&self.shared.requests).clear();
    }

    /// Answers the next matching request with `reply` instead of for real. Replies queue up and
    /// are used once each, in order.
    pub fn enqueue(&self, reply: CannedReply) {
        lock(&self.shared.canned).push_back(reply);
    }

    /// Makes the next request whose path contains `path_contains` (`""` for any) fail with
    /// `fault`. Faults queue up and are used once each, before canned replies.
    pub fn inject(&self, fault: Fault, path_contains: &str) {
        lock(&self.shared.faults).push_back((fault, path_contains.to_owned()));
    }

    /// Injects random faults into `chaos.rate` of the requests from now on (logins are spared),
    /// or stops with `None`. Each fault is one of [`ChaosFault`], chosen evenly.
    pub fn set_chaos(&self, chaos: Option<Chaos>) {
        *lock(&self.shared.chaos) = chaos.map(ChaosState::new);
    }

    /// How many faults of each kind chaos has injected.
    pub fn chaos_counts(&self) -> Vec<(ChaosFault, usize)> {
        lock(&self.shared.chaos)
            .as_ref()
            .map(|c| c.counts.iter().map(|(k, v)| (*k, *v)).collect())
            .unwrap_or_default()
    }

    /// Every stored customer as the API returns it with additional data, deleted ones included.
    pub fn customers(&self) -> Vec<serde_json::Value> {
        self.shared.world().customers.all_json()
    }

    /// Canned replies not used yet.
    pub fn pending_replies(&self) -> usize {
        lock(&self.shared.canned).len()
    }

    /// Makes every token issued so far invalid, as if its lifetime had run out.
    pub fn expire_tokens(&self) {
        self.shared.world().auth.expire_tokens();
    }

    /// How long tokens issued from now on stay valid (48 hours by default).
    pub fn set_token_lifetime(&self, lifetime: Duration) {
        self.shared.world().auth.token_lifetime = lifetime;
    }

    /// How the stand-in answers a request with an invalid or expired token.
    pub fn set_auth_failure(&self, failure: AuthFailure) {
        self.shared.world().auth.failure = failure;
    }

    /// Waits this long before answering each request.
    pub fn set_latency(&self, latency: Duration) {
        *lock(&self.shared.latency) = latency;
    }

    /// How many logins succeeded.
    pub fn login_count(&self) -> usize {
        self.shared.world().auth.logins
    }

    /// Marks a name as premium, at this price in EUR: `check` says `is_premium` and a
    /// registration needs `accept_premium_fee`.
    pub fn set_premium(&self, domain: &str, price: f64) {
        self.shared.world().domains.set_premium(domain, price);
    }

    /// Puts a warning on the next successful reply, as the API has put registry failures on
    /// successes.
    pub fn warn_next(&self, code: i32, desc: &str, data: &str) {
        self.shared
            .world()
            .warnings
            .push(serde_json::json!({"code": code, "desc": desc, "data": data}));
    }

    /// A stored domain as `GET /domains/{id}` returns it, deleted ones
    /// included.
    pub fn domain(&self, id: i64) -> Option<serde_json::Value> {
        self.shared.world().domains.json(id)
    }

    /// A zone's records as the API returns them (names in full, TXT values quoted), or `None`
    /// when there is no such zone.
    pub fn zone_records(&self, zone: &str) -> Option<Vec<serde_json::Value>> {
        self.shared.world().dns.records_json(zone)
    }

    /// How many domains are stored, deleted ones included.
    pub fn domain_count(&self) -> usize {
        self.shared.world().domains.count()
    }

    /// Enforces the API's call limits with every window multiplied by `scale` (`Some(1.0)`,
    /// the default, is the real API's), or stops enforcing them with `None`. The limits, as
    /// the API documents them: 300 identical calls (same method, path, query and body) in
    /// 300 s blacklist the caller, who gets `10005 Access denied` for every call until
    /// [`unblock`](MockServer::unblock); 20 identical domain checks in 300 s (60 in 60 s
    /// when every name is under `.eu`, `.uk`, `.it`, `.ch`, `.fi`, `.fr` and the like) get
    /// code 50 for 300 s (60 s); a second identical `create_domain` within 10 s gets 4007 for
    /// 300 s; more than 30 logins in 60 s get code 50 for 60 s. Changing the scale forgets
    /// the counts and the timed blocks, not the blacklist.
    pub fn set_call_limit_scale(&self, scale: Option<f64>) {
        lock(&self.shared.limits).set_scale(scale);
    }

    /// Lifts the `10005` blacklist, as a person does in the control panel's list of blocked
    /// IPs.
    pub fn unblock(&self) {
        lock(&self.shared.limits).unblock();
    }

    /// Whether the caller is blacklisted (every call answered `10005`).
    pub fn is_blocked(&self) -> bool {
        lock(&self.shared.limits).is_blocked()
    }

    /// Issues a waiting SSL order, as the certificate authority does once the domain is
    /// validated: it becomes `ACT`, valid for its period from now. False when no order with
    /// this id waits (`REQ`).
    pub fn issue_ssl_order(&self, id: i64) -> bool {
        self.shared.world().ssl.issue(id)
    }

    /// A stored customer as the API would return it with additional data, deleted ones included.
    pub fn customer(&self, handle: &str) -> Option<serde_json::Value> {
        self.shared.world().customers.json(handle)
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        // Stops accepting and closes every open connection.
        let _ = self.shutdown.send(true);
    }
}

/// Serves each connection on a task of its own, so that a fault can close one connection
/// without a reply, which a framework's `serve` has no way to do.
async fn accept_loop(listener: TcpListener, app: Router, mut stopped: watch::Receiver<bool>) {
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(err) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    eprintln!("openprovider-mock: accept failed: {err}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = stopped.changed() => return,
        };
        let app = app.clone();
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let kill = ConnectionKill(Arc::new(Notify::new()));
            let on_kill = Arc::clone(&kill.0);
            let service =
                hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
                    request.extensions_mut().insert(kill.clone());
                    let mut app = app.clone();
                    tower_service::Service::call(&mut app, request.map(Body::new))
                });
            let connection = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service);
            // Dropping the connection closes its socket, with no reply for a request in flight.
            tokio::select! {
                _ = connection => {}
                () = on_kill.notified() => {}
                _ = stopped.changed() => {}
            }
        });
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
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

    // Counted as it arrives, before anything else happens to it.
    let limited = lock(&shared.limits).admit(&recorded);

    let latency = *lock(&shared.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    if let Some((status, json)) = limited {
        return json_response(status, &json);
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
            ChaosFault::ExpiredToken => shared.world().auth.expire_tokens(),
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
            let _ = router::answer(&mut shared.world(), &recorded);
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
            let (status, json) = router::answer(&mut shared.world(), &recorded);
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

fn json_response(status: u16, json: &serde_json::Value) -> Response {
    let mut response = Response::new(Body::from(json.to_string()));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
