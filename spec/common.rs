//! Value types that several API areas share: a domain name as the API takes it, and the reply
//! of a write.

use std::fmt;
use std::str::FromStr;

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

/// A domain name as the API takes it: the first label and the extension, without a dot
/// between. Sent as `{"name": "example", "extension": "co.uk"}`.
///
/// ```
/// use openprovider::common::DomainName;
///
/// let domain: DomainName = "example.co.uk".parse().unwrap();
/// assert_eq!(domain, DomainName::new("example", "co.uk"));
/// assert_eq!(domain.to_string(), "example.co.uk");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, LenientDeserialize)]
pub struct DomainName {
    /// The first label, like `example`.
    pub name: String,
    /// Everything after the first dot, like `com` or `co.uk`.
    pub extension: String,
}

impl DomainName {
    /// A domain from its first label and its extension (without a leading dot).
    pub fn new(name: impl Into<String>, extension: impl Into<String>) -> Self {
        DomainName {
            name: name.into(),
            extension: extension.into(),
        }
    }
}

impl fmt::Display for DomainName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.name, self.extension)
    }
}

/// Why a text is not a domain name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDomainNameError {
    input: String,
    reason: &'static str,
}

impl fmt::Display for ParseDomainNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a domain name: {}", self.input, self.reason)
    }
}

impl std::error::Error for ParseDomainNameError {}

impl FromStr for DomainName {
    type Err = ParseDomainNameError;

    /// The first label, then the rest: `example.co.uk` is `example` + `co.uk`. A trailing dot
    /// (`example.com.`) is dropped.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = |reason| ParseDomainNameError {
            input: text.to_owned(),
            reason,
        };
        let trimmed = text.strip_suffix('.').unwrap_or(text);
        let Some((name, extension)) = trimmed.split_once('.') else {
            return Err(fail("it needs a name and an extension, like example.com"));
        };
        if trimmed.split('.').any(str::is_empty) {
            return Err(fail("it has an empty label"));
        }
        if trimmed
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '/' | '?' | '#' | '@'))
        {
            return Err(fail("it holds a character no domain has"));
        }
        Ok(DomainName::new(name, extension))
    }
}

/// A name server of a domain or of a name-server group. `ip` and `ip6` are needed only for a
/// name server inside the domain itself (glue); on another one the API warns (250).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct Nameserver {
    /// Like `ns1.openprovider.nl`.
    pub name: String,
    /// IPv4 address, for glue.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::empty_as_none"
    )]
    pub ip: Option<String>,
    /// IPv6 address, for glue.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::empty_as_none"
    )]
    pub ip6: Option<String>,
    /// The name server's id in a group, as the API sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Order among the domain's (or group's) name servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq_nr: Option<i64>,
}

impl Nameserver {
    /// A name server by name, without glue.
    pub fn new(name: impl Into<String>) -> Self {
        Nameserver {
            name: name.into(),
            ..Nameserver::default()
        }
    }
}

/// The reply of most writes: `{"success": true}`.
///
/// The API also answers a write with `{}`, which is success; a reply of `"success": false`
/// never arrives here, since the client turns it into [`Error::Unsuccessful`](crate::Error::Unsuccessful).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Success {
    /// The API sends `true` or `"true"`; absent means success.
    #[serde(default = "yes")]
    pub success: bool,
}

fn yes() -> bool {
    true
}

/// The reply of a write that makes something: its new `id`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Created {
    /// The id of what was made.
    pub id: Option<i64>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A link the API made, like a login link to a partner's panel. `Debug` leaves the address out,
/// since it may log in whoever opens it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Link {
    /// The address. It may log in whoever opens it: treat it as a secret.
    #[serde(default)]
    pub url: String,
}

impl fmt::Debug for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Link").field("url", &"***").finish()
    }
}

/// A credential in a reply (an auth code): an empty string reads as `None`, as the API sends
/// "none" that way, and it serialises as the plain value, so a reply written back out is what
/// came. Held as a [`crate::SecretString`], so it is readable with `expose()` and never shows in
/// `Debug`.
pub(crate) mod optional_secret {
    use serde::{Deserializer, Serializer};

    use crate::SecretString;

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<SecretString>, D::Error> {
        crate::de::empty_as_none(d).map(|code| code.map(SecretString::from))
    }

    pub(crate) fn serialize<S: Serializer>(
        secret: &Option<SecretString>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match secret {
            Some(secret) => s.serialize_some(secret.expose()),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_names_parse_at_the_first_dot() {
        let d: DomainName = "example.co.uk".parse().unwrap();
        assert_eq!(d.name, "example");
        assert_eq!(d.extension, "co.uk");
        assert_eq!(
            "example.com.".parse::<DomainName>().unwrap(),
            DomainName::new("example", "com")
        );
        for bad in [
            "",
            "example",
            ".com",
            "example.",
            "a..b",
            "ex ample.com",
            "a/b.com",
        ] {
            assert!(bad.parse::<DomainName>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn success_reads_every_shape_of_yes() {
        for body in [r#"{}"#, r#"{"success":true}"#, r#"{"success":"true"}"#] {
            let s: Success = serde_json::from_str(body).unwrap();
            assert!(s.success, "{body}");
        }
    }
}
