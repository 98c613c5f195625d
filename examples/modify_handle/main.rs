//! Walks Openprovider's article "Modifying a handle": log in, create a handle, modify it with
//! the article's fields, read it back and show what changed, then ask for a handle that does not
//! exist.
//!
//! ```text
//! cargo run --example modify_handle
//! ```
//!
//! By default it starts the local stand-in (`openprovider-mock`) and runs against it, with no
//! setup. With `OPENPROVIDER_USERNAME` and `OPENPROVIDER_PASSWORD` set (and optionally
//! `OPENPROVIDER_BASE_URL`), it runs the same steps against that account instead; it deletes
//! the handle it created at the end.

mod article;
mod steps;

use openprovider::Client;
use openprovider_mock::MockServer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let live = std::env::var_os("OPENPROVIDER_USERNAME").is_some();
    // Kept alive until the end: dropping it stops the stand-in.
    let mut _server = None;
    let client = if live {
        let client = Client::from_env()?;
        println!(
            "Running against {} as $OPENPROVIDER_USERNAME",
            client.base_url()
        );
        client
    } else {
        let server = MockServer::start().await?;
        let client = Client::builder()
            .base_url(server.base_url())
            .credentials(server.username(), server.password())
            .build()?;
        println!(
            "Running against the local stand-in at {} (set OPENPROVIDER_USERNAME and OPENPROVIDER_PASSWORD to use your account)",
            server.base_url()
        );
        _server = Some(server);
        client
    };
    let mut log = String::new();
    let outcome = steps::walk_through(&client, &mut log).await;
    print!("{log}");
    let outcome = outcome?;
    println!(
        "Done: {} modified, {} fields changed; a missing handle answers code {:?}.",
        outcome.handle,
        outcome.changed.len(),
        outcome.missing.code()
    );
    Ok(())
}
