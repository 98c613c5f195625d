//! A local, stateful stand-in for the Openprovider API, on loopback.
//!
//! It logs users in, keeps customer handles in memory, and answers with the real API's shapes
//! and quirks: errors as HTTP 500 envelopes, `"success": "true"` as a string, a fax of empty
//! strings, `0000-00-00 00:00:00` for "not deleted". Tests can read back every request it
//! received and make it fail on purpose.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use openprovider_mock::{MockServer, CannedReply};
//!
//! let server = MockServer::start().await?;
//! let base_url = server.base_url(); // http://127.0.0.1:PORT/v1beta
//! // Point a client at `base_url` with `server.username()` / `server.password()`.
//! server.enqueue(CannedReply::html(502, "<html>Bad Gateway</html>"));
//! // ... the next call gets the 502; later calls reach the stand-in again.
//! assert!(server.requests().is_empty());
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

mod api;
mod dns;
mod domains;
mod record;
mod time;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

pub use record::RecordedRequest;

/// The account every stand-in starts with.
pub const DEFAULT_USERNAME: &str = "demo";
/// Its password.
pub const DEFAULT_PASSWORD: &str = "demo-password";

/// A running stand-in. It stops when dropped.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
}

/// A failure of the connection itself, injected with [`MockServer::inject`]: what a load
/// balancer, a restarting server or a broken network does to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// The request arrives (and is recorded) but the connection is closed before the stand-in
    /// acts on it: nothing changes, and no reply comes.
    CloseBeforeActing,
    /// The stand-in carries the request out, then closes the connection without replying:
    /// the change is made, and the client cannot know it.
    CloseAfterActing,
    /// The stand-in carries the request out and starts its reply, then closes the connection
    /// halfway through the body.
    CutReplyAfterActing,
}

/// A reply the stand-in sends instead of answering for real: an error page, a rate limit, a
/// malformed body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CannedReply {
    /// The HTTP status.
    pub status: u16,
    /// Extra headers, like `Retry-After`.
    pub headers: Vec<(String, String)>,
    /// The body, sent as it is.
    pub body: String,
    /// Only requests whose path contains this are answered with it.
    pub path_contains: Option<String>,
}

impl CannedReply {
    /// A JSON body with the given status.
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        CannedReply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string(),
            path_contains: None,
        }
    }

    /// An HTML body, as gateways send.
    pub fn html(status: u16, body: impl Into<String>) -> Self {
        CannedReply {
            status,
            headers: vec![("content-type".into(), "text/html".into())],
            body: body.into(),
            path_contains: None,
        }
    }

    /// A registry's refusal as the API passes it on: code 399 in an HTTP 500, the registry's
    /// own words in `data`.
    pub fn registry_refusal(registry_message: &str) -> Self {
        CannedReply::json(
            500,
            serde_json::json!({
                "code": 399,
                "desc": "An error has occurred; for more details, please refer to the registry message below.",
                "data": registry_message,
            }),
        )
    }

    /// The API's error envelope, `{"code", "desc", "data"}`.
    pub fn api_error(status: u16, code: i32, desc: &str) -> Self {
        CannedReply::json(
            status,
            serde_json::json!({"code": code, "desc": desc, "data": ""}),
        )
    }

    /// Adds a header.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Answers only a request whose path contains `fragment`; other requests pass it by.
    #[must_use]
    pub fn for_path(mut self, fragment: impl Into<String>) -> Self {
        self.path_contains = Some(fragment.into());
        self
    }
}

pub(crate) struct Shared {
    state: Mutex<api::State>,
    requests: Mutex<Vec<RecordedRequest>>,
    canned: Mutex<VecDeque<CannedReply>>,
    faults: Mutex<VecDeque<(Fault, String)>>,
    latency: Mutex<Duration>,
    chaos: Mutex<Option<ChaosState>>,
}

/// Random faults at a set rate, for soak tests: see [`MockServer::set_chaos`].
#[derive(Debug, Clone, PartialEq)]
pub struct Chaos {
    /// The share of requests (logins aside) that meet a fault, from 0 to 1.
    pub rate: f64,
    /// The seed: the same seed and requests give the same faults.
    pub seed: u64,
    /// How long a slow reply takes; make it longer than the client's timeout.
    pub slow: Duration,
}

impl Chaos {
    /// Faults on `rate` of requests, from `seed`, slow replies taking a second.
    pub fn new(rate: f64, seed: u64) -> Self {
        Chaos {
            rate,
            seed,
            slow: Duration::from_secs(1),
        }
    }
}

/// A fault [`Chaos`] injects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChaosFault {
    /// The connection is reset before the stand-in acts.
    ResetBeforeActing,
    /// The stand-in acts, then resets the connection without a reply.
    ResetAfterActing,
    /// A gateway's HTML 502.
    BadGateway,
    /// A gateway's HTML 503.
    Unavailable,
    /// 429 with `Retry-After: 0`.
    TooManyRequests,
    /// The stand-in acts and answers after [`Chaos::slow`].
    SlowReply,
    /// The stand-in acts and cuts its reply off halfway.
    TruncatedReply,
    /// Every token expires before the request is looked at.
    ExpiredToken,
}

