//! What the areas beyond customers, domains and DNS keep and refuse: SSL orders through their
//! states, CSRs, licences, templates, verifications, tags, billing pages, the domain
//! operations of transfers and prices; and that every reply carries every documented property.

use crate::common::{code, delete, get, post, put, token};
use openprovider_mock::MockServer;
use serde_json::{Value, json};

async fn started() -> (MockServer, String) {
    let server = MockServer::start().await.unwrap();
    let token = token(&server).await;
    (server, token)
}

/// A customer handle, for the areas that need an owner.
async fn handle(server: &MockServer, token: &str) -> String {
    let customer = json!({
        "name": {"first_name": "Ann", "last_name": "Smit"},
        "address": {"street": "Main", "number": "1", "zipcode": "1000 AA", "city": "Amsterdam", "country": "NL"},
        "phone": {"country_code": "+31", "area_code": "20", "subscriber_number": "1234567"},
        "email": "ann@example.com",
    });
    let created = post(server, token, "/customers", customer).await;
    created.1["data"]["handle"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_ssl_order_goes_from_requested_to_issued_to_cancelled() {
    let (server, t) = started().await;
    let made = post(
        &server,
        &t,
        "/ssl/csr",
        json!({"common_name": "www.shop.com", "bits": 2048}),
    )
    .await;
    let csr = made.1["data"]["csr"].as_str().unwrap().to_owned();
    assert!(
        made.1["data"]["key"]
            .as_str()
            .unwrap()
            .contains("PRIVATE KEY")
    );
    let decoded = post(&server, &t, "/ssl/csr/decode", json!({"csr": csr})).await;
    assert_eq!(decoded.1["data"]["subject"]["common_name"], "www.shop.com");
    assert_eq!(decoded.1["data"]["public_key"]["bits"], 2048);

    // A CSR whose newlines were flattened into `\n` text is refused as the API refuses it.
    let mangled = post(
        &server,
        &t,
        "/ssl/csr/decode",
        json!({"csr": csr.replace('\n', "\\n")}),
    )
    .await;
    assert_eq!(code(&mangled), 1030);
    let bad_order = post(
        &server,
        &t,
        "/ssl/orders",
        json!({"product_id": 31, "csr": "junk"}),
    )
    .await;
    assert_eq!(code(&bad_order), 1030);
    let unknown = post(
        &server,
        &t,
        "/ssl/orders",
        json!({"product_id": 999, "csr": csr}),
    )
    .await;
    assert_eq!(code(&unknown), 1098);
    let stranger = post(
        &server,
        &t,
        "/ssl/orders",
        json!({"product_id": 31, "csr": csr, "approver_email": "me@elsewhere.com"}),
    )
    .await;
    assert_eq!(code(&stranger), 1046, "an approver must be at the domain");

    let ordered = post(
        &server,
        &t,
        "/ssl/orders",
        json!({"product_id": 31, "csr": csr, "approver_email": "admin@shop.com"}),
    )
    .await;
    let id = ordered.1["data"]["id"].as_i64().unwrap();
    let order = get(&server, &t, &format!("/ssl/orders/{id}")).await;
    assert_eq!(order.1["data"]["status"], "REQ");
    assert_eq!(order.1["data"]["common_name"], "www.shop.com");
    assert_eq!(order.1["data"]["expiration_date"], "");

    let waiting = get(&server, &t, "/ssl/orders?status=REQ").await;
    assert_eq!(waiting.1["data"]["total"], 1);
    assert_eq!(waiting.1["data"]["results"][0]["id"], id);
    // A reissue is for issued certificates only.
    let early = post(&server, &t, &format!("/ssl/orders/{id}/reissue"), json!({})).await;
    assert_eq!(code(&early), 1095);

    assert!(server.issue_ssl_order(id));
    assert!(!server.issue_ssl_order(id), "issued once");
    let issued = get(&server, &t, &format!("/ssl/orders/{id}")).await;
    assert_eq!(issued.1["data"]["status"], "ACT");
    assert_ne!(issued.1["data"]["expiration_date"], "");
    let certificate = issued.1["data"]["certificate"].as_str().unwrap();
    assert!(
        certificate.starts_with("-----BEGIN CERTIFICATE-----\n"),
        "{certificate}"
    );
    let root = issued.1["data"]["root_certificate"].as_str().unwrap();
    assert!(root.starts_with("-----BEGIN CERTIFICATE-----\n"), "{root}");
    assert_eq!(
        order.1["data"]["certificate"], "",
        "none before it is issued"
    );
    let renew = post(&server, &t, &format!("/ssl/orders/{id}/renew"), json!({})).await;
    assert_eq!(code(&renew), 25_001);
    let resend = post(
        &server,
        &t,
        &format!("/ssl/orders/{id}/approver-email/resend"),
        json!({}),
    )
    .await;
    assert_eq!(code(&resend), 1095, "nothing to approve once issued");

    assert_eq!(
        code(&post(&server, &t, &format!("/ssl/orders/{id}/cancel"), json!({})).await),
        0
    );
    assert_eq!(
        code(&post(&server, &t, &format!("/ssl/orders/{id}/cancel"), json!({})).await),
        1095
    );
    assert_eq!(code(&get(&server, &t, "/ssl/orders/12345").await), 1094);
}

#[tokio::test]
async fn billing_lists_page_filter_and_sort() {
    let (server, t) = started().await;
    let all = get(&server, &t, "/invoices").await;
    let total = all.1["data"]["total"].as_u64().unwrap();
    assert_eq!(total, 24, "two years of monthly invoices");
    let last_page = get(&server, &t, "/invoices?limit=5&offset=20").await;
    assert_eq!(last_page.1["data"]["results"].as_array().unwrap().len(), 4);
    assert_eq!(last_page.1["data"]["total"], 24);

    let newest_first = get(
        &server,
        &t,
        "/invoices?order_by=creation_date&order=desc&limit=2",
    )
    .await;
    let dates: Vec<&str> = newest_first.1["data"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["creation_date"].as_str().unwrap())
        .collect();
    assert!(dates[0] > dates[1], "{dates:?}");

    let first = all.1["data"]["results"][0]["creation_date"]
        .as_str()
        .unwrap()[..10]
        .to_owned();
    let one_day = get(
        &server,
        &t,
        &format!("/invoices?start_creation_date={first}&end_creation_date={first}"),
    )
    .await;
    assert_eq!(one_day.1["data"]["total"], 1);

    let by_subject = get(&server, &t, "/transactions?filter_for_subject=example.nl").await;
    let results = by_subject.1["data"]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    assert!(results.iter().all(|r| r["subject"] == "example.nl"));
    let card = get(&server, &t, "/payments?type=online&status=processed").await;
    assert_eq!(card.1["data"]["total"], 24);
    let none = get(&server, &t, "/payments?status=refunded").await;
    assert_eq!(none.1["data"]["total"], 0);
}

#[tokio::test]
async fn licences_keep_their_items_and_refuse_foreign_ones() {
    let (server, t) = started().await;
    let foreign = post(
        &server,
        &t,
        "/licenses/plesk",
        json!({"items": ["VIRTUOZZO-7-LOW-DENSITY-2CPU-1M"]}),
    )
    .await;
    assert_eq!(code(&foreign), 3020);
    assert_eq!(
        code(&post(&server, &t, "/licenses/plesk", json!({})).await),
        3019
    );
    let created = post(
        &server,
        &t,
        "/licenses/plesk",
        json!({"items": ["PLESK-12-VPS-WEB-ADMIN-1M"], "title": "web", "period": 12}),
    )
    .await;
    let id = created.1["data"]["key_id"].as_i64().unwrap();
    let got = get(&server, &t, &format!("/licenses/plesk/{id}")).await;
    assert_eq!(got.1["data"]["items"], json!(["PLESK-12-VPS-WEB-ADMIN-1M"]));
    assert_eq!(got.1["data"]["title"], "web");
    // A Plesk key is not a Virtuozzo one.
    assert_eq!(
        code(&get(&server, &t, &format!("/licenses/virtuozzo/{id}")).await),
        3011
    );
    let suspended = put(
        &server,
        &t,
        &format!("/licenses/plesk/{id}"),
        json!({"suspended": true}),
    )
    .await;
    assert_eq!(code(&suspended), 0);
    let reset = post(
        &server,
        &t,
        &format!("/licenses/hwids/reset/plesk/{id}"),
        json!({}),
    )
    .await;
    assert_eq!(code(&reset), 3026, "a suspended key cannot move");
    let listed = get(&server, &t, "/licenses?product=virtuozzo").await;
    assert_eq!(listed.1["data"]["total"], 0);
    assert_eq!(
        code(&delete(&server, &t, &format!("/licenses/plesk/{id}")).await),
        0
    );
    assert_eq!(
        code(&get(&server, &t, &format!("/licenses/plesk/{id}")).await),
        3011
    );
}

#[tokio::test]
async fn templates_verifications_and_tags_refuse_what_the_api_refuses() {
    let (server, t) = started().await;
    let system = get(&server, &t, "/emails?is_system=true").await;
    let system_id = system.1["data"]["results"][0]["id"].as_i64().unwrap();
    assert_eq!(
        code(&delete(&server, &t, &format!("/emails/{system_id}")).await),
        1704
    );
    assert_eq!(
        code(&post(&server, &t, "/emails", json!({"group": "ive"})).await),
        1702
    );
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                "/emails",
                json!({"name": "x", "group": "nope"})
            )
            .await
        ),
        1703
    );

    let start = json!({"email": "owner@example.com"});
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                "/customers/verifications/emails/start",
                start.clone()
            )
            .await
        ),
        0
    );
    assert_eq!(
        code(&post(&server, &t, "/customers/verifications/emails/start", start).await),
        20_001
    );
    let unknown = json!({"email": "nobody@example.com"});
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                "/customers/verifications/emails/restart",
                unknown
            )
            .await
        ),
        1203
    );
    let listed = get(
        &server,
        &t,
        "/customers/verifications/emails/domains?email=owner@example.com",
    )
    .await;
    assert_eq!(listed.1["data"]["total"], 1);
    assert_eq!(listed.1["data"]["results"][0]["status"], "in progress");

    assert_ne!(
        code(&post(&server, &t, "/tags", json!({"key": "domain", "value": "x"})).await),
        0
    );
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                "/tags",
                json!({"key": "customer", "value": "VIP"})
            )
            .await
        ),
        0
    );
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                "/tags",
                json!({"key": "customer", "value": "VIP"})
            )
            .await
        ),
        0,
        "no source says a second create is refused"
    );
    assert_eq!(
        code(&delete(&server, &t, "/tags?key=customer&value=Gold").await),
        98
    );
    assert_eq!(
        code(&delete(&server, &t, "/tags?key=customer&value=VIP").await),
        0
    );
}

