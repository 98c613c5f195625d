/// Logs in.
#[no_auth]
#[timeout = "30s"]
pub login: POST "/auth/login" -> LoginData {
    username: String,
    #[sensitive]
    password: String,
    #[query]
    ip: Option<String>,
}
