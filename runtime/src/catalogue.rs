//! Entries described as data: what `openprovider_endpoint!` knows about each entry, kept in the
//! program so tools, docs and conformance tests can read the catalogue without parsing code.

use crate::endpoint::Method;

/// One entry of the catalogue: its call function, method, path and fields.
///
/// Every request type has it as [`Endpoint::INFO`](crate::Endpoint::INFO).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct EntryInfo {
    /// The last segment of the module the entry is written in, like `"customers"`.
    pub module: &'static str,
    /// The call function's name, like `"update_customer"`.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the API's version root, like `"/customers/{handle}"`.
    pub path: &'static str,
    /// Whether the call may be sent again after it may have reached the server: `GET`, `PUT`
    /// and `DELETE` by default, a `POST` that changes nothing when its entry says so.
    pub safe_to_repeat: bool,
    /// The entry's fields, in declaration order.
    pub fields: &'static [FieldInfo],
}

impl EntryInfo {
    /// For generated code, which cannot write a `#[non_exhaustive]` struct's literal.
    #[doc(hidden)]
    pub const fn __new(
        module: &'static str,
        name: &'static str,
        method: Method,
        path: &'static str,
        safe_to_repeat: bool,
        fields: &'static [FieldInfo],
    ) -> Self {
        EntryInfo {
            module,
            name,
            method,
            path,
            safe_to_repeat,
            fields,
        }
    }

    /// The field with this Rust name (without `r#`), if there is one.
    pub fn field(&self, name: &str) -> Option<&'static FieldInfo> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// One field of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldInfo {
    /// The field's Rust name, without `r#`.
    pub name: &'static str,
    /// The name on the wire; dotted names nest in a body (`domain.name`).
    pub wire: &'static str,
    /// Sent as a `{param}` of the path.
    pub in_path: bool,
    /// Sent in the query string.
    pub in_query: bool,
    /// Sent in the JSON body.
    pub in_body: bool,
    /// Not an `Option`: the builder takes it as an argument.
    pub required: bool,
    /// Shown as `***` in `Debug` and never logged.
    pub sensitive: bool,
    /// The TLDs for which the field is required although optional, normalised (`"ru"`).
    pub tlds: &'static [&'static str],
    /// The field's Rust type as written in the entry, like `"Option<Vec<String>>"`.
    pub rust_type: &'static str,
}

impl FieldInfo {
    /// For generated code, which cannot write a `#[non_exhaustive]` struct's literal.
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments, clippy::fn_params_excessive_bools)]
    pub const fn __new(
        name: &'static str,
        wire: &'static str,
        in_path: bool,
        in_query: bool,
        in_body: bool,
        required: bool,
        sensitive: bool,
        tlds: &'static [&'static str],
        rust_type: &'static str,
    ) -> Self {
        FieldInfo {
            name,
            wire,
            in_path,
            in_query,
            in_body,
            required,
            sensitive,
            tlds,
            rust_type,
        }
    }
}

/// The last `::` segment of a module path: `openprovider::customers` gives `customers`.
/// `const` so generated code can fill [`EntryInfo::module`] from `module_path!()`.
#[doc(hidden)]
pub const fn last_segment(path: &'static str) -> &'static str {
    let bytes = path.as_bytes();
    let mut start = bytes.len();
    while start > 0 && bytes[start - 1] != b':' {
        start -= 1;
    }
    let (_, tail) = bytes.split_at(start);
    match core::str::from_utf8(tail) {
        Ok(s) => s,
        Err(_) => path,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn last_segments() {
        assert_eq!(super::last_segment("openprovider::customers"), "customers");
        assert_eq!(super::last_segment("my_crate"), "my_crate");
        assert_eq!(super::last_segment("a::b::c"), "c");
    }
}
