//! An ACME DNS-01 challenge, as certificate clients do it: put an `_acme-challenge` TXT record
//! into a zone, read it back, remove it as it was read, and show the zone before and after.
//!
//! ```text
//! cargo run --example acme_dns01
//! ```
//!
//! By default it starts the local stand-in with a zone `example.com`. With
//! `OPENPROVIDER_USERNAME` and `OPENPROVIDER_PASSWORD` set (and `OPENPROVIDER_BASE_URL` for the
//! sandbox), it uses the zone named by `OPENPROVIDER_ZONE` on that account, adding one TXT record
//! and removing it again.

#[path = "../shared/connect.rs"]
mod connect;
mod steps;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, server) = connect::connect().await?;
    let zone = match &server {
        Some(_) => {
            steps::create_demo_zone(&client, "example.com").await?;
            "example.com".to_owned()
        }
        None => std::env::var("OPENPROVIDER_ZONE")
            .map_err(|_| "set OPENPROVIDER_ZONE to a zone of your account, like example.com")?,
    };
    let mut log = String::new();
    let outcome = steps::challenge(&client, &zone, "demo-token-value", &mut log).await;
    print!("{log}");
    let outcome = outcome?;
    println!(
        "Done: {} was seen ({} records during, {} before, {} after).",
        outcome.read_back.name,
        outcome.during.len(),
        outcome.before.len(),
        outcome.after.len()
    );
    drop(server);
    Ok(())
}
