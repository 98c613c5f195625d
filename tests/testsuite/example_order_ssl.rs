//! Runs the steps of `examples/order_ssl` against the stand-in, so the README's SSL command
//! cannot break without a test failing.

use openprovider::ssl::{DecodeCsrRequest, GetOrderRequest};

#[tokio::test]
async fn the_example_orders_a_certificate_for_its_csr() {
    let (server, client) = crate::support::server_and_client().await;
    let mut log = String::new();
    let outcome = crate::order_ssl::order(&client, "shop.example.com", &mut log)
        .await
        .unwrap();
    assert_eq!(outcome.order.status.as_deref(), Some("REQ"), "{log}");
    assert_eq!(
        outcome.order.common_name.as_deref(),
        Some("shop.example.com")
    );
    assert_eq!(outcome.order.product_id, Some(outcome.product_id));
    assert!(
        outcome
            .approver_emails
            .contains(&"admin@shop.example.com".to_owned()),
        "{:?}",
        outcome.approver_emails
    );
    // The CSR is a real one for the domain, and its key stays out of Debug.
    let decoded = DecodeCsrRequest::builder(outcome.csr.clone())
        .send(&client)
        .await
        .unwrap();
    assert!(
        format!("{:?}", decoded.subject).contains("shop.example.com"),
        "{decoded:?}"
    );
    let key = outcome.key.as_ref().expect("a key comes with the CSR");
    assert!(key.expose().contains("PRIVATE KEY"));
    assert!(!format!("{outcome:?}").contains("PRIVATE KEY"));

    // Once the certificate authority issues it, the order carries the certificate.
    let id = outcome.order.id.unwrap();
    assert!(server.issue_ssl_order(id));
    let issued = GetOrderRequest::builder(id).send(&client).await.unwrap();
    assert_eq!(issued.status.as_deref(), Some("ACT"));
    assert!(
        issued
            .certificate
            .as_deref()
            .is_some_and(|pem| pem.contains("BEGIN CERTIFICATE"))
    );
    assert!(log.contains("order"), "{log}");
}