#[tokio::test]
async fn template_groups_are_the_swaggers_five() {
    let (server, t) = started().await;
    for group in ["errp", "foa", "ive", "tcn", "wdrp"] {
        let created = post(
            &server,
            &t,
            "/emails",
            json!({"name": format!("ours ({group})"), "group": group}),
        )
        .await;
        assert_eq!(code(&created), 0, "{group}: {created:?}");
    }
    let listed = get(&server, &t, "/emails?group=wdrp").await;
    assert_eq!(listed.1["data"]["total"], 1);
    assert_eq!(listed.1["data"]["results"][0]["name"], "ours (wdrp)");

    // Groups the stand-in once invented are outside the list, on create and on update.
    for group in ["claims", "ssl", "spam_expert"] {
        let refused = post(&server, &t, "/emails", json!({"name": "x", "group": group})).await;
        assert_eq!(code(&refused), 1703, "{group}");
    }
    let id = listed.1["data"]["results"][0]["id"].as_i64().unwrap();
    let moved = put(
        &server,
        &t,
        &format!("/emails/{id}"),
        json!({"group": "claims"}),
    )
    .await;
    assert_eq!(code(&moved), 1703);
}

#[tokio::test]
async fn transfers_wait_for_approval_and_prices_follow_tld_and_period() {
    let (server, t) = started().await;
    let owner = handle(&server, &t).await;
    let created = post(
        &server,
        &t,
        "/domains",
        json!({"domain": {"name": "mine", "extension": "com"}, "period": 1, "owner_handle": owner}),
    )
    .await;
    let active = created.1["data"]["id"].as_i64().unwrap();
    let approve_active = post(
        &server,
        &t,
        &format!("/domains/{active}/transfer/approve"),
        json!({}),
    )
    .await;
    assert_eq!(
        code(&approve_active),
        515,
        "nothing waits on an active domain"
    );

    let moving = post(
        &server,
        &t,
        "/domains/transfer",
        json!({"domain": {"name": "moving", "extension": "com"}, "auth_code": "x1", "owner_handle": owner}),
    )
    .await;
    let id = moving.1["data"]["id"].as_i64().unwrap();
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                &format!("/domains/{id}/transfer/send-foa1"),
                json!({})
            )
            .await
        ),
        0
    );
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                &format!("/domains/{id}/transfer/approve"),
                json!({})
            )
            .await
        ),
        0
    );
    let approved = get(&server, &t, &format!("/domains/{id}")).await;
    assert_eq!(approved.1["data"]["status"], "ACT");
    assert_eq!(
        code(
            &post(
                &server,
                &t,
                &format!("/domains/{id}/transfer/send-foa1"),
                json!({})
            )
            .await
        ),
        515
    );

    let two_years = get(
        &server,
        &t,
        "/domains/prices?domain.name=x&domain.extension=com&period=2",
    )
    .await;
    assert_eq!(two_years.1["data"]["price"]["product"]["price"], 17.0);
    let too_long = get(
        &server,
        &t,
        "/domains/prices?domain.name=x&domain.extension=nl&period=11",
    )
    .await;
    assert_eq!(code(&too_long), 316, "ten years at most");
    server.set_premium("gold.com", 900.0);
    let premium = get(
        &server,
        &t,
        "/domains/prices?domain.name=gold&domain.extension=com",
    )
    .await;
    assert_eq!(premium.1["data"]["is_premium"], true);
    assert_eq!(premium.1["data"]["price"]["product"]["price"], 900.0);

    let suggested = post(
        &server,
        &t,
        "/domains/suggest-name",
        json!({"name": "mine", "tlds": ["com", "net"]}),
    )
    .await;
    let names: Vec<&str> = suggested.1["data"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"mine.net"));
    assert!(
        !names.contains(&"mine.com"),
        "a registered name is not suggested: {names:?}"
    );
    let nl_trade = post(
        &server,
        &t,
        "/domains/trade",
        json!({"domain": {"name": "handel", "extension": "nl"}, "owner_handle": owner, "auth_code": "a"}),
    )
    .await;
    assert_eq!(code(&nl_trade), 321);
}

