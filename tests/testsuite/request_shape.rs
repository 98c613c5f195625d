//! What arrives at a server on loopback for each catalogue endpoint: method, path, query,
//! headers and body, exactly.

use crate::support::*;
use openprovider::customers::Address;
use openprovider::customers::{
    self, AdditionalData, CreateCustomerRequest, ExtensionAdditionalData, ExtensionData,
    GetCustomerRequest, ListCustomersRequest, Name, Phone, Tag, UpdateCustomerRequest,
};
use serde_json::json;

#[tokio::test]
async fn login_sends_username_password_and_any_ip_without_a_token() {
    let (server, client) = server_and_client().await;
    customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "a login, then the call: {requests:#?}");
    let login = &requests[0];
    assert_eq!(login.method, "POST");
    assert_eq!(login.path, "/v1beta/auth/login");
    assert_eq!(login.query, None);
    assert_eq!(login.header("authorization"), None);
    assert_eq!(login.header("content-type"), Some("application/json"));
    assert_eq!(
        login.json().unwrap(),
        json!({"username": "demo", "password": "demo-password", "ip": "0.0.0.0"})
    );
}

#[tokio::test]
async fn create_sends_required_fields_and_leaves_unset_ones_out() {
    let (server, client) = server_and_client().await;
    let created = customers::create_customer(&client, &new_customer())
        .await
        .unwrap();
    assert!(created.handle.ends_with("-NL"), "{}", created.handle);
    let request = only_api_request(&server);
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1beta/customers");
    assert_eq!(request.query, None);
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
    let token = request.header("authorization").unwrap();
    assert!(token.starts_with("Bearer ") && token.len() > "Bearer ".len());
    assert_eq!(
        request.header("user-agent"),
        None,
        "the API has refused unusual user agents"
    );
    let body = request.json().unwrap();
    assert!(!has_null(&body), "{body}");
    assert_eq!(
        body,
        json!({
            "name": {"first_name": "Carsten", "last_name": "van Noort"},
            "address": {"street": "Albusstraat", "number": "83", "zipcode": "4903 RG",
                        "city": "Oosterhout", "country": "NL"},
            "phone": {"country_code": "+31", "area_code": "111", "subscriber_number": "123456"},
            "email": "example@mail.tld"
        })
    );
}

#[tokio::test]
async fn create_sends_every_optional_field_that_is_set() {
    let (server, client) = server_and_client().await;
    let request = CreateCustomerRequest::builder(
        Name::new("Carsten", "van Noort"),
        Address::new("Albusstraat", "83", "4903 RG", "Oosterhout", "NL"),
        Phone::new("+04", "111", "123456"),
        "example@mail.tld",
    )
    .company_name("Hosters with Style")
    .vat("NL123")
    .fax(Phone::new("+05", "111", "123456"))
    .tags(vec![Tag::customer("VIP")])
    .locale("nl_NL")
    .comments("hello")
    .additional_data(AdditionalData {
        birth_city: Some("Utrecht".into()),
        ..AdditionalData::default()
    })
    .extension_additional_data(vec![ExtensionAdditionalData::new(
        "eu",
        ExtensionData {
            whois_email: Some("w@example.eu".into()),
            ..ExtensionData::default()
        },
    )])
    .build();
    request.check_tld("eu").unwrap();
    customers::create_customer(&client, &request).await.unwrap();
    let body = only_api_request(&server).json().unwrap();
    assert_eq!(body["company_name"], "Hosters with Style");
    assert_eq!(body["vat"], "NL123");
    assert_eq!(body["fax"]["country_code"], "+05");
    assert_eq!(body["tags"], json!([{"key": "customer", "value": "VIP"}]));
    assert_eq!(body["locale"], "nl_NL");
    assert_eq!(body["comments"], "hello");
    assert_eq!(body["additional_data"], json!({"birth_city": "Utrecht"}));
    assert_eq!(
        body["extension_additional_data"],
        json!([{"name": "eu", "data": {"whois_email": "w@example.eu"}}])
    );
    assert!(!has_null(&body));
}

#[tokio::test]
async fn get_sends_the_handle_in_the_path_and_flags_in_the_query() {
    let (server, client) = server_and_client().await;
    let handle = created_handle(&server, &client).await;
    let request = GetCustomerRequest::builder(handle.clone())
        .with_additional_data(true)
        .build();
    customers::get_customer(&client, &request).await.unwrap();
    let sent = only_api_request(&server);
    assert_eq!(sent.method, "GET");
    assert_eq!(sent.path, format!("/v1beta/customers/{handle}"));
    assert_eq!(sent.query.as_deref(), Some("with_additional_data=true"));
    assert!(sent.body.is_empty());
    assert_eq!(sent.header("content-type"), None);

    server.clear_requests();
    customers::get_customer(&client, &GetCustomerRequest::builder(handle).build())
        .await
        .unwrap();
    assert_eq!(
        only_api_request(&server).query,
        None,
        "unset flags are left out"
    );
}

