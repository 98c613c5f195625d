//! Talking to the stand-in over raw HTTP, as any client would.

#![allow(dead_code)]

use std::net::SocketAddr;

use openprovider_mock::MockServer;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One request on its own connection: the status and the JSON body.
pub async fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> (u16, Value) {
    let body = body.map(Value::to_string).unwrap_or_default();
    let auth = token
        .map(|t| format!("authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "{method} /v1beta{path} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\n{auth}content-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut stream = TcpStream::connect(addr)
        .await
        .expect("the stand-in listens");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).await.unwrap();
    let reply = String::from_utf8_lossy(&reply).into_owned();
    let status = reply[9..12].parse().expect("a status");
    let (_, body) = reply.split_once("\r\n\r\n").expect("headers end");
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// The API code of a reply: 0 for a success.
pub fn code(reply: &(u16, Value)) -> i64 {
    reply.1["code"].as_i64().unwrap_or(0)
}

pub async fn login(server: &MockServer) -> (u16, Value) {
    let body = json!({"username": server.username(), "password": server.password()});
    call(server.addr(), "POST", "/auth/login", None, Some(&body)).await
}

pub async fn token(server: &MockServer) -> String {
    let reply = login(server).await;
    reply.1["data"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("a token: {reply:?}"))
        .to_owned()
}

pub async fn get(server: &MockServer, token: &str, path: &str) -> (u16, Value) {
    call(server.addr(), "GET", path, Some(token), None).await
}

pub async fn check(server: &MockServer, token: &str, name: &str, extension: &str) -> (u16, Value) {
    let body = json!({"domains": [{"name": name, "extension": extension}]});
    call(
        server.addr(),
        "POST",
        "/domains/check",
        Some(token),
        Some(&body),
    )
    .await
}

pub async fn post(server: &MockServer, token: &str, path: &str, body: Value) -> (u16, Value) {
    call(server.addr(), "POST", path, Some(token), Some(&body)).await
}

pub async fn put(server: &MockServer, token: &str, path: &str, body: Value) -> (u16, Value) {
    call(server.addr(), "PUT", path, Some(token), Some(&body)).await
}

pub async fn delete(server: &MockServer, token: &str, path: &str) -> (u16, Value) {
    call(server.addr(), "DELETE", path, Some(token), None).await
}
