//! Keeping a client under the API's call limits (reference §3.5): identical calls are counted
//! in sliding windows, a call that would go over waits or is refused before it is sent, and a
//! call the API has blocked is not sent again for the block's length.
//!
//! The API counts calls as they arrive and the client as it sends them, so each window is
//! widened by a margin: network jitter can then never make the server see one call too many.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;
use tokio::time::Instant;

use crate::catalogue::{CallLimit, EntryInfo};
use crate::codes;

/// The documented limit for identical calls of any entry without its own: 300 per 300 s, after
/// which the API blocks the IP until a person removes the block in the control panel.
const ANY_ENTRY: CallLimit = CallLimit::new(300, Duration::from_secs(300));
/// How long the client waits at most for a call to come within its limit, by default.
const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(10);
/// The most distinct calls counted at once; past it the calls furthest from their limit are
/// forgotten first. 100,000 is far above what a client sends in five minutes.
const MAX_KEYS: usize = 100_000;

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

/// Why a call was not sent, and when it may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    /// The limit, in words, like `20 identical calls per 300 s`.
    pub(crate) limit: String,
    /// How long until the call may be sent.
    pub(crate) retry_after: Duration,
    /// The API's code when it is the API that blocked the call.
    pub(crate) blocked_by: Option<i32>,
}

/// One counted call: the times it was sent within its window, and a block the API set on it.
#[derive(Default)]
struct Window {
    sent: VecDeque<Instant>,
    blocked: Option<(Instant, i32)>,
}

/// The counts of a client and its clones.
pub(crate) struct CallCounter {
    limits: CallLimits,
    counts: Mutex<Counts>,
}

/// Behind one lock, so a call takes it once.
#[derive(Default)]
struct Counts {
    windows: HashMap<u64, Window>,
    /// When the windows that are over were last dropped.
    last_sweep: Option<Instant>,
}

/// What identifies a call for counting: a hash of its entry, URL and body, and its limit.
#[derive(Clone, Copy)]
pub(crate) struct CallKey {
    hash: u64,
    limit: CallLimit,
}

impl CallCounter {
    pub(crate) fn new(limits: CallLimits) -> Self {
        CallCounter {
            limits,
            counts: Mutex::default(),
        }
    }

    /// The key of a call; `None` when limits are off.
    pub(crate) fn key(&self, info: &EntryInfo, url: &str, body: Option<&[u8]>) -> Option<CallKey> {
        if !self.limits.enabled {
            return None;
        }
        let mut limit = info.call_limit.unwrap_or(ANY_ENTRY);
        if let (Some(relaxed), Some(body)) = (limit.for_extensions, body)
            && names_only(body, relaxed.extensions)
        {
            limit = CallLimit::new(relaxed.calls, relaxed.per);
        }
        let mut hasher = DefaultHasher::new();
        info.module.hash(&mut hasher);
        info.name.hash(&mut hasher);
        if limit.identical_only {
            url.hash(&mut hasher);
            body.hash(&mut hasher);
        }
        Some(CallKey {
            hash: hasher.finish(),
            limit,
        })
    }

    /// Waits until the call may be sent and counts it as sent, or says why it may not be.
    pub(crate) async fn admit(&self, key: CallKey) -> Result<(), Refusal> {
        loop {
            let wait = match self.try_admit(key, Instant::now()) {
                Ok(()) => return Ok(()),
                Err(refusal)
                    if refusal.blocked_by.is_none()
                        && refusal.retry_after <= self.limits.max_wait =>
                {
                    refusal.retry_after
                }
                Err(refusal) => return Err(refusal),
            };
            tracing::debug!(
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                "waiting to stay within the API's call limit"
            );
            tokio::time::sleep(wait).await;
        }
    }

    fn try_admit(&self, key: CallKey, now: Instant) -> Result<(), Refusal> {
        let limit = key.limit;
        // The margin: a little longer than the API's window.
        let window = self.limits.scale(limit.per + limit.per / 50);
        let mut counts = self.lock();
        self.sweep(&mut counts, now);
        let entry = counts.windows.entry(key.hash).or_default();
        if let Some((until, code)) = entry.blocked {
            if now < until {
                return Err(Refusal {
                    limit: describe(&limit),
                    retry_after: until - now,
                    blocked_by: Some(code),
                });
            }
            entry.blocked = None;
        }
        while entry
            .sent
            .front()
            .is_some_and(|&at| now.duration_since(at) >= window)
        {
            entry.sent.pop_front();
        }
        if entry.sent.len() >= limit.calls as usize {
            let oldest = entry.sent.front().copied().unwrap_or(now);
            return Err(Refusal {
                limit: describe(&limit),
                retry_after: (oldest + window).saturating_duration_since(now),
                blocked_by: None,
            });
        }
        entry.sent.push_back(now);
        if counts.windows.len() > MAX_KEYS {
            forget_furthest_from_limit(&mut counts.windows);
        }
        Ok(())
    }

