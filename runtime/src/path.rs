//! Writing an entry's path: the template's literals and its parameters, each percent-encoded
//! into exactly one segment.

use std::fmt::{Display, Write as _};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::error::Error;

/// Everything but the unreserved characters of RFC 3986, so a value stays one path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Builds a path from the template's literals and percent-encoded parameters.
#[derive(Debug, Default)]
pub struct PathWriter {
    path: String,
}

impl PathWriter {
    /// A writer whose text starts with the base URL, so the whole URL is written in one string.
    pub(crate) fn after(base: &str) -> Self {
        let mut path = String::with_capacity(base.len() + 64);
        path.push_str(base);
        PathWriter { path }
    }

    /// A part of the template, written as it is.
    pub fn literal(&mut self, text: &str) {
        self.path.push_str(text);
    }

    /// A parameter, percent-encoded into exactly one segment.
    ///
    /// An empty value, `.` or `..` is refused: URL parsers drop or fold such segments, so the
    /// request would reach another resource (`DELETE /customers/..` is not a customer).
    pub fn param(&mut self, field: &str, value: &dyn Display) -> Result<(), Error> {
        // Written in place, then encoded only if it has to be: a handle or an id needs no
        // escaping, and then costs no allocation.
        let start = self.path.len();
        let _ = write!(self.path, "{value}");
        let text = &self.path[start..];
        if text.is_empty() || text == "." || text == ".." {
            let reason = format!("{text:?} cannot be a path segment");
            self.path.truncate(start);
            return Err(Error::InvalidRequest {
                field: field.to_owned(),
                reason,
            });
        }
        let mut chunks = utf8_percent_encode(text, SEGMENT);
        // Nothing to escape when the first chunk is the whole text itself (an escape is a chunk
        // of its own, from the encoder's table).
        let unchanged = chunks
            .next()
            .is_some_and(|chunk| chunk.as_ptr() == text.as_ptr() && chunk.len() == text.len());
        if !unchanged {
            let encoded = utf8_percent_encode(text, SEGMENT).to_string();
            self.path.truncate(start);
            self.path.push_str(&encoded);
        }
        Ok(())
    }

    /// The path written so far.
    pub fn as_str(&self) -> &str {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hostile_handle_stays_one_segment() {
        let mut p = PathWriter::default();
        p.literal("/customers/");
        p.param("handle", &"a/../b?c#d%e f").unwrap();
        assert_eq!(p.as_str(), "/customers/a%2F..%2Fb%3Fc%23d%25e%20f");
        // One character that needs escaping, alone: the encoder gives it from its table.
        let mut p = PathWriter::default();
        p.literal("/customers/");
        p.param("handle", &"\\").unwrap();
        p.literal("/x/");
        p.param("id", &42).unwrap();
        assert_eq!(p.as_str(), "/customers/%5C/x/42");
    }

    #[test]
    fn dot_segments_and_empty_values_are_refused() {
        for bad in ["", ".", ".."] {
            let mut p = PathWriter::default();
            let err = p.param("handle", &bad).unwrap_err();
            assert!(matches!(err, Error::InvalidRequest { .. }), "{bad:?}");
        }
    }
}
