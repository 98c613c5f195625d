//! Every catalogue endpoint through the stand-in, the happy path and the error paths, with the
//! real client over loopback.

use crate::support::*;
use openprovider::customers::{
    self, Address, CreateCustomerRequest, DeleteCustomerRequest, GetCustomerRequest,
    ListCustomersRequest, Name, Phone, UpdateCustomerRequest,
};
use openprovider::{Client, Error};

async fn create(
    client: &Client,
    first: &str,
    last: &str,
    email: &str,
    company: Option<&str>,
) -> String {
    let request = CreateCustomerRequest::builder(
        Name::new(first, last),
        Address::new("Main street", "1", "1000 AA", "Amsterdam", "NL"),
        Phone::new("+31", "20", "1234567"),
        email,
    )
    .maybe_company_name(company.map(str::to_owned))
    .build();
    customers::create_customer(client, &request)
        .await
        .unwrap()
        .handle
}

fn get(handle: &str) -> GetCustomerRequest {
    GetCustomerRequest::builder(handle).build()
}

#[tokio::test]
async fn a_handle_lives_from_create_to_delete() {
    let (_server, client) = server_and_client().await;
    let handle = create(&client, "Carsten", "van Noort", "c@example.com", None).await;
    assert_eq!(handle.len(), "CV904716-NL".len());
    assert!(
        handle.starts_with("CV") && handle.ends_with("-NL"),
        "{handle}"
    );

    let customer = customers::get_customer(&client, &get(&handle))
        .await
        .unwrap();
    assert_eq!(customer.email.as_deref(), Some("c@example.com"));

    let page = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();
    assert_eq!(page.total, Some(1));
    assert_eq!(page.results[0].handle.as_deref(), Some(handle.as_str()));

    let updated = UpdateCustomerRequest::builder(handle.clone())
        .email("new@example.com")
        .send(&client)
        .await
        .unwrap();
    assert!(updated.success);
    let customer = customers::get_customer(&client, &get(&handle))
        .await
        .unwrap();
    assert_eq!(customer.email.as_deref(), Some("new@example.com"));

    let deleted = customers::delete_customer(
        &client,
        &DeleteCustomerRequest::builder(handle.clone()).build(),
    )
    .await
    .unwrap();
    assert!(deleted.success);

    for err in [
        customers::get_customer(&client, &get(&handle))
            .await
            .unwrap_err(),
        customers::delete_customer(
            &client,
            &DeleteCustomerRequest::builder(handle.clone()).build(),
        )
        .await
        .unwrap_err(),
        UpdateCustomerRequest::builder(handle.clone())
            .vat("x")
            .send(&client)
            .await
            .unwrap_err(),
    ] {
        assert_eq!(err.code(), Some(176), "{err}");
        assert_eq!(err.status(), Some(500));
    }
}

#[tokio::test]
async fn create_refuses_missing_and_invalid_fields_with_the_apis_codes() {
    let (server, client) = server_and_client().await;
    let full = || {
        (
            Name::new("Carsten", "van Noort"),
            Address::new("Albusstraat", "83", "4903 RG", "Oosterhout", "NL"),
            Phone::new("+31", "111", "123456"),
            "example@mail.tld".to_owned(),
        )
    };
    type Case = (i32, fn(&mut (Name, Address, Phone, String)));
    let cases: Vec<Case> = vec![
        (102, |c| c.0.first_name = None),
        (105, |c| c.0.last_name = Some(String::new())),
        (110, |c| c.1.street = None),
        (112, |c| c.1.number = None),
        (115, |c| c.1.zipcode = None),
        (117, |c| c.1.city = None),
        (120, |c| c.1.country = None),
        (121, |c| c.1.country = Some("Netherlands".into())),
        (130, |c| c.2.country_code = None),
        (131, |c| c.2.country_code = Some("31".into())),
        (134, |c| c.2.subscriber_number = None),
        (145, |c| c.3 = String::new()),
        (146, |c| c.3 = "not-an-email".into()),
    ];
    for (code, break_it) in cases {
        let mut parts = full();
        break_it(&mut parts);
        let (name, address, phone, email) = parts;
        let request = CreateCustomerRequest::builder(name, address, phone, email).build();
        let err = customers::create_customer(&client, &request)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(code), "{err}");
        assert_eq!(
            err.status(),
            Some(500),
            "the API sends validation errors as HTTP 500"
        );
    }
    let page = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();
    assert_eq!(page.total, Some(0), "no refused customer was stored");
    drop(server);
}

#[tokio::test]
async fn additional_data_comes_only_when_asked_for() {
    let (_server, client) = server_and_client().await;
    let handle = create(&client, "Anna", "Bakker", "a@example.com", None).await;
    let plain = customers::get_customer(&client, &get(&handle))
        .await
        .unwrap();
    assert_eq!(plain.additional_data, None);
    assert_eq!(plain.extension_additional_data, None);
    let full = customers::get_customer(
        &client,
        &GetCustomerRequest::builder(handle)
            .with_additional_data(true)
            .build(),
    )
    .await
    .unwrap();
    assert!(full.additional_data.is_some());
    assert_eq!(full.extension_additional_data, Some(vec![]));
}

