//! The `openprovider` binary run as a user runs it, against the stand-in on loopback.
//!
//! Each test starts its own stand-in in-process and runs the built binary in a child process
//! with the stand-in's URL and credentials in its environment, then reads the stand-in's log
//! of what arrived.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use openprovider::Client;
use openprovider::customers::{Address, CreateCustomerRequest, Name, Phone};
use openprovider::domains::{CreateDomainRequest, DomainName};
use openprovider_mock::{CannedReply, MockServer};
use serde_json::{Value, json};

/// What a run of the binary gave.
#[derive(Debug)]
struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

/// Runs the binary with `args`, pointed at `server` (with its credentials) when there is one,
/// with `stdin` as its input. Nothing of the test machine's own `OPENPROVIDER_*` leaks in, and
/// its default state file is in this test run's own state folder, not the user's.
async fn run(server: Option<&MockServer>, args: &[&str], stdin: Option<&str>) -> Run {
    run_with(server, args, stdin, &[]).await
}

/// This test binary's state folder (`XDG_STATE_HOME` of the runs).
fn state_home() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("openprovider-cli-tests-{}", std::process::id()))
}

/// [`run`] with more variables in the binary's environment.
async fn run_with(
    server: Option<&MockServer>,
    args: &[&str],
    stdin: Option<&str>,
    vars: &[(&str, &str)],
) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_openprovider"));
    command
        .args(args)
        .env_remove("OPENPROVIDER_BASE_URL")
        .env_remove("OPENPROVIDER_TOKEN")
        .env_remove("OPENPROVIDER_USERNAME")
        .env_remove("OPENPROVIDER_PASSWORD")
        .env_remove("OPENPROVIDER_STATE")
        .env_remove("OPENPROVIDER_REDIS_URL")
        .env_remove("OPENPROVIDER_NAMESPACE")
        .env("XDG_STATE_HOME", state_home())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(server) = server {
        command
            .env("OPENPROVIDER_BASE_URL", server.base_url())
            .env("OPENPROVIDER_USERNAME", server.username())
            .env("OPENPROVIDER_PASSWORD", server.password());
    }
    command.envs(vars.iter().copied());
    let stdin = stdin.map(str::to_owned);
    // The child blocks this thread while the stand-in answers on the runtime's other one.
    tokio::task::spawn_blocking(move || {
        let mut child = command.spawn().expect("the binary starts");
        let mut input = child.stdin.take().expect("piped stdin");
        if let Some(text) = stdin {
            input
                .write_all(text.as_bytes())
                .expect("stdin takes the body");
        }
        drop(input);
        let output = child.wait_with_output().expect("the binary finishes");
        Run {
            status: output.status.code().expect("exited, not killed"),
            stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
        }
    })
    .await
    .expect("the run's thread")
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .build()
        .unwrap()
}

/// A handle on the stand-in, made with the typed client.
async fn customer(server: &MockServer) -> String {
    let name = Name {
        first_name: Some("Ada".into()),
        last_name: Some("Lovelace".into()),
        ..Default::default()
    };
    let address = Address {
        street: Some("Main".into()),
        number: Some("1".into()),
        zipcode: Some("1234AB".into()),
        city: Some("Delft".into()),
        country: Some("NL".into()),
        ..Default::default()
    };
    CreateCustomerRequest::builder(
        name,
        address,
        Phone::new("+31", "10", "1234567"),
        "ada@mail.tld",
    )
    .send(&client(server))
    .await
    .unwrap()
    .handle
}

/// Requests other than logins, as `METHOD path`.
fn calls(server: &MockServer) -> Vec<openprovider_mock::RecordedRequest> {
    server
        .requests()
        .into_iter()
        .filter(|r| !r.path.ends_with("/auth/login"))
        .collect()
}

