//! The Redis store: every process on every machine that uses one server and namespace. Each
//! operation is one Lua script, so it is atomic on the server; time is the server's `TIME`, so
//! the machines' clocks do not matter.
//!
//! A call's count is an exact sliding log: a sorted set of send times, from which the sends
//! older than the window are dropped before counting. Each member is the attempt's own id, so
//! a script sent again after a lost reply finds its member and counts once. The log and the
//! block of one call share a hash tag, so they sit in one cluster slot; so do an account's
//! token, login lock and refusal.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{RedisError, Script};
use tokio::sync::OnceCell;

use super::{
    AccountKey, AccountState, Admission, CallId, LoginLock, LoginOutcome, StoreError, StoredToken,
};
use crate::error::Error;
use crate::secret::SecretString;

/// How long one answer may take, and one connection attempt, before the store counts as
/// unreachable: a call must not hang on its store longer than on the API.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(2);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// The API keeps a token valid for 48 hours; Redis forgets it then too.
const TOKEN_KEPT_MS: u64 = 48 * 60 * 60 * 1000;

/// Counts the call if its log has room. KEYS: log, block. ARGV: calls, window (µs), attempt.
/// Returns {0} to go, {1, µs} to wait, {2, µs, code} when blocked.
const ADMIT: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {2, blocked * 1000, tonumber(redis.call('GET', KEYS[2]))}
end
if redis.call('ZSCORE', KEYS[1], ARGV[3]) then
  return {0}
end
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {1, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000) + 1)
return {0}
";

/// Blocks a call for ARGV[1] ms with code ARGV[2], unless a longer block is there. KEYS: block.
const BLOCK: &str = r"
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[1])
end
return 1
";

/// An account's token, its issue time, the server's time, and a refusal. KEYS: token, refusal.
const ACCOUNT: &str = r"
local t = redis.call('TIME')
local token = redis.call('HMGET', KEYS[1], 'token', 'issued')
local refusal = redis.call('HMGET', KEYS[2], 'status', 'body')
return {token[1], token[2], t[1], t[2], refusal[1], refusal[2]}
";

/// Takes the login lock for ARGV[2] ms for holder ARGV[1] (again, if it holds it). KEYS: lock.
/// Returns the server's time as {seconds, µs}, or nothing when another holds it.
const LOCK: &str = r"
local t = redis.call('TIME')
if redis.call('GET', KEYS[1]) == ARGV[1]
   or redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {t[1], t[2]}
end
return false
";

/// Keeps a login's outcome and releases the lock if ARGV[1] holds it. KEYS: token, refusal,
/// lock. ARGV: holder, `token` with the token and its issue time (µs), or `refused` with
/// status, body and how long to remember it (ms), or `failed`.
const FINISH_LOGIN: &str = r"
if ARGV[2] == 'token' then
  local issued = redis.call('HGET', KEYS[1], 'issued')
  if (not issued) or tonumber(issued) < tonumber(ARGV[4]) then
    redis.call('HSET', KEYS[1], 'token', ARGV[3], 'issued', ARGV[4])
    redis.call('PEXPIRE', KEYS[1], ARGV[5])
  end
  redis.call('DEL', KEYS[2])
elseif ARGV[2] == 'refused' then
  redis.call('HSET', KEYS[2], 'status', ARGV[3], 'body', ARGV[4])
  redis.call('PEXPIRE', KEYS[2], ARGV[5])
end
if redis.call('GET', KEYS[3]) == ARGV[1] then
  redis.call('DEL', KEYS[3])
end
return 1
";

/// Forgets the token if it is still ARGV[1]. KEYS: token.
const FORGET: &str = r"
if redis.call('HGET', KEYS[1], 'token') == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 1
";

struct Scripts {
    admit: Script,
    block: Script,
    account: Script,
    lock: Script,
    finish_login: Script,
    forget: Script,
}

pub(crate) struct Redis {
    url: SecretString,
    namespace: String,
    connection: OnceCell<ConnectionManager>,
    scripts: Scripts,
    /// This process's prefix for attempt ids, random, so two processes never share one.
    process: String,
    attempts: AtomicU64,
}

