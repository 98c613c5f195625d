//! The shared state: what a client keeps to stay inside the API's limits (the counts of
//! identical calls, the blocks the API set, the token, one login at a time, a refused login),
//! kept where every process that calls the API for one account or from one address can see it.
//!
//! [`SharedState`] chooses the store; `Store` is what the client calls, whatever the store: the
//! same few operations, each exact on its own (one lock, one transaction, one script).

use std::fmt;
use std::time::Duration;

use crate::error::Error;
use crate::secret::SecretString;

mod keys;
mod local;
#[cfg(feature = "redis")]
mod redis;
#[cfg(feature = "sqlite")]
mod sqlite;

pub(crate) use keys::{AccountKey, CallId};
pub(crate) use local::Local;
#[cfg(test)]
pub(crate) use local::MAX_KEYS;

/// Where a client keeps its shared state: its counts of calls, the blocks the API set, its
/// token, the lock that lets one process log in at a time, and a refused login.
///
/// The API counts calls per IP address and per account, not per process, so every process that
/// calls it from one address or for one account should use one store:
///
/// ```no_run
/// # fn main() -> Result<(), openprovider_runtime::Error> {
/// use openprovider_runtime::{Client, SharedState};
///
/// // This process and its clones (the default).
/// let local = SharedState::in_process();
/// # #[cfg(feature = "sqlite")] {
/// // Every process on this machine that opens the file (cargo feature `sqlite`).
/// let machine = SharedState::sqlite("/var/lib/shop/openprovider.sqlite3")?;
/// let client = Client::builder()
///     .credentials("username", "password")
///     .shared_state(machine)
///     .build()?;
/// # }
/// # Ok(()) }
/// ```
///
/// No constructor connects: a store that cannot be reached shows at the first call, which
/// then fails before anything is sent ([`Error::is_shared_state`]) unless
/// [`when_unreachable`](Self::when_unreachable) says otherwise.
#[derive(Clone)]
pub struct SharedState {
    pub(crate) kind: Kind,
    pub(crate) unreachable: Unreachable,
}

#[derive(Clone)]
pub(crate) enum Kind {
    InProcess,
    #[cfg(feature = "sqlite")]
    Sqlite(std::path::PathBuf),
    #[cfg(feature = "redis")]
    Redis {
        url: SecretString,
        namespace: String,
    },
}

/// What a client does when its store cannot be read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Unreachable {
    /// The call fails before anything is sent, with an error for which
    /// [`Error::is_shared_state`] is true (the default).
    #[default]
    Refuse,
    /// The process counts by itself until the store answers again, with every window
    /// `processes` times as long, so that this many processes counting alone stay within the
    /// limits together.
    Local {
        /// How many processes share the store; at least 1.
        processes: u32,
    },
}

impl SharedState {
    /// Kept in this process and shared by a client's clones: the default.
    pub fn in_process() -> Self {
        SharedState {
            kind: Kind::InProcess,
            unreachable: Unreachable::Refuse,
        }
    }

    /// Kept in a SQLite file, shared by every process on this machine that opens it.
    ///
    /// The file and its folder are created at the first call, readable and writable by their
    /// owner only. The file holds the token in the clear (as `gh` and the AWS command line keep
    /// theirs), never the password.
    #[cfg(feature = "sqlite")]
    pub fn sqlite(path: impl AsRef<std::path::Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        if path.as_os_str().is_empty() {
            return Err(Error::Config(
                "the shared state's SQLite path is empty".to_owned(),
            ));
        }
        Ok(SharedState {
            kind: Kind::Sqlite(path.to_path_buf()),
            unreachable: Unreachable::Refuse,
        })
    }

    /// Kept in Redis under `namespace`, shared by every process on any machine that uses the
    /// same server and namespace: everything behind one NAT address should share one.
    ///
    /// Time is the Redis server's clock. A password in the URL never appears in `Debug`,
    /// errors or logs; the token is kept under the namespace, so protect the server with its
    /// own access control and TLS (`rediss://`).
    #[cfg(feature = "redis")]
    pub fn redis(url: impl Into<String>, namespace: impl Into<String>) -> Result<Self, Error> {
        let url = SecretString::new(url);
        let namespace = namespace.into();
        if namespace.is_empty() || namespace.contains(['{', '}']) {
            return Err(Error::Config(format!(
                "the Redis namespace {namespace:?} must be non-empty and without `{{` or `}}`"
            )));
        }
        redis::check_url(url.expose())?;
        Ok(SharedState {
            kind: Kind::Redis { url, namespace },
            unreachable: Unreachable::Refuse,
        })
    }

