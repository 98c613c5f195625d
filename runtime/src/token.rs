//! The shared token: one login for concurrent calls, renewal before the API's 48 hours run out,
//! forgetting a refused token, and remembering a refused login for a while. It knows nothing of
//! HTTP: the attempt loop hands it the login to run.

use std::future::Future;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use reqwest::header::HeaderValue;
use tokio::time::Instant;

use crate::error::{ApiError, Error};
use crate::secret::SecretString;

/// How long a refused login is answered from memory. Each new try with a bad password counts
/// against the API's limit (100 an hour), after which it blocks the account.
pub(crate) const LOGIN_REFUSAL_REMEMBERED: Duration = Duration::from_secs(60);

/// The client's credentials and token, shared by its clones.
pub(crate) struct Auth {
    credentials: Option<(String, SecretString)>,
    renew_after: Duration,
    state: Mutex<TokenState>,
    /// Held while logging in, so concurrent first calls share one login.
    login: tokio::sync::Mutex<()>,
}

struct TokenState {
    /// The `Authorization` header with the token, built once per token, and when it was issued.
    token: Option<(HeaderValue, Instant)>,
    /// Counts logins, so a call that saw a rejected token clears only that token and not a
    /// newer one another task just obtained.
    generation: u64,
    /// The API's refusal of the last login, and when: for a while every call gets it too,
    /// rather than each trying the same bad password again.
    refusal: Option<(Instant, ApiError)>,
}

/// The token a request was sent with, as its header.
pub(crate) struct UsedToken {
    pub(crate) header: HeaderValue,
    /// Which login gave it.
    pub(crate) generation: u64,
    /// The call that asked for it logged in to get it, rather than using a token held or
    /// obtained by another call.
    pub(crate) own_login: bool,
}

/// `Authorization: Bearer <token>`, marked sensitive so no log or `Debug` shows it.
fn bearer(token: &SecretString) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
        .map_err(|_| Error::Config("the token holds characters a header cannot".to_owned()))?;
    value.set_sensitive(true);
    Ok(value)
}

impl Auth {
    /// With a token given, with credentials to log in, or both (the token is used first).
    pub(crate) fn new(
        token: Option<&SecretString>,
        credentials: Option<(String, SecretString)>,
        renew_after: Duration,
    ) -> Result<Self, Error> {
        let token = match token {
            Some(token) => Some((bearer(token)?, Instant::now())),
            None => None,
        };
        Ok(Auth {
            credentials,
            renew_after,
            state: Mutex::new(TokenState {
                token,
                generation: 0,
                refusal: None,
            }),
            login: tokio::sync::Mutex::new(()),
        })
    }

    /// Whether the client can log in by itself.
    pub(crate) fn has_credentials(&self) -> bool {
        self.credentials.is_some()
    }

    /// Whether a token is held now.
    pub(crate) fn has_token(&self) -> bool {
        self.lock().token.is_some()
    }

    /// Which login the token held now comes from, so a call can tell that its token was
    /// replaced by another call's login meanwhile.
    pub(crate) fn generation(&self) -> u64 {
        self.lock().generation
    }

    /// The current token, logging in with `login` first when there is none or it is due for
    /// renewal. `login` gets the username and password and returns the new token.
    pub(crate) async fn current<F, Fut>(&self, login: F) -> Result<Option<UsedToken>, Error>
    where
        F: FnOnce(String, SecretString) -> Fut,
        Fut: Future<Output = Result<SecretString, Error>>,
    {
        if let Some(used) = self.fresh() {
            return Ok(Some(used));
        }
        let Some((username, password)) = &self.credentials else {
            // Without credentials `fresh` returns any token given, so there is none.
            return Ok(None);
        };
        let _guard = self.login.lock().await;
        // Another task may have logged in, or been refused, while this one waited.
        if let Some(used) = self.fresh() {
            return Ok(Some(used));
        }
        if let Some((at, refusal)) = &self.lock().refusal
            && at.elapsed() < LOGIN_REFUSAL_REMEMBERED
        {
            return Err(Error::Api(Box::new(refusal.clone())));
        }
        let result = login(username.clone(), password.clone()).await;
        let mut state = self.lock();
        match result {
            Ok(token) => {
                state.generation += 1;
                state.refusal = None;
                let header = bearer(&token)?;
                state.token = Some((header.clone(), Instant::now()));
                Ok(Some(UsedToken {
                    header,
                    generation: state.generation,
                    own_login: true,
                }))
            }
            Err(Error::Api(refusal)) => {
                state.refusal = Some((Instant::now(), (*refusal).clone()));
                Err(Error::Api(refusal))
            }
            Err(other) => {
                state.refusal = None;
                Err(other)
            }
        }
    }

    fn fresh(&self) -> Option<UsedToken> {
        let state = self.lock();
        match &state.token {
            Some((token, issued))
                if self.credentials.is_none() || issued.elapsed() < self.renew_after =>
            {
                Some(UsedToken {
                    header: token.clone(),
                    generation: state.generation,
                    own_login: false,
                })
            }
            _ => None,
        }
    }

    /// Forgets the token of that login, unless a newer one has replaced it.
    pub(crate) fn forget(&self, generation: u64) {
        let mut state = self.lock();
        if state.generation == generation {
            state.token = None;
        }
    }

    fn lock(&self) -> MutexGuard<'_, TokenState> {
        // The state is a plain value; a panic elsewhere cannot leave it half-written.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
