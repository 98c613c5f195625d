//! The command tree, built from `openprovider::catalogue()` at run time.
//!
//! Only the entry a command line names is built with its arguments; the others are a name and
//! a line of help, enough for `--help` listings and for clap's suggestions. Completions build
//! every entry in full.

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, Command};
use openprovider::{EntryInfo, FieldInfo};

use crate::values::{FieldKind, Kind};

/// The ids of the options every entry's command may have besides its fields. Fields are
/// identified by their Rust names, which never start with `_`.
pub const ALL: &str = "_all";
pub const BODY: &str = "_body";
pub const TLD: &str = "_tld";
pub const COLUMNS: &str = "_columns";
pub const BASE_URL: &str = "base-url";
pub const OUTPUT: &str = "output";
pub const DRY_RUN: &str = "dry-run";
pub const STATE: &str = "state";
pub const NO_STATE: &str = "no-state";

/// The global options that take a value, so the entry's name can be found without clap.
const GLOBALS_WITH_VALUE: [&str; 2] = ["--base-url", "--output"];

/// `update_customer` gives `update-customer`.
pub fn kebab(name: &str) -> String {
    name.replace('_', "-")
}

/// The entry a command line names, by the first two words that are not options, if they name
/// one: the only entry whose command needs building in full.
pub fn selected(args: &[String]) -> Option<&'static EntryInfo> {
    let mut words = Vec::with_capacity(2);
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        if GLOBALS_WITH_VALUE.contains(&arg.as_str()) {
            rest.next();
            continue;
        }
        if arg.starts_with('-') {
            continue;
        }
        words.push(arg.as_str());
        if words.len() == 2 {
            break;
        }
    }
    let [module, entry] = words[..] else {
        return None;
    };
    find(module, entry)
}

/// The entry with this module and name, both in kebab-case.
pub fn find(module: &str, entry: &str) -> Option<&'static EntryInfo> {
    openprovider::catalogue()
        .iter()
        .copied()
        .find(|e| kebab(e.module) == module && kebab(e.name) == entry)
}

/// The whole command tree: every module, every entry as a stub except `full` (or every entry
/// in full, with `everything`).
pub fn root(full: Option<&'static EntryInfo>, everything: bool) -> Command {
    let mut root = Command::new("openprovider")
        .about("The whole Openprovider API on the command line: every entry of the catalogue is a command.")
        .long_about(ROOT_ABOUT)
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(ROOT_AFTER)
        .arg(
            Arg::new(BASE_URL)
                .help_heading("Global options")
                .long(BASE_URL)
                .value_name("URL")
                .global(true)
                .help("The API's base URL with its version root [default: $OPENPROVIDER_BASE_URL, else production]"),
        )
        .arg(
            Arg::new(OUTPUT)
                .help_heading("Global options")
                .long(OUTPUT)
                .value_name("FORMAT")
                .global(true)
                .value_parser(PossibleValuesParser::new(["json", "ndjson", "table"]))
                .help("json (pretty on a terminal), ndjson (one item per line) or table [default: json]"),
        )
        .arg(
            Arg::new(DRY_RUN)
                .help_heading("Global options")
                .long(DRY_RUN)
                .global(true)
                .action(ArgAction::SetTrue)
                .help("Print the request (method, URL, body; secrets as ***) and send nothing, not even a login"),
        )
        .arg(
            Arg::new(STATE)
                .help_heading("Global options")
                .long(STATE)
                .value_name("FILE")
                .global(true)
                .conflicts_with(NO_STATE)
                .help("The SQLite file that keeps the token and the call counts between runs [default: $OPENPROVIDER_STATE, else state.sqlite3 in the platform's state folder]"),
        )
        .arg(
            Arg::new(NO_STATE)
                .help_heading("Global options")
                .long(NO_STATE)
                .global(true)
                .action(ArgAction::SetTrue)
                .help("Keep nothing between runs: log in and count calls for this run alone"),
        )
        .subcommand(
            Command::new("catalogue")
                .about("List every entry: module, command, method and path"),
        )
        .subcommand(
            Command::new("tld-rules")
                .about("Print what a TLD's registry asks for: place, fields, when, values, source")
                .arg(Arg::new("tld").required(true).value_name("TLD")),
        )
        .subcommand(
            Command::new("completions")
                .about("Print shell completions")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_parser(clap::value_parser!(clap_complete::Shell)),
                ),
        );
    let catalogue = openprovider::catalogue();
    let mut modules: Vec<&'static str> = Vec::new();
    for entry in catalogue {
        if !modules.contains(&entry.module) {
            modules.push(entry.module);
        }
    }
    for module in modules {
        let mut command = Command::new(kebab(module))
            .about(format!("Entries of openprovider::{module}"))
            .subcommand_required(true)
            .arg_required_else_help(true);
        for entry in catalogue.iter().filter(|e| e.module == module) {
            let built = everything || full.is_some_and(|f| std::ptr::eq(f, *entry));
            command = command.subcommand(entry_command(entry, built));
        }
        root = root.subcommand(command);
    }
    root
}

