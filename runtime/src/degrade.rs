//! Fields that give way: a `#[lenient(degrade)]` field whose value its type cannot read is left
//! `None` rather than failing the reply, and the value is reported as a `tracing` warning with
//! the entry and the JSON path.
//!
//! A lenient scalar (a date, a number, a yes/no) is read in place: a value it cannot take is
//! whole by then, so nothing is buffered and a field that reads costs what it always did.
//! The path costs nothing while nothing degrades either. A degraded field is only noted where it
//! is read; once the reply has decoded, its path is found by decoding the same bytes again with
//! that one field made to fail, and reading the failure's position (`json_path`), the way a
//! failed decode finds its path. Only a reply that degraded pays for it.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::de::LenientScalar;

/// A secret's value, and its error (which would quote the value), as reports show them.
const SECRET: &str = "\"***\"";
const SECRET_ERROR: &str = "not a value of its type (a secret: not shown)";

/// What the reply being decoded on this thread has degraded so far.
struct State {
    /// Inside an envelope's decode, which reports the notes; outside one (a user's own
    /// `serde_json::from_str`), a field is reported where it degrades.
    collecting: bool,
    notes: Vec<Note>,
    /// While paths are looked for: the 1-based degradation to fail at, and how many came so far.
    fail_at: usize,
    seen: usize,
}

/// One value that could not be read.
pub(crate) struct Note {
    pub(crate) ty: &'static str,
    pub(crate) field: &'static str,
    /// The value as JSON, or `***` for a secret.
    pub(crate) value: String,
    pub(crate) error: String,
}

thread_local! {
    static STATE: RefCell<State> = const {
        RefCell::new(State { collecting: false, notes: Vec::new(), fail_at: 0, seen: 0 })
    };
}

/// Notes that a field gave way: `Err` while its path is being looked for (this is the
/// degradation to fail at), `Ok` (leave `None`) otherwise. Outside an envelope's decode it is
/// logged here, by type and field, since no path is known.
fn gave_way<E: de::Error>(
    ty: &'static str,
    field: &'static str,
    shown: String,
    error: String,
) -> Result<(), E> {
    enum Then {
        Fail(String),
        Noted,
        Log(String, String),
    }
    let then = STATE.with_borrow_mut(|state| {
        if !state.collecting {
            return Then::Log(shown, error);
        }
        state.seen += 1;
        if state.fail_at != 0 {
            return if state.seen == state.fail_at {
                Then::Fail(error)
            } else {
                Then::Noted
            };
        }
        state.notes.push(Note {
            ty,
            field,
            value: shown,
            error,
        });
        Then::Noted
    });
    match then {
        Then::Fail(error) => Err(E::custom(error)),
        Then::Noted => Ok(()),
        Then::Log(shown, error) => {
            tracing::warn!(
                field = format!("{ty}.{field}"),
                value = %shown,
                error = %error,
                "a reply field could not be read and is left empty"
            );
            Ok(())
        }
    }
}

/// Reads a `#[lenient(degrade)]` field of a type that is not a lenient scalar: its value is
/// buffered, so a failed `read` leaves the map where it was, and gives `None`.
#[doc(hidden)]
pub fn read_degrading<'de, A, T>(
    map: &mut A,
    ty: &'static str,
    field: &'static str,
    secret: bool,
    read: fn(&Value) -> Result<T, serde_json::Error>,
) -> Result<Option<T>, A::Error>
where
    A: MapAccess<'de>,
{
    let value: Value = map.next_value()?;
    if value.is_null() {
        return Ok(None);
    }
    match read(&value) {
        Ok(read) => Ok(Some(read)),
        Err(error) => {
            // serde's message quotes the value, so a secret's is not shown either.
            let (shown, error) = if secret {
                (SECRET.to_owned(), SECRET_ERROR.to_owned())
            } else {
                (value.to_string(), error.to_string())
            };
            gave_way(ty, field, shown, error).map(|()| None)
        }
    }
}

/// Reads a `#[lenient(degrade)]` lenient scalar as [`Lenient`](crate::de::Lenient) does, but
/// a value it cannot take (or an object or array) gives `None` and is noted. Nothing is
/// buffered: a scalar is whole when its visitor is called, and an object or array is skipped.
#[doc(hidden)]
pub struct DegradingScalar<T> {
    ty: &'static str,
    field: &'static str,
    secret: bool,
    scalar: PhantomData<T>,
}

