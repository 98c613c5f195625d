//! The client: its configuration, and sending a call (the attempts, retries and each HTTP
//! exchange). The shared token is in `token`.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use tokio::sync::Semaphore;
use tracing::Instrument;

use crate::codes;
use crate::endpoint::{BodyWriter, Endpoint, PathWriter, QueryWriter};
use crate::envelope::{self, Checked, Reply};
use crate::error::Error;
use crate::hook::{Hook, HookReply, HookRequest};
use crate::retry::{self, Failure, RetryPolicy};
use crate::secret::SecretString;
use crate::token::{Auth, TokenState, UsedToken, bearer};
use crate::warm_timer::WarmTimer;

/// Where the API runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Environment {
    /// The live API, `https://api.openprovider.eu/v1beta`.
    #[default]
    Production,
    /// The test environment, a separate account: `http://api.sandbox.openprovider.nl:8480/v1beta`,
    /// as Openprovider's own WHMCS module uses it (plain HTTP).
    Sandbox,
}

impl Environment {
    /// The base URL, with the version root and no trailing slash.
    pub fn base_url(self) -> &'static str {
        match self {
            Environment::Production => "https://api.openprovider.eu/v1beta",
            Environment::Sandbox => "http://api.sandbox.openprovider.nl:8480/v1beta",
        }
    }
}

/// A token is renewed this long after it was issued; the API keeps it valid for 48 hours.
const TOKEN_RENEW_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const DEFAULT_MAX_IN_FLIGHT: usize = 16;
/// The largest reply read: a page of 1,000 customers is about 600 KiB, so 64 MiB leaves room
/// while a hostile or broken server cannot fill memory.
const DEFAULT_MAX_REPLY_BYTES: usize = 64 * 1024 * 1024;
/// Configures a [`Client`]. Start with [`Client::builder`].
#[must_use = "a builder does nothing until `.build()`"]
pub struct ClientBuilder {
    base_url: Option<String>,
    environment: Environment,
    token: Option<SecretString>,
    credentials: Option<(String, SecretString)>,
    http: Option<reqwest::Client>,
    timeout: Duration,
    retry: RetryPolicy,
    max_in_flight: usize,
    max_reply_bytes: usize,
    renew_token_after: Duration,
    hooks: Vec<Arc<dyn Hook>>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: None,
            environment: Environment::default(),
            token: None,
            credentials: None,
            http: None,
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            max_reply_bytes: DEFAULT_MAX_REPLY_BYTES,
            renew_token_after: TOKEN_RENEW_AFTER,
            hooks: Vec::new(),
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("environment", &self.environment)
            .field("token", &self.token)
            .field("credentials", &self.credentials)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("max_in_flight", &self.max_in_flight)
            .field("hooks", &self.hooks.len())
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// Any base URL with the version root, like `http://127.0.0.1:8080/v1beta`.
    /// It takes precedence over [`environment`](Self::environment).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// One of Openprovider's environments; the default is [`Environment::Production`].
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// A bearer token you already have. With [`credentials`](Self::credentials) as well, the
    /// token is used first and the credentials renew it.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::new(token));
        self
    }

    /// A username and password: the client logs in with `POST /auth/login` on first use, shares
    /// the token between clones and concurrent calls, renews it before it runs out, and logs in
    /// again once when the API says it is no longer valid.
    ///
    /// A refused login is never retried: for the next minute every call fails with the same
    /// refusal without asking the API, since it blocks an account after many bad passwords.
    pub fn credentials(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.credentials = Some((username.into(), SecretString::new(password)));
        self
    }

    /// Your own `reqwest::Client` (proxies, TLS settings, a `User-Agent`). Without one, the
    /// client builds its own, with no `User-Agent`: the API has refused unusual ones.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// The timeout of one attempt, unless its entry sets its own; 60 seconds by default.
    ///
    /// While calls are being made, the client keeps one small tokio task with a timer that
    /// comes before their timeouts, so starting each attempt's timer does not wake the
    /// runtime's timer driver; the task ends after half this timeout (at most 30 s) without
    /// calls.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How failed attempts are retried; see [`RetryPolicy`] for the default.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The most requests this client (and its clones) has on the wire at once, so a burst
    /// does not trip the API's rate limits; 16 by default. Others wait their turn.
    pub fn max_in_flight(mut self, limit: usize) -> Self {
        self.max_in_flight = limit;
        self
    }

    /// The largest reply the client reads, 64 MiB by default. A larger one fails with
    /// [`Error::ReplyTooLarge`] before it is read whole: at once when its `Content-Length` says
    /// so, otherwise as soon as that much has arrived.
    pub fn max_reply_bytes(mut self, limit: usize) -> Self {
        self.max_reply_bytes = limit;
        self
    }

    /// How long after a login the token is renewed; 24 hours by default, well inside the
    /// API's 48.
    pub fn renew_token_after(mut self, age: Duration) -> Self {
        self.renew_token_after = age;
        self
    }

    /// Adds a [`Hook`] that sees every request and reply.
    pub fn hook(mut self, hook: impl Hook) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }

    /// The client.
    pub fn build(self) -> Result<Client, Error> {
        let raw = self
            .base_url
            .unwrap_or_else(|| self.environment.base_url().to_owned());
        let base_url = raw.trim_end_matches('/').to_owned();
        let parsed = reqwest::Url::parse(&base_url)
            .map_err(|e| Error::Config(format!("base URL {raw:?} is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.cannot_be_a_base() {
            return Err(Error::Config(format!(
                "base URL {raw:?} must be an http or https URL"
            )));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(Error::Config(format!(
                "base URL {raw:?} must not have a query or fragment"
            )));
        }
        if let Some((username, password)) = &self.credentials
            && (username.is_empty() || password.expose().is_empty())
        {
            return Err(Error::Config(
                "username and password must not be empty".to_owned(),
            ));
        }
        if self.max_in_flight == 0 {
            return Err(Error::Config("max_in_flight must be at least 1".to_owned()));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .build()
                .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
        };
        let now = Instant::now();
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                timeout: self.timeout,
                retry: self.retry,
                in_flight: Semaphore::new(self.max_in_flight),
                max_reply_bytes: self.max_reply_bytes,
                hooks: self.hooks,
                auth: Auth {
                    credentials: self.credentials,
                    renew_after: self.renew_token_after,
                    state: Mutex::new(TokenState {
                        token: match &self.token {
                            Some(token) => Some((bearer(token)?, now)),
                            None => None,
                        },
                        generation: 0,
                        refusal: None,
                    }),
                    login: tokio::sync::Mutex::new(()),
                },
                warm_timer: Arc::default(),
            }),
        })
    }
}

