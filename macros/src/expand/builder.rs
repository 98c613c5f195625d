//! The builder: `Request::builder` with the required fields as arguments, a setter pair for each
//! optional field, `build` and `send`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;

use super::{field_docs, private, route};
use crate::model::{Endpoint, Field};

pub fn builder(e: &Endpoint) -> TokenStream {
    let private = private();
    let vis = &e.vis;
    let request = &e.request;
    let builder = &e.builder;
    let response = &e.response;
    let route = route(e);
    let builder_doc = format!(
        " Builder of [`{request}`] ({route}): required fields were given to `builder`, \
         optional ones are set here."
    );

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

    quote! {
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
    }
}
