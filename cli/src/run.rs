//! Carrying out a parsed command line: the request from the arguments, then a dry run or the
//! call, and the exit status.

use std::io::{self, IsTerminal as _, Read as _};

use clap::ArgMatches;
use openprovider::{
    Client, ClientBuilder, DynamicRequest, EntryInfo, Environment, Error, PageWalk,
};
use serde_json::{Value, json};

use crate::commands::{self, ALL, BASE_URL, BODY, COLUMNS, DRY_RUN, OUTPUT, TLD};
use crate::diagnostic;
use crate::environment;
use crate::output::{self, Format, Out};
use crate::reply;
use crate::state;
use crate::status;
use crate::values::FieldKind;

/// Runs what the command line asks for and returns the exit status.
pub fn dispatch(matches: &ArgMatches) -> u8 {
    let Some((module, sub)) = matches.subcommand() else {
        return usage("a module or command is required");
    };
    let format = Format::from_flag(sub.get_one::<String>(OUTPUT));
    match module {
        "catalogue" => finish(print_catalogue(format)),
        "completions" => {
            let shell = sub.get_one::<String>("shell").map(String::as_str);
            finish(print_completions(shell.unwrap_or_default()))
        }
        _ => {
            let Some((entry, leaf)) = sub.subcommand() else {
                return usage("an entry is required");
            };
            match commands::find(module, entry) {
                Some(info) => run_entry(info, leaf),
                None => usage(&format!("no entry `{module} {entry}`")),
            }
        }
    }
}

fn usage(message: &str) -> u8 {
    diagnostic(&format!(
        "error: {message}\n\nFor more information, try '--help'."
    ));
    status::USAGE
}

/// The status after printing: a closed pipe (`| head`) ends quietly with the status the
/// command had; any other failure to write is status 6.
fn finish(result: io::Result<()>) -> u8 {
    match result {
        Ok(()) => status::OK,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => status::OK,
        Err(e) => {
            diagnostic(&format!("error: cannot write the output: {e}"));
            status::OUTPUT
        }
    }
}

fn print_catalogue(format: Format) -> io::Result<()> {
    let mut out = Out::new();
    let lines = commands::catalogue_lines();
    let rows: Vec<Value> = lines
        .iter()
        .map(|[module, entry, method, path]| {
            json!({"module": module, "entry": entry, "method": method, "path": path})
        })
        .collect();
    match format {
        Format::Json => out.json(&Value::Array(rows)),
        Format::Ndjson => rows.iter().try_for_each(|row| out.compact(row)),
        Format::Table => out.table(&rows, &[]),
    }
}

fn print_completions(shell: &str) -> io::Result<()> {
    use clap_complete::Shell;
    let shell = match shell {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        "powershell" => Shell::PowerShell,
        _ => Shell::Elvish,
    };
    let mut root = commands::root(None, true);
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut root, "openprovider", &mut buffer);
    let mut out = Out::new();
    io::Write::write_all(&mut io::stdout().lock(), &buffer)?;
    out.flush()
}

