//! DNS against the stand-in, which behaves as the API does in practice: records written the way
//! the API matches them, read back as they were written, and refused early where the API would
//! refuse them late.

use crate::support::{api_requests, server_and_client};
use openprovider::dns::{
    self, CreateZoneRequest, GetZoneRequest, ListZoneRecordsRequest, Record, RecordChanges,
    RecordType, UpdateZoneRequest,
};
use openprovider::{Client, DomainName, Error};
use openprovider_mock::MockServer;

async fn zone_with(server: &MockServer, client: &Client, records: Vec<Record>) {
    CreateZoneRequest::builder(DomainName::new("example", "com"))
        .r#type("master")
        .records(records)
        .send(client)
        .await
        .unwrap();
    server.clear_requests();
}

async fn records(client: &Client) -> Vec<Record> {
    ListZoneRecordsRequest::builder("example.com")
        .limit(500)
        .build()
        .all(client)
        .await
        .unwrap()
}

fn txt_values(records: &[Record]) -> Vec<String> {
    records
        .iter()
        .filter(|r| r.kind == RecordType::Txt)
        .map(|r| r.value.clone())
        .collect()
}

#[tokio::test]
async fn the_acme_flow_adds_reads_and_removes_the_challenge() {
    let (server, client) = server_and_client().await;
    crate::acme_dns01::create_demo_zone(&client, "example.com")
        .await
        .unwrap();
    let mut log = String::new();
    let outcome = crate::acme_dns01::challenge(&client, "example.com", "tok-123", &mut log)
        .await
        .unwrap();
    assert_eq!(outcome.read_back.name, "_acme-challenge.example.com");
    assert_eq!(
        outcome.read_back.value, "tok-123",
        "read without the API's quotes"
    );
    assert_eq!(outcome.during.len(), outcome.before.len() + 1);
    assert_eq!(outcome.after, outcome.before);
    let puts: Vec<serde_json::Value> = api_requests(&server)
        .iter()
        .filter(|r| r.method == "PUT")
        .map(|r| r.json().unwrap())
        .collect();
    assert_eq!(
        puts[0],
        serde_json::json!({"name": "example.com", "records": {"add": [
            {"name": "_acme-challenge", "type": "TXT", "value": "\"tok-123\"", "ttl": 600}
        ]}})
    );
    assert_eq!(
        puts[1]["records"]["remove"][0],
        serde_json::json!({"name": "_acme-challenge", "type": "TXT", "value": "\"tok-123\"", "ttl": 600})
    );
}

#[tokio::test]
async fn a_record_removed_exactly_as_listed_is_gone() {
    let (server, client) = server_and_client().await;
    zone_with(
        &server,
        &client,
        vec![
            Record::txt("", "v=spf1 -all"),
            Record::a("www", "192.0.2.1"),
        ],
    )
    .await;
    let listed = records(&client).await;
    let spf = listed
        .iter()
        .find(|r| r.kind == RecordType::Txt)
        .unwrap()
        .clone();
    assert_eq!(spf.name, "example.com", "names come back in full");
    assert_eq!(spf.value, "v=spf1 -all");
    UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().remove(spf))
        .send(&client)
        .await
        .unwrap();
    assert!(txt_values(&records(&client).await).is_empty());
}

#[tokio::test]
async fn a_record_removed_by_the_full_name_the_user_typed_is_gone() {
    let (server, client) = server_and_client().await;
    zone_with(
        &server,
        &client,
        vec![Record::a("www", "192.0.2.1"), Record::a("api", "192.0.2.2")],
    )
    .await;
    UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().remove(Record::a("www.example.com.", "192.0.2.1")))
        .send(&client)
        .await
        .unwrap();
    let names: Vec<String> = records(&client)
        .await
        .into_iter()
        .filter(|r| r.kind == RecordType::A)
        .map(|r| r.name)
        .collect();
    assert_eq!(names, ["api.example.com"]);
}

openprovider::openprovider_endpoint! {
    /// `PUT /dns/zones/{name}` with records sent exactly as given, as a client that does not
    /// rewrite them would: to show what the stand-in (and the API) does with them.
    pub raw_update_zone: PUT "/dns/zones/{name}" -> openprovider::common::Success {
        name: String,
        records: Option<serde_json::Value>,
    }
}

#[tokio::test]
async fn unrewritten_records_match_nothing_and_still_answer_success() {
    let (server, client) = server_and_client().await;
    zone_with(
        &server,
        &client,
        vec![Record::txt("_acme-challenge", "tok")],
    )
    .await;
    for wrong in [
        serde_json::json!({"name": "_acme-challenge.example.com", "type": "TXT", "value": "\"tok\"", "ttl": 900}),
        serde_json::json!({"name": "_acme-challenge", "type": "TXT", "value": "tok", "ttl": 900}),
    ] {
        RawUpdateZoneRequest::builder("example.com")
            .records(serde_json::json!({"remove": [wrong]}))
            .send(&client)
            .await
            .unwrap();
        assert_eq!(
            txt_values(&records(&client).await),
            ["tok"],
            "still there after {wrong}"
        );
    }
}

