//! The session: the token a client sends, and how it gets one. One login at a time across
//! every process on the store (the others wait for its token), renewal before the API's 48
//! hours run out, forgetting a refused token, and remembering a refused login for a while. It
//! knows nothing of HTTP: the attempt loop hands it the login to run.

use std::future::Future;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderValue;
use tokio::time::Instant;

use crate::error::Error;
use crate::secret::SecretString;
use crate::shared::{AccountKey, Admission, CallId, LoginLock, LoginOutcome, Store};

/// How long a refused login is answered from memory. Each new try with a bad password counts
/// against the API's limit (100 an hour), after which it blocks the account.
pub(crate) const LOGIN_REFUSAL_REMEMBERED: Duration = Duration::from_secs(60);
/// How often a process waiting for another's login looks for its token.
const LOGIN_POLL: Duration = Duration::from_millis(20);
/// How often one call may be repeated after the API refused a token that another call had
/// obtained (or that was given): such a refusal does not use up the call's one repeat after its
/// own new login, and the bound keeps a server that refuses every token from looping a call.
const SHARED_TOKEN_REPEATS: u32 = 3;

struct Credentials {
    username: String,
    password: SecretString,
    /// The base URL and the username: two accounts, or the sandbox and the live API, never
    /// share a token.
    account: AccountKey,
}

/// The client's credentials and the token it holds, shared by its clones.
pub(crate) struct Session {
    credentials: Option<Credentials>,
    renew_after: Duration,
    /// How long a login may hold the store's lock: the login's own timeout, so a holder that
    /// died loses it when its login would have timed out.
    lease: Duration,
    /// This client's name on the login lock.
    holder: String,
    held: Mutex<Option<Held>>,
    /// Held while logging in, so concurrent first calls of this process share one login.
    login: tokio::sync::Mutex<()>,
}

struct Held {
    /// The `Authorization` header, built once per token.
    header: HeaderValue,
    issued: Instant,
}

/// The token a request was sent with: its header (a reference-counted copy, so a call costs
/// no allocation for it; the token itself is read back from the header when the API refuses
/// it).
pub(crate) struct UsedToken {
    pub(crate) header: HeaderValue,
    /// The call that asked for it logged in to get it, rather than using a token held or
    /// obtained by another call or process.
    own_login: bool,
}

impl UsedToken {
    /// The token the header carries.
    fn token(&self) -> SecretString {
        let text = self.header.to_str().unwrap_or_default();
        SecretString::new(text.strip_prefix("Bearer ").unwrap_or(text))
    }
}

/// `Authorization: Bearer <token>`, marked sensitive so no log or `Debug` shows it.
fn bearer(token: &SecretString) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
        .map_err(|_| Error::Config("the token holds characters a header cannot".to_owned()))?;
    value.set_sensitive(true);
    Ok(value)
}

/// A name for this client on the login lock that no other client shares.
fn holder_name() -> String {
    use std::hash::{BuildHasher as _, RandomState};
    use std::sync::atomic::{AtomicU64, Ordering};
    static CLIENTS: AtomicU64 = AtomicU64::new(0);
    let client = CLIENTS.fetch_add(1, Ordering::Relaxed);
    let random = RandomState::new().hash_one(client);
    format!("{}-{client}-{random:016x}", std::process::id())
}

impl Session {
    /// With a token given, with credentials to log in, or both (the token is used first). A
    /// given token is this client's own: it is never written to the store.
    pub(crate) fn new(
        base_url: &str,
        token: Option<&SecretString>,
        credentials: Option<(String, SecretString)>,
        renew_after: Duration,
        lease: Duration,
    ) -> Result<Self, Error> {
        let held = match token {
            Some(token) => Some(Held {
                header: bearer(token)?,
                issued: Instant::now(),
            }),
            None => None,
        };
        Ok(Session {
            credentials: credentials.map(|(username, password)| Credentials {
                account: AccountKey::new(base_url, &username),
                username,
                password,
            }),
            renew_after,
            lease,
            holder: holder_name(),
            held: Mutex::new(held),
            login: tokio::sync::Mutex::new(()),
        })
    }

    /// Whether the client can log in by itself.
    pub(crate) fn has_credentials(&self) -> bool {
        self.credentials.is_some()
    }

    /// Whether a token is held now.
    pub(crate) fn has_token(&self) -> bool {
        self.lock().is_some()
    }

