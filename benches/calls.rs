//! Throughput of whole calls through the client against the stand-in on loopback, and of
//! decoding a full page of customers. Run with `cargo bench --bench calls`; it prints figures,
//! it asserts nothing. Loopback numbers bound the client's own overhead: the real API's latency
//! dwarfs them.

use std::time::{Duration, Instant};

use openprovider::customers::{
    self, Customer, CustomerList, GetCustomerRequest, ListCustomersRequest,
};
use openprovider::{CallLimits, Client, RetryPolicy};
use openprovider_mock::{CannedReply, MockServer};

const SEQUENTIAL: usize = 2_000;
const CONCURRENT: usize = 4_000;

fn per_second(n: usize, elapsed: Duration) -> f64 {
    n as f64 / elapsed.as_secs_f64()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

#[tokio::main]
async fn main() {
    let server = MockServer::start().await.expect("stand-in starts");
    // Thousands of identical reads: the stand-in's call limits would blacklist the bench.
    server.set_call_limit_scale(None);
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .retry(RetryPolicy::disabled())
        .max_in_flight(16)
        // Counted as for users, in windows short enough that the bench's identical calls
        // never wait: the bench measures calls, not the pace the API allows.
        .call_limits(CallLimits::documented().scaled(1e-6))
        .build()
        .expect("client builds");
    let handle = customers::create_customer(
        &client,
        &customers::CreateCustomerRequest::builder(
            customers::Name::new("Bench", "Mark"),
            customers::Address::new("Street", "1", "1000 AA", "Amsterdam", "NL"),
            customers::Phone::new("+31", "20", "1234567"),
            "bench@example.com",
        )
        .build(),
    )
    .await
    .expect("create succeeds")
    .handle;
    let request = GetCustomerRequest::builder(handle).build();

    // Warm the connection pool.
    for _ in 0..50 {
        customers::get_customer(&client, &request).await.unwrap();
    }

    let mut latencies = Vec::with_capacity(SEQUENTIAL);
    let started = Instant::now();
    for _ in 0..SEQUENTIAL {
        let one = Instant::now();
        customers::get_customer(&client, &request).await.unwrap();
        latencies.push(one.elapsed());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    println!(
        "sequential get_customer: {SEQUENTIAL} calls in {elapsed:.2?} = {:.0} calls/s; p50 {:.0?}, p99 {:.0?}",
        per_second(SEQUENTIAL, elapsed),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );

    let started = Instant::now();
    let tasks: Vec<_> = (0..CONCURRENT)
        .map(|_| {
            let client = client.clone();
            let request = request.clone();
            tokio::spawn(async move { customers::get_customer(&client, &request).await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let elapsed = started.elapsed();
    println!(
        "concurrent get_customer (16 in flight): {CONCURRENT} calls in {elapsed:.2?} = {:.0} calls/s",
        per_second(CONCURRENT, elapsed)
    );

    // A full page: 1000 customers with every field the API sends, decoded by the client.
    let row = server.customer(&request.handle).expect("stored");
    let page = serde_json::json!({"code": 0, "desc": "", "data": {
        "results": vec![row; 1000], "total": 1000
    }});
    let bytes = page.to_string().len();
    const PAGES: usize = 50;
    for _ in 0..PAGES {
        server.enqueue(CannedReply::json(200, page.clone()).for_path("/customers"));
    }
    let list = ListCustomersRequest::builder().limit(1000).build();
    let started = Instant::now();
    for _ in 0..PAGES {
        let decoded: CustomerList = customers::list_customers(&client, &list).await.unwrap();
        assert_eq!(decoded.results.len(), 1000);
    }
    let elapsed = started.elapsed();
    println!(
        "list_customers, 1000-customer pages ({} KiB each): {PAGES} pages in {elapsed:.2?} = {:.1} ms per page",
        bytes / 1024,
        elapsed.as_secs_f64() * 1000.0 / PAGES as f64
    );

    let text = page["data"]["results"][0].to_string();
    const DECODES: usize = 100_000;
    let started = Instant::now();
    for _ in 0..DECODES {
        let customer: Customer = serde_json::from_str(&text).unwrap();
        std::hint::black_box(customer);
    }
    let elapsed = started.elapsed();
    println!(
        "decode one customer ({} bytes, quirks included): {:.2} µs",
        text.len(),
        elapsed.as_secs_f64() * 1e6 / DECODES as f64
    );
}
