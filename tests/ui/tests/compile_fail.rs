//! Each mistake in an entry is a compile error at the offending token that says what to write.
//! The expected messages are in `cases/*.stderr`; they depend on the compiler version (1.95.0).
//! After an intended change, run with `TRYBUILD=overwrite` and review the diff.

#[test]
fn entry_mistakes_are_compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("cases/*.rs");
}