/// The issue's seed scenario: a handle's email and phone changed from the shell; the PUT
/// carries those two fields and the handle (which the API's schema repeats), nothing else.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_sends_exactly_the_fields_given() {
    let server = MockServer::start().await.unwrap();
    let handle = customer(&server).await;
    server.clear_requests();
    let phone = r#"{"country_code":"+31","area_code":"20","subscriber_number":"7654321"}"#;
    let out = run(
        Some(&server),
        &[
            "customers",
            "update-customer",
            &handle,
            "--email",
            "new@mail.tld",
            "--phone",
            phone,
        ],
        None,
    )
    .await;
    assert_eq!(out.status, 0, "{out:?}");
    // The reply's `data` as the API sent it: the stand-in, like the API, says `"true"`.
    let success = out.json()["success"].clone();
    assert!(
        success == json!(true) || success == json!("true"),
        "{out:?}"
    );
    let sent = calls(&server);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].method, "PUT");
    assert_eq!(sent[0].path, format!("/v1beta/customers/{handle}"));
    assert_eq!(
        sent[0].json().unwrap(),
        json!({
            "handle": handle,
            "email": "new@mail.tld",
            "phone": {"country_code": "+31", "area_code": "20", "subscriber_number": "7654321"},
        })
    );
    let stored = server.customer(&handle).unwrap();
    assert_eq!(stored["email"], "new@mail.tld");
    assert_eq!(stored["phone"]["subscriber_number"], "7654321");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_domain_takes_names_as_written() {
    let server = MockServer::start().await.unwrap();
    let out = run(
        Some(&server),
        &[
            "domains",
            "check-domain",
            "example.com",
            "example.net",
            "--with-price",
        ],
        None,
    )
    .await;
    assert_eq!(out.status, 0, "{out:?}");
    let results = out.json()["results"].clone();
    assert_eq!(results.as_array().map(Vec::len), Some(2), "{out:?}");
    assert_eq!(results[0]["domain"], "example.com");
    assert_eq!(results[0]["status"], "free");
    let sent = calls(&server);
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].json().unwrap(),
        json!({
            "domains": [
                {"name": "example", "extension": "com"},
                {"name": "example", "extension": "net"},
            ],
            "with_price": true,
        })
    );
}

/// 250 domains at the stand-in's 100 a page: three requests, every domain once, in JSON and
/// streamed as NDJSON.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_walks_every_page() {
    let server = MockServer::start().await.unwrap();
    let handle = customer(&server).await;
    let client = client(&server);
    for i in 0..250 {
        CreateDomainRequest::builder(
            DomainName::new(format!("walk{i:03}"), "com"),
            1,
            handle.as_str(),
        )
        .send(&client)
        .await
        .unwrap();
    }
    server.clear_requests();

    let out = run(
        Some(&server),
        &["domains", "list-domains", "--all", "--output", "ndjson"],
        None,
    )
    .await;
    assert_eq!(out.status, 0, "{out:?}");
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 250);
    let mut ids: Vec<i64> = lines.iter().map(|d| d["id"].as_i64().unwrap()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 250, "every domain once");
    let pages = calls(&server);
    assert_eq!(pages.len(), 3, "{pages:?}");
    assert!(
        pages
            .iter()
            .all(|r| r.method == "GET" && r.path == "/v1beta/domains")
    );
    assert_eq!(pages[2].query.as_deref(), Some("offset=200"));

    server.clear_requests();
    let out = run(
        Some(&server),
        &["domains", "list-domains", "--all", "--limit", "200"],
        None,
    )
    .await;
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(out.json().as_array().map(Vec::len), Some(250));
    assert_eq!(calls(&server).len(), 2, "pages of 200");
}

