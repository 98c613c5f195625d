//! Snapshot tests of what the macros expand to: each `tests/expand/*.in.rs` is expanded, formatted
//! and compared with the checked-in `*.expanded.rs`. Run with `OPENPROVIDER_BLESS=1` to rewrite
//! the expected files after an intended change, then review the diff.

use std::fs;
use std::path::Path;

#[test]
fn expansions_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let bless = std::env::var_os("OPENPROVIDER_BLESS").is_some();
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .expect("tests/expand exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".in.rs"))
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 3,
        "expected several snapshot inputs, found {}",
        inputs.len()
    );
    let mut mismatches = Vec::new();
    for input in inputs {
        let source = fs::read_to_string(&input).expect("readable input");
        let tokens: proc_macro2::TokenStream = source.parse().expect("input tokenizes");
        // `*.derive.in.rs` holds a struct for `#[derive(LenientDeserialize)]`, the rest entries.
        let expanded = if input.to_string_lossy().ends_with(".derive.in.rs") {
            crate::lenient::derive(tokens)
        } else {
            crate::entries::expand_entries(tokens)
        };
        let file: syn::File = syn::parse2(expanded).expect("expansion is valid Rust");
        let pretty = prettyplease::unparse(&file);
        let expected_path = input.with_file_name(
            input
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".in.rs", ".expanded.rs"),
        );
        if bless {
            fs::write(&expected_path, &pretty).expect("writable snapshot");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != pretty {
            mismatches.push(expected_path.display().to_string());
        }
    }
    assert!(
        mismatches.is_empty(),
        "expansion changed for {mismatches:?}; rerun with OPENPROVIDER_BLESS=1 and review the diff"
    );
}
