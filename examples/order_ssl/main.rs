//! Ordering an SSL certificate: make a CSR and its key, list who may approve a certificate for
//! the domain, order one, and read the order's status.
//!
//! ```text
//! cargo run --example order_ssl
//! ```
//!
//! By default it runs against the local stand-in, for `example.com`. With
//! `OPENPROVIDER_USERNAME` and `OPENPROVIDER_PASSWORD` set (and `OPENPROVIDER_BASE_URL` for the
//! sandbox), it orders a real certificate for `OPENPROVIDER_SSL_DOMAIN` on that account, which
//! costs money: it does so only with `OPENPROVIDER_ORDER_SSL=yes` as well.

#[path = "../shared/connect.rs"]
mod connect;
mod steps;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, server) = connect::connect().await?;
    let domain = match &server {
        Some(_) => "example.com".to_owned(),
        None => {
            if std::env::var("OPENPROVIDER_ORDER_SSL").as_deref() != Ok("yes") {
                return Err("an order on your account costs money: set OPENPROVIDER_ORDER_SSL=yes to place it".into());
            }
            std::env::var("OPENPROVIDER_SSL_DOMAIN")
                .map_err(|_| "set OPENPROVIDER_SSL_DOMAIN to the domain to certify")?
        }
    };
    let mut log = String::new();
    let outcome = steps::order(&client, &domain, &mut log).await;
    print!("{log}");
    let outcome = outcome?;
    println!(
        "Done: order {} of product {} is {}, for {} approvers to choose from, with a CSR of {} \
         bytes; its key is yours to keep ({:?} here).",
        outcome.order.id.unwrap_or_default(),
        outcome.product_id,
        outcome.order.status.as_deref().unwrap_or("?"),
        outcome.approver_emails.len(),
        outcome.csr.len(),
        outcome.key
    );
    drop(server);
    Ok(())
}
