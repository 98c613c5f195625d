//! Keeping a client under the API's call limits (reference §3.5): identical calls are counted
//! in sliding windows, a call that would go over waits or is refused before it is sent, and a
//! call the API has blocked is not sent again for the block's length.
//!
//! The API counts calls as they arrive and the client as it sends them, so each window is
//! widened by a margin: network jitter can then never make the server see one call too many.

use std::time::Duration;

use serde_json::Value;

use crate::catalogue::{CallLimit, EntryInfo};
use crate::codes;
use crate::error::Error;
use crate::shared::{Admission, CallId, Store};

/// The documented limit for identical calls of any entry without its own: 300 per 300 s, after
/// which the API blocks the IP until a person removes the block in the control panel.
const ANY_ENTRY: CallLimit = CallLimit::new(300, Duration::from_secs(300));
/// How long the client waits at most for a call to come within its limit, by default.
const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(10);

/// The call limits a client keeps to; set with `ClientBuilder::call_limits`.
///
/// ```
/// use std::time::Duration;
/// use openprovider_runtime::CallLimits;
///
/// let default = CallLimits::documented().max_wait(Duration::from_secs(10));
/// let for_tests = CallLimits::documented().scaled(0.01); // windows x0.01, counts unchanged
/// let off = CallLimits::none();
/// # let _ = (default, for_tests, off);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CallLimits {
    enabled: bool,
    scale: f64,
    max_wait: Duration,
}

impl Default for CallLimits {
    fn default() -> Self {
        CallLimits::documented()
    }
}

impl CallLimits {
    /// The limits Openprovider documents (the default): 300 identical calls per 300 s for any
    /// entry, and each entry's own (`check_domain` 20 per 300 s, `create_domain` 1 per 10 s,
    /// logins 30 per 60 s); a call waits up to 10 s to come within them.
    pub fn documented() -> Self {
        CallLimits {
            enabled: true,
            scale: 1.0,
            max_wait: DEFAULT_MAX_WAIT,
        }
    }

    /// No limits: every call is sent at once. The API's blocks still come back as errors.
    pub fn none() -> Self {
        CallLimits {
            enabled: false,
            ..CallLimits::documented()
        }
    }

    /// Every window and block multiplied by `factor` (counts unchanged): for tests, and for an
    /// environment with tighter limits than production. A factor that is not a positive number
    /// keeps the windows as they are.
    #[must_use]
    pub fn scaled(mut self, factor: f64) -> Self {
        if factor.is_finite() && factor > 0.0 {
            self.scale = factor;
        }
        self
    }

    /// The longest a call waits to come within its limit; a longer wait is an error at once,
    /// before anything is sent.
    #[must_use]
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = max_wait;
        self
    }

    fn scale(&self, duration: Duration) -> Duration {
        duration.mul_f64(self.scale)
    }
}

/// One counted call: what identifies it in the store, and its limit.
#[derive(Clone, Copy)]
pub(crate) struct Counted {
    pub(crate) id: CallId,
    pub(crate) limit: CallLimit,
}

impl CallLimits {
    /// What a call counts as; `None` when limits are off.
    pub(crate) fn counted(
        &self,
        info: &EntryInfo,
        url: &str,
        body: Option<&[u8]>,
    ) -> Option<Counted> {
        if !self.enabled {
            return None;
        }
        let mut limit = info.call_limit.unwrap_or(ANY_ENTRY);
        if let (Some(relaxed), Some(body)) = (limit.for_extensions, body)
            && names_only(body, relaxed.extensions)
        {
            limit = CallLimit::new(relaxed.calls, relaxed.per);
        }
        let sent = limit.identical_only.then_some((url, body));
        Some(Counted {
            id: CallId::new(info.module, info.name, sent),
            limit,
        })
    }

    /// The window a call is counted in: the API's, a little longer (the margin), scaled.
    pub(crate) fn window(&self, limit: &CallLimit) -> Duration {
        self.scale(limit.per + limit.per / 50)
    }

