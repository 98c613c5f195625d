//! The downstream crate's entries, called against a server on loopback.

use openprovider::{Client, Endpoint, Error};
use openprovider_downstream_example::*;
use openprovider_mock::{CannedReply, MockServer};
use serde_json::json;

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .build()
        .unwrap();
    (server, client)
}

fn last_api_request(server: &MockServer) -> openprovider_mock::RecordedRequest {
    server
        .requests()
        .into_iter()
        .rfind(|r| !r.path.ends_with("/auth/login"))
        .unwrap()
}

#[tokio::test]
async fn a_get_with_a_path_parameter_and_a_flag() {
    let (server, client) = setup().await;
    server.enqueue(
        CannedReply::json(
            200,
            json!({"code": 0, "data": {"id": 7, "name": "example.com"}}),
        )
        .for_path("/dns/zones"),
    );
    let zone = GetZoneRequest::builder("example.com")
        .with_records(true)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(zone.id, Some(7));
    let sent = last_api_request(&server);
    assert_eq!(sent.path, "/v1beta/dns/zones/example.com");
    assert_eq!(sent.query.as_deref(), Some("with_records=true"));
}

#[tokio::test]
async fn a_struct_in_the_query_becomes_dotted_keys() {
    let (server, client) = setup().await;
    server.enqueue(
        CannedReply::json(200, json!({"code": 0, "data": {"results": [], "total": 0}}))
            .for_path("/dns/zones"),
    );
    let request = ListZonesRequest::builder()
        .order_by(OrderBy { name: "asc".into() })
        .name_pattern("ex*")
        .build();
    list_zones(&client, &request).await.unwrap();
    assert_eq!(
        last_api_request(&server).query_pairs(),
        vec![
            ("name_pattern".to_owned(), "ex*".to_owned()),
            ("order_by.name".to_owned(), "asc".to_owned()),
        ]
    );
}

#[tokio::test]
async fn dotted_renames_stay_flat_in_a_query() {
    let (server, client) = setup().await;
    server.enqueue(
        CannedReply::json(200, json!({"code": 0, "data": {"price": 9.5}}))
            .for_path("/domains/prices"),
    );
    let price = GetPriceRequest::builder("example", "eu")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(price.price, 9.5);
    assert_eq!(
        last_api_request(&server).query.as_deref(),
        Some("domain.name=example&domain.extension=eu")
    );
}

#[tokio::test]
async fn a_post_nests_dotted_renames_and_honours_query_overrides() {
    let (server, client) = setup().await;
    server.enqueue(
        CannedReply::json(200, json!({"code": 0, "data": {"id": 1, "status": "ACT"}}))
            .for_path("/domains"),
    );
    let request = CreateDomainRequest::builder("example", "us", 1, "AB123456-US")
        .dry_run(true)
        .auth_code("s3cret-code")
        .build();
    assert!(matches!(
        request.check_tld("us"),
        Err(Error::MissingForTld { .. })
    ));
    assert!(!format!("{request:?}").contains("s3cret-code"));
    let done = create_domain(&client, &request).await.unwrap();
    assert_eq!(done.status, "ACT");
    let sent = last_api_request(&server);
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.query.as_deref(), Some("dry_run=true"));
    assert_eq!(
        sent.json().unwrap(),
        json!({"domain": {"name": "example", "extension": "us"}, "period": 1,
               "owner_handle": "AB123456-US", "auth_code": "s3cret-code"})
    );
    assert_eq!(
        <CreateDomainRequest as Endpoint>::INFO.timeout,
        Some(std::time::Duration::from_secs(180))
    );
}

#[tokio::test]
async fn a_delete_with_query_parameters() {
    let (server, client) = setup().await;
    server.enqueue(
        CannedReply::json(200, json!({"code": 0, "data": {"success": true}})).for_path("/tags"),
    );
    let reply = remove_tag(&client, "customer", "VIP").await.unwrap();
    assert_eq!(reply, json!({"success": true}));
    let sent = last_api_request(&server);
    assert_eq!(sent.method, "DELETE");
    assert_eq!(sent.path, "/v1beta/tags");
    assert_eq!(sent.query.as_deref(), Some("key=customer&value=VIP"));
    assert!(sent.body.is_empty());
}

#[tokio::test]
async fn any_entry_goes_through_client_send() {
    let (server, client) = setup().await;
    server.enqueue(
        CannedReply::json(200, json!({"code": 0, "data": {"id": 3, "name": "a.nl"}}))
            .for_path("/dns/zones"),
    );
    let zone = client
        .send(&GetZoneRequest::builder("a.nl").build())
        .await
        .unwrap();
    assert_eq!(zone.name.as_deref(), Some("a.nl"));
}
