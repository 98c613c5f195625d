//! The in-process store: the default, and the fallback of a shared store that cannot be
//! reached. Its clock is tokio's, so tests can pause time.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

use super::{AccountKey, AccountState, Admission, CallId, LoginLock, LoginOutcome, StoredToken};
use crate::secret::SecretString;

/// The most distinct calls counted at once; past it the calls furthest from their limit are
/// forgotten first. 100,000 is far above what a client sends in five minutes.
pub(crate) const MAX_KEYS: usize = 100_000;

/// Counts and sessions of one process.
#[derive(Default)]
pub(crate) struct Local {
    counts: Mutex<Counts>,
    accounts: Mutex<HashMap<AccountKey, Account>>,
}

/// Behind one lock, so a call takes it once.
#[derive(Default)]
struct Counts {
    windows: HashMap<CallId, Window>,
    /// When the windows that are over were last dropped.
    last_sweep: Option<Instant>,
}

/// One counted call: its window's length, the times it was sent within it, and a block the
/// API set on it.
struct Window {
    length: Duration,
    sent: VecDeque<Instant>,
    blocked: Option<(Instant, i32)>,
}

impl Window {
    fn new(length: Duration) -> Self {
        Window {
            length,
            sent: VecDeque::new(),
            blocked: None,
        }
    }

    /// Whether the window still holds a send or a block at `now`: each is kept for its own
    /// length, so a downstream limit of 10 per hour is not forgotten after five quiet minutes.
    fn in_force(&self, now: Instant) -> bool {
        self.blocked.is_some_and(|(until, _)| until > now)
            || self
                .sent
                .back()
                .is_some_and(|&at| now.duration_since(at) < self.length)
    }
}

#[derive(Default)]
struct Account {
    token: Option<(SecretString, Instant)>,
    refusal: Option<(Instant, u16, Vec<u8>)>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Plain values: a panic elsewhere cannot leave them half-written.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Local {
    pub(crate) fn admit(&self, call: &CallId, window: Duration, calls: u32) -> Admission {
        let now = Instant::now();
        let mut counts = lock(&self.counts);
        sweep(&mut counts, now);
        let entry = counts
            .windows
            .entry(*call)
            .or_insert_with(|| Window::new(window));
        entry.length = window;
        if let Some((until, code)) = entry.blocked {
            if now < until {
                return Admission::Blocked {
                    remaining: until - now,
                    code,
                };
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
        if entry.sent.len() >= calls as usize {
            let oldest = entry.sent.front().copied().unwrap_or(now);
            return Admission::Wait((oldest + window).saturating_duration_since(now));
        }
        entry.sent.push_back(now);
        if counts.windows.len() > MAX_KEYS {
            forget_furthest_from_limit(&mut counts.windows);
        }
        Admission::Go
    }

    pub(crate) fn block(&self, call: &CallId, length: Duration, code: i32) {
        let until = Instant::now() + length;
        lock(&self.counts)
            .windows
            .entry(*call)
            .or_insert_with(|| Window::new(length))
            .blocked = Some((until, code));
    }

    pub(crate) fn account(&self, account: &AccountKey) -> AccountState {
        let accounts = lock(&self.accounts);
        let Some(held) = accounts.get(account) else {
            return AccountState::default();
        };
        let now = Instant::now();
        AccountState {
            token: held.token.as_ref().map(|(token, issued)| StoredToken {
                token: token.clone(),
                age: now.duration_since(*issued),
            }),
            refusal: held
                .refusal
                .as_ref()
                .filter(|(until, _, _)| *until > now)
                .map(|(_, status, body)| (*status, body.clone())),
        }
    }

    /// Always granted: within one process the session's own lock already lets one task log
    /// in at a time.
    pub(crate) fn lock_login(
        &self,
        _account: &AccountKey,
        _holder: &str,
        _lease: Duration,
    ) -> Option<LoginLock> {
        Some(LoginLock { taken_at: 0 })
    }

    pub(crate) fn finish_login(
        &self,
        account: &AccountKey,
        _holder: &str,
        _lock: &LoginLock,
        outcome: LoginOutcome<'_>,
    ) {
        let mut accounts = lock(&self.accounts);
        let held = accounts.entry(*account).or_default();
        match outcome {
            LoginOutcome::Token(token) => {
                held.token = Some((token.clone(), Instant::now()));
                held.refusal = None;
            }
            LoginOutcome::Refused {
                status,
                body,
                remember_for,
            } => held.refusal = Some((Instant::now() + remember_for, status, body.to_vec())),
            LoginOutcome::Failed => held.refusal = None,
        }
    }

    pub(crate) fn forget_token(&self, account: &AccountKey, token: &SecretString) {
        if let Some(held) = lock(&self.accounts).get_mut(account)
            && held
                .token
                .as_ref()
                .is_some_and(|(held, _)| held.expose() == token.expose())
        {
            held.token = None;
        }
    }

    /// How many distinct calls are counted now.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> usize {
        lock(&self.counts).windows.len()
    }
}

/// Drops the windows that are over, at most about once a second, so keys expire with their
/// windows.
fn sweep(counts: &mut Counts, now: Instant) {
    if counts
        .last_sweep
        .is_some_and(|at| now.duration_since(at) < Duration::from_secs(1))
    {
        return;
    }
    counts.last_sweep = Some(now);
    counts.windows.retain(|_, window| window.in_force(now));
}

/// Past the cap, forgets a tenth of the calls, those with the fewest sends in their window:
/// the furthest from their limits, so forgetting them risks least.
fn forget_furthest_from_limit(windows: &mut HashMap<CallId, Window>) {
    let mut counts: Vec<(usize, u128)> = windows
        .iter()
        .filter(|(_, w)| w.blocked.is_none())
        .map(|(key, w)| (w.sent.len(), key.0))
        .collect();
    counts.sort_unstable();
    for (_, key) in counts.into_iter().take(MAX_KEYS / 10) {
        windows.remove(&CallId(key));
    }
}
