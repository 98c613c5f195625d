//! Runs the stand-in until Ctrl-C:
//! `cargo run -p openprovider-mock [-- --port 8080] [--call-limits SCALE|off]`.

use std::net::SocketAddr;

use openprovider_mock::MockServer;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut port = 0u16;
    let mut call_limits = Some(1.0);
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
            "--call-limits" => {
                let value = args.next().unwrap_or_default();
                call_limits = match value.as_str() {
                    "off" => None,
                    scale => Some(scale.parse::<f64>().ok().filter(|s| *s > 0.0).ok_or_else(
                        || {
                            std::io::Error::new(
                                std::io::ErrorKind::InvalidInput,
                                format!(
                                    "--call-limits takes a scale above 0 or `off`, got {value:?}"
                                ),
                            )
                        },
                    )?),
                };
            }
            "-h" | "--help" => {
                println!(
                    "usage: openprovider-mock [--port PORT] [--call-limits SCALE|off]\n  \
                     --port: a free port by default\n  \
                     --call-limits: the API's call limits with every window multiplied by \
                     SCALE (1 by default), or none"
                );
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
    server.set_call_limit_scale(call_limits);
    println!("openprovider-mock listening");
    println!("  OPENPROVIDER_BASE_URL={}", server.base_url());
    println!("  OPENPROVIDER_USERNAME={}", server.username());
    println!("  OPENPROVIDER_PASSWORD={}", server.password());
    println!("Ctrl-C stops it.");
    tokio::signal::ctrl_c().await?;
    Ok(())
}