/// A dry run prints the request and sends nothing, not even a login; no secret shows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_sends_nothing_and_shows_no_secret() {
    let server = MockServer::start().await.unwrap();
    let out = run(
        Some(&server),
        &[
            "--dry-run",
            "domains",
            "transfer-domain",
            "example.com",
            "AUTH-CODE-9f8e7d",
            "XX123456-XX",
            "--unit",
            "y",
        ],
        None,
    )
    .await;
    assert_eq!(out.status, 0, "{out:?}");
    let (first, body) = out.stdout.split_once('\n').unwrap();
    assert_eq!(
        first,
        format!("POST {}/domains/transfer", server.base_url())
    );
    let body: Value = serde_json::from_str(body).unwrap();
    assert_eq!(
        body,
        json!({
            "auth_code": "***",
            "domain": {"name": "example", "extension": "com"},
            "owner_handle": "XX123456-XX",
            "unit": "y",
        })
    );
    // The login's password, given on the command line only to the login entry, is hidden too.
    let login = run(
        Some(&server),
        &["auth", "login", "reseller", "pw-5a4b3c", "--dry-run"],
        None,
    )
    .await;
    assert_eq!(login.status, 0, "{login:?}");
    assert!(login.stdout.contains(r#""password": "***""#), "{login:?}");
    // A query string and a body read from stdin, merged with a flag that wins over it.
    let listed = run(
        Some(&server),
        &[
            "customers",
            "list-customers",
            "--limit",
            "5",
            "--columns",
            "email",
            "--dry-run",
        ],
        None,
    )
    .await;
    assert_eq!(
        listed.stdout.trim(),
        format!("GET {}/customers?limit=5&columns=email", server.base_url())
    );
    let piped = run(
        Some(&server),
        &[
            "customers",
            "update-customer",
            "--body",
            "-",
            "--email",
            "flag@mail.tld",
            "--dry-run",
        ],
        Some(r#"{"handle": "XX123456-XX", "email": "file@mail.tld", "vat": "NL1"}"#),
    )
    .await;
    assert_eq!(piped.status, 0, "{piped:?}");
    let (first, body) = piped.stdout.split_once('\n').unwrap();
    assert_eq!(
        first,
        format!("PUT {}/customers/XX123456-XX", server.base_url())
    );
    assert_eq!(
        serde_json::from_str::<Value>(body).unwrap(),
        json!({"handle": "XX123456-XX", "email": "flag@mail.tld", "vat": "NL1"})
    );

    for out in [&out, &login, &listed, &piped] {
        let text = format!("{}{}", out.stdout, out.stderr);
        for secret in ["AUTH-CODE-9f8e7d", "pw-5a4b3c", server.password()] {
            assert!(!text.contains(secret), "{secret} shown: {text}");
        }
    }
    assert!(server.requests().is_empty(), "{:?}", server.requests());
    assert_eq!(server.login_count(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_api_error_exits_1_with_its_code_and_desc() {
    let server = MockServer::start().await.unwrap();
    let out = run(
        Some(&server),
        &["customers", "get-customer", "XX999999-XX"],
        None,
    )
    .await;
    assert_eq!(out.status, 1, "{out:?}");
    assert!(out.stderr.contains("176"), "{out:?}");
    assert!(out.stderr.contains("Customer handle not found"), "{out:?}");
    // With JSON output (the default) the error is on stdout as JSON as well.
    assert_eq!(out.json()["error"]["code"], 176);

    let table = run(
        Some(&server),
        &[
            "customers",
            "get-customer",
            "XX999999-XX",
            "--output",
            "table",
        ],
        None,
    )
    .await;
    assert_eq!(table.status, 1);
    assert!(table.stdout.is_empty(), "{table:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transport_failure_exits_3() {
    // A port nothing listens on. Not one bound and closed here: the system hands such a port
    // to the next test that binds one, and a stand-in started meanwhile would answer. Port 1
    // is below the range ports are handed out from.
    let addr = "127.0.0.1:1";
    let out = run(
        None,
        &[
            "--base-url",
            &format!("http://{addr}/v1beta"),
            "customers",
            "get-customer",
            "XX123456-XX",
        ],
        None,
    )
    .await;
    // No credentials: a usage error before anything is tried.
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("OPENPROVIDER_TOKEN"), "{out:?}");

    let server = MockServer::start().await.unwrap();
    let out = run(
        Some(&server),
        &[
            "--base-url",
            &format!("http://{addr}/v1beta"),
            "customers",
            "get-customer",
            "XX123456-XX",
        ],
        None,
    )
    .await;
    assert_eq!(out.status, 3, "{out:?}");
    assert!(out.stderr.starts_with("error: "), "{out:?}");
}

/// Usage errors exit 2, say what is wrong, and send nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_errors_exit_2_and_send_nothing() {
    let server = MockServer::start().await.unwrap();
    let cases: [(&[&str], &[&str]); 6] = [
        (&["customers", "get-customer"], &["<HANDLE>"]),
        (
            &["customers", "get-customer", "XX123456-XX", "--no-such-flag"],
            &["--no-such-flag"],
        ),
        (
            &["domains", "list-domains", "--limit", "ten"],
            &["--limit", "whole number"],
        ),
        (
            &[
                "customers",
                "update-customer",
                "XX123456-XX",
                "--phone",
                "{not json",
            ],
            &["--phone", "JSON"],
        ),
        (&["domains", "check-domain", "nodot"], &["domain name"]),
        // A field the TLD needs, checked as `check_tld` does.
        (
            &[
                "customers",
                "update-customer",
                "XX123456-XX",
                "--tld",
                ".US",
                "--extension-additional-data",
                r#"[{"name": "ru"}]"#,
            ],
            &["extension_additional_data", "us"],
        ),
    ];
    for (args, wanted) in cases {
        let out = run(Some(&server), args, None).await;
        assert_eq!(out.status, 2, "{args:?}: {out:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {out:?}");
        for word in wanted {
            assert!(out.stderr.contains(word), "{args:?} lacks {word}: {out:?}");
        }
    }
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

/// `--help` of the top level and of one entry, against checked-in text. After an intended
/// change, rerun with `OPENPROVIDER_BLESS=1` and review the diff.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_matches_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("OPENPROVIDER_BLESS").is_some();
    let cases: [(&str, &[&str]); 2] = [
        ("help-top.txt", &["--help"]),
        (
            "help-update-customer.txt",
            &["customers", "update-customer", "--help"],
        ),
    ];
    let mut changed = Vec::new();
    for (file, args) in cases {
        let out = run(None, args, None).await;
        assert_eq!(out.status, 0, "{out:?}");
        let path = dir.join(file);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &out.stdout).unwrap();
        } else if std::fs::read_to_string(&path).unwrap_or_default() != out.stdout {
            changed.push(file);
        }
    }
    assert!(
        changed.is_empty(),
        "help changed for {changed:?}; rerun with OPENPROVIDER_BLESS=1 and review the diff"
    );
}

/// Every entry of the catalogue has a command whose help names its method and path, and
/// `catalogue` lists them all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_entry_has_a_command() {
    let catalogue = openprovider::catalogue();
    assert!(catalogue.len() > 100);
    for entry in catalogue {
        let module = entry.module.replace('_', "-");
        let name = entry.name.replace('_', "-");
        let out = run(None, &[&module, &name, "--help"], None).await;
        assert_eq!(out.status, 0, "{module} {name}: {out:?}");
        let route = format!("{} {}", entry.method, entry.path);
        assert!(
            out.stdout.contains(&route),
            "{module} {name}: {}",
            out.stdout
        );
        for field in entry.fields.iter().filter(|f| !f.required) {
            let flag = format!("--{}", field.name.replace('_', "-"));
            assert!(out.stdout.contains(&flag), "{module} {name} lacks {flag}");
        }
    }
    let listed = run(None, &["catalogue", "--output", "ndjson"], None).await;
    assert_eq!(listed.status, 0);
    let lines: Vec<Value> = listed
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), catalogue.len());
    assert_eq!(
        lines[0],
        json!({"module": "auth", "entry": "login", "method": "POST", "path": "/auth/login"})
    );
    let bash = run(None, &["completions", "bash"], None).await;
    assert_eq!(bash.status, 0);
    assert!(bash.stdout.contains("update-customer"));
    assert!(bash.stdout.contains("--with-price"));
}

