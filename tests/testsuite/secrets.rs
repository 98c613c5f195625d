//! No secret ever reaches tracing output, `Debug` or an error: the password, the token, or a
//! `#[sensitive]` field. Output is captured at the most verbose level, span fields included.

use std::collections::BTreeSet;

use crate::support::*;
use openprovider::Client;
use openprovider::auth::LoginRequest;
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

    // A transport error: reqwest's own message names the URL, query and all, so the client
    // must strip it. Nothing listens on the address.
    let unreachable = openprovider::Client::builder()
        .base_url(crate::support::REFUSED_URL)
        .token("unused-token")
        .retry(openprovider::RetryPolicy::disabled())
        .build()
        .unwrap();
    let transport = SecretSearchRequest::builder()
        .email_pattern(sensitive)
        .send(&unreachable)
        .await
        .unwrap_err();
    assert!(transport.is_connect(), "{transport:?}");

    let tokens: BTreeSet<String> = server
        .requests()
        .iter()
        .filter_map(|r| r.header("authorization"))
        .map(|h| h.trim_start_matches("Bearer ").to_owned())
        .collect();
    assert_eq!(
        tokens.len(),
        2,
        "the first login's token and the one after the expiry: {tokens:?}"
    );
    let request = SecretSearchRequest::builder()
        .email_pattern(sensitive)
        .build();
    let mut everything = captured.text();
    everything.push_str(&format!(
        "{client:?} {request:?} {error} {error:?} {transport} {transport:?}"
    ));

    assert!(
        everything.contains("openprovider.call"),
        "spans were captured: {everything}"
    );
    assert!(everything.contains("secret_search"));
    assert!(everything.contains("attempts"));
    assert!(everything.contains("status=502"), "{everything}");
    assert!(
        everything.contains("Connect"),
        "the transport error is there, without its URL: {everything}"
    );
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

#[tokio::test]
async fn credentials_in_replies_are_readable_but_never_in_debug() {
    use openprovider::domains::{
        AuthCode, CreateDomainRequest, DomainName, GetAuthCodeRequest, GetDomainRequest,
        TransferDomainRequest,
    };

    let (server, client) = server_and_client().await;
    let owner = created_handle(&server, &client).await;
    let created = CreateDomainRequest::builder(DomainName::new("keep-safe", "com"), 1, &owner)
        .send(&client)
        .await
        .unwrap();
    let code = created
        .auth_code
        .clone()
        .expect("the stand-in issues an auth code");
    assert!(!code.expose().is_empty());
    let domain = GetDomainRequest::builder(created.id)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(
        domain.auth_code.as_ref().map(|c| c.expose()),
        Some(code.expose())
    );
    let read: AuthCode = GetAuthCodeRequest::builder(created.id)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(
        read.auth_code.as_ref().map(|c| c.expose()),
        Some(code.expose())
    );
    let moved =
        TransferDomainRequest::builder(DomainName::new("moving", "nl"), "sent-code", &owner)
            .send(&client)
            .await
            .unwrap();

    let shown = format!("{created:?} {domain:?} {read:?} {moved:?}");
    assert!(!shown.contains(code.expose()), "{shown}");
    if let Some(other) = &moved.auth_code {
        assert!(!shown.contains(other.expose()), "{shown}");
    }
    // Written back out, a reply is what came: the code is there on purpose.
    let written = serde_json::to_value(&created).unwrap();
    assert_eq!(written["auth_code"], code.expose());

    // Replies the stand-in does not make, decoded as they come from the API.
    let token: openprovider::dns::DomainToken = serde_json::from_value(serde_json::json!({
        "token": "zone-token-4c1d", "url": "https://panel.example/?t=zone-token-4c1d"
    }))
    .unwrap();
    let link: openprovider::common::Link =
        serde_json::from_value(serde_json::json!({"url": "https://panel.example/login/9f8e"}))
            .unwrap();
    let otp: openprovider::ssl::OtpToken = serde_json::from_value(serde_json::json!({
        "token": "otp-51a7", "uri": "otpauth://totp/order?secret=otp-51a7"
    }))
    .unwrap();
    let invoice: openprovider::billing::Invoice = serde_json::from_value(serde_json::json!({
        "invoice_url": "https://rest.example/invoice/1?token=inv-77c2&type=invoice",
        "attachment_url": "https://rest.example/invoice/1?token=inv-77c2&type=csv"
    }))
    .unwrap();
    let shown = format!("{token:?} {link:?} {otp:?} {invoice:?}");
    assert!(!shown.contains("zone-token-4c1d"), "{shown}");
    assert!(!shown.contains("9f8e"), "{shown}");
    assert!(!shown.contains("otp-51a7"), "{shown}");
    assert!(!shown.contains("inv-77c2"), "{shown}");
    assert_eq!(token.token, "zone-token-4c1d");
}

#[test]
fn a_sensitive_field_is_starred_in_debug() {
    let request = LoginRequest::builder("someone", "hunter2-secret").build();
    let shown = format!(
        "{request:?} {:?}",
        LoginRequest::builder("someone", "hunter2-secret")
    );
    assert!(!shown.contains("hunter2-secret"), "{shown}");
    assert!(shown.contains("someone"));
    assert!(shown.contains("***"));
    assert_eq!(
        request.password, "hunter2-secret",
        "the value itself is kept"
    );
}

#[tokio::test]
async fn secrets_stay_out_of_client_debug_and_errors() {
    let (server, _) = server_and_client().await;
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .token("the-token-value-123")
        .build()
        .unwrap();
    let shown = format!("{client:?}");
    assert!(!shown.contains(server.password()), "{shown}");
    assert!(!shown.contains("the-token-value-123"), "{shown}");

    // A login reply that does not decode still holds the token in its body. The token is a
    // string under a key the client does not expect, so no message of serde's quotes it by
    // accident, and a body kept in the error would show it.
    let token = "login-token-in-a-bad-reply-5e7a";
    server.enqueue(
        CannedReply::json(
            200,
            serde_json::json!({"data": {"token": {"value": token}, "reseller_id": 1}}),
        )
        .for_path("/auth/login"),
    );
    let fresh = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .build()
        .unwrap();
    let err = openprovider::customers::list_customers(
        &fresh,
        &openprovider::customers::ListCustomersRequest::builder().build(),
    )
    .await
    .unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(!text.contains(server.password()), "{text}");
    assert!(!text.contains(token), "{text}");
    assert!(text.contains("data.token"), "{text}");
}
