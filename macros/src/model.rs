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
    pub authenticated: bool,
    /// Whether the call may be sent again after it may have reached the server.
    pub safe_to_repeat: bool,
    /// Indices of the `limit` and `offset` fields, when the entry is a list walked by pages.
    pub pages: Option<(usize, usize)>,
    pub fields: Vec<Field>,
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

    /// Mirrors the runtime's `Method::safe_to_repeat_by_default`.
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
    /// `#[query]` or `#[body]` was written; on a path field it means "send it there too".
    pub placed_by_attribute: bool,
    pub tlds: Vec<String>,
    pub sensitive: bool,
    /// `#[write_with = "f"]`: `f(&request, writer)` writes the field in place of the default.
    pub write_with: Option<syn::Path>,
}

impl Field {
    pub fn is_optional(&self) -> bool {
        self.optional_inner.is_some()
    }
}