/// The API's own answer that a call went over its limits is an API error, exit 1; exit 4 is
/// for calls the client held back before sending (a unit test in `run.rs`, since one
/// invocation sends no call twice and cannot reach a limit of identical calls).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_s_own_limit_answer_exits_1_with_its_code() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(
        CannedReply::api_error(500, 4007, "Excessive use of the API").for_path("/customers/"),
    );
    let out = run(
        Some(&server),
        &["customers", "get-customer", "XX123456-XX"],
        None,
    )
    .await;
    assert_eq!(out.status, 1, "{out:?}");
    assert!(out.stderr.contains("4007"), "{out:?}");
}

/// What a stand-in received, other than logins: method, path, query and body, as bytes.
fn wire(server: &MockServer) -> Vec<(String, String, Option<String>, Vec<u8>)> {
    calls(server)
        .into_iter()
        .map(|r| (r.method, r.path, r.query, r.body))
        .collect()
}

/// Every DNS write of the catalogue, typed and as a command, each against a stand-in of its
/// own: the two put the same bytes on the wire. Records are written by the entries' own
/// functions in both (relative to the zone, TXT values quoted).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_dns_write_sends_what_the_typed_call_sends() {
    use openprovider::common::Nameserver;
    use openprovider::dns::*;
    let txt = Record::txt("_acme-challenge.example.com", "tok123").ttl(600);
    let changes = RecordChanges::default()
        .add(Record::a("www", "192.0.2.1"))
        .remove(txt.clone())
        .update(
            Record::a("", "192.0.2.2"),
            Record::a("", "192.0.2.3").ttl(900),
        );
    let changes_json = r#"{"add":[{"name":"www","type":"A","value":"192.0.2.1"}],"remove":[{"name":"_acme-challenge.example.com","type":"TXT","value":"tok123","ttl":600}],"update":[{"original_record":{"name":"","type":"A","value":"192.0.2.2"},"record":{"name":"","type":"A","value":"192.0.2.3","ttl":900}}]}"#;
    let ns = r#"[{"name":"ns1.example.net"}]"#;
    type Typed = Box<
        dyn Fn(Client) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> + Send,
    >;
    fn typed<E>(request: E) -> Typed
    where
        E: openprovider::Endpoint + Send + Sync + 'static,
        E::Response: Send,
    {
        let request = std::sync::Arc::new(request);
        Box::new(move |client: Client| {
            let request = request.clone();
            Box::pin(async move {
                let _ = client.send(&*request).await;
            })
        })
    }
    let cases: Vec<(Typed, Vec<&str>)> = vec![
        (
            typed(
                CreateZoneRequest::builder(DomainName::new("example", "com"))
                    .records(vec![Record::a("", "192.0.2.1"), txt.clone()])
                    .build(),
            ),
            vec![
                "create-zone",
                "example.com",
                "--records",
                r#"[{"name":"","type":"A","value":"192.0.2.1"},{"name":"_acme-challenge.example.com","type":"TXT","value":"tok123","ttl":600}]"#,
            ],
        ),
        (
            typed(
                UpdateZoneRequest::builder("example.com")
                    .records(changes.clone())
                    .build(),
            ),
            vec!["update-zone", "example.com", "--records", changes_json],
        ),
        (
            typed(DeleteZoneRequest::builder("example.com").build()),
            vec!["delete-zone", "example.com"],
        ),
        (
            typed(
                CreateNameserverRequest::builder("ns1.example.com")
                    .ip("192.0.2.9")
                    .build(),
            ),
            vec!["create-nameserver", "ns1.example.com", "--ip", "192.0.2.9"],
        ),
        (
            typed(
                UpdateNameserverRequest::builder("ns1.example.com")
                    .ip6("2001:db8::9")
                    .build(),
            ),
            vec![
                "update-nameserver",
                "ns1.example.com",
                "--ip6",
                "2001:db8::9",
            ],
        ),
        (
            typed(DeleteNameserverRequest::builder("ns1.example.com").build()),
            vec!["delete-nameserver", "ns1.example.com"],
        ),
        (
            typed(
                CreateNsGroupRequest::builder("group-a", vec![Nameserver::new("ns1.example.net")])
                    .build(),
            ),
            vec!["create-ns-group", "group-a", ns],
        ),
        (
            typed(
                UpdateNsGroupRequest::builder("group-a")
                    .name_servers(vec![Nameserver::new("ns1.example.net")])
                    .build(),
            ),
            vec!["update-ns-group", "group-a", "--name-servers", ns],
        ),
        (
            typed(DeleteNsGroupRequest::builder("group-a").build()),
            vec!["delete-ns-group", "group-a"],
        ),
        (
            typed(CreateTemplateRequest::builder("web").build()),
            vec!["create-template", "web"],
        ),
        (
            typed(DeleteTemplateRequest::builder(7).build()),
            vec!["delete-template", "7"],
        ),
        (
            typed(CreateDomainTokenRequest::builder("example.com").build()),
            vec!["create-domain-token", "example.com"],
        ),
    ];
    let writes = openprovider::catalogue()
        .iter()
        .filter(|e| e.module == "dns" && e.method != openprovider::Method::Get)
        .count();
    assert_eq!(cases.len(), writes, "a case for each DNS write");
    for (send_typed, args) in cases {
        let by_type = MockServer::start().await.unwrap();
        send_typed(client(&by_type)).await;
        let by_command = MockServer::start().await.unwrap();
        let mut command = vec!["--no-state", "dns"];
        command.extend(args.iter().copied());
        let out = run(Some(&by_command), &command, None).await;
        let (typed, commanded) = (wire(&by_type), wire(&by_command));
        assert!(!typed.is_empty(), "{args:?}: nothing typed was sent");
        assert_eq!(
            commanded,
            typed,
            "{args:?}: {}\n{}",
            String::from_utf8_lossy(&typed[0].3),
            out.stderr
        );
    }
}

