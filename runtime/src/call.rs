//! One call from start to end: its span, its attempts, a new login when the token is refused,
//! and retries by the policy. Each attempt is one `exchange`; its reply is classified by
//! `envelope`.

use std::time::{Duration, Instant};

use tracing::Instrument;

use crate::call_limits::Counted;
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
use crate::session::UsedToken;
use crate::shared::Admission;

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
                Ok(wire) => self.attempts(info, &wire, &span).await.map(|mut reply| {
                    reply.entry = info.name;
                    reply
                }),
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
            reply.entry = info.name;
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

    /// The attempts of one call: get the token, wait for room in the call's window, send,
    /// then decide what comes next.
    async fn attempts(
        &self,
        info: &EntryInfo,
        wire: &WireRequest,
        span: &tracing::Span,
    ) -> Result<CodeZeroReply, Error> {
        let inner = &self.inner;
        let counted = inner
            .limits
            .counted(info, wire.url.as_str(), wire.body.as_deref());
        let mut progress = Progress::default();
        loop {
            progress.attempt += 1;
            span.record("attempts", progress.attempt);
            let mut admitted = false;
            let token = match info.authenticated {
                false => None,
                // The token held is the usual case; the store's, or a login (boxed: their
                // futures are large and rarely needed), only when there is none fresh.
                true => match inner.session.fresh() {
                    Some(token) => Some(token),
                    None => match Box::pin(self.stored_token(counted.as_ref())).await? {
                        Some((token, admission)) => {
                            admitted = admission == Admission::Go;
                            Some(token)
                        }
                        None => Box::pin(self.token()).await?,
                    },
                },
            };
            // Every attempt is a call the API counts, a retry included.
            if let Some(counted) = counted.as_ref().filter(|_| !admitted) {
                inner.limits.admit(&inner.store, info, counted).await?;
            }
            let sent = self
                .exchange(info, wire, token.as_ref(), progress.attempt)
                .await;
            let (failure, retry_after, err) = match sent {
                Err(err) => (Failure::of_transport(&err), None, err),
                Ok(RawReply {
                    status,
                    retry_after,
                    body,
                }) => match envelope::classify(status, body) {
                    Ok(reply) => return Ok(reply),
                    Err(err) => {
                        // Boxed: only failures pay for its state.
                        let failure = Box::pin(self.answered(
                            info,
                            counted.as_ref(),
                            token.as_ref(),
                            &mut progress,
                            status,
                            &err,
                        ))
                        .await?;
                        match failure {
                            Some(failure) => (failure, retry_after, err),
                            None => continue,
                        }
                    }
                },
            };
            match progress.next(self, info, &failure, retry_after) {
                Next::Return => return Err(progress.mark(info, err)),
                Next::RetryAfter(wait) => {
                    tracing::debug!(
                        attempt = progress.attempt,
                        wait_ms = millis(wait),
                        error = %err,
                        "retrying"
                    );
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    /// What an error answer means for the call: a block to keep, a refused token to log in
    /// again for (`None`: repeat at once), or a failure to weigh for a retry.
    async fn answered(
        &self,
        info: &EntryInfo,
        counted: Option<&Counted>,
        token: Option<&UsedToken>,
        progress: &mut Progress,
        status: u16,
        err: &Error,
    ) -> Result<Option<Failure>, Error> {
        let inner = &self.inner;
        let limited = matches!(
            err.code(),
            Some(codes::CALLS_LIMIT_REACHED | codes::EXCESSIVE_USE | codes::ACCESS_DENIED)
        );
        if let (true, Some(counted), Some(code)) = (limited, counted, err.code()) {
            inner.limits.blocked(&inner.store, counted, code).await?;
        }
        if err.is_auth()
            && let Some(used) = token
            && inner
                .session
                .refused(&inner.store, used, &mut progress.token_refusals)
                .await?
        {
            // The token was refused, so the call was not carried out: repeat it with another.
            tracing::debug!(endpoint = info.name, "token refused; logging in again");
            return Ok(None);
        }
        let terminal_code = limited || err.code() == Some(codes::TWO_FACTOR_ENABLED);
        Ok(Some(Failure::Status {
            status,
            terminal_code,
        }))
    }

    /// A token another process keeps in the store, with this call admitted in the same step.
    async fn stored_token(
        &self,
        counted: Option<&Counted>,
    ) -> Result<Option<(UsedToken, Admission)>, Error> {
        let Some(counted) = counted else {
            return Ok(None);
        };
        let inner = &self.inner;
        let window = inner.limits.window(&counted.limit);
        inner
            .session
            .stored_with_admission(&inner.store, &counted.id, window, counted.limit.calls)
            .await
    }

    /// The token for the next attempt, logging in first where needed.
    async fn token(&self) -> Result<Option<UsedToken>, Error> {
        self.inner
            .session
            .current(&self.inner.store, |username, password| async move {
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

/// What comes after a failed attempt.
enum Next {
    /// The call ends with the failure.
    Return,
    /// The call is sent again after this wait.
    RetryAfter(Duration),
}

/// What one call's attempts have learnt so far.
#[derive(Default)]
struct Progress {
    attempt: u32,
    /// The retry schedule, made at the first retry: most calls need none.
    schedule: Option<retry::Schedule>,
    /// An earlier attempt went out and its reply was lost.
    sent_without_reply: bool,
    /// Tokens obtained elsewhere that the API refused during this call.
    token_refusals: u32,
}

impl Progress {
    /// Whether the failure is retried, and after how long: the retry policy's decision.
    fn next(
        &mut self,
        client: &Client,
        info: &EntryInfo,
        failure: &Failure,
        retry_after: Option<Duration>,
    ) -> Next {
        self.sent_without_reply |= matches!(failure, Failure::AfterSending);
        if !retry::may_retry(info.safe_to_repeat, failure) {
            return Next::Return;
        }
        let schedule = self
            .schedule
            .get_or_insert_with(|| client.inner.retry.schedule());
        match schedule.next_wait(retry_after) {
            Some(wait) => Next::RetryAfter(wait),
            None => Next::Return,
        }
    }

    /// The error the call ends with: a "not found" answered to a `DELETE` whose earlier
    /// attempt went out and lost its reply says that attempt may have deleted it.
    fn mark(&self, info: &EntryInfo, mut err: Error) -> Error {
        if let Error::Api(api) = &mut err
            && self.sent_without_reply
            && info.method == Method::Delete
            && NOT_FOUND.contains(&api.code)
        {
            api.earlier_attempt_may_have_acted = true;
        }
        err
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
