//! `check_tld` on the catalogue's flagged fields: required for their TLDs, in any spelling.

use openprovider::Error;
use openprovider::customers::{ExtensionAdditionalData, ExtensionData, UpdateCustomerRequest};

fn with_extension(tld: &str) -> UpdateCustomerRequest {
    UpdateCustomerRequest::builder("XX123456-XX")
        .extension_additional_data(vec![ExtensionAdditionalData::new(
            tld,
            ExtensionData::default(),
        )])
        .build()
}

#[test]
fn a_flagged_tld_needs_the_field() {
    let bare = UpdateCustomerRequest::builder("XX123456-XX").build();
    let err = bare.check_tld("ru").unwrap_err();
    let Error::MissingForTld { field, tld, list } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*field, "extension_additional_data");
    assert_eq!(tld, "ru");
    assert!(!list);
    assert!(
        err.to_string().contains("extension_additional_data"),
        "{err}"
    );
    assert!(err.to_string().contains(".ru"), "{err}");
}

#[test]
fn the_list_must_hold_an_entry_for_that_tld() {
    let err = with_extension("eu").check_tld("ru").unwrap_err();
    assert!(
        matches!(err, Error::MissingForTld { list: true, .. }),
        "{err:?}"
    );
    with_extension("eu").check_tld("eu").unwrap();
}

#[test]
fn spellings_of_one_tld_are_the_same() {
    for spelling in ["ru", ".ru", "RU", ".Ru"] {
        with_extension("ru").check_tld(spelling).unwrap();
        assert!(
            with_extension("eu").check_tld(spelling).is_err(),
            "{spelling}"
        );
    }
    with_extension("RU").check_tld("ru").unwrap();
}

#[test]
fn unflagged_tlds_need_nothing() {
    let bare = UpdateCustomerRequest::builder("XX123456-XX").build();
    bare.check_tld("com").unwrap();
    bare.check_tld("nl").unwrap();
}
