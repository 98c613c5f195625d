//! Lenient deserialisers for the shapes the API really sends, which differ from its docs: numbers
//! as strings, booleans as `"true"` or `1`, sentinel dates, empty objects instead of null.
//! Model types use them with `#[serde(deserialize_with = "...")]`.

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer};
use serde_json::Value;

use jiff::civil::{Date, DateTime};

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

/// An `i64` from a number or a numeric string.
pub fn lenient_i64<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let value = Value::deserialize(d)?;
    lenient_int_value::<D::Error>(&value)?
        .ok_or_else(|| de::Error::custom("expected a whole number, got nothing"))
}

/// An `Option<f64>` from a number or a numeric string (prices come both ways); null and `""`
/// are `None`.
pub fn lenient_opt_f64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(n.as_f64()),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| de::Error::custom(format!("expected a number, got {s:?}"))),
        other => Err(de::Error::custom(format!("expected a number, got {other}"))),
    }
}

/// An `Option<String>` where `""` and null are `None`: the API sends `""` for an absent handle
/// or name.
pub fn empty_as_none<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(d)?.filter(|s| !s.is_empty()))
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

/// Whether a date text is one of the API's ways of saying "never": `""`, `"0"`, or all zeros
/// like `"0000-00-00 00:00:00"`.
fn is_never(text: &str) -> bool {
    text.is_empty()
        || text
            .chars()
            .all(|c| matches!(c, '0' | '-' | ':' | ' ' | 'T'))
}

/// A date-time from the forms the API sends: `2014-05-08 19:04:11`, with an unpadded hour
/// (`2012-02-05 7:37:28`), with `T` between date and time, a date alone (midnight), or unix
/// seconds as a number or a numeric string (read as UTC).
pub fn parse_datetime(text: &str) -> Option<DateTime> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let seconds: i64 = text.parse().ok()?;
        return from_unix(seconds);
    }
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((date, time)) => (date, Some(time.trim())),
        None => (text, None),
    };
    let mut parts = date.split('-');
    let year: i16 = number(parts.next()?, 4)?;
    let month: i8 = number(parts.next()?, 2)?;
    let day: i8 = number(parts.next()?, 2)?;
    if parts.next().is_some() {
        return None;
    }
    let (hour, minute, second) = match time {
        None | Some("") => (0, 0, 0),
        Some(time) => {
            // A fraction of a second is dropped: the API's dates have none that matter.
            let time = time.split_once('.').map_or(time, |(whole, _)| whole);
            let mut parts = time.split(':');
            let hour: i8 = number(parts.next()?, 2)?;
            let minute: i8 = number(parts.next()?, 2)?;
            let second: i8 = parts.next().map_or(Some(0), |s| number(s, 2))?;
            if parts.next().is_some() {
                return None;
            }
            (hour, minute, second)
        }
    };
    DateTime::new(year, month, day, hour, minute, second, 0).ok()
}

/// A field of at most `max_digits` digits, none of them signs or spaces.
fn number<T: std::str::FromStr>(text: &str, max_digits: usize) -> Option<T> {
    let ok =
        !text.is_empty() && text.len() <= max_digits && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}

fn from_unix(seconds: i64) -> Option<DateTime> {
    let at = jiff::Timestamp::from_second(seconds).ok()?;
    Some(jiff::tz::Offset::UTC.to_datetime(at))
}

fn datetime_value<E: de::Error>(value: Value) -> Result<Option<DateTime>, E> {
    match value {
        Value::Null => Ok(None),
        Value::Number(n) => match n.as_i64() {
            Some(0) => Ok(None),
            Some(seconds) => from_unix(seconds)
                .map(Some)
                .ok_or_else(|| E::custom(format!("{seconds} is not a date"))),
            None => Err(E::custom(format!("{n} is not a date"))),
        },
        Value::String(s) if is_never(s.trim()) => Ok(None),
        Value::String(s) => parse_datetime(&s)
            .map(Some)
            .ok_or_else(|| E::custom(format!("cannot read {s:?} as a date"))),
        other => Err(E::custom(format!("expected a date, got {other}"))),
    }
}

/// An optional date-time in any of the forms [`parse_datetime`] reads; the API's "never"
/// (`"0000-00-00 00:00:00"`, `""`, `0`) and null are `None`.
pub fn datetime<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime>, D::Error> {
    datetime_value(Value::deserialize(d)?)
}

/// An optional date: like [`datetime`], keeping the day (the API sends some dates with a time of
/// midnight, some without a time).
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    Ok(datetime_value(Value::deserialize(d)?)?.map(|dt| dt.date()))
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
        #[serde(default, deserialize_with = "datetime")]
        d: Option<DateTime>,
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
        for text in [
            "\"0000-00-00 00:00:00\"",
            "\"0000-00-00\"",
            "\"\"",
            "\"0\"",
            "0",
            "null",
        ] {
            let d: D = serde_json::from_str(&format!("{{\"d\":{text}}}")).unwrap();
            assert_eq!(d.d, None, "{text}");
        }
        let d: D = serde_json::from_str("{}").unwrap();
        assert_eq!(d.d, None);
    }

    #[test]
    fn dates_in_every_form_the_api_sends() {
        let at = |y, mo, d, h, mi, s| DateTime::new(y, mo, d, h, mi, s, 0).unwrap();
        for (text, want) in [
            ("\"2014-05-08 19:04:11\"", at(2014, 5, 8, 19, 4, 11)),
            ("\"2012-02-05 7:37:28\"", at(2012, 2, 5, 7, 37, 28)),
            ("\"2012-02-05T07:37:28\"", at(2012, 2, 5, 7, 37, 28)),
            ("\"2012-02-05 07:37\"", at(2012, 2, 5, 7, 37, 0)),
            ("\"2026-11-28\"", at(2026, 11, 28, 0, 0, 0)),
            ("\"1328427448\"", at(2012, 2, 5, 7, 37, 28)),
            ("1328427448", at(2012, 2, 5, 7, 37, 28)),
            ("\" 2014-05-08 19:04:11 \"", at(2014, 5, 8, 19, 4, 11)),
        ] {
            let d: D = serde_json::from_str(&format!("{{\"d\":{text}}}")).unwrap();
            assert_eq!(d.d, Some(want), "{text}");
        }
        for bad in [
            "\"yesterday\"",
            "\"2014-13-08 19:04:11\"",
            "\"2014-05-08 25:04:11\"",
            "\"-2014-05-08\"",
            "\"2014-05-08 19:04:11:00\"",
            "true",
        ] {
            let result = serde_json::from_str::<D>(&format!("{{\"d\":{bad}}}"));
            assert!(result.is_err(), "{bad}");
        }
    }
}
