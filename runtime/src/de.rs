//! Reading the shapes the API really sends, which differ from its docs: numbers as strings,
//! booleans as `"true"` or `1`, sentinel dates, empty objects instead of null.
//!
//! Reply types derive [`LenientDeserialize`], which applies these rules by a field's type; the
//! functions here serve `#[serde(deserialize_with = "...")]` where a field needs one by name.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer};
use serde_json::Value;

use jiff::civil::{Date, DateTime};

/// Derives serde's `Deserialize` for a reply type, reading what the API really sends.
///
/// ```
/// # extern crate openprovider_runtime as openprovider;
/// use openprovider::de::LenientDeserialize;
/// use openprovider::jiff::civil::DateTime;
///
/// #[derive(Debug, Default, LenientDeserialize)]
/// pub struct Order {
///     pub id: i64,
///     pub paid: Option<bool>,
///     pub price: Option<f64>,
///     pub expires_at: Option<DateTime>,
///     #[serde(default)]
///     pub domains: Vec<String>,
/// }
///
/// let order: Order = serde_json::from_str(
///     r#"{"id": "42", "paid": "yes", "price": "9.50", "expires_at": "0000-00-00 00:00:00",
///         "domains": null, "unknown": 1}"#,
/// )
/// .unwrap();
/// assert_eq!((order.id, order.paid, order.price), (42, Some(true), Some(9.5)));
/// assert_eq!(order.expires_at, None);
/// assert!(order.domains.is_empty());
/// ```
///
/// Rules, by a field's type:
/// - the integers (`usize` and `isize` too), `f32`, `f64`, `bool`, `String`, and `DateTime` and
///   `Date` (jiff's civil types), by the last segment of the type's path, alone or in an
///   `Option`, accept a number, a numeric text or a boolean as [`Lenient`] does: `"12"` is 12,
///   `"yes"` and `1` are `true`, `""` is `None` for a number, a date of zeros is `None`, and a
///   number in a `String` is its text;
/// - a null value counts as absent: an `Option` is `None` and any other field keeps its
///   default;
/// - a field that is not an `Option` and has no `#[serde(default)]` is required, as in serde;
/// - keys no field names are skipped, or kept in the one `#[serde(flatten)]` map field; a key
///   given twice keeps its last value.
///
/// - `#[lenient(degrade)]` on an `Option` field: a value its type cannot read leaves `None` and
///   is logged as a `tracing` warning (the entry, the JSON path, the value, `***` for a
///   `SecretString`), instead of failing the whole reply. The catalogue marks so every field it
///   reads as a richer type than Openprovider's document gives, and every field the document
///   lacks: an API that changes a format then costs one field, not the call.
///
/// Where it differs from serde's derive:
/// - it reads self-describing formats that give a struct as a map (JSON, a
///   `serde_json::Value`), never as a sequence: there is no `visit_seq`;
/// - a key given twice keeps its last value, where serde's derive refuses it;
/// - null in a required field reads as missing (`missing field`), since null counts as absent;
/// - a `String` field takes a number or a boolean, as its JSON text.
///
/// It reads these serde field attributes: `rename`, `alias`, `default` (with or without a
/// function), `deserialize_with`, `with`, `flatten` (on a map) and `skip_deserializing`, and
/// leaves `skip_serializing_if` and the like to serde's `Serialize`. Every field's type must
/// implement `Default`. For enums, generic types or container attributes, derive serde's
/// `Deserialize` instead: anything else is a compile error that says so.
///
/// It exists for compile time: serde's derive writes several visitors per type and a wrapper
/// per `deserialize_with` field, which for a hundred reply types was most of this crate's
/// build. This derive writes, per type, its wire names and two `match`es: key to field, and
/// field to read.
pub use openprovider_macros::LenientDeserialize;

