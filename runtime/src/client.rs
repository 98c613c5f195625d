//! The client: configuration, the shared token, and sending one request.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use tracing::Instrument;

use crate::endpoint::{BodyWriter, Endpoint, PathWriter, QueryWriter};
use crate::envelope::{self, Reply};
use crate::error::Error;
use crate::secret::SecretString;

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

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug, Default)]
#[must_use = "a builder does nothing until `.build()`"]
pub struct ClientBuilder {
    base_url: Option<String>,
    environment: Environment,
    token: Option<SecretString>,
    credentials: Option<(String, SecretString)>,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
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
    /// the token between clones and concurrent calls, and logs in again when the API says the
    /// token is no longer valid.
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

    /// The timeout of a request, unless its entry sets its own; 60 seconds by default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
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
                timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
                auth: Auth {
                    credentials: self.credentials,
                    state: Mutex::new(TokenState {
                        token: self.token.map(|t| (t, now)),
                        generation: 0,
                    }),
                    login: tokio::sync::Mutex::new(()),
                },
            }),
        })
    }
}

/// A client of the Openprovider API.
///
/// Cheap to clone: clones share one connection pool and one token. Send requests with the
/// entries' call functions, their builders' `send`, or [`Client::send`].
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    timeout: Duration,
    auth: Auth,
}

struct Auth {
    credentials: Option<(String, SecretString)>,
    state: Mutex<TokenState>,
    /// Held while logging in, so concurrent first calls share one login.
    login: tokio::sync::Mutex<()>,
}

struct TokenState {
    token: Option<(SecretString, Instant)>,
    /// Counts logins, so a call that saw a rejected token clears only that token and not a
    /// newer one another task just obtained.
    generation: u64,
}

/// The token a request was sent with.
struct UsedToken {
    token: SecretString,
    generation: u64,
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
    pub async fn send<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error> {
        self.send_for_reply(request).await.map(|reply| reply.data)
    }

