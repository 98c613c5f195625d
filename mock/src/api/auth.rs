//! Accounts, logins and the tokens they give, refused the ways the real API refuses them.

use std::collections::HashMap;
use std::time::Duration;

use serde_json::json;
use tokio::time::Instant;

use crate::random::Random;
use crate::reply::{Handled, RESELLER_ID, api_error};
use crate::request::{RecordedRequest, body_object, text};

/// The account every stand-in starts with.
pub const DEFAULT_USERNAME: &str = "demo";
/// Its password.
pub const DEFAULT_PASSWORD: &str = "demo-password";
// reference §2.
const TOKEN_LIFETIME: Duration = Duration::from_secs(48 * 60 * 60);

/// How an invalid or expired token is refused. The real API has been seen doing all three
/// (reference §3.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AuthFailure {
    /// HTTP 401 with code 196 in the body.
    #[default]
    Http401,
    /// HTTP 500 with code 196.
    Code196In500,
    /// HTTP 200 with code 196.
    Code196In200,
}

pub struct Auth {
    accounts: HashMap<String, String>,
    tokens: HashMap<String, Instant>,
    pub token_lifetime: Duration,
    pub failure: AuthFailure,
    pub logins: usize,
    random: Random,
}

impl Auth {
    pub fn new() -> Self {
        let mut accounts = HashMap::new();
        accounts.insert(DEFAULT_USERNAME.to_owned(), DEFAULT_PASSWORD.to_owned());
        Auth {
            accounts,
            tokens: HashMap::new(),
            token_lifetime: TOKEN_LIFETIME,
            failure: AuthFailure::default(),
            logins: 0,
            random: Random::default(),
        }
    }

    pub fn add_account(&mut self, username: &str, password: &str) {
        self.accounts
            .insert(username.to_owned(), password.to_owned());
    }

    pub fn expire_tokens(&mut self) {
        self.tokens.clear();
    }

    /// 32 hex characters, as the API's tokens (reference §2).
    fn new_token(&mut self) -> String {
        let a = self.random.next_u64();
        let b = self.random.next_u64();
        let token = format!("{a:016x}{b:016x}");
        self.tokens
            .insert(token.clone(), Instant::now() + self.token_lifetime);
        token
    }

    /// Whether an `Authorization` header carries a live token.
    pub fn token_valid(&self, header: Option<&str>) -> bool {
        let Some(token) = header.and_then(|h| h.strip_prefix("Bearer ")) else {
            return false;
        };
        self.tokens
            .get(token.trim())
            .is_some_and(|expires| Instant::now() < *expires)
    }

    /// The refusal of a request without a live token.
    pub fn refusal(&self) -> crate::reply::Answer {
        let body = json!({"code": 196, "desc": "Authentication/Authorization Failed", "data": ""});
        let status = match self.failure {
            AuthFailure::Http401 => 401,
            AuthFailure::Code196In500 => 500,
            AuthFailure::Code196In200 => 200,
        };
        (status, body)
    }
}

pub fn login(auth: &mut Auth, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    let username = text(&body, &["username"]);
    let password = text(&body, &["password"]);
    // S10's code list (reference §3.3): 901, 902 and 196.
    if username.is_empty() {
        return Err(api_error(901, "Username is empty"));
    }
    if password.is_empty() {
        return Err(api_error(902, "Password is empty"));
    }
    if auth.accounts.get(username).map(String::as_str) != Some(password) {
        return Err(api_error(196, "Authentication/Authorization Failed"));
    }
    auth.logins += 1;
    let token = auth.new_token();
    // The real login reply carries `data` alone, without code or desc.
    Ok((
        200,
        json!({"data": {"token": token, "reseller_id": RESELLER_ID}}),
    ))
}
