//! Registers a domain the way a reseller's code does: check three names, create the owner's
//! handle, register the first free name, find it again by its full name, renew it for a year,
//! and print its dates.
//!
//! ```text
//! cargo run --example register_domain
//! ```
//!
//! By default it starts the local stand-in (`openprovider-mock`) and runs against it, with no
//! setup. With `OPENPROVIDER_USERNAME` and `OPENPROVIDER_PASSWORD` set (and
//! `OPENPROVIDER_BASE_URL` for the sandbox), it runs against that account. A registration and a
//! renewal cost money on a live account, so against production it also wants
//! `OPENPROVIDER_ALLOW_PURCHASES=yes`.

#[path = "../shared/connect.rs"]
mod connect;
mod steps;

use openprovider::Environment;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, server) = connect::connect().await?;
    let production = client.base_url() == Environment::Production.base_url();
    let allowed = std::env::var("OPENPROVIDER_ALLOW_PURCHASES").is_ok_and(|v| v == "yes");
    if production && !allowed {
        return Err(
            "this example registers and renews a domain, which costs money on \
                    production: use the sandbox (OPENPROVIDER_BASE_URL), or set \
                    OPENPROVIDER_ALLOW_PURCHASES=yes"
                .into(),
        );
    }
    // A label no one has yet, so the run works on a shared account too.
    let label = format!(
        "op-example-{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_secs()
    );
    let mut log = String::new();
    let outcome = steps::register(&client, &label, &mut log).await;
    print!("{log}");
    let outcome = outcome?;
    let free = outcome.checked.iter().filter(|(_, free)| *free).count();
    println!(
        "Done: {free} of {} names were free; {} (id {}) renews by {} and expires {}.",
        outcome.checked.len(),
        outcome.domain,
        outcome.id,
        outcome
            .renewal_date
            .map_or_else(|| "?".to_owned(), |d| d.to_string()),
        outcome
            .expiration_date
            .map_or_else(|| "?".to_owned(), |d| d.to_string()),
    );
    debug_assert!(outcome.registered_until <= outcome.expiration_date);
    drop(server);
    Ok(())
}
