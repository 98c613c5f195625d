//! `#[derive(LenientDeserialize)]`: serde's `Deserialize` for reply types, read the lenient way
//! the API needs and compiled at a fraction of serde's derive.
//!
//! The walk over the object lives in the runtime (`fields.rs`); a type gets its wire names, a
//! `match` from key to field index and a `match` from field index to read. Whether a field is lenient follows from its
//! type, so reply types carry no `deserialize_with` per field.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt as _;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, LitStr, Type};

use crate::ctxt::Ctxt;
use crate::validate::option_inner;

pub fn derive(input: TokenStream) -> TokenStream {
    match std::panic::catch_unwind(move || run(input)) {
        Ok(tokens) => tokens,
        Err(panic) => {
            // The panic's own words, so a report says what went wrong, not only that it did.
            let said = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            syn::Error::new(
                Span::call_site(),
                format!(
                    "internal error in derive(LenientDeserialize) (a bug): please report this \
                     type; the derive said: {said}"
                ),
            )
            .to_compile_error()
        }
    }
}

/// The serde field attributes the derive reads; the others are refused with a suggestion.
const SERDE_KEYS: &[&str] = &[
    "rename",
    "alias",
    "default",
    "deserialize_with",
    "with",
    "flatten",
    "skip",
    "skip_deserializing",
    "skip_serializing",
    "skip_serializing_if",
    "serialize_with",
];

/// The derive without its panic guard; the fuzz target calls it so that a panic is a finding.
pub(crate) fn run(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    match read(&input) {
        Ok(model) => expand(&input.ident, &model),
        Err(error) => error.to_compile_error(),
    }
}

/// How one field's value is read.
enum Read {
    /// With serde's `Deserialize` of its type; `optional` for `Option<T>`.
    Plain { optional: bool },
    /// With the runtime's lenient visitor for `scalar`.
    Lenient { optional: bool, scalar: Type },
    /// With a function, like serde's `deserialize_with`.
    With(syn::ExprPath),
    /// Every key no other field names (serde's `flatten`, for a map).
    Others,
    /// Never: `skip_deserializing`.
    Skip,
    /// `#[lenient(degrade)]` on an `Option<inner>`: a value that cannot be read leaves `None`
    /// and is reported, rather than failing the reply.
    Degrade {
        inner: Type,
        scalar: bool,
        secret: bool,
    },
}

struct Field {
    ident: Ident,
    ty: Type,
    /// The wire name first, then the aliases.
    names: Vec<String>,
    read: Read,
    default: Option<syn::ExprPath>,
    required: bool,
}

fn read(input: &DeriveInput) -> syn::Result<Vec<Field>> {
    let cx = Ctxt::new();
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        cx.push(syn::Error::new_spanned(
            attr,
            "derive(LenientDeserialize) reads no serde attributes on the type itself; put them \
             on fields, or derive serde's Deserialize for this type",
        ));
    }
    if !input.generics.params.is_empty() {
        cx.push(syn::Error::new_spanned(
            &input.generics,
            "derive(LenientDeserialize) reads types without generic parameters; derive serde's \
             Deserialize for this type",
        ));
    }
    let named = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => Some(named),
            _ => None,
        },
        _ => None,
    };
    let Some(named) = named else {
        cx.push(syn::Error::new_spanned(
            &input.ident,
            "derive(LenientDeserialize) reads structs with named fields; derive serde's \
             Deserialize for enums and tuple structs",
        ));
        cx.check()?;
        return Ok(Vec::new());
    };
    let mut fields = Vec::new();
    for field in &named.named {
        if let Some(field) = read_field(&cx, field) {
            fields.push(field);
        }
    }
    let mut others = fields.iter().filter(|f| matches!(f.read, Read::Others));
    if let Some(second) = others.nth(1) {
        cx.push(syn::Error::new_spanned(
            &second.ident,
            "only one field can be `#[serde(flatten)]`: it keeps every key no field names",
        ));
    }
    let mut seen = std::collections::BTreeMap::new();
    for field in &fields {
        if matches!(field.read, Read::Others | Read::Skip) {
            continue;
        }
        for name in &field.names {
            if let Some(earlier) = seen.insert(name.clone(), field.ident.to_string()) {
                cx.push(syn::Error::new_spanned(
                    &field.ident,
                    format!(
                        "`{earlier}` already reads the wire name `{name}`; give one of them \
                         another `#[serde(rename = \"...\")]`"
                    ),
                ));
            }
        }
    }
    if fields.len() > usize::from(u16::MAX) {
        cx.push(syn::Error::new_spanned(
            &input.ident,
            "derive(LenientDeserialize) reads at most 65535 fields",
        ));
    }
    if let Some(too_many) = fields.iter().filter(|f| f.required).nth(64) {
        cx.push(syn::Error::new_spanned(
            &too_many.ident,
            "derive(LenientDeserialize) reads at most 64 required fields; give this one \
             `#[serde(default)]` or make it an `Option`",
        ));
    }
    cx.check()?;
    Ok(fields)
}

