//! Every default the README states, at the value it states, so the docs and the code cannot
//! drift apart. Where waiting is involved the clock is tokio's paused one: the stand-in runs on
//! the test's own thread, its latency is a tokio sleep, and time moves only when every task
//! waits, so a wait of hours takes no time and its length is exact.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use openprovider::customers;
use openprovider::domains::{
    CreateDomainRequest, DomainName, RenewDomainRequest, TransferDomainRequest,
};
use openprovider::{Client, Error, Hook, HookRequest, RetryPolicy};
use openprovider_mock::{CannedReply, MockServer};
use tokio::time::Instant;

use crate::support::{count_path, created_handle, list, server_and_client_with};

const SECOND: Duration = Duration::from_secs(1);
const CUSTOMERS: &str = "/v1beta/customers";
const LOGIN: &str = "/v1beta/auth/login";

/// When each attempt of `list_customers` started, on tokio's clock.
#[derive(Default)]
struct AttemptTimes(Mutex<Vec<Instant>>);

impl Hook for AttemptTimes {
    fn on_request(&self, request: &mut HookRequest<'_>) {
        if request.endpoint == "list_customers" {
            self.0.lock().unwrap().push(Instant::now());
        }
    }
}

impl AttemptTimes {
    fn gaps(&self) -> Vec<Duration> {
        let times = self.0.lock().unwrap();
        times.windows(2).map(|w| w[1] - w[0]).collect()
    }
}

/// A client with the defaults but for `configure`, logged in before the test starts.
async fn logged_in(
    configure: impl FnOnce(openprovider::ClientBuilder) -> openprovider::ClientBuilder,
) -> (MockServer, Client) {
    let (server, client) = server_and_client_with(configure).await;
    customers::list_customers(&client, &list()).await.unwrap();
    server.clear_requests();
    (server, client)
}

#[tokio::test(start_paused = true)]
async fn retry_waits_start_at_250_ms_double_and_stop_growing_at_8_s() {
    const CALLS: usize = 12;
    let times = Arc::new(AttemptTimes::default());
    // Only the number of attempts and the budget are raised, so the waits can reach the cap.
    let policy = RetryPolicy::default()
        .with_max_attempts(8)
        .with_max_waiting(Duration::from_secs(3600));
    let (server, client) = logged_in(|b| b.retry(policy).hook(Arc::clone(&times))).await;
    // Each wait is its step of 250 ms doubling, capped at 8 s, plus up to as much again.
    let steps_ms = [250, 500, 1_000, 2_000, 4_000, 8_000, 8_000];
    // How far above its step the least-jittered wait was. With the documented steps it comes
    // close to 1 over this many waits; with a first step of 300 ms it could not go under 1.2.
    let mut least_ratio = f64::MAX;
    for _ in 0..CALLS {
        times.0.lock().unwrap().clear();
        for _ in 0..7 {
            server.enqueue(CannedReply::html(503, "busy").for_path("/customers"));
        }
        customers::list_customers(&client, &list()).await.unwrap();
        let gaps = times.gaps();
        assert_eq!(gaps.len(), 7, "eight attempts: {gaps:?}");
        for (gap, step) in gaps.iter().zip(steps_ms) {
            let step = Duration::from_millis(step);
            // tokio's timers fire on whole milliseconds, rounding a sleep up: a wait drawn just
            // under twice its step is seen as twice its step.
            assert!(
                *gap >= step && *gap <= step * 2 + Duration::from_millis(1),
                "a wait of {gap:?} for the step of {step:?}: {gaps:?}"
            );
            least_ratio = least_ratio.min(gap.as_secs_f64() / step.as_secs_f64());
        }
    }
    // 84 waits with jitter drawn evenly from [0, 1) all above 0.15: about 1 in 500,000.
    assert!(
        least_ratio < 1.15,
        "no wait came near its step: {least_ratio}"
    );
}

