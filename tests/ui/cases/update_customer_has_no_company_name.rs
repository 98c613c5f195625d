use openprovider::customers::UpdateCustomerRequest;

fn main() {
    let _ = UpdateCustomerRequest::builder("XX123456-XX")
        .company_name("Other Company")
        .build();
}
