//! The request the arguments describe: each field's value as its kind reads it, a whole body
//! from a file, and the checks the library makes of a typed request.

use std::io::{self, Read as _};

use clap::ArgMatches;
use openprovider::{DynamicRequest, EntryInfo};
use serde_json::Value;

use crate::commands::{BODY, TLD};
use crate::exit::Failure;
use crate::values::FieldKind;

/// The request the arguments describe, checked as the library checks a typed one.
pub fn request_of(
    info: &'static EntryInfo,
    matches: &ArgMatches,
) -> Result<DynamicRequest, Failure> {
    let mut request = openprovider::dynamic_request(info);
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
        // Errors stopped the command above; what the table only warns of goes to stderr.
        for problem in request.tld_problems(tld) {
            crate::diagnostic(&format!("warning: {problem}"));
        }
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