/// A scalar type that a lenient field reads from any JSON scalar the API may send for it.
///
/// One visitor serves all of them ([`Lenient`]): each type says only what it makes of a boolean,
/// a number or a text. `Ok(None)` means "no value" (`""`, a date of all zeros).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is read as a lenient scalar, but it is not one",
    label = "a field whose type's last path segment names a scalar (`Date`, `DateTime`, `u32`, ...)",
    note = "`#[derive(LenientDeserialize)]` picks a field's reader by the last segment of its type's path: `bool`, the integers, `f32`, `f64`, `String`, and jiff's `Date` and `DateTime`",
    note = "for another type of that name (a `time::Date`, your own `DateTime`), read it with `#[serde(deserialize_with = \"...\")]`, or import it under another name"
)]
pub trait LenientScalar: Sized {
    /// What the error message says was expected, like `a whole number`.
    const EXPECTING: &'static str;
    /// From `true` or `false`.
    fn from_bool(b: bool) -> Result<Option<Self>, String> {
        Err(format!("expected {}, got {b}", Self::EXPECTING))
    }
    /// From a whole number.
    fn from_i64(n: i64) -> Result<Option<Self>, String>;
    /// From a whole number above `i64::MAX`.
    fn from_u64(n: u64) -> Result<Option<Self>, String> {
        Err(format!("expected {}, got {n}", Self::EXPECTING))
    }
    /// From a number with a fraction.
    fn from_f64(n: f64) -> Result<Option<Self>, String> {
        Err(format!("expected {}, got {n}", Self::EXPECTING))
    }
    /// From a text.
    fn from_text(text: &str) -> Result<Option<Self>, String>;
    /// From a text the deserializer owns, which a `String` can keep without a copy.
    fn from_owned_text(text: String) -> Result<Option<Self>, String> {
        Self::from_text(&text)
    }
}

/// An unsigned JSON number as `T` reads it: through `from_i64` where it fits, which is where
/// every reader but the largest integers' looks.
pub(crate) fn from_unsigned<T: LenientScalar>(n: u64) -> Result<Option<T>, String> {
    match i64::try_from(n) {
        Ok(n) => T::from_i64(n),
        Err(_) => T::from_u64(n),
    }
}

/// Reads a [`LenientScalar`] (or null, which is `None`) from whatever JSON scalar came.
///
/// As a `DeserializeSeed` it is what `#[derive(LenientDeserialize)]` reads a number, a boolean
/// or a date field with; as a `Visitor` it backs the `lenient_*` functions of this module.
pub struct Lenient<T>(PhantomData<T>);

impl<T> Lenient<T> {
    /// The seed (and visitor) for `T`.
    pub const NEW: Self = Lenient(PhantomData);
}

impl<'de, T: LenientScalar> de::Visitor<'de> for Lenient<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
        T::from_bool(b).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        T::from_i64(n).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        from_unsigned::<T>(n).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        T::from_f64(n).map_err(E::custom)
    }
    #[inline]
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        T::from_text(text).map_err(E::custom)
    }
    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        T::from_owned_text(text).map_err(E::custom)
    }
}

impl<'de, T: LenientScalar> de::DeserializeSeed<'de> for Lenient<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// A text field takes a number or a boolean as its JSON text: the API sends some ids the
/// document calls strings as numbers (an SSL order's `vendor_order_id`).
impl LenientScalar for String {
    const EXPECTING: &'static str = "a text";
    fn from_bool(b: bool) -> Result<Option<Self>, String> {
        Ok(Some(b.to_string()))
    }
    fn from_i64(n: i64) -> Result<Option<Self>, String> {
        Ok(Some(n.to_string()))
    }
    fn from_u64(n: u64) -> Result<Option<Self>, String> {
        Ok(Some(n.to_string()))
    }
    fn from_f64(n: f64) -> Result<Option<Self>, String> {
        // As JSON writes it (`7.0`, not Rust's `7`).
        Ok(Some(
            serde_json::Number::from_f64(n).map_or_else(|| n.to_string(), |n| n.to_string()),
        ))
    }
    #[inline]
    fn from_text(text: &str) -> Result<Option<Self>, String> {
        Ok(Some(text.to_owned()))
    }
    #[inline]
    fn from_owned_text(text: String) -> Result<Option<Self>, String> {
        Ok(Some(text))
    }
}

