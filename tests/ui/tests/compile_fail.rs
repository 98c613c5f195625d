//! Each mistake in an entry is a compile error at the offending token that says what to write.
//! The expected messages are in `cases/*.stderr`; they depend on the compiler version (1.95.0).
//! After an intended change, run with `TRYBUILD=overwrite` and review the diff.
//!
//! Only compile-fail cases run here, so trybuild checks them all in one `cargo check`; one
//! `pass` case would make it build every case on its own. The entries that must compile are in
//! `entries_with_openprovider_alone.rs`, which the workspace builds.

#[test]
fn each_mistake_in_an_entry_is_a_compile_error() {
    // trybuild builds the cases as a crate outside the workspace, depending on `openprovider`
    // alone, which is how a user's crate sees the macro.
    trybuild::TestCases::new().compile_fail("cases/*.rs");
}
