//! What an entry with a mistake still generates: its request type with the fields as written, so
//! code that names the type does not add errors of its own to the real one.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;

use crate::ast::Entry;
use crate::validate::upper_camel;

pub fn request_type(entry: &Entry) -> TokenStream {
    let vis = &entry.vis;
    let camel = upper_camel(&entry.name.unraw().to_string());
    let request = format_ident!("{}Request", camel, span = entry.name.span());
    // Fields with keyword names, and repeats of a name, already carry an error: leave them out.
    let mut seen = std::collections::HashSet::new();
    let fields = entry
        .fields
        .iter()
        .filter(|f| syn::parse_str::<syn::Ident>(&f.name.to_string()).is_ok())
        .filter(|f| seen.insert(f.name.to_string()))
        .map(|f| {
            let name = &f.name;
            let ty = &f.ty;
            quote!(pub #name: #ty)
        });
    quote! {
        #[allow(dead_code)]
        #vis struct #request {
            #(#fields,)*
        }
    }
}
