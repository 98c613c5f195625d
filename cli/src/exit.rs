//! Why a command did not succeed, what it says on stderr, and its exit status.

use std::io;

use openprovider::Error;
use serde_json::json;

use crate::diagnostic;
use crate::output::{Format, Out};
use crate::status;

pub fn usage(message: &str) -> u8 {
    diagnostic(&format!(
        "error: {message}\n\nFor more information, try '--help'."
    ));
    status::USAGE
}

/// The status after printing: a closed pipe (`| head`) ends quietly with the status the
/// command had; any other failure to write is status 6.
pub fn finish(result: io::Result<()>) -> u8 {
    match result {
        Ok(()) => status::OK,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => status::OK,
        Err(e) => {
            diagnostic(&format!("error: cannot write the output: {e}"));
            status::OUTPUT
        }
    }
}

/// Why a command did not succeed, and so its exit status.
pub enum Failure {
    /// The command line is wrong; nothing was sent.
    Usage(String),
    /// The call failed.
    Call(Error),
    /// The reply does not read as the entry's reply type, as the typed call would fail.
    Reply(String),
    /// Printing failed.
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

/// The exit status of a failed call.
pub fn exit_status(err: &Error) -> u8 {
    match err {
        Error::Transport { .. } => status::TRANSPORT,
        // Refused before anything was sent: the values or the set-up are wrong.
        Error::InvalidRequest { .. }
        | Error::MissingForTld { .. }
        | Error::Tld(_)
        | Error::Config(_) => status::USAGE,
        // Refused by the client's own count before anything was sent; the API's limit codes
        // (50, 4007) are answers, so API errors.
        _ if err.is_call_limited() => status::CALL_LIMIT,
        _ if err.is_shared_state() => status::SHARED_STATE,
        _ => status::API,
    }
}

/// The error on stderr; with JSON output, the API's error as JSON on stdout as well, so a
/// script reading stdout sees it.
pub fn report(err: &Error, format: Format) {
    diagnostic(&format!("error: {}", with_causes(err)));
    if format != Format::Json {
        return;
    }
    let value = match err {
        Error::Api(api) => json!({"error": {
            "code": api.code,
            "desc": api.desc,
            "data": api.data,
            "status": api.status,
        }}),
        _ => return,
    };
    let _ = Out::new().json(&value);
}

/// The error and its causes on one line: the library's `Display` says what failed, its
/// `source()` chain why. A cause whose text is already shown is skipped.
fn with_causes(err: &Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        let part = cause.to_string();
        if !part.is_empty() && !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use openprovider::Error;

    use super::exit_status;
    use crate::status;

    #[test]
    fn a_call_held_back_by_the_client_exits_4_and_nothing_else_does() {
        for blocked_by in [None, Some(4007)] {
            let held = Error::CallLimited {
                endpoint: "check_domain (POST /domains/check)".to_owned(),
                limit: "20 identical calls per 300 s".to_owned(),
                retry_after: Duration::from_secs(200),
                blocked_by,
            };
            assert_eq!(exit_status(&held), status::CALL_LIMIT, "{held}");
        }
        let refused = Error::InvalidRequest {
            field: "handle".to_owned(),
            reason: "empty".to_owned(),
        };
        assert_eq!(exit_status(&refused), status::USAGE);
        let store = Error::SharedState {
            store: "the SQLite state file /x".to_owned(),
            reason: "unable to open".to_owned(),
        };
        assert_eq!(exit_status(&store), status::SHARED_STATE);
    }
}
