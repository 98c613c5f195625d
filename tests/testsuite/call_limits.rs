//! The client keeps to the API's call limits by itself (reference §3.5), against the stand-in
//! over loopback, with the windows scaled down so the tests take seconds.

use std::time::{Duration, Instant};

use openprovider::customers::{DeleteCustomerRequest, GetCustomerRequest};
use openprovider::domains::{
    CheckDomainRequest, CreateDomainRequest, DomainName, GetDomainRequest,
};
use openprovider::{CallLimits, Client, codes};
use openprovider_mock::{CannedReply, Fault, MockServer};

use crate::support;

fn domains(names: &[&str]) -> Vec<DomainName> {
    names.iter().map(|n| n.parse().unwrap()).collect()
}

fn checks_seen(server: &MockServer) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/domains/check"))
        .count()
}

/// A stand-in and a client whose windows are both a tenth of the API's: a check's 300 s window
/// is 30 s, longer than the 10 s a call waits, so going over fails at once.
async fn tenth_scale() -> (MockServer, Client) {
    scaled(0.1).await
}

/// The stand-in enforcing the API's limits, and a client keeping to them, both with every
/// window multiplied by `scale`.
async fn scaled(scale: f64) -> (MockServer, Client) {
    let (server, client) =
        support::server_and_client_with(|b| b.call_limits(CallLimits::documented().scaled(scale)))
            .await;
    server.set_call_limit_scale(Some(scale));
    (server, client)
}

#[tokio::test]
async fn the_21st_identical_check_fails_before_it_is_sent_and_says_when_it_may_go() {
    let (server, client) = tenth_scale().await;
    let request = CheckDomainRequest::builder(domains(&["example.com"])).build();
    for _ in 0..20 {
        client.send(&request).await.expect("within the limit");
    }
    let err = client.send(&request).await.unwrap_err();
    assert!(err.is_call_limited(), "{err:?}");
    let retry_after = err.retry_after().expect("says when");
    // The window (30 s) and its margin, less the moments the 20 checks took.
    assert!(
        retry_after > Duration::from_secs(20) && retry_after <= Duration::from_millis(30_600),
        "{retry_after:?}"
    );
    assert!(
        err.to_string().contains("20 identical calls per 300 s"),
        "{err}"
    );
    assert_eq!(
        err.code(),
        None,
        "nothing was sent, so the API said nothing"
    );
    assert_eq!(checks_seen(&server), 20, "the 21st never left the client");
}

#[tokio::test]
async fn calls_with_other_arguments_are_not_identical() {
    let (server, client) = tenth_scale().await;
    for i in 0..25 {
        let name = format!("name{i}.com");
        CheckDomainRequest::builder(domains(&[&name]))
            .send(&client)
            .await
            .expect("each check is different");
    }
    // The same names with prices asked for are other calls again.
    for i in 0..20 {
        let name = format!("name{i}.com");
        CheckDomainRequest::builder(domains(&[&name]))
            .with_price(true)
            .send(&client)
            .await
            .expect("another body");
    }
    assert_eq!(checks_seen(&server), 45);
}

#[tokio::test]
async fn clones_share_the_counts() {
    let (server, client) = tenth_scale().await;
    let clone = client.clone();
    let request = CheckDomainRequest::builder(domains(&["shared.com"])).build();
    for i in 0..20 {
        let which = if i % 2 == 0 { &client } else { &clone };
        which.send(&request).await.unwrap();
    }
    assert!(clone.send(&request).await.unwrap_err().is_call_limited());
    assert!(client.send(&request).await.unwrap_err().is_call_limited());
    assert_eq!(checks_seen(&server), 20);
}

#[tokio::test]
async fn a_second_identical_registration_within_the_window_waits_for_it() {
    let (server, client) = tenth_scale().await;
    let owner = support::created_handle(&server, &client).await;
    let first =
        CreateDomainRequest::builder("first.com".parse::<DomainName>().unwrap(), 1, &owner).build();
    client.send(&first).await.expect("registered");
    let started = Instant::now();
    // Identical: the stand-in answers 311 (taken), but only after the client waited for the
    // window, 1 s at this scale, so the API would not have blocked it.
    let err = client.send(&first).await.unwrap_err();
    assert_eq!(err.code(), Some(codes::DOMAIN_TAKEN), "{err}");
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    let creates = server
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/domains"))
        .count();
    assert_eq!(creates, 2);
}

#[tokio::test]
async fn after_the_apis_block_the_same_call_is_refused_locally_for_the_block_and_not_retried() {
    // Windows and blocks at 1/100: create_domain's 300 s block is 3 s.
    let (server, client) =
        support::server_and_client_with(|b| b.call_limits(CallLimits::documented().scaled(0.01)))
            .await;
    let owner = support::created_handle(&server, &client).await;
    let request =
        CreateDomainRequest::builder("blocked.com".parse::<DomainName>().unwrap(), 1, &owner)
            .build();
    server.enqueue(
        CannedReply::api_error(
            500,
            codes::EXCESSIVE_USE,
            "API access temporarily blocked because of excessive use",
        )
        .for_path("/domains"),
    );
    server.clear_requests();
    let err = client.send(&request).await.unwrap_err();
    assert_eq!(err.code(), Some(codes::EXCESSIVE_USE));
    assert_eq!(server.requests().len(), 1, "4007 is never retried");

    let refused = client.send(&request).await.unwrap_err();
    assert!(refused.is_call_limited(), "{refused:?}");
    let retry_after = refused.retry_after().unwrap();
    assert!(
        retry_after > Duration::from_secs(2) && retry_after <= Duration::from_secs(3),
        "{retry_after:?}"
    );
    assert!(refused.to_string().contains("code 4007"), "{refused}");
    assert_eq!(server.requests().len(), 1, "held back without being sent");

    // Another registration is another call: it goes.
    let other = CreateDomainRequest::builder("other.com".parse::<DomainName>().unwrap(), 1, &owner);
    other.send(&client).await.expect("not blocked");
}

