//! Many processes, one account: the counts, the blocks, the token and the one login shared
//! through a SQLite file or a Redis namespace, against the stand-in over loopback. The stand-in
//! counts every caller together, as the API counts one IP, so a test whose processes count
//! apart trips it.
//!
//! The processes are this test binary run again in a child role (`child_process`, ignored in a
//! normal run), each with its own client, store connection and session.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use openprovider::domains::{CheckDomainRequest, DomainName};
use openprovider::{CallLimits, Client, SharedState, Unreachable, codes};
use openprovider_mock::MockServer;

use crate::redis_server::{RedisServer, scratch_folder};
use crate::support;

/// The API's windows times this: a check's 20 per 300 s becomes 20 per 1.5 s.
const SCALE: f64 = 0.005;
const CHILD: &str = "OPENPROVIDER_TEST_CHILD";

/// A store as a child process is told it: `sqlite:PATH`, `redis:URL|NAMESPACE` or `none`.
fn state_of(spec: &str) -> SharedState {
    if let Some(path) = spec.strip_prefix("sqlite:") {
        SharedState::sqlite(path).expect("a SQLite path")
    } else if let Some(rest) = spec.strip_prefix("redis:") {
        let (url, namespace) = rest.split_once('|').expect("URL|NAMESPACE");
        SharedState::redis(url, namespace).expect("a Redis URL")
    } else {
        SharedState::in_process()
    }
}

fn client(server: &MockServer, state: SharedState, timeout: Duration) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .call_limits(CallLimits::documented().scaled(SCALE))
        .timeout(timeout)
        .shared_state(state)
        .build()
        .expect("client builds")
}

fn check() -> CheckDomainRequest {
    check_of("example.com")
}

fn check_of(domain: &str) -> CheckDomainRequest {
    CheckDomainRequest::builder(vec![domain.parse::<DomainName>().unwrap()]).build()
}

fn logins_sent(server: &MockServer) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/auth/login"))
        .count()
}

/// The child's side: runs the calls it is told to, against the stand-in it is told, and
/// reports what came back on one line of stdout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "runs only as a child process of the many-process tests"]
async fn child_process() {
    let Ok(role) = std::env::var(CHILD) else {
        return;
    };
    let var = |name: &str| std::env::var(name).expect(name);
    let client = Client::builder()
        .base_url(var("OP_BASE_URL"))
        .credentials(var("OP_USERNAME"), var("OP_PASSWORD"))
        .call_limits(CallLimits::documented().scaled(SCALE))
        .timeout(Duration::from_millis(var("OP_TIMEOUT_MS").parse().unwrap()))
        .shared_state(state_of(&var("OP_STORE")))
        .build()
        .unwrap();
    let calls: usize = var("OP_CALLS").parse().unwrap();
    // The "transactions" role counts the SQLite transactions its calls make.
    let captured = support::Captured::default();
    if role == "transactions" {
        tracing::subscriber::set_global_default(
            tracing_subscriber::fmt()
                .with_writer(captured.clone())
                .with_max_level(tracing::Level::TRACE)
                .finish(),
        )
        .unwrap();
    }
    let (mut ok, mut limited, mut other) = (0, 0, Vec::new());
    for _ in 0..calls {
        match client.send(&check()).await {
            Ok(_) => ok += 1,
            Err(err) if err.is_call_limited() => limited += 1,
            Err(err) => other.push(
                err.code()
                    .map_or_else(|| err.to_string(), |c| c.to_string()),
            ),
        }
    }
    let transactions = captured.text().matches("SQLite transaction").count();
    println!("CHILD {role} ok={ok} limited={limited} other={other:?} transactions={transactions}");
}

/// Starts `count` children that each send `calls` identical checks through `store`, with a
/// timeout (and so a login lease) of 5 s.
fn children(
    server: &MockServer,
    store: &str,
    count: usize,
    calls: usize,
) -> Vec<std::process::Child> {
    children_with_timeout(server, store, count, calls, 5_000)
}

fn children_with_timeout(
    server: &MockServer,
    store: &str,
    count: usize,
    calls: usize,
    timeout_ms: u64,
) -> Vec<std::process::Child> {
    (0..count)
        .map(|i| {
            Command::new(std::env::current_exe().unwrap())
                .args([
                    "--exact",
                    "shared_state::child_process",
                    "--ignored",
                    "--nocapture",
                ])
                .args(["--test-threads", "1"])
                .env(CHILD, format!("calls-{i}"))
                .env("OP_BASE_URL", server.base_url())
                .env("OP_USERNAME", server.username())
                .env("OP_PASSWORD", server.password())
                .env("OP_STORE", store)
                .env("OP_CALLS", calls.to_string())
                .env("OP_TIMEOUT_MS", timeout_ms.to_string())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("the test binary runs again")
        })
        .collect()
}