    /// Notes the API's answer that this call went over a limit: it is not sent again for the
    /// block's length.
    pub(crate) fn blocked(&self, key: CallKey, code: i32) {
        let blocked_for = match code {
            codes::ACCESS_DENIED => ANY_ENTRY.blocked_for,
            codes::EXCESSIVE_USE | codes::CALLS_LIMIT_REACHED => key.limit.blocked_for,
            _ => return,
        };
        let until = Instant::now() + self.limits.scale(blocked_for);
        self.lock().windows.entry(key.hash).or_default().blocked = Some((until, code));
    }

    /// Drops the windows that are over, at most about once a second, so keys expire with
    /// their windows.
    fn sweep(&self, counts: &mut Counts, now: Instant) {
        if counts
            .last_sweep
            .is_some_and(|at| now.duration_since(at) < Duration::from_secs(1))
        {
            return;
        }
        counts.last_sweep = Some(now);
        let longest = self.limits.scale(Duration::from_secs(330));
        counts.windows.retain(|_, window| {
            window.blocked.is_some_and(|(until, _)| until > now)
                || window
                    .sent
                    .back()
                    .is_some_and(|&at| now.duration_since(at) < longest)
        });
    }

    fn lock(&self) -> MutexGuard<'_, Counts> {
        // Plain counts: a panic elsewhere cannot leave them half-written.
        self.counts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// How many distinct calls are counted now.
    #[cfg(test)]
    fn keys(&self) -> usize {
        self.lock().windows.len()
    }
}

