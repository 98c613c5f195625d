//! The example's steps, apart from where they run, so a test can run them and check the result.

use std::fmt::Write as _;

use openprovider::customers::{Address, CreateCustomerRequest, Name, Phone};
use openprovider::domains::{
    CheckDomainRequest, CreateDomainRequest, DomainName, ListDomainsRequest, Nameserver,
    RenewDomainRequest,
};
use openprovider::jiff::civil::DateTime;
use openprovider::{Client, Error};

/// What the steps did, for the test to check.
#[derive(Debug)]
pub struct Outcome {
    /// The names checked, with whether each was free.
    pub checked: Vec<(String, bool)>,
    /// The domain registered.
    pub domain: DomainName,
    /// Its id.
    pub id: i64,
    /// The expiration date right after registering.
    pub registered_until: Option<DateTime>,
    /// The dates after the renewal.
    pub expiration_date: Option<DateTime>,
    /// When Openprovider renews it.
    pub renewal_date: Option<DateTime>,
}

/// Checks three names built on `label`, registers the first free one for a new handle, finds it
/// by name and renews it for a year. Writes a short account of each step to `log`.
pub async fn register(client: &Client, label: &str, log: &mut String) -> Result<Outcome, Error> {
    let candidates = vec![
        DomainName::new(label, "com"),
        DomainName::new(label, "eu"),
        DomainName::new(format!("{label}-shop"), "com"),
    ];
    let checks = CheckDomainRequest::builder(candidates)
        .with_price(true)
        .send(client)
        .await?;
    let mut checked = Vec::new();
    for result in &checks.results {
        let price = result
            .price
            .as_ref()
            .and_then(|p| p.reseller.as_ref())
            .map_or_else(String::new, |p| {
                format!(" at {} {}", p.price.unwrap_or_default(), p.currency)
            });
        let _ = writeln!(
            log,
            "POST /domains/check        -> {} is {}{price}",
            result.domain, result.status
        );
        checked.push((result.domain.clone(), result.is_free()));
    }
    let Some(free) = checks.results.iter().find(|r| r.is_free()) else {
        return Err(Error::InvalidRequest {
            field: "domains".to_owned(),
            reason: "none of the three names is free".to_owned(),
        });
    };
    let domain: DomainName = free.domain.parse().map_err(|e| Error::InvalidRequest {
        field: "domain".to_owned(),
        reason: format!("{e}"),
    })?;

    let owner = CreateCustomerRequest::builder(
        Name::new("Carsten", "van Noort"),
        Address::new("Albusstraat", "83", "4903 RG", "Oosterhout", "NL"),
        Phone::new("+31", "111", "123456"),
        "example@mail.tld",
    )
    .send(client)
    .await?
    .handle;
    let _ = writeln!(log, "POST /customers            -> owner handle {owner}");

    let created = CreateDomainRequest::builder(domain.clone(), 1, owner.clone())
        .admin_handle(owner.clone())
        .tech_handle(owner)
        .name_servers(vec![
            Nameserver::new("ns1.openprovider.nl"),
            Nameserver::new("ns2.openprovider.be"),
            Nameserver::new("ns3.openprovider.eu"),
        ])
        .send(client)
        .await?;
    let _ = writeln!(
        log,
        "POST /domains              -> registered {domain} as id {}, {}",
        created.id, created.status
    );

    let found = ListDomainsRequest::builder()
        .full_name(domain.to_string())
        .send(client)
        .await?;
    let id = found
        .results
        .first()
        .map(|d| d.id)
        .ok_or_else(|| Error::InvalidRequest {
            field: "full_name".to_owned(),
            reason: format!("{domain} was registered but is not found by name"),
        })?;
    let _ = writeln!(log, "GET /domains?full_name=... -> found it again: id {id}");

    RenewDomainRequest::builder(id, 1).send(client).await?;
    let renewed = openprovider::domains::GetDomainRequest::builder(id)
        .send(client)
        .await?;
    let show = |d: Option<DateTime>| d.map_or_else(|| "-".to_owned(), |d| d.to_string());
    let _ = writeln!(
        log,
        "POST /domains/{id}/renew -> expires {} (was {}), renews by {}",
        show(renewed.expiration_date),
        show(created.expiration_date),
        show(renewed.renewal_date),
    );
    Ok(Outcome {
        checked,
        domain,
        id,
        registered_until: created.expiration_date,
        expiration_date: renewed.expiration_date,
        renewal_date: renewed.renewal_date,
    })
}