/// Each child's report line.
fn reports(children: Vec<std::process::Child>) -> Vec<String> {
    children
        .into_iter()
        .map(|child| {
            let out = child.wait_with_output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "child failed: {stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let line = stdout
                .lines()
                .find_map(|l| l.find("CHILD ").map(|at| &l[at..]))
                .unwrap_or_else(|| panic!("no report in {stdout}"));
            line.to_owned()
        })
        .collect()
}

/// Three processes send ten identical checks each, thirty against a limit of twenty per
/// window: through one store, the last ten wait out the window and the stand-in never answers
/// a limit code, and only one process logs in.
async fn three_processes_are_one_caller(store: &str) {
    let server = MockServer::start().await.unwrap();
    server.set_call_limit_scale(Some(SCALE));
    let started = Instant::now();
    let reports = reports(children(&server, store, 3, 10));
    for report in &reports {
        assert!(report.contains("ok=10 limited=0 other=[] "), "{reports:?}");
    }
    assert_eq!(logins_sent(&server), 1, "one login for all three");
    // The ten over the limit waited for the window (1.5 s and the margin) to slide.
    assert!(started.elapsed() >= Duration::from_millis(1_500));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processes_on_one_sqlite_file_are_one_caller() {
    let folder = scratch_folder("sqlite-processes");
    let file = folder.join("state.sqlite3");
    three_processes_are_one_caller(&format!("sqlite:{}", file.display())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processes_on_one_redis_namespace_are_one_caller() {
    let Some(redis) = RedisServer::start() else {
        return;
    };
    three_processes_are_one_caller(&format!("redis:{}|shop-eu", redis.url())).await;
}

/// The same three processes, each counting alone, go over the limit: the stand-in answers
/// code 50, and each process logs in. This is what the tests above would see if the store
/// shared nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processes_that_count_alone_trip_the_api() {
    let server = MockServer::start().await.unwrap();
    server.set_call_limit_scale(Some(SCALE));
    let reports = reports(children(&server, "none", 3, 10));
    let over = format!("other=[\"{}\"", codes::CALLS_LIMIT_REACHED);
    assert!(reports.iter().any(|r| r.contains(&over)), "{reports:?}");
    assert_eq!(logins_sent(&server), 3);
}

/// The login lock: a process killed while it logs in holds the lock until its lease (its
/// login's timeout, 1.5 s here) runs out; then another logs in, without waiting for its own,
/// longer, timeout (5 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_killed_while_it_logs_in_loses_the_lock_after_its_lease() {
    let folder = scratch_folder("sqlite-lease");
    let store = format!("sqlite:{}", folder.join("state.sqlite3").display());
    let server = MockServer::start().await.unwrap();
    server.set_latency(Duration::from_secs(60));
    let mut holder = children_with_timeout(&server, &store, 1, 1, 1_500).remove(0);
    let deadline = Instant::now() + Duration::from_secs(10);
    while logins_sent(&server) == 0 {
        assert!(Instant::now() < deadline, "the child never logged in");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    holder.kill().unwrap();
    holder.wait().unwrap();
    server.set_latency(Duration::ZERO);

    let killed = Instant::now();
    let client = client(&server, state_of(&store), Duration::from_secs(5));
    client
        .send(&check())
        .await
        .expect("logs in once the lease is over");
    let waited = killed.elapsed();
    assert_eq!(
        server.login_count(),
        1,
        "the killed child's login never finished"
    );
    assert!(
        waited >= Duration::from_millis(500) && waited < Duration::from_millis(4_500),
        "it waited for the child's lease, not for its own timeout: {waited:?}"
    );
}

/// A process takes the token another logged in with; after the API refuses it, one logs in
/// again and the other takes the new token rather than logging in a third time.
async fn the_token_is_shared_and_only_a_refused_one_forgotten(state: impl Fn() -> SharedState) {
    let server = MockServer::start().await.unwrap();
    let a = client(&server, state(), Duration::from_secs(5));
    let b = client(&server, state(), Duration::from_secs(5));
    a.send(&check()).await.unwrap();
    b.send(&check()).await.unwrap();
    assert_eq!(server.login_count(), 1, "b used a's token");
    server.expire_tokens();
    b.send(&check()).await.unwrap();
    assert_eq!(
        server.login_count(),
        2,
        "b's token was refused: a new login"
    );
    // a still holds the expired token: the API refuses it, a forgets it (the store keeps b's
    // newer one) and takes b's.
    a.send(&check()).await.unwrap();
    assert_eq!(server.login_count(), 2, "a took b's new token");
}

#[tokio::test]
async fn the_token_is_shared_through_sqlite() {
    let folder = scratch_folder("sqlite-token");
    let file = folder.join("state.sqlite3");
    the_token_is_shared_and_only_a_refused_one_forgotten(|| SharedState::sqlite(&file).unwrap())
        .await;
}

#[tokio::test]
async fn the_token_is_shared_through_redis() {
    let Some(redis) = RedisServer::start() else {
        return;
    };
    the_token_is_shared_and_only_a_refused_one_forgotten(|| {
        SharedState::redis(redis.url(), "token-test").unwrap()
    })
    .await;
}

/// A refused login is remembered by every process for a minute: the second client gets the
/// refusal without asking the API again.
#[tokio::test]
async fn a_refused_login_is_remembered_by_every_process() {
    let folder = scratch_folder("sqlite-refusal");
    let file = folder.join("state.sqlite3");
    let server = MockServer::start().await.unwrap();
    let wrong = |_: ()| {
        Client::builder()
            .base_url(server.base_url())
            .credentials(server.username(), "not-the-password")
            .shared_state(SharedState::sqlite(&file).unwrap())
            .build()
            .unwrap()
    };
    let first = wrong(()).send(&check()).await.unwrap_err();
    assert_eq!(first.code(), Some(codes::AUTHENTICATION_FAILED), "{first}");
    let second = wrong(()).send(&check()).await.unwrap_err();
    assert_eq!(
        second.code(),
        Some(codes::AUTHENTICATION_FAILED),
        "{second}"
    );
    assert_eq!(
        logins_sent(&server),
        1,
        "the second was answered from the store"
    );
}

/// A client with a token of its own counts with the others but keeps its token to itself.
#[tokio::test]
async fn a_given_token_is_never_stored() {
    let folder = scratch_folder("sqlite-given");
    let file = folder.join("state.sqlite3");
    let server = MockServer::start().await.unwrap();
    let with_token = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .shared_state(SharedState::sqlite(&file).unwrap())
        .build()
        .unwrap();
    with_token.send(&check()).await.unwrap();
    server.clear_requests();
    let own = Client::builder()
        .base_url(server.base_url())
        .token("a-token-of-its-own")
        .shared_state(SharedState::sqlite(&file).unwrap())
        .build()
        .unwrap();
    let _ = own.send(&check()).await;
    let sent = support::only_api_request(&server);
    let auth = sent.header("authorization").unwrap_or_default();
    assert_eq!(
        auth, "Bearer a-token-of-its-own",
        "its own token, not the stored one"
    );

    let other_account = Client::builder()
        .base_url(server.base_url())
        .credentials("someone-else", "password")
        .shared_state(SharedState::sqlite(&file).unwrap())
        .build()
        .unwrap();
    let _ = other_account.send(&check()).await;
    assert_eq!(
        logins_sent(&server),
        1,
        "another account never shares a token"
    );
}

/// The file and its folder are the owner's alone, and the password is never in the file.
#[tokio::test]
async fn the_state_file_is_the_owners_and_holds_no_password() {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = scratch_folder("sqlite-secrets");
    let file = folder.join("new/folder/state.sqlite3");
    let server = MockServer::start().await.unwrap();
    let client = client(
        &server,
        SharedState::sqlite(&file).unwrap(),
        Duration::from_secs(5),
    );
    client.send(&check()).await.unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    let mut bytes = std::fs::read(&file).unwrap();
    if let Ok(wal) = std::fs::read(file.with_extension("sqlite3-wal")) {
        bytes.extend(wal);
    }
    let password = server.password().as_bytes();
    assert!(
        !bytes.windows(password.len()).any(|w| w == password),
        "the password is in the state file"
    );
}

/// A store that cannot be used: the call fails before anything is sent, and says which store.
#[tokio::test]
async fn a_state_file_that_cannot_be_written_fails_the_call_before_sending() {
    let folder = scratch_folder("sqlite-broken");
    // A regular file where the folder should be, and a file that is not a database.
    let blocked = folder.join("not-a-folder");
    std::fs::write(&blocked, b"x").unwrap();
    let not_database = folder.join("garbage.sqlite3");
    std::fs::write(&not_database, vec![7u8; 4096]).unwrap();
    let server = MockServer::start().await.unwrap();
    for path in [blocked.join("state.sqlite3"), not_database] {
        let client = client(
            &server,
            SharedState::sqlite(&path).unwrap(),
            Duration::from_secs(5),
        );
        let err = client.send(&check()).await.unwrap_err();
        assert!(err.is_shared_state(), "{err:?}");
        assert!(err.to_string().contains(&*path.to_string_lossy()), "{err}");
    }
    assert!(server.requests().is_empty(), "nothing was sent");
}

/// Redis stopped in the middle of a run: calls fail before sending (or, with
/// `Unreachable::Local`, count in the process with longer windows); started again (empty,
/// without the scripts), counting resumes.
#[tokio::test]
async fn redis_stopped_and_started_again() {
    let Some(mut redis) = RedisServer::start() else {
        return;
    };
    let server = MockServer::start().await.unwrap();
    server.set_call_limit_scale(Some(SCALE));
    let refuse = client(
        &server,
        SharedState::redis(redis.url(), "restart").unwrap(),
        Duration::from_secs(5),
    );
    let impatient = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .call_limits(
            CallLimits::documented()
                .scaled(SCALE)
                .max_wait(Duration::ZERO),
        )
        .shared_state(
            SharedState::redis(redis.url(), "restart")
                .unwrap()
                .when_unreachable(Unreachable::Local { processes: 2 }),
        )
        .build()
        .unwrap();
    refuse.send(&check()).await.unwrap();
    impatient.send(&check()).await.unwrap();

    redis.stop();
    let sent = server.requests().len();
    let err = refuse.send(&check()).await.unwrap_err();
    assert!(err.is_shared_state(), "{err:?}");
    assert!(err.to_string().contains("Redis"), "{err}");
    assert_eq!(server.requests().len(), sent, "nothing was sent");

    // Counting alone, with the window twice as long: twenty go, the next is held back for
    // about twice the scaled window (1.53 s). Another domain, so the stand-in's count starts
    // at zero too: the process cannot know what Redis counted before it stopped.
    let alone = check_of("example.net");
    for _ in 0..20 {
        impatient.send(&alone).await.unwrap();
    }
    let held = impatient.send(&alone).await.unwrap_err();
    assert!(held.is_call_limited(), "{held:?}");
    let retry_after = held.retry_after().unwrap();
    assert!(
        retry_after > Duration::from_millis(1_600) && retry_after <= Duration::from_millis(3_060),
        "{retry_after:?}"
    );

    redis.restart();
    refuse
        .send(&check())
        .await
        .expect("the scripts are loaded again");
}

/// A password in the Redis URL never shows: not in `Debug`, not in the error of a store that
/// cannot be reached.
#[tokio::test]
async fn a_redis_password_never_shows() {
    let state = SharedState::redis("redis://:hunter2-secret@127.0.0.1:1/0", "ns").unwrap();
    assert!(!format!("{state:?}").contains("hunter2"), "{state:?}");
    let server = MockServer::start().await.unwrap();
    let client = client(&server, state, Duration::from_secs(5));
    let err = client.send(&check()).await.unwrap_err();
    assert!(err.is_shared_state(), "{err:?}");
    for text in [err.to_string(), format!("{err:?}"), format!("{client:?}")] {
        assert!(!text.contains("hunter2"), "{text}");
    }
    assert!(
        SharedState::redis("redis://x", "a{b}").is_err(),
        "braces would break the slots"
    );
}

/// A new process whose account's token is in the file (a command in a loop, say) reads the
/// token and counts its call in one transaction before the request, and writes nothing after.
/// Counted in a child process of its own: tracing's subscribers are per process.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_with_the_stored_token_costs_one_transaction() {
    let folder = scratch_folder("sqlite-transactions");
    let store = format!("sqlite:{}", folder.join("state.sqlite3").display());
    let server = MockServer::start().await.unwrap();
    let first = client(&server, state_of(&store), Duration::from_secs(5));
    first.send(&check()).await.unwrap();
    let counting = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "shared_state::child_process",
            "--ignored",
            "--nocapture",
        ])
        .env(CHILD, "transactions")
        .env("OP_BASE_URL", server.base_url())
        .env("OP_USERNAME", server.username())
        .env("OP_PASSWORD", server.password())
        .env("OP_STORE", &store)
        .env("OP_CALLS", "1")
        .env("OP_TIMEOUT_MS", "5000")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&counting.stdout);
    assert!(
        stdout.contains("CHILD transactions ok=1 limited=0 other=[] transactions=1"),
        "{stdout}{}",
        String::from_utf8_lossy(&counting.stderr)
    );
    assert_eq!(server.login_count(), 1);
}
