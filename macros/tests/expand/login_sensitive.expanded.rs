/// Logs in.
///
/// Request of `POST /auth/login`. Build it with [`LoginRequest::builder`], send it with [`login`] or `client.send(&request)`.
#[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct LoginRequest {
    /// Sent in the JSON body as `username`.
    pub username: String,
    /// Sent in the JSON body as `password`. Sensitive: shown as `***` in `Debug`.
    pub password: String,
    /// Sent in the query string as `ip`.
    pub ip: Option<String>,
}
impl ::core::fmt::Debug for LoginRequest {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("LoginRequest")
            .field("username", &self.username)
            .field("password", &::openprovider::__private::Redacted)
            .field("ip", &self.ip)
            .finish()
    }
}
impl LoginRequest {
    /// Checks the fields some TLDs require; this request has none, so it always passes.
    #[inline]
    pub fn check_tld(
        &self,
        tld: &str,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        let _ = tld;
        ::core::result::Result::Ok(())
    }
}
impl LoginRequest {
    /// Starts a builder with the required fields: `username`, `password`.
    #[inline]
    pub fn builder(
        username: impl ::core::convert::Into<String>,
        password: impl ::core::convert::Into<String>,
    ) -> LoginRequestBuilder {
        LoginRequestBuilder {
            request: LoginRequest {
                username: ::core::convert::Into::into(username),
                password: ::core::convert::Into::into(password),
                ip: ::core::option::Option::None,
            },
        }
    }
}
/// Builder of [`LoginRequest`] (`POST /auth/login`): required fields were given to `builder`, optional ones are set here.
#[derive(::core::clone::Clone)]
#[must_use = "a builder does nothing until `.build()` or `.send(&client)`"]
pub struct LoginRequestBuilder {
    request: LoginRequest,
}
impl ::core::fmt::Debug for LoginRequestBuilder {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("LoginRequestBuilder").field(&self.request).finish()
    }
}
impl LoginRequestBuilder {
    /// Sets `ip`.
    ///
    /// Sent in the query string as `ip`.
    #[must_use]
    pub fn ip(mut self, value: impl ::core::convert::Into<String>) -> Self {
        self.request.ip = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `ip`, or clears it with `None`; see [`ip`](Self::ip).
    #[must_use]
    #[inline]
    pub fn maybe_ip(mut self, value: ::core::option::Option<String>) -> Self {
        self.request.ip = value;
        self
    }
    /// The finished request.
    #[inline]
    pub fn build(self) -> LoginRequest {
        self.request
    }
    /// Builds the request and sends it.
    #[inline]
    pub fn send(
        self,
        client: &::openprovider::__private::Client,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<LoginData, ::openprovider::__private::Error>,
    > + ::core::marker::Send + use<'_> {
        client.send(&self.request)
    }
}
impl ::openprovider::__private::Endpoint for LoginRequest {
    type Response = LoginData;
    const INFO: ::openprovider::__private::EntryInfo = ::openprovider::__private::EntryInfo::new(
            "login",
            ::openprovider::__private::Method::Post,
            "/auth/login",
        )
        .in_module(::openprovider::__private::last_segment(::core::module_path!()))
        .timeout(::core::time::Duration::from_millis(30000u64))
        .unauthenticated()
        .docs("Logs in.")
        .path_pieces(&[::openprovider::__private::PathPiece::Literal("/auth/login")])
        .fields(
            &[
                ::openprovider::__private::FieldInfo::body_field(
                        "username",
                        "username",
                        "String",
                    )
                    .mark_required()
                    .kind(::openprovider::__private::ValueKind::Text),
                ::openprovider::__private::FieldInfo::body_field(
                        "password",
                        "password",
                        "String",
                    )
                    .mark_required()
                    .mark_sensitive()
                    .kind(::openprovider::__private::ValueKind::Text),
                ::openprovider::__private::FieldInfo::query_param(
                        "ip",
                        "ip",
                        "Option<String>",
                    )
                    .kind(::openprovider::__private::ValueKind::Text),
            ],
        );
    #[inline]
    fn write_path(
        &self,
        path: &mut ::openprovider::__private::PathWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        path.literal("/auth/login");
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn write_query(
        &self,
        query: &mut ::openprovider::__private::QueryWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        if let ::core::option::Option::Some(value) = &self.ip {
            query.push("ip", value)?;
        }
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn write_body(
        &self,
        body: &mut ::openprovider::__private::BodyWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        body.push("password", &self.password)?;
        body.push("username", &self.username)?;
        ::core::result::Result::Ok(())
    }
}
/// Logs in.
///
/// Sends `POST /auth/login` and returns the reply's `data`. Not safe to repeat: once it may have reached the server it is never sent again, and a failure says the server may have acted.
#[inline]
pub fn login<'a>(
    client: &'a ::openprovider::__private::Client,
    request: &LoginRequest,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<LoginData, ::openprovider::__private::Error>,
> + ::core::marker::Send + use<'a> {
    client.send(request)
}
