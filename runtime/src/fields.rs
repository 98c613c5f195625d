//! Reading a model type's fields from a JSON object: what `#[derive(LenientDeserialize)]` expands
//! to calls.
//!
//! serde's derive writes, for every struct, a field enum with three visitors, a sequence visitor
//! and a map visitor, plus a wrapper type for each `deserialize_with` field. Over a hundred reply
//! types made that most of the facade's build. Here the walk over the object is written once; a
//! type contributes its wire names, a `match` from key to field index, and a `match` that reads
//! a field by its index.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

/// A struct that [`deserialize_fields`] can read; `#[derive(LenientDeserialize)]` implements it.
pub trait ReadFields: Sized {
    /// The type's name, for error messages.
    const NAME: &'static str;
    /// Each field's wire name, in declaration order: a field's index is its place here.
    const FIELDS: &'static [&'static str];
    /// The indexes of the fields that must be present and not null; at most 64.
    const REQUIRED: &'static [u16];
    /// Whether keys no field names are kept (a flattened map) rather than skipped.
    const KEEPS_OTHERS: bool = false;

    /// The index of the field a wire name (or alias) belongs to.
    ///
    /// A `match` on the key, as serde's derive writes: the optimiser turns it into comparisons
    /// of lengths and words, which a table searched at run time did not match (a page of
    /// customers took 12% more instructions with a binary search by length, then name).
    fn field_index(key: &str) -> Option<u16>;

    /// The value before any field is read: every field's default.
    fn start() -> Self;

    /// Reads the value of field `index`; `false` when it was null, which counts as absent.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: u16,
        map: &mut A,
    ) -> Result<bool, A::Error>;

    /// Reads the value of a key no field names, when the type keeps them.
    fn read_other<'de, A: MapAccess<'de>>(
        &mut self,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let _ = key;
        map.next_value::<IgnoredAny>().map(drop)
    }
}

/// Reads a [`ReadFields`] type from an object. Unknown keys are skipped (or kept, see
/// [`ReadFields::KEEPS_OTHERS`]); a null value counts as absent; a key given twice keeps the
/// last value.
pub fn deserialize_fields<'de, T: ReadFields, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_struct(T::NAME, T::FIELDS, FieldsVisitor(PhantomData))
}

/// Stores a value read as `Option<T>` into a field that is not an `Option`: null leaves the
/// field's default, and says the field was absent.
pub fn assign<T>(slot: &mut T, value: Option<T>) -> bool {
    match value {
        Some(value) => {
            *slot = value;
            true
        }
        None => false,
    }
}

struct FieldsVisitor<T>(PhantomData<T>);

impl<'de, T: ReadFields> Visitor<'de> for FieldsVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut out = T::start();
        // One bit for each entry of `T::REQUIRED`, set when that field was read.
        let mut seen: u64 = 0;
        while let Some(key) = map.next_key_seed(KeySeed::<T>(PhantomData))? {
            match key {
                Key::Field(index) => {
                    if out.read_field(index, &mut map)?
                        && let Some(slot) = T::REQUIRED.iter().position(|&r| r == index)
                    {
                        seen |= required_bit(slot);
                    }
                }
                Key::Other(Some(name)) => out.read_other(name, &mut map)?,
                Key::Other(None) => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        for (slot, &index) in T::REQUIRED.iter().enumerate() {
            if seen & required_bit(slot) == 0 {
                let name = T::FIELDS.get(usize::from(index)).copied().unwrap_or("?");
                return Err(de::Error::missing_field(name));
            }
        }
        Ok(out)
    }
}

/// The bit of `seen` for the `slot`th required field. The derive allows at most 64; past that
/// the bit is 0, so such a field always counts as missing, rather than the shift panicking.
fn required_bit(slot: usize) -> u64 {
    u32::try_from(slot)
        .ok()
        .and_then(|slot| 1u64.checked_shl(slot))
        .unwrap_or(0)
}

/// A key of the object: a known field's index, or another key (its name only when kept).
enum Key {
    Field(u16),
    Other(Option<String>),
}

/// Reads a key and looks it up, without allocating unless an unknown key is kept.
struct KeySeed<T>(PhantomData<T>);

impl<'de, T: ReadFields> DeserializeSeed<'de> for KeySeed<T> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de, T: ReadFields> Visitor<'de> for KeySeed<T> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match T::field_index(key) {
            Some(index) => Key::Field(index),
            None => Key::Other(T::KEEPS_OTHERS.then(|| key.to_owned())),
        })
    }
}
