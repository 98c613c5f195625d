//! Domains against the stand-in: the request shapes, the registration flow, pages, retries of
//! the read-only `POST`s, registry errors and warnings, and dates in every form the API sends.

use crate::support::{
    Captured, api_requests, created_handle, server_and_client_with,
    server_and_client_with_fast_retries,
};
use openprovider::domains::{
    self, CheckDomainRequest, CreateDomainRequest, DomainName, GetAuthCodeRequest,
    GetDomainRequest, ListDomainsRequest, Nameserver, RenewDomainRequest, TransferDomainRequest,
};
use openprovider::jiff::ToSpan;
use openprovider::jiff::civil::date;
use openprovider::{Client, Error, RetryPolicy};
use openprovider_mock::CannedReply;

fn domain(text: &str) -> DomainName {
    text.parse().unwrap()
}

async fn register(client: &Client, name: &str, owner: &str) -> i64 {
    CreateDomainRequest::builder(domain(name), 1, owner)
        .send(client)
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn check_sends_the_reference_shape_and_reads_free_and_taken() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;
    register(&client, "taken.com", &owner).await;
    server.clear_requests();

    let checks = CheckDomainRequest::builder(vec![domain("free.com"), domain("taken.com")])
        .with_price(true)
        .send(&client)
        .await
        .unwrap();
    let sent = &api_requests(&server)[0];
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, "/v1beta/domains/check");
    assert_eq!(
        String::from_utf8(sent.body.clone()).unwrap(),
        r#"{"domains":[{"name":"free","extension":"com"},{"name":"taken","extension":"com"}],"with_price":true}"#
    );
    assert_eq!(checks.results.len(), 2);
    assert!(checks.results[0].is_free());
    assert_eq!(checks.results[0].domain, "free.com");
    let price = checks.results[0].price.as_ref().unwrap();
    assert_eq!(price.reseller.as_ref().unwrap().price, Some(8.5));
    assert!(!checks.results[1].is_free());
    assert_eq!(checks.results[1].status, "active");
}

#[tokio::test]
async fn create_sends_the_reference_shape_and_nothing_unset() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;
    let created = CreateDomainRequest::builder(domain("example.com"), 1, owner.clone())
        .admin_handle(owner.clone())
        .name_servers(vec![
            Nameserver::new("ns1.openprovider.nl"),
            Nameserver::new("ns2.openprovider.be"),
        ])
        .autorenew("on")
        .send(&client)
        .await
        .unwrap();
    let sent = &api_requests(&server)[0];
    assert_eq!(
        String::from_utf8(sent.body.clone()).unwrap(),
        format!(
            r#"{{"admin_handle":"{owner}","autorenew":"on","domain":{{"name":"example","extension":"com"}},"name_servers":[{{"name":"ns1.openprovider.nl"}},{{"name":"ns2.openprovider.be"}}],"owner_handle":"{owner}","period":1}}"#
        )
    );
    assert!(created.id > 0);
    assert_eq!(created.status, "ACT");
    let activated = created.activation_date.unwrap();
    let expires = created.expiration_date.unwrap();
    assert_eq!(expires.date(), activated.date().saturating_add(1.year()));
    assert!(created.renewal_date.unwrap() < expires);
    assert!(created.auth_code.is_some());
}

#[tokio::test]
async fn register_find_renew_and_read_the_auth_code() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;
    let id = register(&client, "flow.eu", &owner).await;

    let found = ListDomainsRequest::builder()
        .full_name("flow.eu")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(found.total, Some(1));
    let listed = &found.results[0];
    assert_eq!(listed.id, id);
    assert_eq!(listed.full_name().as_deref(), Some("flow.eu"));
    assert_eq!(listed.owner_handle.as_deref(), Some(owner.as_str()));
    assert_eq!(listed.admin_handle, None, "\"\" is no handle");
    assert_eq!(listed.deleted_at, None, "0000-00-00 00:00:00 is never");
    assert_eq!(listed.transfer_auth_code_required, Some(true), "\"yes\"");
    assert!(
        listed.last_changed.is_some(),
        "an unpadded hour still reads"
    );

    let before = listed.expiration_date.unwrap();
    let renewed = RenewDomainRequest::builder(id, 2)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(renewed.status.as_deref(), Some("ACT"));
    let after = GetDomainRequest::builder(id).send(&client).await.unwrap();
    assert_eq!(
        after.expiration_date.unwrap(),
        before.saturating_add(2.years())
    );
    let renew = api_requests(&server)
        .into_iter()
        .find(|r| r.path.ends_with("/renew"))
        .unwrap();
    assert_eq!(renew.path, format!("/v1beta/domains/{id}/renew"));
    assert_eq!(
        renew.json().unwrap(),
        serde_json::json!({"id": id, "period": 2})
    );

    let code = GetAuthCodeRequest::builder(id).send(&client).await.unwrap();
    let reset = domains::ResetAuthCodeRequest::builder(id)
        .send(&client)
        .await
        .unwrap();
    assert!(code.auth_code.is_some());
    assert_ne!(code.auth_code, reset.auth_code);
    assert_eq!(
        GetAuthCodeRequest::builder(id)
            .send(&client)
            .await
            .unwrap()
            .auth_code,
        reset.auth_code
    );
}

