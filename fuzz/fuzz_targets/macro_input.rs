//! Arbitrary text as the macros' input: parse, validate and expand give code or errors, never a
//! panic. The macro's modules are compiled in from `macros/src`, and `run` is called without
//! the guard that turns a panic into an error, so a panic is a finding.

#![no_main]
// The entry points that wrap `run` in a panic guard are compiled in but not fuzzed.
#![allow(dead_code)]

use libfuzzer_sys::fuzz_target;

#[path = "../../macros/src/ast.rs"]
mod ast;
#[path = "../../macros/src/attr.rs"]
mod attr;
#[path = "../../macros/src/ctxt.rs"]
mod ctxt;
#[path = "../../macros/src/entries.rs"]
mod entries;
#[path = "../../macros/src/expand/mod.rs"]
mod expand;
#[path = "../../macros/src/fallback.rs"]
mod fallback;
#[path = "../../macros/src/lenient.rs"]
mod lenient;
#[path = "../../macros/src/model.rs"]
mod model;
#[path = "../../macros/src/path.rs"]
mod path;
#[path = "../../macros/src/validate.rs"]
mod validate;

fuzz_target!(|input: &[u8]| {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    let Ok(tokens) = text.parse::<proc_macro2::TokenStream>() else {
        return;
    };
    // What comes out is Rust: items, or `compile_error!`s. The same text as a type for
    // `#[derive(LenientDeserialize)]` too.
    let output = entries::run(tokens.clone());
    assert!(syn::parse2::<syn::File>(output).is_ok());
    let output = lenient::run(tokens);
    assert!(syn::parse2::<syn::File>(output).is_ok());
});