#[tokio::test]
async fn a_txt_value_is_updated_in_place() {
    let (server, client) = server_and_client().await;
    zone_with(&server, &client, vec![Record::txt("note", "old value")]).await;
    let old = records(&client)
        .await
        .into_iter()
        .find(|r| r.kind == RecordType::Txt)
        .unwrap();
    let new = Record::txt(old.name.clone(), "new \"quoted\" value").ttl(900);
    UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().update(old, new))
        .send(&client)
        .await
        .unwrap();
    assert_eq!(
        txt_values(&records(&client).await),
        ["new \"quoted\" value"]
    );
}

#[tokio::test]
async fn a_long_txt_value_round_trips() {
    let (server, client) = server_and_client().await;
    zone_with(&server, &client, vec![]).await;
    let dkim = format!(
        "v=DKIM1; k=rsa; p={}",
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA".repeat(12)
    );
    assert!(dkim.len() > 500);
    UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().add(Record::txt("mail._domainkey", dkim.clone())))
        .send(&client)
        .await
        .unwrap();
    let stored = server.zone_records("example.com").unwrap();
    let wire = stored.iter().find(|r| r["type"] == "TXT").unwrap()["value"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        wire.starts_with('"') && wire.matches("\" \"").count() >= 2,
        "split: {wire}"
    );
    let read = records(&client)
        .await
        .into_iter()
        .find(|r| r.kind == RecordType::Txt)
        .unwrap();
    assert_eq!(read.value, dkim);
    UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().remove(read))
        .send(&client)
        .await
        .unwrap();
    assert!(txt_values(&records(&client).await).is_empty());
}

#[tokio::test]
async fn a_1200_record_zone_reads_in_three_pages() {
    let (server, client) = server_and_client().await;
    let many: Vec<Record> = (0..1196)
        .map(|n| {
            Record::a(
                format!("host{n:04}"),
                format!("10.0.{}.{}", n / 250, n % 250),
            )
        })
        .collect();
    zone_with(&server, &client, many).await;
    let mut items = ListZoneRecordsRequest::builder("example.com")
        .limit(500)
        .build()
        .items(&client);
    let mut count = 0;
    while let Some(record) = items.next().await {
        record.unwrap();
        count += 1;
    }
    assert_eq!(count, 1200, "1196 records, the SOA and three NS");
    assert_eq!(api_requests(&server).len(), 3);
}

#[tokio::test]
async fn a_ttl_under_600_is_refused_before_anything_is_sent() {
    let (server, client) = server_and_client().await;
    zone_with(&server, &client, vec![]).await;
    let err = UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().add(Record::a("www", "192.0.2.1").ttl(300)))
        .send(&client)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert!(err.to_string().contains("600"), "{err}");
    assert!(api_requests(&server).is_empty(), "nothing was sent");

    let raw = RawUpdateZoneRequest::builder("example.com")
        .records(serde_json::json!({"add": [{"name": "www", "type": "A", "value": "192.0.2.1", "ttl": 300}]}))
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(raw.code(), Some(openprovider::codes::INVALID_TTL));
    assert_eq!(
        raw.status(),
        Some(500),
        "the API's own refusal comes late, as an HTTP 500"
    );
}

#[tokio::test]
async fn a_replace_built_from_a_read_zone_leaves_soa_and_ns_out() {
    let (server, client) = server_and_client().await;
    zone_with(
        &server,
        &client,
        vec![
            Record::a("www", "192.0.2.1"),
            Record::txt("", "v=spf1 -all"),
        ],
    )
    .await;
    let zone = GetZoneRequest::builder("example.com")
        .with_records(true)
        .send(&client)
        .await
        .unwrap();
    assert!(zone.records.iter().any(|r| r.kind == RecordType::Soa));
    let mut wanted: Vec<Record> = zone.records.clone();
    for r in &mut wanted {
        if r.kind == RecordType::A {
            r.value = "192.0.2.99".to_owned();
        }
    }
    UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().replace(wanted))
        .send(&client)
        .await
        .unwrap();
    let sent = api_requests(&server)
        .into_iter()
        .rfind(|r| r.method == "PUT")
        .unwrap();
    let replaced = sent.json().unwrap()["records"]["replace"].clone();
    let kinds: Vec<&str> = replaced
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["A", "TXT"]);
    let after = records(&client).await;
    assert!(
        after
            .iter()
            .any(|r| r.kind == RecordType::A && r.value == "192.0.2.99")
    );
    assert_eq!(txt_values(&after), ["v=spf1 -all"]);
    assert_eq!(after.len(), zone.records.len());
}

