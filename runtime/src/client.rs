//! The client: what its clones share, and sending a call. A call's life runs through
//! `request` (writing it), `call` (its attempts), `exchange` (one HTTP attempt) and
//! `envelope` (reading the reply).

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::call_limits::CallLimits;
use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::hook::Hook;
use crate::reply::Reply;
use crate::request::WireRequest;
use crate::retry::RetryPolicy;
use crate::session::Session;
use crate::shared::Store;
use crate::timer_keeper::TimerKeeper;

/// A client of the Openprovider API.
///
/// Cheap to clone: clones share one connection pool, one token, one limit on requests in
/// flight and one shared state. Send requests with the entries' call functions, their builders' `send`, or
/// [`Client::send`]. Configure one with [`Client::builder`] or [`Client::from_env`].
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

/// What a client and its clones share; set once by `ClientBuilder::build`.
pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: String,
    pub(crate) timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) in_flight: Semaphore,
    pub(crate) max_reply_bytes: usize,
    pub(crate) hooks: Vec<Arc<dyn Hook>>,
    pub(crate) session: Session,
    pub(crate) limits: CallLimits,
    /// Where the counts, blocks, token and login lock live: this process, a SQLite file or
    /// Redis.
    pub(crate) store: Store,
    pub(crate) timer_keeper: Arc<TimerKeeper>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match (
            self.inner.session.has_credentials(),
            self.inner.session.has_token(),
        ) {
            (true, _) => "credentials",
            (false, true) => "token",
            (false, false) => "none",
        };
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("auth", &auth)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends any entry's request and returns the reply's `data`.
    ///
    /// The request is written at once; the future does not borrow it.
    pub fn send<'a, E: Endpoint>(
        &'a self,
        request: &E,
    ) -> impl Future<Output = Result<E::Response, Error>> + Send + use<'a, E> {
        let wire = WireRequest::new(&self.inner.base_url, request);
        // The attempts' future is made inside the block, not captured by it: a captured future
        // that is awaited is stored twice, and every move of the block copies it.
        async move {
            self.execute(&E::INFO, wire)
                .await?
                .decode::<E::Response>()
                .map(|reply| reply.data)
        }
    }

    /// Sends any entry's request and returns the whole reply: data, warnings and HTTP status.
    ///
    /// Each call is a `tracing` span `openprovider.call` with the entry's name, method, path
    /// template, HTTP status, API code, attempts and duration; no secret is ever recorded.
    ///
    /// The request is written at once; the future does not borrow it.
    pub fn send_for_reply<'a, E: Endpoint>(
        &'a self,
        request: &E,
    ) -> impl Future<Output = Result<Reply<E::Response>, Error>> + Send + use<'a, E> {
        let wire = WireRequest::new(&self.inner.base_url, request);
        async move { self.execute(&E::INFO, wire).await?.decode::<E::Response>() }
    }
}