    /// What a call does when the store cannot be used; [`Unreachable::Refuse`] by default.
    #[must_use]
    pub fn when_unreachable(mut self, unreachable: Unreachable) -> Self {
        self.unreachable = match unreachable {
            Unreachable::Local { processes } => Unreachable::Local {
                processes: processes.max(1),
            },
            refuse => refuse,
        };
        self
    }

    /// The store in words, without a password: for errors and `Debug`.
    pub(crate) fn describe(&self) -> String {
        match &self.kind {
            Kind::InProcess => "in-process state".to_owned(),
            #[cfg(feature = "sqlite")]
            Kind::Sqlite(path) => format!("the SQLite state file {}", path.display()),
            #[cfg(feature = "redis")]
            Kind::Redis { url, namespace } => format!(
                "the Redis state at {} (namespace {namespace:?})",
                redis::without_password(url.expose())
            ),
        }
    }
}

impl Default for SharedState {
    fn default() -> Self {
        SharedState::in_process()
    }
}

impl fmt::Debug for SharedState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedState")
            .field("store", &self.describe())
            .field("unreachable", &self.unreachable)
            .finish()
    }
}

/// Whether a call may go now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Admission {
    /// It was counted as sent.
    Go,
    /// Its window is full; it may go after this long.
    Wait(Duration),
    /// The API blocked it, with this code, for this much longer.
    Blocked { remaining: Duration, code: i32 },
}

/// A token another process (or this one) logged in for, and how long ago.
pub(crate) struct StoredToken {
    pub(crate) token: SecretString,
    pub(crate) age: Duration,
}

/// What the store holds for an account: its token and a refused login still remembered.
#[derive(Default)]
pub(crate) struct AccountState {
    pub(crate) token: Option<StoredToken>,
    /// The refusal's HTTP status and raw body.
    pub(crate) refusal: Option<(u16, Vec<u8>)>,
}

/// A lock on logging in, held until `release` or until its lease runs out.
pub(crate) struct LoginLock {
    /// When the lock was taken, in the store's clock: the token's issue time, so a login
    /// that outlived its lease cannot replace the token of the login that took over.
    #[cfg_attr(not(any(feature = "sqlite", feature = "redis")), allow(dead_code))]
    pub(crate) taken_at: u64,
}

/// A store failure, in words; the client adds which store.
#[derive(Debug)]
pub(crate) struct StoreError(pub(crate) String);

impl<E: fmt::Display> From<E> for StoreError {
    fn from(e: E) -> Self {
        StoreError(e.to_string())
    }
}

/// The store a client uses, and the local count it falls back on.
pub(crate) struct Store {
    backend: Backend,
    /// With `Unreachable::Local`: the count used while the store cannot be, and by how much
    /// its windows grow.
    fallback: Option<(Local, u32)>,
    description: String,
    /// Whether the last call used the fallback, so the switch is logged once each way.
    on_fallback: std::sync::atomic::AtomicBool,
}

enum Backend {
    Local(Local),
    #[cfg(feature = "sqlite")]
    Sqlite(sqlite::Sqlite),
    // Boxed: its scripts and connection are many times the size of the others.
    #[cfg(feature = "redis")]
    Redis(Box<redis::Redis>),
}

/// One operation on the backend, in the same words for every store. The shared stores' futures
/// are boxed: a call's future holds every branch's state, and a Redis script's is large, so
/// unboxed it would make every call's future (and each move of it) larger, in-process too.
macro_rules! on_backend {
    ($store:expr, $b:ident => $call:expr) => {
        match &$store.backend {
            Backend::Local($b) => Ok($call),
            #[cfg(feature = "sqlite")]
            Backend::Sqlite($b) => Box::pin($call).await,
            #[cfg(feature = "redis")]
            Backend::Redis($b) => Box::pin($call).await,
        }
    };
}

