//! The entries as written, with every token kept for spans. Parsing is lenient where it can be:
//! a missing `-> Type` is recorded and parsing goes on, so the fields still reach the fallback.

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitStr, Token, Type, Visibility, braced};

pub struct Input {
    /// `#![...]` at the start of the invocation.
    pub inner_attrs: Vec<Attribute>,
    pub entries: Vec<Entry>,
    /// A mistake that stopped parsing; the entries before it are still expanded.
    pub error: Option<syn::Error>,
}

pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub name: Ident,
    pub method: Ident,
    pub path: LitStr,
    /// `None` when the user left out `-> Type`; the error is in `response_error`.
    pub response: Option<Type>,
    pub response_error: Option<syn::Error>,
    pub fields: Vec<Field>,
}

pub struct Field {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub name: Ident,
    pub ty: Type,
}

pub fn parse_input(tokens: TokenStream) -> Input {
    let mut entries = Vec::new();
    let mut inner_attrs = Vec::new();
    let parser = |input: ParseStream| {
        inner_attrs = input.call(Attribute::parse_inner)?;
        while !input.is_empty() {
            entries.push(parse_entry(input)?);
        }
        Ok(())
    };
    let error = parser.parse2(tokens).err();
    Input {
        inner_attrs,
        entries,
        error,
    }
}

fn parse_entry(input: ParseStream) -> syn::Result<Entry> {
    let attrs = input.call(Attribute::parse_outer)?;
    let vis: Visibility = input.parse()?;
    let name: Ident = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected the call function's name: write an entry like \
             `pub get_customer: GET \"/customers/{handle}\" -> Customer { handle: String }`",
        )
    })?;
    input.parse::<Token![:]>().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected `:` after the entry's name, then the method",
        )
    })?;
    let method: Ident = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected the HTTP method: write one of GET, POST, PUT, PATCH, DELETE",
        )
    })?;
    let path: LitStr = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected the path as a string literal, like \"/customers/{handle}\"",
        )
    })?;
    let (response, response_error) = if input.peek(Token![->]) {
        input.parse::<Token![->]>()?;
        (Some(input.parse::<Type>()?), None)
    } else {
        let err = syn::Error::new(
            input.span(),
            "missing response type: write `-> Type` after the path, where `Type` is what the \
             reply's `data` decodes into, like `-> Customer`",
        );
        (None, Some(err))
    };
    let content;
    braced!(content in input);
    let fields = Punctuated::<Field, Token![,]>::parse_terminated_with(&content, parse_field)?;
    Ok(Entry {
        attrs,
        vis,
        name,
        method,
        path,
        response,
        response_error,
        fields: fields.into_iter().collect(),
    })
}

fn parse_field(input: ParseStream) -> syn::Result<Field> {
    let attrs = input.call(Attribute::parse_outer)?;
    let vis: Visibility = input.parse()?;
    let name: Ident = input
        .call(syn::ext::IdentExt::parse_any)
        .map_err(|e| syn::Error::new(e.span(), "expected a field, like `email: Option<String>`"))?;
    input.parse::<Token![:]>().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected `:` and the field's type, like `email: Option<String>`",
        )
    })?;
    let ty: Type = input.parse()?;
    Ok(Field {
        attrs,
        vis,
        name,
        ty,
    })
}
