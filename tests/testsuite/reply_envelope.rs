//! How replies become data or errors: the API's quirks, its error shapes, gateway pages, and
//! bodies that do not fit. Every reply comes from a real server on loopback. Tests of a single
//! failing reply turn retries off, so the reply under test is the one decoded.

use crate::support::*;
use openprovider::customers::{self, GetCustomerRequest, ListCustomersRequest};
use openprovider::{Client, Error};
use openprovider_mock::CannedReply;
use serde_json::json;

#[tokio::test]
async fn a_customer_decodes_with_the_apis_quirks() {
    let (server, client) = server_and_client().await;
    let handle = created_handle(&server, &client).await;
    let customer = customers::get_customer(
        &client,
        &GetCustomerRequest::builder(handle.clone()).build(),
    )
    .await
    .unwrap();
    assert_eq!(customer.handle.as_deref(), Some(handle.as_str()));
    assert_eq!(customer.fax, None, "a fax of empty strings means no fax");
    assert_eq!(
        customer.deleted_at, None,
        "0000-00-00 00:00:00 means not deleted"
    );
    assert_eq!(
        customer.comments_last_changed_at, None,
        "an empty date means none"
    );
    assert!(!customer.is_deleted);
    assert_eq!(
        customer.name.unwrap().first_name.as_deref(),
        Some("Carsten")
    );
}

#[tokio::test]
async fn update_success_as_a_string_is_true() {
    let (server, client) = server_and_client().await;
    let handle = created_handle(&server, &client).await;
    let reply = client
        .send_for_reply(
            &customers::UpdateCustomerRequest::builder(handle.clone())
                .vat("NL1")
                .build(),
        )
        .await
        .unwrap();
    assert!(reply.data.success);
    assert_eq!(server.customer(&handle).unwrap()["vat"], "NL1");
}

#[tokio::test]
async fn fields_the_docs_never_mention_are_kept() {
    let (server, client) = server_and_client().await;
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 0, "desc": "", "data": {
                "handle": "AB1-NL", "gender": "M", "is_deleted": "1",
                "deleted_at": "2024-01-02 03:04:05", "fax": null, "tags": null
            }}),
        )
        .for_path("/customers"),
    );
    let customer = customers::get_customer(&client, &GetCustomerRequest::builder("AB1-NL").build())
        .await
        .unwrap();
    assert_eq!(customer.extra.get("gender"), Some(&json!("M")));
    assert!(customer.is_deleted);
    assert_eq!(
        customer.deleted_at,
        Some(openprovider::jiff::civil::date(2024, 1, 2).at(3, 4, 5, 0))
    );
    assert!(customer.tags.is_empty());
}

#[tokio::test]
async fn an_api_error_as_http_500_keeps_code_desc_and_body() {
    let (server, client) = server_and_client().await;
    let err = customers::get_customer(&client, &GetCustomerRequest::builder("NO000000-NL").build())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(176));
    assert_eq!(err.status(), Some(500));
    assert!(
        err.to_string().contains("Customer handle not found"),
        "{err}"
    );
    let body: serde_json::Value = serde_json::from_slice(err.raw_body().unwrap()).unwrap();
    assert_eq!(body["code"], 176);
    drop(server);
}

#[tokio::test]
async fn a_non_zero_code_inside_http_200_is_an_error_showing_desc_and_data() {
    let (server, client) = server_and_client().await;
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 399, "desc": "An unknown domain error has occurred",
               "data": "registry says: contact rejected"}),
        )
        .for_path("/customers"),
    );
    let err = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(399));
    assert_eq!(err.status(), Some(200));
    let shown = err.to_string();
    assert!(
        shown.contains("An unknown domain error has occurred"),
        "{shown}"
    );
    assert!(shown.contains("registry says: contact rejected"), "{shown}");
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.data, Some(json!("registry says: contact rejected")));
}

#[tokio::test]
async fn an_html_502_is_an_http_error_keeping_the_page() {
    let (server, client) = server_and_client_without_retries().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.enqueue(CannedReply::html(502, page).for_path("/customers"));
    let err = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Http { status: 502, .. }), "{err:?}");
    assert_eq!(err.status(), Some(502));
    assert_eq!(err.code(), None);
    assert_eq!(err.raw_body(), Some(page.as_bytes()));
    assert!(err.to_string().contains("502 Bad Gateway"), "{err}");
}

#[tokio::test]
async fn a_body_that_does_not_fit_names_the_json_path_and_keeps_the_body() {
    let (server, client) = server_and_client().await;
    let body =
        json!({"code": 0, "data": {"results": [{"id": 1}, {"id": "not a number"}], "total": 2}});
    server.enqueue(CannedReply::json(200, body.clone()).for_path("/customers"));
    let err = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.path, "data.results[1].id");
    assert_eq!(err.status(), Some(200));
    let kept: serde_json::Value = serde_json::from_slice(err.raw_body().unwrap()).unwrap();
    assert_eq!(kept, body);
    assert!(err.to_string().contains("data.results[1].id"), "{err}");
}

#[tokio::test]
async fn warnings_and_status_reach_the_caller() {
    let (server, client) = server_and_client().await;
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 0, "desc": "", "data": {"results": [], "total": 0},
               "warnings": [{"code": 1, "desc": "No changes in the data", "data": "x"}]}),
        )
        .for_path("/customers"),
    );
    let reply = client
        .send_for_reply(&ListCustomersRequest::builder().build())
        .await
        .unwrap();
    assert_eq!(reply.status, 200);
    assert_eq!(reply.warnings.len(), 1);
    assert_eq!(reply.warnings[0].code, 1);
    assert_eq!(reply.warnings[0].desc, "No changes in the data");
}