impl Store {
    pub(crate) fn new(state: SharedState) -> Self {
        let description = state.describe();
        let backend = match state.kind {
            Kind::InProcess => Backend::Local(Local::default()),
            #[cfg(feature = "sqlite")]
            Kind::Sqlite(path) => Backend::Sqlite(sqlite::Sqlite::new(path)),
            #[cfg(feature = "redis")]
            Kind::Redis { url, namespace } => {
                Backend::Redis(Box::new(redis::Redis::new(url, namespace)))
            }
        };
        let fallback = match state.unreachable {
            Unreachable::Local { processes } if !matches!(backend, Backend::Local(_)) => {
                Some((Local::default(), processes.max(1)))
            }
            _ => None,
        };
        Store {
            backend,
            fallback,
            description,
            on_fallback: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// The answer of the store, or of the local fallback while the store fails.
    fn settle<T>(
        &self,
        result: Result<T, StoreError>,
        fallback: impl FnOnce(&Local, u32) -> T,
    ) -> Result<T, Error> {
        use std::sync::atomic::Ordering;
        match (result, &self.fallback) {
            (Ok(value), _) => {
                if self.on_fallback.swap(false, Ordering::Relaxed) {
                    tracing::warn!(store = %self.description, "the shared state answers again");
                }
                Ok(value)
            }
            (Err(err), Some((local, processes))) => {
                if !self.on_fallback.swap(true, Ordering::Relaxed) {
                    tracing::warn!(
                        store = %self.description,
                        error = %err.0,
                        "the shared state cannot be used; counting in this process meanwhile"
                    );
                }
                Ok(fallback(local, *processes))
            }
            (Err(err), None) => Err(Error::SharedState {
                store: self.description.clone(),
                reason: err.0,
            }),
        }
    }

    /// Counts the call as sent if its window has room and the API has not blocked it.
    pub(crate) async fn admit(
        &self,
        call: &CallId,
        window: Duration,
        calls: u32,
    ) -> Result<Admission, Error> {
        let result = on_backend!(self, b => b.admit(call, window, calls));
        self.settle(result, |local, n| local.admit(call, window * n, calls))
    }

    /// For a process that holds no token: the account's token, if the store has one younger
    /// than `renew_after`, with the call admitted in the same step, where the store can do both
    /// at once (SQLite: one transaction instead of two). `None`: look up the token, and admit
    /// the call, separately.
    pub(crate) async fn admit_with_token(
        &self,
        call: &CallId,
        window: Duration,
        calls: u32,
        account: &AccountKey,
        renew_after: Duration,
    ) -> Result<Option<(Admission, StoredToken)>, Error> {
        match &self.backend {
            #[cfg(feature = "sqlite")]
            Backend::Sqlite(b) => {
                let result =
                    Box::pin(b.admit_with_token(call, window, calls, account, renew_after)).await;
                self.settle(result, |_, _| None)
            }
            _ => {
                let _ = (call, window, calls, account, renew_after);
                Ok(None)
            }
        }
    }

    /// Keeps the call from being sent for `length`: the API blocked it with `code`.
    pub(crate) async fn block(
        &self,
        call: &CallId,
        length: Duration,
        code: i32,
    ) -> Result<(), Error> {
        let result = on_backend!(self, b => b.block(call, length, code));
        self.settle(result, |local, n| local.block(call, length * n, code))
    }

    /// The account's token and remembered refusal.
    pub(crate) async fn account(&self, account: &AccountKey) -> Result<AccountState, Error> {
        let result = on_backend!(self, b => b.account(account));
        self.settle(result, |local, _| local.account(account))
    }

    /// Takes the account's login lock for `lease`, unless another process holds it.
    pub(crate) async fn lock_login(
        &self,
        account: &AccountKey,
        holder: &str,
        lease: Duration,
    ) -> Result<Option<LoginLock>, Error> {
        let result = on_backend!(self, b => b.lock_login(account, holder, lease));
        self.settle(result, |local, _| local.lock_login(account, holder, lease))
    }

    /// Ends a login: keeps its token (unless a newer one is there) or its refusal, and
    /// releases the lock if this holder still has it.
    pub(crate) async fn finish_login(
        &self,
        account: &AccountKey,
        holder: &str,
        lock: &LoginLock,
        outcome: LoginOutcome<'_>,
    ) -> Result<(), Error> {
        let result = on_backend!(self, b => b.finish_login(account, holder, lock, outcome));
        self.settle(result, |local, _| {
            local.finish_login(account, holder, lock, outcome)
        })
    }

    /// Forgets the account's token if it is still `token`: the API refused it.
    pub(crate) async fn forget_token(
        &self,
        account: &AccountKey,
        token: &SecretString,
    ) -> Result<(), Error> {
        let result = on_backend!(self, b => b.forget_token(account, token));
        self.settle(result, |local, _| local.forget_token(account, token))
    }
}

/// How a login ended, for the store to keep.
#[derive(Clone, Copy)]
pub(crate) enum LoginOutcome<'a> {
    /// A new token.
    Token(&'a SecretString),
    /// The API refused the credentials: remember its reply (status, body) for `for_`.
    Refused {
        status: u16,
        body: &'a [u8],
        remember_for: Duration,
    },
    /// Neither (the login failed on the way): just release the lock.
    Failed,
}
