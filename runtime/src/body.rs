//! Writing an entry's JSON body: each field serialised once, in place, with dotted wire names
//! nested and `None` left out.

use serde::Serialize;
use serde_json::Value;

use crate::error::Error;

/// The most dot-separated parts a body field's wire name may have.
const MAX_WIRE_NAME_DEPTH: usize = 16;

/// Collects the fields of a JSON body, each serialised straight to bytes.
///
/// `None` is left out, never sent as `null`. A dotted wire name nests: `domain.extension` is
/// sent as `{"domain": {"extension": ...}}`. Top-level keys come out sorted, nested objects in
/// their own order.
#[derive(Debug, Default)]
pub struct BodyWriter {
    /// Every field as `"key":json`, comma-separated after a `{`. While fields come flat and in
    /// order (the macro writes them sorted by wire name), this already is the body.
    buffer: Vec<u8>,
    /// Where each field's wire name (without quotes) and JSON are in `buffer`.
    fields: Vec<BodyField>,
    /// Some field came nested, out of order or with a name that needs escaping, so the body is
    /// written anew from `fields`.
    rewrite: bool,
}

#[derive(Debug, Clone, Copy)]
struct BodyField {
    key: (usize, usize),
    json: (usize, usize),
}

impl BodyField {
    fn key<'b>(&self, buffer: &'b [u8]) -> &'b [u8] {
        &buffer[self.key.0..self.key.1]
    }

    fn json<'b>(&self, buffer: &'b [u8]) -> &'b [u8] {
        &buffer[self.json.0..self.json.1]
    }
}

impl BodyWriter {
    /// Adds a field under its wire name.
    pub fn push<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        let (start, key_start) = self.open_field(key);
        let json_start = self.buffer.len();
        match serde_json::to_writer(&mut self.buffer, value) {
            Ok(()) => self.seal(key, start, key_start, json_start),
            Err(e) => {
                self.buffer.truncate(start);
                Err(Error::InvalidRequest {
                    field: key.to_owned(),
                    reason: e.to_string(),
                })
            }
        }
    }

    /// Writes `{` or `,`, then `"key":`; returns where the field starts and where its key does.
    fn open_field(&mut self, key: &str) -> (usize, usize) {
        if self.buffer.is_empty() {
            self.buffer.reserve(256);
            self.fields.reserve(8);
            self.buffer.push(b'{');
        }
        let start = self.buffer.len();
        if !self.fields.is_empty() {
            self.buffer.push(b',');
        }
        self.buffer.push(b'"');
        let key_start = self.buffer.len();
        self.buffer.extend_from_slice(key.as_bytes());
        self.buffer.extend_from_slice(b"\":");
        (start, key_start)
    }

    /// Keeps the field just written, or takes it back when it is `null` or clashes with
    /// another; kept apart from `push` so it is compiled once.
    fn seal(
        &mut self,
        key: &str,
        start: usize,
        key_start: usize,
        json_start: usize,
    ) -> Result<(), Error> {
        let (dots, plain) = key.bytes().fold((0, true), |(dots, plain), b| {
            (dots + usize::from(b == b'.'), plain && is_plain_byte(b))
        });
        let field = BodyField {
            key: (key_start, key_start + key.len()),
            json: (json_start, self.buffer.len()),
        };
        if field.json(&self.buffer) == b"null" {
            self.buffer.truncate(start);
            return Ok(());
        }
        if let Some(reason) = self.clash(key, dots) {
            self.buffer.truncate(start);
            return Err(Error::InvalidRequest {
                field: key.to_owned(),
                reason,
            });
        }
        let in_order = self
            .fields
            .last()
            .is_none_or(|last| last.key(&self.buffer) < key.as_bytes());
        self.rewrite |= dots > 0 || !in_order || !plain;
        self.fields.push(field);
        Ok(())
    }

    /// Why `key` cannot join the fields already set, if it cannot.
    fn clash(&self, key: &str, dots: usize) -> Option<String> {
        // Each dot is a level of nesting, written by recursion: a bound keeps a wire name from
        // exhausting the stack (found by the writers fuzz target).
        if dots >= MAX_WIRE_NAME_DEPTH {
            return Some(format!(
                "a wire name nests at most {MAX_WIRE_NAME_DEPTH} levels deep"
            ));
        }
        let key = key.as_bytes();
        for field in &self.fields {
            let other = field.key(&self.buffer);
            if other == key {
                return Some(format!("`{}` is set twice", String::from_utf8_lossy(key)));
            }
            // `a` and `a.b` cannot both be sent: `a` would be a value and an object.
            let (short, long) = if other.len() < key.len() {
                (other, key)
            } else {
                (key, other)
            };
            if long.starts_with(short) && long.get(short.len()) == Some(&b'.') {
                return Some(format!(
                    "`{}` is both a value and an object",
                    String::from_utf8_lossy(short)
                ));
            }
        }
        None
    }

    /// The body as JSON bytes.
    pub fn into_bytes(mut self) -> Vec<u8> {
        if self.fields.is_empty() {
            return b"{}".to_vec();
        }
        if !self.rewrite {
            // The usual body: flat and in order, so already written.
            self.buffer.push(b'}');
            return self.buffer;
        }
        let buffer = &self.buffer;
        self.fields.sort_by(|a, b| a.key(buffer).cmp(b.key(buffer)));
        let mut out = Vec::with_capacity(buffer.len() + 2);
        write_object(&mut out, buffer, &self.fields, 0);
        out
    }

    /// The body as a JSON object; an error where it nests deeper than serde_json reads back.
    pub fn into_value(self) -> Result<Value, Error> {
        serde_json::from_slice(&self.into_bytes()).map_err(|e| Error::InvalidRequest {
            field: "body".to_owned(),
            reason: e.to_string(),
        })
    }
}

