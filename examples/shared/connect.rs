//! Where the examples run: the local stand-in by default, or the account named by
//! `OPENPROVIDER_USERNAME` and `OPENPROVIDER_PASSWORD` (and `OPENPROVIDER_BASE_URL`).

use openprovider::Client;
use openprovider_mock::MockServer;

/// A client, and the stand-in it talks to when no account is configured. Keep the stand-in
/// alive until the end: dropping it stops it.
pub async fn connect() -> Result<(Client, Option<MockServer>), Box<dyn std::error::Error>> {
    if std::env::var_os("OPENPROVIDER_USERNAME").is_some() {
        let client = Client::from_env()?;
        println!(
            "Running against {} as $OPENPROVIDER_USERNAME",
            client.base_url()
        );
        return Ok((client, None));
    }
    let server = MockServer::start().await?;
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .build()?;
    println!(
        "Running against the local stand-in at {} (set OPENPROVIDER_USERNAME and OPENPROVIDER_PASSWORD to use your account)",
        server.base_url()
    );
    Ok((client, Some(server)))
}
