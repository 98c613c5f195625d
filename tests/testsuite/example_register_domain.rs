//! Runs the steps of `examples/register_domain` against the stand-in, so the README's domain
//! command cannot break without a test failing.

use openprovider::domains::{CreateDomainRequest, DomainName};
use openprovider::jiff::ToSpan;

#[tokio::test]
async fn the_example_registers_the_first_free_name_and_renews_it() {
    let (server, client) = crate::support::server_and_client().await;
    let owner = crate::support::created_handle(&server, &client).await;
    // The first candidate is taken, so the example must pick the second.
    CreateDomainRequest::builder(DomainName::new("shop-label", "com"), 1, owner)
        .send(&client)
        .await
        .unwrap();

    let mut log = String::new();
    let outcome = crate::register_domain::register(&client, "shop-label", &mut log)
        .await
        .unwrap();
    assert_eq!(
        outcome.checked,
        [
            ("shop-label.com".to_owned(), false),
            ("shop-label.eu".to_owned(), true),
            ("shop-label-shop.com".to_owned(), true),
        ]
    );
    assert_eq!(outcome.domain.to_string(), "shop-label.eu");
    let registered = outcome.registered_until.unwrap();
    assert_eq!(
        outcome.expiration_date.unwrap(),
        registered.saturating_add(1.year())
    );
    assert!(outcome.renewal_date.unwrap() < outcome.expiration_date.unwrap());
    let stored = server.domain(outcome.id).unwrap();
    assert_eq!(stored["domain"]["name"], "shop-label");
    assert_eq!(stored["name_servers"].as_array().unwrap().len(), 3);
    assert!(log.contains("registered shop-label.eu"), "{log}");
}
