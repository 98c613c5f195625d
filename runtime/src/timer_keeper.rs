//! Keeps the runtime's timer driver from being woken up for every attempt's timeout.
//!
//! Each attempt has a timeout, which is a tokio timer. Adding a timer wakes the thread that
//! waits on the driver whenever that thread went to sleep with no timer pending (tokio's
//! `next_wake`): on loopback that is about two futex calls and an eventfd write per call, 3% of
//! a `get_customer` (`strace -f -c` on `SIDE=client cargo bench --bench overhead`). While an
//! earlier timer is pending, a later one is added without waking anybody. So while calls are
//! made, one task keeps a timer pending that always comes before their timeouts; after a quiet
//! period it ends, so an idle client leaves nothing running.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The longest wait of the keeping task: a shorter timeout than the client's own (an entry's
/// `#[timeout]`) still works, it just wakes the driver as before.
const MAX_PERIOD: Duration = Duration::from_secs(30);

/// Whether a keeping task runs, and whether calls came since it last woke; shared by a client
/// and its clones.
#[derive(Debug, Default)]
pub(crate) struct TimerKeeper {
    /// A keeping task is running.
    running: AtomicBool,
    /// A call was made since the keeping task last woke.
    used: AtomicBool,
}

impl TimerKeeper {
    /// Notes a call whose attempts have timeouts of `timeout`, and starts the keeping task if
    /// none runs. Outside a tokio runtime it does nothing.
    pub(crate) fn note_call(self: &Arc<Self>, timeout: Duration) {
        // Plain loads first: once warm, a call only reads two shared flags.
        if !self.used.load(Ordering::Relaxed) {
            self.used.store(true, Ordering::Relaxed);
        }
        if self.running.load(Ordering::Relaxed) || self.running.swap(true, Ordering::AcqRel) {
            return;
        }
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                let period = (timeout / 2).clamp(Duration::from_millis(1), MAX_PERIOD);
                runtime.spawn(Arc::clone(self).keep(period));
            }
            Err(_) => self.running.store(false, Ordering::Release),
        }
    }

    async fn keep(self: Arc<Self>, period: Duration) {
        // Whether the task ends or its runtime drops it, the next call may start another. A
        // call racing with the end sees `running` still set and starts none; the next one
        // does. Either way every call is served the same.
        let warm = ClearsRunningOnDrop(self);
        loop {
            warm.0.used.store(false, Ordering::Relaxed);
            tokio::time::sleep(period).await;
            if !warm.0.used.load(Ordering::Relaxed) {
                return;
            }
        }
    }
}

/// Frees the `running` flag however the keeping task ends.
struct ClearsRunningOnDrop(Arc<TimerKeeper>);

impl Drop for ClearsRunningOnDrop {
    fn drop(&mut self) {
        self.0.running.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn running(warm: &TimerKeeper) -> bool {
        warm.running.load(Ordering::Acquire)
    }

    #[tokio::test(start_paused = true)]
    async fn the_keeping_task_runs_while_calls_come_and_ends_after_a_quiet_period() {
        let warm = Arc::new(TimerKeeper::default());
        warm.note_call(Duration::from_secs(60));
        assert!(running(&warm));
        for _ in 0..10 {
            tokio::time::sleep(Duration::from_secs(10)).await;
            warm.note_call(Duration::from_secs(60));
            assert!(running(&warm), "ended while calls still came");
        }
        // Quiet for two periods of 30 s: the task has ended and holds nothing.
        tokio::time::sleep(Duration::from_secs(61)).await;
        assert!(!running(&warm));
        assert_eq!(Arc::strong_count(&warm), 1);
        // The next call starts it again.
        warm.note_call(Duration::from_secs(60));
        assert!(running(&warm));
    }

    #[test]
    fn a_task_dropped_with_its_runtime_lets_the_next_runtime_start_one() {
        let warm = Arc::new(TimerKeeper::default());
        for _ in 0..2 {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
                .unwrap();
            runtime.block_on(async {
                warm.note_call(Duration::from_secs(60));
                assert!(running(&warm));
                tokio::task::yield_now().await;
            });
            drop(runtime);
            assert!(!running(&warm), "the dropped task still counts as running");
            assert_eq!(Arc::strong_count(&warm), 1);
        }
    }

    #[test]
    fn outside_a_runtime_nothing_starts() {
        let warm = Arc::new(TimerKeeper::default());
        warm.note_call(Duration::from_secs(60));
        assert!(!running(&warm));
        assert_eq!(Arc::strong_count(&warm), 1);
    }
}
