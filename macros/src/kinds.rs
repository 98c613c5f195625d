//! What a field's type is, by the last segment of its path: the one table the entry macro
//! (each field's `ValueKind` in `EntryInfo`) and the reply derive (which fields its lenient
//! visitor reads) both read.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{GenericArgument, PathArguments, Type};

/// A scalar type: how a request built from data reads it (the runtime's `ValueKind`), and
/// whether the reply derive reads it with the lenient visitor.
struct Scalar {
    name: &'static str,
    kind: Kind,
    lenient: bool,
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Integer,
    Number,
    Bool,
    Date,
    DateTime,
    DomainName,
}

const fn scalar(name: &'static str, kind: Kind, lenient: bool) -> Scalar {
    Scalar {
        name,
        kind,
        lenient,
    }
}

const SCALARS: &[Scalar] = &[
    scalar("String", Kind::Text, true),
    scalar("SecretString", Kind::Text, false),
    scalar("bool", Kind::Bool, true),
    scalar("i8", Kind::Integer, true),
    scalar("i16", Kind::Integer, true),
    scalar("i32", Kind::Integer, true),
    scalar("i64", Kind::Integer, true),
    scalar("u8", Kind::Integer, true),
    scalar("u16", Kind::Integer, true),
    scalar("u32", Kind::Integer, true),
    scalar("u64", Kind::Integer, true),
    scalar("usize", Kind::Integer, true),
    scalar("isize", Kind::Integer, true),
    scalar("f64", Kind::Number, true),
    scalar("f32", Kind::Number, true),
    scalar("Date", Kind::Date, true),
    scalar("DateTime", Kind::DateTime, true),
    scalar("DomainName", Kind::DomainName, false),
];

/// The last segment of a plain path type, with its generic arguments.
fn last(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    }
}

fn find(ty: &Type) -> Option<&'static Scalar> {
    let last = last(ty)?;
    if !last.arguments.is_empty() {
        return None;
    }
    SCALARS.iter().find(|s| last.ident == s.name)
}

/// Whether `ty` holds a secret (`SecretString`): what a report of it shows as `***`.
pub fn is_secret(ty: &Type) -> bool {
    find(ty).is_some_and(|s| s.name == "SecretString")
}

/// Whether the reply derive reads `ty` with the runtime's lenient visitor.
pub fn is_lenient_scalar(ty: &Type) -> bool {
    find(ty).is_some_and(|s| s.lenient)
}

/// `T` of `wrapper<T>`, by the last segment of the path.
fn wrapped<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let last = last(ty)?;
    if last.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) => Some(inner),
        _ => None,
    }
}

/// `.kind(...)` and, for a list of scalars, `.mark_repeated()`, for a field of type `ty`
/// (an `Option` around it already taken off).
pub fn field_kind(ty: &Type, private: &TokenStream) -> TokenStream {
    let value = |ty: &Type| -> Option<TokenStream> {
        let scalar = find(ty)?;
        let name = scalar.name;
        Some(match scalar.kind {
            Kind::Text => quote!(#private::ValueKind::Text),
            Kind::Integer => quote!(#private::ValueKind::Integer(#name)),
            Kind::Number => quote!(#private::ValueKind::Number),
            Kind::Bool => quote!(#private::ValueKind::Bool),
            Kind::Date => quote!(#private::ValueKind::Date),
            Kind::DateTime => quote!(#private::ValueKind::DateTime),
            Kind::DomainName => quote!(#private::ValueKind::DomainName),
        })
    };
    let json = |shape: TokenStream| quote!(#private::ValueKind::Json(#private::JsonShape::#shape));
    if let Some(item) = wrapped(ty, "Vec") {
        return match value(item) {
            Some(kind) => quote!(.kind(#kind).mark_repeated()),
            None => {
                let kind = json(quote!(Array));
                quote!(.kind(#kind))
            }
        };
    }
    let kind = value(ty).unwrap_or_else(|| {
        let is_map = last(ty).is_some_and(|l| l.ident == "BTreeMap" || l.ident == "HashMap");
        json(if is_map { quote!(Object) } else { quote!(Any) })
    });
    quote!(.kind(#kind))
}