#[tokio::test]
async fn an_ip_block_is_not_retried_and_says_how_it_is_lifted() {
    let (server, client) = tenth_scale().await;
    let handle = support::created_handle(&server, &client).await;
    server.enqueue(CannedReply::api_error(
        500,
        codes::ACCESS_DENIED,
        "Access denied",
    ));
    server.clear_requests();
    let request = GetCustomerRequest::builder(handle.as_str()).build();
    let err = client.send(&request).await.unwrap_err();
    assert_eq!(err.code(), Some(codes::ACCESS_DENIED));
    assert!(err.to_string().contains("control panel"), "{err}");
    assert_eq!(server.requests().len(), 1, "10005 is never retried");
    let refused = client.send(&request).await.unwrap_err();
    assert!(refused.is_call_limited());
    assert!(
        refused
            .to_string()
            .contains("blocked IP addresses in the control panel"),
        "{refused}"
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_delete_whose_first_reply_was_lost_says_it_may_have_deleted_when_the_repeat_finds_nothing()
 {
    let (server, client) = support::server_and_client().await;
    let handle = support::created_handle(&server, &client).await;
    server.inject(Fault::CloseAfterActing, "/customers/");
    let err = DeleteCustomerRequest::builder(handle.as_str())
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(codes::CUSTOMER_NOT_FOUND), "{err}");
    assert!(err.may_have_acted(), "{err:?}");
    assert!(err.to_string().contains("may have deleted it"), "{err}");
    let customer = server.customer(&handle).expect("still on record");
    assert_eq!(customer["is_deleted"], true, "the first attempt deleted it");

    // A wrong handle, with no lost reply before, is a plain "not found".
    let err = DeleteCustomerRequest::builder("ZZ999999-ZZ")
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(codes::CUSTOMER_NOT_FOUND));
    assert!(!err.may_have_acted());
}

#[tokio::test]
async fn a_tight_polling_loop_slows_to_the_allowed_pace_and_never_meets_10005() {
    // 300 identical calls per 3 s at both ends.
    let (server, client) = scaled(0.01).await;
    let owner = support::created_handle(&server, &client).await;
    let id = CreateDomainRequest::builder("polled.com".parse::<DomainName>().unwrap(), 1, &owner)
        .send(&client)
        .await
        .unwrap()
        .id;
    let poll = GetDomainRequest::builder(id).build();
    let started = Instant::now();
    for i in 0..600 {
        let domain = client
            .send(&poll)
            .await
            .unwrap_or_else(|e| panic!("poll {i}: {e}"));
        assert_eq!(domain.id, id);
    }
    let elapsed = started.elapsed();
    let polls = server
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path.ends_with(&format!("/domains/{id}")))
        .count();
    assert_eq!(polls, 600, "every poll was sent once");
    assert!(
        !server.is_blocked(),
        "the stand-in never blacklisted the client"
    );
    // The second 300 waited for the first window (3 s and its margin) to slide.
    assert!(elapsed >= Duration::from_secs(3), "{elapsed:?}");
    println!("600 polls at 1/100 scale took {elapsed:?}");
}

#[tokio::test]
async fn without_limits_a_tight_loop_meets_10005_typed_and_not_retried() {
    let (server, client) = support::server_and_client_with(|b| {
        b.call_limits(CallLimits::none())
            .retry(support::fast_retries())
    })
    .await;
    server.set_call_limit_scale(Some(0.01));
    let handle = support::created_handle(&server, &client).await;
    let poll = GetCustomerRequest::builder(handle.as_str()).build();
    server.clear_requests();
    let mut sent_before_block = None;
    for i in 0..400 {
        if let Err(err) = client.send(&poll).await {
            assert_eq!(err.code(), Some(codes::ACCESS_DENIED), "{err}");
            assert!(!err.is_call_limited(), "the API refused it, not the client");
            assert!(err.to_string().contains("control panel"), "{err}");
            sent_before_block = Some(i);
            break;
        }
    }
    assert_eq!(
        sent_before_block,
        Some(300),
        "the 301st identical call is refused"
    );
    assert_eq!(server.requests().len(), 301, "10005 is not retried");
    assert!(server.is_blocked());
    // Until a person lifts the block, every call is refused, whatever it is.
    let other = CheckDomainRequest::builder(domains(&["other.com"]))
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(other.code(), Some(codes::ACCESS_DENIED));
    server.unblock();
    // Lifted; the identical poll would be over its window again, another call is not.
    CheckDomainRequest::builder(domains(&["lifted.com"]))
        .send(&client)
        .await
        .expect("lifted");
}

#[tokio::test]
async fn without_limits_the_21st_identical_check_meets_the_apis_block() {
    let (server, client) =
        support::server_and_client_with(|b| b.call_limits(CallLimits::none())).await;
    let request = CheckDomainRequest::builder(domains(&["free.com"])).build();
    for _ in 0..20 {
        client.send(&request).await.unwrap();
    }
    let err = client.send(&request).await.unwrap_err();
    assert_eq!(err.code(), Some(codes::CALLS_LIMIT_REACHED), "{err}");
    assert!(!err.is_call_limited());
    assert_eq!(
        checks_seen(&server),
        21,
        "sent, and not retried though checks are safe to repeat"
    );
}
