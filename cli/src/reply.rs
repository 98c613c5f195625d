//! Reading a reply as the entry's typed call reads it, then writing it out as JSON: TXT values
//! without their quotes, dates and booleans as the reply type reads them, fields the type does
//! not name kept through its `extra`.

use openprovider::{Endpoint, EntryInfo, EntryVisitor};
use serde::Serialize;
use serde_json::Value;

/// The reply's `data` as the entry's reply type reads it and writes it back; as it came for an
/// entry outside the catalogue.
pub fn typed(entry: &'static EntryInfo, data: Value) -> Result<Value, String> {
    match openprovider::visit_entry(entry, AsTyped(data.clone())) {
        Some(result) => result,
        None => Ok(data),
    }
}

struct AsTyped(Value);

impl EntryVisitor for AsTyped {
    type Output = Result<Value, String>;

    fn visit<E>(self) -> Self::Output
    where
        E: Endpoint,
        E::Response: Serialize,
    {
        let typed: E::Response = serde_json::from_value(self.0).map_err(|e| {
            format!(
                "the reply of `{}` does not read as its type: {e}",
                E::INFO.name
            )
        })?;
        serde_json::to_value(&typed).map_err(|e| e.to_string())
    }
}
