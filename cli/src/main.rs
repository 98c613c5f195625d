//! `openprovider`: the whole Openprovider API on the command line.
//!
//! Every entry of [`openprovider::catalogue()`] is a command, built at run time from the
//! entry's data, so the command line covers the API with no code per entry:
//!
//! ```sh
//! openprovider customers update-customer XX123456-XX --email test@mail.tld \
//!     --phone '{"country_code":"+31","area_code":"10","subscriber_number":"123456"}'
//! openprovider domains check-domain example.com example.net --with-price
//! openprovider domains list-domains --extension com --all --output ndjson
//! openprovider --dry-run customers delete-customer XX123456-XX
//! openprovider catalogue
//! ```
//!
//! - `openprovider [GLOBAL] <module> <entry> [REQUIRED...] [--field value]...`: module and
//!   entry in kebab-case, required fields positional in their entry's order, optional fields
//!   as `--kebab-case` flags. Values are parsed by the field's type before anything is sent:
//!   scalars as text, a `bool` as a flag (`--with-price`, `--with-price=false`), a list of
//!   scalars by repeating the flag, a `DomainName` as `example.com`, anything else as JSON.
//!   `--body FILE` (or `-` for stdin) gives a whole body, which the flags override.
//! - Global options, before the module or anywhere after it: `--base-url URL`,
//!   `--output json|ndjson|table`, `--dry-run`. On a list entry, `--all` walks every page.
//! - Credentials come from the environment as for `Client::from_env()`:
//!   `OPENPROVIDER_TOKEN`, or `OPENPROVIDER_USERNAME` and `OPENPROVIDER_PASSWORD`, and
//!   `OPENPROVIDER_BASE_URL`. The password is never an argument.
//! - stdout holds the reply's `data` as JSON (pretty on a terminal, compact otherwise);
//!   warnings and errors go to stderr.
//! - `--dry-run` prints the method, the URL with its query and the body, and sends nothing,
//!   not even a login; secrets are written `***`.
//! - The token, the call counts and the blocks the API set are kept between runs, so a loop of
//!   commands logs in once and stays within the API's limits. First match wins: `--no-state`
//!   (nothing kept), `--state FILE`, `OPENPROVIDER_REDIS_URL` with `OPENPROVIDER_NAMESPACE`,
//!   `OPENPROVIDER_STATE` (a file), `state.sqlite3` in the platform's state folder.
//! - Exit status: 0 success, 1 an API error, 2 a usage error (nothing was sent), 3 a transport
//!   failure or timeout, 4 a call limit reached locally, 5 the shared state could not be used
//!   (nothing was sent), 6 stdout could not be written (a closed pipe ends quietly).
//!
//! Each call goes through [`openprovider::DynamicRequest`], which writes the request with the
//! same writers as a typed request and sends it through the same client: retries, re-login,
//! limits and decoding are the library's.

mod commands;
mod environment;
mod exit;
mod output;
mod reply;
mod request;
mod run;
mod state;
mod values;

use std::io::Write as _;
use std::process::ExitCode;

/// Exit statuses, as the contract gives them.
pub mod status {
    /// Success.
    pub const OK: u8 = 0;
    /// The API answered with an error.
    pub const API: u8 = 1;
    /// The command line is wrong; nothing was sent.
    pub const USAGE: u8 = 2;
    /// The request got no whole reply: connection failed, closed, or timed out.
    pub const TRANSPORT: u8 = 3;
    /// A call limit was reached locally; nothing was sent.
    pub const CALL_LIMIT: u8 = 4;
    /// The shared state (the state file, Redis) could not be used; nothing was sent.
    pub const SHARED_STATE: u8 = 5;
    /// stdout could not be written (other than a closed pipe, which ends quietly).
    pub const OUTPUT: u8 = 6;
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let words: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut root = commands::root(commands::selected(&words), false);
    let matches = match root.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(err) => {
            // Help and version go to stdout with status 0, usage errors to stderr with 2.
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(status::USAGE));
        }
    };
    ExitCode::from(run::dispatch(&matches))
}

/// Writes a line to stderr; a closed stderr is no reason to stop.
pub fn diagnostic(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
