//! `Client::from_env` reads the variables the README names. Each case runs this test binary
//! again as a child with its own environment, since changing the environment of a running
//! multi-threaded test process is unsound.

use std::process::Command;

use openprovider::Client;
use openprovider::customers::{self, ListCustomersRequest};
use openprovider_mock::MockServer;

const CHILD_MARKER: &str = "OPENPROVIDER_FROM_ENV_CHILD";

/// Runs one test of this module, by its name, in a child process with only `vars` set.
fn run_child(test: &str, vars: &[(&str, &str)]) -> (bool, String) {
    // The harness names a test by its path without the crate: `from_env::child_...`.
    let module = module_path!().split_once("::").map_or("", |(_, m)| m);
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            &format!("{module}::{test}"),
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_MARKER, "1");
    for name in [
        "OPENPROVIDER_BASE_URL",
        "OPENPROVIDER_TOKEN",
        "OPENPROVIDER_USERNAME",
        "OPENPROVIDER_PASSWORD",
    ] {
        command.env_remove(name);
    }
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(
        text.contains("1 passed") || !output.status.success(),
        "the child ran no test: {text}"
    );
    (output.status.success(), text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_and_base_url_from_the_environment_reach_the_server() {
    let server = MockServer::start().await.unwrap();
    let base = server.base_url();
    let (ok, output) = tokio::task::spawn_blocking(move || {
        run_child(
            "child_calls_with_env_client",
            &[
                ("OPENPROVIDER_BASE_URL", base.as_str()),
                ("OPENPROVIDER_USERNAME", "demo"),
                ("OPENPROVIDER_PASSWORD", "demo-password"),
            ],
        )
    })
    .await
    .unwrap();
    assert!(ok, "{output}");
    assert_eq!(server.login_count(), 1);
    assert_eq!(server.requests().len(), 2, "a login and a list");
}

#[test]
fn missing_or_half_set_variables_are_clear_errors() {
    let (ok, output) = run_child("child_reports_env_errors", &[]);
    assert!(ok, "{output}");
}

#[test]
fn child_calls_with_env_client() {
    if std::env::var_os(CHILD_MARKER).is_none() {
        return;
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = Client::from_env().unwrap();
        assert!(client.base_url().starts_with("http://127.0.0.1:"));
        customers::list_customers(&client, &ListCustomersRequest::builder().build())
            .await
            .unwrap();
    });
}

#[test]
fn child_reports_env_errors() {
    if std::env::var_os(CHILD_MARKER).is_none() {
        return;
    }
    let err = Client::from_env().unwrap_err();
    assert!(err.to_string().contains("OPENPROVIDER_TOKEN"), "{err}");
    // SAFETY: this child process runs this one test on one thread (`--test-threads=1`).
    unsafe { std::env::set_var("OPENPROVIDER_USERNAME", "someone") };
    let err = Client::from_env().unwrap_err();
    assert!(
        err.to_string().contains("OPENPROVIDER_PASSWORD is not"),
        "{err}"
    );
    unsafe {
        std::env::remove_var("OPENPROVIDER_USERNAME");
        std::env::set_var("OPENPROVIDER_TOKEN", "a-token");
    }
    let client = Client::from_env().unwrap();
    assert_eq!(
        client.base_url(),
        "https://api.openprovider.eu/v1beta",
        "production by default"
    );
    assert!(!format!("{client:?}").contains("a-token"));
}