#[tokio::test]
async fn statistics_count_what_the_other_areas_hold() {
    let (server, t) = started().await;
    let owner = handle(&server, &t).await;
    for name in ["one", "two"] {
        let body = json!({"domain": {"name": name, "extension": "com"}, "period": 1, "owner_handle": owner});
        assert_eq!(code(&post(&server, &t, "/domains", body).await), 0);
    }
    let zone = json!({"domain": {"name": "one", "extension": "com"}});
    assert_eq!(code(&post(&server, &t, "/dns/zones", zone).await), 0);
    let stats = get(&server, &t, "/resellers/statistics").await;
    assert_eq!(stats.1["data"]["domain"]["total"], 2);
    assert_eq!(stats.1["data"]["domain"]["by_status"]["ACT"], 2);
    assert_eq!(stats.1["data"]["dns"]["total"], 1);
    assert_eq!(stats.1["data"]["customer"]["total"], 1);
    let reseller = get(&server, &t, "/resellers").await;
    assert!(
        reseller.1["data"].get("statistics").is_none(),
        "only when asked for"
    );
    let with = get(&server, &t, "/resellers?with_statistics=true").await;
    assert_eq!(with.1["data"]["statistics"]["domain"]["total"], 2);
}

/// The documented shape of each reply, as the stand-in reads it.
fn shapes() -> serde_json::Map<String, Value> {
    serde_json::from_str(include_str!("../../src/shapes.json")).unwrap()
}

