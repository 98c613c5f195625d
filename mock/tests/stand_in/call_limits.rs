//! The stand-in enforces the API's call limits (reference §3.5) as calls arrive, on a paused
//! clock, so windows of minutes pass in no time and nothing depends on the machine's speed.

use std::time::Duration;

use crate::common::{call, check, code, get, login, token};
use openprovider_mock::MockServer;
use serde_json::json;

async fn advance(seconds: u64) {
    tokio::time::advance(Duration::from_secs(seconds)).await;
}

#[tokio::test(start_paused = true)]
async fn the_301st_identical_call_blacklists_every_call_until_unblocked() {
    let server = MockServer::start().await.unwrap();
    let token = token(&server).await;
    for n in 0..300 {
        let reply = get(&server, &token, "/tlds?limit=1").await;
        assert_eq!(code(&reply), 0, "call {n}: {reply:?}");
    }
    assert!(!server.is_blocked());
    let refused = get(&server, &token, "/tlds?limit=1").await;
    assert_eq!(code(&refused), 10_005, "{refused:?}");
    assert_eq!(refused.1["desc"], "Access denied");
    assert!(server.is_blocked());
    // Every call from then on, whatever it is, logins included, and however long one waits.
    assert_eq!(code(&get(&server, &token, "/tlds/com").await), 10_005);
    assert_eq!(code(&login(&server).await), 10_005);
    advance(24 * 3600).await;
    assert_eq!(code(&get(&server, &token, "/tlds/com").await), 10_005);

    server.unblock();
    assert!(!server.is_blocked());
    assert_eq!(code(&get(&server, &token, "/tlds/com").await), 0);
}

#[tokio::test(start_paused = true)]
async fn identical_means_same_method_path_query_and_body_and_the_window_slides() {
    let server = MockServer::start().await.unwrap();
    let token = token(&server).await;
    for _ in 0..250 {
        assert_eq!(code(&get(&server, &token, "/tlds?limit=1").await), 0);
    }
    // Another query is another call.
    for _ in 0..100 {
        assert_eq!(code(&get(&server, &token, "/tlds?limit=2").await), 0);
    }
    // The first 250 leave the window after 300 s; then 300 more fit.
    advance(300).await;
    for n in 0..300 {
        let reply = get(&server, &token, "/tlds?limit=1").await;
        assert_eq!(
            code(&reply),
            0,
            "call {n} after the window moved: {reply:?}"
        );
    }
    assert!(!server.is_blocked());
}

#[tokio::test(start_paused = true)]
async fn the_21st_identical_check_gets_code_50_for_300_seconds() {
    let server = MockServer::start().await.unwrap();
    let token = token(&server).await;
    for _ in 0..20 {
        assert_eq!(code(&check(&server, &token, "limited", "com").await), 0);
    }
    let refused = check(&server, &token, "limited", "com").await;
    assert_eq!(code(&refused), 50, "{refused:?}");
    assert_eq!(refused.1["desc"], "Calls limit has been reached");
    // Another name is another call, and the caller is not blacklisted.
    assert_eq!(code(&check(&server, &token, "other", "com").await), 0);
    assert!(!server.is_blocked());
    advance(299).await;
    assert_eq!(code(&check(&server, &token, "limited", "com").await), 50);
    advance(1).await;
    assert_eq!(code(&check(&server, &token, "limited", "com").await), 0);
}

#[tokio::test(start_paused = true)]
async fn checks_of_the_listed_extensions_may_go_60_a_minute() {
    let server = MockServer::start().await.unwrap();
    let token = token(&server).await;
    for n in 0..60 {
        let reply = check(&server, &token, "fast", "eu").await;
        assert_eq!(code(&reply), 0, "check {n}: {reply:?}");
    }
    assert_eq!(code(&check(&server, &token, "fast", "eu").await), 50);
    advance(60).await;
    assert_eq!(code(&check(&server, &token, "fast", "eu").await), 0);
}

#[tokio::test(start_paused = true)]
async fn a_second_identical_create_within_10_seconds_gets_4007_for_300_seconds() {
    let server = MockServer::start().await.unwrap();
    let token = token(&server).await;
    let customer = json!({
        "name": {"first_name": "Ann", "last_name": "Smit"},
        "address": {"street": "Main", "number": "1", "zipcode": "1000 AA", "city": "Amsterdam", "country": "NL"},
        "phone": {"country_code": "+31", "area_code": "20", "subscriber_number": "1234567"},
        "email": "ann@example.com",
    });
    let created = call(
        server.addr(),
        "POST",
        "/customers",
        Some(&token),
        Some(&customer),
    )
    .await;
    let handle = created.1["data"]["handle"].as_str().unwrap().to_owned();
    let domain = json!({"domain": {"name": "once", "extension": "com"}, "period": 1, "owner_handle": handle});
    let create = || {
        call(
            server.addr(),
            "POST",
            "/domains",
            Some(&token),
            Some(&domain),
        )
    };
    assert_eq!(code(&create().await), 0);
    let refused = create().await;
    assert_eq!(code(&refused), 4007, "{refused:?}");
    // Blocked for 300 s, though its window was 10 s.
    advance(10).await;
    assert_eq!(code(&create().await), 4007);
    advance(290).await;
    // Past the block the call reaches the API again, which finds the name taken.
    assert_eq!(code(&create().await), 311);
}

#[tokio::test(start_paused = true)]
async fn the_31st_login_in_a_minute_gets_code_50_for_60_seconds() {
    let server = MockServer::start().await.unwrap();
    server.add_account("other", "other-password");
    for n in 0..30 {
        assert_eq!(code(&login(&server).await), 0, "login {n}");
    }
    // Logins count together, identical or not.
    let other = json!({"username": "other", "password": "other-password"});
    let refused = call(server.addr(), "POST", "/auth/login", None, Some(&other)).await;
    assert_eq!(code(&refused), 50, "{refused:?}");
    assert_eq!(server.login_count(), 30);
    advance(60).await;
    assert_eq!(code(&login(&server).await), 0);
}

#[tokio::test(start_paused = true)]
async fn windows_and_blocks_follow_the_scale() {
    let server = MockServer::start().await.unwrap();
    server.set_call_limit_scale(Some(0.01));
    let token = token(&server).await;
    for _ in 0..20 {
        assert_eq!(code(&check(&server, &token, "scaled", "com").await), 0);
    }
    assert_eq!(code(&check(&server, &token, "scaled", "com").await), 50);
    // The 300 s block is 3 s at this scale.
    advance(3).await;
    assert_eq!(code(&check(&server, &token, "scaled", "com").await), 0);
}

#[tokio::test(start_paused = true)]
async fn without_a_scale_nothing_is_limited() {
    let server = MockServer::start().await.unwrap();
    server.set_call_limit_scale(None);
    let token = token(&server).await;
    for n in 0..400 {
        let reply = get(&server, &token, "/tlds?limit=1").await;
        assert_eq!(code(&reply), 0, "call {n}: {reply:?}");
    }
    for _ in 0..40 {
        assert_eq!(code(&check(&server, &token, "free", "com").await), 0);
        assert_eq!(code(&login(&server).await), 0);
    }
    assert!(!server.is_blocked());
}