/// Past the cap, forgets a tenth of the calls, those with the fewest sends in their window:
/// the furthest from their limits, so forgetting them risks least.
fn forget_furthest_from_limit(windows: &mut HashMap<u64, Window>) {
    let mut counts: Vec<(usize, u64)> = windows
        .iter()
        .filter(|(_, w)| w.blocked.is_none())
        .map(|(key, w)| (w.sent.len(), *key))
        .collect();
    counts.sort_unstable();
    for (_, key) in counts.into_iter().take(MAX_KEYS / 10) {
        windows.remove(&key);
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

    fn key(counter: &CallCounter, info: &EntryInfo, url: &str, body: &str) -> CallKey {
        counter
            .key(info, url, Some(body.as_bytes()))
            .expect("limits are on")
    }

    #[tokio::test(start_paused = true)]
    async fn the_documented_limits_hold_with_a_margin_and_free_up_as_the_window_slides() {
        let counter = CallCounter::new(CallLimits::documented());
        let check = key(
            &counter,
            &CHECK,
            "http://x/domains/check",
            r#"{"domains":[1]}"#,
        );
        for _ in 0..20 {
            counter.admit(check).await.unwrap();
        }
        let refusal = counter.admit(check).await.unwrap_err();
        assert_eq!(refusal.blocked_by, None);
        assert_eq!(refusal.limit, "20 identical calls per 300 s");
        // The window with its margin: 306 s, far past the 10 s a call may wait.
        assert_eq!(refusal.retry_after, Duration::from_secs(306));
        tokio::time::advance(Duration::from_secs(305)).await;
        let refusal = counter.try_admit(check, Instant::now()).unwrap_err();
        assert_eq!(
            refusal.retry_after,
            Duration::from_secs(1),
            "inside the margin"
        );
        // Within `max_wait` now: the call waits out the last second and goes.
        let started = Instant::now();
        counter.admit(check).await.unwrap();
        assert_eq!(started.elapsed(), Duration::from_secs(1));

        // Any other entry: 300 identical calls per 300 s.
        let get = key(&counter, &GET, "http://x/domains/7", "");
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
        let counter = CallCounter::new(CallLimits::documented());
        let create = key(&counter, &CREATE, "http://x/domains", r#"{"domain":"a"}"#);
        counter.admit(create).await.unwrap();
        // Straight after the first, the wait is the window and its 2% margin, 10.2 s: more
        // than the 10 s a call waits by default, so it fails at once.
        let refusal = counter.admit(create).await.unwrap_err();
        assert_eq!(refusal.retry_after, Duration::from_millis(10_200));
        // A second later (the first registration's reply takes that), it waits and goes.
        tokio::time::advance(Duration::from_secs(1)).await;
        let started = Instant::now();
        counter.admit(create).await.unwrap();
        assert_eq!(started.elapsed(), Duration::from_millis(9_200));

        let impatient = CallCounter::new(CallLimits::documented().max_wait(Duration::from_secs(5)));
        impatient.admit(create).await.unwrap();
        tokio::time::advance(Duration::from_secs(1)).await;
        let refusal = impatient.admit(create).await.unwrap_err();
        assert_eq!(refusal.retry_after, Duration::from_millis(9_200));
    }

    #[tokio::test(start_paused = true)]
    async fn identical_means_same_entry_url_and_body_except_for_logins() {
        let counter = CallCounter::new(CallLimits::documented());
        let a = key(&counter, &CREATE, "http://x/domains", r#"{"domain":"a"}"#);
        let b = key(&counter, &CREATE, "http://x/domains", r#"{"domain":"b"}"#);
        counter.admit(a).await.unwrap();
        counter.admit(b).await.unwrap();
        assert_ne!(a.hash, b.hash);
        assert_ne!(
            a.hash,
            key(&counter, &GET, "http://x/domains", r#"{"domain":"a"}"#).hash
        );
        let login_1 = key(
            &counter,
            &LOGIN,
            "http://x/auth/login",
            r#"{"username":"a"}"#,
        );
        let login_2 = key(
            &counter,
            &LOGIN,
            "http://x/auth/login",
            r#"{"username":"b"}"#,
        );
        assert_eq!(login_1.hash, login_2.hash);
        for i in 0..30 {
            counter
                .admit(if i % 2 == 0 { login_1 } else { login_2 })
                .await
                .unwrap();
        }
        let refusal = counter.try_admit(login_2, Instant::now()).unwrap_err();
        assert_eq!(refusal.limit, "30 calls per 60 s");
        assert_eq!(refusal.retry_after, Duration::from_millis(61_200));
    }

    #[tokio::test(start_paused = true)]
    async fn a_block_the_api_set_is_kept_for_its_length_scaled() {
        let counter = CallCounter::new(CallLimits::documented().scaled(0.01));
        let create = key(&counter, &CREATE, "http://x/domains", "{}");
        counter.blocked(create, codes::EXCESSIVE_USE);
        let refusal = counter.admit(create).await.unwrap_err();
        assert_eq!(refusal.blocked_by, Some(codes::EXCESSIVE_USE));
        assert_eq!(refusal.retry_after, Duration::from_secs(3));
        tokio::time::advance(Duration::from_secs(3)).await;
        counter.admit(create).await.unwrap();

        let get = key(&counter, &GET, "http://x/domains/1", "");
        counter.blocked(get, codes::ACCESS_DENIED);
        assert_eq!(
            counter.admit(get).await.unwrap_err().blocked_by,
            Some(10005)
        );
        // Other codes set no block.
        let other = key(&counter, &GET, "http://x/domains/2", "");
        counter.blocked(other, codes::CUSTOMER_NOT_FOUND);
        counter.admit(other).await.unwrap();
    }

    #[test]
    fn checks_of_listed_extensions_only_have_their_own_limit() {
        let counter = CallCounter::new(CallLimits::documented());
        let limit_of = |body: &str| key(&counter, &CHECK, "http://x/domains/check", body).limit;
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
        let counter = CallCounter::new(CallLimits::none());
        assert!(counter.key(&GET, "http://x/domains/1", None).is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn keys_expire_with_their_windows_and_are_capped() {
        let counter = CallCounter::new(CallLimits::documented());
        for i in 0..1_000 {
            let k = key(&counter, &GET, &format!("http://x/domains/{i}"), "");
            counter.admit(k).await.unwrap();
        }
        assert_eq!(counter.keys(), 1_000);
        tokio::time::advance(Duration::from_secs(331)).await;
        let k = key(&counter, &GET, "http://x/domains/new", "");
        counter.admit(k).await.unwrap();
        assert_eq!(counter.keys(), 1, "the expired windows are gone");

        for i in 0..MAX_KEYS + 10 {
            let k = key(&counter, &GET, &format!("http://x/customers/{i}"), "");
            counter.admit(k).await.unwrap();
        }
        assert!(counter.keys() <= MAX_KEYS, "{}", counter.keys());
    }
}
