//! The entry as data: `Endpoint::INFO`, and the `#![catalogue(NAME)]` constant that lists an
//! invocation's entries.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::LitStr;
use syn::ext::IdentExt;

use super::private;
use crate::kinds::field_kind;
use crate::model::{Endpoint, Segment};

/// `Endpoint::INFO`: the entry as data, built by name in a `const` so reading it costs nothing.
/// Only what differs from the runtime's defaults is written.
pub fn entry_info(e: &Endpoint) -> TokenStream {
    let private = private();
    let name = e.fn_name.unraw().to_string();
    let path = e.path.value();
    let method = format_ident!("{}", e.method.variant());
    let repeat = (e.safe_to_repeat != e.method.safe_to_repeat_by_default()).then(|| {
        let safe = e.safe_to_repeat;
        quote!(.safe_to_repeat(#safe))
    });
    let timeout = e
        .timeout_ms
        .map(|ms| quote!(.timeout(::core::time::Duration::from_millis(#ms))));
    let unauthenticated = (!e.authenticated).then(|| quote!(.unauthenticated()));
    let call_limit = e.call_limit.as_ref().map(|limit| {
        let calls = limit.calls;
        let per = limit.per_ms;
        let extensions = limit
            .for_extensions
            .as_ref()
            .map(|(calls, per, extensions)| {
                quote! {
                    .for_extensions(
                        #calls,
                        ::core::time::Duration::from_millis(#per),
                        &[#(#extensions),*],
                    )
                }
            });
        let blocked = limit
            .blocked_ms
            .map(|ms| quote!(.blocked_for(::core::time::Duration::from_millis(#ms))));
        let any = limit.any_arguments.then(|| quote!(.any_arguments()));
        quote! {
            .call_limit(
                #private::CallLimit::new(#calls, ::core::time::Duration::from_millis(#per))
                    #blocked #any #extensions
            )
        }
    });
    let fields = e.fields.iter().map(|f| {
        let name = f.name.unraw().to_string();
        let wire = &f.wire;
        let rust_type = as_written(&f.ty);
        let placed = if f.in_path {
            // A path parameter goes in the query or body too when its entry says so.
            let query = f.in_query.then(|| quote!(.also_in_query()));
            let body = f.in_body.then(|| quote!(.also_in_body()));
            quote!(#private::FieldInfo::path_param(#name, #rust_type) #query #body)
        } else if f.in_query {
            quote!(#private::FieldInfo::query_param(#name, #wire, #rust_type))
        } else {
            quote!(#private::FieldInfo::body_field(#name, #wire, #rust_type))
        };
        let required = (!f.is_optional() && !f.in_path).then(|| quote!(.mark_required()));
        let sensitive = f.sensitive.then(|| quote!(.mark_sensitive()));
        let tlds = &f.tlds;
        let tlds = (!tlds.is_empty()).then(|| quote!(.for_tlds(&[#(#tlds),*])));
        let written = f.write_with.as_ref().map(|path| {
            let path = as_written(path);
            quote!(.written_with(#path))
        });
        let kind = field_kind(f.optional_inner.as_ref().unwrap_or(&f.ty), &private);
        let ruled = f.tld_rules.as_ref().map(|op| {
            let variant = format_ident!("{}", super::request::capitalised(op));
            quote!(.tld_rules(#private::tld_rules::Operation::#variant))
        });
        let docs = doc_call(&f.docs);
        quote!(#placed #required #sensitive #tlds #kind #ruled #written #docs)
    });
    let pieces = e.segments.iter().map(|s| match s {
        Segment::Literal(text) => quote!(#private::PathPiece::Literal(#text)),
        Segment::Param(i) => {
            let name = e.fields[*i].name.unraw().to_string();
            quote!(#private::PathPiece::Param(#name))
        }
    });
    let pages = e.pages.is_some().then(|| quote!(.with_pages()));
    let docs = doc_call(&e.docs);
    quote! {
        const INFO: #private::EntryInfo =
            #private::EntryInfo::new(#name, #private::Method::#method, #path)
                .in_module(#private::last_segment(::core::module_path!()))
                #repeat
                #timeout
                #unauthenticated
                #call_limit
                #docs
                #pages
                .path_pieces(&[#(#pieces),*])
                .fields(&[#(#fields),*]);
    }
}

/// `.docs("...")` with the doc comment's lines, each without the one space after `///`,
/// joined with newlines and trimmed; nothing when there are none.
fn doc_call(lines: &[LitStr]) -> Option<TokenStream> {
    let lines: Vec<String> = lines
        .iter()
        .map(|line| {
            let line = line.value();
            line.strip_prefix(' ').map(str::to_owned).unwrap_or(line)
        })
        .collect();
    let text = lines.join("\n");
    let text = text.trim();
    (!text.is_empty()).then(|| quote!(.docs(#text)))
}

/// A type or path as the user would write it: `Option<Vec<String>>`, `dns::write_records`,
/// without the token stream's spaces.
fn as_written(tokens: &impl quote::ToTokens) -> String {
    let spaced = quote!(#tokens).to_string();
    let chars: Vec<char> = spaced.chars().collect();
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() || *c == '_');
    let mut out = String::with_capacity(spaced.len());
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' && !(word(out.chars().last().as_ref()) && word(chars.get(i + 1))) {
            continue;
        }
        out.push(*c);
    }
    out
}

/// `#![catalogue(NAME)]`: a constant listing the invocation's entries as data, and
/// `visit_name`, which hands an entry's types (by its name) to an `EntryVisitor`: how a tool
/// that picks an entry by data (the command line) reads its reply as the typed call does.
pub fn catalogue(
    name: &syn::Ident,
    entries: &[(proc_macro2::Ident, proc_macro2::Ident)],
) -> TokenStream {
    let private = private();
    let requests = entries.iter().map(|(_, request)| request);
    let visit = format_ident!("visit_{}", name.to_string().to_lowercase());
    let arms = entries.iter().map(|(fn_name, request)| {
        let entry = fn_name.unraw().to_string();
        quote!(#entry => ::core::option::Option::Some(visitor.visit::<#request>()),)
    });
    quote! {
        /// The entries of this module, as data, in the order they are written.
        pub const #name: &[&#private::EntryInfo] = &[
            #(&<#requests as #private::Endpoint>::INFO,)*
        ];

        /// Hands the types of the entry called `entry` (of those in this module's list) to
        /// `visitor`; `None` for a name that is not one of them.
        pub fn #visit<V: #private::EntryVisitor>(
            entry: &str,
            visitor: V,
        ) -> ::core::option::Option<V::Output> {
            match entry {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    }
}
