//! How the client holds up: shared and renewed logins, retries that never repeat what may have
//! changed data, the limit on requests in flight, hooks, and a load of concurrent calls with
//! faults mixed in. All against the stand-in on loopback.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::*;
use openprovider::customers::{self, GetCustomerRequest, ListCustomersRequest};
use openprovider::{Client, Error, Hook, HookReply, HookRequest, RetryPolicy};
use openprovider_mock::{CannedReply, MockServer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_calls_share_one_login() {
    let (server, client) = server_and_client().await;
    let calls: Vec<_> = (0..32)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { customers::list_customers(&client, &list()).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(count_path(&server, "POST", "/v1beta/auth/login"), 1);
    assert_eq!(count_path(&server, "GET", "/v1beta/customers"), 32);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_login_is_shared_and_never_repeated_in_a_loop() {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials("demo", "wrong-password")
        .build()
        .unwrap();
    let calls: Vec<_> = (0..32)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { customers::list_customers(&client, &list()).await })
        })
        .collect();
    for call in calls {
        let err = call.await.unwrap().unwrap_err();
        assert_eq!(err.code(), Some(196), "{err}");
    }
    assert_eq!(
        server.requests().len(),
        1,
        "one login for 32 waiting calls, nothing else"
    );
}

#[tokio::test]
async fn the_token_is_renewed_before_it_runs_out() {
    let (server, client) =
        server_and_client_with(|b| b.renew_token_after(Duration::from_millis(150))).await;
    customers::list_customers(&client, &list()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(250)).await;
    customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(server.login_count(), 2);
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/v1beta/auth/login",
            "/v1beta/customers",
            "/v1beta/auth/login",
            "/v1beta/customers"
        ],
        "renewed before use, not after a refusal"
    );
}

#[tokio::test]
async fn a_stale_token_given_with_credentials_is_replaced_by_a_login() {
    let (server, client) = server_and_client_with(|b| b.token("stale-token-from-a-cache")).await;
    customers::list_customers(&client, &list()).await.unwrap();
    let requests = server.requests();
    let paths: Vec<&str> = requests.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/v1beta/customers",
            "/v1beta/auth/login",
            "/v1beta/customers"
        ]
    );
    assert_eq!(
        requests[0].header("authorization"),
        Some("Bearer stale-token-from-a-cache")
    );
    assert_ne!(
        requests[2].header("authorization"),
        requests[0].header("authorization")
    );
}

#[tokio::test]
async fn a_code_196_after_a_fresh_login_is_returned_not_looped() {
    let (server, client) = server_and_client().await;
    customers::list_customers(&client, &list()).await.unwrap();
    for _ in 0..2 {
        server.enqueue(
            CannedReply::api_error(200, 196, "Authentication/Authorization Failed")
                .for_path("/customers"),
        );
    }
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(196));
    assert_eq!(server.login_count(), 2, "one login, one re-login, no more");
    assert_eq!(count_path(&server, "GET", "/v1beta/customers"), 3);
}

#[tokio::test]
async fn a_get_after_one_503_succeeds_on_the_second_request() {
    let (server, client) = server_and_client_with_fast_retries().await;
    server.enqueue(CannedReply::html(503, "busy").for_path("/customers"));
    customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(count_path(&server, "GET", "/v1beta/customers"), 2);
}

#[tokio::test]
async fn a_put_and_a_delete_are_retried_too() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let handle = created_handle(&server, &client).await;
    let path = format!("/v1beta/customers/{handle}");
    server.enqueue(CannedReply::html(502, "bad gateway").for_path("/customers/"));
    customers::UpdateCustomerRequest::builder(handle.clone())
        .vat("NL1")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(count_path(&server, "PUT", &path), 2);
    server.enqueue(CannedReply::html(504, "timeout").for_path("/customers/"));
    customers::delete_customer(
        &client,
        &customers::DeleteCustomerRequest::builder(handle).build(),
    )
    .await
    .unwrap();
    assert_eq!(count_path(&server, "DELETE", &path), 2);
}

#[tokio::test]
async fn a_post_after_a_503_fails_with_one_request() {
    let (server, client) = server_and_client_with_fast_retries().await;
    server.enqueue(CannedReply::html(503, "busy").for_path("/customers"));
    let err = customers::create_customer(&client, &new_customer())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(
        count_path(&server, "POST", "/v1beta/customers"),
        1,
        "it may have been carried out"
    );
    let page = customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(page.total, Some(0));
}

