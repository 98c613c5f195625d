//! The shared token: logging in once for concurrent calls, renewing before the API's 48 hours
//! run out, forgetting a refused token, and remembering a refused login for a while.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use reqwest::header::HeaderValue;

use crate::client::Client;
use crate::error::{ApiError, Error};
use crate::secret::SecretString;

/// How long a refused login is answered from memory. Each new try with a bad password counts
/// against the API's limit (100 an hour), after which it blocks the account.
const LOGIN_REFUSAL_REMEMBERED: Duration = Duration::from_secs(60);

pub(crate) struct Auth {
    pub(crate) credentials: Option<(String, SecretString)>,
    pub(crate) renew_after: Duration,
    pub(crate) state: Mutex<TokenState>,
    /// Held while logging in, so concurrent first calls share one login.
    pub(crate) login: tokio::sync::Mutex<()>,
}

pub(crate) struct TokenState {
    /// The `Authorization` header with the token, built once per token, and when it was issued.
    pub(crate) token: Option<(HeaderValue, Instant)>,
    /// Counts logins, so a call that saw a rejected token clears only that token and not a
    /// newer one another task just obtained.
    pub(crate) generation: u64,
    /// The API's refusal of the last login, and when: for a while every call gets it too,
    /// rather than each trying the same bad password again.
    pub(crate) refusal: Option<(Instant, ApiError)>,
}

/// The token a request was sent with, as its header.
pub(crate) struct UsedToken {
    pub(crate) header: HeaderValue,
    pub(crate) generation: u64,
}

/// `Authorization: Bearer <token>`, marked sensitive so no log or `Debug` shows it.
pub(crate) fn bearer(token: &SecretString) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
        .map_err(|_| Error::Config("the token holds characters a header cannot".to_owned()))?;
    value.set_sensitive(true);
    Ok(value)
}

impl Client {
    pub(crate) fn has_token(&self) -> bool {
        self.lock_state().token.is_some()
    }

    /// The current token, logging in first when there is none or it is due for renewal.
    pub(crate) async fn token(&self) -> Result<Option<UsedToken>, Error> {
        if let Some(used) = self.fresh_token() {
            return Ok(Some(used));
        }
        let Some((username, password)) = &self.inner.auth.credentials else {
            // Without credentials `fresh_token` returns any token given, so there is none.
            return Ok(None);
        };
        let _guard = self.inner.auth.login.lock().await;
        // Another task may have logged in, or been refused, while this one waited.
        if let Some(used) = self.fresh_token() {
            return Ok(Some(used));
        }
        if let Some((at, refusal)) = &self.lock_state().refusal
            && at.elapsed() < LOGIN_REFUSAL_REMEMBERED
        {
            return Err(Error::Api(Box::new(refusal.clone())));
        }
        let request = crate::auth::LoginRequest::builder(username.clone(), password.expose())
            .ip("0.0.0.0")
            .build();
        // Boxed: a login is itself a call, and calls log in.
        let result = Box::pin(self.send_for_reply(&request)).await;
        let mut state = self.lock_state();
        match result {
            Ok(reply) => {
                state.generation += 1;
                state.refusal = None;
                let header = bearer(&reply.data.token)?;
                state.token = Some((header.clone(), Instant::now()));
                Ok(Some(UsedToken {
                    header,
                    generation: state.generation,
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

    fn fresh_token(&self) -> Option<UsedToken> {
        let state = self.lock_state();
        match &state.token {
            Some((token, issued))
                if self.inner.auth.credentials.is_none()
                    || issued.elapsed() < self.inner.auth.renew_after =>
            {
                Some(UsedToken {
                    header: token.clone(),
                    generation: state.generation,
                })
            }
            _ => None,
        }
    }

    pub(crate) fn forget_token(&self, generation: u64) {
        let mut state = self.lock_state();
        if state.generation == generation {
            state.token = None;
        }
    }

    pub(crate) fn lock_state(&self) -> std::sync::MutexGuard<'_, TokenState> {
        // The state is a plain value; a panic elsewhere cannot leave it half-written.
        self.inner
            .auth
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
