//! What the client costs over the code a user would write by hand with reqwest and serde_json,
//! both against one minimal loopback server that answers canned bytes (not the stand-in, whose
//! own work would hide the client's).
//!
//! ```text
//! cargo bench --bench overhead
//! ```
//!
//! `SIDE=client|hand CASE=get|update|page CALLS=n` runs one side alone, for `valgrind --tool=callgrind`
//! or `strace -f -c`: compare two values of `n` to get instructions or system calls per call.
//! `SIZES=1` prints the size of each side's call future.
//!
//! The client counts its calls against the API's call limits as users have it, with windows
//! scaled down so the bench's identical calls never wait; `LIMITS=off` turns the counting off,
//! to measure what it costs. `MEMORY=1` makes 100,000 distinct calls with the documented limits
//! and then none, and prints the bytes the counts hold. `STATE=sqlite:FILE` or
//! `STATE=redis:URL` keeps the counts in that shared store instead of the process (build with
//! `--features sqlite,redis`), to measure what a store adds to each call.
//!
//! Rounds interleave the two sides so the machine's noise falls on both; each figure is the
//! median over rounds of client / hand-written. It also counts the bytes each side allocates
//! per call with a counting allocator. Targets (issue 10): one `get_customer` and one
//! `update_customer` at most 1.03x, a 1,000-customer page at most 1.10x, throughput with 64
//! tasks at least 0.95x.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use openprovider::customers::{self, GetCustomerRequest, Phone, UpdateCustomerRequest};
use openprovider::{CallLimits, Client, RetryPolicy, reqwest};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Counts bytes allocated, to compare what each side allocates per call.
struct Counting;

static ALLOCATED: AtomicU64 = AtomicU64::new(0);
/// Bytes allocated and not freed, for what the call counts hold.
static LIVE: AtomicI64 = AtomicI64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size() as u64, Ordering::Relaxed);
        LIVE.fetch_add(layout.size() as i64, Ordering::Relaxed);
        // SAFETY: the caller's contract for `alloc` is passed on unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as i64, Ordering::Relaxed);
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size as u64, Ordering::Relaxed);
        LIVE.fetch_add(new_size as i64 - layout.size() as i64, Ordering::Relaxed);
        // SAFETY: as for `alloc` and `dealloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const HANDLE: &str = "CV904716-NL";
const TOKEN: &str = "0123456789abcdef0123456789abcdef";

fn customer_json(n: usize) -> serde_json::Value {
    serde_json::json!({
        "id": 988_275 + n, "handle": format!("CV{:06}-NL", 904_716 + n), "reseller_id": 100_001,
        "name": {"first_name": "Carsten", "last_name": "van Noort", "full_name": "Carsten van Noort", "initials": "C.G.P.", "prefix": ""},
        "company_name": "Hosters with Style",
        "address": {"street": "Albusstraat", "number": "83", "suffix": "", "zipcode": "4903 RG", "city": "Oosterhout", "state": "Noord-Brabant", "country": "NL"},
        "phone": {"country_code": "+31", "area_code": "111", "subscriber_number": "123456"},
        "fax": {"country_code": "", "area_code": "", "subscriber_number": ""},
        "email": "example@mail.tld", "vat": "", "inn": "", "locale": "nl_NL", "comments": "a customer for the benchmark",
        "comments_last_changed_at": "", "tags": [{"key": "customer", "value": "VIP"}],
        "is_deleted": false, "deleted_at": "0000-00-00 00:00:00", "email_verification_status": "ACT",
    })
}

