//! A connection closed without a reply, as load balancers and restarting servers do: calls that
//! are safe to repeat are sent again; the others fail at once and say the server may have acted.

use crate::support::{
    api_requests, created_handle, new_customer, server_and_client_with_fast_retries,
};
use openprovider::customers::{self, GetCustomerRequest, UpdateCustomerRequest};
use openprovider_mock::{Fault, MockServer};

fn count(server: &MockServer, method: &str) -> usize {
    api_requests(server)
        .iter()
        .filter(|r| r.method == method)
        .count()
}

#[tokio::test]
async fn a_read_whose_connection_closed_before_the_server_acted_is_sent_again() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let handle = created_handle(&server, &client).await;
    server.inject(Fault::CloseBeforeActing, "/customers/");
    let customer = GetCustomerRequest::builder(handle.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(customer.handle.as_deref(), Some(handle.as_str()));
    assert_eq!(count(&server, "GET"), 2);
}

#[tokio::test]
async fn a_read_whose_reply_was_lost_or_cut_off_is_sent_again() {
    for fault in [Fault::CloseAfterActing, Fault::CutReplyAfterActing] {
        let (server, client) = server_and_client_with_fast_retries().await;
        let handle = created_handle(&server, &client).await;
        server.inject(fault, "/customers/");
        let customer = GetCustomerRequest::builder(handle.clone())
            .send(&client)
            .await
            .unwrap_or_else(|e| panic!("{fault:?}: {e}"));
        assert_eq!(customer.handle.as_deref(), Some(handle.as_str()));
        assert_eq!(count(&server, "GET"), 2, "{fault:?}");
    }
}

#[tokio::test]
async fn an_update_whose_reply_was_lost_is_sent_again_and_applied() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let handle = created_handle(&server, &client).await;
    server.inject(Fault::CloseAfterActing, "/customers/");
    let done = UpdateCustomerRequest::builder(handle.clone())
        .email("again@example.com")
        .send(&client)
        .await
        .unwrap();
    assert!(done.success);
    assert_eq!(count(&server, "PUT"), 2);
    assert_eq!(
        server.customer(&handle).unwrap()["email"],
        "again@example.com"
    );
}

#[tokio::test]
async fn a_create_whose_reply_was_lost_fails_once_and_says_the_server_may_have_acted() {
    let (server, client) = server_and_client_with_fast_retries().await;
    // Logs in first, so the login is not what the fault hits.
    customers::list_customers(&client, &customers::ListCustomersRequest::builder().build())
        .await
        .unwrap();
    server.inject(Fault::CloseAfterActing, "/customers");
    let err = customers::create_customer(&client, &new_customer())
        .await
        .unwrap_err();
    assert!(err.may_have_acted(), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("may have acted"), "{text}");
    // The cause is in the error's chain (its `source()`), as a printer of the chain shows it.
    let mut chain = String::new();
    let mut source = std::error::Error::source(&err);
    while let Some(cause) = source {
        chain.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    assert!(
        chain.contains("closed") || chain.contains("reset"),
        "the cause is named, not only \"error sending request\": {text}{chain}"
    );
    assert_eq!(count(&server, "POST"), 1, "never sent again");
    let page =
        customers::list_customers(&client, &customers::ListCustomersRequest::builder().build())
            .await
            .unwrap();
    assert_eq!(
        page.total,
        Some(1),
        "the server did act: the handle exists once"
    );
}

openprovider::openprovider_endpoint! {
    /// A `PUT` that adds to a list: a repeat would add twice.
    #[not_safe_to_repeat]
    pub append_comment: PUT "/customers/{handle}" -> openprovider::common::Success {
        handle: String,
        comments: Option<String>,
    }
}

#[tokio::test]
async fn an_entry_marked_not_safe_to_repeat_behaves_like_a_create() {
    const { assert!(!<AppendCommentRequest as openprovider::Endpoint>::INFO.safe_to_repeat) };
    let (server, client) = server_and_client_with_fast_retries().await;
    let handle = created_handle(&server, &client).await;
    server.inject(Fault::CloseAfterActing, "/customers/");
    let err = AppendCommentRequest::builder(handle.clone())
        .comments("once")
        .send(&client)
        .await
        .unwrap_err();
    assert!(err.may_have_acted(), "{err:?}");
    assert_eq!(count(&server, "PUT"), 1);
    assert_eq!(server.customer(&handle).unwrap()["comments"], "once");

    // Without a fault, a 503 is not retried either.
    server.enqueue(openprovider_mock::CannedReply::html(503, "busy"));
    let err = AppendCommentRequest::builder(handle)
        .comments("twice")
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(count(&server, "PUT"), 2);
}

#[tokio::test]
async fn a_read_that_keeps_failing_stops_at_the_policys_attempts() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let handle = created_handle(&server, &client).await;
    for _ in 0..10 {
        server.inject(Fault::CloseBeforeActing, "/customers/");
    }
    let err = GetCustomerRequest::builder(handle)
        .send(&client)
        .await
        .unwrap_err();
    assert!(!err.may_have_acted(), "a read: {err:?}");
    assert_eq!(count(&server, "GET"), 4, "the default policy's 4 attempts");
}