#[tokio::test]
async fn delete_restore_transfer_and_what_a_handle_in_use_blocks() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;
    let id = register(&client, "gone.com", &owner).await;

    let err = openprovider::customers::DeleteCustomerRequest::builder(owner.clone())
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(187), "a handle in use by a domain stays");

    let deleted = domains::DeleteDomainRequest::builder(id)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(deleted.status.as_deref(), Some("DEL"));
    let listed = ListDomainsRequest::builder().send(&client).await.unwrap();
    assert_eq!(listed.total, Some(0), "deleted domains are not listed");
    domains::RestoreDomainRequest::builder(id)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(server.domain(id).unwrap()["status"], "ACT");

    let moved = TransferDomainRequest::builder(domain("moving.nl"), "secret-code", owner.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(moved.status.as_deref(), Some("REQ"));
    let sent = api_requests(&server)
        .into_iter()
        .find(|r| r.path.ends_with("/transfer"))
        .unwrap();
    assert_eq!(sent.json().unwrap()["auth_code"], "secret-code");
    let debug = format!(
        "{:?}",
        TransferDomainRequest::builder(domain("x.nl"), "secret-code", owner).build()
    );
    assert!(!debug.contains("secret-code"), "{debug}");
}

#[tokio::test]
async fn taken_names_and_registry_refusals_are_typed_errors() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;
    register(&client, "twice.com", &owner).await;
    // Two years, not one: an identical second registration within 10 s is held back by the
    // client, and the API would block it (4007).
    let err = CreateDomainRequest::builder(domain("twice.com"), 2, owner.clone())
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(311), "{err}");
    assert_eq!(err.status(), Some(500));

    server.enqueue(CannedReply::registry_refusal(
        "Incorrect contact's details: Cannot create contact due to sanctions restrictions",
    ));
    let err = CreateDomainRequest::builder(domain("refused.com"), 1, owner.clone())
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(399));
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        api.data.as_ref().and_then(|d| d.as_str()),
        Some("Incorrect contact's details: Cannot create contact due to sanctions restrictions")
    );
    assert!(err.to_string().contains("sanctions restrictions"), "{err}");

    let err = CreateDomainRequest::builder(domain("nope.invalid"), 1, owner.clone())
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(307));
    let err = CreateDomainRequest::builder(domain("nobody.com"), 1, "XX000000-XX")
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(331), "the owner handle must exist");

    server.set_premium("gold.com", 950.0);
    let checked = CheckDomainRequest::builder(vec![domain("gold.com")])
        .send(&client)
        .await
        .unwrap();
    assert!(checked.results[0].is_free() && checked.results[0].is_premium);
    let err = CreateDomainRequest::builder(domain("gold.com"), 1, owner.clone())
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(379));
    CreateDomainRequest::builder(domain("gold.com"), 1, owner)
        .accept_premium_fee(950.0)
        .send(&client)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_check_is_retried_after_a_503_and_a_create_is_not() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;

    server.enqueue(CannedReply::html(503, "<html>busy</html>"));
    CheckDomainRequest::builder(vec![domain("retry.com")])
        .send(&client)
        .await
        .unwrap();
    let checks = api_requests(&server)
        .iter()
        .filter(|r| r.path.ends_with("/domains/check"))
        .count();
    assert_eq!(checks, 2);

    server.clear_requests();
    server.enqueue(CannedReply::html(503, "<html>busy</html>"));
    let err = CreateDomainRequest::builder(domain("once.com"), 1, owner)
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(
        api_requests(&server).len(),
        1,
        "a registration is never repeated"
    );
    const {
        assert!(
            <CheckDomainRequest as openprovider::Endpoint>::INFO.safe_to_repeat
                && !<CreateDomainRequest as openprovider::Endpoint>::INFO.safe_to_repeat
        )
    };
}

#[tokio::test]
async fn a_250_domain_account_pages_in_three_requests() {
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;
    for n in 0..250 {
        register(&client, &format!("d{n:03}.com"), &owner).await;
    }
    server.clear_requests();
    let request = ListDomainsRequest::builder().limit(100).build();
    let mut items = request.items(&client);
    let mut names = Vec::new();
    while let Some(domain) = items.next().await {
        names.push(domain.unwrap().full_name().unwrap());
    }
    assert_eq!(names.len(), 250);
    assert_eq!(names[0], "d000.com");
    assert_eq!(names[249], "d249.com");
    let pages: Vec<String> = api_requests(&server)
        .iter()
        .map(|r| r.query.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        pages,
        [
            "limit=100&offset=0",
            "limit=100&offset=100",
            "limit=100&offset=200"
        ]
    );

    let all = ListDomainsRequest::builder()
        .limit(100)
        .offset(200)
        .build()
        .all(&client)
        .await
        .unwrap();
    assert_eq!(all.len(), 50, "the request's offset is where it starts");
}

