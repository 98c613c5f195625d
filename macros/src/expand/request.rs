//! The request type: its fields, a `Debug` that hides sensitive values, and `check_tld`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use super::{docs_then, field_docs, private, route};
use crate::model::Endpoint;

pub fn request(e: &Endpoint) -> TokenStream {
    let private = private();
    let vis = &e.vis;
    let request = &e.request;
    let fn_name = &e.fn_name;
    let route = route(e);
    let request_docs = docs_then(
        &e.docs,
        &format!(
            "Request of {route}. Build it with [`{request}::builder`], send it with \
             [`{fn_name}`] or `client.send(&request)`."
        ),
    );
    let field_defs = e.fields.iter().map(|f| {
        let name = &f.name;
        let ty = &f.ty;
        let docs = field_docs(f);
        quote!(#(#[doc = #docs])* pub #name: #ty)
    });

    let debug_fields = e.fields.iter().map(|f| {
        let name = &f.name;
        let label = f.name.unraw().to_string();
        if f.sensitive {
            quote!(.field(#label, &#private::Redacted))
        } else {
            quote_spanned!(f.ty.span()=> .field(#label, &self.#name))
        }
    });
    let request_label = request.to_string();
    // An update sends only what changes: a flagged field it leaves out is never missing, and
    // one it sends is checked.
    let update = matches!(
        e.method,
        crate::model::Method::Put | crate::model::Method::Patch
    );
    let mut tld_checks: Vec<TokenStream> = e
        .fields
        .iter()
        .filter(|f| !f.tlds.is_empty())
        .map(|f| {
            let name = &f.name;
            let label = f.name.unraw().to_string();
            let tlds = &f.tlds;
            let present = quote!(self.#name.as_ref().map(|value| (&#private::TldProbe(value)).covers_tld(&tld)));
            if update {
                quote! {
                    if let ::core::option::Option::Some(present) = #present {
                        tld.require(#label, &[#(#tlds),*], ::core::option::Option::Some(present))?;
                    }
                }
            } else {
                quote!(tld.require(#label, &[#(#tlds),*], #present)?;)
            }
        })
        .collect();
    tld_checks.extend(e.fields.iter().filter_map(|f| {
        let op = f.tld_rules.as_ref()?;
        let name = &f.name;
        let variant = format_ident!("{}", capitalised(op));
        let value = if f.is_optional() {
            quote!(self.#name.as_ref())
        } else {
            quote!(::core::option::Option::Some(&self.#name))
        };
        Some(quote! {
            #private::tld_rules::check_domain_field(
                &tld,
                #private::tld_rules::Operation::#variant,
                #value,
            )?;
        })
    }));
    let check_tld_body = if tld_checks.is_empty() {
        quote!(let _ = tld;)
    } else {
        quote! {
            use #private::{AnyValue as _, ListedTld as _};
            let tld = #private::Tld::new(tld);
            #(#tld_checks)*
        }
    };
    let check_tld_doc = {
        let flagged: Vec<String> = e
            .fields
            .iter()
            .filter(|f| !f.tlds.is_empty())
            .map(|f| format!("`{}` for {}", f.name.unraw(), f.tlds.join(", ")))
            .collect();
        let ruled: Vec<String> = e
            .fields
            .iter()
            .filter(|f| f.tld_rules.is_some())
            .map(|f| format!("`{}`", f.name.unraw()))
            .collect();
        if !ruled.is_empty() {
            format!(
                " Checks {} against the TLD rules' table (`openprovider::tld_rules`): the fields \
                 and values the TLD's registry requires whoever the registrant is; the first \
                 error is returned, with `err.tld_problem()`. Rules that depend on the \
                 registrant are checked by `tld_rules::check_registration`.",
                ruled.join(", ")
            )
        } else if flagged.is_empty() {
            " Checks the fields some TLDs require; this request has none, so it always passes."
                .to_owned()
        } else {
            format!(
                " Checks that the fields the given TLD requires are set: {}. `\"ru\"`, `\".ru\"` and \
                 `\"RU\"` are the same TLD; a list of per-TLD entries must hold one for that TLD.",
                flagged.join("; ")
            )
        }
    };

    quote! {
        #(#[doc = #request_docs])*
        #[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
        #vis struct #request {
            #(#field_defs,)*
        }

        impl ::core::fmt::Debug for #request {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#request_label)
                    #(#debug_fields)*
                    .finish()
            }
        }

        impl #request {
            #[doc = #check_tld_doc]
            #[inline]
            pub fn check_tld(&self, tld: &str) -> ::core::result::Result<(), #private::Error> {
                #check_tld_body
                ::core::result::Result::Ok(())
            }
        }
    }
}

/// `create` as `Create`.
pub(super) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
