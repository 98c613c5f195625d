//! `impl Endpoint` (the entry's description and the writers of its path, query and body) and
//! the call function.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use super::info::entry_info;
use super::{docs_then, private, route};
use crate::model::{Endpoint, Field, Segment};

pub fn endpoint_impl(e: &Endpoint) -> TokenStream {
    let private = private();
    let request = &e.request;
    let response = &e.response;
    let info = entry_info(e);
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

    // `#[inline]`: compiled only where a request built from data asks for it (the command
    // line), not into every build of the crate that holds the entry.
    let typed_writer = e.fields.iter().any(|f| f.write_with.is_some()).then(|| {
        quote! {
            #[inline]
            fn __typed_writer() -> ::core::option::Option<#private::TypedWriter> {
                ::core::option::Option::Some(#private::TypedWriter(Self::__typed_wire))
            }
        }
    });
    quote! {
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
            #typed_writer
        }
    }
}

/// For an entry with fields written by a function (`#[write_with]`): reads a request built
/// from data (the command line's, a `DynamicRequest`) into the typed request and writes it
/// as a typed call does, so both put the same bytes on the wire. Only such entries get it: it
/// needs every field's type to be `Deserialize`, and its code would cost every other entry
/// compile time for nothing.
pub fn typed_wire(e: &Endpoint) -> Option<TokenStream> {
    if e.fields.iter().all(|f| f.write_with.is_none()) {
        return None;
    }
    let private = private();
    let request = &e.request;
    let fields = e.fields.iter().map(|f| {
        let name = &f.name;
        let label = f.name.unraw().to_string();
        let read = if f.is_optional() {
            quote!(optional_from_values)
        } else {
            quote!(required_from_values)
        };
        quote_spanned!(f.ty.span()=> #name: #private::#read(values, #label)?,)
    });
    Some(quote! {
        impl #request {
            #[doc(hidden)]
            #[inline]
            fn __typed_wire(
                values: &#private::JsonMap,
                base_url: &str,
            ) -> ::core::result::Result<#private::TypedWire, #private::Error> {
                let request = #request { #(#fields)* };
                #private::TypedWire::new(base_url, &request)
            }
        }
    })
}

/// `fn update_customer(client, request)`, which sends the request.
pub fn call_function(e: &Endpoint) -> TokenStream {
    let private = private();
    let vis = &e.vis;
    let request = &e.request;
    let response = &e.response;
    let fn_name = &e.fn_name;
    let route = route(e);
    let repeat = if e.safe_to_repeat {
        "Safe to repeat: after a dropped connection, a timeout or a 502/503/504 it is sent again, within the client's retry policy."
    } else {
        "Not safe to repeat: once it may have reached the server it is never sent again, and a failure says the server may have acted."
    };
    let fn_docs = docs_then(
        &e.docs,
        &format!("Sends {route} and returns the reply's `data`. {repeat}"),
    );
    quote! {
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