/// The issue's ACME flow through the command line: add a TXT record, read it back (its value
/// without the API's quotes), and remove it with the record as read. It is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_acme_challenge_is_added_read_and_removed_from_the_shell() {
    use openprovider::dns::CreateZoneRequest;
    let server = MockServer::start().await.unwrap();
    CreateZoneRequest::builder(DomainName::new("ada-test", "com"))
        .records(vec![openprovider::dns::Record::a("", "192.0.2.1")])
        .send(&client(&server))
        .await
        .unwrap();
    let record = r#"{"name":"_acme-challenge","type":"TXT","value":"tok123","ttl":600}"#;
    let add = format!(r#"{{"add":[{record}]}}"#);
    let added = run(
        Some(&server),
        &["dns", "update-zone", "ada-test.com", "--records", &add],
        None,
    )
    .await;
    assert_eq!(added.status, 0, "{added:?}");

    let listed = run(
        Some(&server),
        &[
            "dns",
            "list-zone-records",
            "ada-test.com",
            "--output",
            "table",
            "--columns",
            "name,type,value,ttl",
        ],
        None,
    )
    .await;
    assert_eq!(listed.status, 0, "{listed:?}");
    let line = listed
        .stdout
        .lines()
        .find(|l| l.contains("_acme-challenge"))
        .unwrap_or_else(|| panic!("{}", listed.stdout));
    let cells: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        cells,
        ["_acme-challenge.ada-test.com", "TXT", "tok123", "600"],
        "the value unquoted: {line}"
    );

    // Removed with the record exactly as it was read (its full name, its unquoted value).
    let as_read = r#"{"remove":[{"name":"_acme-challenge.ada-test.com","type":"TXT","value":"tok123","ttl":600}]}"#;
    let removed = run(
        Some(&server),
        &["dns", "update-zone", "ada-test.com", "--records", as_read],
        None,
    )
    .await;
    assert_eq!(removed.status, 0, "{removed:?}");
    let records = server.zone_records("ada-test.com").unwrap();
    assert!(
        !records.iter().any(|r| r["type"] == "TXT"),
        "the record is gone: {records:?}"
    );
}

