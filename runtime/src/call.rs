//! One call from start to end: its span, its attempts, a new login when the token is refused,
//! and retries by the policy. Each attempt is one `exchange`; its reply is classified by
//! `envelope`.

use std::time::{Duration, Instant};

use tracing::Instrument;

use crate::catalogue::EntryInfo;
use crate::client::Client;
use crate::codes;
use crate::envelope::{self, CodeZeroReply};
use crate::error::Error;
use crate::exchange::RawReply;
use crate::method::Method;
use crate::request::WireRequest;
use crate::retry::{self, Failure};
use crate::secret::SecretString;
use crate::token::UsedToken;

/// How often one call may be repeated after the API refused a token that another call had
/// obtained (or that was given): such a refusal does not use up the call's one repeat after its
/// own new login, and the bound keeps a server that refuses every token from looping a call.
const SHARED_TOKEN_REPEATS: u32 = 3;

/// The API's "not found" for what a `DELETE` removes: a customer, a domain, a zone.
const NOT_FOUND: [i32; 4] = [
    codes::CUSTOMER_NOT_FOUND,
    codes::DOMAIN_NOT_IN_ACCOUNT,
    codes::UNKNOWN_ZONE,
    codes::ZONE_NOT_FOUND,
];

fn call_span(info: &EntryInfo) -> tracing::Span {
    tracing::debug_span!(
        "openprovider.call",
        endpoint = info.name,
        method = info.method.as_str(),
        path = info.path,
        status = tracing::field::Empty,
        code = tracing::field::Empty,
        attempts = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    )
}

impl Client {
    /// One call within its span: the attempts, then what the span records of them.
    pub(crate) async fn execute(
        &self,
        info: &EntryInfo,
        wire: Result<WireRequest, Error>,
    ) -> Result<CodeZeroReply, Error> {
        let span = call_span(info);
        if span.is_disabled() {
            // Nobody listens: no span to enter on every poll, nothing to record.
            return match wire {
                Ok(wire) => self.attempts(info, &wire, &span).await,
                Err(err) => Err(err),
            };
        }
        // Each branch awaits its own future, so the two share their place in this one's state
        // rather than one holding the other.
        let started = Instant::now();
        let result = match wire {
            Ok(wire) => {
                self.attempts(info, &wire, &span)
                    .instrument(span.clone())
                    .await
            }
            Err(err) => Err(err),
        };
        span.record("duration_ms", millis(started.elapsed()));
        let result = result.map(|mut reply| {
            reply.span = span.clone();
            reply
        });
        span.in_scope(|| match &result {
            Ok(reply) => {
                span.record("status", reply.status());
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

    /// The attempts of one call.
    async fn attempts(
        &self,
        info: &EntryInfo,
        wire: &WireRequest,
        span: &tracing::Span,
    ) -> Result<CodeZeroReply, Error> {
        let key = self
            .inner
            .calls
            .key(info, wire.url.as_str(), wire.body.as_deref());
        // Made at the first retry: most calls need none.
        let mut schedule = None;
        // An earlier attempt went out and its reply was lost.
        let mut sent_without_reply = false;
        let mut shared_token_refused = 0;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            span.record("attempts", attempt);
            let token = if info.authenticated {
                self.token().await?
            } else {
                None
            };
            // Every attempt is a call the API counts, a retry included.
            if let Some(key) = key {
                self.inner
                    .calls
                    .admit(key)
                    .await
                    .map_err(|refusal| Error::CallLimited {
                        endpoint: format!("{} ({} {})", info.name, info.method, info.path),
                        limit: refusal.limit,
                        retry_after: refusal.retry_after,
                        blocked_by: refusal.blocked_by,
                    })?;
            }
            let (failure, retry_after, result) =
                match self.exchange(info, wire, token.as_ref(), attempt).await {
                    Err(err) => {
                        let failure = match &err {
                            _ if err.is_connect() => Failure::Connect,
                            Error::Transport { .. } => Failure::AfterSending,
                            _ => Failure::Other,
                        };
                        (failure, None, Err(err))
                    }
                    Ok(RawReply {
                        status,
                        retry_after,
                        body,
                    }) => {
                        let mut err = match envelope::classify(status, body) {
                            Ok(reply) => return Ok(reply),
                            Err(err) => err,
                        };
                        let limited = matches!(
                            err.code(),
                            Some(
                                codes::CALLS_LIMIT_REACHED
                                    | codes::EXCESSIVE_USE
                                    | codes::ACCESS_DENIED
                            )
                        );
                        if let (true, Some(key), Some(code)) = (limited, key, err.code()) {
                            self.inner.calls.blocked(key, code);
                        }
                        if let Error::Api(api) = &mut err
                            && sent_without_reply
                            && info.method == Method::Delete
                            && NOT_FOUND.contains(&api.code)
                        {
                            api.earlier_attempt_may_have_acted = true;
                        }
                        if err.is_auth()
                            && self.inner.auth.has_credentials()
                            && let Some(used) = &token
                        {
                            // The token was refused, so the call was not carried out: forget it,
                            // log in again (or take the token another call just got) and repeat.
                            // A token this call logged in for itself, refused, ends the call: its
                            // new login did not help. A token another call obtained may have
                            // expired under this one, which then repeats, a few times at most.
                            let replaced = self.inner.auth.generation() > used.generation;
                            let may_repeat = (!used.own_login || replaced) && {
                                shared_token_refused += 1;
                                shared_token_refused <= SHARED_TOKEN_REPEATS
                            };
                            if may_repeat {
                                tracing::debug!("token refused; logging in again");
                                self.inner.auth.forget(used.generation);
                                continue;
                            }
                        }
                        let terminal_code =
                            limited || err.code() == Some(codes::TWO_FACTOR_ENABLED);
                        let failure = Failure::Status {
                            status,
                            terminal_code,
                        };
                        (failure, retry_after, Err(err))
                    }
                };
            sent_without_reply |= matches!(failure, Failure::AfterSending);
            if !retry::may_retry(info.safe_to_repeat, &failure) {
                return result;
            }
            let schedule = schedule.get_or_insert_with(|| self.inner.retry.schedule());
            let Some(wait) = schedule.next_wait(retry_after) else {
                return result;
            };
            if let Err(err) = &result {
                tracing::debug!(attempt, wait_ms = millis(wait), error = %err, "retrying");
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// The token for the next attempt, logging in first where needed.
    async fn token(&self) -> Result<Option<UsedToken>, Error> {
        self.inner
            .auth
            .current(|username, password| async move {
                let request = crate::auth::LoginRequest::builder(username, password.expose())
                    .ip("0.0.0.0")
                    .build();
                // Boxed: a login is itself a call, and calls log in.
                let reply = Box::pin(self.send_for_reply(&request)).await?;
                Ok::<SecretString, Error>(reply.data.token)
            })
            .await
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
