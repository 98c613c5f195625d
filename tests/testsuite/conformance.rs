//! The catalogue against Openprovider's Swagger document: every operation is exactly one entry
//! with its method and path, every parameter and body property is a field in the same place
//! with the same wire name, and the types agree. Where an entry differs on purpose, the
//! exception is written below with its reason.
//!
//! The document's facts are in `tests/fixtures/openapi-facts.json`, written by
//! `scripts/openapi_facts.py`; when the document itself is beside the repository
//! (`../shared/reference/openprovider-openapi.json`), the facts are checked to be current.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use openprovider::{EntryInfo, FieldInfo, catalogue};
use serde_json::Value;

/// Entries whose name is not the operationId in snake_case, and why.
const RENAMED: &[(&str, &str, &str)] = &[
    (
        "GetData",
        "get_customer_additional_data",
        "`get_data` says nothing",
    ),
    (
        "ListGroups",
        "list_ns_groups",
        "name-server groups, among other groups",
    ),
    (
        "CreateGroup",
        "create_ns_group",
        "name-server groups, among other groups",
    ),
    (
        "GetGroup",
        "get_ns_group",
        "name-server groups, among other groups",
    ),
    (
        "UpdateGroup",
        "update_ns_group",
        "name-server groups, among other groups",
    ),
    (
        "DeleteGroup",
        "delete_ns_group",
        "name-server groups, among other groups",
    ),
    (
        "CreateToken",
        "create_domain_token",
        "a token for what: a domain's DNS",
    ),
    (
        "CreateDomainMixin8",
        "create_domain",
        "`Mixin8` is a generator's artefact; the module is `spam_expert`",
    ),
    (
        "GetDomainMixin8",
        "get_domain",
        "`Mixin8` is a generator's artefact; the module is `spam_expert`",
    ),
    (
        "UpdateDomainMixin8",
        "update_domain",
        "`Mixin8` is a generator's artefact; the module is `spam_expert`",
    ),
    (
        "DeleteDomainMixin8",
        "delete_domain",
        "`Mixin8` is a generator's artefact; the module is `spam_expert`",
    ),
    (
        "GenerateLoginURL",
        "generate_login_url",
        "an acronym is one word in snake_case",
    ),
    (
        "ListLicensesWithPriceVersion",
        "list_licenses",
        "the version suffix is the API's, not the user's",
    ),
];

/// Fields whose type differs from the document on purpose: (operationId, wire name, reason).
const TYPE_EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "ListNameservers",
        "offset",
        "the document types it as a string; it is a number like every other offset, and pages need it",
    ),
    (
        "ListTemplates",
        "offset",
        "the document types it as a string; it is a number like every other offset, and pages need it",
    ),
];

fn snake(id: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = id.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase()
            && i > 0
            && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit())
        {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The JSON kind of a field's Rust type: `Option<Vec<String>>` is an array.
fn kind(rust_type: &str) -> &'static str {
    let mut t = rust_type;
    if let Some(inner) = t.strip_prefix("Option<").and_then(|r| r.strip_suffix('>')) {
        t = inner;
    }
    let last = t.rsplit("::").next().unwrap_or(t);
    match last {
        _ if t.starts_with("Vec<") => "array",
        "i32" | "i64" | "u32" | "u64" => "integer",
        "f64" | "f32" => "number",
        "bool" => "boolean",
        "String" => "string",
        "Value" => "any",
        _ => "object",
    }
}

fn agrees(ours: &str, theirs: &str) -> bool {
    ours == "any" || ours == theirs || (ours == "integer" && theirs == "number")
}

fn facts() -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/openapi-facts.json");
    let text = std::fs::read_to_string(path).expect("the facts file is in the repository");
    let facts: Value = serde_json::from_str(&text).expect("the facts file is JSON");
    facts["operations"].as_array().expect("operations").clone()
}

fn param_field<'a>(entry: &'a EntryInfo, name: &str, place: &str) -> Option<&'a FieldInfo> {
    let placed = |f: &&FieldInfo| match place {
        "path" => f.in_path,
        "query" => f.in_query,
        _ => f.in_body,
    };
    let prefix = name.split('.').next().unwrap_or(name);
    entry
        .fields
        .iter()
        .filter(placed)
        .find(|f| f.wire == name)
        // A struct in the query is sent as dotted keys: `domain` covers `domain.name`.
        .or_else(|| {
            entry
                .fields
                .iter()
                .filter(placed)
                .find(|f| f.wire == prefix && name.contains('.') && kind(f.rust_type) == "object")
        })
}