/// `--all` is offered exactly on the entries whose typed request has `items`: the catalogue's
/// `pages` says which, `#[no_pages]` entries included.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_is_offered_exactly_where_the_typed_request_has_pages() {
    for entry in openprovider::catalogue() {
        let module = entry.module.replace('_', "-");
        let name = entry.name.replace('_', "-");
        let help = run(None, &[&module, &name, "--help"], None).await;
        assert_eq!(help.status, 0, "{module} {name}: {}", help.stderr);
        assert_eq!(
            help.stdout.contains("--all"),
            entry.pages,
            "{module} {name}: --all offered: {}",
            help.stdout.contains("--all")
        );
    }
    let get_tld = openprovider::catalogue()
        .iter()
        .find(|e| e.name == "get_tld")
        .unwrap();
    assert!(
        !get_tld.pages && get_tld.field("limit").is_some(),
        "get_tld has limit and offset but no pages (#[no_pages])"
    );
}

/// The issue's loop: forty commands in a row against the API's real limits. With the state
/// file they log in once (the account allows 30 logins a minute); without it each logs in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_loop_of_commands_logs_in_once() {
    let server = MockServer::start().await.unwrap();
    let handle = customer(&server).await;
    let logins = server.login_count();
    let folder = scratch("loop");
    let file = folder.join("state.sqlite3");
    let file = file.to_str().unwrap();
    for i in 0..40 {
        let run = run(
            Some(&server),
            &["customers", "get-customer", &handle, "--state", file],
            None,
        )
        .await;
        assert_eq!(run.status, 0, "run {i}: {}", run.stderr);
    }
    assert_eq!(server.login_count() - logins, 1, "one login for forty runs");

    for _ in 0..3 {
        let run = run(
            Some(&server),
            &["customers", "get-customer", &handle, "--no-state"],
            None,
        )
        .await;
        assert_eq!(run.status, 0, "{}", run.stderr);
    }
    assert_eq!(
        server.login_count() - logins,
        4,
        "--no-state logs in every run"
    );
}

