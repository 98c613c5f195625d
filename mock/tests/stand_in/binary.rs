//! `cargo run -p openprovider-mock` prints a URL and credentials that work.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The running stand-in, killed and reaped when the test ends, whether it passes or fails.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

#[test]
fn the_binary_prints_a_url_and_credentials_that_log_in() {
    let mut child = Running(
        Command::new(env!("CARGO_BIN_EXE_openprovider-mock"))
            .args(["--port", "0"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("the binary starts"),
    );
    // Read on a thread of its own, so a child that prints nothing fails the test in time
    // instead of hanging it.
    let stdout = child.0.stdout.take().unwrap();
    let (sender, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let mut printed = Vec::new();
    for _ in 0..4 {
        let line = lines
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("the stand-in printed only {printed:?}"));
        printed.push(line.expect("readable"));
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
    drop(child);
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