/// A minimal HTTP/1.1 server: reads a request, answers canned bytes chosen by method and path,
/// keeps the connection alive.
async fn serve(listener: TcpListener) {
    let one =
        serde_json::to_vec(&serde_json::json!({"code": 0, "desc": "", "data": customer_json(0)}))
            .unwrap();
    let page: Vec<serde_json::Value> = (0..1000).map(customer_json).collect();
    let page = serde_json::to_vec(
        &serde_json::json!({"code": 0, "desc": "", "data": {"results": page, "total": 1000}}),
    )
    .unwrap();
    let done = br#"{"code":0,"desc":"","data":{"success":true}}"#.to_vec();
    let replies = Arc::new((one, page, done));
    loop {
        let Ok((mut stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let replies = Arc::clone(&replies);
        tokio::spawn(async move {
            let mut buffer = Vec::with_capacity(8192);
            let mut chunk = [0u8; 8192];
            loop {
                // Read one request: headers, then the body by Content-Length.
                let head_end = loop {
                    if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                        break at + 4;
                    }
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                };
                let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                while buffer.len() < head_end + length {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                }
                let body = if head.starts_with("put ") {
                    &replies.2
                } else if head.starts_with("get /v1beta/customers?")
                    || head.starts_with("get /v1beta/customers ")
                {
                    &replies.1
                } else {
                    &replies.0
                };
                buffer.drain(..head_end + length);
                let header = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                );
                if stream.write_all(header.as_bytes()).await.is_err()
                    || stream.write_all(body).await.is_err()
                {
                    return;
                }
            }
        });
    }
}

/// The hand-written side: what a user writes with reqwest and serde_json.
#[derive(Deserialize)]
struct Envelope<T> {
    #[serde(default)]
    code: i32,
    #[serde(default)]
    desc: String,
    data: Option<T>,
}

