//! Writing an entry's query string: key-value pairs, lists as repeated keys, structs as dotted
//! keys.

use serde::Serialize;
use serde_json::Value;

use crate::error::Error;

/// Collects query parameters as key-value pairs.
///
/// `None` is left out; a list is sent as a repeated key (`columns=a&columns=b`); a struct is sent
/// as dotted keys (`order_by.name=asc`).
#[derive(Debug, Default)]
pub struct QueryWriter {
    pairs: Vec<(String, String)>,
}

impl QueryWriter {
    /// Adds a field under its wire name.
    pub fn push<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        match serde_json::to_value(value) {
            Ok(value) => self.push_value(key, value),
            Err(e) => Err(Error::InvalidRequest {
                field: key.to_owned(),
                reason: e.to_string(),
            }),
        }
    }

    fn push_value(&mut self, key: &str, value: Value) -> Result<(), Error> {
        match value {
            Value::Null => Ok(()),
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::Array(_) | Value::Object(_) => {
                            return Err(Error::InvalidRequest {
                                field: key.to_owned(),
                                reason: "a list in the query string must hold plain values"
                                    .to_owned(),
                            });
                        }
                        scalar => self.push_value(key, scalar)?,
                    }
                }
                Ok(())
            }
            Value::Object(map) => {
                for (sub, v) in map {
                    self.push_value(&format!("{key}.{sub}"), v)?;
                }
                Ok(())
            }
            Value::String(s) => self.push_text(key, s),
            Value::Bool(b) => self.push_text(key, b.to_string()),
            Value::Number(n) => self.push_text(key, n.to_string()),
        }
    }

    fn push_text(&mut self, key: &str, text: String) -> Result<(), Error> {
        self.pairs.push((key.to_owned(), text));
        Ok(())
    }

    /// The pairs collected, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_lists_repeat_and_structs_dot() {
        let mut q = QueryWriter::default();
        q.push("columns", &vec!["firstName", "email"]).unwrap();
        q.push("missing", &Option::<String>::None).unwrap();
        q.push("order_by", &serde_json::json!({"name": "asc"}))
            .unwrap();
        q.push("with_additional_data", &Some(true)).unwrap();
        q.push("limit", &10).unwrap();
        let pairs: Vec<(&str, &str)> = q
            .pairs()
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("columns", "firstName"),
                ("columns", "email"),
                ("order_by.name", "asc"),
                ("with_additional_data", "true"),
                ("limit", "10"),
            ]
        );
    }
}
