//! Writing the code of one validated entry, one generator per generated item. Generated code
//! stays thin: the request type, its builder, and descriptions of where each field goes; the
//! work is done by the runtime, reached through `::openprovider::__private` so it builds
//! whatever the user imported.

mod builder;
mod endpoint_impl;
mod info;
mod pages;
mod request;

use proc_macro2::TokenStream;
use quote::quote;
use syn::LitStr;

use crate::model::{Endpoint, Field};

pub use info::catalogue;

pub fn endpoint(e: &Endpoint) -> TokenStream {
    let request = request::request(e);
    let builder = builder::builder(e);
    let endpoint_impl = endpoint_impl::endpoint_impl(e);
    let typed_wire = endpoint_impl::typed_wire(e);
    let pages = pages::pages(e);
    let call_function = endpoint_impl::call_function(e);
    quote! {
        #request
        #builder
        #endpoint_impl
        #typed_wire
        #pages
        #call_function
    }
}

/// Where generated code finds the runtime.
fn private() -> TokenStream {
    quote!(::openprovider::__private)
}

/// `` `PUT /customers/{handle}` ``, for docs.
fn route(e: &Endpoint) -> String {
    format!("`{} {}`", e.method.as_str(), e.path.value())
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
