//! The whole macro on `proc_macro2` tokens: parse, validate, expand. Apart from the
//! `#[proc_macro]` entry point so unit tests and the fuzz target can run it.

use crate::ctxt::Ctxt;
use crate::{ast, attr, expand, fallback, validate};

/// The whole macro on `proc_macro2` tokens, so unit tests can run it.
pub fn expand_entries(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    // A panic is a bug, but the user must still get an error at their tokens, not a crash.
    let span_input = input.clone();
    match std::panic::catch_unwind(move || run(input)) {
        Ok(tokens) => tokens,
        Err(_) => syn::Error::new(
            first_span(&span_input),
            "internal error in openprovider_endpoint! (a bug): please report this entry",
        )
        .to_compile_error(),
    }
}

fn first_span(tokens: &proc_macro2::TokenStream) -> proc_macro2::Span {
    tokens
        .clone()
        .into_iter()
        .next()
        .map_or_else(proc_macro2::Span::call_site, |t| t.span())
}

pub fn run(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let parsed = ast::parse_input(input);
    let mut out = proc_macro2::TokenStream::new();
    let cx = Ctxt::new();
    let catalogue = attr::invocation_attrs(&parsed.inner_attrs, &cx);
    if let Err(err) = cx.check() {
        out.extend(err.to_compile_error());
    }
    let mut listed = Vec::new();
    let (repeated, name_errors) = validate::repeated_names(&parsed.entries);
    if let Err(err) = name_errors {
        out.extend(err.to_compile_error());
    }
    // A repeated entry is reported above and not expanded, so its items are not defined twice.
    let unique = parsed.entries.iter().zip(repeated).filter(|(_, r)| !r);
    for (entry, _) in unique {
        match validate::entry(entry) {
            Ok(model) => {
                out.extend(expand::endpoint(&model));
                listed.push((model.fn_name.clone(), model.request));
            }
            Err(err) => {
                out.extend(err.to_compile_error());
                out.extend(fallback::request_type(entry));
            }
        }
    }
    if let Some(name) = catalogue {
        out.extend(expand::catalogue(&name, &listed));
    }
    if let Some(err) = parsed.error {
        out.extend(err.to_compile_error());
    }
    out
}
