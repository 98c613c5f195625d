//! Writing the code of one validated entry. Generated code stays thin: the request type, its
//! builder, and descriptions of where each field goes; the work is done by the runtime, reached
//! through `::openprovider::__private` so it builds whatever the user imported.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::LitStr;
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use crate::model::{Endpoint, Field, Segment};

pub fn endpoint(e: &Endpoint) -> TokenStream {
    let private = quote!(::openprovider::__private);
    let vis = &e.vis;
    let request = &e.request;
    let builder = &e.builder;
    let fn_name = &e.fn_name;
    let response = &e.response;
    let route = format!("`{} {}`", e.method.as_str(), e.path.value());

    let request_docs = docs_then(
        &e.docs,
        &format!(
            "Request of {route}. Build it with [`{request}::builder`], send it with \
             [`{fn_name}`] or `client.send(&request)`."
        ),
    );
    let repeat = if e.safe_to_repeat {
        "Safe to repeat: after a dropped connection, a timeout or a 502/503/504 it is sent again, within the client's retry policy."
    } else {
        "Not safe to repeat: once it may have reached the server it is never sent again, and a failure says the server may have acted."
    };
    let fn_docs = docs_then(
        &e.docs,
        &format!("Sends {route} and returns the reply's `data`. {repeat}"),
    );
    let builder_doc = format!(
        " Builder of [`{request}`] ({route}): required fields were given to `builder`, \
         optional ones are set here."
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
    let builder_label = builder.to_string();

    let required: Vec<&Field> = e.fields.iter().filter(|f| !f.is_optional()).collect();
    let required_args = required.iter().map(|f| {
        let name = &f.name;
        let ty = &f.ty;
        quote!(#name: impl ::core::convert::Into<#ty>)
    });
    let field_inits = e.fields.iter().map(|f| {
        let name = &f.name;
        if f.is_optional() {
            quote!(#name: ::core::option::Option::None)
        } else {
            quote!(#name: ::core::convert::Into::into(#name))
        }
    });
    let builder_fn_doc = {
        let names: Vec<String> = required
            .iter()
            .map(|f| format!("`{}`", f.name.unraw()))
            .collect();
        if names.is_empty() {
            " Starts a builder; every field is optional.".to_owned()
        } else {
            format!(
                " Starts a builder with the required fields: {}.",
                names.join(", ")
            )
        }
    };

    let setters = e.fields.iter().filter_map(|f| {
        let inner = f.optional_inner.as_ref()?;
        let name = &f.name;
        let maybe = format_ident!("maybe_{}", f.name, span = f.name.span());
        let docs = field_docs(f);
        let set_doc = format!(" Sets `{}`.", f.name.unraw());
        let maybe_doc = format!(
            " Sets `{0}`, or clears it with `None`; see [`{0}`](Self::{0}).",
            f.name.unraw()
        );
        let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
        Some(quote! {
            #[doc = #set_doc]
            #separator
            #(#[doc = #docs])*
            #[must_use]
            pub fn #name(mut self, value: impl ::core::convert::Into<#inner>) -> Self {
                self.request.#name = ::core::option::Option::Some(::core::convert::Into::into(value));
                self
            }
            #[doc = #maybe_doc]
            #[must_use]
            #[inline]
            pub fn #maybe(mut self, value: ::core::option::Option<#inner>) -> Self {
                self.request.#name = value;
                self
            }
        })
    });

    let path_writes = e.segments.iter().map(|s| match s {
        Segment::Literal(text) => quote!(path.literal(#text);),
        Segment::Param(i) => {
            let field = &e.fields[*i];
            let name = &field.name;
            let label = field.name.unraw().to_string();
            // Spanned on the type, so a type without `Display` is reported where it is written.
            quote_spanned!(field.ty.span()=> path.param(#label, &self.#name)?;)
        }
    });
    let query_writes = e
        .fields
        .iter()
        .filter(|f| f.in_query)
        .map(|f| field_write(f, &format_ident!("query")));
    // In wire-name order, the order the body is sent in, so the runtime writes it in place.
    let mut body_fields: Vec<&Field> = e.fields.iter().filter(|f| f.in_body).collect();
    body_fields.sort_by(|a, b| a.wire.cmp(&b.wire));
    let body_writes = body_fields
        .iter()
        .map(|f| field_write(f, &format_ident!("body")));

    let tld_checks: Vec<TokenStream> = e
        .fields
        .iter()
        .filter(|f| !f.tlds.is_empty())
        .map(|f| {
            let name = &f.name;
            let label = f.name.unraw().to_string();
            let tlds = &f.tlds;
            quote! {
                tld.require(
                    #label,
                    &[#(#tlds),*],
                    self.#name.as_ref().map(|value| (&#private::TldProbe(value)).covers_tld(&tld)),
                )?;
            }
        })
        .collect();
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
        if flagged.is_empty() {
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

    let info = entry_info(e);
    let pages = pages(e);
    let query_fn = e.fields.iter().any(|f| f.in_query).then(|| {
        quote! {
            #[inline]
            fn write_query(&self, query: &mut #private::QueryWriter) -> ::core::result::Result<(), #private::Error> {
                #(#query_writes)*
                ::core::result::Result::Ok(())
            }
        }
    });
    let body_fn = e.fields.iter().any(|f| f.in_body).then(|| {
        quote! {
            #[inline]
            fn write_body(&self, body: &mut #private::BodyWriter) -> ::core::result::Result<(), #private::Error> {
                #(#body_writes)*
                ::core::result::Result::Ok(())
            }
        }
    });

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
            #[doc = #builder_fn_doc]
            #[inline]
            pub fn builder(#(#required_args),*) -> #builder {
                #builder {
                    request: #request {
                        #(#field_inits,)*
                    },
                }
            }

            #[doc = #check_tld_doc]
            #[inline]
            pub fn check_tld(&self, tld: &str) -> ::core::result::Result<(), #private::Error> {
                #check_tld_body
                ::core::result::Result::Ok(())
            }
        }

        #[doc = #builder_doc]
        #[derive(::core::clone::Clone)]
        #[must_use = "a builder does nothing until `.build()` or `.send(&client)`"]
        #vis struct #builder {
            request: #request,
        }

        impl ::core::fmt::Debug for #builder {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_tuple(#builder_label).field(&self.request).finish()
            }
        }

        impl #builder {
            #(#setters)*

            /// The finished request.
            #[inline]
            pub fn build(self) -> #request {
                self.request
            }

            /// Builds the request and sends it.
            #[inline]
            pub fn send(
                self,
                client: &#private::Client,
            ) -> impl ::core::future::Future<Output = ::core::result::Result<#response, #private::Error>> + ::core::marker::Send + use<'_> {
                client.send(&self.request)
            }
        }

        impl #private::Endpoint for #request {
            type Response = #response;
            #info

            #[inline]
            fn write_path(&self, path: &mut #private::PathWriter) -> ::core::result::Result<(), #private::Error> {
                #(#path_writes)*
                ::core::result::Result::Ok(())
            }

            #query_fn
            #body_fn
        }

        #pages

        #(#[doc = #fn_docs])*
        #[inline]
        #vis fn #fn_name<'a>(
            client: &'a #private::Client,
            request: &#request,
        ) -> impl ::core::future::Future<Output = ::core::result::Result<#response, #private::Error>> + ::core::marker::Send + use<'a> {
            client.send(request)
        }
    }
}

