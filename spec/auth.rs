//! Logging in: `POST /auth/login`.
//!
//! A [`Client`](crate::Client) built with credentials logs in by itself through this entry.
//! The entry is defined in the runtime, which calls it, and shown here with the rest of the
//! catalogue.

pub use openprovider_runtime::auth::{
    ENTRIES, LoginData, LoginRequest, LoginRequestBuilder, login, visit_entries,
};