#[tokio::test]
async fn a_429_with_retry_after_waits_at_least_that_long() {
    let (server, client) = server_and_client_with_fast_retries().await;
    customers::list_customers(&client, &list()).await.unwrap();
    server.enqueue(
        CannedReply::json(429, serde_json::json!({}))
            .header("Retry-After", "1")
            .for_path("/customers"),
    );
    let started = Instant::now();
    customers::list_customers(&client, &list()).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(count_path(&server, "GET", "/v1beta/customers"), 3);
}

#[tokio::test]
async fn a_business_error_as_http_500_is_not_retried() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let err = customers::get_customer(&client, &GetCustomerRequest::builder("NO000000-NL").build())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(176));
    assert_eq!(
        count_path(&server, "GET", "/v1beta/customers/NO000000-NL"),
        1
    );
}

#[tokio::test]
async fn an_ip_block_is_not_retried_even_on_429() {
    let (server, client) = server_and_client_with_fast_retries().await;
    server.enqueue(CannedReply::api_error(429, 10005, "Access denied").for_path("/customers"));
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(10005));
    assert_eq!(count_path(&server, "GET", "/v1beta/customers"), 1);
}

#[tokio::test]
async fn attempts_stop_at_the_policys_bound() {
    let policy = RetryPolicy::default()
        .with_max_attempts(3)
        .with_delays(Duration::from_millis(5), Duration::from_millis(5));
    let (server, client) = server_and_client_with(|b| b.retry(policy)).await;
    for _ in 0..10 {
        server.enqueue(CannedReply::html(503, "busy").for_path("/customers"));
    }
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(count_path(&server, "GET", "/v1beta/customers"), 3);
}

#[tokio::test]
async fn waiting_stops_at_the_policys_time_budget() {
    // Waits are 50 to 100 ms (jitter adds up to as much again); 250 ms of waiting allows two to
    // five of them, however the jitter falls.
    let policy = RetryPolicy::default()
        .with_max_attempts(50)
        .with_delays(Duration::from_millis(50), Duration::from_millis(50))
        .with_max_waiting(Duration::from_millis(250));
    let (server, client) = server_and_client_with(|b| b.retry(policy)).await;
    for _ in 0..50 {
        server.enqueue(CannedReply::html(503, "busy").for_path("/customers"));
    }
    let started = Instant::now();
    customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    let attempts = count_path(&server, "GET", "/v1beta/customers");
    assert!((3..=6).contains(&attempts), "{attempts} attempts");
    assert!(
        started.elapsed() >= Duration::from_millis(100),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_retry_after_beyond_the_waiting_budget_is_not_waited_for() {
    let policy = RetryPolicy::default().with_max_waiting(Duration::from_secs(5));
    let (server, client) = server_and_client_with(|b| b.retry(policy)).await;
    server.enqueue(
        CannedReply::html(503, "busy")
            .header("Retry-After", "60")
            .for_path("/customers"),
    );
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(count_path(&server, "GET", "/v1beta/customers"), 1);
}

/// Counts attempts as a hook sees them.
#[derive(Default)]
struct Counting {
    requests: AtomicUsize,
    replies: Mutex<Vec<(String, u16, u32)>>,
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
    saw_authorization: AtomicUsize,
}

impl Hook for Counting {
    fn on_request(&self, request: &mut HookRequest<'_>) {
        self.requests.fetch_add(1, Ordering::SeqCst);
        if request.headers.contains_key("authorization") {
            self.saw_authorization.fetch_add(1, Ordering::SeqCst);
        }
        request
            .headers
            .insert("x-request-source", "resilience-test".parse().unwrap());
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.most_in_flight.fetch_max(now, Ordering::SeqCst);
    }

    fn on_reply(&self, reply: &HookReply<'_>) {
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        self.replies
            .lock()
            .unwrap()
            .push((reply.endpoint.to_owned(), reply.status, reply.attempt));
    }
}

#[tokio::test]
async fn a_hook_sees_and_changes_requests_and_sees_replies_but_never_the_token() {
    let hook = Arc::new(Counting::default());
    let (server, client) =
        server_and_client_with(|b| b.hook(Arc::clone(&hook)).retry(fast_retries())).await;
    server.enqueue(CannedReply::html(503, "busy").for_path("/customers"));
    customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(
        hook.requests.load(Ordering::SeqCst),
        3,
        "login, a 503, the retry"
    );
    assert_eq!(
        *hook.replies.lock().unwrap(),
        [
            ("login".to_owned(), 200, 1),
            ("list_customers".to_owned(), 503, 1),
            ("list_customers".to_owned(), 200, 2)
        ]
    );
    assert_eq!(hook.saw_authorization.load(Ordering::SeqCst), 0);
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.header("x-request-source") == Some("resilience-test"))
    );
}