/// Whether `url` is one the redis crate can use, without connecting.
pub(crate) fn check_url(url: &str) -> Result<(), Error> {
    redis::Client::open(url).map(drop).map_err(|e| {
        Error::Config(format!(
            "{} is not a Redis URL: {}",
            without_password(url),
            scrub(&e.to_string(), url)
        ))
    })
}

/// The URL with its password written `***`, for messages.
pub(crate) fn without_password(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("***"));
            }
            parsed.to_string()
        }
        Err(_) => "(a URL that does not parse)".to_owned(),
    }
}

/// A message with the URL's password, should a library ever quote it, written `***`.
fn scrub(message: &str, url: &str) -> String {
    match reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.password().map(str::to_owned))
    {
        Some(password) if !password.is_empty() => message.replace(&password, "***"),
        _ => message.to_owned(),
    }
}

fn micros(duration: Duration) -> u64 {
    u64::try_from(duration.as_micros()).unwrap_or(u64::MAX)
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis())
        .unwrap_or(u64::MAX)
        .max(1)
}

impl Redis {
    pub(crate) fn new(url: SecretString, namespace: String) -> Self {
        use std::hash::{BuildHasher as _, RandomState};
        let random = RandomState::new().hash_one(std::process::id());
        Redis {
            url,
            namespace,
            connection: OnceCell::new(),
            scripts: Scripts {
                admit: Script::new(ADMIT),
                block: Script::new(BLOCK),
                account: Script::new(ACCOUNT),
                lock: Script::new(LOCK),
                finish_login: Script::new(FINISH_LOGIN),
                forget: Script::new(FORGET),
            },
            process: format!("{}-{random:016x}", std::process::id()),
            attempts: AtomicU64::new(0),
        }
    }

    fn key(&self, tag: impl std::fmt::Display, part: &str) -> String {
        format!("openprovider:{}:{{{tag}}}:{part}", self.namespace)
    }

    async fn connection(&self) -> Result<ConnectionManager, StoreError> {
        let manager = self
            .connection
            .get_or_try_init(|| async {
                let client = redis::Client::open(self.url.expose())?;
                let config = ConnectionManagerConfig::new()
                    .set_response_timeout(Some(RESPONSE_TIMEOUT))
                    .set_connection_timeout(Some(CONNECT_TIMEOUT))
                    // One quick reconnect: a store that is down fails the call in
                    // milliseconds, not after the crate's six growing waits.
                    .set_min_delay(Duration::from_millis(10))
                    .set_max_delay(Duration::from_millis(50))
                    .set_number_of_retries(1);
                ConnectionManager::new_lazy_with_config(client, config)
            })
            .await
            .map_err(|e: RedisError| self.error(&e))?;
        Ok(manager.clone())
    }

    fn error(&self, e: &RedisError) -> StoreError {
        StoreError(scrub(&e.to_string(), self.url.expose()))
    }

    /// Runs a script, once more after an I/O failure or a timeout: every script is safe to run
    /// twice (an admission finds its own attempt, the rest compare before they write). After a
    /// restart of Redis the scripts are loaded again (the redis crate does it on `NOSCRIPT`).
    async fn run<T: redis::FromRedisValue>(
        &self,
        script: &Script,
        keys: &[&str],
        args: &[&[u8]],
    ) -> Result<T, StoreError> {
        let mut connection = self.connection().await?;
        let mut invocation = script.prepare_invoke();
        for key in keys {
            invocation.key(*key);
        }
        for arg in args {
            invocation.arg(*arg);
        }
        match invocation.invoke_async(&mut connection).await {
            Ok(value) => Ok(value),
            Err(e) if e.is_io_error() || e.is_timeout() || e.is_unrecoverable_error() => {
                tracing::debug!(error = %self.error(&e).0, "the Redis store failed once; again");
                invocation
                    .invoke_async(&mut connection)
                    .await
                    .map_err(|e| self.error(&e))
            }
            Err(e) => Err(self.error(&e)),
        }
    }

