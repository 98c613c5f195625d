//! The `openprovider_endpoint!` macro and `#[derive(LenientDeserialize)]`. Use them through the
//! `openprovider` crate, which documents both; this crate holds no runtime logic.
//!
//! The stages of the macro are kept apart: `ast` parses the tokens as written, `attr` reads
//! attributes, `validate` checks the rules (collecting every error in a `ctxt`) and builds the
//! `model`, `expand` writes code from the model, and `fallback` writes the request types alone
//! when an entry has a mistake, so one mistake does not cascade. The derive is `lenient`.

mod ast;
mod attr;
mod ctxt;
mod entries;
mod expand;
mod fallback;
mod kinds;
mod lenient;
mod model;
mod path;
mod validate;

#[cfg(test)]
mod snapshots;

use proc_macro::TokenStream;

/// Declares Openprovider endpoints. See the `openprovider` crate for the entry syntax.
#[proc_macro]
pub fn openprovider_endpoint(input: TokenStream) -> TokenStream {
    entries::expand_entries(input.into()).into()
}

/// Derives serde's `Deserialize` for a struct with named fields, reading what the API really
/// sends. Use it through `openprovider::de::LenientDeserialize`, which documents it.
#[proc_macro_derive(LenientDeserialize, attributes(serde, lenient))]
pub fn lenient_deserialize(input: TokenStream) -> TokenStream {
    lenient::derive(input.into()).into()
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
        let mut accepted = Vec::new();
        for input in inputs {
            let output = crate::entries::expand_entries(input.clone()).to_string();
            assert!(!output.contains("internal error"), "panicked on: {input}");
            if !output.contains("compile_error") {
                accepted.push(input.to_string());
            }
        }
        // Every other cut is a mistake, reported as a compile error: nothing at all and the
        // entry without `pub` are the only valid inputs among them.
        let whole = source
            .parse::<proc_macro2::TokenStream>()
            .unwrap()
            .to_string();
        let valid = [String::new(), whole.replacen("pub ", "", 1)];
        for input in &accepted {
            assert!(
                valid
                    .iter()
                    .any(|v| v.split_whitespace().eq(input.split_whitespace())),
                "no compile error for: {input}"
            );
        }
        assert_eq!(accepted.len(), valid.len(), "{accepted:#?}");
    }
}