fn read_field(cx: &Ctxt, field: &syn::Field) -> Option<Field> {
    let ident = field.ident.clone()?;
    let mut rename = None;
    let mut aliases = Vec::new();
    let mut default = None;
    let mut has_default = false;
    let mut with = None;
    let mut flatten = false;
    let mut skip = false;
    let mut degrade = None;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("lenient")) {
        let parsed = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("degrade") {
                degrade = Some(meta.path.clone());
                Ok(())
            } else {
                let key = meta
                    .path
                    .get_ident()
                    .map(Ident::to_string)
                    .unwrap_or_default();
                let hint = match crate::attr::closest(&key, &["degrade"]) {
                    Some(best) => format!("did you mean `{best}`? "),
                    None => String::new(),
                };
                Err(meta.error(format!(
                    "unknown `lenient` key `{key}`: {hint}the one key is `degrade` (an \
                     `Option` field whose unreadable value leaves `None` and is logged)"
                )))
            }
        });
        if let Err(error) = parsed {
            cx.push(error);
        }
    }
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let parsed = attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(Ident::to_string)
                .unwrap_or_default();
            match key.as_str() {
                "rename" => rename = Some(meta.value()?.parse::<LitStr>()?.value()),
                "alias" => aliases.push(meta.value()?.parse::<LitStr>()?.value()),
                "default" => {
                    has_default = true;
                    if meta.input.peek(syn::Token![=]) {
                        default = Some(meta.value()?.parse::<LitStr>()?.parse()?);
                    }
                }
                "deserialize_with" => with = Some(meta.value()?.parse::<LitStr>()?.parse()?),
                "with" => {
                    let mut module: syn::ExprPath = meta.value()?.parse::<LitStr>()?.parse()?;
                    module
                        .path
                        .segments
                        .push(Ident::new("deserialize", Span::call_site()).into());
                    with = Some(module);
                }
                "flatten" => flatten = true,
                "skip" | "skip_deserializing" => skip = true,
                // Serializing only: serde's own derive reads these.
                "skip_serializing" => {}
                "skip_serializing_if" | "serialize_with" => {
                    meta.value()?.parse::<LitStr>()?;
                }
                _ => {
                    let hint = match crate::attr::closest(&key, SERDE_KEYS) {
                        Some(best) => format!("did you mean `{best}`? "),
                        None => String::new(),
                    };
                    return Err(meta.error(format!(
                        "unknown serde key `{key}`: {hint}derive(LenientDeserialize) reads \
                         `rename`, `alias`, `default`, `deserialize_with`, `with`, `flatten` and \
                         `skip_deserializing`; derive serde's Deserialize for a type that needs \
                         more"
                    )));
                }
            }
            Ok(())
        });
        if let Err(error) = parsed {
            cx.push(error);
        }
    }
    let ty = field.ty.clone();
    let inner = option_inner(&ty);
    let inner = inner.as_ref();
    let read = if let Some(attribute) = degrade {
        match (inner, &with, flatten || skip) {
            (Some(inner), None, false) => Read::Degrade {
                inner: inner.clone(),
                scalar: is_scalar(inner),
                secret: crate::kinds::is_secret(inner),
            },
            _ => {
                cx.push(syn::Error::new_spanned(
                    attribute,
                    "`#[lenient(degrade)]` goes on an `Option` field read by its type (not with \
                     `deserialize_with`, `flatten` or `skip`): an unreadable value leaves `None`",
                ));
                Read::Skip
            }
        }
    } else if skip {
        Read::Skip
    } else if flatten {
        Read::Others
    } else if let Some(with) = with {
        Read::With(with)
    } else {
        match inner {
            Some(inner) if is_scalar(inner) => Read::Lenient {
                optional: true,
                scalar: inner.clone(),
            },
            Some(_) => Read::Plain { optional: true },
            None if is_scalar(&ty) => Read::Lenient {
                optional: false,
                scalar: ty.clone(),
            },
            None => Read::Plain { optional: false },
        }
    };
    // As in serde: an `Option` read by its own `Deserialize` may be absent without a default.
    let required = !has_default
        && match read {
            Read::Plain { optional } | Read::Lenient { optional, .. } => !optional,
            Read::With(_) => true,
            Read::Others | Read::Skip | Read::Degrade { .. } => false,
        };
    let wire = rename.unwrap_or_else(|| ident.unraw().to_string());
    let mut names = vec![wire];
    names.extend(aliases);
    Some(Field {
        ident,
        ty,
        names,
        read,
        default,
        required,
    })
}