/// A client of the Openprovider API.
///
/// Cheap to clone: clones share one connection pool, one token and one limit on requests in
/// flight. Send requests with the entries' call functions, their builders' `send`, or
/// [`Client::send`].
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    http: reqwest::Client,
    base_url: String,
    timeout: Duration,
    retry: RetryPolicy,
    in_flight: Semaphore,
    max_reply_bytes: usize,
    hooks: Vec<Arc<dyn Hook>>,
    pub(crate) auth: Auth,
    warm_timer: Arc<WarmTimer>,
}

/// What the attempt loop needs to know of an entry.
#[derive(Clone, Copy)]
struct Meta {
    name: &'static str,
    method: crate::endpoint::Method,
    path: &'static str,
    timeout: Option<Duration>,
    authenticated: bool,
    safe_to_repeat: bool,
}

fn call_span(meta: &Meta) -> tracing::Span {
    tracing::debug_span!(
        "openprovider.call",
        endpoint = meta.name,
        method = meta.method.as_str(),
        path = meta.path,
        status = tracing::field::Empty,
        code = tracing::field::Empty,
        attempts = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    )
}

/// One attempt's reply, before decoding.
struct RawReply {
    status: u16,
    retry_after: Option<Duration>,
    body: Bytes,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match (&self.inner.auth.credentials, self.has_token()) {
            (Some(_), _) => "credentials",
            (None, true) => "token",
            (None, false) => "none",
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
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: `OPENPROVIDER_BASE_URL` (optional; production
    /// by default), and `OPENPROVIDER_TOKEN` or `OPENPROVIDER_USERNAME` with
    /// `OPENPROVIDER_PASSWORD`.
    pub fn from_env() -> Result<Client, Error> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let mut builder = Client::builder();
        if let Some(url) = var("OPENPROVIDER_BASE_URL") {
            builder = builder.base_url(url);
        }
        let token = var("OPENPROVIDER_TOKEN");
        match (var("OPENPROVIDER_USERNAME"), var("OPENPROVIDER_PASSWORD")) {
            (Some(user), Some(password)) => builder = builder.credentials(user, password),
            (Some(_), None) => {
                return Err(Error::Config(
                    "OPENPROVIDER_USERNAME is set but OPENPROVIDER_PASSWORD is not".to_owned(),
                ));
            }
            (None, Some(_)) => {
                return Err(Error::Config(
                    "OPENPROVIDER_PASSWORD is set but OPENPROVIDER_USERNAME is not".to_owned(),
                ));
            }
            (None, None) if token.is_none() => {
                return Err(Error::Config(
                    "set OPENPROVIDER_TOKEN, or OPENPROVIDER_USERNAME and OPENPROVIDER_PASSWORD"
                        .to_owned(),
                ));
            }
            (None, None) => {}
        }
        if let Some(token) = token {
            builder = builder.token(token);
        }
        builder.build()
    }

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
        let (meta, prepared) = self.prepare(request);
        // The attempts' future is made inside the block, not captured by it: a captured future
        // that is awaited is stored twice, and every move of the block copies it.
        async move {
            self.execute(meta, prepared)
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
        let (meta, prepared) = self.prepare(request);
        async move { self.execute(meta, prepared).await?.decode::<E::Response>() }
    }

    /// Writes the request. Only writing the request and decoding the reply depend on the
    /// entry; the attempts in between are one function for all entries, so an entry costs
    /// little to compile.
    fn prepare<E: Endpoint>(&self, request: &E) -> (Meta, Result<Prepared, Error>) {
        let meta = Meta {
            name: E::NAME,
            method: E::METHOD,
            path: E::PATH,
            timeout: E::TIMEOUT,
            authenticated: E::AUTHENTICATED,
            safe_to_repeat: E::INFO.safe_to_repeat,
        };
        (meta, Prepared::new(self, request))
    }

    /// One call within its span: the attempts, then what the span records of them.
    async fn execute(
        &self,
        meta: Meta,
        prepared: Result<Prepared, Error>,
    ) -> Result<Checked, Error> {
        let span = call_span(&meta);
        if span.is_disabled() {
            // Nobody listens: no span to enter on every poll, nothing to record.
            return match prepared {
                Ok(prepared) => self.call(&meta, &prepared, &span).await,
                Err(err) => Err(err),
            };
        }
        // Each branch awaits its own future, so the two share their place in this one's state
        // rather than one holding the other.
        let started = Instant::now();
        let result = match prepared {
            Ok(prepared) => {
                self.call(&meta, &prepared, &span)
                    .instrument(span.clone())
                    .await
            }
            Err(err) => Err(err),
        };
        span.record("duration_ms", elapsed_ms(started));
        let result = result.map(|mut checked| {
            checked.span = span.clone();
            checked
        });
        span.in_scope(|| match &result {
            Ok(checked) => {
                span.record("status", checked.status());
                span.record("code", 0);
                tracing::debug!("call succeeded");
            }
            Err(err) => {
                if let Some(status) = err.status() {
                    span.record("status", status);
                }
                if let Some(code) = err.code() {
                    span.record("code", code);
                }
                tracing::debug!(error = %err, "call failed");
            }
        });
        result
    }

    /// One call: attempts, a re-login when the token is refused, and retries by the policy.
    async fn call(
        &self,
        meta: &Meta,
        prepared: &Prepared,
        span: &tracing::Span,
    ) -> Result<Checked, Error> {
        // Made at the first retry: most calls need none.
        let mut schedule = None;
        let mut logged_in_again = false;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            span.record("attempts", attempt);
            let token = if meta.authenticated {
                self.token().await?
            } else {
                None
            };
            let (failure, retry_after, result) =
                match self.exchange(meta, prepared, token.as_ref(), attempt).await {
                    Err(err) => {
                        let failure = match &err {
                            _ if err.is_connect() => Failure::Connect,
                            Error::Transport { .. } => Failure::AfterSending,
                            _ => Failure::Other,
                        };
                        (failure, None, Err(err))
                    }
                    Ok(raw) => {
                        let status = raw.status;
                        let result = envelope::check(status, raw.body);
                        let err = match result {
                            Ok(checked) => return Ok(checked),
                            Err(err) => err,
                        };
                        if err.is_auth()
                            && meta.authenticated
                            && self.inner.auth.credentials.is_some()
                            && !logged_in_again
                        {
                            // The token was refused, so the call was not carried out: log in
                            // and repeat it, once.
                            tracing::debug!("token refused; logging in again");
                            logged_in_again = true;
                            if let Some(used) = &token {
                                self.forget_token(used.generation);
                            }
                            continue;
                        }
                        let terminal_code = matches!(
                            err.code(),
                            Some(codes::ACCESS_DENIED | codes::TWO_FACTOR_ENABLED)
                        );
                        let failure = Failure::Status {
                            status,
                            terminal_code,
                        };
                        (failure, raw.retry_after, Err(err))
                    }
                };
            if !retry::may_retry(meta.safe_to_repeat, &failure) {
                return result;
            }
            let schedule = schedule.get_or_insert_with(|| self.inner.retry.schedule());
            let Some(wait) = schedule.next_wait(retry_after) else {
                return result;
            };
            if let Err(err) = &result {
                tracing::debug!(attempt, wait_ms = elapsed_ms_of(wait), error = %err, "retrying");
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// One HTTP attempt, within the limit on requests in flight.
    async fn exchange(
        &self,
        meta: &Meta,
        prepared: &Prepared,
        token: Option<&UsedToken>,
        attempt: u32,
    ) -> Result<RawReply, Error> {
        let transport = |source: reqwest::Error| Error::Transport {
            endpoint: format!("{} ({} {})", meta.name, meta.method, meta.path),
            may_have_acted: !source.is_connect() && !meta.safe_to_repeat,
            source: source.without_url(),
        };
        // The semaphore is never closed, so a permit always comes.
        let _permit = self.inner.in_flight.acquire().await.ok();
        // The request is built in place, not through a builder and a second header map: this
        // runs for every attempt.
        let mut request = reqwest::Request::new(meta.method.to_reqwest(), prepared.url.clone());
        let timeout = meta.timeout.unwrap_or(self.inner.timeout);
        self.inner.warm_timer.note_call(timeout);
        *request.timeout_mut() = Some(timeout);
        let headers = request.headers_mut();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if prepared.body.is_some() {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        for hook in &self.inner.hooks {
            hook.on_request(&mut HookRequest {
                endpoint: meta.name,
                method: meta.method,
                path: meta.path,
                url: &prepared.url,
                headers,
                attempt,
            });
        }
        if let Some(used) = token {
            headers.insert(AUTHORIZATION, used.header.clone());
        }
        if let Some(body) = &prepared.body {
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
        let body = read_body(response, self.inner.max_reply_bytes)
            .await
            .map_err(|e| match e {
                BodyError::Transport(source) => transport(source),
                BodyError::TooLarge => Error::ReplyTooLarge {
                    limit: self.inner.max_reply_bytes,
                    status,
                },
            })?;
        if let Some(reply_headers) = &reply_headers {
            for hook in &self.inner.hooks {
                hook.on_reply(&HookReply {
                    endpoint: meta.name,
                    method: meta.method,
                    path: meta.path,
                    status,
                    headers: reply_headers,
                    body: &body,
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

/// A request turned into what goes on the wire, once, before any attempt.
struct Prepared {
    url: reqwest::Url,
    body: Option<Bytes>,
}

impl Prepared {
    /// Only the calls into the entry's writers are generic; the rest is compiled once.
    fn new<E: Endpoint>(client: &Client, request: &E) -> Result<Self, Error> {
        let mut path = PathWriter::after(&client.inner.base_url);
        request.write_path(&mut path)?;
        let mut query = QueryWriter::default();
        request.write_query(&mut query)?;
        let body = if E::METHOD.has_body() {
            let mut body = BodyWriter::default();
            request.write_body(&mut body)?;
            Some(body)
        } else {
            None
        };
        Prepared::assemble(&path, &query, body)
    }

    fn assemble(
        path: &PathWriter,
        query: &QueryWriter,
        body: Option<BodyWriter>,
    ) -> Result<Self, Error> {
        let mut url = reqwest::Url::parse(path.as_str()).map_err(|e| Error::InvalidRequest {
            field: "path".to_owned(),
            reason: format!("the URL does not parse: {e}"),
        })?;
        if !query.pairs().is_empty() {
            url.query_pairs_mut().extend_pairs(query.pairs());
        }
        let body = body.map(|body| Bytes::from(body.into_bytes()));
        Ok(Prepared { url, body })
    }
}

enum BodyError {
    Transport(reqwest::Error),
    TooLarge,
}

/// The whole body, or `TooLarge` as soon as it is known to pass `limit`.
async fn read_body(mut response: reqwest::Response, limit: usize) -> Result<Bytes, BodyError> {
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

fn elapsed_ms(started: Instant) -> u64 {
    elapsed_ms_of(started.elapsed())
}

fn elapsed_ms_of(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