const ROOT_ABOUT: &str = "\
The whole Openprovider API on the command line: every entry of the catalogue is a command.

openprovider <module> <entry> [REQUIRED...] [--field value]...

Required fields are positional, in their entry's order; optional fields are --kebab-case
flags. A bool field is a flag (--with-price, or --with-price=false). Objects and lists of
objects are JSON text; a list of scalars repeats the flag; a domain name is written
example.com.

Credentials come from the environment: OPENPROVIDER_TOKEN, or OPENPROVIDER_USERNAME and
OPENPROVIDER_PASSWORD, and OPENPROVIDER_BASE_URL.

The token and the counts of calls are kept between runs, so a loop of commands logs in once
and stays within the API's limits: in a SQLite file (--state FILE, $OPENPROVIDER_STATE, or
state.sqlite3 in the platform's state folder), or in Redis for many machines
($OPENPROVIDER_REDIS_URL with $OPENPROVIDER_NAMESPACE). --no-state keeps nothing.";

const ROOT_AFTER: &str = "\
Exit status: 0 success, 1 an API error, 2 a usage error, 3 a transport failure or timeout,
4 a call limit reached locally, 5 the shared state could not be used, 6 stdout could not be
written.";

/// The first line of a doc text, for one-line help.
fn first_line(docs: &str) -> &str {
    docs.lines().next().unwrap_or_default().trim()
}

fn entry_command(entry: &'static EntryInfo, full: bool) -> Command {
    let mut command = Command::new(kebab(entry.name)).about(first_line(entry.docs));
    if !full {
        return command;
    }
    command = command.long_about(entry_about(entry));
    let taken = |name: &str| entry.fields.iter().any(|f| kebab(f.name) == name);
    // An own option whose name a field already has is spelled with a prefix; only
    // `list_customers` (whose `columns` field asks the API for columns) needs it.
    let own = |name: &'static str| -> String {
        if taken(name) {
            format!("table-{name}")
        } else {
            name.to_owned()
        }
    };
    let has_body = entry.method.has_body();
    for field in entry.fields {
        command = command.arg(field_arg(field, has_body).help_heading("Fields"));
    }
    let required: Vec<String> = entry
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| {
            let repeat = if FieldKind::of(f).repeated { "..." } else { "" };
            format!(" <{}>{repeat}", f.name.to_ascii_uppercase())
        })
        .collect();
    let line = format!("openprovider {} {}", kebab(entry.module), kebab(entry.name));
    let mut usage = format!("{line} [OPTIONS]{}", required.concat());
    if has_body && !required.is_empty() {
        usage.push_str(&format!(
            "\n       {line} [OPTIONS] --{} <FILE>",
            own("body")
        ));
    }
    command = command.override_usage(usage);
    // Exactly the entries whose typed request has `items`: the macro says which.
    if entry.pages {
        command = command.arg(
            Arg::new(ALL)
                .long(own("all"))
                .action(ArgAction::SetTrue)
                .help("Walk every page (from --offset, --limit items a page) and print every item"),
        );
    }
    if has_body {
        command = command.arg(
            Arg::new(BODY)
                .long(own("body"))
                .value_name("FILE")
                .help("A JSON body from a file, or - for stdin; flags override its fields, and it may give the required ones"),
        );
    }
    let checked = entry
        .fields
        .iter()
        .any(|f| !f.tlds.is_empty() || f.tld_rules.is_some());
    if checked {
        command = command.arg(
            Arg::new(TLD)
                .long(own("tld"))
                .value_name("TLD")
                .action(ArgAction::Append)
                .help("Check, before sending, what this TLD's registry requires (repeat for several): an error stops the command, warnings go to stderr"),
        );
    }
    command.arg(
        Arg::new(COLUMNS)
            .long(own("columns"))
            .value_name("NAMES")
            .value_delimiter(',')
            .action(ArgAction::Append)
            .help("With --output table: the columns to show, like id,name"),
    )
}

