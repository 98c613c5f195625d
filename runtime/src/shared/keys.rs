//! Keys that every process computes alike, whatever its build: a hash with a fixed output
//! (XXH3, 128 bits) over a fixed layout, under a key-format version. The version is this
//! module's, not the crate's: a rolling upgrade from one release to the next keeps one count,
//! and only a change of layout here changes it.

use std::fmt;

use xxhash_rust::xxh3::Xxh3;

/// The key format; part of every key, so a new layout starts new counts instead of misreading
/// old ones.
pub(crate) const FORMAT: &str = "v1";

/// One counted call: its entry, and for identical-call limits its URL and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct CallId(pub(crate) u128);

/// One account at one API: the base URL and the username.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct AccountKey(pub(crate) u128);

/// The hashed bytes: each part length-prefixed (a little-endian `u64`), so `("ab", "c")` and
/// `("a", "bc")` differ; an optional part is a `1` byte and the part, or a `0` byte. Streamed,
/// so a call's key costs no allocation.
struct Layout(Xxh3);

impl Layout {
    fn new(kind: &[u8]) -> Self {
        let mut layout = Layout(Xxh3::new());
        layout.part(FORMAT.as_bytes());
        layout.part(kind);
        layout
    }

    fn part(&mut self, value: &[u8]) {
        self.0.update(&(value.len() as u64).to_le_bytes());
        self.0.update(value);
    }

    fn maybe(&mut self, value: Option<&[u8]>) {
        match value {
            Some(value) => {
                self.0.update(&[1]);
                self.part(value);
            }
            None => self.0.update(&[0]),
        }
    }
}

impl CallId {
    /// The entry (module and name) and, when identical calls are what count, the URL with its
    /// query and the body.
    pub(crate) fn new(module: &str, name: &str, sent: Option<(&str, Option<&[u8]>)>) -> Self {
        let mut layout = Layout::new(b"call");
        layout.part(module.as_bytes());
        layout.part(name.as_bytes());
        match sent {
            Some((url, body)) => {
                layout.maybe(Some(url.as_bytes()));
                layout.maybe(body);
            }
            None => layout.maybe(None),
        }
        CallId(layout.0.digest128())
    }
}

impl AccountKey {
    pub(crate) fn new(base_url: &str, username: &str) -> Self {
        let mut layout = Layout::new(b"account");
        layout.part(base_url.as_bytes());
        layout.part(username.as_bytes());
        AccountKey(layout.0.digest128())
    }
}

/// `v1:` and 32 hex digits: the form stores keep.
impl fmt::Display for CallId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{FORMAT}:c:{:032x}", self.0)
    }
}

impl fmt::Display for AccountKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{FORMAT}:a:{:032x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // These values are what every build, platform and release must compute: if this test
    // fails, processes of two builds no longer share their counts. Change `FORMAT` instead.
    // They were checked against another implementation of XXH3 (Python's `xxhash` package,
    // over the same bytes), not only copied from this one's output.
    #[test]
    fn a_known_call_and_account_have_their_pinned_keys() {
        let get = CallId::new(
            "domains",
            "get_domain",
            Some(("https://api.openprovider.eu/v1beta/domains/7", None)),
        );
        assert_eq!(get.to_string(), "v1:c:10f42130dbfed016ddef7283944a8286");
        let login = CallId::new("auth", "login", None);
        assert_eq!(login.to_string(), "v1:c:effe407a4389cdae3707a2a284692b29");
        let account = AccountKey::new("https://api.openprovider.eu/v1beta", "ada");
        assert_eq!(account.to_string(), "v1:a:d64342b143ffd36a768fb84523d4e07c");
    }

    #[test]
    fn parts_cannot_run_into_each_other() {
        let url = "http://x/a";
        assert_ne!(
            CallId::new("ab", "c", Some((url, None))),
            CallId::new("a", "bc", Some((url, None)))
        );
        assert_ne!(
            CallId::new("m", "n", Some((url, None))),
            CallId::new("m", "n", Some((url, Some(b""))))
        );
        assert_ne!(
            CallId::new("m", "n", None),
            CallId::new("m", "n", Some(("", None)))
        );
    }
}
