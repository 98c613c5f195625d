//! Configuring a client: where the API is, how to log in, and the limits and policies of its
//! calls. [`ClientBuilder::build`] checks the settings and makes the [`Client`].

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::call_limits::CallLimits;
use crate::client::{Client, Inner};
use crate::error::Error;
use crate::hook::Hook;
use crate::retry::RetryPolicy;
use crate::secret::SecretString;
use crate::session::Session;
use crate::shared::{SharedState, Store};

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
    call_limits: CallLimits,
    shared_state: SharedState,
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
            call_limits: CallLimits::documented(),
            shared_state: SharedState::in_process(),
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
            .field("call_limits", &self.call_limits)
            .field("shared_state", &self.shared_state)
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
    /// again when the API says it is no longer valid: once per call for the token the call's
    /// own login gave, up to three times for tokens other calls obtained that expire under it.
    ///
    /// A refused login is never retried: for the next minute every call fails with the same
    /// refusal without asking the API, since it blocks an account after many bad passwords.
    pub fn credentials(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.credentials = Some((username.into(), SecretString::new(password)));
        self
    }

    /// Your own `reqwest::Client` (proxies, TLS settings, a `User-Agent`). Without one, the
    /// client builds its own, with no `User-Agent`: the API has refused unusual ones. Build
    /// yours from [`http_client_builder`], which installs the TLS crypto provider reqwest needs.
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

    /// The call limits the client keeps to, so the API never blocks the account or its IP;
    /// [`CallLimits::documented`] by default.
    ///
    /// Identical calls (same entry, path, query and body) are counted in sliding windows per
    /// client and its clones. A call that would go over waits until it may go, when that is at
    /// most [`CallLimits::max_wait`] (10 s by default); otherwise it fails at once, before
    /// anything is sent, with an error for which [`Error::is_call_limited`] is true.
    pub fn call_limits(mut self, limits: CallLimits) -> Self {
        self.call_limits = limits;
        self
    }

    /// Where the client keeps what it shares with other processes of the same account or
    /// address: the counts of "Call limits", the blocks the API set, the token, one login at
    /// a time, and a refused login. [`SharedState::in_process`] by default: this client and
    /// its clones.
    ///
    /// Every process with the same store is one caller to the API: among them, no window
    /// admits more calls than its limit, and one logs in while the others wait for its token.
    pub fn shared_state(mut self, state: SharedState) -> Self {
        self.shared_state = state;
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
            None => http_client_builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .build()
                .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
        };
        let session = Session::new(
            &base_url,
            self.token.as_ref(),
            self.credentials,
            self.renew_token_after,
            self.timeout,
        )?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                timeout: self.timeout,
                retry: self.retry,
                in_flight: Semaphore::new(self.max_in_flight),
                max_reply_bytes: self.max_reply_bytes,
                hooks: self.hooks,
                session,
                limits: self.call_limits,
                store: Store::new(self.shared_state),
                timer_keeper: Arc::default(),
            }),
        })
    }
}

/// A `reqwest::ClientBuilder` ready for HTTPS. With the `rustls-ring` feature (and not the
/// default `rustls`), reqwest is built without a crypto provider of its own, and building a
/// `reqwest::Client` before one is installed panics: this installs `ring`'s, once per process
/// (a provider your program installed first is kept). With the default it is
/// `reqwest::Client::builder()`. Start from it to build your own client for
/// [`ClientBuilder::http_client`].
///
/// ```
/// let http = openprovider_runtime::http_client_builder()
///     .user_agent("my-shop/1.0")
///     .build()
///     .unwrap();
/// # let _ = http;
/// ```
pub fn http_client_builder() -> reqwest::ClientBuilder {
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
    {
        // An error means a provider is installed already: the program's choice stands. rustls
        // 0.23.48 deprecates `ring`'s provider for its lack of post-quantum key exchange, which
        // is why it is not the default; it is still maintained and sound for TLS 1.3.
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    reqwest::Client::builder()
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: `OPENPROVIDER_BASE_URL` (optional; production
    /// by default), and `OPENPROVIDER_TOKEN` or `OPENPROVIDER_USERNAME` with
    /// `OPENPROVIDER_PASSWORD`. [`ClientBuilder::from_env`] gives the builder, to change more.
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env()?.build()
    }
}

impl ClientBuilder {
    /// A builder configured from the environment as [`Client::from_env`] reads it, for a
    /// caller that changes more before building (a command line's `--base-url`, say).
    pub fn from_env() -> Result<ClientBuilder, Error> {
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
        Ok(builder)
    }
}
