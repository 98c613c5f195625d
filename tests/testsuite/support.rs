//! Shared by the integration tests: a stand-in on loopback, a client logged in to it, and the
//! helpers several areas use to read what the stand-in received.

use std::time::Duration;

use openprovider::customers::{Address, CreateCustomerRequest, ListCustomersRequest, Name, Phone};
use openprovider::{Client, RetryPolicy};
use openprovider_mock::{MockServer, RecordedRequest};

pub async fn server_and_client() -> (MockServer, Client) {
    server_and_client_with(|builder| builder).await
}

/// Like [`server_and_client`], with the builder adjusted first.
pub async fn server_and_client_with(
    configure: impl FnOnce(openprovider::ClientBuilder) -> openprovider::ClientBuilder,
) -> (MockServer, Client) {
    let server = MockServer::start().await.expect("stand-in starts");
    let builder = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password());
    let client = configure(builder).build().expect("client builds");
    (server, client)
}

/// A client that returns every failure at once, for tests of how one reply decodes.
pub async fn server_and_client_without_retries() -> (MockServer, Client) {
    server_and_client_with(|b| b.retry(openprovider::RetryPolicy::disabled())).await
}

/// The default policy with waits short enough that a test of retries takes milliseconds.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().with_delays(Duration::from_millis(5), Duration::from_millis(20))
}

/// A client that retries as by default, only with short waits.
pub async fn server_and_client_with_fast_retries() -> (MockServer, Client) {
    server_and_client_with(|b| b.retry(fast_retries())).await
}

/// The first page of customers, with nothing set: the simplest call that needs a login.
pub fn list() -> ListCustomersRequest {
    ListCustomersRequest::builder().build()
}

/// How many requests with this method reached this path, logins included.
pub fn count_path(server: &MockServer, method: &str, path: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.method == method && r.path == path)
        .count()
}

/// The requests other than logins.
pub fn api_requests(server: &MockServer) -> Vec<RecordedRequest> {
    server
        .requests()
        .into_iter()
        .filter(|r| !r.path.ends_with("/auth/login"))
        .collect()
}

pub fn only_api_request(server: &MockServer) -> RecordedRequest {
    let mut requests = api_requests(server);
    assert_eq!(
        requests.len(),
        1,
        "expected one API request, got {requests:#?}"
    );
    requests.remove(0)
}

/// The minimal customer of Openprovider's quick-start.
pub fn new_customer() -> CreateCustomerRequest {
    CreateCustomerRequest::builder(
        Name::new("Carsten", "van Noort"),
        Address::new("Albusstraat", "83", "4903 RG", "Oosterhout", "NL"),
        Phone::new("+31", "111", "123456"),
        "example@mail.tld",
    )
    .build()
}

pub async fn created_handle(server: &MockServer, client: &Client) -> String {
    let handle = openprovider::customers::create_customer(client, &new_customer())
        .await
        .expect("create succeeds")
        .handle;
    server.clear_requests();
    handle
}

/// Whether a JSON value holds a `null` anywhere.
pub fn has_null(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Null => true,
        serde_json::Value::Array(items) => items.iter().any(has_null),
        serde_json::Value::Object(map) => map.values().any(has_null),
        _ => false,
    }
}

/// Everything a `tracing_subscriber::fmt` subscriber writes, kept for a test to read.
#[derive(Clone, Default)]
pub struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// A base URL where nothing listens. Not a stand-in's address after it stopped: the system
/// hands that port to the next test that binds one, and a stand-in started meanwhile would
/// answer. Port 1 is below the range ports are handed out from.
pub const REFUSED_URL: &str = "http://127.0.0.1:1/v1beta";