#[tokio::test]
async fn lists_page_and_filter() {
    let (_server, client) = server_and_client().await;
    create(
        &client,
        "Carsten",
        "van Noort",
        "carsten@example.com",
        Some("Hosters with Style"),
    )
    .await;
    create(&client, "Karin", "Jansen", "karin@example.org", None).await;
    create(&client, "Carla", "de Vries", "carla@example.com", None).await;
    create(
        &client,
        "Piet",
        "Pieters",
        "piet@example.net",
        Some("Piet BV"),
    )
    .await;
    create(&client, "Anna", "Smit", "anna@example.com", None).await;

    let page = |offset: i32| {
        ListCustomersRequest::builder()
            .limit(2)
            .offset(offset)
            .build()
    };
    let mut seen = Vec::new();
    for (offset, expected) in [(0, 2), (2, 2), (4, 1), (6, 0)] {
        let list = customers::list_customers(&client, &page(offset))
            .await
            .unwrap();
        assert_eq!(list.total, Some(5));
        assert_eq!(list.results.len(), expected, "offset {offset}");
        seen.extend(list.results.into_iter().filter_map(|c| c.handle));
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 5, "pages neither repeat nor skip");

    let count = |request: ListCustomersRequest| {
        let client = client.clone();
        async move {
            customers::list_customers(&client, &request)
                .await
                .unwrap()
                .total
        }
    };
    assert_eq!(
        count(
            ListCustomersRequest::builder()
                .first_name_pattern("Car*")
                .build()
        )
        .await,
        Some(2)
    );
    assert_eq!(
        count(
            ListCustomersRequest::builder()
                .email_pattern("*@example.com")
                .build()
        )
        .await,
        Some(3)
    );
    assert_eq!(
        count(ListCustomersRequest::builder().pattern("*piet*").build()).await,
        Some(1)
    );
    assert_eq!(
        count(ListCustomersRequest::builder().r#type("company").build()).await,
        Some(2)
    );
    assert_eq!(
        count(ListCustomersRequest::builder().r#type("individual").build()).await,
        Some(3)
    );
    assert_eq!(
        count(
            ListCustomersRequest::builder()
                .handle_pattern("KJ*")
                .build()
        )
        .await,
        Some(1)
    );

    let sorted = customers::list_customers(
        &client,
        &ListCustomersRequest::builder()
            .order_by("first_name")
            .order("DESC")
            .build(),
    )
    .await
    .unwrap();
    let names: Vec<String> = sorted
        .results
        .iter()
        .filter_map(|c| c.name.as_ref()?.first_name.clone())
        .collect();
    assert_eq!(names, ["Piet", "Karin", "Carsten", "Carla", "Anna"]);
    let list_row = &sorted.results[0];
    assert_eq!(list_row.fax, None, "lists leave out fax, vat and inn");
    assert_eq!(list_row.vat, None);
}

#[tokio::test]
async fn a_partial_update_changes_only_what_it_carries() {
    let (server, client) = server_and_client().await;
    let handle = create(
        &client,
        "Carsten",
        "van Noort",
        "c@example.com",
        Some("Hosters"),
    )
    .await;
    let before = server.customer(&handle).unwrap();
    UpdateCustomerRequest::builder(handle.clone())
        .comments("called on Monday")
        .send(&client)
        .await
        .unwrap();
    let after = server.customer(&handle).unwrap();
    assert_eq!(after["comments"], "called on Monday");
    assert_ne!(after["comments_last_changed_at"], "");
    for unchanged in ["email", "address", "phone", "name", "company_name", "vat"] {
        assert_eq!(before[unchanged], after[unchanged], "{unchanged} changed");
    }
}

#[tokio::test]
async fn an_update_cannot_change_the_name_even_when_sent_by_hand() {
    // The catalogue's update has no name field; a hand-written entry can still send one, and
    // the stand-in, like the API, leaves the name as it was.
    openprovider::openprovider_endpoint! {
        pub raw_update: PUT "/customers/{handle}" -> serde_json::Value {
            handle: String,
            name: Option<Name>,
            company_name: Option<String>,
            email: Option<String>,
        }
    }
    let (server, client) = server_and_client().await;
    let handle = create(
        &client,
        "Carsten",
        "van Noort",
        "c@example.com",
        Some("Hosters"),
    )
    .await;
    RawUpdateRequest::builder(handle.clone())
        .name(Name::new("Someone", "Else"))
        .company_name("Other")
        .email("changed@example.com")
        .send(&client)
        .await
        .unwrap();
    let stored = server.customer(&handle).unwrap();
    assert_eq!(stored["name"]["first_name"], "Carsten");
    assert_eq!(stored["company_name"], "Hosters");
    assert_eq!(stored["email"], "changed@example.com");
}

#[tokio::test]
async fn delete_is_soft() {
    let (server, client) = server_and_client().await;
    let keep = create(&client, "Anna", "Smit", "a@example.com", None).await;
    let gone = create(&client, "Piet", "Pieters", "p@example.com", None).await;
    customers::delete_customer(
        &client,
        &DeleteCustomerRequest::builder(gone.clone()).build(),
    )
    .await
    .unwrap();
    let stored = server.customer(&gone).unwrap();
    assert_eq!(stored["is_deleted"], true);
    let deleted_at = stored["deleted_at"].as_str().unwrap();
    assert_ne!(deleted_at, "0000-00-00 00:00:00");
    assert_eq!(
        deleted_at.len(),
        "2024-01-02 03:04:05".len(),
        "{deleted_at}"
    );
    let list = customers::list_customers(&client, &ListCustomersRequest::builder().build())
        .await
        .unwrap();
    let handles: Vec<_> = list
        .results
        .iter()
        .filter_map(|c| c.handle.clone())
        .collect();
    assert_eq!(handles, [keep]);
    let err = customers::get_customer(&client, &get(&gone))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Api(api) if api.code == 176),
        "{err:?}"
    );
}