/// A new empty folder for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let folder = state_home().join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// Which store a run uses, first match winning: `--no-state`, `--state FILE`,
/// `OPENPROVIDER_REDIS_URL` (with `OPENPROVIDER_NAMESPACE`), `OPENPROVIDER_STATE`, the default
/// file in the state folder.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_store_is_chosen_in_the_contract_s_order() {
    let server = MockServer::start().await.unwrap();
    let folder = scratch("order");
    let flag_file = folder.join("flag.sqlite3");
    let env_file = folder.join("env.sqlite3");
    let home = folder.join("home");
    let default_file = home.join("openprovider/state.sqlite3");
    let (flag, env, home_text) = (
        flag_file.to_str().unwrap(),
        env_file.to_str().unwrap(),
        home.to_str().unwrap(),
    );
    // Nowhere to be reached: a run that uses Redis fails with status 5.
    let redis = [
        ("OPENPROVIDER_REDIS_URL", "redis://127.0.0.1:1/0"),
        ("OPENPROVIDER_NAMESPACE", "cli-test"),
    ];
    let args = ["tlds", "get-tld", "com"];
    let with = |extra: &[&'static str]| -> Vec<&str> {
        extra.iter().copied().chain(args.iter().copied()).collect()
    };
    let all_vars = [
        redis[0],
        redis[1],
        ("OPENPROVIDER_STATE", env),
        ("XDG_STATE_HOME", home_text),
    ];

    let run_1 = run_with(Some(&server), &with(&["--no-state"]), None, &all_vars).await;
    assert_eq!(run_1.status, 0, "--no-state first: {}", run_1.stderr);
    assert!(!flag_file.exists() && !env_file.exists() && !default_file.exists());

    let mut flagged = with(&[]);
    flagged.extend(["--state", flag]);
    let run_2 = run_with(Some(&server), &flagged, None, &all_vars).await;
    assert_eq!(run_2.status, 0, "--state before Redis: {}", run_2.stderr);
    assert!(flag_file.exists() && !env_file.exists());

    let run_3 = run_with(Some(&server), &with(&[]), None, &all_vars).await;
    assert_eq!(
        run_3.status, 5,
        "Redis before OPENPROVIDER_STATE: {}",
        run_3.stderr
    );
    assert!(run_3.stderr.contains("Redis"), "{}", run_3.stderr);
    assert!(!env_file.exists());

    let no_namespace = [redis[0], ("OPENPROVIDER_STATE", env)];
    let run_4 = run_with(Some(&server), &with(&[]), None, &no_namespace).await;
    assert_eq!(
        run_4.status, 2,
        "a Redis URL needs a namespace: {}",
        run_4.stderr
    );
    assert!(
        run_4.stderr.contains("OPENPROVIDER_NAMESPACE"),
        "{}",
        run_4.stderr
    );

    let state_vars = [("OPENPROVIDER_STATE", env), ("XDG_STATE_HOME", home_text)];
    let run_5 = run_with(Some(&server), &with(&[]), None, &state_vars).await;
    assert_eq!(run_5.status, 0, "{}", run_5.stderr);
    assert!(env_file.exists() && !default_file.exists());

    let run_6 = run_with(
        Some(&server),
        &with(&[]),
        None,
        &[("XDG_STATE_HOME", home_text)],
    )
    .await;
    assert_eq!(run_6.status, 0, "{}", run_6.stderr);
    assert!(
        default_file.exists(),
        "the default file in $XDG_STATE_HOME/openprovider"
    );
    assert_eq!(
        calls(&server).len(),
        4,
        "runs 1, 2, 5 and 6 were sent; 3 and 4 were not"
    );
}

