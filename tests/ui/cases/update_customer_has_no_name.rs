use openprovider::customers::{Name, UpdateCustomerRequest};

fn main() {
    // Names cannot change on update: the request has no setter for them.
    let _ = UpdateCustomerRequest::builder("XX123456-XX")
        .name(Name::new("New", "Name"))
        .build();
}
