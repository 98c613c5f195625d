//! When a failed attempt is sent again, and after how long.
//!
//! Nothing that may have changed data on the server is repeated unless repeating it is safe: a
//! request is sent again when the connection failed before it went out, or, for an entry that is
//! safe to repeat (`GET`, `PUT`, `DELETE` and the `POST`s that change nothing), when the API or a
//! gateway answered 429, 502, 503 or 504, or when the connection broke or timed out after the
//! request went out.

use std::time::{Duration, SystemTime};

use backon::{BackoffBuilder, ExponentialBuilder};

/// How the client retries failed attempts. On by default; [`RetryPolicy::disabled`] turns it off.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The wait before the first retry; it doubles from there, with up to as much again added
    /// at random so many clients do not retry in step.
    pub min_delay: Duration,
    /// The longest single wait, unless the server's `Retry-After` asks for more.
    pub max_delay: Duration,
    /// The most time spent waiting between attempts of one call, `Retry-After` included; a
    /// wait that would go past it is not made and the last error is returned.
    pub max_waiting: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            min_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_waiting: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries: every failure is returned at once.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets [`max_attempts`](Self::max_attempts).
    #[must_use]
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets [`min_delay`](Self::min_delay) and [`max_delay`](Self::max_delay).
    #[must_use]
    pub fn with_delays(mut self, min: Duration, max: Duration) -> Self {
        self.min_delay = min;
        self.max_delay = max.max(min);
        self
    }

    /// Sets [`max_waiting`](Self::max_waiting).
    #[must_use]
    pub fn with_max_waiting(mut self, waiting: Duration) -> Self {
        self.max_waiting = waiting;
        self
    }

    pub(crate) fn schedule(&self) -> Schedule {
        let retries = usize::try_from(self.max_attempts.saturating_sub(1)).unwrap_or(usize::MAX);
        Schedule {
            delays: ExponentialBuilder::new()
                .with_min_delay(self.min_delay)
                .with_max_delay(self.max_delay)
                .with_max_times(retries)
                .with_jitter()
                .build(),
            waited: Duration::ZERO,
            max_waiting: self.max_waiting,
        }
    }
}

/// The waits of one call.
pub(crate) struct Schedule {
    delays: backon::ExponentialBackoff,
    waited: Duration,
    max_waiting: Duration,
}

impl Schedule {
    /// The wait before the next attempt, or `None` when the attempts or the time are used up.
    /// The server's `Retry-After` takes the place of the computed wait.
    pub(crate) fn next_wait(&mut self, retry_after: Option<Duration>) -> Option<Duration> {
        let computed = self.delays.next()?;
        let wait = retry_after.unwrap_or(computed);
        let total = self.waited.checked_add(wait)?;
        if total > self.max_waiting {
            return None;
        }
        self.waited = total;
        Some(wait)
    }
}

/// What went wrong with an attempt, as far as retrying is concerned.
pub(crate) enum Failure {
    /// The connection failed before the request was sent.
    Connect,
    /// A reply came with this status; `terminal_code` when its body holds an API code that
    /// repeating cannot fix (an IP block, say).
    Status { status: u16, terminal_code: bool },
    /// The request went out and no whole reply came: the connection was closed or reset, the
    /// reply was cut off, or the attempt timed out. The server may have acted.
    AfterSending,
    /// Anything else: a business error, a reply that does not decode.
    Other,
}

impl Failure {
    /// How an attempt failed that got no reply to classify.
    pub(crate) fn of_transport(err: &crate::error::Error) -> Failure {
        match err {
            _ if err.is_connect() => Failure::Connect,
            crate::error::Error::Transport { .. } => Failure::AfterSending,
            _ => Failure::Other,
        }
    }
}

/// Whether an attempt that failed this way is sent again, for an entry that is or is not safe
/// to repeat.
pub(crate) fn may_retry(safe_to_repeat: bool, failure: &Failure) -> bool {
    match failure {
        Failure::Connect => true,
        Failure::Status {
            status,
            terminal_code,
        } => safe_to_repeat && matches!(status, 429 | 502 | 503 | 504) && !terminal_code,
        Failure::AfterSending => safe_to_repeat,
        Failure::Other => false,
    }
}

/// `Retry-After` as seconds or as an HTTP date.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_calls_safe_to_repeat_retry_after_sending() {
        let busy = Failure::Status {
            status: 503,
            terminal_code: false,
        };
        assert!(may_retry(true, &busy));
        assert!(!may_retry(false, &busy));
        assert!(may_retry(false, &Failure::Connect), "nothing was sent");
        assert!(may_retry(true, &Failure::AfterSending));
        assert!(
            !may_retry(false, &Failure::AfterSending),
            "the server may have acted"
        );
        let business = Failure::Status {
            status: 500,
            terminal_code: false,
        };
        assert!(!may_retry(true, &business));
        let blocked = Failure::Status {
            status: 429,
            terminal_code: true,
        };
        assert!(!may_retry(true, &blocked));
        assert!(!may_retry(true, &Failure::Other));
    }

    #[test]
    fn the_schedule_is_bounded_by_attempts_and_time() {
        let policy = RetryPolicy::default()
            .with_max_attempts(4)
            .with_delays(Duration::from_millis(10), Duration::from_millis(40));
        let mut schedule = policy.schedule();
        let waits: Vec<Duration> = std::iter::from_fn(|| schedule.next_wait(None)).collect();
        assert_eq!(waits.len(), 3);
        for (i, wait) in waits.iter().enumerate() {
            // Jitter adds at most as much again as the computed wait.
            let base = Duration::from_millis(10 * (1 << i)).min(Duration::from_millis(40));
            assert!(*wait >= base && *wait <= base * 2, "{i}: {wait:?}");
        }

        let mut schedule = RetryPolicy::default()
            .with_max_waiting(Duration::from_secs(2))
            .schedule();
        assert_eq!(
            schedule.next_wait(Some(Duration::from_secs(1))),
            Some(Duration::from_secs(1))
        );
        assert_eq!(
            schedule.next_wait(Some(Duration::from_secs(5))),
            None,
            "over the budget"
        );

        assert_eq!(RetryPolicy::disabled().schedule().next_wait(None), None);
    }

    #[test]
    fn retry_after_in_both_forms() {
        assert_eq!(parse_retry_after("1"), Some(Duration::from_secs(1)));
        assert_eq!(parse_retry_after(" 120 "), Some(Duration::from_secs(120)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(60));
        let parsed = parse_retry_after(&later).unwrap();
        assert!(parsed > Duration::from_secs(55) && parsed <= Duration::from_secs(60));
        assert_eq!(parse_retry_after("soon"), None);
    }
}
