//! Entries written in a crate that depends on `openprovider` and nothing else, as a user's
//! crate sees the macro: the generated code must need no other crate. It was trybuild's one
//! `pass` case; here the workspace builds it, so trybuild checks the compile-fail cases in one
//! batch instead of building each case on its own.

use openprovider::customers::{CustomerList, ExtensionAdditionalData, ExtensionData, Success};
use openprovider::{Client, Endpoint, Method, openprovider_endpoint};

openprovider_endpoint! {
    /// Searches handles.
    pub search: GET "/customers" -> CustomerList {
        #[rename = "email_pattern"]
        email: Option<String>,
        columns: Option<Vec<String>>,
        limit: i32,
    }

    /// Changes a handle.
    #[timeout = "90s"]
    pub(crate) change: PUT "/customers/{handle}" -> Success {
        handle: String,
        #[sensitive]
        secret_note: Option<String>,
        #[required_for_tlds("ru")]
        extension_additional_data: Option<Vec<ExtensionAdditionalData>>,
    }
}

fn assert_client<T: Clone + std::fmt::Debug + Send + Sync + 'static>() {}
fn assert_future_is_send<F: std::future::Future + Send>(_: F) {}

#[test]
fn entries_compile_and_behave_with_openprovider_alone() {
    assert_client::<Client>();
    let request = SearchRequest::builder(10).email("*@example.com").build();
    assert_eq!(<SearchRequest as Endpoint>::INFO.method, Method::Get);
    assert_eq!(request.limit, 10);

    let change = ChangeRequest::builder("AB123456-NL")
        .secret_note("do not print")
        .extension_additional_data(vec![ExtensionAdditionalData::new(
            "RU",
            ExtensionData::default(),
        )])
        .build();
    assert!(change.check_tld(".ru").is_ok());
    assert!(!format!("{change:?}").contains("do not print"));
    assert_eq!(
        <ChangeRequest as Endpoint>::INFO.timeout,
        Some(std::time::Duration::from_secs(90))
    );

    let client = Client::builder().token("t").build().unwrap();
    // Futures of calls can move between threads, as a multi-threaded runtime needs.
    assert_future_is_send(change_fn_future(&client, &change));
    assert_future_is_send(search(&client, &request));
}

fn change_fn_future<'a>(
    client: &'a Client,
    request: &'a ChangeRequest,
) -> impl std::future::Future<Output = Result<Success, openprovider::Error>> + Send + 'a {
    change(client, request)
}
