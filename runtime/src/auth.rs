//! Logging in. The login entry is written with the macro like every other entry; it lives in the
//! runtime because the client itself calls it, and the `openprovider` crate re-exports it as
//! `openprovider::auth`.

use serde::{Deserialize, Serialize};

use crate::secret::SecretString;

openprovider_macros::openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Logs in with a username and password and returns a bearer token.
    ///
    /// A client built with `credentials` calls this itself; call it directly only to manage
    /// tokens yourself. Bad credentials answer with code 196. A login changes nothing on the
    /// server, so a dropped connection or a 503 is retried like a `GET`. The API blocks
    /// logins for 60 s after 30 in 60 s (code 50), whatever their arguments, so the client
    /// keeps to that pace.
    #[no_auth]
    #[call_limit = "30 per 60s, any arguments"]
    #[safe_to_repeat]
    pub login: POST "/auth/login" -> LoginData {
        /// The user's name.
        username: String,
        /// The user's password.
        #[sensitive]
        password: String,
        /// The IP address the token may be used from; `0.0.0.0` for any.
        ip: Option<String>,
    }
}

/// The reply of [`login`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LoginData {
    /// The bearer token, valid for 48 hours.
    pub token: SecretString,
    /// The reseller's id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub reseller_id: Option<i64>,
}
