//! Lenient deserialisers for the shapes the API really sends, which differ from its docs: numbers
//! as strings, booleans as `"true"` or `1`, sentinel dates, empty objects instead of null.
//! Model types use them with `#[serde(deserialize_with = "...")]`.

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer};
use serde_json::Value;

fn lenient_bool_value<E: de::Error>(value: &Value) -> Result<Option<bool>, E> {
    match value {
        Value::Null => Ok(None),
        Value::Bool(b) => Ok(Some(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(0) => Ok(Some(false)),
            Some(1) => Ok(Some(true)),
            _ => Err(E::custom(format!("expected a boolean, got the number {n}"))),
        },
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(Some(true)),
            "false" | "0" | "no" | "" => Ok(Some(false)),
            _ => Err(E::custom(format!(
                "expected a boolean, got the string {s:?}"
            ))),
        },
        other => Err(E::custom(format!("expected a boolean, got {other}"))),
    }
}

/// A `bool` from `true`, `"true"`, `1`, `"1"`, `"yes"` (and their opposites); null is `false`.
pub fn lenient_bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let value = Value::deserialize(d)?;
    Ok(lenient_bool_value(&value)?.unwrap_or(false))
}

/// Like [`lenient_bool`], keeping null and absence apart from `false`.
pub fn lenient_opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    let value = Value::deserialize(d)?;
    lenient_bool_value(&value)
}

fn lenient_int_value<E: de::Error>(value: &Value) -> Result<Option<i64>, E> {
    match value {
        Value::Null => Ok(None),
        Value::Number(n) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| E::custom(format!("expected a whole number, got {n}"))),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| E::custom(format!("expected a whole number, got the string {s:?}"))),
        other => Err(E::custom(format!("expected a whole number, got {other}"))),
    }
}

/// An `i32` from a number or a numeric string; null is 0.
pub fn lenient_i32<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    let value = Value::deserialize(d)?;
    let n = lenient_int_value::<D::Error>(&value)?.unwrap_or(0);
    i32::try_from(n).map_err(|_| de::Error::custom(format!("{n} does not fit in 32 bits")))
}

/// An `Option<i64>` from a number or a numeric string; null and `""` are `None`.
pub fn lenient_opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    let value = Value::deserialize(d)?;
    lenient_int_value(&value)
}

/// A `String` where null counts as empty.
pub fn string_or_null<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// Any `Default` type where null counts as the default (a `null` list is an empty one).
pub fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + DeserializeOwned,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A date string, where `""`, `"0"`, `0` and `"0000-00-00 00:00:00"` (the API's "never") are `None`.
/// Kept as the API's text: its formats vary (padded or not, sometimes unix seconds).
pub fn optional_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Value::deserialize(d)?;
    match value {
        Value::Null => Ok(None),
        Value::Number(n) if n.as_i64() == Some(0) => Ok(None),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::String(s) => {
            let t = s.trim();
            let never = t.is_empty()
                || t == "0"
                || t.chars().all(|c| matches!(c, '0' | '-' | ':' | ' ' | 'T'));
            Ok((!never).then_some(s))
        }
        other => Err(de::Error::custom(format!(
            "expected a date string, got {other}"
        ))),
    }
}

/// An object that the API sends with every string empty when it means "none" (a customer's fax):
/// `None` then, like null or absence.
pub fn empty_object_as_none<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let value = Value::deserialize(d)?;
    let empty = match &value {
        Value::Null => true,
        Value::Object(map) => map.values().all(|v| match v {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            _ => false,
        }),
        _ => false,
    };
    if empty {
        return Ok(None);
    }
    T::deserialize(value).map(Some).map_err(de::Error::custom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct B {
        #[serde(deserialize_with = "lenient_bool")]
        b: bool,
    }

    #[derive(Deserialize)]
    struct D {
        #[serde(default, deserialize_with = "optional_date")]
        d: Option<String>,
    }

    #[test]
    fn booleans_in_every_spelling() {
        for (text, want) in [
            ("true", true),
            ("\"true\"", true),
            ("1", true),
            ("\"1\"", true),
            ("false", false),
            ("\"false\"", false),
            ("0", false),
            ("null", false),
        ] {
            let b: B = serde_json::from_str(&format!("{{\"b\":{text}}}")).unwrap();
            assert_eq!(b.b, want, "{text}");
        }
        assert!(serde_json::from_str::<B>("{\"b\":\"maybe\"}").is_err());
    }

    #[test]
    fn sentinel_dates_are_none() {
        for text in ["\"0000-00-00 00:00:00\"", "\"\"", "0", "null"] {
            let d: D = serde_json::from_str(&format!("{{\"d\":{text}}}")).unwrap();
            assert_eq!(d.d, None, "{text}");
        }
        let d: D = serde_json::from_str("{\"d\":\"2014-05-08 19:04:11\"}").unwrap();
        assert_eq!(d.d.as_deref(), Some("2014-05-08 19:04:11"));
    }
}