/// A customer as a user would type it by hand for the same data as the library's `Customer`:
/// serde's derive, the same fields and types, the lenient date function where the API sends
/// `"0000-00-00 00:00:00"`. Decoding both sides into the library's type, as this bench once
/// did, made it blind to what that type's `Deserialize` costs.
#[derive(Deserialize)]
#[allow(dead_code)] // Read for the decode's cost, not for the values.
struct HandCustomer {
    id: Option<i64>,
    handle: Option<String>,
    reseller_id: Option<i64>,
    name: Option<HandName>,
    company_name: Option<String>,
    address: Option<HandAddress>,
    phone: Option<HandPhone>,
    fax: Option<HandPhone>,
    email: Option<String>,
    vat: Option<String>,
    inn: Option<String>,
    locale: Option<String>,
    comments: Option<String>,
    #[serde(default, deserialize_with = "openprovider::de::datetime")]
    comments_last_changed_at: Option<openprovider::jiff::civil::DateTime>,
    #[serde(default)]
    tags: Vec<HandTag>,
    #[serde(default)]
    is_deleted: bool,
    #[serde(default, deserialize_with = "openprovider::de::datetime")]
    deleted_at: Option<openprovider::jiff::civil::DateTime>,
    email_verification_status: Option<String>,
    additional_data: Option<HandAdditionalData>,
    extension_additional_data: Option<Vec<serde_json::Value>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct HandName {
    first_name: Option<String>,
    last_name: Option<String>,
    full_name: Option<String>,
    initials: Option<String>,
    prefix: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct HandAddress {
    street: Option<String>,
    number: Option<String>,
    suffix: Option<String>,
    zipcode: Option<String>,
    city: Option<String>,
    state: Option<String>,
    country: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct HandPhone {
    country_code: Option<String>,
    area_code: Option<String>,
    subscriber_number: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct HandTag {
    key: Option<String>,
    value: Option<String>,
}

/// The customer's additional data: the library's type has these 24 texts and a file list.
#[derive(Deserialize)]
#[allow(dead_code)]
struct HandAdditionalData {
    attached_files: Option<Vec<serde_json::Value>>,
    birth_address: Option<String>,
    birth_city: Option<String>,
    birth_country: Option<String>,
    birth_date: Option<String>,
    birth_state: Option<String>,
    birth_zipcode: Option<String>,
    company_registration_city: Option<String>,
    company_registration_number: Option<String>,
    company_registration_subscription_date: Option<String>,
    company_url: Option<String>,
    headquarters_address: Option<String>,
    headquarters_city: Option<String>,
    headquarters_country: Option<String>,
    headquarters_state: Option<String>,
    headquarters_zipcode: Option<String>,
    passport_number: Option<String>,
    social_security_number: Option<String>,
    trading_name: Option<String>,
    cif_nif_number: Option<String>,
    cost_category: Option<String>,
    cost_center: Option<String>,
    internal_reference: Option<String>,
    project_code: Option<String>,
    purchase_order_number: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct HandList {
    results: Vec<HandCustomer>,
    total: i64,
}

#[derive(Serialize)]
struct UpdateBody<'a> {
    handle: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<&'a Phone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vat: Option<&'a str>,
}

struct Hand {
    http: reqwest::Client,
    base: String,
}

impl Hand {
    async fn get<T: serde::de::DeserializeOwned>(&self, url: String) -> T {
        let bytes = self
            .http
            .get(url)
            .header("authorization", format!("Bearer {TOKEN}"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let envelope: Envelope<T> = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(envelope.code, 0, "{}", envelope.desc);
        envelope.data.unwrap()
    }

    async fn get_customer(&self) -> HandCustomer {
        self.get(format!("{}/customers/{HANDLE}", self.base)).await
    }

    async fn list(&self) -> HandList {
        self.get(format!("{}/customers?limit=1000", self.base))
            .await
    }

    async fn update(&self, phone: &Phone) -> customers::Success {
        let body = serde_json::to_vec(&UpdateBody {
            handle: HANDLE,
            email: Some("new@example.com"),
            phone: Some(phone),
            vat: None,
        })
        .unwrap();
        let bytes = self
            .http
            .put(format!("{}/customers/{HANDLE}", self.base))
            .header("authorization", format!("Bearer {TOKEN}"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let envelope: Envelope<customers::Success> = serde_json::from_slice(&bytes).unwrap();
        envelope.data.unwrap()
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Time per call of `n` sequential calls, and bytes allocated per call.
async fn per_call<F, Fut>(n: usize, mut call: F) -> (Duration, u64)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let bytes_before = ALLOCATED.load(Ordering::Relaxed);
    let started = Instant::now();
    for _ in 0..n {
        call().await;
    }
    let elapsed = started.elapsed() / u32::try_from(n).unwrap();
    let bytes = (ALLOCATED.load(Ordering::Relaxed) - bytes_before) / n as u64;
    (elapsed, bytes)
}

struct Case {
    name: &'static str,
    target: &'static str,
    ratios: Vec<f64>,
    client_bytes: u64,
    hand_bytes: u64,
}

impl Case {
    fn new(name: &'static str, target: &'static str) -> Self {
        Case {
            name,
            target,
            ratios: Vec::new(),
            client_bytes: 0,
            hand_bytes: 0,
        }
    }
}

/// The store `STATE` names, or the process (the default).
fn shared_state() -> openprovider::SharedState {
    let Ok(state) = std::env::var("STATE") else {
        return openprovider::SharedState::in_process();
    };
    #[cfg(feature = "sqlite")]
    if let Some(file) = state.strip_prefix("sqlite:") {
        return openprovider::SharedState::sqlite(file).unwrap();
    }
    #[cfg(feature = "redis")]
    if let Some(url) = state.strip_prefix("redis:") {
        return openprovider::SharedState::redis(url, "overhead-bench").unwrap();
    }
    panic!("STATE={state}: sqlite:FILE or redis:URL, with the feature built in");
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(201);
    // The server runs on a thread and runtime of its own, apart from the two sides' tasks.
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            serve(listener).await;
        });
    });
    let base = format!("http://{}/v1beta", addr_rx.recv().unwrap());

    // The library's builder installs the TLS provider reqwest needs; the hand side's client is
    // the same reqwest client.
    let http = openprovider::http_client_builder().build().unwrap();
    let hand = Hand {
        http: http.clone(),
        base: base.clone(),
    };
    if std::env::var("MEMORY").is_ok() {
        call_counts_memory(&base, &http).await;
        return;
    }
    let limits = if std::env::var("LIMITS").as_deref() == Ok("off") {
        CallLimits::none()
    } else {
        // Counted as for users, in windows of 0.3 ms so the identical calls never wait.
        CallLimits::documented().scaled(1e-6)
    };
    let client = Client::builder()
        .base_url(&base)
        .token(TOKEN)
        .http_client(http.clone())
        .retry(RetryPolicy::disabled())
        .max_in_flight(64)
        .call_limits(limits)
        .shared_state(shared_state())
        .build()
        .unwrap();
    let get = GetCustomerRequest::builder(HANDLE).build();
    let phone = Phone::new("+31", "10", "123456");
    let update = UpdateCustomerRequest::builder(HANDLE)
        .email("new@example.com")
        .phone(phone.clone())
        .build();
    let list = customers::ListCustomersRequest::builder()
        .limit(1000)
        .build();

    // `SIZES=1` prints how large each side's call future is: every move of a future copies it
    // whole, which is how a 6.8 KB future once cost 2,300 instructions a call in `memcpy`.
    if std::env::var("SIZES").is_ok() {
        eprintln!(
            "client future {} bytes, hand future {} bytes",
            std::mem::size_of_val(&customers::get_customer(&client, &get)),
            std::mem::size_of_val(&hand.get_customer())
        );
        return;
    }
    // Warm both sides: connections, allocator, caches.
    for _ in 0..200 {
        hand.get_customer().await;
        customers::get_customer(&client, &get).await.unwrap();
    }

    // `SIDE=client` or `SIDE=hand` runs that side alone, `CALLS` times, for an instruction count
    // (`valgrind --tool=callgrind`) that the machine's noise cannot blur; `CASE` is `get`
    // (the default), `update` or `page`.
    if let Ok(side) = std::env::var("SIDE") {
        let calls: usize = std::env::var("CALLS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(2000);
        let case = std::env::var("CASE").unwrap_or_else(|_| "get".to_owned());
        for _ in 0..calls {
            match (side.as_str(), case.as_str()) {
                ("client", "update") => {
                    customers::update_customer(&client, &update).await.unwrap();
                }
                ("client", "page") => {
                    customers::list_customers(&client, &list).await.unwrap();
                }
                ("client", _) => {
                    customers::get_customer(&client, &get).await.unwrap();
                }
                (_, "update") => {
                    hand.update(&phone).await;
                }
                (_, "page") => {
                    hand.list().await;
                }
                _ => {
                    hand.get_customer().await;
                }
            }
        }
        println!("{calls} {case} calls on the {side} side");
        return;
    }

    let mut cases = [
        Case::new("one get_customer", "<= 1.03x"),
        Case::new("one update_customer (email and phone)", "<= 1.03x"),
        Case::new("a 1,000-customer page (600 KiB)", "<= 1.10x"),
        Case::new("throughput, 64 tasks on one client", ">= 0.95x"),
    ];
    for round in 0..rounds {
        // Alternate which side goes first, so neither always runs on a warmer machine.
        let client_first = round % 2 == 0;

        macro_rules! pair {
            ($index:expr, $n:expr, $client:expr, $hand:expr) => {{
                let ((c, cb), (h, hb)) = if client_first {
                    let c = per_call($n, $client).await;
                    (c, per_call($n, $hand).await)
                } else {
                    let h = per_call($n, $hand).await;
                    (per_call($n, $client).await, h)
                };
                cases[$index].ratios.push(c.as_secs_f64() / h.as_secs_f64());
                cases[$index].client_bytes = cb;
                cases[$index].hand_bytes = hb;
            }};
        }
        pair!(
            0,
            60,
            || async {
                customers::get_customer(&client, &get).await.unwrap();
            },
            || async {
                let _ = hand.get_customer().await;
            }
        );
        pair!(
            1,
            60,
            || async {
                customers::update_customer(&client, &update).await.unwrap();
            },
            || async {
                let _ = hand.update(&phone).await;
            }
        );
        pair!(
            2,
            2,
            || async {
                assert_eq!(
                    customers::list_customers(&client, &list)
                        .await
                        .unwrap()
                        .results
                        .len(),
                    1000
                );
            },
            || async {
                assert_eq!(hand.list().await.results.len(), 1000);
            }
        );

        let throughput = |use_client: bool| {
            let client = client.clone();
            let hand = Arc::new(Hand {
                http: http.clone(),
                base: base.clone(),
            });
            let get = get.clone();
            async move {
                let started = Instant::now();
                let tasks: Vec<_> = (0..64)
                    .map(|_| {
                        let client = client.clone();
                        let hand = Arc::clone(&hand);
                        let get = get.clone();
                        tokio::spawn(async move {
                            for _ in 0..8 {
                                if use_client {
                                    customers::get_customer(&client, &get).await.unwrap();
                                } else {
                                    hand.get_customer().await;
                                }
                            }
                        })
                    })
                    .collect();
                for task in tasks {
                    task.await.unwrap();
                }
                (64.0 * 8.0) / started.elapsed().as_secs_f64()
            }
        };
        let (client_tp, hand_tp) = if client_first {
            let c = throughput(true).await;
            (c, throughput(false).await)
        } else {
            let h = throughput(false).await;
            (throughput(true).await, h)
        };
        cases[3].ratios.push(client_tp / hand_tp);
    }

    println!("client over hand-written, median of {rounds} interleaved rounds:");
    for case in cases {
        let ratio = median(case.ratios.clone());
        let spread = {
            let mut r = case.ratios.clone();
            r.sort_by(f64::total_cmp);
            format!("{:.2}-{:.2}", r[0], r[r.len() - 1])
        };
        if case.client_bytes > 0 {
            println!(
                "  {:<40} {ratio:.3}x (target {}; rounds {spread}); bytes allocated per call: client {}, hand-written {}",
                case.name, case.target, case.client_bytes, case.hand_bytes
            );
        } else {
            println!(
                "  {:<40} {ratio:.3}x (target {}; rounds {spread})",
                case.name, case.target
            );
        }
    }
}

/// What the counts of 100,000 distinct calls hold: the bytes still allocated after the calls,
/// with the documented limits less with none.
async fn call_counts_memory(base: &str, http: &reqwest::Client) {
    const CALLS: usize = 100_000;
    let mut held = Vec::new();
    for limits in [CallLimits::documented(), CallLimits::none()] {
        let client = Client::builder()
            .base_url(base)
            .token(TOKEN)
            .http_client(http.clone())
            .retry(RetryPolicy::disabled())
            .max_in_flight(64)
            .call_limits(limits)
            .build()
            .unwrap();
        // Warm the connections first, so the pool is counted on both sides alike.
        let warm = GetCustomerRequest::builder("WARM-UP").build();
        customers::get_customer(&client, &warm).await.unwrap();
        let before = LIVE.load(Ordering::Relaxed);
        let tasks: Vec<_> = (0..64)
            .map(|task| {
                let client = client.clone();
                tokio::spawn(async move {
                    for i in (task..CALLS).step_by(64) {
                        let get = GetCustomerRequest::builder(format!("XX{i:06}-XX")).build();
                        customers::get_customer(&client, &get).await.unwrap();
                    }
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
        held.push(LIVE.load(Ordering::Relaxed) - before);
        drop(client);
    }
    let counts = held[0] - held[1];
    println!(
        "{CALLS} distinct calls: {} bytes held with the documented limits, {} without; the counts hold {} bytes, {:.0} bytes a call",
        held[0],
        held[1],
        counts,
        counts as f64 / CALLS as f64
    );
}