impl<T> DegradingScalar<T> {
    /// The seed for field `field` of type `ty`; `secret` shows its value as `***`.
    pub const fn new(ty: &'static str, field: &'static str, secret: bool) -> Self {
        DegradingScalar {
            ty,
            field,
            secret,
            scalar: PhantomData,
        }
    }

    fn read<E: de::Error>(
        self,
        read: Result<Option<T>, String>,
        shown: impl FnOnce() -> String,
    ) -> Result<Option<T>, E> {
        match read {
            Ok(value) => Ok(value),
            Err(error) => {
                let (shown, error) = if self.secret {
                    (SECRET.to_owned(), SECRET_ERROR.to_owned())
                } else {
                    (shown(), error)
                };
                gave_way(self.ty, self.field, shown, error).map(|()| None)
            }
        }
    }
}

impl<'de, T: LenientScalar> DeserializeSeed<'de> for DegradingScalar<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: LenientScalar> Visitor<'de> for DegradingScalar<T> {
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
        self.read(T::from_bool(b), || b.to_string())
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        self.read(T::from_i64(n), || n.to_string())
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        self.read(crate::de::from_unsigned::<T>(n), || n.to_string())
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        self.read(T::from_f64(n), || n.to_string())
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        self.read(T::from_text(text), || Value::from(text).to_string())
    }
    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        let shown = Value::from(text.as_str()).to_string();
        self.read(T::from_owned_text(text), || shown)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        let error = format!("expected {}, got an object", T::EXPECTING);
        self.read(Err(error), || "{…}".to_owned())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        let error = format!("expected {}, got an array", T::EXPECTING);
        self.read(Err(error), || "[…]".to_owned())
    }
}

/// Collects degradations while `decode` runs, then, if any, runs `decode_failing_at(k)` for
/// each to find its path. Returns the decode's result and the notes with their paths.
pub(crate) fn collect<R>(
    decode: impl FnOnce() -> R,
    path_of: impl Fn() -> Option<String>,
) -> (R, Vec<(Note, String)>) {
    /// Ends the collecting however the decode ends, a panic included, so notes never pile up.
    struct Stop;
    impl Drop for Stop {
        fn drop(&mut self) {
            STATE.with_borrow_mut(|state| {
                state.collecting = false;
                state.notes.clear();
                state.fail_at = 0;
                state.seen = 0;
            });
        }
    }
    STATE.with_borrow_mut(|state| {
        state.collecting = true;
        state.notes.clear();
        state.fail_at = 0;
        state.seen = 0;
    });
    let _stop = Stop;
    let result = decode();
    let notes = STATE.with_borrow_mut(|state| std::mem::take(&mut state.notes));
    let mut found = Vec::with_capacity(notes.len());
    for (k, note) in notes.into_iter().enumerate() {
        STATE.with_borrow_mut(|state| {
            state.fail_at = k + 1;
            state.seen = 0;
        });
        let path = path_of()
            .map(|path| ending_at(&path, note.field))
            .unwrap_or_else(|| format!("{}.{}", note.ty, note.field));
        found.push((note, path));
    }
    (result, found)
}

/// The path cut after its last segment named `field`: a value that was read whole before it
/// failed (an object where a text belongs) leaves the position inside it, one key too deep.
fn ending_at(path: &str, field: &str) -> String {
    let segment = format!(".{field}");
    let mut end = None;
    let mut from = 0;
    while let Some(found) = path[from..].find(&segment) {
        let at = from + found + segment.len();
        if matches!(path[at..].chars().next(), None | Some('.') | Some('[')) {
            end = Some(at);
        }
        from = from + found + 1;
    }
    match end {
        Some(end) => path[..end].to_owned(),
        None => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_path_ends_at_its_field() {
        assert_eq!(super::ending_at("data.a.b.not", "b"), "data.a.b");
        assert_eq!(
            super::ending_at("data.list[0].ua[0]", "ua"),
            "data.list[0].ua"
        );
        assert_eq!(super::ending_at("data.bb", "b"), "data.bb");
    }
}
