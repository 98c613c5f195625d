//! The server: a listener on loopback serving each connection itself, the path every request
//! takes (recorded, counted, delayed, faulted or canned, then answered), and [`MockServer`], its
//! handle.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http_body::{Body, Frame, SizeHint};
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

use crate::api::auth::{AuthFailure, DEFAULT_PASSWORD, DEFAULT_USERNAME};
use crate::faults::{
    CannedReply, Chaos, ChaosEffect, ChaosFault, ChaosState, ConnectionKill, CutOff, Fault,
    take_first,
};
use crate::reply::Answer;
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
        let (shutdown, stopped) = watch::channel(false);
        tokio::spawn(accept_loop(listener, Arc::clone(&shared), stopped));
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
async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut stopped: watch::Receiver<bool>,
) {
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
        let shared = Arc::clone(&shared);
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let kill = ConnectionKill(Arc::new(Notify::new()));
            let on_kill = Arc::clone(&kill.0);
            let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                let shared = Arc::clone(&shared);
                let kill = kill.clone();
                async move { Ok::<_, Infallible>(handle(&shared, &kill, request).await) }
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

type Reply = Response<ReplyBody>;

/// The path of every request, one step after another.
async fn handle(shared: &Shared, kill: &ConnectionKill, request: Request<Incoming>) -> Reply {
    let recorded = record(shared, request).await;
    let limited = count_call(shared, &recorded);
    add_latency(shared).await;
    if let Some((status, json)) = limited {
        return json_reply(status, json);
    }
    let chaos = roll_chaos(shared, &recorded);
    if let Some(fault) = chaos.fault.or_else(|| queued_fault(shared, &recorded)) {
        return apply_fault(shared, kill, &recorded, fault).await;
    }
    let reply = match chaos.reply.or_else(|| canned_reply(shared, &recorded)) {
        Some(canned) => canned_into_reply(canned),
        None => route(shared, &recorded),
    };
    if let Some(slow) = chaos.slow {
        // It acted at once; only the reply comes late.
        tokio::time::sleep(slow).await;
    }
    reply
}

/// Reads the request whole and keeps it for [`MockServer::requests`].
async fn record(shared: &Shared, request: Request<Incoming>) -> RecordedRequest {
    let (parts, body) = request.into_parts();
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
        body: read_body(body).await,
    };
    lock(&shared.requests).push(recorded.clone());
    recorded
}

/// The body as sent; empty when it fails or is larger than [`MAX_BODY`].
async fn read_body(body: Incoming) -> Vec<u8> {
    let mut body = std::pin::pin!(body);
    let mut out = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        let Ok(frame) = frame else {
            return Vec::new();
        };
        if let Ok(data) = frame.into_data() {
            if out.len() + data.len() > MAX_BODY {
                return Vec::new();
            }
            out.extend_from_slice(&data);
        }
    }
    out
}

/// Counts the call against the API's call limits as it arrives, before anything else happens
/// to it; `Some` is the refusal it gets instead of an answer.
fn count_call(shared: &Shared, request: &RecordedRequest) -> Option<Answer> {
    lock(&shared.limits).admit(request)
}

async fn add_latency(shared: &Shared) {
    let latency = *lock(&shared.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
}

/// Rolls chaos for a request and expires the tokens if it says so. Logins are spared, so a
/// client can always get a token.
fn roll_chaos(shared: &Shared, request: &RecordedRequest) -> ChaosEffect {
    if request.path.ends_with("/auth/login") {
        return ChaosEffect::default();
    }
    let effect = lock(&shared.chaos)
        .as_mut()
        .and_then(|c| c.roll().map(|fault| fault.effect(c.settings.slow)))
        .unwrap_or_default();
    if effect.expire_tokens {
        shared.world().auth.expire_tokens();
    }
    effect
}

/// The first queued fault for this request's path, taken out of the queue.
fn queued_fault(shared: &Shared, request: &RecordedRequest) -> Option<Fault> {
    take_first(&mut lock(&shared.faults), |(_, fragment)| {
        request.path.contains(fragment.as_str())
    })
    .map(|(fault, _)| fault)
}

/// Acts on the request or not, as the fault says, then cuts the reply or closes the connection.
async fn apply_fault(
    shared: &Shared,
    kill: &ConnectionKill,
    request: &RecordedRequest,
    fault: Fault,
) -> Reply {
    if fault != Fault::CloseBeforeActing {
        let _ = router::answer(&mut shared.world(), request);
    }
    if fault == Fault::CutReplyAfterActing {
        return cut_reply();
    }
    kill.close();
    // The connection task drops this handler with the connection.
    std::future::pending().await
}

/// A reply that announces its whole length, sends half, then fails: the server drops the
/// connection mid-body.
fn cut_reply() -> Reply {
    let whole = br#"{"code":0,"desc":"","data":{"success":true}}"#;
    let mut response = Response::new(ReplyBody::Cut(CutOff {
        first: Some(Bytes::from_static(&whole[..whole.len() / 2])),
        whole: whole.len() as u64,
    }));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// The first queued canned reply for this request's path, taken out of the queue.
fn canned_reply(shared: &Shared, request: &RecordedRequest) -> Option<CannedReply> {
    take_first(&mut lock(&shared.canned), |c| {
        c.path_contains
            .as_deref()
            .is_none_or(|fragment| request.path.contains(fragment))
    })
}

/// The stand-in's own answer, from the route table.
fn route(shared: &Shared, request: &RecordedRequest) -> Reply {
    let (status, json) = router::answer(&mut shared.world(), request);
    json_reply(status, json)
}

fn json_reply(status: u16, json: serde_json::Value) -> Reply {
    canned_into_reply(CannedReply::json(status, json))
}

fn canned_into_reply(canned: CannedReply) -> Reply {
    let mut response = Response::new(ReplyBody::Full(Some(Bytes::from(canned.body))));
    *response.status_mut() =
        StatusCode::from_u16(canned.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in canned.headers {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            response.headers_mut().append(name, value);
        }
    }
    response
}

/// A reply's body: whole, or cut off by a fault.
enum ReplyBody {
    Full(Option<Bytes>),
    Cut(CutOff),
}

impl Body for ReplyBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        match self.get_mut() {
            ReplyBody::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            ReplyBody::Cut(cut) => Pin::new(cut).poll_frame(cx),
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            ReplyBody::Full(bytes) => bytes.as_ref().is_none_or(Bytes::is_empty),
            ReplyBody::Cut(cut) => cut.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            ReplyBody::Full(bytes) => {
                SizeHint::with_exact(bytes.as_ref().map_or(0, |b| b.len() as u64))
            }
            ReplyBody::Cut(cut) => cut.size_hint(),
        }
    }
}
