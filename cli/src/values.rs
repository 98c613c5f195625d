//! Turning command-line text into the JSON a field is sent as, by the field's Rust type.

use std::str::FromStr;

use openprovider::jiff::civil::{Date, DateTime};
use openprovider::{DomainName, FieldInfo, JsonShape, ValueKind};
use serde_json::Value;

/// How a field's value is written on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text.
    Text,
    /// A whole number; the name is the Rust type, for messages.
    Integer(&'static str),
    /// A number with a fraction.
    Float,
    /// `true` or `false`; an optional one is a flag.
    Bool,
    /// `example.com`, sent as `{"name": "example", "extension": "com"}`.
    Domain,
    /// A date, like `2026-01-31`.
    Date,
    /// A date and time, like `2026-01-31T12:00:00`.
    DateTime,
    /// JSON text; `shape` says which JSON it must be, for messages.
    Json(Shape),
}

/// The JSON a field of a non-scalar type must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Any JSON value (a `serde_json::Value` field, or a type the command line does not know).
    Any,
    /// An object (a struct or a map).
    Object,
    /// An array (a list of objects).
    Array,
}

/// A field as the command line takes it: one value of `kind`, or, for a list of scalars, the
/// flag repeated (or several positional values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldKind {
    pub kind: Kind,
    pub repeated: bool,
}

impl FieldKind {
    /// The field's kind, as its entry describes it.
    pub fn of(field: &FieldInfo) -> FieldKind {
        let kind = match field.kind {
            ValueKind::Text => Kind::Text,
            ValueKind::Integer(ty) => Kind::Integer(ty),
            ValueKind::Number => Kind::Float,
            ValueKind::Bool => Kind::Bool,
            ValueKind::Date => Kind::Date,
            ValueKind::DateTime => Kind::DateTime,
            ValueKind::DomainName => Kind::Domain,
            ValueKind::Json(JsonShape::Object) => Kind::Json(Shape::Object),
            ValueKind::Json(JsonShape::Array) => Kind::Json(Shape::Array),
            // `JsonShape` may grow: anything else is JSON of any shape.
            ValueKind::Json(_) => Kind::Json(Shape::Any),
            _ => Kind::Json(Shape::Any),
        };
        FieldKind {
            kind,
            repeated: field.repeated,
        }
    }
}

impl Kind {
    /// What the value must look like, for help and messages.
    pub fn wanted(self) -> String {
        match self {
            Kind::Text => "text".to_owned(),
            Kind::Integer(ty) => format!("a whole number ({ty})"),
            Kind::Float => "a number".to_owned(),
            Kind::Bool => "true or false".to_owned(),
            Kind::Domain => "a domain name like example.com".to_owned(),
            Kind::Date => "a date like 2026-01-31".to_owned(),
            Kind::DateTime => "a date and time like 2026-01-31T12:00:00".to_owned(),
            Kind::Json(Shape::Any) => "JSON".to_owned(),
            Kind::Json(Shape::Object) => "a JSON object".to_owned(),
            Kind::Json(Shape::Array) => "a JSON array".to_owned(),
        }
    }

    /// The placeholder shown in usage lines.
    pub fn placeholder(self) -> &'static str {
        match self {
            Kind::Text => "TEXT",
            Kind::Integer(_) | Kind::Float => "NUMBER",
            Kind::Bool => "BOOL",
            Kind::Domain => "DOMAIN",
            Kind::Date => "DATE",
            Kind::DateTime => "DATETIME",
            Kind::Json(_) => "JSON",
        }
    }

    /// The JSON the text stands for, as the typed request would serialise it.
    pub fn parse(self, text: &str) -> Result<Value, String> {
        let wanted = || format!("expected {}", self.wanted());
        match self {
            Kind::Text => Ok(Value::String(text.to_owned())),
            Kind::Integer(ty) => {
                let number: i128 = text.trim().parse().map_err(|_| wanted())?;
                if !fits(ty, number) {
                    return Err(format!("{}, and {number} is out of its range", wanted()));
                }
                // Every integer type of the table fits in i64 or u64.
                i64::try_from(number)
                    .map(Value::from)
                    .or_else(|_| u64::try_from(number).map(Value::from))
                    .map_err(|_| wanted())
            }
            Kind::Float => text
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(wanted),
            Kind::Bool => match text.trim() {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                _ => Err(wanted()),
            },
            Kind::Domain => DomainName::from_str(text.trim())
                .map_err(|e| format!("{}: {e}", wanted()))
                .and_then(|d| serde_json::to_value(d).map_err(|e| e.to_string())),
            Kind::Date => Date::from_str(text.trim())
                .map_err(|e| format!("{}: {e}", wanted()))
                .and_then(|d| serde_json::to_value(d).map_err(|e| e.to_string())),
            Kind::DateTime => DateTime::from_str(text.trim())
                .map_err(|e| format!("{}: {e}", wanted()))
                .and_then(|d| serde_json::to_value(d).map_err(|e| e.to_string())),
            Kind::Json(shape) => {
                let value: Value = serde_json::from_str(text)
                    .map_err(|e| format!("{}, which does not parse: {e}", wanted()))?;
                let fits = match shape {
                    Shape::Any => true,
                    Shape::Object => value.is_object(),
                    Shape::Array => value.is_array(),
                };
                if fits { Ok(value) } else { Err(wanted()) }
            }
        }
    }
}

fn fits(ty: &str, n: i128) -> bool {
    let (min, max): (i128, i128) = match ty {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" | "usize" => (0, u64::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    };
    (min..=max).contains(&n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind of a catalogue entry's field, as the macro described it.
    fn kind_of(entry: &str, field: &str) -> FieldKind {
        let info = openprovider::catalogue()
            .iter()
            .find(|e| e.name == entry)
            .unwrap();
        FieldKind::of(info.field(field).unwrap())
    }

    #[test]
    fn the_macro_s_kinds_are_read() {
        let one = |kind| FieldKind {
            kind,
            repeated: false,
        };
        let many = |kind| FieldKind {
            kind,
            repeated: true,
        };
        assert_eq!(kind_of("update_customer", "email"), one(Kind::Text));
        assert_eq!(kind_of("get_domain", "id"), one(Kind::Integer("i64")));
        assert_eq!(kind_of("transfer_domain", "domain"), one(Kind::Domain));
        assert_eq!(kind_of("check_domain", "domains"), many(Kind::Domain));
        assert_eq!(kind_of("check_domain", "with_price"), one(Kind::Bool));
        assert_eq!(
            kind_of("create_zone", "records"),
            one(Kind::Json(Shape::Array))
        );
        assert_eq!(
            kind_of("update_customer", "phone"),
            one(Kind::Json(Shape::Any))
        );
    }

    #[test]
    fn values_parse_or_say_what_was_wanted() {
        assert_eq!(
            Kind::Domain.parse("example.co.uk").unwrap(),
            serde_json::json!({"name": "example", "extension": "co.uk"})
        );
        assert_eq!(Kind::Integer("i32").parse("42").unwrap(), 42);
        assert!(Kind::Integer("i32").parse("5000000000").is_err());
        assert!(Kind::Integer("u32").parse("-1").is_err());
        assert_eq!(
            Kind::Integer("i64").parse("ten").unwrap_err(),
            "expected a whole number (i64)"
        );
        assert!(Kind::Json(Shape::Array).parse("{}").is_err());
        assert!(Kind::Bool.parse("yes").is_err());
        assert!(Kind::Domain.parse("nodot").is_err());
    }
}