    pub(crate) async fn admit(
        &self,
        call: &CallId,
        window: Duration,
        calls: u32,
    ) -> Result<Admission, StoreError> {
        let attempt = format!(
            "{}-{}",
            self.process,
            self.attempts.fetch_add(1, Ordering::Relaxed)
        );
        self.admit_attempt(call, window, calls, &attempt).await
    }

    /// One attempt's admission; the same `attempt` sent again is counted once.
    async fn admit_attempt(
        &self,
        call: &CallId,
        window: Duration,
        calls: u32,
        attempt: &str,
    ) -> Result<Admission, StoreError> {
        let log = self.key(call, "log");
        let block = self.key(call, "block");
        let answer: Vec<i64> = self
            .run(
                &self.scripts.admit,
                &[&log, &block],
                &[
                    calls.to_string().as_bytes(),
                    micros(window).to_string().as_bytes(),
                    attempt.as_bytes(),
                ],
            )
            .await?;
        let us = |i: usize| Duration::from_micros(answer.get(i).map_or(0, |v| (*v).max(0) as u64));
        match answer.first() {
            Some(0) => Ok(Admission::Go),
            Some(1) => Ok(Admission::Wait(us(1))),
            Some(2) => Ok(Admission::Blocked {
                remaining: us(1),
                code: answer
                    .get(2)
                    .and_then(|c| i32::try_from(*c).ok())
                    .unwrap_or(0),
            }),
            _ => Err(StoreError(format!(
                "unexpected answer from the admission script: {answer:?}"
            ))),
        }
    }

    pub(crate) async fn block(
        &self,
        call: &CallId,
        length: Duration,
        code: i32,
    ) -> Result<(), StoreError> {
        let block = self.key(call, "block");
        self.run::<i64>(
            &self.scripts.block,
            &[&block],
            &[
                millis(length).to_string().as_bytes(),
                code.to_string().as_bytes(),
            ],
        )
        .await
        .map(drop)
    }

    pub(crate) async fn account(&self, account: &AccountKey) -> Result<AccountState, StoreError> {
        let token = self.key(account, "token");
        let refusal = self.key(account, "refusal");
        let answer: Vec<Option<Vec<u8>>> = self
            .run(&self.scripts.account, &[&token, &refusal], &[])
            .await?;
        let text = |i: usize| {
            answer
                .get(i)
                .and_then(Option::as_ref)
                .and_then(|b| std::str::from_utf8(b).ok())
        };
        let number = |i: usize| text(i).and_then(|t| t.parse::<u64>().ok());
        let now = number(2).unwrap_or(0) * 1_000_000 + number(3).unwrap_or(0);
        let token = match (text(0), number(1)) {
            (Some(token), Some(issued)) => Some(StoredToken {
                token: SecretString::new(token),
                age: Duration::from_micros(now.saturating_sub(issued)),
            }),
            _ => None,
        };
        let refusal = match (number(4), answer.get(5).and_then(Option::as_ref)) {
            (Some(status), Some(body)) => u16::try_from(status).ok().map(|s| (s, body.clone())),
            _ => None,
        };
        Ok(AccountState { token, refusal })
    }

    pub(crate) async fn lock_login(
        &self,
        account: &AccountKey,
        holder: &str,
        lease: Duration,
    ) -> Result<Option<LoginLock>, StoreError> {
        let lock = self.key(account, "lock");
        let answer: Option<Vec<u64>> = self
            .run(
                &self.scripts.lock,
                &[&lock],
                &[holder.as_bytes(), millis(lease).to_string().as_bytes()],
            )
            .await?;
        Ok(answer.map(|time| LoginLock {
            taken_at: time.first().copied().unwrap_or(0) * 1_000_000
                + time.get(1).copied().unwrap_or(0),
        }))
    }