#[tokio::test]
async fn a_hostile_handle_arrives_as_one_segment() {
    let (server, client) = server_and_client().await;
    let hostile = "a/../b?c#d%e f";
    let err = customers::get_customer(&client, &GetCustomerRequest::builder(hostile).build())
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(176),
        "the stand-in saw one unknown handle: {err}"
    );
    let sent = only_api_request(&server);
    assert_eq!(sent.path, "/v1beta/customers/a%2F..%2Fb%3Fc%23d%25e%20f");
    assert_eq!(sent.query, None);

    server.clear_requests();
    let err = customers::delete_customer(
        &client,
        &customers::DeleteCustomerRequest::builder("..").build(),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(err, openprovider::Error::InvalidRequest { .. }),
        "{err:?}"
    );
    assert!(
        api_requests(&server).is_empty(),
        "a `..` handle is never sent"
    );
}

#[tokio::test]
async fn list_sends_filters_repeated_columns_and_the_raw_type_name() {
    let (server, client) = server_and_client().await;
    created_handle(&server, &client).await;
    let request = ListCustomersRequest::builder()
        .limit(10)
        .offset(0)
        .first_name_pattern("Car*ten")
        .r#type("individual")
        .with_additional_data(false)
        .columns(vec!["firstName".to_owned(), "email".to_owned()])
        .build();
    let page = customers::list_customers(&client, &request).await.unwrap();
    assert_eq!(page.total, Some(1));
    let sent = only_api_request(&server);
    assert_eq!(sent.method, "GET");
    assert_eq!(sent.path, "/v1beta/customers");
    assert_eq!(
        sent.query_pairs(),
        vec![
            ("limit".to_owned(), "10".to_owned()),
            ("offset".to_owned(), "0".to_owned()),
            ("first_name_pattern".to_owned(), "Car*ten".to_owned()),
            ("with_additional_data".to_owned(), "false".to_owned()),
            ("type".to_owned(), "individual".to_owned()),
            ("columns".to_owned(), "firstName".to_owned()),
            ("columns".to_owned(), "email".to_owned()),
        ]
    );
}

#[tokio::test]
async fn delete_sends_no_body_and_no_query() {
    let (server, client) = server_and_client().await;
    let handle = created_handle(&server, &client).await;
    let done = customers::delete_customer(
        &client,
        &customers::DeleteCustomerRequest::builder(handle.clone()).build(),
    )
    .await
    .unwrap();
    assert!(done.success);
    let sent = only_api_request(&server);
    assert_eq!(sent.method, "DELETE");
    assert_eq!(sent.path, format!("/v1beta/customers/{handle}"));
    assert_eq!(sent.query, None);
    assert!(sent.body.is_empty());
}

#[tokio::test]
async fn an_update_of_only_the_email_sends_only_the_email() {
    let (server, client) = server_and_client().await;
    let handle = created_handle(&server, &client).await;
    let result = UpdateCustomerRequest::builder(handle.clone())
        .email("new@mail.tld")
        .send(&client)
        .await
        .unwrap();
    assert!(result.success);
    let sent = only_api_request(&server);
    assert_eq!(sent.method, "PUT");
    assert_eq!(sent.path, format!("/v1beta/customers/{handle}"));
    assert_eq!(sent.query, None);
    // `handle` is the path parameter, repeated in the body as the API's schema has it.
    assert_eq!(
        sent.json().unwrap(),
        json!({"handle": handle, "email": "new@mail.tld"})
    );
}

/// The request example of Openprovider's "Modifying a handle" article, as its curl sends it.
fn seed_update_body() -> serde_json::Value {
    serde_json::from_str(include_str!("../fixtures/seed_update.json")).expect("fixture is JSON")
}

#[tokio::test]
async fn the_seed_articles_full_update_sends_exactly_its_fields() {
    let (server, client) = server_and_client().await;
    let request = crate::article::article_update("XX123456-XX");
    request
        .check_tld("ru")
        .expect("the article's update carries .ru data");
    // The stand-in has no such handle, so it answers 176; what was sent is what matters here.
    let err = customers::update_customer(&client, &request)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(176));
    let sent = only_api_request(&server);
    assert_eq!(sent.method, "PUT");
    assert_eq!(sent.path, "/v1beta/customers/XX123456-XX");
    assert_eq!(sent.json().unwrap(), seed_update_body());
}

#[tokio::test]
async fn every_request_carries_the_same_bearer_token() {
    let (server, client) = server_and_client().await;
    let handle = created_handle(&server, &client).await;
    for _ in 0..3 {
        customers::get_customer(
            &client,
            &GetCustomerRequest::builder(handle.clone()).build(),
        )
        .await
        .unwrap();
    }
    let tokens: Vec<String> = api_requests(&server)
        .iter()
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_eq!(tokens.len(), 3);
    assert!(tokens.iter().all(|t| *t == tokens[0]));
    assert_eq!(server.login_count(), 1, "one login serves every call");
}
