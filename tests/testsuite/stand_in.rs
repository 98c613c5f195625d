//! The stand-in's own behaviour: sessions and token expiry, fault injection, the request log.

use std::time::Duration;

use crate::support::*;
use openprovider::customers::{self, ListCustomersRequest};
use openprovider::{Client, Error};
use openprovider_mock::{AuthFailure, CannedReply, MockServer};
use serde_json::json;

#[tokio::test]
async fn every_call_but_login_needs_a_valid_token() {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .token("made-up")
        .build()
        .unwrap();
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.code(), Some(196));
    assert_eq!(
        server.requests().len(),
        1,
        "no credentials, so no second try"
    );
}

#[tokio::test]
async fn an_expired_token_is_renewed_by_logging_in_again_for_each_way_the_api_refuses_it() {
    for failure in [
        AuthFailure::Http401,
        AuthFailure::Code196In500,
        AuthFailure::Code196In200,
    ] {
        let (server, client) = server_and_client().await;
        server.set_auth_failure(failure);
        customers::list_customers(&client, &list()).await.unwrap();
        server.expire_tokens();
        customers::list_customers(&client, &list()).await.unwrap();
        assert_eq!(server.login_count(), 2, "{failure:?}");
        let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
        assert_eq!(
            paths,
            [
                "/v1beta/auth/login",
                "/v1beta/customers",
                "/v1beta/customers",
                "/v1beta/auth/login",
                "/v1beta/customers"
            ],
            "{failure:?}"
        );
    }
}

#[tokio::test]
async fn tokens_run_out_after_their_lifetime() {
    let (server, client) = server_and_client().await;
    server.set_token_lifetime(Duration::from_millis(200));
    // However long this first call takes on a loaded machine (it may log in twice), the token
    // it ends with is at most 200 ms old when it returns.
    customers::list_customers(&client, &list()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.clear_requests();
    customers::list_customers(&client, &list()).await.unwrap();
    let requests = server.requests();
    let paths: Vec<&str> = requests.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths[..3],
        [
            "/v1beta/customers",
            "/v1beta/auth/login",
            "/v1beta/customers"
        ],
        "the old token was refused, so the client logged in again"
    );
    assert_ne!(
        requests[0].header("authorization"),
        requests[2].header("authorization")
    );
}

#[tokio::test]
async fn login_checks_the_credentials() {
    let server = MockServer::start().await.unwrap();
    server.add_account("second", "pw-2");
    let as_user = |user: &str, password: &str| {
        Client::builder()
            .base_url(server.base_url())
            .credentials(user, password)
            .build()
            .unwrap()
    };
    customers::list_customers(&as_user("second", "pw-2"), &list())
        .await
        .unwrap();
    let err = customers::list_customers(&as_user("second", "wrong"), &list())
        .await
        .unwrap_err();
    assert_eq!((err.code(), err.status()), (Some(196), Some(500)));
    let err = customers::list_customers(&as_user("nobody", "pw-2"), &list())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(196));
    assert_eq!(server.login_count(), 1);
}

#[tokio::test]
async fn canned_replies_carry_status_headers_and_body_once_each() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(CannedReply::api_error(429, 10005, "Access denied").header("Retry-After", "1"));
    server.enqueue(CannedReply::html(503, "<h1>down</h1>"));
    let url = format!("{}/customers", server.base_url());
    let first = openprovider::reqwest::get(&url).await.unwrap();
    assert_eq!(first.status().as_u16(), 429);
    assert_eq!(first.headers()["retry-after"], "1");
    assert_eq!(
        first.text().await.unwrap(),
        json!({"code": 10005, "desc": "Access denied", "data": ""}).to_string()
    );
    let second = openprovider::reqwest::get(&url).await.unwrap();
    assert_eq!(second.status().as_u16(), 503);
    assert_eq!(second.text().await.unwrap(), "<h1>down</h1>");
    let third = openprovider::reqwest::get(&url).await.unwrap();
    assert_eq!(
        third.status().as_u16(),
        401,
        "the queue is empty: the stand-in answers for real"
    );
    assert_eq!(server.pending_replies(), 0);
}

#[tokio::test]
async fn a_canned_reply_for_a_path_lets_other_requests_pass() {
    let (server, client) = server_and_client_without_retries().await;
    server.enqueue(CannedReply::html(502, "bad gateway").for_path("/customers/"));
    customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(
        server.pending_replies(),
        1,
        "the login and the list passed it by"
    );
    let err = customers::get_customer(
        &client,
        &customers::GetCustomerRequest::builder("AB1-NL").build(),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, Error::Http { status: 502, .. }), "{err:?}");
}

#[tokio::test(start_paused = true)]
async fn latency_delays_every_answer() {
    let (server, client) = server_and_client().await;
    customers::list_customers(&client, &list()).await.unwrap();
    server.set_latency(Duration::from_millis(150));
    let started = tokio::time::Instant::now();
    customers::list_customers(&client, &list()).await.unwrap();
    assert_eq!(started.elapsed(), Duration::from_millis(150));
}

#[tokio::test(start_paused = true)]
async fn a_client_timeout_ends_a_slow_call() {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .timeout(Duration::from_millis(100))
        .retry(openprovider::RetryPolicy::disabled())
        .build()
        .unwrap();
    // Logged in first, so the call that times out is the list, not the login.
    customers::list_customers(&client, &list()).await.unwrap();
    server.clear_requests();
    server.set_latency(Duration::from_millis(400));
    let started = tokio::time::Instant::now();
    let err = customers::list_customers(&client, &list())
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_millis(100));
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        ["/v1beta/customers"],
        "the slow call reached the stand-in"
    );
}

#[tokio::test]
async fn unknown_routes_answer_like_the_gateway() {
    let server = MockServer::start().await.unwrap();
    let response = openprovider::reqwest::get(format!("http://{}/v2/nothing", server.addr()))
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 404);
    let body: serde_json::Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(body["code"], 5);
}

#[tokio::test]
async fn the_request_log_keeps_what_was_sent() {
    let (server, client) = server_and_client().await;
    customers::list_customers(
        &client,
        &ListCustomersRequest::builder()
            .email_pattern("a b&c")
            .build(),
    )
    .await
    .unwrap();
    let sent = api_requests(&server).remove(0);
    assert_eq!(sent.method, "GET");
    assert_eq!(
        sent.query_pairs(),
        [("email_pattern".to_owned(), "a b&c".to_owned())]
    );
    assert!(sent.header("Authorization").unwrap().starts_with("Bearer "));
    server.clear_requests();
    assert!(server.requests().is_empty());
}