/// Every reply body a hook was shown, with its entry.
#[derive(Default)]
struct ReplyBodies(Mutex<Vec<(&'static str, String)>>);

impl Hook for ReplyBodies {
    fn on_reply(&self, reply: &HookReply<'_>) {
        let body = String::from_utf8_lossy(reply.body).into_owned();
        self.0.lock().unwrap().push((reply.endpoint, body));
    }
}

/// The token the stand-in issued, as the client sent it.
fn token_sent(server: &MockServer) -> String {
    let sent = api_requests(server);
    let header = sent[0].header("authorization").expect("a bearer token");
    header.strip_prefix("Bearer ").unwrap().to_owned()
}

#[tokio::test]
async fn a_hook_never_sees_the_token_in_the_login_reply() {
    let hook = Arc::new(ReplyBodies::default());
    let (server, client) = server_and_client_with(|b| b.hook(Arc::clone(&hook))).await;
    customers::list_customers(&client, &list()).await.unwrap();
    let token = token_sent(&server);
    assert!(token.len() >= 16, "a real token: {token}");
    for (entry, body) in hook.0.lock().unwrap().iter() {
        assert!(
            !body.contains(&token),
            "the hook saw the token in the reply of {entry}: {body}"
        );
    }
}

#[tokio::test]
async fn a_hook_sees_the_body_of_every_reply_but_the_login() {
    let hook = Arc::new(ReplyBodies::default());
    let (server, client) = server_and_client_with(|b| b.hook(Arc::clone(&hook))).await;
    let handle = created_handle(&server, &client).await;
    hook.0.lock().unwrap().clear();
    customers::get_customer(&client, &GetCustomerRequest::builder(&handle).build())
        .await
        .unwrap();
    let bodies = hook.0.lock().unwrap();
    let (entry, body) = bodies.last().unwrap();
    assert_eq!(*entry, "get_customer");
    let reply: serde_json::Value = serde_json::from_str(body).expect("the body as it came");
    assert_eq!(reply["data"]["handle"], handle.as_str(), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_in_flight_stay_within_the_limit() {
    let hook = Arc::new(Counting::default());
    let (server, client) =
        server_and_client_with(|b| b.hook(Arc::clone(&hook)).max_in_flight(3)).await;
    customers::list_customers(&client, &list()).await.unwrap();
    server.set_latency(Duration::from_millis(30));
    let calls: Vec<_> = (0..24)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { customers::list_customers(&client, &list()).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let most = hook.most_in_flight.load(Ordering::SeqCst);
    assert!(most <= 3, "{most} in flight");
    assert!(most >= 2, "calls did overlap ({most})");
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_post_since_nothing_was_sent() {
    let url = crate::support::REFUSED_URL;
    let hook = Arc::new(Counting::default());
    let client = Client::builder()
        .base_url(url)
        .token("t")
        .retry(fast_retries().with_max_attempts(3))
        .hook(Arc::clone(&hook))
        .build()
        .unwrap();
    let err = customers::create_customer(&client, &new_customer())
        .await
        .unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert_eq!(hook.requests.load(Ordering::SeqCst), 3);
}

// On tokio's paused clock the login and the first list cannot time out however loaded the
// machine is, and the slow replies take no real time.
#[tokio::test(start_paused = true)]
async fn a_timed_out_read_is_retried_and_a_timed_out_create_is_not() {
    let (server, client) = server_and_client_with(|b| {
        b.retry(fast_retries().with_max_attempts(3))
            .timeout(Duration::from_millis(100))
    })
    .await;
    customers::list_customers(&client, &list()).await.unwrap();
    server.set_latency(Duration::from_millis(400));
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(!err.may_have_acted(), "a read is safe to repeat: {err}");
    assert_eq!(
        count_path(&server, "GET", "/v1beta/customers"),
        1 + 3,
        "the first call, then three attempts that timed out"
    );

    let err = customers::create_customer(&client, &new_customer())
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.may_have_acted(), "{err:?}");
    assert!(err.to_string().contains("may have acted"), "{err}");
    assert_eq!(
        count_path(&server, "POST", "/v1beta/customers"),
        1,
        "a create that may have reached the server is never sent again"
    );
}

#[tokio::test]
async fn an_entrys_own_timeout_overrides_the_clients() {
    openprovider::openprovider_endpoint! {
        #[timeout = "100ms"]
        pub impatient_list: GET "/customers" -> serde_json::Value {}
    }
    let (server, client) = server_and_client().await;
    customers::list_customers(&client, &list()).await.unwrap();
    server.set_latency(Duration::from_millis(400));
    let err = ImpatientListRequest::builder()
        .send(&client)
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
}

/// 400 concurrent calls on one client, 300 idempotent reads and 100 creates, with 60 faults
/// (502, 503, 504, 429) mixed in. Every call is accounted for, no create is sent twice, and
/// one login serves all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_with_faults_loses_and_duplicates_nothing() {
    const READS: usize = 300;
    const CREATES: usize = 100;
    let policy = RetryPolicy::default()
        .with_max_attempts(20)
        .with_delays(Duration::from_millis(2), Duration::from_millis(20));
    let (server, client) = server_and_client_with(|b| b.retry(policy).max_in_flight(32)).await;
    let faults: Vec<CannedReply> = (0..60)
        .map(|i| match i % 4 {
            0 => CannedReply::html(502, "<html>bad gateway</html>"),
            1 => CannedReply::html(503, "busy"),
            2 => CannedReply::html(504, "gateway timeout"),
            _ => CannedReply::json(429, serde_json::json!({})).header("Retry-After", "0"),
        })
        .map(|reply| reply.for_path("/customers"))
        .collect();
    let fault_count = faults.len();
    for fault in faults {
        server.enqueue(fault);
    }

    let started = Instant::now();
    // Creates are spread among the reads, so faults fall on both.
    let mut tasks = Vec::new();
    let (mut reads_spawned, mut creates_spawned) = (0, 0);
    for i in 0..READS + CREATES {
        let client = client.clone();
        if i % 4 == 3 {
            let n = creates_spawned;
            creates_spawned += 1;
            tasks.push((
                false,
                tokio::spawn(async move {
                    let mut request = new_customer();
                    request.email = format!("create-{n}@example.com");
                    customers::create_customer(&client, &request)
                        .await
                        .map(|_| ())
                }),
            ));
        } else {
            let n = reads_spawned;
            reads_spawned += 1;
            tasks.push((
                true,
                tokio::spawn(async move {
                    let request = ListCustomersRequest::builder()
                        .comment_pattern(format!("read-{n}"))
                        .build();
                    customers::list_customers(&client, &request)
                        .await
                        .map(|_| ())
                }),
            ));
        }
    }
    let (mut reads, mut creates) = (Vec::new(), Vec::new());
    for (is_read, task) in tasks {
        let result = task.await.expect("no task panicked");
        if is_read {
            reads.push(result);
        } else {
            creates.push(result);
        }
    }
    let wall = started.elapsed();

    assert!(
        reads.iter().all(Result::is_ok),
        "every read succeeds after retries"
    );
    let failed_creates: Vec<&Error> = creates.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        failed_creates
            .iter()
            .all(|e| matches!(e.status(), Some(429 | 502 | 503 | 504))),
        "{failed_creates:?}"
    );

    let requests = server.requests();
    let mut per_read: HashMap<String, usize> = HashMap::new();
    let mut per_create: HashMap<String, usize> = HashMap::new();
    for r in &requests {
        if r.method == "GET" {
            let marker = r
                .query_pairs()
                .into_iter()
                .find(|(k, _)| k == "comment_pattern");
            *per_read.entry(marker.unwrap().1).or_default() += 1;
        } else if r.method == "POST" && r.path == "/v1beta/customers" {
            let email = r.json().unwrap()["email"].as_str().unwrap().to_owned();
            *per_create.entry(email).or_default() += 1;
        }
    }
    assert_eq!(per_read.len(), READS, "every read reached the server");
    assert_eq!(per_create.len(), CREATES, "every create reached the server");
    assert!(
        per_create.values().all(|n| *n == 1),
        "no create was sent twice"
    );
    assert_eq!(server.pending_replies(), 0, "every fault was served");
    let read_retries: usize = per_read.values().map(|n| n - 1).sum();
    assert_eq!(
        read_retries + failed_creates.len(),
        fault_count,
        "each fault cost a read one retry or a create its result"
    );
    assert_eq!(server.login_count(), 1);
    let stored = customers::list_customers(
        &client,
        &ListCustomersRequest::builder().limit(1000).build(),
    )
    .await
    .unwrap();
    assert_eq!(stored.total, Some((CREATES - failed_creates.len()) as i64));
    eprintln!(
        "load: {} calls ({READS} reads, {CREATES} creates), {fault_count} faults injected, \
         {read_retries} read retries, {} creates failed on a fault, {} requests, 1 login, wall time {wall:?}",
        READS + CREATES,
        failed_creates.len(),
        requests.len()
    );
}