fn entry_about(entry: &EntryInfo) -> String {
    let mut text = String::new();
    if !entry.docs.is_empty() {
        text.push_str(entry.docs);
        text.push_str("\n\n");
    }
    text.push_str(&format!("{} {}", entry.method, entry.path));
    text.push_str(if entry.safe_to_repeat {
        "\nSafe to repeat: retried after a dropped connection, a timeout or a 502/503/504."
    } else {
        "\nNot safe to repeat: never sent again once it may have reached the server."
    });
    for field in entry.fields.iter().filter(|f| !f.tlds.is_empty()) {
        text.push_str(&format!(
            "\n--{} is required for the TLDs {} (check with --tld).",
            kebab(field.name),
            field.tlds.join(", ")
        ));
    }
    text
}

fn field_arg(field: &'static FieldInfo, has_body: bool) -> Arg {
    let kind = FieldKind::of(field);
    let mut notes = Vec::new();
    if !matches!(kind.kind, Kind::Text | Kind::Bool) || field.required {
        notes.push(kind.kind.wanted());
    }
    if kind.repeated {
        notes.push(if field.required {
            "one or more".to_owned()
        } else {
            "repeat for more".to_owned()
        });
    }
    if !field.tlds.is_empty() {
        notes.push(format!("required for .{}", field.tlds.join(", .")));
    }
    if field.sensitive {
        notes.push("secret: shown as *** in --dry-run".to_owned());
    }
    if let Some(function) = field.written_with {
        // The library rewrites this field (DNS names relative to the zone, TXT values quoted),
        // and so does the command: the user gives it as the typed call takes it.
        notes.push(format!(
            "written as the library writes it, with `{function}`: give it in the API's \
             documented shape, records as they were read; see it with --dry-run"
        ));
    }
    let doc = first_line(field.docs);
    let help = match (doc.is_empty(), notes.is_empty()) {
        (true, true) => String::new(),
        (true, false) => format!("[{}]", notes.join("; ")),
        (false, true) => doc.to_owned(),
        (false, false) => format!("{doc} [{}]", notes.join("; ")),
    };
    let parser = kind.kind;
    let mut arg = Arg::new(field.name)
        .help(help)
        .value_parser(move |text: &str| parser.parse(text));
    if field.docs.contains('\n') {
        arg = arg.long_help(format!("{}\n[{}]", field.docs, notes.join("; ")));
    }
    if field.required {
        arg = arg
            .value_name(field.name.to_ascii_uppercase())
            .required(!has_body);
        if has_body {
            arg = arg.required_unless_present(BODY);
        }
        if kind.repeated {
            arg = arg.num_args(1..).action(ArgAction::Append);
        }
        return arg;
    }
    arg = arg.long(kebab(field.name));
    if kind.kind == Kind::Bool && !kind.repeated {
        // `--with-price` sends true, `--with-price=false` false; `=` keeps a following
        // positional value from being read as the flag's.
        return arg
            .value_name("BOOL")
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("true");
    }
    arg = arg.value_name(kind.kind.placeholder());
    if kind.repeated {
        arg = arg.action(ArgAction::Append);
    }
    arg
}

/// What `openprovider catalogue` prints: one line per entry.
pub fn catalogue_lines() -> Vec<[String; 4]> {
    openprovider::catalogue()
        .iter()
        .map(|e| {
            [
                kebab(e.module),
                kebab(e.name),
                e.method.as_str().to_owned(),
                e.path.to_owned(),
            ]
        })
        .collect()
}
