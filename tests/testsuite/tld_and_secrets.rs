//! `check_tld` on the catalogue's flagged fields, and secrets kept out of `Debug` and errors.

use crate::support::*;
use openprovider::auth::LoginRequest;
use openprovider::customers::{ExtensionAdditionalData, ExtensionData, UpdateCustomerRequest};
use openprovider::{Client, Error};
use openprovider_mock::CannedReply;

fn with_extension(tld: &str) -> UpdateCustomerRequest {
    UpdateCustomerRequest::builder("XX123456-XX")
        .extension_additional_data(vec![ExtensionAdditionalData::new(
            tld,
            ExtensionData::default(),
        )])
        .build()
}

#[test]
fn a_flagged_tld_needs_the_field() {
    let bare = UpdateCustomerRequest::builder("XX123456-XX").build();
    let err = bare.check_tld("ru").unwrap_err();
    let Error::MissingForTld { field, tld, list } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*field, "extension_additional_data");
    assert_eq!(tld, "ru");
    assert!(!list);
    assert!(
        err.to_string().contains("extension_additional_data"),
        "{err}"
    );
    assert!(err.to_string().contains(".ru"), "{err}");
}

#[test]
fn the_list_must_hold_an_entry_for_that_tld() {
    let err = with_extension("eu").check_tld("ru").unwrap_err();
    assert!(
        matches!(err, Error::MissingForTld { list: true, .. }),
        "{err:?}"
    );
    with_extension("eu").check_tld("eu").unwrap();
}

#[test]
fn spellings_of_one_tld_are_the_same() {
    for spelling in ["ru", ".ru", "RU", ".Ru"] {
        with_extension("ru").check_tld(spelling).unwrap();
        assert!(
            with_extension("eu").check_tld(spelling).is_err(),
            "{spelling}"
        );
    }
    with_extension("RU").check_tld("ru").unwrap();
}

#[test]
fn unflagged_tlds_need_nothing() {
    let bare = UpdateCustomerRequest::builder("XX123456-XX").build();
    bare.check_tld("com").unwrap();
    bare.check_tld("nl").unwrap();
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