    /// Waits until the call may be sent and counts it as sent, or says why it may not be:
    /// the API blocked it, or it would wait longer than `max_wait`.
    pub(crate) async fn admit(
        &self,
        store: &Store,
        info: &EntryInfo,
        call: &Counted,
    ) -> Result<(), Error> {
        let window = self.window(&call.limit);
        loop {
            let (retry_after, blocked_by) =
                match store.admit(&call.id, window, call.limit.calls).await? {
                    Admission::Go => return Ok(()),
                    Admission::Wait(wait) if wait <= self.max_wait => {
                        tracing::debug!(
                            wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                            "waiting to stay within the API's call limit"
                        );
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    Admission::Wait(wait) => (wait, None),
                    Admission::Blocked { remaining, code } => (remaining, Some(code)),
                };
            return Err(Error::CallLimited {
                endpoint: info.label(),
                limit: describe(&call.limit),
                retry_after,
                blocked_by,
            });
        }
    }

    /// Notes the API's answer that this call went over a limit: it is not sent again for the
    /// block's length. Codes other than the three limit codes set no block.
    pub(crate) async fn blocked(
        &self,
        store: &Store,
        call: &Counted,
        code: i32,
    ) -> Result<(), Error> {
        let length = match code {
            codes::ACCESS_DENIED => ANY_ENTRY.blocked_for,
            codes::EXCESSIVE_USE | codes::CALLS_LIMIT_REACHED => call.limit.blocked_for,
            _ => return Ok(()),
        };
        store.block(&call.id, self.scale(length), code).await
    }
}

/// Whether `body` names at least one domain and every `extension` in it is one of
/// `extensions`.
fn names_only(body: &[u8], extensions: &[&str]) -> bool {
    fn walk(value: &Value, extensions: &[&str], seen: &mut bool) -> bool {
        match value {
            Value::Object(map) => map.iter().all(|(key, inner)| match (key.as_str(), inner) {
                ("extension", Value::String(extension)) => {
                    *seen = true;
                    let extension = extension.trim_start_matches('.').to_ascii_lowercase();
                    extensions.contains(&extension.as_str())
                }
                _ => walk(inner, extensions, seen),
            }),
            Value::Array(items) => items.iter().all(|item| walk(item, extensions, seen)),
            _ => true,
        }
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return false;
    };
    let mut seen = false;
    walk(&value, extensions, &mut seen) && seen
}

fn describe(limit: &CallLimit) -> String {
    let kind = if limit.identical_only {
        "identical calls"
    } else {
        "calls"
    };
    format!("{} {kind} per {} s", limit.calls, limit.per.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::Method;
    use crate::shared::SharedState;

    const CHECK: EntryInfo = EntryInfo::new("check_domain", Method::Post, "/domains/check")
        .call_limit(CallLimit::new(20, Duration::from_secs(300)).for_extensions(
            60,
            Duration::from_secs(60),
            &["eu", "co.uk"],
        ));
    const CREATE: EntryInfo = EntryInfo::new("create_domain", Method::Post, "/domains").call_limit(
        CallLimit::new(1, Duration::from_secs(10)).blocked_for(Duration::from_secs(300)),
    );
    const LOGIN: EntryInfo = EntryInfo::new("login", Method::Post, "/auth/login")
        .call_limit(CallLimit::new(30, Duration::from_secs(60)).any_arguments());
    const GET: EntryInfo = EntryInfo::new("get_domain", Method::Get, "/domains/{id}");

    /// The limits and an in-process store, as a client holds them.
    struct Counter {
        limits: CallLimits,
        store: Store,
    }

    /// A call held back: its limit in words, when it may go, and the API's code if blocked.
    #[derive(Debug)]
    struct Refusal {
        limit: String,
        retry_after: Duration,
        blocked_by: Option<i32>,
    }

    impl Counter {
        fn new(limits: CallLimits) -> Self {
            Counter {
                limits,
                store: Store::new(SharedState::in_process()),
            }
        }

        fn key(
            &self,
            info: &'static EntryInfo,
            url: &str,
            body: &str,
        ) -> (Counted, &'static EntryInfo) {
            let counted = self
                .limits
                .counted(info, url, Some(body.as_bytes()))
                .expect("limits are on");
            (counted, info)
        }

        async fn admit(&self, (call, info): (Counted, &'static EntryInfo)) -> Result<(), Refusal> {
            match self.limits.admit(&self.store, info, &call).await {
                Ok(()) => Ok(()),
                Err(Error::CallLimited {
                    limit,
                    retry_after,
                    blocked_by,
                    ..
                }) => Err(Refusal {
                    limit,
                    retry_after,
                    blocked_by,
                }),
                Err(other) => panic!("not a call limit: {other}"),
            }
        }

        /// The answer now, without waiting.
        async fn peek(&self, (call, _): (Counted, &'static EntryInfo)) -> Admission {
            let window = self.limits.window(&call.limit);
            self.store
                .admit(&call.id, window, call.limit.calls)
                .await
                .expect("in-process state")
        }

        async fn blocked(&self, (call, _): (Counted, &'static EntryInfo), code: i32) {
            self.limits
                .blocked(&self.store, &call, code)
                .await
                .expect("in-process state");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_documented_limits_hold_with_a_margin_and_free_up_as_the_window_slides() {
        let counter = Counter::new(CallLimits::documented());
        let check = counter.key(&CHECK, "http://x/domains/check", r#"{"domains":[1]}"#);
        for _ in 0..20 {
            counter.admit(check).await.unwrap();
        }
        let refusal = counter.admit(check).await.unwrap_err();
        assert_eq!(refusal.blocked_by, None);
        assert_eq!(refusal.limit, "20 identical calls per 300 s");
        // The window with its margin: 306 s, far past the 10 s a call may wait.
        assert_eq!(refusal.retry_after, Duration::from_secs(306));
        tokio::time::advance(Duration::from_secs(305)).await;
        assert_eq!(
            counter.peek(check).await,
            Admission::Wait(Duration::from_secs(1)),
            "inside the margin"
        );
        // Within `max_wait` now: the call waits out the last second and goes.
        let started = tokio::time::Instant::now();
        counter.admit(check).await.unwrap();
        assert_eq!(started.elapsed(), Duration::from_secs(1));

        // Any other entry: 300 identical calls per 300 s.
        let get = counter.key(&GET, "http://x/domains/7", "");
        for _ in 0..300 {
            counter.admit(get).await.unwrap();
        }
        assert_eq!(
            counter.admit(get).await.unwrap_err().limit,
            "300 identical calls per 300 s"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_that_can_go_within_max_wait_waits_instead_of_failing() {
        let counter = Counter::new(CallLimits::documented());
        let create = counter.key(&CREATE, "http://x/domains", r#"{"domain":"a"}"#);
        counter.admit(create).await.unwrap();
        // Straight after the first, the wait is the window and its 2% margin, 10.2 s: more
        // than the 10 s a call waits by default, so it fails at once.
        let refusal = counter.admit(create).await.unwrap_err();
        assert_eq!(refusal.retry_after, Duration::from_millis(10_200));
        // A second later (the first registration's reply takes that), it waits and goes.
        tokio::time::advance(Duration::from_secs(1)).await;
        let started = tokio::time::Instant::now();
        counter.admit(create).await.unwrap();
        assert_eq!(started.elapsed(), Duration::from_millis(9_200));

        let impatient = Counter::new(CallLimits::documented().max_wait(Duration::from_secs(5)));
        impatient.admit(create).await.unwrap();
        tokio::time::advance(Duration::from_secs(1)).await;
        let refusal = impatient.admit(create).await.unwrap_err();
        assert_eq!(refusal.retry_after, Duration::from_millis(9_200));
    }

    #[tokio::test(start_paused = true)]
    async fn identical_means_same_entry_url_and_body_except_for_logins() {
        let counter = Counter::new(CallLimits::documented());
        let a = counter.key(&CREATE, "http://x/domains", r#"{"domain":"a"}"#);
        let b = counter.key(&CREATE, "http://x/domains", r#"{"domain":"b"}"#);
        counter.admit(a).await.unwrap();
        counter.admit(b).await.unwrap();
        assert!(a.0.id != b.0.id);
        assert!(
            a.0.id
                != counter
                    .key(&GET, "http://x/domains", r#"{"domain":"a"}"#)
                    .0
                    .id
        );
        let login_1 = counter.key(&LOGIN, "http://x/auth/login", r#"{"username":"a"}"#);
        let login_2 = counter.key(&LOGIN, "http://x/auth/login", r#"{"username":"b"}"#);
        assert!(login_1.0.id == login_2.0.id);
        for i in 0..30 {
            counter
                .admit(if i % 2 == 0 { login_1 } else { login_2 })
                .await
                .unwrap();
        }
        let refusal = counter.admit(login_2).await.unwrap_err();
        assert_eq!(refusal.limit, "30 calls per 60 s");
        assert_eq!(refusal.retry_after, Duration::from_millis(61_200));
    }

    #[tokio::test(start_paused = true)]
    async fn a_block_the_api_set_is_kept_for_its_length_scaled() {
        let counter = Counter::new(CallLimits::documented().scaled(0.01));
        let create = counter.key(&CREATE, "http://x/domains", "{}");
        counter.blocked(create, codes::EXCESSIVE_USE).await;
        let refusal = counter.admit(create).await.unwrap_err();
        assert_eq!(refusal.blocked_by, Some(codes::EXCESSIVE_USE));
        assert_eq!(refusal.retry_after, Duration::from_secs(3));
        tokio::time::advance(Duration::from_secs(3)).await;
        counter.admit(create).await.unwrap();

        let get = counter.key(&GET, "http://x/domains/1", "");
        counter.blocked(get, codes::ACCESS_DENIED).await;
        assert_eq!(
            counter.admit(get).await.unwrap_err().blocked_by,
            Some(10005)
        );
        // Other codes set no block.
        let other = counter.key(&GET, "http://x/domains/2", "");
        counter.blocked(other, codes::CUSTOMER_NOT_FOUND).await;
        counter.admit(other).await.unwrap();
    }

    #[test]
    fn checks_of_listed_extensions_only_have_their_own_limit() {
        let counter = Counter::new(CallLimits::documented());
        let limit_of = |body: &str| counter.key(&CHECK, "http://x/domains/check", body).0.limit;
        let relaxed = CallLimit::new(60, Duration::from_secs(60));
        let listed =
            r#"{"domains":[{"name":"a","extension":"eu"},{"name":"b","extension":"CO.UK"}]}"#;
        assert_eq!(limit_of(listed), relaxed);
        let mixed = r#"{"domains":[{"name":"a","extension":"eu"},{"name":"b","extension":"com"}]}"#;
        assert_eq!(limit_of(mixed).calls, 20);
        assert_eq!(limit_of(r#"{"domains":[]}"#).calls, 20);
        assert_eq!(limit_of("not json").calls, 20);
    }

    #[test]
    fn with_limits_off_nothing_is_counted() {
        assert!(
            CallLimits::none()
                .counted(&GET, "http://x/domains/1", None)
                .is_none()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn keys_expire_with_their_own_windows_and_are_capped() {
        let local = crate::shared::Local::default();
        let window = Duration::from_secs(306);
        for i in 0..1_000 {
            let id = CallId::new(
                "domains",
                "get_domain",
                Some((&format!("http://x/{i}"), None)),
            );
            assert_eq!(local.admit(&id, window, 300), Admission::Go);
        }
        assert_eq!(local.keys(), 1_000);
        // A downstream limit of 10 per hour, sent once.
        let hourly = CallId::new("mine", "hourly", None);
        let hour = Duration::from_secs(3_672);
        for _ in 0..10 {
            assert_eq!(local.admit(&hourly, hour, 10), Admission::Go);
        }
        tokio::time::advance(Duration::from_secs(331)).await;
        let id = CallId::new("domains", "get_domain", Some(("http://x/new", None)));
        local.admit(&id, window, 300);
        assert_eq!(
            local.keys(),
            2,
            "the expired windows are gone, the hour's is not"
        );
        // Still inside its hour, after 331 s without a call: the 11th call waits.
        assert!(matches!(
            local.admit(&hourly, hour, 10),
            Admission::Wait(wait) if wait == hour - Duration::from_secs(331)
        ));

        for i in 0..crate::shared::MAX_KEYS + 10 {
            let id = CallId::new("customers", "get", Some((&format!("http://x/c/{i}"), None)));
            local.admit(&id, window, 300);
        }
        assert!(local.keys() <= crate::shared::MAX_KEYS, "{}", local.keys());
    }
}