/// The documented properties missing from `value`, as paths.
fn missing(value: &Value, shape: &Value, path: &str, out: &mut Vec<String>) {
    match (value, shape) {
        (Value::Object(map), Value::Object(props)) => {
            for (name, prop) in props {
                match map.get(name) {
                    Some(v) => missing(v, prop, &format!("{path}.{name}"), out),
                    None => out.push(format!("{path}.{name}")),
                }
            }
        }
        (Value::Array(items), Value::Array(item)) => {
            for v in items {
                missing(v, &item[0], &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn every_reply_carries_every_documented_property() {
    let (server, t) = started().await;
    let owner = handle(&server, &t).await;
    let domain = json!({"domain": {"name": "shaped", "extension": "com"}, "period": 1, "owner_handle": owner});
    let domain_id = post(&server, &t, "/domains", domain).await.1["data"]["id"]
        .as_i64()
        .unwrap();
    post(
        &server,
        &t,
        "/licenses/virtuozzo",
        json!({"items": ["VZ-CONTAINERS-10"]}),
    )
    .await;
    post(
        &server,
        &t,
        "/spam-expert/domains",
        json!({"domain_name": "shaped.com"}),
    )
    .await;
    post(
        &server,
        &t,
        "/easydmarcs",
        json!({"domain": {"name": "shaped", "extension": "com"}, "owner_handle": owner}),
    )
    .await;
    post(
        &server,
        &t,
        "/tags",
        json!({"key": "customer", "value": "VIP"}),
    )
    .await;
    let shapes = shapes();
    // Every flag set: what comes only on request comes too.
    let flags = [
        "additional_data",
        "abuse_details",
        "api_history",
        "contacts",
        "history",
        "level_prices",
        "records",
        "registry_statuses",
        "restrictions",
        "settings",
        "statistics",
        "usage_count",
        "whois_privacy_data",
        "price",
    ]
    .map(|f| format!("with_{f}=true"))
    .join("&");
    let reads = [
        ("GET /resellers", "/resellers".to_owned()),
        ("GET /resellers/settings", "/resellers/settings".to_owned()),
        (
            "GET /resellers/statistics",
            "/resellers/statistics".to_owned(),
        ),
        (
            "GET /customers/{handle}",
            format!("/customers/{owner}?with_additional_data=true"),
        ),
        ("GET /domains/{id}", format!("/domains/{domain_id}")),
        ("GET /domains", "/domains".to_owned()),
        (
            "GET /contacts",
            "/contacts?with_additional_data=true".to_owned(),
        ),
        ("GET /ssl/orders", "/ssl/orders".to_owned()),
        (
            "GET /ssl/products",
            "/ssl/products?with_price=true".to_owned(),
        ),
        ("GET /licenses", "/licenses".to_owned()),
        ("GET /licenses/items", "/licenses/items".to_owned()),
        ("GET /emails", "/emails".to_owned()),
        (
            "GET /spam-expert/domains/{domain_name}",
            "/spam-expert/domains/shaped.com".to_owned(),
        ),
        ("GET /easydmarcs/list", "/easydmarcs/list".to_owned()),
        ("GET /tags", "/tags".to_owned()),
        ("GET /invoices", "/invoices".to_owned()),
        ("GET /payments", "/payments".to_owned()),
        ("GET /transactions", "/transactions".to_owned()),
        ("GET /tlds", "/tlds".to_owned()),
    ];
    for (operation, path) in reads {
        let separator = if path.contains('?') { '&' } else { '?' };
        let reply = get(&server, &t, &format!("{path}{separator}{flags}")).await;
        assert_eq!(code(&reply), 0, "{operation}: {reply:?}");
        let mut gaps = Vec::new();
        missing(&reply.1["data"], &shapes[operation], "data", &mut gaps);
        // A record's prio comes only where the record has one, as live replies show.
        gaps.retain(|g| !g.ends_with(".prio"));
        assert!(gaps.is_empty(), "{operation} lacks {gaps:?}");
    }
}