    /// The token to send, logging in with `login` first when none is held or it is due for
    /// renewal. A token another process logged in for is taken from the store; while another
    /// process logs in, this one waits for its token, up to the lease, then logs in itself.
    pub(crate) async fn current<F, Fut>(
        &self,
        store: &Store,
        login: F,
    ) -> Result<Option<UsedToken>, Error>
    where
        F: FnOnce(String, SecretString) -> Fut,
        Fut: Future<Output = Result<SecretString, Error>>,
    {
        if let Some(used) = self.fresh() {
            return Ok(Some(used));
        }
        let Some(credentials) = &self.credentials else {
            // Without credentials `fresh` returns any token given, so there is none.
            return Ok(None);
        };
        let _one_task = self.login.lock().await;
        // Another task may have logged in, or been refused, while this one waited.
        if let Some(used) = self.fresh() {
            return Ok(Some(used));
        }
        let deadline = Instant::now() + self.lease;
        let lock = loop {
            if let Some(used) = self.take_stored(store, &credentials.account).await? {
                return Ok(Some(used));
            }
            if let Some(lock) = store
                .lock_login(&credentials.account, &self.holder, self.lease)
                .await?
            {
                // Another process may have finished its login between the look and the lock.
                if let Some(used) = self.take_stored(store, &credentials.account).await? {
                    self.release(store, &credentials.account, &lock).await?;
                    return Ok(Some(used));
                }
                break lock;
            }
            if Instant::now() >= deadline {
                // The holder has not finished within its lease: log in regardless. Its token
                // would not be newer than a later one, so it cannot replace ours.
                break LoginLock { taken_at: 0 };
            }
            tokio::time::sleep(LOGIN_POLL).await;
        };
        let result = login(credentials.username.clone(), credentials.password.clone()).await;
        let account = &credentials.account;
        match result {
            Ok(token) => {
                let used = self.hold(&token, Duration::ZERO, true)?;
                store
                    .finish_login(account, &self.holder, &lock, LoginOutcome::Token(&token))
                    .await?;
                Ok(Some(used))
            }
            Err(Error::Api(refusal)) => {
                let outcome = LoginOutcome::Refused {
                    status: refusal.status,
                    body: &refusal.body,
                    remember_for: LOGIN_REFUSAL_REMEMBERED,
                };
                store
                    .finish_login(account, &self.holder, &lock, outcome)
                    .await?;
                Err(Error::Api(refusal))
            }
            Err(other) => {
                self.release(store, account, &lock).await?;
                Err(other)
            }
        }
    }

    /// For a process that holds no token yet: the store's token with the call admitted in the
    /// same step, where the store can do both at once (see `Store::admit_with_token`).
    pub(crate) async fn stored_with_admission(
        &self,
        store: &Store,
        call: &CallId,
        window: Duration,
        calls: u32,
    ) -> Result<Option<(UsedToken, Admission)>, Error> {
        let Some(credentials) = &self.credentials else {
            return Ok(None);
        };
        let stored = store
            .admit_with_token(call, window, calls, &credentials.account, self.renew_after)
            .await?;
        match stored {
            Some((admission, stored)) => Ok(Some((
                self.hold(&stored.token, stored.age, false)?,
                admission,
            ))),
            None => Ok(None),
        }
    }

    /// The token in the store, if it is fresh; the refusal there as an error.
    async fn take_stored(
        &self,
        store: &Store,
        account: &AccountKey,
    ) -> Result<Option<UsedToken>, Error> {
        let state = store.account(account).await?;
        if let Some(stored) = state.token
            && stored.age < self.renew_after
        {
            return self.hold(&stored.token, stored.age, false).map(Some);
        }
        match state.refusal {
            Some((status, body)) => Err(remembered_refusal(status, body)),
            None => Ok(None),
        }
    }

    async fn release(
        &self,
        store: &Store,
        account: &AccountKey,
        lock: &LoginLock,
    ) -> Result<(), Error> {
        store
            .finish_login(account, &self.holder, lock, LoginOutcome::Failed)
            .await
    }

    fn hold(
        &self,
        token: &SecretString,
        age: Duration,
        own_login: bool,
    ) -> Result<UsedToken, Error> {
        let header = bearer(token)?;
        let now = Instant::now();
        *self.lock() = Some(Held {
            header: header.clone(),
            issued: now.checked_sub(age).unwrap_or(now),
        });
        Ok(UsedToken { header, own_login })
    }

    pub(crate) fn fresh(&self) -> Option<UsedToken> {
        match &*self.lock() {
            Some(held)
                if self.credentials.is_none() || held.issued.elapsed() < self.renew_after =>
            {
                Some(UsedToken {
                    header: held.header.clone(),
                    own_login: false,
                })
            }
            _ => None,
        }
    }

    /// After the API refused `used`: whether the call should log in again (or take the token
    /// another call or process got meanwhile) and be repeated. A token this call logged in for
    /// itself, refused, ends the call: its new login did not help, unless another login has
    /// replaced it since. A token obtained elsewhere may have expired under this call, which
    /// then repeats, a few times at most. The refused token is forgotten here and in the store.
    pub(crate) async fn refused(
        &self,
        store: &Store,
        used: &UsedToken,
        refusals: &mut u32,
    ) -> Result<bool, Error> {
        let Some(credentials) = &self.credentials else {
            return Ok(false);
        };
        let replaced = self
            .lock()
            .as_ref()
            .is_some_and(|held| held.header != used.header);
        let may_repeat = (!used.own_login || replaced) && {
            *refusals += 1;
            *refusals <= SHARED_TOKEN_REPEATS
        };
        if may_repeat {
            {
                let mut held = self.lock();
                if held.as_ref().is_some_and(|h| h.header == used.header) {
                    *held = None;
                }
            }
            store
                .forget_token(&credentials.account, &used.token())
                .await?;
        }
        Ok(may_repeat)
    }

    fn lock(&self) -> MutexGuard<'_, Option<Held>> {
        // A plain value; a panic elsewhere cannot leave it half-written.
        self.held
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The refusal another process (or this one) got, as the error the API gave it.
fn remembered_refusal(status: u16, body: Vec<u8>) -> Error {
    match crate::envelope::classify(status, Bytes::from(body)) {
        Err(err) => err,
        Ok(_) => Error::Config("a refused login is remembered, but not its reason".to_owned()),
    }
}
