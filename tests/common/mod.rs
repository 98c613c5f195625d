//! Shared by the integration tests: a stand-in on loopback and a client logged in to it.

#![allow(dead_code)]

use openprovider::Client;
use openprovider::customers::{Address, CreateCustomerRequest, Name, Phone};
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
