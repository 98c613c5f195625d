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
#[path = "../shared/connect.rs"]
mod connect;
mod steps;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The stand-in, if used, stays alive until the end.
    let (client, _server) = connect::connect().await?;
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