/// Whether a byte of a wire name can be written between quotes as it is.
fn is_plain_byte(b: u8) -> bool {
    b >= 0x20 && b != b'"' && b != b'\\'
}

/// `"key":`, the key escaped as a JSON string.
fn write_key(out: &mut Vec<u8>, key: &[u8]) {
    if key.iter().all(|b| is_plain_byte(*b)) {
        out.push(b'"');
        out.extend_from_slice(key);
        out.push(b'"');
    } else {
        // Wire names come from `&str`, so the bytes are UTF-8; writing to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, &String::from_utf8_lossy(key));
    }
    out.push(b':');
}

/// The part of a dotted wire name at `depth`, and whether more parts follow.
fn part_at(key: &[u8], depth: usize) -> (&[u8], bool) {
    let mut parts = key.split(|b| *b == b'.').skip(depth);
    let part = parts.next().unwrap_or_default();
    (part, parts.next().is_some())
}

/// Writes the fields whose wire names share their parts before `depth` as one object: a run of
/// fields with the same next part becomes a nested object. `fields` is sorted by wire name, so
/// such a run is contiguous.
fn write_object(out: &mut Vec<u8>, buffer: &[u8], fields: &[BodyField], depth: usize) {
    out.push(b'{');
    let mut i = 0;
    while i < fields.len() {
        let (name, deeper) = part_at(fields[i].key(buffer), depth);
        if i > 0 {
            out.push(b',');
        }
        write_key(out, name);
        if deeper {
            let run = fields[i..]
                .iter()
                .take_while(|other| part_at(other.key(buffer), depth) == (name, true))
                .count();
            write_object(out, buffer, &fields[i..i + run], depth + 1);
            i += run;
        } else {
            out.extend_from_slice(fields[i].json(buffer));
            i += 1;
        }
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_skips_none_and_nests_dotted_names() {
        let mut b = BodyWriter::default();
        b.push("email", &Some("a@b.c")).unwrap();
        b.push("vat", &Option::<String>::None).unwrap();
        b.push("domain.name", &"example").unwrap();
        b.push("domain.extension", &"eu").unwrap();
        assert_eq!(
            b.into_value().unwrap(),
            serde_json::json!({"email": "a@b.c", "domain": {"name": "example", "extension": "eu"}})
        );
    }

    #[test]
    fn body_refuses_a_value_that_is_also_an_object() {
        let mut b = BodyWriter::default();
        b.push("domain", &"x").unwrap();
        assert!(b.push("domain.name", &"y").is_err());
        let mut b = BodyWriter::default();
        b.push("domain.name", &"y").unwrap();
        assert!(b.push("domain", &"x").is_err());
        assert!(b.push("domain.name", &"z").is_err(), "set twice");
        b.push("domainx", &"ok").unwrap();
    }

    /// Found by the writers fuzz target: a wire name of many dots nested the body past what
    /// serde_json reads back, and past what a stack holds for longer ones.
    #[test]
    fn a_wire_name_of_too_many_parts_is_refused() {
        let mut b = BodyWriter::default();
        let deep = vec!["a"; 200].join(".");
        assert!(matches!(
            b.push(&deep, &1),
            Err(Error::InvalidRequest { .. })
        ));
        let ok = vec!["a"; 16].join(".");
        b.push(&ok, &1).unwrap();
        let value = b.into_value().unwrap();
        assert!(
            value
                .pointer(&format!("/{}", vec!["a"; 16].join("/")))
                .is_some()
        );
    }

    #[test]
    fn body_bytes_nest_runs_of_dotted_names() {
        let mut b = BodyWriter::default();
        b.push("z", &1).unwrap();
        b.push("a.c", &2).unwrap();
        b.push("a.b.x", &"q\"uote").unwrap();
        b.push("a.b.y", &[1, 2]).unwrap();
        b.push("m", &Option::<i32>::None).unwrap();
        assert_eq!(
            String::from_utf8(b.into_bytes()).unwrap(),
            r#"{"a":{"b":{"x":"q\"uote","y":[1,2]},"c":2},"z":1}"#
        );
        assert_eq!(
            String::from_utf8(BodyWriter::default().into_bytes()).unwrap(),
            "{}"
        );
    }
}
