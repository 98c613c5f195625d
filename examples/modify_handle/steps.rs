//! The example's steps, apart from where they run, so a test can run them and check the result.

use std::fmt::Write as _;

use openprovider::customers::{
    self, Address, CreateCustomerRequest, Customer, DeleteCustomerRequest, GetCustomerRequest,
    Name, Phone, Tag,
};
use openprovider::{Client, Error};

use crate::article::article_update;

/// What the walk-through did, for the test to check.
#[derive(Debug)]
pub struct Outcome {
    /// The handle it created.
    pub handle: String,
    /// The fields whose value changed, with before and after.
    pub changed: Vec<(String, String, String)>,
    /// The error for a handle that does not exist.
    pub missing: Error,
}

/// Creates a handle, modifies it as the article does, reads it back, and asks for a handle
/// that does not exist. Writes a short account of each step to `log`.
pub async fn walk_through(client: &Client, log: &mut String) -> Result<Outcome, Error> {
    let create = CreateCustomerRequest::builder(
        Name {
            initials: Some("C.G.P.".into()),
            prefix: Some("Dr.".into()),
            ..Name::new("Carsten", "van Noort")
        },
        Address {
            state: Some("Noord-Brabant".into()),
            ..Address::new("Albusstraat", "83", "4903 RG", "Oosterhout", "NL")
        },
        Phone::new("+31", "111", "123456"),
        "example@mail.tld",
    )
    .company_name("Hosters with Style")
    .tags(vec![Tag::customer("VIP")])
    .build();
    let handle = customers::create_customer(client, &create).await?.handle;
    let _ = writeln!(log, "POST /customers            -> created handle {handle}");

    let read = GetCustomerRequest::builder(handle.clone())
        .with_additional_data(true)
        .build();
    let before = customers::get_customer(client, &read).await?;

    let update = article_update(&handle);
    // The article's update carries .ru data; check it before sending, as a caller should.
    update.check_tld("ru")?;
    let result = customers::update_customer(client, &update).await?;
    let _ = writeln!(
        log,
        "PUT /customers/{handle}  -> success: {} (address, phone, fax, email, vat, locale, comments, tags, additional data, .ru data)",
        result.success
    );

    let after = customers::get_customer(client, &read).await?;
    let changed = differences(&before, &after);
    let _ = writeln!(
        log,
        "GET /customers/{handle}  -> {} fields changed:",
        changed.len()
    );
    for (field, old, new) in &changed {
        let _ = writeln!(log, "    {field:<26} {old} -> {new}");
    }
    let name = after
        .name
        .as_ref()
        .and_then(|n| n.last_name.clone())
        .unwrap_or_default();
    let _ = writeln!(
        log,
        "    (the name stays {name:?}: an update cannot change it)"
    );

    let missing_request = GetCustomerRequest::builder("ZZ000000-ZZ").build();
    let missing = match customers::get_customer(client, &missing_request).await {
        Ok(customer) => {
            return Err(Error::InvalidRequest {
                field: "handle".into(),
                reason: format!("ZZ000000-ZZ unexpectedly exists: {customer:?}"),
            });
        }
        Err(err) => err,
    };
    let _ = writeln!(log, "GET /customers/ZZ000000-ZZ -> {missing}");

    let deleted = customers::delete_customer(
        client,
        &DeleteCustomerRequest::builder(handle.clone()).build(),
    )
    .await?;
    let _ = writeln!(
        log,
        "DELETE /customers/{handle} -> success: {} (cleaning up)",
        deleted.success
    );

    Ok(Outcome {
        handle,
        changed,
        missing,
    })
}

/// The fields whose JSON differs between two readings, shown compactly.
fn differences(before: &Customer, after: &Customer) -> Vec<(String, String, String)> {
    let (Ok(serde_json::Value::Object(old)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return Vec::new();
    };
    let show = |v: Option<&serde_json::Value>| {
        let text = v.map_or("(none)".to_owned(), |v| v.to_string());
        if text.chars().count() > 48 {
            format!("{}…", text.chars().take(47).collect::<String>())
        } else {
            text
        }
    };
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| (k.clone(), show(old.get(k)), show(new.get(k))))
        .collect()
}
