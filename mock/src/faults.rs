//! What goes wrong on purpose: connection faults, canned replies, and chaos at a set rate.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use hyper::body::Bytes;
use tokio::sync::Notify;

/// A failure of the connection itself, injected with [`MockServer::inject`](crate::MockServer::inject): what a load
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
    /// own words in `data` (reference §3.2).
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

/// Random faults at a set rate, for soak tests: see [`MockServer::set_chaos`](crate::MockServer::set_chaos).
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

/// What one chaos roll does to a request: at most one of these is set.
#[derive(Default)]
pub(crate) struct ChaosEffect {
    /// Every token expires before the request is looked at.
    pub(crate) expire_tokens: bool,
    /// The connection fails, as an injected [`Fault`] makes it.
    pub(crate) fault: Option<Fault>,
    /// A gateway answers instead of the stand-in.
    pub(crate) reply: Option<CannedReply>,
    /// The stand-in acts at once and answers this much later.
    pub(crate) slow: Option<Duration>,
}

impl ChaosFault {
    /// What this fault does to a request; `slow` is how late a slow reply comes.
    pub(crate) fn effect(self, slow: Duration) -> ChaosEffect {
        let mut effect = ChaosEffect::default();
        match self {
            ChaosFault::ExpiredToken => effect.expire_tokens = true,
            ChaosFault::BadGateway => effect.reply = Some(gateway_page(502)),
            ChaosFault::Unavailable => effect.reply = Some(gateway_page(503)),
            ChaosFault::TooManyRequests => {
                effect.reply = Some(gateway_page(429).header("retry-after", "0"));
            }
            ChaosFault::SlowReply => effect.slow = Some(slow),
            ChaosFault::ResetBeforeActing => effect.fault = Some(Fault::CloseBeforeActing),
            ChaosFault::ResetAfterActing => effect.fault = Some(Fault::CloseAfterActing),
            ChaosFault::TruncatedReply => effect.fault = Some(Fault::CutReplyAfterActing),
        }
        effect
    }

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
    pub(crate) settings: Chaos,
    rng: u64,
    pub(crate) counts: std::collections::BTreeMap<ChaosFault, usize>,
}

impl ChaosState {
    /// The next fault, or none (xorshift64*: small, and the same for the same seed).
    pub(crate) fn roll(&mut self) -> Option<ChaosFault> {
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
pub(crate) struct ConnectionKill(pub(crate) Arc<Notify>);

impl ConnectionKill {
    pub(crate) fn close(&self) {
        self.0.notify_one();
    }
}

impl ChaosState {
    pub(crate) fn new(settings: Chaos) -> Self {
        ChaosState {
            rng: settings.seed.max(1),
            settings,
            counts: std::collections::BTreeMap::new(),
        }
    }
}

/// The first item of `queue` that `matches`, taken out of it.
pub(crate) fn take_first<T>(queue: &mut VecDeque<T>, matches: impl Fn(&T) -> bool) -> Option<T> {
    let position = queue.iter().position(matches)?;
    queue.remove(position)
}

/// The HTML error page a gateway in front of the API sends (reference §3.2: non-JSON bodies
/// on 5xx; 429 with `Retry-After`).
fn gateway_page(status: u16) -> CannedReply {
    CannedReply::html(
        status,
        format!("<html><body><h1>{status}</h1></body></html>"),
    )
}

/// A body that sends its first part and then fails, announcing the whole length.
pub(crate) struct CutOff {
    pub(crate) first: Option<Bytes>,
    pub(crate) whole: u64,
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
