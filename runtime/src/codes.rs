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
/// The domain name is already registered (or already in the account).
pub const DOMAIN_TAKEN: i32 = 311;
/// The domain is not in the account.
pub const DOMAIN_NOT_IN_ACCOUNT: i32 = 320;
/// A premium name: set `accept_premium_fee` to its price.
pub const PREMIUM_FEE_NOT_ACCEPTED: i32 = 379;
/// A registry refused; its message is in the error's `data`.
pub const REGISTRY_ERROR: i32 = 399;
/// The extension is not one Openprovider offers.
pub const INVALID_EXTENSION: i32 = 307;
/// Unknown DNS zone (one of the two codes the API uses; see [`ZONE_NOT_FOUND`]).
pub const UNKNOWN_ZONE: i32 = 800;
/// The DNS zone already exists.
pub const ZONE_EXISTS: i32 = 805;
/// A TTL under 600; the client refuses those before sending.
pub const INVALID_TTL: i32 = 815;
/// The record exists already; ACME clients treat it as success.
pub const DUPLICATE_RECORD: i32 = 817;
/// The DNS zone is not found (the other code; see [`UNKNOWN_ZONE`]).
pub const ZONE_NOT_FOUND: i32 = 872;
/// Calls limit reached: too many identical domain checks, logins or phone verifications in
/// their window; the API blocks the caller for minutes. Never retried.
pub const CALLS_LIMIT_REACHED: i32 = 50;
/// API access temporarily blocked because of excessive use: an identical `create_domain` too
/// soon after another. Never retried.
pub const EXCESSIVE_USE: i32 = 4007;
