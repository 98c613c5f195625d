//! `cargo run -p openprovider-mock` prints a URL and credentials that work.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn the_binary_prints_a_url_and_credentials_that_log_in() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_openprovider-mock"))
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = Vec::new();
    for _ in 0..4 {
        printed.push(lines.next().expect("a line").expect("readable"));
    }
    let value = |key: &str| {
        printed
            .iter()
            .find_map(|l| l.trim().strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} not printed: {printed:?}"))
            .to_owned()
    };
    let base = value("OPENPROVIDER_BASE_URL");
    let user = value("OPENPROVIDER_USERNAME");
    let password = value("OPENPROVIDER_PASSWORD");
    let authority = base
        .strip_prefix("http://")
        .and_then(|rest| rest.strip_suffix("/v1beta"))
        .expect("an http URL with the version root");

    let body = format!(r#"{{"username":"{user}","password":"{password}"}}"#);
    let mut stream = TcpStream::connect(authority).expect("it listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        stream,
        "POST /v1beta/auth/login HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    child.kill().ok();
    child.wait().ok();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("\"token\""), "{reply}");
}

#[test]
fn a_bad_argument_is_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_openprovider-mock"))
        .args(["--port", "eighty"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--port takes a number"));
}
