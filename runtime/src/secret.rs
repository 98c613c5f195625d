//! Values that must not reach a log.

use std::fmt;

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// A secret string (a password, a token): `Debug` shows `***`, and it has no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        SecretString(secret.into())
    }

    /// The secret itself; call this only where it is sent.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"***\"")
    }
}

impl From<String> for SecretString {
    fn from(s: String) -> Self {
        SecretString(s)
    }
}

impl From<&str> for SecretString {
    fn from(s: &str) -> Self {
        SecretString(s.to_owned())
    }
}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(SecretString)
    }
}

/// Serialised as the secret itself: a reply's credential can go back into a request (an auth
/// code into a transfer).
impl Serialize for SecretString {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Words that make a JSON key or a field's name a credential wherever they stand in it: the
/// login's token, passwords, a domain's auth code (it moves the domain to another registrar),
/// registry tokens and keys. One list for what hooks see and what a dry run shows.
const CREDENTIAL_WORDS: &[&str] = &[
    "token",
    "password",
    "secret",
    "private_key",
    "auth_code",
    "authcode",
    "auth_info",
    "activation_code",
    "verification_code",
];

/// Whether a JSON key or a field's name names a credential.
pub(crate) fn names_credential(name: &str) -> bool {
    CREDENTIAL_WORDS.iter().any(|word| name.contains(word))
}

/// `body` with the value of every key that [`names_credential`], at any depth, replaced by
/// `"***"`. A body that holds none of the words, or is not JSON, is returned as it is.
pub(crate) fn redact_credentials(body: &[u8]) -> Cow<'_, [u8]> {
    let holds_one = CREDENTIAL_WORDS
        .iter()
        .any(|word| memchr::memmem::find(body, word.as_bytes()).is_some());
    if !holds_one {
        return Cow::Borrowed(body);
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return Cow::Borrowed(body);
    };
    redact_value(&mut value);
    Cow::Owned(serde_json::to_vec(&value).unwrap_or_default())
}

fn redact_value(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                if names_credential(key) && !inner.is_object() && !inner.is_array() {
                    *inner = Value::String("***".to_owned());
                } else {
                    redact_value(inner);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_value),
        _ => {}
    }
}

/// Stands in for a `#[sensitive]` field in generated `Debug` output.
#[doc(hidden)]
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"***\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_redacted_at_any_depth_and_other_bodies_pass_untouched() {
        let body = br#"{"code":0,"data":{"token":"t0k3n","reseller_id":7,"results":[{"auth_code":"EPP-1","name":"x"}]}}"#;
        let redacted = redact_credentials(body);
        let text = std::str::from_utf8(&redacted).unwrap();
        assert!(!text.contains("t0k3n") && !text.contains("EPP-1"), "{text}");
        assert!(
            text.contains("\"reseller_id\":7") && text.contains("\"name\":\"x\""),
            "{text}"
        );
        // A key holding one of the words anywhere is a credential too.
        let nested = redact_credentials(br#"{"data":{"smtp_password":"pw1","ftld_token":"t1"}}"#);
        let text = std::str::from_utf8(&nested).unwrap();
        assert!(!text.contains("pw1") && !text.contains("t1"), "{text}");
        let plain = br#"{"code":0,"data":{"handle":"XX1-XX"}}"#;
        assert!(matches!(redact_credentials(plain), Cow::Borrowed(_)));
        assert!(matches!(
            redact_credentials(b"<html>token</html>"),
            Cow::Borrowed(_)
        ));
    }
}
