//! Arbitrary bytes as a reply, decoded into several of the catalogue's reply types: a value or
//! an error, never a panic.

#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;
use openprovider::__private::decode_reply;

fuzz_target!(|input: &[u8]| {
    let Some((&selector, body)) = input.split_first() else {
        return;
    };
    let status = [200u16, 201, 401, 429, 500, 502][usize::from(selector % 6)];
    let body = Bytes::copy_from_slice(body);
    let _ = decode_reply::<openprovider::customers::Customer>(status, body.clone());
    let _ = decode_reply::<openprovider::customers::CustomerList>(status, body.clone());
    let _ = decode_reply::<openprovider::domains::Domain>(status, body.clone());
    let _ = decode_reply::<openprovider::domains::DomainChecks>(status, body.clone());
    let _ = decode_reply::<openprovider::List<openprovider::dns::Record>>(status, body.clone());
    let _ = decode_reply::<openprovider::dns::Zone>(status, body.clone());
    let _ = decode_reply::<openprovider::common::Success>(status, body.clone());
    let _ = decode_reply::<openprovider::auth::LoginData>(status, body);
});