#[tokio::test]
async fn odd_bodies_give_errors_and_never_panic() {
    let (server, client) = server_and_client_without_retries().await;
    // Each odd body, and the error a caller gets: a body that is no envelope is a decode error
    // (not, say, a success or an API code made up from it); an error status stays an HTTP error.
    let bodies = [
        (200, "", "decode"),
        (200, "null", "decode"),
        (200, "[]", "decode"),
        (200, "\"text\"", "decode"),
        (200, "{\"code\": \"abc\"}", "decode"),
        (200, "{\"code\": 99999999999}", "decode"),
        (200, "{\"code\": 0}", "decode"),
        (200, "{\"code\": 0, \"data\": {\"results\": {}}}", "decode"),
        (500, "", "http 500"),
        (500, "{\"code\": 0}", "http 500"),
        (503, "Service Unavailable", "http 503"),
        (200, "{\"code\": 1, \"warnings\": 7}", "decode"),
    ];
    for (status, body, expected) in bodies {
        server.enqueue(CannedReply {
            status,
            headers: vec![],
            body: body.to_owned(),
            path_contains: Some("/customers".to_owned()),
        });
        let result =
            customers::list_customers(&client, &ListCustomersRequest::builder().build()).await;
        let err = result.expect_err(body);
        assert!(
            err.raw_body().is_some(),
            "{status} {body:?} kept no body: {err:?}"
        );
        assert!(!err.to_string().is_empty());
        assert_eq!(kind_of(&err), expected, "{status} {body:?}: {err:?}");
    }
}

/// An error's kind, with the code or status that decides what a caller does with it.
fn kind_of(err: &Error) -> String {
    match err {
        Error::Api(api) => format!("api {}", api.code),
        Error::Http { status, .. } => format!("http {status}"),
        Error::Decode(_) => "decode".to_owned(),
        Error::Unsuccessful { status, .. } => format!("unsuccessful {status}"),
        other => format!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn an_empty_list_for_data_reads_as_an_empty_page() {
    // PHP-backed APIs send `[]` for an empty object; serde reads a struct from a sequence.
    let (server, client) = server_and_client().await;
    server.enqueue(CannedReply::json(200, json!({"code": 0, "data": []})).for_path("/customers"));
    let page = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();
    assert!(page.results.is_empty());
    assert_eq!(page.total, None);
}

#[tokio::test]
async fn a_401_logs_in_again_and_repeats_the_call_once() {
    let (server, client) = server_and_client().await;
    created_handle(&server, &client).await;
    server.enqueue(CannedReply::json(401, json!({})).for_path("/customers"));
    let page = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();
    assert_eq!(page.total, Some(1));
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/v1beta/customers",
            "/v1beta/auth/login",
            "/v1beta/customers"
        ]
    );
    assert_eq!(server.login_count(), 2);
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let url = crate::support::REFUSED_URL;
    let client = Client::builder()
        .base_url(url)
        .token("t")
        .retry(openprovider::RetryPolicy::disabled())
        .build()
        .unwrap();
    let err = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        err.to_string().contains("list_customers (GET /customers)"),
        "{err}"
    );
    // The cause is the source, and only the source: a printer of the whole chain shows it
    // once.
    let cause = std::error::Error::source(&err)
        .expect("the cause")
        .to_string();
    assert!(!err.to_string().contains(&cause), "{err} repeats {cause}");
}

#[tokio::test]
async fn bad_credentials_are_a_final_196() {
    let server = openprovider_mock::MockServer::start().await.unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials("demo", "wrong")
        .build()
        .unwrap();
    let err = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(196));
    assert!(err.is_auth());
    assert_eq!(
        server.requests().len(),
        1,
        "one refused login, nothing else: {:?}",
        server.requests()
    );
}

#[tokio::test]
async fn a_reply_over_the_size_limit_fails_before_it_is_read_whole() {
    let (server, _) = server_and_client().await;
    let client = openprovider::Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .max_reply_bytes(64 * 1024)
        .build()
        .unwrap();
    // Logs in first, with a small reply.
    customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();
    let big = "x".repeat(200 * 1024);
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 0, "data": {"results": [], "note": big}}),
        )
        .for_path("/customers"),
    );
    let err = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::ReplyTooLarge {
                limit: 65_536,
                status: 200
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("max_reply_bytes"), "{err}");
    let near = "x".repeat(60 * 1024);
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 0, "data": {"results": [], "note": near}}),
        )
        .for_path("/customers"),
    );
    customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .expect("a reply under the limit is read");
}

/// A chunked reply announces no length: the limit must hold as it arrives.
#[tokio::test]
async fn a_chunked_reply_over_the_size_limit_fails_as_it_arrives() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = std::sync::Arc::clone(&sent);
    tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        let mut request = [0u8; 4096];
        let _ = stream.read(&mut request).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = format!("{:x}\r\n{}\r\n", 16 * 1024, "x".repeat(16 * 1024));
        // Far more than the limit, unless the client stops reading first.
        for _ in 0..4096 {
            if stream.write_all(chunk.as_bytes()).await.is_err() {
                return;
            }
            counter.fetch_add(16 * 1024, std::sync::atomic::Ordering::Relaxed);
        }
    });
    let client = openprovider::Client::builder()
        .base_url(format!("http://{addr}/v1beta"))
        .token("t")
        .max_reply_bytes(256 * 1024)
        .retry(openprovider::RetryPolicy::disabled())
        .build()
        .unwrap();
    let err = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::ReplyTooLarge {
                limit: 262_144,
                status: 200
            }
        ),
        "{err:?}"
    );
    let written = sent.load(std::sync::atomic::Ordering::Relaxed);
    assert!(
        written < 64 * 1024 * 1024,
        "the client stopped reading long before the server's 64 MiB: {written} bytes written"
    );
}
