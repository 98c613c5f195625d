//! API error codes that the client acts on. The full list is long and grows; [`crate::Error::code`]
//! returns the number as it came.

/// Bad credentials, or an expired or unknown token.
pub const AUTHENTICATION_FAILED: i32 = 196;
/// The customer handle does not exist.
pub const CUSTOMER_NOT_FOUND: i32 = 176;
/// Access denied: the IP is blocked after too many calls, or the request was refused outright.
pub const ACCESS_DENIED: i32 = 10005;
/// The user has two-factor authentication, which the API does not support: use an API user.
pub const TWO_FACTOR_ENABLED: i32 = 10006;
