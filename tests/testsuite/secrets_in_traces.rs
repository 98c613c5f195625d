//! No secret ever reaches tracing output, `Debug` or an error: the password, the token, or a
//! `#[sensitive]` field. Output is captured at the most verbose level, span fields included.

use crate::support::*;
use openprovider::customers::{self, ListCustomersRequest};
use openprovider_mock::CannedReply;
use tracing_subscriber::fmt::format::FmtSpan;

openprovider::openprovider_endpoint! {
    /// A list whose filter is marked sensitive, sent in the query string.
    pub secret_search: GET "/customers" -> serde_json::Value {
        #[sensitive]
        email_pattern: Option<String>,
    }
}

// The current-thread runtime keeps every task on this thread, under the capturing subscriber.
#[tokio::test(flavor = "current_thread")]
async fn tracing_debug_and_errors_hold_no_secret() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let (server, client) = server_and_client_with_fast_retries().await;
    let sensitive = "hidden-pattern-value";
    SecretSearchRequest::builder()
        .email_pattern(sensitive)
        .send(&client)
        .await
        .unwrap();
    for _ in 0..4 {
        server.enqueue(CannedReply::html(502, "<html>down</html>").for_path("/customers"));
    }
    let error = SecretSearchRequest::builder()
        .email_pattern(sensitive)
        .send(&client)
        .await
        .unwrap_err();
    server.expire_tokens();
    customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();

    let tokens: Vec<String> = server
        .requests()
        .iter()
        .filter_map(|r| r.header("authorization"))
        .map(|h| h.trim_start_matches("Bearer ").to_owned())
        .collect();
    assert!(tokens.len() >= 2, "two tokens were issued and used");
    let request = SecretSearchRequest::builder()
        .email_pattern(sensitive)
        .build();
    let mut everything = captured.text();
    everything.push_str(&format!("{client:?} {request:?} {error} {error:?}"));

    assert!(
        everything.contains("openprovider.call"),
        "spans were captured: {everything}"
    );
    assert!(everything.contains("secret_search"));
    assert!(everything.contains("attempts"));
    assert!(everything.contains("status=502"), "{everything}");
    for secret in tokens
        .iter()
        .map(String::as_str)
        .chain([server.password(), sensitive])
    {
        assert!(
            !everything.contains(secret),
            "{secret:?} leaked into:\n{everything}"
        );
    }
}