impl LenientScalar for bool {
    const EXPECTING: &'static str = "a boolean";
    fn from_bool(b: bool) -> Result<Option<Self>, String> {
        Ok(Some(b))
    }
    fn from_i64(n: i64) -> Result<Option<Self>, String> {
        match n {
            0 => Ok(Some(false)),
            1 => Ok(Some(true)),
            _ => Err(format!("expected a boolean, got the number {n}")),
        }
    }
    fn from_text(text: &str) -> Result<Option<Self>, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(Some(true)),
            "false" | "0" | "no" | "" => Ok(Some(false)),
            _ => Err(format!("expected a boolean, got the string {text:?}")),
        }
    }
}

impl LenientScalar for i64 {
    const EXPECTING: &'static str = "a whole number";
    fn from_i64(n: i64) -> Result<Option<Self>, String> {
        Ok(Some(n))
    }
    fn from_f64(n: f64) -> Result<Option<Self>, String> {
        // `5.0` is a whole number; the cast saturates, so the round trip catches what is not.
        let whole = n as i64;
        if whole as f64 == n {
            Ok(Some(whole))
        } else {
            Err(format!("expected a whole number, got {n}"))
        }
    }
    fn from_text(text: &str) -> Result<Option<Self>, String> {
        parse_number(text)
    }
}

/// A number written as text, spaces around it allowed; blank is `None`.
fn parse_number<T: LenientScalar + std::str::FromStr>(text: &str) -> Result<Option<T>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse()
        .map(Some)
        .map_err(|_| format!("expected {}, got the string {text:?}", T::EXPECTING))
}

macro_rules! narrow_integers {
    ($($int:ty),*) => {$(
        impl LenientScalar for $int {
            const EXPECTING: &'static str = "a whole number";
            fn from_i64(n: i64) -> Result<Option<Self>, String> {
                <$int>::try_from(n)
                    .map(Some)
                    .map_err(|_| format!("{n} does not fit in {}", stringify!($int)))
            }
            fn from_u64(n: u64) -> Result<Option<Self>, String> {
                <$int>::try_from(n)
                    .map(Some)
                    .map_err(|_| format!("{n} does not fit in {}", stringify!($int)))
            }
            fn from_f64(n: f64) -> Result<Option<Self>, String> {
                i64::from_f64(n)?.map_or(Ok(None), Self::from_i64)
            }
            fn from_text(text: &str) -> Result<Option<Self>, String> {
                i64::from_text(text)?.map_or(Ok(None), Self::from_i64)
            }
        }
    )*};
}
narrow_integers!(i8, i16, i32, u8, u16, u32, u64, usize, isize);

impl LenientScalar for f64 {
    const EXPECTING: &'static str = "a number";
    fn from_i64(n: i64) -> Result<Option<Self>, String> {
        Ok(Some(n as f64))
    }
    fn from_u64(n: u64) -> Result<Option<Self>, String> {
        Ok(Some(n as f64))
    }
    fn from_f64(n: f64) -> Result<Option<Self>, String> {
        Ok(Some(n))
    }
    fn from_text(text: &str) -> Result<Option<Self>, String> {
        parse_number(text)
    }
}

impl LenientScalar for f32 {
    const EXPECTING: &'static str = "a number";
    fn from_i64(n: i64) -> Result<Option<Self>, String> {
        Ok(Some(n as f32))
    }
    fn from_u64(n: u64) -> Result<Option<Self>, String> {
        Ok(Some(n as f32))
    }
    fn from_f64(n: f64) -> Result<Option<Self>, String> {
        Ok(Some(n as f32))
    }
    fn from_text(text: &str) -> Result<Option<Self>, String> {
        parse_number(text)
    }
}

impl LenientScalar for DateTime {
    const EXPECTING: &'static str = "a date";
    fn from_i64(seconds: i64) -> Result<Option<Self>, String> {
        if seconds == 0 {
            return Ok(None);
        }
        from_unix(seconds)
            .map(Some)
            .ok_or_else(|| format!("{seconds} is not a date"))
    }
    fn from_text(text: &str) -> Result<Option<Self>, String> {
        if is_never(text.trim()) {
            return Ok(None);
        }
        parse_datetime(text)
            .map(Some)
            .ok_or_else(|| format!("cannot read {text:?} as a date"))
    }
}