fn is_scalar(ty: &Type) -> bool {
    crate::kinds::is_lenient_scalar(ty)
}

fn expand(name: &Ident, fields: &[Field]) -> TokenStream {
    let private = quote!(::openprovider::__private);
    let serde = quote!(#private::serde);
    let type_name = name.to_string();
    let wires = fields.iter().map(|f| &f.names[0]);
    let keys = fields
        .iter()
        .zip(0u16..)
        .filter(|(f, _)| !matches!(f.read, Read::Others | Read::Skip))
        .flat_map(|(f, index)| f.names.iter().map(move |n| (n, index)))
        .map(|(name, index)| quote!(#name => ::core::option::Option::Some(#index),));
    let required = fields
        .iter()
        .zip(0u16..)
        .filter(|(f, _)| f.required)
        .map(|(_, index)| index);
    let starts = fields.iter().map(|f| {
        let ident = &f.ident;
        match &f.default {
            Some(path) => quote_spanned!(path.span()=> #ident: #path()),
            None => quote_spanned!(f.ty.span()=> #ident: ::core::default::Default::default()),
        }
    });
    let map = format_ident!("__map");
    let arms = fields.iter().zip(0u16..).filter_map(|(f, index)| {
        let ident = &f.ident;
        let ty = &f.ty;
        let read = match &f.read {
            Read::Others | Read::Skip => return None,
            Read::Plain { optional: true } => quote_spanned! {ty.span()=>
                { self.#ident = #map.next_value::<#ty>()?; true }
            },
            Read::Plain { optional: false } => quote_spanned! {ty.span()=>
                #private::assign(&mut self.#ident, #map.next_value::<::core::option::Option<#ty>>()?)
            },
            Read::Lenient {
                optional: true,
                scalar,
            } => quote_spanned! {ty.span()=>
                { self.#ident = #map.next_value_seed(#private::Lenient::<#scalar>::NEW)?; true }
            },
            Read::Lenient {
                optional: false,
                scalar,
            } => quote_spanned! {ty.span()=>
                #private::assign(&mut self.#ident, #map.next_value_seed(#private::Lenient::<#scalar>::NEW)?)
            },
            Read::Degrade {
                inner,
                scalar,
                secret,
            } => {
                let wire = &f.names[0];
                if *scalar {
                    quote_spanned! {ty.span()=>
                        {
                            self.#ident = #map.next_value_seed(
                                #private::DegradingScalar::<#inner>::new(#type_name, #wire, #secret),
                            )?;
                            true
                        }
                    }
                } else {
                    quote_spanned! {ty.span()=>
                        {
                            self.#ident = #private::read_degrading(
                                #map,
                                #type_name,
                                #wire,
                                #secret,
                                |v: &#private::JsonValue| <#inner as #serde::Deserialize>::deserialize(v),
                            )?;
                            true
                        }
                    }
                }
            }
            Read::With(path) => quote_spanned! {path.span()=>
                {
                    struct __With(#ty);
                    impl<'de> #serde::Deserialize<'de> for __With {
                        fn deserialize<__D: #serde::Deserializer<'de>>(
                            deserializer: __D,
                        ) -> ::core::result::Result<Self, __D::Error> {
                            #path(deserializer).map(__With)
                        }
                    }
                    self.#ident = #map.next_value::<__With>()?.0;
                    true
                }
            },
        };
        Some(quote!(#index => #read,))
    });
    let others = fields
        .iter()
        .find(|f| matches!(f.read, Read::Others))
        .map(|f| {
            let ident = &f.ident;
            quote_spanned! {f.ty.span()=>
                const KEEPS_OTHERS: bool = true;

                fn read_other<'de, __A: #serde::de::MapAccess<'de>>(
                    &mut self,
                    key: ::std::string::String,
                    #map: &mut __A,
                ) -> ::core::result::Result<(), __A::Error> {
                    self.#ident.insert(key, #map.next_value()?);
                    ::core::result::Result::Ok(())
                }
            }
        });
    quote! {
        #[automatically_derived]
        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<__D: #serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #private::deserialize_fields(deserializer)
            }
        }

        #[automatically_derived]
        impl #private::ReadFields for #name {
            const NAME: &'static str = #type_name;
            const FIELDS: &'static [&'static str] = &[#(#wires),*];
            const REQUIRED: &'static [u16] = &[#(#required),*];

            #[inline]
            fn field_index(key: &str) -> ::core::option::Option<u16> {
                match key {
                    #(#keys)*
                    _ => ::core::option::Option::None,
                }
            }

            fn start() -> Self {
                #name { #(#starts),* }
            }

            fn read_field<'de, __A: #serde::de::MapAccess<'de>>(
                &mut self,
                index: u16,
                #map: &mut __A,
            ) -> ::core::result::Result<bool, __A::Error> {
                ::core::result::Result::Ok(match index {
                    #(#arms)*
                    _ => {
                        #map.next_value::<#serde::de::IgnoredAny>()?;
                        false
                    }
                })
            }

            #others
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every prefix of a valid type, and each single token removed, is a mistake a user can make
    /// while typing: each must give a compile error or an expansion, never the panic guard's.
    #[test]
    fn cut_and_gapped_types_never_panic() {
        let source = include_str!("../tests/expand/reply_type.derive.in.rs");
        let tokens: Vec<proc_macro2::TokenTree> = source
            .parse::<proc_macro2::TokenStream>()
            .unwrap()
            .into_iter()
            .collect();
        let cuts = (0..tokens.len()).map(|n| tokens[..n].iter().cloned().collect());
        let gaps = (0..tokens.len()).map(|skip| {
            let mut gapped = tokens.clone();
            gapped.remove(skip);
            gapped.into_iter().collect()
        });
        // And each token of the fields removed, inside the braces.
        let (body_at, body) = tokens
            .iter()
            .enumerate()
            .find_map(|(at, t)| match t {
                proc_macro2::TokenTree::Group(g) => (g.delimiter()
                    == proc_macro2::Delimiter::Brace)
                    .then(|| (at, g.stream().into_iter().collect::<Vec<_>>())),
                _ => None,
            })
            .unwrap();
        let inner_gaps = (0..body.len()).map(|skip| {
            let mut fields = body.clone();
            fields.remove(skip);
            let group = proc_macro2::Group::new(
                proc_macro2::Delimiter::Brace,
                fields.into_iter().collect(),
            );
            let mut gapped = tokens.clone();
            gapped[body_at] = group.into();
            gapped.into_iter().collect()
        });
        let mut errors = 0;
        for input in cuts.chain(gaps).chain(inner_gaps) {
            let input: proc_macro2::TokenStream = input;
            let output = super::derive(input.clone()).to_string();
            assert!(!output.contains("internal error"), "panicked on: {input}");
            errors += usize::from(output.contains("compile_error"));
        }
        assert!(errors > tokens.len(), "{errors} errors");
    }
}
