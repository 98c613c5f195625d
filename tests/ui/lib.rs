//! The compile-fail cases are in `tests/compile_fail.rs`; the entries that must compile, in a
//! crate whose only dependency is `openprovider`, are the module below.

#[cfg(test)]
mod entries_with_openprovider_alone;