/// The statement that writes one field to the query or body writer. An optional field that is
/// `None` is passed over here, so it costs nothing at run time.
fn field_write(f: &Field, writer: &proc_macro2::Ident) -> TokenStream {
    let name = &f.name;
    let wire = &f.wire;
    match (&f.write_with, &f.optional_inner) {
        (Some(path), _) => quote_spanned!(path.span()=> #path(self, #writer)?;),
        // Spanned on the type, so a type without `Serialize` is reported where it is written.
        (None, Some(_)) => quote_spanned! {f.ty.span()=>
            if let ::core::option::Option::Some(value) = &self.#name {
                #writer.push(#wire, value)?;
            }
        },
        (None, None) => quote_spanned!(f.ty.span()=> #writer.push(#wire, &self.#name)?;),
    }
}

/// `Endpoint::INFO`: the entry as data, built by name in a `const` so reading it costs nothing.
/// Only what differs from the runtime's defaults is written.
fn entry_info(e: &Endpoint) -> TokenStream {
    let private = quote!(::openprovider::__private);
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
        let rust_type = type_text(&f.ty);
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
        quote!(#placed #required #sensitive #tlds)
    });
    quote! {
        const INFO: #private::EntryInfo =
            #private::EntryInfo::new(#name, #private::Method::#method, #path)
                .in_module(#private::last_segment(::core::module_path!()))
                #repeat
                #timeout
                #unauthenticated
                #call_limit
                .fields(&[#(#fields),*]);
    }
}

/// A type as the user would write it: `Option<Vec<String>>`, without the token stream's spaces.
fn type_text(ty: &syn::Type) -> String {
    let spaced = quote!(#ty).to_string();
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

/// `items` and `all` for a list entry, and the runtime's view of its `limit` and `offset`.
fn pages(e: &Endpoint) -> Option<TokenStream> {
    let (limit, offset) = e.pages?;
    let private = quote!(::openprovider::__private);
    let request = &e.request;
    let response = &e.response;
    let limit = &e.fields[limit].name;
    let offset = &e.fields[offset].name;
    // Spanned on the reply type, so a reply that is not a page is reported where it is named.
    let item = quote_spanned!(response.span()=> <#response as #private::Page>::Item);
    Some(quote_spanned! {response.span()=>
        impl #private::PagedRequest for #request {
            #[inline]
            fn window(&self) -> (::core::option::Option<i64>, ::core::option::Option<i64>) {
                (
                    self.#limit.map(::core::convert::Into::into),
                    self.#offset.map(::core::convert::Into::into),
                )
            }

            #[inline]
            fn set_offset(&mut self, offset: i64) -> ::core::result::Result<(), #private::Error> {
                self.#offset = ::core::option::Option::Some(#private::offset_as(offset)?);
                ::core::result::Result::Ok(())
            }
        }

        impl #request {
            /// Every item over all pages, as a `Stream` that asks for one page at a time.
            ///
            /// `limit` is the page size and `offset` where to start. The stream stops at an
            /// empty or short page or at the reply's `total`; an error ends it after the items
            /// of the pages before.
            #[inline]
            pub fn items(&self, client: &#private::Client) -> #private::Items<Self> {
                #private::Items::new(client, self)
            }

            /// Every item over all pages, or the first error; see [`items`](Self::items).
            #[inline]
            pub async fn all(
                &self,
                client: &#private::Client,
            ) -> ::core::result::Result<::std::vec::Vec<#item>, #private::Error> {
                #private::Items::new(client, self).all().await
            }
        }
    })
}

/// `#![catalogue(NAME)]`: a constant listing the invocation's entries as data.
pub fn catalogue(name: &syn::Ident, requests: &[proc_macro2::Ident]) -> TokenStream {
    let private = quote!(::openprovider::__private);
    quote! {
        /// The entries of this module, as data, in the order they are written.
        pub const #name: &[&#private::EntryInfo] = &[
            #(&<#requests as #private::Endpoint>::INFO,)*
        ];
    }
}

/// The user's doc lines, a blank line, then ours.
fn docs_then(user: &[LitStr], ours: &str) -> Vec<String> {
    let mut docs: Vec<String> = user.iter().map(LitStr::value).collect();
    if !docs.is_empty() {
        docs.push(String::new());
    }
    docs.push(format!(" {ours}"));
    docs
}

fn field_docs(f: &Field) -> Vec<String> {
    let mut docs: Vec<String> = f.docs.iter().map(LitStr::value).collect();
    let mut notes = Vec::new();
    let wire = &f.wire;
    if f.in_path {
        notes.push(format!("Sent in the path as `{{{wire}}}`."));
    }
    if f.in_query {
        notes.push(format!("Sent in the query string as `{wire}`."));
    }
    if f.in_body {
        notes.push(format!("Sent in the JSON body as `{wire}`."));
    }
    if !f.tlds.is_empty() {
        notes.push(format!(
            "Required for the TLDs {} (see `check_tld`).",
            f.tlds.join(", ")
        ));
    }
    if f.sensitive {
        notes.push("Sensitive: shown as `***` in `Debug`.".to_owned());
    }
    if !notes.is_empty() {
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.push(format!(" {}", notes.join(" ")));
    }
    docs
}
