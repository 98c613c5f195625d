//! API error codes that the client acts on. The full list is long and grows; [`crate::Error::code`]
//! returns the number as it came.

/// Bad credentials, or an expired or unknown token.
pub const AUTHENTICATION_FAILED: i32 = 196;
/// The customer handle does not exist.
pub const CUSTOMER_NOT_FOUND: i32 = 176;