impl ChaosFault {
    const ALL: [ChaosFault; 8] = [
        ChaosFault::ResetBeforeActing,
        ChaosFault::ResetAfterActing,
        ChaosFault::BadGateway,
        ChaosFault::Unavailable,
        ChaosFault::TooManyRequests,
        ChaosFault::SlowReply,
        ChaosFault::TruncatedReply,
        ChaosFault::ExpiredToken,
    ];
}

pub(crate) struct ChaosState {
    settings: Chaos,
    rng: u64,
    counts: std::collections::BTreeMap<ChaosFault, usize>,
}

impl ChaosState {
    /// The next fault, or none (xorshift64*: small, and the same for the same seed).
    fn roll(&mut self) -> Option<ChaosFault> {
        let mut next = || {
            self.rng ^= self.rng >> 12;
            self.rng ^= self.rng << 25;
            self.rng ^= self.rng >> 27;
            self.rng.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let unit = (next() >> 11) as f64 / (1u64 << 53) as f64;
        if unit >= self.settings.rate {
            return None;
        }
        let fault = ChaosFault::ALL[usize::try_from(next() % 8).unwrap_or(0)];
        *self.counts.entry(fault).or_default() += 1;
        Some(fault)
    }
}

/// Closes the connection a request came on; each request carries its connection's.
#[derive(Clone)]
pub(crate) struct ConnectionKill(Arc<Notify>);

impl ConnectionKill {
    pub(crate) fn close(&self) {
        self.0.notify_one();
    }
}

impl Shared {
    pub(crate) fn state(&self) -> MutexGuard<'_, api::State> {
        lock(&self.state)
    }
}

/// The stand-in's locks guard plain data; a panicking handler cannot leave them half-written.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
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
        let shared = Arc::new(Shared {
            state: Mutex::new(api::State::new()),
            requests: Mutex::new(Vec::new()),
            canned: Mutex::new(VecDeque::new()),
            faults: Mutex::new(VecDeque::new()),
            latency: Mutex::new(Duration::ZERO),
            chaos: Mutex::new(None),
        });
        let app = Router::new()
            .fallback(record::handle)
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
        self.shared.state().add_account(username, password);
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
        *lock(&self.shared.chaos) = chaos.map(|settings| ChaosState {
            rng: settings.seed.max(1),
            settings,
            counts: std::collections::BTreeMap::new(),
        });
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
        self.shared.state().all_customers_json()
    }

    /// Canned replies not used yet.
    pub fn pending_replies(&self) -> usize {
        lock(&self.shared.canned).len()
    }

    /// Makes every token issued so far invalid, as if its lifetime had run out.
    pub fn expire_tokens(&self) {
        self.shared.state().expire_tokens();
    }

    /// How long tokens issued from now on stay valid (48 hours by default).
    pub fn set_token_lifetime(&self, lifetime: Duration) {
        self.shared.state().token_lifetime = lifetime;
    }

    /// How the stand-in answers a request with an invalid or expired token.
    pub fn set_auth_failure(&self, failure: AuthFailure) {
        self.shared.state().auth_failure = failure;
    }

    /// Waits this long before answering each request.
    pub fn set_latency(&self, latency: Duration) {
        *lock(&self.shared.latency) = latency;
    }

    /// How many logins succeeded.
    pub fn login_count(&self) -> usize {
        self.shared.state().logins
    }

    /// Marks a name as premium, at this price in EUR: `check` says `is_premium` and a
    /// registration needs `accept_premium_fee`.
    pub fn set_premium(&self, domain: &str, price: f64) {
        self.shared.state().domains.set_premium(domain, price);
    }

    /// Puts a warning on the next successful reply, as the API has put registry failures on
    /// successes.
    pub fn warn_next(&self, code: i32, desc: &str, data: &str) {
        self.shared
            .state()
            .domains
            .warnings
            .push(serde_json::json!({"code": code, "desc": desc, "data": data}));
    }

    /// A stored domain as `GET /domains/{id}` returns it, deleted ones
    /// included.
    pub fn domain(&self, id: i64) -> Option<serde_json::Value> {
        self.shared.state().domains.json(id)
    }

    /// A zone's records as the API returns them (names in full, TXT values quoted), or `None`
    /// when there is no such zone.
    pub fn zone_records(&self, zone: &str) -> Option<Vec<serde_json::Value>> {
        self.shared.state().dns.records_json(zone)
    }

    /// How many domains are stored, deleted ones included.
    pub fn domain_count(&self) -> usize {
        self.shared.state().domains.count()
    }

    /// A stored customer as the API would return it with additional data, deleted ones included.
    pub fn customer(&self, handle: &str) -> Option<serde_json::Value> {
        self.shared.state().customer_json(handle)
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

/// How an invalid or expired token is refused. The real API has been seen doing all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AuthFailure {
    /// HTTP 401 with code 196 in the body.
    #[default]
    Http401,
    /// HTTP 500 with code 196.
    Code196In500,
    /// HTTP 200 with code 196.
    Code196In200,
}