#[tokio::test]
async fn duplicates_and_unknown_zones_are_typed_errors() {
    let (server, client) = server_and_client().await;
    zone_with(&server, &client, vec![Record::a("www", "192.0.2.1")]).await;
    let err = UpdateZoneRequest::builder("example.com")
        .records(RecordChanges::default().add(Record::a("www", "192.0.2.1")))
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(openprovider::codes::DUPLICATE_RECORD));
    let err = GetZoneRequest::builder("nope.com")
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(openprovider::codes::ZONE_NOT_FOUND));
    assert_eq!(
        api_requests(&server)
            .iter()
            .filter(|r| r.method == "PUT")
            .count(),
        1,
        "update_zone is not safe to repeat, and a business error is never repeated"
    );
}

#[tokio::test]
async fn name_servers_groups_and_templates_are_kept() {
    let (_server, client) = server_and_client().await;
    dns::CreateNameserverRequest::builder("ns1.example.com")
        .ip("192.0.2.53")
        .send(&client)
        .await
        .unwrap();
    dns::UpdateNameserverRequest::builder("ns1.example.com")
        .ip("192.0.2.54")
        .send(&client)
        .await
        .unwrap();
    let ns = dns::GetNameserverRequest::builder("ns1.example.com")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(ns.ip.as_deref(), Some("192.0.2.54"));
    assert_eq!(ns.ip6, None);

    dns::CreateNsGroupRequest::builder(
        "mine",
        vec![
            dns::Nameserver::new("ns1.example.com"),
            dns::Nameserver::new("ns2.example.com"),
        ],
    )
    .send(&client)
    .await
    .unwrap();
    let group = dns::GetNsGroupRequest::builder("mine")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(group.name_servers.len(), 2);
    assert_eq!(
        dns::ListNsGroupsRequest::builder()
            .build()
            .all(&client)
            .await
            .unwrap()
            .len(),
        1
    );
    dns::DeleteNsGroupRequest::builder("mine")
        .send(&client)
        .await
        .unwrap();
    let err = dns::GetNsGroupRequest::builder("mine")
        .send(&client)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(201));

    let created = dns::CreateTemplateRequest::builder("web")
        .records(vec![dns::TemplateRecord {
            name: "www".into(),
            kind: "A".into(),
            value: "192.0.2.1".into(),
            ttl: Some(3600),
            prio: None,
            id: None,
        }])
        .send(&client)
        .await
        .unwrap();
    let template = dns::GetTemplateRequest::builder(created.id.unwrap())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(template.name, "web");
    assert_eq!(template.records.len(), 1);
    let token = dns::CreateDomainTokenRequest::builder("example.com")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(token.token.len(), 32);
}

/// A request built from data for an entry whose records a function writes: built with
/// `dynamic_request` it puts the typed call's bytes on the wire (the TXT value quoted); built
/// with `DynamicRequest::new`, which has no typed writer, it is refused before anything is sent
/// rather than sent as other bytes.
#[tokio::test]
async fn a_request_built_from_data_writes_records_as_the_typed_call_or_not_at_all() {
    use openprovider::{DynamicRequest, Endpoint as _};
    let (server, client) = server_and_client().await;
    let values = [
        (
            "domain",
            serde_json::json!({"name": "example", "extension": "com"}),
        ),
        ("type", serde_json::json!("master")),
        (
            "records",
            serde_json::json!([{"name": "www", "type": "TXT", "value": "hi", "ttl": 900}]),
        ),
    ];

    let mut untyped = DynamicRequest::new(&CreateZoneRequest::INFO);
    for (field, value) in values.clone() {
        untyped.set(field, value).unwrap();
    }
    for err in [
        untyped.preview(client.base_url()).unwrap_err(),
        untyped.send(&client).await.unwrap_err(),
    ] {
        assert!(
            matches!(&err, Error::InvalidRequest { field, reason }
                if field == "records" && reason.contains("dynamic_request")),
            "{err:?}"
        );
    }
    assert!(api_requests(&server).is_empty(), "nothing was sent");

    let mut typed = openprovider::dynamic_request(&CreateZoneRequest::INFO);
    for (field, value) in values {
        typed.set(field, value).unwrap();
    }
    let preview = typed.preview(client.base_url()).unwrap();
    typed.send(&client).await.unwrap();
    let sent = api_requests(&server)[0].json().unwrap();
    assert_eq!(sent["records"][0]["value"], "\"hi\"", "{sent}");
    assert_eq!(preview.body.unwrap(), sent);
}
