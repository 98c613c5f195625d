#!/usr/bin/env python3
"""Writes the Rust of the TLD rules from their table, `runtime/tld_rules.toml`.

Adding or changing a TLD's rules is an edit of the table and one command:

    python3 scripts/tld_rules.py          # rewrites the generated files
    python3 scripts/tld_rules.py --check  # exits 1 if they are not current (a test runs this)

It writes `runtime/src/tld_rules/table.rs` (every rule, for `openprovider::tld_rules`) and
`mock/src/tld_table.rs` (what the stand-in answers from: each TLD's fields by place, and the
rules it refuses a registration by). The stand-in depends on neither the facade nor the runtime,
so it gets a copy of the facts it needs rather than the runtime's types. Checked in, so that no
build script sits on every user's first build.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "runtime" / "tld_rules.toml"
RUNTIME_OUT = ROOT / "runtime" / "src" / "tld_rules" / "table.rs"
MOCK_OUT = ROOT / "mock" / "src" / "tld_table.rs"

PLACES = {
    "handle": "Handle",
    "handle_additional_data": "HandleAdditionalData",
    "handle_extension_data": "HandleExtensionData",
    "domain_additional_data": "DomainAdditionalData",
}
NEEDS = {"all": "All", "one_of": "OneOf", "exactly_one_of": "ExactlyOneOf"}
WHO = {"owner": "Owner", "admin": "Admin", "tech": "Tech"}
OPERATIONS = {"create": "Create", "transfer": "Transfer", "trade": "Trade", "update": "Update"}
SEVERITIES = {"error": "Error", "warning": "Warning"}


def rust_str(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def strs(items):
    return "&[" + ", ".join(rust_str(i) for i in items) + "]"


def condition(text):
    if text == "always":
        return "Condition::Always"
    if text == "individual":
        return "Condition::Individual"
    if text == "company":
        return "Condition::Company"
    if text == "outside_eu_eea":
        return "Condition::OutsideEuEea"
    kind, _, country = text.partition(":")
    if kind == "inside_country" and len(country) == 2:
        return f"Condition::InsideCountry({rust_str(country.upper())})"
    if kind == "outside_country" and len(country) == 2:
        return f"Condition::OutsideCountry({rust_str(country.upper())})"
    raise SystemExit(f"unknown condition {text!r}")


def check(table):
    problems = []
    for i, rule in enumerate(table.get("rule", [])):
        where = f"rule {i + 1} ({rule.get('tld')})"
        if not str(rule.get("source", "")).strip():
            problems.append(f"{where}: no source")
        for key, known in [("place", PLACES), ("need", NEEDS), ("who", WHO), ("severity", SEVERITIES)]:
            if rule.get(key) not in known:
                problems.append(f"{where}: {key} {rule.get(key)!r}")
        for place in rule.get("also_places", []):
            if place not in PLACES:
                problems.append(f"{where}: also_places {place!r}")
        for op in rule.get("operations", []):
            if op not in OPERATIONS:
                problems.append(f"{where}: operation {op!r}")
        if not rule.get("fields"):
            problems.append(f"{where}: no fields")
    for entry in table.get("nothing", []):
        if not str(entry.get("source", "")).strip():
            problems.append(f"nothing {entry.get('tld')}: no source")
    if problems:
        raise SystemExit("the table has mistakes:\n" + "\n".join(problems))


def when_list(rule):
    when = rule["when"]
    return when if isinstance(when, list) else [when]


def runtime_rust(table):
    out = [
        "// Written by scripts/tld_rules.py from runtime/tld_rules.toml; edit the table, not this.",
        "",
        "use super::terms::{Condition, Need, Operation, Place, Severity, TldRule, Who};",
        "",
        "/// The countries of the EU and the EEA, for `Condition::OutsideEuEea`.",
        "pub(super) const EU_EEA: &[&str] = "
        + strs(table["country_sets"]["eu_eea"]["countries"])
        + ";",
        "",
        "/// The TLDs that need nothing beyond a plain handle: (name, other names, source).",
        "pub(super) const NOTHING: &[(&str, &[&str], &str)] = &[",
    ]
    for entry in table.get("nothing", []):
        out.append(
            f"    ({rust_str(entry['tld'])}, {strs(entry.get('also', []))}, {rust_str(entry['source'])}),"
        )
    out.append("];")
    out.append("")
    out.append("/// Every rule, grouped by TLD in the table's order.")
    out.append("pub(super) const RULES: &[TldRule] = &[")
    by_tld = {}
    for rule in table.get("rule", []):
        by_tld.setdefault(rule["tld"], []).append(rule)
    for tld, rules in by_tld.items():
        for rule in rules:
            conditions = ", ".join(condition(c) for c in when_list(rule))
            places = ", ".join("Place::" + PLACES[p] for p in rule.get("also_places", []))
            ops = ", ".join("Operation::" + OPERATIONS[o] for o in rule["operations"])
            out += [
                "    TldRule {",
                f"        tld: {rust_str(tld)},",
                f"        also: {strs(rule.get('also', []))},",
                f"        place: Place::{PLACES[rule['place']]},",
                f"        also_places: &[{places}],",
                f"        fields: {strs(rule['fields'])},",
                f"        need: Need::{NEEDS[rule['need']]},",
                f"        when: &[{conditions}],",
                f"        who: Who::{WHO[rule['who']]},",
                f"        operations: &[{ops}],",
                f"        values: {strs(rule.get('values', []))},",
                f"        format: {rust_str(rule.get('format', ''))},",
                f"        severity: Severity::{SEVERITIES[rule['severity']]},",
                f"        source: {rust_str(rule['source'])},",
                f"        note: {rust_str(rule.get('note', ''))},",
                "    },",
            ]
    out.append("];")
    return "\n".join(out) + "\n"


def mock_rust(table):
    """Per TLD name (every spelling): the fields of the additional-data answers, and the
    error-severity rules without a condition on the handle, which a registration must meet."""
    fields = {}
    refusals = []
    for rule in table.get("rule", []):
        names = [rule["tld"], *rule.get("also", [])]
        for name in names:
            for field in rule["fields"]:
                key = (name, rule["place"], field)
                required = rule["severity"] == "error" and when_list(rule) == ["always"] and rule["need"] == "all"
                fields[key] = fields.get(key, False) or required
        if (
            rule["severity"] == "error"
            and rule["place"] == "domain_additional_data"
            and when_list(rule) == ["always"]
            and "create" in rule["operations"]
        ):
            for name in names:
                refusals.append((name, rule["fields"], rule["need"], rule.get("values", []), rule["source"]))
    out = [
        "// Written by scripts/tld_rules.py from runtime/tld_rules.toml; edit the table, not this.",
        "//! The TLD rules as the stand-in answers from them; every fact has its source in the table.",
        "",
        "/// (TLD, place, field, required): the fields the additional-data entries list for a TLD.",
        "pub const FIELDS: &[(&str, &str, &str, bool)] = &[",
    ]
    for (name, place, field), required in sorted(fields.items()):
        out.append(f"    ({rust_str(name)}, {rust_str(place)}, {rust_str(field)}, {'true' if required else 'false'}),")
    out += [
        "];",
        "",
        "/// What `create_domain` refuses without, as the registry would, in the domain's",
        "/// additional data.",
        "pub struct Refusal {",
        "    pub tld: &'static str,",
        "    pub fields: &'static [&'static str],",
        "    /// `all`, `one_of` or `exactly_one_of`.",
        "    pub need: &'static str,",
        "    /// The values allowed; empty for any.",
        "    pub values: &'static [&'static str],",
        "    pub source: &'static str,",
        "}",
        "",
        "pub const REFUSALS: &[Refusal] = &[",
    ]
    for name, fs, need, values, source in refusals:
        out.append(
            f"    Refusal {{ tld: {rust_str(name)}, fields: {strs(fs)}, need: {rust_str(need)}, "
            f"values: {strs(values)}, source: {rust_str(source)} }},"
        )
    out.append("];")
    return "\n".join(out) + "\n"


def formatted(text):
    """The text as rustfmt writes it, so `cargo fmt --check` passes on what is checked in."""
    done = subprocess.run(
        ["rustfmt", "--edition", "2024", "--emit", "stdout"],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return done.stdout


def main():
    with open(TABLE, "rb") as f:
        table = tomllib.load(f)
    check(table)
    outputs = {RUNTIME_OUT: formatted(runtime_rust(table)), MOCK_OUT: formatted(mock_rust(table))}
    if "--check" in sys.argv:
        stale = [str(p.relative_to(ROOT)) for p, text in outputs.items() if not p.exists() or p.read_text() != text]
        if stale:
            print("not current, run python3 scripts/tld_rules.py: " + ", ".join(stale))
            sys.exit(1)
        return
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


if __name__ == "__main__":
    main()