/// Why a command did not succeed, and so its exit status.
enum Failure {
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

fn run_entry(info: &'static EntryInfo, matches: &ArgMatches) -> u8 {
    let format = Format::from_flag(matches.get_one::<String>(OUTPUT));
    let result = request_of(info, matches).and_then(|request| {
        if matches.get_flag(DRY_RUN) {
            dry_run(&request, matches)
        } else {
            call(&request, matches, format)
        }
    });
    match result {
        Ok(()) => status::OK,
        Err(Failure::Usage(message)) => usage(&message),
        Err(Failure::Output(e)) => finish(Err(e)),
        Err(Failure::Call(err)) => {
            report(&err, format);
            exit_status(&err)
        }
        Err(Failure::Reply(message)) => {
            diagnostic(&format!("error: {message}"));
            status::API
        }
    }
}

/// The exit status of a failed call.
fn exit_status(err: &Error) -> u8 {
    match err {
        Error::Transport { .. } => status::TRANSPORT,
        // Refused before anything was sent: the values or the set-up are wrong.
        Error::InvalidRequest { .. } | Error::MissingForTld { .. } | Error::Config(_) => {
            status::USAGE
        }
        // Refused by the client's own count before anything was sent; the API's limit codes
        // (50, 4007) are answers, so API errors.
        _ if err.is_call_limited() => status::CALL_LIMIT,
        _ if err.is_shared_state() => status::SHARED_STATE,
        _ => status::API,
    }
}

/// The error on stderr; with JSON output, the API's error as JSON on stdout as well, so a
/// script reading stdout sees it.
fn report(err: &Error, format: Format) {
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

/// The request the arguments describe, checked as the library checks a typed one.
fn request_of(info: &'static EntryInfo, matches: &ArgMatches) -> Result<DynamicRequest, Failure> {
    let mut request = DynamicRequest::new(info);
    if let Some(path) = matches.try_get_one::<String>(BODY).ok().flatten() {
        merge_body(&mut request, read_body(path)?)?;
    }
    for field in info.fields {
        let value = if FieldKind::of(field).repeated {
            matches
                .get_many::<Value>(field.name)
                .map(|values| Value::Array(values.cloned().collect()))
        } else {
            matches.get_one::<Value>(field.name).cloned()
        };
        if let Some(value) = value {
            request
                .set(field.name, value)
                .map_err(|e| Failure::Usage(e.to_string()))?;
        }
    }
    let missing = request.missing();
    if !missing.is_empty() {
        let names: Vec<String> = missing
            .iter()
            .map(|f| format!("<{}>", f.name.to_ascii_uppercase()))
            .collect();
        return Err(Failure::Usage(format!(
            "the following required arguments were not provided: {}",
            names.join(" ")
        )));
    }
    for tld in matches
        .try_get_many::<String>(TLD)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
    {
        request
            .check_tld(tld)
            .map_err(|e| Failure::Usage(format!("{e}; nothing was sent")))?;
    }
    Ok(request)
}

fn read_body(path: &str) -> Result<Value, Failure> {
    let mut text = String::new();
    let read = if path == "-" {
        io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut text).map(|_| ()))
    };
    read.map_err(|e| Failure::Usage(format!("cannot read the body from {path}: {e}")))?;
    serde_json::from_str(&text)
        .map_err(|e| Failure::Usage(format!("the body in {path} is not JSON: {e}")))
}

/// Sets the fields a whole body gives, by wire name (or Rust name); an object under the first
/// part of dotted wire names (`domain` for `domain.name`) sets each of them.
fn merge_body(request: &mut DynamicRequest, body: Value) -> Result<(), Failure> {
    let info = request.info();
    let Value::Object(map) = body else {
        return Err(Failure::Usage("the body must be a JSON object".to_owned()));
    };
    let unknown = |key: &str| {
        Failure::Usage(format!(
            "the body has `{key}`, which is not a field of `{}`",
            info.name
        ))
    };
    for (key, value) in map {
        if let Some(field) = info.fields.iter().find(|f| f.wire == key || f.name == key) {
            request
                .set(field.name, value)
                .map_err(|e| Failure::Usage(e.to_string()))?;
            continue;
        }
        let Value::Object(parts) = value else {
            return Err(unknown(&key));
        };
        for (part, value) in parts {
            let wire = format!("{key}.{part}");
            let field = info
                .fields
                .iter()
                .find(|f| f.wire == wire)
                .ok_or_else(|| unknown(&wire))?;
            request
                .set(field.name, value)
                .map_err(|e| Failure::Usage(e.to_string()))?;
        }
    }
    Ok(())
}

fn base_url(matches: &ArgMatches) -> String {
    matches
        .get_one::<String>(BASE_URL)
        .cloned()
        .or_else(|| environment::var("OPENPROVIDER_BASE_URL"))
        .unwrap_or_else(|| Environment::Production.base_url().to_owned())
}

