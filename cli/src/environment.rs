//! The one reader of the command line's own environment variables. The client's
//! (`OPENPROVIDER_BASE_URL`, the token and the credentials) are read by
//! `ClientBuilder::from_env`, as a program reads them.

/// A variable's value; unset and empty are the same.
pub fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}
