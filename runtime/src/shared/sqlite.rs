//! The SQLite store: one file that every process on one machine opens. Each operation is one
//! short `IMMEDIATE` transaction (the write lock is taken first, so two processes never both
//! read a count and both add to it), run on tokio's blocking threads so that a busy wait for
//! the lock never stalls an async worker. The journal is a write-ahead log: a process killed
//! mid-transaction leaves the last committed state, never a torn file.
//!
//! Time is the machine's wall clock in microseconds, which all processes on it share.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension as _, TransactionBehavior, params};

use super::{
    AccountKey, AccountState, Admission, CallId, LoginLock, LoginOutcome, StoreError, StoredToken,
};
use crate::secret::SecretString;

/// How long an operation waits for another process's transaction before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Sends and blocks that are over are swept from the whole file at most this often per process;
/// a call's own window is swept at each of its admissions.
const SWEEP_EVERY: Duration = Duration::from_secs(10);
/// The schema's version, in `PRAGMA user_version`; a file of another version is refused rather
/// than misread.
const SCHEMA: i64 = 1;

const CREATE: &str = "
CREATE TABLE IF NOT EXISTS sends (
    call TEXT NOT NULL,
    at INTEGER NOT NULL,
    expires INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sends_by_call ON sends (call, at);
CREATE INDEX IF NOT EXISTS sends_by_expiry ON sends (expires);
CREATE TABLE IF NOT EXISTS blocks (
    call TEXT PRIMARY KEY,
    until INTEGER NOT NULL,
    code INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
    account TEXT PRIMARY KEY,
    token TEXT,
    issued INTEGER,
    lock_holder TEXT,
    lock_until INTEGER,
    refusal_status INTEGER,
    refusal_body BLOB,
    refusal_until INTEGER
);
";

pub(crate) struct Sqlite {
    path: PathBuf,
    /// Opened at the first operation; `None` until then, and again after a failure to open.
    connection: Arc<Mutex<Option<Open>>>,
}

struct Open {
    connection: Connection,
    last_sweep: i64,
}

fn now_micros() -> i64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_micros()).unwrap_or(i64::MAX)
}

fn micros(duration: Duration) -> i64 {
    i64::try_from(duration.as_micros()).unwrap_or(i64::MAX)
}

fn duration(micros: i64) -> Duration {
    Duration::from_micros(u64::try_from(micros).unwrap_or(0))
}

impl Sqlite {
    pub(crate) fn new(path: PathBuf) -> Self {
        Sqlite {
            path,
            connection: Arc::default(),
        }
    }