    pub(crate) async fn finish_login(
        &self,
        account: &AccountKey,
        holder: &str,
        lock: &LoginLock,
        outcome: LoginOutcome<'_>,
    ) -> Result<(), StoreError> {
        let keys = [
            self.key(account, "token"),
            self.key(account, "refusal"),
            self.key(account, "lock"),
        ];
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let issued = lock.taken_at.to_string();
        let kept = TOKEN_KEPT_MS.to_string();
        let (status, remember) = match outcome {
            LoginOutcome::Refused {
                status,
                remember_for,
                ..
            } => (status.to_string(), millis(remember_for).to_string()),
            _ => (String::new(), String::new()),
        };
        let args: Vec<&[u8]> = match outcome {
            LoginOutcome::Token(token) => vec![
                holder.as_bytes(),
                b"token",
                token.expose().as_bytes(),
                issued.as_bytes(),
                kept.as_bytes(),
            ],
            LoginOutcome::Refused { body, .. } => vec![
                holder.as_bytes(),
                b"refused",
                status.as_bytes(),
                body,
                remember.as_bytes(),
            ],
            LoginOutcome::Failed => vec![holder.as_bytes(), b"failed"],
        };
        self.run::<i64>(&self.scripts.finish_login, &keys, &args)
            .await
            .map(drop)
    }

    pub(crate) async fn forget_token(
        &self,
        account: &AccountKey,
        token: &SecretString,
    ) -> Result<(), StoreError> {
        let key = self.key(account, "token");
        self.run::<i64>(&self.scripts.forget, &[&key], &[token.expose().as_bytes()])
            .await
            .map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `redis-server` of this test's own on a unix socket, or `None` outside CI where none is
    /// installed (the facade's tests have the full launcher; this one needs only a start).
    fn server(folder: &std::path::Path) -> Option<std::process::Child> {
        let socket = folder.join("redis.sock");
        let spawned = std::process::Command::new("redis-server")
            .args([
                "--port",
                "0",
                "--save",
                "",
                "--appendonly",
                "no",
                "--unixsocket",
            ])
            .arg(&socket)
            .stdout(std::process::Stdio::null())
            .spawn();
        let Ok(child) = spawned else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "no redis-server"
            );
            return None;
        };
        for _ in 0..1_000 {
            if std::os::unix::net::UnixStream::connect(&socket).is_ok() {
                return Some(child);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("redis-server did not start");
    }

    #[tokio::test]
    async fn an_admission_sent_again_counts_once_and_the_log_is_exact() {
        let folder = std::env::temp_dir().join(format!("op-redis-unit-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let Some(mut child) = server(&folder) else {
            return;
        };
        let url = format!("redis+unix://{}", folder.join("redis.sock").display());
        let redis = Redis::new(SecretString::new(url), "unit".to_owned());
        let call = CallId::new("domains", "check_domain", None);
        let window = Duration::from_secs(60);
        // The same attempt three times (a reply lost twice): one send in the log.
        for _ in 0..3 {
            let admitted = redis.admit_attempt(&call, window, 2, "a-1").await.unwrap();
            assert_eq!(admitted, Admission::Go);
        }
        assert_eq!(redis.admit(&call, window, 2).await.unwrap(), Admission::Go);
        let Admission::Wait(wait) = redis.admit(&call, window, 2).await.unwrap() else {
            panic!("the third distinct attempt must wait");
        };
        assert!(wait > Duration::from_secs(59) && wait <= window, "{wait:?}");

        redis
            .block(&call, Duration::from_secs(30), 4007)
            .await
            .unwrap();
        let Admission::Blocked { remaining, code } = redis.admit(&call, window, 2).await.unwrap()
        else {
            panic!("blocked");
        };
        assert_eq!(code, 4007);
        assert!(remaining > Duration::from_secs(29), "{remaining:?}");
        // A shorter block never shortens a longer one.
        redis
            .block(&call, Duration::from_secs(1), 50)
            .await
            .unwrap();
        assert!(matches!(
            redis.admit(&call, window, 2).await.unwrap(),
            Admission::Blocked { code: 4007, .. }
        ));
        let _ = child.kill();
        let _ = child.wait();
        let _ = std::fs::remove_dir_all(&folder);
    }
}