#[tokio::test]
async fn an_error_on_page_three_ends_the_stream_after_pages_one_and_two() {
    let (server, client) = server_and_client_with(|b| b.retry(RetryPolicy::disabled())).await;
    let owner = created_handle(&server, &client).await;
    for n in 0..8 {
        register(&client, &format!("p{n}.com"), &owner).await;
    }
    server.clear_requests();
    let request = ListDomainsRequest::builder().limit(3).build();
    let mut items = request.items(&client);
    let mut seen = Vec::new();
    for _ in 0..6 {
        seen.push(items.next().await.unwrap().unwrap().full_name().unwrap());
    }
    assert_eq!(
        api_requests(&server).len(),
        2,
        "pages are asked for only when needed"
    );
    // Page 3 is asked for only now, and fails.
    server.enqueue(CannedReply::api_error(500, 4005, "Maintenance").for_path("/domains"));
    let err = items.next().await.unwrap().unwrap_err();
    assert_eq!(err.code(), Some(4005));
    assert!(items.next().await.is_none(), "nothing after the error");
    assert_eq!(
        seen,
        ["p0.com", "p1.com", "p2.com", "p3.com", "p4.com", "p5.com"]
    );
    assert_eq!(api_requests(&server).len(), 3);
}

#[tokio::test(flavor = "current_thread")]
async fn warnings_on_a_success_are_logged_and_returned() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let (server, client) = server_and_client_with_fast_retries().await;
    let owner = created_handle(&server, &client).await;
    // The call's span is a callsite that tests on other threads, which have no subscriber,
    // may have met first and marked as never wanted; ask again now that this thread has one.
    tracing::callsite::rebuild_interest_cache();
    server.warn_next(
        399,
        "An unknown domain error has occurred",
        "Nameserver not found",
    );
    let reply = client
        .send_for_reply(&CreateDomainRequest::builder(domain("warned.com"), 1, owner).build())
        .await
        .unwrap();
    assert_eq!(reply.warnings.len(), 1);
    assert_eq!(reply.warnings[0].code, 399);
    let log = captured.text();
    let line = log
        .lines()
        .find(|l| l.contains("WARN") && l.contains("code=399"))
        .unwrap_or_else(|| panic!("no warning logged: {log}"));
    assert!(line.contains("Nameserver not found"), "{line}");
    // Logged while the reply is decoded, still inside the call's span.
    assert!(
        line.contains("openprovider.call{endpoint=\"create_domain\""),
        "{line}"
    );
}

#[tokio::test]
async fn dates_in_every_form_the_reference_lists() {
    let (server, client) = server_and_client_with_fast_retries().await;
    server.enqueue(
        CannedReply::json(
            200,
            serde_json::json!({"code": 0, "data": {
                "id": "7",
                "domain": {"name": "dated", "extension": "com"},
                "status": "ACT",
                "order_date": "2014-05-08 19:04:11",
                "creation_date": "2012-02-05 7:37:28",
                "active_date": "1328427448",
                "expiration_date": "2027-11-28",
                "renewal_date": "2027-11-14T00:00:00",
                "deleted_at": "0000-00-00 00:00:00",
                "last_changed": "",
                "internal_auth_code": "0",
                "nsgroup_id": 0,
                "is_abusive": false,
                "not_in_the_document": 1,
            }}),
        )
        .for_path("/domains/7"),
    );
    let d = GetDomainRequest::builder(7).send(&client).await.unwrap();
    assert_eq!(d.id, 7, "a numeric string");
    assert_eq!(d.order_date, Some(date(2014, 5, 8).at(19, 4, 11, 0)));
    assert_eq!(d.creation_date, Some(date(2012, 2, 5).at(7, 37, 28, 0)));
    assert_eq!(
        d.active_date,
        Some(date(2012, 2, 5).at(7, 37, 28, 0)),
        "unix seconds"
    );
    assert_eq!(d.expiration_date, Some(date(2027, 11, 28).at(0, 0, 0, 0)));
    assert_eq!(d.renewal_date, Some(date(2027, 11, 14).at(0, 0, 0, 0)));
    assert_eq!(d.deleted_at, None);
    assert_eq!(d.last_changed, None);
    assert_eq!(d.nsgroup_id, Some(0), "a documented field is typed");
    assert!(
        d.extra.contains_key("not_in_the_document"),
        "undocumented fields are kept"
    );
}

#[tokio::test]
async fn tlds_list_and_read() {
    let (_server, client) = server_and_client_with_fast_retries().await;
    let all = openprovider::tlds::ListTldsRequest::builder()
        .build()
        .all(&client)
        .await
        .unwrap();
    assert!(all.iter().any(|t| t.name == "co.uk"));
    let com = openprovider::tlds::GetTldRequest::builder("com")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(com.max_period, Some(10));
    let err = openprovider::tlds::GetTldRequest::builder("invalid")
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(307));
}
