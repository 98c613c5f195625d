//! Runs the stand-in until Ctrl-C: `cargo run -p openprovider-mock [-- --port 8080]`.

use std::net::SocketAddr;

use openprovider_mock::MockServer;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut port = 0u16;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                let value = args.next().unwrap_or_default();
                port = value.parse().map_err(|_| {
                    std::io::Error::new(
                        std::io::ErrorKind::InvalidInput,
                        format!("--port takes a number, got {value:?}"),
                    )
                })?;
            }
            "-h" | "--help" => {
                println!("usage: openprovider-mock [--port PORT]   (a free port by default)");
                return Ok(());
            }
            other => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("unknown argument {other:?}; try --help"),
                ));
            }
        }
    }
    let server = MockServer::start_on(SocketAddr::from(([127, 0, 0, 1], port))).await?;
    println!("openprovider-mock listening");
    println!("  OPENPROVIDER_BASE_URL={}", server.base_url());
    println!("  OPENPROVIDER_USERNAME={}", server.username());
    println!("  OPENPROVIDER_PASSWORD={}", server.password());
    println!("Ctrl-C stops it.");
    tokio::signal::ctrl_c().await?;
    Ok(())
}