    /// Sends any entry's request and returns the whole reply: data, warnings and HTTP status.
    pub async fn send_for_reply<E: Endpoint>(
        &self,
        request: &E,
    ) -> Result<Reply<E::Response>, Error> {
        let span = tracing::debug_span!(
            "openprovider.call",
            endpoint = E::NAME,
            method = E::METHOD.as_str(),
            path = E::PATH,
            status = tracing::field::Empty,
            code = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        async {
            let started = Instant::now();
            let result = self.send_with_relogin(request).await;
            let span = tracing::Span::current();
            match &result {
                Ok(reply) => {
                    span.record("status", reply.status);
                    span.record("code", 0);
                    tracing::debug!(elapsed_ms = elapsed_ms(started), "call succeeded");
                }
                Err(err) => {
                    if let Some(status) = err.status() {
                        span.record("status", status);
                    }
                    if let Some(code) = err.code() {
                        span.record("code", code);
                    }
                    tracing::debug!(elapsed_ms = elapsed_ms(started), error = %err, "call failed");
                }
            }
            result
        }
        .instrument(span)
        .await
    }

    async fn send_with_relogin<E: Endpoint>(
        &self,
        request: &E,
    ) -> Result<Reply<E::Response>, Error> {
        let prepared = Prepared::new(self, request)?;
        let mut attempts = 0u32;
        loop {
            attempts += 1;
            tracing::Span::current().record("attempts", attempts);
            let token = if E::AUTHENTICATED {
                self.token().await?
            } else {
                None
            };
            let result = self.execute::<E>(&prepared, token.as_ref()).await;
            match result {
                Err(err)
                    if err.is_auth()
                        && attempts == 1
                        && E::AUTHENTICATED
                        && self.inner.auth.credentials.is_some() =>
                {
                    // The token was refused, so the call was not carried out: log in and repeat once.
                    tracing::debug!("token refused; logging in again");
                    if let Some(used) = &token {
                        self.forget_token(used.generation);
                    }
                }
                other => return other,
            }
        }
    }

    async fn execute<E: Endpoint>(
        &self,
        prepared: &Prepared,
        token: Option<&UsedToken>,
    ) -> Result<Reply<E::Response>, Error> {
        let mut request = self
            .inner
            .http
            .request(E::METHOD.to_reqwest(), prepared.url.clone())
            .timeout(E::TIMEOUT.unwrap_or(self.inner.timeout))
            .header(ACCEPT, "application/json");
        if let Some(used) = token {
            let mut value = HeaderValue::from_str(&format!("Bearer {}", used.token.expose()))
                .map_err(|_| {
                    Error::Config("the token holds characters a header cannot".to_owned())
                })?;
            value.set_sensitive(true);
            request = request.header(AUTHORIZATION, value);
        }
        if let Some(body) = &prepared.body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let transport = |source: reqwest::Error| Error::Transport {
            endpoint: format!("{} ({} {})", E::NAME, E::METHOD, E::PATH),
            source: source.without_url(),
        };
        let response = request.send().await.map_err(transport)?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(transport)?;
        envelope::decode(status, body)
    }

    fn has_token(&self) -> bool {
        self.inner
            .auth
            .state
            .lock()
            .map(|s| s.token.is_some())
            .unwrap_or(false)
    }

    /// The current token, logging in first when there is none or it is due for renewal.
    async fn token(&self) -> Result<Option<UsedToken>, Error> {
        if let Some(used) = self.fresh_token() {
            return Ok(Some(used));
        }
        let Some((username, password)) = &self.inner.auth.credentials else {
            // A token given without credentials is used as long as the API takes it.
            return Ok(self.current_token());
        };
        let _guard = self.inner.auth.login.lock().await;
        // Another task may have logged in while this one waited.
        if let Some(used) = self.fresh_token() {
            return Ok(Some(used));
        }
        let request = crate::auth::LoginRequest::builder(username.clone(), password.expose())
            .ip("0.0.0.0")
            .build();
        // Sent straight, never through the re-login path: a refused login is final.
        let prepared = Prepared::new(self, &request)?;
        let data = self
            .execute::<crate::auth::LoginRequest>(&prepared, None)
            .await?
            .data;
        let mut state = self.lock_state();
        state.generation += 1;
        state.token = Some((data.token.clone(), Instant::now()));
        Ok(Some(UsedToken {
            token: data.token,
            generation: state.generation,
        }))
    }

    fn fresh_token(&self) -> Option<UsedToken> {
        let state = self.lock_state();
        match &state.token {
            Some((token, issued))
                if self.inner.auth.credentials.is_none()
                    || issued.elapsed() < TOKEN_RENEW_AFTER =>
            {
                Some(UsedToken {
                    token: token.clone(),
                    generation: state.generation,
                })
            }
            _ => None,
        }
    }

    fn current_token(&self) -> Option<UsedToken> {
        let state = self.lock_state();
        state.token.as_ref().map(|(token, _)| UsedToken {
            token: token.clone(),
            generation: state.generation,
        })
    }

    fn forget_token(&self, generation: u64) {
        let mut state = self.lock_state();
        if state.generation == generation {
            state.token = None;
        }
    }

    fn lock_state(&self) -> std::sync::MutexGuard<'_, TokenState> {
        // The state is a plain value; a panic elsewhere cannot leave it half-written.
        self.inner
            .auth
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A request turned into what goes on the wire, once, before any attempt.
struct Prepared {
    url: reqwest::Url,
    body: Option<Bytes>,
}

impl Prepared {
    fn new<E: Endpoint>(client: &Client, request: &E) -> Result<Self, Error> {
        let mut path = PathWriter::default();
        request.write_path(&mut path)?;
        let mut query = QueryWriter::default();
        request.write_query(&mut query)?;
        let url_text = format!("{}{}", client.inner.base_url, path.as_str());
        let mut url = reqwest::Url::parse(&url_text).map_err(|e| Error::InvalidRequest {
            field: "path".to_owned(),
            reason: format!("the URL does not parse: {e}"),
        })?;
        if !query.pairs().is_empty() {
            url.query_pairs_mut().extend_pairs(query.pairs());
        }
        let body = if E::METHOD.has_body() {
            let mut body = BodyWriter::default();
            request.write_body(&mut body)?;
            let bytes =
                serde_json::to_vec(&body.into_value()).map_err(|e| Error::InvalidRequest {
                    field: "body".to_owned(),
                    reason: e.to_string(),
                })?;
            Some(Bytes::from(bytes))
        } else {
            None
        };
        Ok(Prepared { url, body })
    }
}

fn elapsed_ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}
