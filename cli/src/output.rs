//! Printing replies: JSON, one item per line, or a table of a list's scalar fields.

use std::io::{self, IsTerminal as _, Write};

use serde_json::{Map, Value};

/// How data is printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON: pretty on a terminal, compact otherwise.
    Json,
    /// One JSON value per line; a list's items one by one.
    Ndjson,
    /// A list's scalar fields as aligned columns.
    Table,
}

impl Format {
    pub fn from_flag(flag: Option<&String>) -> Format {
        match flag.map(String::as_str) {
            Some("ndjson") => Format::Ndjson,
            Some("table") => Format::Table,
            _ => Format::Json,
        }
    }
}

/// stdout, locked once, with what the format needs to know about it.
pub struct Out {
    stdout: io::StdoutLock<'static>,
    pretty: bool,
}

impl Out {
    pub fn new() -> Out {
        let stdout = io::stdout();
        let pretty = stdout.is_terminal();
        Out {
            stdout: stdout.lock(),
            pretty,
        }
    }

    /// One JSON value, pretty on a terminal.
    pub fn json(&mut self, value: &Value) -> io::Result<()> {
        let text = if self.pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .map_err(io::Error::other)?;
        self.line(&text)
    }

    /// One JSON value on one line.
    pub fn compact(&mut self, value: &Value) -> io::Result<()> {
        let text = serde_json::to_string(value).map_err(io::Error::other)?;
        self.line(&text)
    }

    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.stdout, "{text}")
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.stdout.flush()
    }

    /// A reply's data in `format`.
    pub fn data(&mut self, format: Format, data: &Value, columns: &[String]) -> io::Result<()> {
        match format {
            Format::Json => self.json(data),
            Format::Ndjson => match items_of(data) {
                Some(items) => items.iter().try_for_each(|item| self.compact(item)),
                None => self.compact(data),
            },
            Format::Table => {
                let rows: Vec<Value> = match items_of(data) {
                    Some(items) => items.to_vec(),
                    None => vec![data.clone()],
                };
                self.table(&rows, columns)
            }
        }
    }

    /// Rows as aligned columns: the ones asked for, or every scalar field in the order first
    /// seen.
    pub fn table(&mut self, rows: &[Value], columns: &[String]) -> io::Result<()> {
        let columns: Vec<String> = if columns.is_empty() {
            let mut seen: Vec<String> = Vec::new();
            for row in rows {
                for (key, value) in row.as_object().into_iter().flatten() {
                    if is_scalar(value) && !seen.contains(key) {
                        seen.push(key.clone());
                    }
                }
            }
            seen
        } else {
            columns.to_vec()
        };
        if columns.is_empty() {
            return Ok(());
        }
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|row| columns.iter().map(|c| cell(row.get(c))).collect())
            .collect();
        let widths: Vec<usize> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                cells
                    .iter()
                    .map(|r| r[i].chars().count())
                    .chain([c.chars().count()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut write_row = |values: &[String]| {
            let mut line = String::new();
            for (i, value) in values.iter().enumerate() {
                if i + 1 == values.len() {
                    line.push_str(value);
                } else {
                    let pad = widths[i] - value.chars().count();
                    line.push_str(value);
                    line.push_str(&" ".repeat(pad + 2));
                }
            }
            self.line(line.trim_end())
        };
        write_row(&columns)?;
        for row in &cells {
            write_row(row)?;
        }
        Ok(())
    }
}

/// A list's items: the data itself when it is an array, or a page's `results`.
pub fn items_of(data: &Value) -> Option<&[Value]> {
    match data {
        Value::Array(items) => Some(items),
        Value::Object(map) => match map.get("results") {
            Some(Value::Array(items)) => Some(items),
            _ => None,
        },
        _ => None,
    }
}

/// A page's items (an absent or `null` `results` is an empty page) and its `total`, which the
/// API may send as text.
pub fn page_of(data: Value) -> (Vec<Value>, Option<i64>) {
    let Value::Object(mut map) = data else {
        return match data {
            Value::Array(items) => (items, None),
            _ => (Vec::new(), None),
        };
    };
    let items = match map.remove("results") {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    };
    (items, total_of(&map))
}

fn total_of(map: &Map<String, Value>) -> Option<i64> {
    match map.get("total")? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Whether a value gets a column of its own: a scalar, or a domain name, which reads as one.
fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_)) || domain_name(value).is_some()
}

/// A domain name as the API sends it, `{"name": "example", "extension": "com"}`, as written:
/// `example.com`.
fn domain_name(value: &Value) -> Option<String> {
    let map = value.as_object()?;
    let name = map.get("name")?.as_str()?;
    let extension = map.get("extension")?.as_str()?;
    let only_those = map.keys().all(|k| k == "name" || k == "extension");
    only_those.then(|| format!("{name}.{}", extension.trim_start_matches('.')))
}

fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.replace(['\n', '\t'], " "),
        Some(other) => domain_name(other).unwrap_or_else(|| other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn a_domain_name_reads_as_written_in_a_table() {
        assert_eq!(
            super::cell(Some(&json!({"name": "ada-test", "extension": "com"}))),
            "ada-test.com"
        );
        assert!(super::is_scalar(
            &json!({"name": "a", "extension": "co.uk"})
        ));
        // Another object with a `name` stays JSON, and out of the default columns.
        let other = json!({"name": "a", "extension": "com", "id": 1});
        assert!(!super::is_scalar(&other));
        assert_eq!(super::cell(Some(&other)), other.to_string());
    }
}
