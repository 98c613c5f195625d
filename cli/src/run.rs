//! Carrying out a parsed command line: which command, then a dry run or the call (one page
//! or every page), printed in the format asked for. The request comes from `request`, the exit
//! status from `exit`.

use std::io::{self, IsTerminal as _};

use clap::ArgMatches;
use clap_complete::Shell;
use openprovider::{Client, ClientBuilder, DynamicRequest, EntryInfo, Environment, PageWalk};
use serde_json::{Value, json};

use crate::commands::{self, ALL, BASE_URL, COLUMNS, DRY_RUN, OUTPUT};
use crate::diagnostic;
use crate::environment;
use crate::exit::{self, Failure, finish, usage};
use crate::output::{self, Format, Out};
use crate::reply;
use crate::request::request_of;
use crate::state;
use crate::status;

/// Runs what the command line asks for and returns the exit status.
pub fn dispatch(matches: &ArgMatches) -> u8 {
    let Some((module, sub)) = matches.subcommand() else {
        return usage("a module or command is required");
    };
    let format = Format::from_flag(sub.get_one::<String>(OUTPUT));
    match module {
        "catalogue" => finish(print_catalogue(format)),
        "tld-rules" => {
            let tld = sub.get_one::<String>("tld").map(String::as_str);
            // Lines for people unless JSON is asked for.
            let asked = sub.get_one::<String>(OUTPUT).map(|_| format);
            finish(print_tld_rules(tld.unwrap_or_default(), asked))
        }
        "completions" => match sub.get_one::<Shell>("shell") {
            Some(shell) => finish(print_completions(*shell)),
            None => usage("a shell is required"),
        },
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

/// A TLD's rules, one a line (JSON: one object per rule), or what says it needs nothing.
fn print_tld_rules(tld: &str, format: Option<Format>) -> io::Result<()> {
    use openprovider::tld_rules;
    let mut out = Out::new();
    let rules = tld_rules::rules_for(tld);
    if let Some(format @ (Format::Json | Format::Ndjson)) = format {
        let rows: Vec<Value> = rules
            .iter()
            .map(|r| {
                json!({
                    "tld": r.tld, "place": r.place.to_string(), "fields": r.fields,
                    "severity": format!("{:?}", r.severity).to_lowercase(),
                    "values": r.values, "format": r.format, "source": r.source,
                    "rule": r.to_string(),
                })
            })
            .collect();
        return match format {
            Format::Ndjson => rows.iter().try_for_each(|row| out.compact(row)),
            _ => out.json(&Value::Array(rows)),
        };
    }
    if let Some(source) = tld_rules::nothing_required(tld) {
        out.line(&format!("{tld}: nothing beyond a plain handle [{source}]"))?;
    }
    if rules.is_empty() && tld_rules::nothing_required(tld).is_none() {
        out.line(&format!(
            "{tld}: no rules in the table; ask the API: openprovider domains get-additional-data"
        ))?;
    }
    for rule in rules {
        out.line(&rule.to_string())?;
    }
    out.flush()
}

fn print_completions(shell: Shell) -> io::Result<()> {
    let mut root = commands::root(None, true);
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut root, "openprovider", &mut buffer);
    let mut out = Out::new();
    io::Write::write_all(&mut io::stdout().lock(), &buffer)?;
    out.flush()
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
            exit::report(&err, format);
            exit::exit_status(&err)
        }
        Err(Failure::Reply(message)) => {
            diagnostic(&format!("error: {message}"));
            status::API
        }
    }
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