impl LenientScalar for Date {
    const EXPECTING: &'static str = "a date";
    fn from_i64(seconds: i64) -> Result<Option<Self>, String> {
        Ok(DateTime::from_i64(seconds)?.map(|at| at.date()))
    }
    fn from_text(text: &str) -> Result<Option<Self>, String> {
        Ok(DateTime::from_text(text)?.map(|at| at.date()))
    }
}

/// A `bool` from `true`, `"true"`, `1`, `"1"`, `"yes"` (and their opposites); null is `false`.
pub fn lenient_bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(d.deserialize_any(Lenient::<bool>::NEW)?.unwrap_or(false))
}

/// Like [`lenient_bool`], keeping null and absence apart from `false`.
pub fn lenient_opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    d.deserialize_any(Lenient::NEW)
}

/// An `i32` from a number or a numeric string; null is 0.
pub fn lenient_i32<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    Ok(d.deserialize_any(Lenient::<i32>::NEW)?.unwrap_or(0))
}

/// An `Option<i64>` from a number or a numeric string; null and `""` are `None`.
pub fn lenient_opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    d.deserialize_any(Lenient::NEW)
}

/// An `i64` from a number or a numeric string.
pub fn lenient_i64<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    d.deserialize_any(Lenient::<i64>::NEW)?
        .ok_or_else(|| de::Error::custom("expected a whole number, got nothing"))
}

/// An `Option<f64>` from a number or a numeric string (prices come both ways); null and `""`
/// are `None`.
pub fn lenient_opt_f64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    d.deserialize_any(Lenient::NEW)
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

/// An optional date-time in any of the forms [`parse_datetime`] reads; the API's "never"
/// (`"0000-00-00 00:00:00"`, `""`, `0`) and null are `None`.
pub fn datetime<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime>, D::Error> {
    d.deserialize_any(Lenient::NEW)
}

/// An optional date: like [`datetime`], keeping the day (the API sends some dates with a time of
/// midnight, some without a time).
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    d.deserialize_any(Lenient::NEW)
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

    fn read<T: LenientScalar>(text: &str) -> Result<Option<T>, String> {
        let mut d = serde_json::Deserializer::from_str(text);
        de::DeserializeSeed::deserialize(Lenient::<T>::NEW, &mut d).map_err(|e| e.to_string())
    }

    #[test]
    fn numbers_in_every_spelling() {
        for (text, want) in [
            ("12", Some(12)),
            ("\"12\"", Some(12)),
            ("\" -3 \"", Some(-3)),
            ("7.0", Some(7)),
            ("\"\"", None),
            ("null", None),
        ] {
            assert_eq!(read::<i64>(text), Ok(want), "{text}");
        }
        for bad in [
            "1.5",
            "\"1.5\"",
            "\"abc\"",
            "true",
            "18446744073709551615",
            "[1]",
        ] {
            assert!(read::<i64>(bad).is_err(), "{bad}");
        }
        assert_eq!(read::<u64>("18446744073709551615"), Ok(Some(u64::MAX)));
        assert_eq!(read::<i32>("\"2147483647\""), Ok(Some(i32::MAX)));
        assert!(
            read::<i32>("2147483648")
                .unwrap_err()
                .contains("does not fit in i32")
        );
        assert!(read::<u32>("-1").is_err());
        assert_eq!(read::<f64>("\"9.50\""), Ok(Some(9.5)));
        assert_eq!(read::<f64>("3"), Ok(Some(3.0)));
        assert_eq!(read::<f64>("\" \""), Ok(None));
        assert!(read::<f64>("\"nine\"").is_err());
        assert_eq!(
            read::<String>("123456789"),
            Ok(Some("123456789".to_owned()))
        );
        assert_eq!(read::<String>("7.0"), Ok(Some("7.0".to_owned())));
        assert_eq!(read::<String>("\"\""), Ok(Some(String::new())));
        assert!(read::<String>("{}").is_err());
        assert_eq!(read::<bool>("\"YES\""), Ok(Some(true)));
        assert!(read::<bool>("2").is_err());
        assert_eq!(
            read::<Date>("\"2026-11-28 10:00:00\""),
            Ok(Some(Date::new(2026, 11, 28).unwrap()))
        );
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