fn dry_run(request: &DynamicRequest, matches: &ArgMatches) -> Result<(), Failure> {
    let preview = request
        .preview(&base_url(matches))
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let mut out = Out::new();
    out.line(&format!("{} {}", preview.method, preview.url))?;
    if let Some(body) = &preview.body {
        out.line(&serde_json::to_string_pretty(body).map_err(io::Error::other)?)?;
    }
    if flag(matches, ALL) {
        diagnostic("(--all: the first page; each next one moves `offset` by the page's length)");
    }
    Ok(())
}

/// The client, configured as `Client::from_env()` does, with `--base-url` first and the
/// shared state the options and the environment choose.
fn client(matches: &ArgMatches) -> Result<Client, Failure> {
    let shared_state = state::chosen(matches).map_err(Failure::Usage)?;
    ClientBuilder::from_env()
        .and_then(|builder| {
            builder
                .base_url(base_url(matches))
                .shared_state(shared_state)
                .build()
        })
        .map_err(Failure::Call)
}

fn call(request: &DynamicRequest, matches: &ArgMatches, format: Format) -> Result<(), Failure> {
    let client = client(matches)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let columns: Vec<String> = matches
        .try_get_many::<String>(COLUMNS)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let all = flag(matches, ALL);
    runtime.block_on(async {
        if all {
            return walk(&client, request, format, &columns).await;
        }
        let reply = request.send(&client).await.map_err(Failure::Call)?;
        warn(&reply.warnings);
        let data = reply::typed(request.info(), reply.data).map_err(Failure::Reply)?;
        let mut out = Out::new();
        out.data(format, &data, &columns)?;
        Ok(out.flush()?)
    })
}

/// A flag that only some commands have, false where absent.
fn flag(matches: &ArgMatches, id: &str) -> bool {
    matches.try_get_one::<bool>(id).ok().flatten() == Some(&true)
}

fn warn(warnings: &[openprovider::Warning]) {
    for warning in warnings {
        diagnostic(&format!("warning: {} {}", warning.code, warning.desc));
    }
}

/// Every page of a list entry, from the request's `offset` with its `limit` as the page size;
/// it stops at an empty or short page or at the `total`, as a typed request's `all` does.
async fn walk(
    client: &Client,
    request: &DynamicRequest,
    format: Format,
    columns: &[String],
) -> Result<(), Failure> {
    let mut walk = PageWalk::new(request.window());
    let mut collected = Vec::new();
    let mut seen: i64 = 0;
    let mut pages = 0u32;
    let progress = io::stderr().is_terminal();
    let mut out = Out::new();
    while let Some(offset) = walk.next_offset() {
        let mut page = request.clone();
        page.set("offset", offset.into()).map_err(Failure::Call)?;
        let reply = page.send(client).await.map_err(Failure::Call)?;
        warn(&reply.warnings);
        pages += 1;
        let data = reply::typed(request.info(), reply.data).map_err(Failure::Reply)?;
        let (items, total) = output::page_of(data);
        seen = seen.saturating_add(i64::try_from(items.len()).unwrap_or(i64::MAX));
        let last = walk.received(items.len(), total).is_none();
        if format == Format::Ndjson {
            // Streamed as pages come, so a long walk shows its items at once.
            for item in &items {
                out.compact(item)?;
            }
            out.flush()?;
        } else {
            collected.extend(items);
        }
        if progress && (pages > 1 || !last) {
            let of = total.map(|t| format!(" of {t}")).unwrap_or_default();
            let _ = io::Write::write_all(
                &mut io::stderr().lock(),
                format!("\r{seen}{of} items, {pages} pages").as_bytes(),
            );
        }
    }
    if progress && pages > 1 {
        diagnostic("");
    }
    match format {
        Format::Ndjson => {}
        Format::Json => out.json(&Value::Array(collected))?,
        Format::Table => out.table(&collected, columns)?,
    }
    Ok(out.flush()?)
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
