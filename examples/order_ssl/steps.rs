//! The example's steps, apart from where they run, so a test can run them and check the result.

use std::fmt::Write as _;

use openprovider::ssl::{
    CreateCsrRequest, CreateOrderRequest, GetOrderRequest, ListApproverEmailsRequest,
    ListProductsRequest, SslOrder,
};
use openprovider::{Client, Error, SecretString};

/// What the steps did, for the test to check.
#[derive(Debug)]
pub struct Outcome {
    /// The product ordered.
    pub product_id: i64,
    /// The CSR sent with the order, PEM.
    pub csr: String,
    /// Its private key: keep it, the certificate is useless without it. `Debug` shows `***`.
    pub key: Option<SecretString>,
    /// The addresses that may approve a certificate for the domain.
    pub approver_emails: Vec<String>,
    /// The order as read back.
    pub order: SslOrder,
}

/// Makes a CSR and key for `domain`, picks the first product, lists the domain's approver
/// e-mails, orders a one-year certificate approved by the first of them, and reads the order
/// back. Writes a short account of each step to `log`.
pub async fn order(client: &Client, domain: &str, log: &mut String) -> Result<Outcome, Error> {
    let products = ListProductsRequest::builder()
        .limit(10)
        .send(client)
        .await?;
    let product = products
        .results
        .first()
        .ok_or_else(|| Error::InvalidRequest {
            field: "product_id".to_owned(),
            reason: "the account offers no SSL product".to_owned(),
        })?;
    let product_id = product.id.unwrap_or_default();
    let _ = writeln!(
        log,
        "product {product_id}: {}",
        product.name.as_deref().unwrap_or("?")
    );

    let made = CreateCsrRequest::builder()
        .common_name(domain)
        .bits(2048)
        .country("NL")
        .state("Zuid-Holland")
        .locality("Rotterdam")
        .organization("Example B.V.")
        .send(client)
        .await?;
    let csr = made.csr.unwrap_or_default();
    let _ = writeln!(
        log,
        "CSR for {domain}: {} bytes of PEM, key kept",
        csr.len()
    );

    let approvers = ListApproverEmailsRequest::builder()
        .domain(domain)
        .maybe_product_id(product_id.try_into().ok())
        .send(client)
        .await?;
    let approver_emails = approvers.results;
    let _ = writeln!(log, "approver e-mails: {}", approver_emails.join(", "));

    let created = CreateOrderRequest::builder()
        .product_id(product_id)
        .csr(csr.clone())
        .period(1)
        .maybe_approver_email(approver_emails.first().cloned())
        .send(client)
        .await?;
    let id = created.id.unwrap_or_default();
    let order = GetOrderRequest::builder(id).send(client).await?;
    let _ = writeln!(
        log,
        "order {id} for {}: {}",
        order.common_name.as_deref().unwrap_or("?"),
        order.status.as_deref().unwrap_or("?")
    );
    Ok(Outcome {
        product_id,
        csr,
        key: made.key,
        approver_emails,
        order,
    })
}
