use openprovider::customers::GetCustomerRequest;

fn main() {
    // The handle is required, so the builder cannot be started without it.
    let _ = GetCustomerRequest::builder().build();
}