/// A state file that cannot be used: status 5, and nothing sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_state_file_that_cannot_be_used_exits_5_and_sends_nothing() {
    let server = MockServer::start().await.unwrap();
    let folder = scratch("broken");
    let not_a_folder = folder.join("file");
    std::fs::write(&not_a_folder, "x").unwrap();
    let file = not_a_folder.join("state.sqlite3");
    let run = run(
        Some(&server),
        &["tlds", "get-tld", "com", "--state", file.to_str().unwrap()],
        None,
    )
    .await;
    assert_eq!(run.status, 5, "{}", run.stderr);
    assert!(run.stderr.contains("state.sqlite3"), "{}", run.stderr);
    assert!(server.requests().is_empty());
}

/// stdout that cannot be written is status 6; a closed pipe (`| head`) ends quietly with the
/// command's own status.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_write_to_stdout_exits_6_and_a_closed_pipe_quietly() {
    let full = Command::new(env!("CARGO_BIN_EXE_openprovider"))
        .arg("catalogue")
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(6), "{:?}", full);

    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let closed = Command::new(env!("CARGO_BIN_EXE_openprovider"))
        .arg("catalogue")
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(closed.status.code(), Some(0), "{:?}", closed);
    assert!(closed.stderr.is_empty(), "quietly: {:?}", closed);
}

/// `tld-rules` prints a TLD's rules with their sources; `--tld` on a registration applies
/// them: an error stops the command (status 2) before anything is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tld_rules_are_printed_and_checked_before_sending() {
    let rules = run(None, &["tld-rules", ".CA"], None).await;
    assert_eq!(rules.status, 0, "{rules:?}");
    assert!(
        rules.stdout.contains("legal_type") && rules.stdout.contains("KB-ca"),
        "{rules:?}"
    );
    let uk = run(None, &["tld-rules", "co.uk"], None).await;
    assert!(uk.stdout.contains("nothing"), "{uk:?}");

    let server = MockServer::start().await.unwrap();
    let create = [
        "domains",
        "create-domain",
        "acme.ca",
        "1",
        "XX123456-XX",
        "--tld",
        "ca",
    ];
    let refused = run(Some(&server), &create, None).await;
    assert_eq!(refused.status, 2, "{refused:?}");
    assert!(refused.stderr.contains("legal_type"), "{refused:?}");
    assert!(server.requests().is_empty(), "nothing was sent");

    let mut with_type = create.to_vec();
    with_type.extend(["--additional-data", r#"{"legal_type": "CCO"}"#, "--dry-run"]);
    let fine = run(Some(&server), &with_type, None).await;
    assert_eq!(fine.status, 0, "{fine:?}");
    let mut wrong = create.to_vec();
    wrong.extend(["--additional-data", r#"{"legal_type": "XYZ"}"#]);
    let not_taken = run(Some(&server), &wrong, None).await;
    assert_eq!(not_taken.status, 2, "{not_taken:?}");
    assert!(not_taken.stderr.contains("does not take"), "{not_taken:?}");
}
