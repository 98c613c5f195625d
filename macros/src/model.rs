//! A validated entry: everything `expand` needs, with the user's tokens kept for spans.

use proc_macro2::Ident;
use syn::{LitStr, Type, Visibility};

pub struct Endpoint {
    pub docs: Vec<LitStr>,
    pub vis: Visibility,
    pub fn_name: Ident,
    pub request: Ident,
    pub builder: Ident,
    pub method: Method,
    pub path: LitStr,
    pub segments: Vec<Segment>,
    pub response: Type,
    pub timeout_ms: Option<u64>,
    /// The entry's own limit on calls (`#[call_limit]`).
    pub call_limit: Option<CallLimit>,
    pub authenticated: bool,
    /// Whether the call may be sent again after it may have reached the server.
    pub safe_to_repeat: bool,
    /// Indices of the `limit` and `offset` fields, when the entry is a list walked by pages.
    pub pages: Option<(usize, usize)>,
    pub fields: Vec<Field>,
}

/// `#[call_limit = "20 per 300s, blocked for 600s, any arguments, 60 per 60s for eu co.uk"]`,
/// read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallLimit {
    pub calls: u32,
    pub per_ms: u64,
    pub blocked_ms: Option<u64>,
    pub any_arguments: bool,
    /// Calls, window and the extensions it is for, normalised.
    pub for_extensions: Option<(u32, u64, Vec<String>)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub const ALL: [(&'static str, Method); 5] = [
        ("GET", Method::Get),
        ("POST", Method::Post),
        ("PUT", Method::Put),
        ("PATCH", Method::Patch),
        ("DELETE", Method::Delete),
    ];

    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, m)| *m == self)
            .map_or("", |(s, _)| s)
    }

    pub fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }

    /// The runtime's `Method::safe_to_repeat_by_default`, which a proc-macro crate cannot call;
    /// `tests::rules_match_the_runtime` keeps the two together.
    pub fn safe_to_repeat_by_default(self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }

    pub fn variant(self) -> &'static str {
        match self {
            Method::Get => "Get",
            Method::Post => "Post",
            Method::Put => "Put",
            Method::Patch => "Patch",
            Method::Delete => "Delete",
        }
    }
}

pub enum Segment {
    Literal(String),
    /// Index into `Endpoint::fields`.
    Param(usize),
}

pub struct Field {
    pub docs: Vec<LitStr>,
    pub name: Ident,
    pub ty: Type,
    /// `T` of `Option<T>`; `None` for a required field.
    pub optional_inner: Option<Type>,
    pub wire: String,
    pub in_path: bool,
    pub in_query: bool,
    pub in_body: bool,
    pub tlds: Vec<String>,
    pub sensitive: bool,
    /// `#[write_with = "f"]`: `f(&request, writer)` writes the field in place of the default.
    pub write_with: Option<syn::Path>,
    /// `#[tld_rules(create)]`: `check_tld` applies the TLD rules' table to this field (a
    /// domain's `additional_data`) for that operation.
    pub tld_rules: Option<String>,
}

impl Field {
    pub fn is_optional(&self) -> bool {
        self.optional_inner.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::Method;
    use openprovider_runtime::Method as RuntimeMethod;

    /// The macro decides docs and checks with these rules, the runtime decides calls: they are
    /// one rule written twice, since the runtime depends on this crate and not the other way.
    #[test]
    fn rules_match_the_runtime() {
        let runtime = [
            RuntimeMethod::Get,
            RuntimeMethod::Post,
            RuntimeMethod::Put,
            RuntimeMethod::Patch,
            RuntimeMethod::Delete,
        ];
        assert_eq!(runtime.len(), Method::ALL.len());
        for ((text, ours), theirs) in Method::ALL.iter().zip(runtime) {
            assert_eq!(*text, theirs.as_str());
            assert_eq!(ours.as_str(), theirs.as_str());
            assert_eq!(ours.has_body(), theirs.has_body(), "{text}");
            assert_eq!(
                ours.safe_to_repeat_by_default(),
                theirs.safe_to_repeat_by_default(),
                "{text}"
            );
        }
        for raw in ["ru", ".RU", " co.UK ", "xn--P1AI", ".Eu"] {
            assert_eq!(
                crate::validate::normalize_tld(raw).as_deref(),
                Some(openprovider_runtime::Tld::new(raw).as_str()),
                "{raw:?}"
            );
        }
    }
}
