//! Runs the steps of `examples/modify_handle` against the stand-in, so the README's first
//! command cannot break without a test failing.

#[tokio::test]
async fn the_walk_through_modifies_the_handle_and_reports_a_missing_one() {
    let (server, client) = crate::support::server_and_client().await;
    let mut log = String::new();
    let outcome = crate::modify_handle::walk_through(&client, &mut log)
        .await
        .unwrap();

    assert!(
        outcome.handle.starts_with("CV") && outcome.handle.ends_with("-NL"),
        "{}",
        outcome.handle
    );
    let changed: Vec<&str> = outcome.changed.iter().map(|(f, _, _)| f.as_str()).collect();
    for field in [
        "address",
        "phone",
        "fax",
        "email",
        "vat",
        "locale",
        "comments",
        "additional_data",
    ] {
        assert!(
            changed.contains(&field),
            "{field} did not change: {changed:?}"
        );
    }
    assert!(
        !changed.contains(&"name"),
        "an update must not change the name"
    );
    assert!(!changed.contains(&"company_name"));
    assert_eq!(outcome.missing.code(), Some(176));
    assert!(log.contains("Customer handle not found"), "{log}");

    let stored = server.customer(&outcome.handle).unwrap();
    assert_eq!(stored["email"], "test@mail.tld");
    assert_eq!(stored["name"]["last_name"], "van Noort");
    assert_eq!(
        stored["is_deleted"], true,
        "the example cleans up after itself"
    );
}