#[tokio::test(start_paused = true)]
async fn waiting_stops_at_30_s_per_call() {
    let policy = RetryPolicy::default().with_max_attempts(10);
    let (server, client) = logged_in(|b| b.retry(policy)).await;
    // Retry-After takes the place of the computed waits, so the sum is known: 10 + 10 + 10 is
    // exactly the budget, and one more second is past it.
    for seconds in ["10", "10", "10", "1"] {
        server.enqueue(
            CannedReply::html(503, "busy")
                .header("Retry-After", seconds)
                .for_path("/customers"),
        );
    }
    let started = Instant::now();
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503), "{err}");
    assert_eq!(
        count_path(&server, "GET", CUSTOMERS),
        4,
        "three waits of 10 s fit in 30 s, a fourth of 1 s does not"
    );
    assert_eq!(started.elapsed().as_secs(), 30);
}

#[tokio::test(start_paused = true)]
async fn an_attempt_times_out_after_60_s() {
    let (server, client) = logged_in(|b| b.retry(RetryPolicy::disabled())).await;
    server.set_latency(Duration::from_secs(59));
    customers::list_customers(&client, &list())
        .await
        .expect("a reply after 59 s is waited for");

    server.set_latency(Duration::from_secs(61));
    let started = Instant::now();
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed().as_secs(), 60);
}

#[tokio::test(start_paused = true)]
async fn registrations_renewals_and_transfers_wait_up_to_180_s() {
    let (server, client) = server_and_client_with(|b| b).await;
    let owner = created_handle(&server, &client).await;
    server.set_latency(Duration::from_secs(179));
    let created = CreateDomainRequest::builder(DomainName::new("slow-registry", "com"), 1, &owner)
        .send(&client)
        .await
        .expect("a registration waits past the client's 60 s");
    RenewDomainRequest::builder(created.id, 1)
        .send(&client)
        .await
        .expect("so does a renewal");
    TransferDomainRequest::builder(DomainName::new("moving-in", "nl"), "transfer-code", &owner)
        .send(&client)
        .await
        .expect("and a transfer");

    server.set_latency(Duration::from_secs(181));
    let started = Instant::now();
    let err = CreateDomainRequest::builder(DomainName::new("slower-registry", "com"), 1, &owner)
        .send(&client)
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed().as_secs(), 180);
}

/// How long `calls` concurrent lists take when each reply takes a second.
async fn seconds_for(calls: usize) -> u64 {
    let (server, client) = logged_in(|b| b).await;
    server.set_latency(SECOND);
    let started = Instant::now();
    let tasks: Vec<_> = (0..calls)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { customers::list_customers(&client, &list()).await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(count_path(&server, "GET", CUSTOMERS), calls);
    started.elapsed().as_secs()
}

#[tokio::test(start_paused = true)]
async fn sixteen_requests_are_in_flight_at_most() {
    assert_eq!(seconds_for(16).await, 1, "16 calls go out together");
    assert_eq!(seconds_for(17).await, 2, "the 17th waits for one of them");
}

#[tokio::test]
async fn a_reply_is_read_up_to_64_mib() {
    let (server, client) = logged_in(|b| b.retry(RetryPolicy::disabled())).await;
    server.enqueue(CannedReply::html(200, "x".repeat(64 * 1024 * 1024 + 1)).for_path("/customers"));
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::ReplyTooLarge { limit, .. } if limit == 64 * 1024 * 1024),
        "{err:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn the_token_is_renewed_after_24_hours() {
    let (server, client) = logged_in(|b| b).await;
    tokio::time::advance(Duration::from_secs(24 * 3600) - SECOND).await;
    customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(
        count_path(&server, "POST", LOGIN),
        0,
        "still fresh at 23:59:59"
    );

    tokio::time::advance(2 * SECOND).await;
    customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(count_path(&server, "POST", LOGIN), 1, "renewed at 24:00:01");
}

#[tokio::test(start_paused = true)]
async fn a_refused_login_is_remembered_for_one_minute() {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), "wrong-password")
        .build()
        .unwrap();
    let first = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(first.code(), Some(196), "{first}");

    tokio::time::advance(Duration::from_secs(59)).await;
    let again = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(again.code(), Some(196), "{again}");
    assert_eq!(
        count_path(&server, "POST", LOGIN),
        1,
        "within the minute the refusal is returned without asking"
    );

    tokio::time::advance(2 * SECOND).await;
    customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(
        count_path(&server, "POST", LOGIN),
        2,
        "after the minute the login is tried again"
    );
}
