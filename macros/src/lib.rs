//! The `openprovider_endpoint!` macro. Use it through the `openprovider` crate, which documents
//! the entry syntax; this crate holds no runtime logic.
//!
//! The stages are kept apart: `ast` parses the tokens as written, `validate` checks the rules
//! and builds the `model`, `expand` writes code from the model, and `fallback` writes the
//! request types alone when an entry has a mistake, so one mistake does not cascade.

mod ast;
mod attr;
mod expand;
mod fallback;
mod model;
mod path;
mod validate;

#[cfg(test)]
mod snapshots;

use proc_macro::TokenStream;

/// Declares Openprovider endpoints. See the `openprovider` crate for the entry syntax.
#[proc_macro]
pub fn openprovider_endpoint(input: TokenStream) -> TokenStream {
    expand_entries(input.into()).into()
}

/// The whole macro on `proc_macro2` tokens, so unit tests can run it.
fn expand_entries(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
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

fn run(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let parsed = ast::parse_input(input);
    let mut out = proc_macro2::TokenStream::new();
    let mut attr_errors = Vec::new();
    let catalogue = attr::invocation_attrs(&parsed.inner_attrs, &mut attr_errors);
    for err in attr_errors {
        out.extend(err.to_compile_error());
    }
    let mut listed = Vec::new();
    let (repeated, name_errors) = validate::repeated_names(&parsed.entries);
    if let Some(err) = name_errors {
        out.extend(err.to_compile_error());
    }
    // A repeated entry is reported above and not expanded, so its items are not defined twice.
    let unique = parsed.entries.iter().zip(repeated).filter(|(_, r)| !r);
    for (entry, _) in unique {
        match validate::entry(entry) {
            Ok(model) => {
                out.extend(expand::endpoint(&model));
                listed.push(model.request);
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

#[cfg(test)]
mod never_panics {
    /// Every prefix of valid input, and each single token removed, is a mistake a user can make
    /// while typing; each must give a compile error, never the panic guard's message.
    #[test]
    fn truncated_and_gapped_entries_give_errors_not_panics() {
        let source = r#"
            /// Docs.
            #[timeout = "10s"]
            pub update_customer: PUT "/customers/{handle}" -> Success {
                #[body]
                handle: String,
                #[rename = "a.b"]
                email: Option<String>,
                #[required_for_tlds("ru", ".SU")]
                extension_additional_data: Option<Vec<Ext>>,
                #[sensitive]
                secret: Option<String>,
                r#type: Option<String>,
            }
        "#;
        let tokens: Vec<proc_macro2::TokenTree> = source
            .parse::<proc_macro2::TokenStream>()
            .unwrap()
            .into_iter()
            .collect();
        let mut inputs: Vec<proc_macro2::TokenStream> = (0..tokens.len())
            .map(|n| tokens[..n].iter().cloned().collect())
            .collect();
        inputs.extend((0..tokens.len()).map(|skip| {
            tokens
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, t)| t.clone())
                .collect()
        }));
        assert!(inputs.len() > 20);
        for input in inputs {
            let output = crate::expand_entries(input.clone()).to_string();
            assert!(!output.contains("internal error"), "panicked on: {input}");
        }
    }
}