#[test]
fn every_operation_is_one_entry_with_its_fields() {
    let operations = facts();
    assert_eq!(operations.len(), 111);
    let entries = catalogue();
    let mut problems = Vec::new();
    let mut matched: BTreeSet<(&str, &str)> = BTreeSet::new();
    for op in &operations {
        let id = op["operation_id"].as_str().unwrap();
        let method = op["method"].as_str().unwrap();
        let path = op["path"].as_str().unwrap();
        let found: Vec<&&EntryInfo> = entries
            .iter()
            .filter(|e| e.method.as_str() == method && e.path == path)
            .collect();
        let [entry] = found.as_slice() else {
            problems.push(format!("{id}: {} entries for {method} {path}", found.len()));
            continue;
        };
        matched.insert((entry.module, entry.name));
        let want = RENAMED
            .iter()
            .find(|(op_id, _, _)| *op_id == id)
            .map_or_else(|| snake(id), |(_, name, _)| (*name).to_owned());
        if entry.name != want {
            problems.push(format!(
                "{id}: entry is named {}, expected {want}",
                entry.name
            ));
        }
        let mut documented: BTreeSet<String> = BTreeSet::new();
        for p in op["parameters"].as_array().unwrap() {
            let name = p["name"].as_str().unwrap();
            let place = p["in"].as_str().unwrap();
            let theirs = p["type"].as_str().unwrap();
            documented.insert(name.split('.').next().unwrap_or(name).to_owned());
            documented.insert(name.to_owned());
            match param_field(entry, name, place) {
                None => problems.push(format!("{id}: {place} parameter `{name}` has no field")),
                Some(f) => {
                    let ours = kind(f.rust_type);
                    let excepted = TYPE_EXCEPTIONS
                        .iter()
                        .any(|(o, w, _)| *o == id && *w == name);
                    if !name.contains('.') && !agrees(ours, theirs) && !excepted {
                        problems.push(format!(
                            "{id}: {place} parameter `{name}` is {theirs}, field `{}` is {ours} ({})",
                            f.name, f.rust_type
                        ));
                    }
                }
            }
        }
        for prop in op["body"].as_array().unwrap() {
            let name = prop["name"].as_str().unwrap();
            let theirs = prop["type"].as_str().unwrap();
            documented.insert(name.to_owned());
            let field = entry
                .fields
                .iter()
                .filter(|f| f.in_body)
                .find(|f| f.wire == name || f.wire.split('.').next() == Some(name));
            match field {
                None => problems.push(format!("{id}: body property `{name}` has no field")),
                Some(f) if f.wire == name && !agrees(kind(f.rust_type), theirs) => {
                    problems.push(format!(
                        "{id}: body property `{name}` is {theirs}, field `{}` is {}",
                        f.name,
                        kind(f.rust_type)
                    ))
                }
                Some(_) => {}
            }
        }
        for f in entry.fields {
            let wire_root = f.wire.split('.').next().unwrap_or(f.wire);
            if !documented.contains(f.wire) && !documented.contains(wire_root) {
                problems.push(format!(
                    "{id}: field `{}` (`{}`) is not in the document",
                    f.name, f.wire
                ));
            }
        }
    }
    for e in entries {
        if !matched.contains(&(e.module, e.name)) {
            problems.push(format!(
                "{}::{} ({} {}) is no operation of the document",
                e.module, e.name, e.method, e.path
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_facts_are_current_when_the_document_is_here() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let document = root.join("../shared/reference/openprovider-openapi.json");
    if !document.exists() {
        eprintln!(
            "{} is not here; the committed facts are used as they are",
            document.display()
        );
        return;
    }
    let output = std::process::Command::new("python3")
        .arg(root.join("scripts/openapi_facts.py"))
        .arg(&document)
        .output()
        .expect("python3 runs the facts script");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let committed = std::fs::read(root.join("tests/fixtures/openapi-facts.json")).unwrap();
    assert!(
        output.stdout == committed,
        "tests/fixtures/openapi-facts.json is out of date: rerun scripts/openapi_facts.py"
    );
}

#[test]
fn the_crate_docs_table_lists_every_entry() {
    let table = include_str!("../../spec/catalogue.md");
    let mut rows: BTreeMap<String, usize> = BTreeMap::new();
    for line in table.lines().filter(|l| l.starts_with("| `")) {
        *rows.entry(line.to_owned()).or_default() += 1;
    }
    let want: Vec<String> = catalogue()
        .iter()
        .map(|e| {
            format!(
                "| `{}` | [`{}`]({}::{}) | {} | `{}` | {} |",
                e.module,
                e.name,
                e.module,
                e.name,
                e.method,
                e.path,
                if e.safe_to_repeat { "yes" } else { "no" }
            )
        })
        .collect();
    let have: Vec<&String> = rows.keys().collect();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    if have
        .iter()
        .map(|s| s.as_str())
        .ne(want_sorted.iter().map(String::as_str))
    {
        if std::env::var_os("OPENPROVIDER_BLESS").is_some() {
            let header = "| module | call function | method | path | safe to repeat |\n|---|---|---|---|---|\n";
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/catalogue.md");
            std::fs::write(path, format!("{header}{}\n", want.join("\n"))).unwrap();
            return;
        }
        panic!("spec/catalogue.md does not match catalogue(); rerun with OPENPROVIDER_BLESS=1");
    }
}
