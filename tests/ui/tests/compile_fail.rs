//! Each mistake in an entry is a compile error at the offending token that says what to write.
//! The expected messages are in `cases/*.stderr`; they depend on the compiler version (1.95.0).
//! After an intended change, run with `TRYBUILD=overwrite` and review the diff.

#[test]
fn entries_fail_or_pass_to_compile_as_they_should() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("cases/*.rs");
    // trybuild builds each case as a crate outside the workspace, depending on `openprovider`
    // alone, which is how a user's crate sees the macro.
    cases.pass("pass/*.rs");
}
