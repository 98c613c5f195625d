//! The example's steps, apart from where they run, so a test can run them and check the result.

use std::fmt::Write as _;

use openprovider::dns::{
    CreateZoneRequest, ListZoneRecordsRequest, Record, RecordChanges, UpdateZoneRequest,
};
use openprovider::{Client, DomainName, Error};

/// What the steps saw, for the test to check.
#[derive(Debug)]
pub struct Outcome {
    /// The zone's records before the challenge.
    pub before: Vec<Record>,
    /// While the challenge record was in.
    pub during: Vec<Record>,
    /// After it was removed.
    pub after: Vec<Record>,
    /// The challenge record as it was read back.
    pub read_back: Record,
}

/// Creates a zone with a web server's A record, for the stand-in.
pub async fn create_demo_zone(client: &Client, zone: &str) -> Result<(), Error> {
    let domain: DomainName = zone.parse().map_err(|e| Error::InvalidRequest {
        field: "zone".to_owned(),
        reason: format!("{e}"),
    })?;
    CreateZoneRequest::builder(domain)
        .r#type("master")
        .records(vec![Record::a("www", "192.0.2.10").ttl(3600)])
        .send(client)
        .await?;
    Ok(())
}

async fn records(client: &Client, zone: &str) -> Result<Vec<Record>, Error> {
    ListZoneRecordsRequest::builder(zone)
        .limit(500)
        .build()
        .all(client)
        .await
}

fn show(log: &mut String, title: &str, records: &[Record]) {
    let _ = writeln!(log, "{title}");
    for r in records {
        let _ = writeln!(
            log,
            "    {:<40} {:<5} {:>6} {}",
            r.name,
            r.kind,
            r.ttl.map_or_else(String::new, |t| t.to_string()),
            r.value
        );
    }
}

/// Adds `_acme-challenge.<zone>` TXT `token`, reads it back, removes it as read.
pub async fn challenge(
    client: &Client,
    zone: &str,
    token: &str,
    log: &mut String,
) -> Result<Outcome, Error> {
    let before = records(client, zone).await?;
    show(log, &format!("Zone {zone} before:"), &before);

    UpdateZoneRequest::builder(zone)
        .records(RecordChanges::default().add(Record::txt("_acme-challenge", token).ttl(600)))
        .send(client)
        .await?;
    let _ = writeln!(
        log,
        "PUT /dns/zones/{zone}: added _acme-challenge TXT {token:?}"
    );

    let during = records(client, zone).await?;
    show(log, "While the challenge is in:", &during);
    let read_back = ListZoneRecordsRequest::builder(zone)
        .r#type("TXT")
        .record_name_pattern("_acme-challenge*")
        .send(client)
        .await?
        .results
        .into_iter()
        .find(|r| r.value == token)
        .ok_or_else(|| Error::InvalidRequest {
            field: "records".to_owned(),
            reason: "the challenge record was not read back".to_owned(),
        })?;

    // The record as it was read (full name, unquoted value) removes it.
    UpdateZoneRequest::builder(zone)
        .records(RecordChanges::default().remove(read_back.clone()))
        .send(client)
        .await?;
    let _ = writeln!(
        log,
        "PUT /dns/zones/{zone}: removed {} as read",
        read_back.name
    );

    let after = records(client, zone).await?;
    show(log, "After:", &after);
    Ok(Outcome {
        before,
        during,
        after,
        read_back,
    })
}
