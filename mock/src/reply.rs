//! What a handler answers: the API's envelope for a success, its error envelope in an HTTP 500,
//! and the gateway's own shape for an unknown route.

use serde_json::{Value, json};

/// An HTTP status and the JSON body.
pub type Answer = (u16, Value);
/// A handler's outcome: `Err` for an error answer, so handlers can use `?`.
pub type Handled = Result<Answer, Answer>;

/// The reseller every stand-in account belongs to.
pub const RESELLER_ID: i64 = 100_001;
/// The API's "never", for dates that have not happened (reference §8.9).
pub const NEVER: &str = "0000-00-00 00:00:00";

pub fn ok(data: Value) -> Answer {
    (200, json!({"code": 0, "desc": "", "data": data}))
}

/// An error as the API sends it: the envelope in an HTTP 500 (reference §3.2).
pub fn api_error(code: i32, desc: &str) -> Answer {
    (500, json!({"code": code, "desc": desc, "data": ""}))
}

pub fn not_found() -> Answer {
    // The gateway's own shape for an unknown route. The API is grpc-gateway's (reference §7);
    // 5 is gRPC's NOT_FOUND.
    (
        404,
        json!({"code": 5, "message": "Not Found", "details": []}),
    )
}

/// The gateway's refusal of a malformed request, before the API sees it: 3 is gRPC's
/// INVALID_ARGUMENT.
pub fn bad_request(message: &str) -> Answer {
    (400, json!({"code": 3, "message": message, "details": []}))
}

/// A page of a list: `results` and the `total` before paging.
pub fn page(all: Vec<Value>, limit: usize, offset: usize) -> Answer {
    let total = all.len();
    let results: Vec<Value> = all.into_iter().skip(offset).take(limit).collect();
    ok(json!({"results": results, "total": total}))
}
