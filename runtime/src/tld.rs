//! Checking the fields that only some TLDs require.

use crate::error::Error;

/// A TLD, normalised: `"ru"`, `".ru"` and `"RU"` are the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tld(String);

impl Tld {
    /// Normalises a TLD as the user wrote it: no dot, lower case, an IDN as its A-label
    /// (`"рф"` is `"xn--p1ai"`).
    pub fn new(raw: &str) -> Self {
        let bare = raw.trim().trim_start_matches('.');
        if bare.is_ascii() {
            return Tld(bare.to_ascii_lowercase());
        }
        Tld(idna::domain_to_ascii(bare).unwrap_or_else(|_| bare.to_lowercase()))
    }

    /// The TLD without a dot, in lower case.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `raw` names this TLD.
    pub fn matches(&self, raw: &str) -> bool {
        Tld::new(raw) == *self
    }

    /// Fails when this TLD is one of `tlds` and the field is unset (`None`) or, for a list of
    /// per-TLD entries, holds no entry for it (`Some(false)`).
    #[doc(hidden)]
    pub fn require(
        &self,
        field: &'static str,
        tlds: &[&str],
        present: Option<bool>,
    ) -> Result<(), Error> {
        if !tlds.iter().any(|t| self.matches(t)) {
            return Ok(());
        }
        match present {
            Some(true) => Ok(()),
            Some(false) => Err(Error::MissingForTld {
                field,
                tld: self.0.clone(),
                list: true,
            }),
            None => Err(Error::MissingForTld {
                field,
                tld: self.0.clone(),
                list: false,
            }),
        }
    }
}

/// An entry of a list that holds one entry per TLD, like a customer's
/// `extension_additional_data`. A flagged field holding a list of these must hold an entry for
/// the TLD being checked.
pub trait TldEntry {
    /// The TLD this entry is for, as the API names it (`"ru"`).
    fn tld(&self) -> &str;
}

/// Wraps a field's value so `check_tld` can tell a list of [`TldEntry`] from any other value.
#[doc(hidden)]
pub struct TldProbe<'a, T>(pub &'a T);

/// Chosen by method resolution when the value is a list of [`TldEntry`].
#[doc(hidden)]
pub trait ListedTld {
    fn covers_tld(&self, tld: &Tld) -> bool;
}

impl<T: TldEntry> ListedTld for TldProbe<'_, Vec<T>> {
    fn covers_tld(&self, tld: &Tld) -> bool {
        self.0.iter().any(|entry| tld.matches(entry.tld()))
    }
}

/// The fallback for any other value: being set is enough.
#[doc(hidden)]
pub trait AnyValue {
    fn covers_tld(&self, tld: &Tld) -> bool {
        let _ = tld;
        true
    }
}

impl<T> AnyValue for &TldProbe<'_, T> {}

#[cfg(test)]
mod tests {
    use super::*;

    struct Entry(&'static str);
    impl TldEntry for Entry {
        fn tld(&self) -> &str {
            self.0
        }
    }

    // Written exactly as generated code calls it, borrow included.
    #[allow(clippy::needless_borrow)]
    #[test]
    fn probe_picks_the_list_check_only_for_tld_entries() {
        let tld = Tld::new(".RU");
        let list = vec![Entry("eu")];
        assert!(!(&TldProbe(&list)).covers_tld(&tld));
        let list = vec![Entry("ru")];
        assert!((&TldProbe(&list)).covers_tld(&tld));
        let plain = String::from("anything");
        assert!((&TldProbe(&plain)).covers_tld(&tld));
        let strings = vec![String::new()];
        assert!((&TldProbe(&strings)).covers_tld(&tld));
    }
}