    /// Runs `op` in one `IMMEDIATE` transaction on a blocking thread, with the time read after
    /// the write lock is taken, so times go up in the order of the transactions.
    async fn run<T, F>(&self, op: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&rusqlite::Transaction<'_>, i64) -> rusqlite::Result<T> + Send + 'static,
    {
        // One event a transaction, in the caller's task: how a test counts what a call costs.
        tracing::trace!(target: "openprovider::shared_state", "SQLite transaction");
        let path = self.path.clone();
        let connection = Arc::clone(&self.connection);
        let task = tokio::task::spawn_blocking(move || {
            let mut guard = connection
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            if guard.is_none() {
                *guard = Some(open(&path)?);
            }
            let Some(open) = guard.as_mut() else {
                return Err(StoreError("the file could not be opened".to_owned()));
            };
            let result = (|| {
                let tx = open
                    .connection
                    .transaction_with_behavior(TransactionBehavior::Immediate)?;
                let now = now_micros();
                let value = op(&tx, now)?;
                if now - open.last_sweep >= micros(SWEEP_EVERY) {
                    tx.execute("DELETE FROM sends WHERE expires <= ?1", [now])?;
                    tx.execute("DELETE FROM blocks WHERE until <= ?1", [now])?;
                    open.last_sweep = now;
                }
                tx.commit()?;
                Ok::<T, rusqlite::Error>(value)
            })();
            result.map_err(StoreError::from)
        });
        task.await
            .map_err(|e| StoreError(format!("the store's task failed: {e}")))?
    }

    pub(crate) async fn admit(
        &self,
        call: &CallId,
        window: Duration,
        calls: u32,
    ) -> Result<Admission, StoreError> {
        let call = call.to_string();
        let window = micros(window);
        self.run(move |tx, now| admit_in(tx, &call, window, calls, now))
            .await
    }

    /// The account's token, if one younger than `renew_after` is there, and then, in the same
    /// transaction, the call's admission: a new process's first call costs one transaction
    /// before it is sent, not two. Without such a token nothing is counted.
    pub(crate) async fn admit_with_token(
        &self,
        call: &CallId,
        window: Duration,
        calls: u32,
        account: &AccountKey,
        renew_after: Duration,
    ) -> Result<Option<(Admission, StoredToken)>, StoreError> {
        let call = call.to_string();
        let account = account.to_string();
        let window = micros(window);
        let renew_after = micros(renew_after);
        self.run(move |tx, now| {
            let held: Option<(Option<String>, Option<i64>)> = tx
                .prepare_cached("SELECT token, issued FROM accounts WHERE account = ?1")?
                .query_row([&account], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()?;
            let Some((Some(token), Some(issued))) = held else {
                return Ok(None);
            };
            if now - issued >= renew_after {
                return Ok(None);
            }
            let admission = admit_in(tx, &call, window, calls, now)?;
            Ok(Some((
                admission,
                StoredToken {
                    token: SecretString::new(token),
                    age: duration(now - issued),
                },
            )))
        })
        .await
    }

    pub(crate) async fn block(
        &self,
        call: &CallId,
        length: Duration,
        code: i32,
    ) -> Result<(), StoreError> {
        let call = call.to_string();
        let length = micros(length);
        self.run(move |tx, now| {
            tx.execute(
                "INSERT INTO blocks (call, until, code) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (call) DO UPDATE SET until = MAX(until, excluded.until), \
                 code = excluded.code",
                params![call, now.saturating_add(length), code],
            )?;
            Ok(())
        })
        .await
    }

    pub(crate) async fn account(&self, account: &AccountKey) -> Result<AccountState, StoreError> {
        let account = account.to_string();
        self.run(move |tx, now| {
            let row = tx
                .prepare_cached(
                    "SELECT token, issued, refusal_status, refusal_body, refusal_until \
                     FROM accounts WHERE account = ?1",
                )?
                .query_row([&account], |row| {
                    Ok((
                        row.get::<_, Option<String>>(0)?,
                        row.get::<_, Option<i64>>(1)?,
                        row.get::<_, Option<u16>>(2)?,
                        row.get::<_, Option<Vec<u8>>>(3)?,
                        row.get::<_, Option<i64>>(4)?,
                    ))
                })
                .optional()?;
            let Some((token, issued, status, body, until)) = row else {
                return Ok(AccountState::default());
            };
            Ok(AccountState {
                token: token.zip(issued).map(|(token, issued)| StoredToken {
                    token: SecretString::new(token),
                    age: duration(now - issued),
                }),
                refusal: match (status, body, until) {
                    (Some(status), Some(body), Some(until)) if until > now => Some((status, body)),
                    _ => None,
                },
            })
        })
        .await
    }

    pub(crate) async fn lock_login(
        &self,
        account: &AccountKey,
        holder: &str,
        lease: Duration,
    ) -> Result<Option<LoginLock>, StoreError> {
        let account = account.to_string();
        let holder = holder.to_owned();
        let lease = micros(lease);
        self.run(move |tx, now| {
            tx.execute(
                "INSERT INTO accounts (account) VALUES (?1) ON CONFLICT (account) DO NOTHING",
                [&account],
            )?;
            let taken = tx.execute(
                "UPDATE accounts SET lock_holder = ?2, lock_until = ?3 \
                 WHERE account = ?1 AND (lock_until IS NULL OR lock_until <= ?4)",
                params![account, holder, now.saturating_add(lease), now],
            )?;
            Ok((taken == 1).then(|| LoginLock {
                taken_at: u64::try_from(now).unwrap_or(0),
            }))
        })
        .await
    }

    pub(crate) async fn finish_login(
        &self,
        account: &AccountKey,
        holder: &str,
        lock: &LoginLock,
        outcome: LoginOutcome<'_>,
    ) -> Result<(), StoreError> {
        let account = account.to_string();
        let holder = holder.to_owned();
        let issued = i64::try_from(lock.taken_at).unwrap_or(i64::MAX);
        let outcome = Owned::from(outcome);
        self.run(move |tx, now| {
            match outcome {
                // Only a newer login's token replaces the one there.
                Owned::Token(token) => tx.execute(
                    "UPDATE accounts SET token = ?2, issued = ?3, refusal_status = NULL, \
                     refusal_body = NULL, refusal_until = NULL \
                     WHERE account = ?1 AND (issued IS NULL OR issued < ?3)",
                    params![account, token.expose(), issued],
                )?,
                Owned::Refused {
                    status,
                    body,
                    remember_for,
                } => tx.execute(
                    "UPDATE accounts SET refusal_status = ?2, refusal_body = ?3, \
                     refusal_until = ?4 WHERE account = ?1",
                    params![
                        account,
                        status,
                        body,
                        now.saturating_add(micros(remember_for))
                    ],
                )?,
                Owned::Failed => 0,
            };
            tx.execute(
                "UPDATE accounts SET lock_holder = NULL, lock_until = NULL \
                 WHERE account = ?1 AND lock_holder = ?2",
                params![account, holder],
            )?;
            Ok(())
        })
        .await
    }

    pub(crate) async fn forget_token(
        &self,
        account: &AccountKey,
        token: &SecretString,
    ) -> Result<(), StoreError> {
        let account = account.to_string();
        let token = token.clone();
        self.run(move |tx, _| {
            tx.execute(
                "UPDATE accounts SET token = NULL, issued = NULL \
                 WHERE account = ?1 AND token = ?2",
                params![account, token.expose()],
            )?;
            Ok(())
        })
        .await
    }
}

/// Counts the call in its log if the log has room and no block is on it.
fn admit_in(
    tx: &rusqlite::Transaction<'_>,
    call: &str,
    window: i64,
    calls: u32,
    now: i64,
) -> rusqlite::Result<Admission> {
    let block: Option<(i64, i32)> = tx
        .prepare_cached("SELECT until, code FROM blocks WHERE call = ?1")?
        .query_row([call], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    if let Some((until, code)) = block
        && until > now
    {
        return Ok(Admission::Blocked {
            remaining: duration(until - now),
            code,
        });
    }
    tx.prepare_cached("DELETE FROM sends WHERE call = ?1 AND at <= ?2")?
        .execute(params![call, now - window])?;
    let (count, oldest): (i64, Option<i64>) = tx
        .prepare_cached("SELECT COUNT(*), MIN(at) FROM sends WHERE call = ?1")?
        .query_row([call], |row| Ok((row.get(0)?, row.get(1)?)))?;
    if count >= i64::from(calls) {
        let oldest = oldest.unwrap_or(now);
        return Ok(Admission::Wait(duration(oldest + window - now)));
    }
    tx.prepare_cached("INSERT INTO sends (call, at, expires) VALUES (?1, ?2, ?3)")?
        .execute(params![call, now, now.saturating_add(window)])?;
    Ok(Admission::Go)
}

/// A login's outcome that can move to the blocking thread.
enum Owned {
    Token(SecretString),
    Refused {
        status: u16,
        body: Vec<u8>,
        remember_for: Duration,
    },
    Failed,
}

impl From<LoginOutcome<'_>> for Owned {
    fn from(outcome: LoginOutcome<'_>) -> Self {
        match outcome {
            LoginOutcome::Token(token) => Owned::Token(token.clone()),
            LoginOutcome::Refused {
                status,
                body,
                remember_for,
            } => Owned::Refused {
                status,
                body: body.to_vec(),
                remember_for,
            },
            LoginOutcome::Failed => Owned::Failed,
        }
    }
}

/// Creates the folder and the file for their owner alone, then opens the file with the
/// schema in place.
fn open(path: &std::path::Path) -> Result<Open, StoreError> {
    let place = |e: std::io::Error| StoreError(e.to_string());
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !folder.exists()
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(folder).map_err(place)?;
    }
    // Created here rather than by SQLite, so it is never readable by others, not even for the
    // moment before a `chmod`.
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(place)?;

    let connection = Connection::open(path)?;
    connection.busy_timeout(BUSY_TIMEOUT)?;
    // WAL: readers never wait for the writer, and a process killed mid-write leaves the last
    // committed state. NORMAL: a commit is durable once the log is synced at a checkpoint; a
    // power cut may forget the last counts, never corrupt the file.
    let mode: String =
        connection.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        tracing::debug!(mode, "SQLite state file without a write-ahead log");
    }
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    let version: i64 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
    match version {
        0 => {
            let tx = connection.unchecked_transaction()?;
            tx.execute_batch(CREATE)?;
            tx.pragma_update(None, "user_version", SCHEMA)?;
            tx.commit()?;
        }
        SCHEMA => {}
        other => {
            return Err(StoreError(format!(
                "the file's schema is version {other}; this client reads version {SCHEMA}"
            )));
        }
    }
    Ok(Open {
        connection,
        last_sweep: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let folder = std::env::temp_dir().join(format!("op-sqlite-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        folder.join("state.sqlite3")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_connections_admit_exactly_the_limit() {
        let path = scratch("exact");
        let call = CallId::new("domains", "create_domain", None);
        // Eight connections (as eight processes would hold) race for 25 places.
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let store = Sqlite::new(path.clone());
                tokio::spawn(async move {
                    let mut admitted = 0;
                    for _ in 0..10 {
                        let answer = store.admit(&call, Duration::from_secs(60), 25).await;
                        if answer.unwrap() == Admission::Go {
                            admitted += 1;
                        }
                    }
                    admitted
                })
            })
            .collect();
        let mut admitted = 0;
        for task in tasks {
            admitted += task.await.unwrap();
        }
        assert_eq!(admitted, 25);
    }

    #[tokio::test]
    async fn only_a_newer_login_replaces_the_token_and_a_lease_runs_out() {
        let path = scratch("token");
        let (a, b) = (Sqlite::new(path.clone()), Sqlite::new(path));
        let account = AccountKey::new("http://x/v1beta", "ada");
        let lease = Duration::from_millis(200);
        let first = a.lock_login(&account, "a", lease).await.unwrap().unwrap();
        assert!(b.lock_login(&account, "b", lease).await.unwrap().is_none());
        tokio::time::sleep(lease).await;
        // a's lease ran out: b takes the lock and logs in after a started.
        let second = b.lock_login(&account, "b", lease).await.unwrap().unwrap();
        let (old, new) = (SecretString::new("old"), SecretString::new("new"));
        b.finish_login(&account, "b", &second, LoginOutcome::Token(&new))
            .await
            .unwrap();
        // a's login ends late: its token is older and does not replace b's.
        a.finish_login(&account, "a", &first, LoginOutcome::Token(&old))
            .await
            .unwrap();
        let held = a.account(&account).await.unwrap().token.unwrap();
        assert_eq!(held.token.expose(), "new");
        // Forgetting a token that is no longer there changes nothing.
        a.forget_token(&account, &old).await.unwrap();
        assert!(a.account(&account).await.unwrap().token.is_some());
        a.forget_token(&account, &new).await.unwrap();
        assert!(a.account(&account).await.unwrap().token.is_none());
        // b released its lock when it finished.
        assert!(a.lock_login(&account, "a", lease).await.unwrap().is_some());
    }
}
