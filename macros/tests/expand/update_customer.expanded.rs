/// Change the data of an existing customer handle.
///
/// Request of `PUT /customers/{handle}`. Build it with [`UpdateCustomerRequest::builder`], send it with [`update_customer`] or `client.send(&request)`.
#[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct UpdateCustomerRequest {
    /// The handle to change, like `XX123456-XX`.
    ///
    /// Sent in the path as `{handle}`.
    pub handle: String,
    /// Sent in the JSON body as `vat`.
    pub vat: Option<String>,
    /// Sent in the JSON body as `email`.
    pub email: Option<String>,
    /// Sent in the JSON body as `extension_additional_data`. Required for the TLDs ru, su (see `check_tld`).
    pub extension_additional_data: Option<Vec<ExtensionAdditionalData>>,
}
impl ::core::fmt::Debug for UpdateCustomerRequest {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("UpdateCustomerRequest")
            .field("handle", &self.handle)
            .field("vat", &self.vat)
            .field("email", &self.email)
            .field("extension_additional_data", &self.extension_additional_data)
            .finish()
    }
}
impl UpdateCustomerRequest {
    /// Checks that the fields the given TLD requires are set: `extension_additional_data` for ru, su. `"ru"`, `".ru"` and `"RU"` are the same TLD; a list of per-TLD entries must hold one for that TLD.
    #[inline]
    pub fn check_tld(
        &self,
        tld: &str,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        use ::openprovider::__private::{AnyValue as _, ListedTld as _};
        let tld = ::openprovider::__private::Tld::new(tld);
        if let ::core::option::Option::Some(present) = self
            .extension_additional_data
            .as_ref()
            .map(|value| (&::openprovider::__private::TldProbe(value)).covers_tld(&tld))
        {
            tld.require(
                "extension_additional_data",
                &["ru", "su"],
                ::core::option::Option::Some(present),
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
impl UpdateCustomerRequest {
    /// Starts a builder with the required fields: `handle`.
    #[inline]
    pub fn builder(
        handle: impl ::core::convert::Into<String>,
    ) -> UpdateCustomerRequestBuilder {
        UpdateCustomerRequestBuilder {
            request: UpdateCustomerRequest {
                handle: ::core::convert::Into::into(handle),
                vat: ::core::option::Option::None,
                email: ::core::option::Option::None,
                extension_additional_data: ::core::option::Option::None,
            },
        }
    }
}
/// Builder of [`UpdateCustomerRequest`] (`PUT /customers/{handle}`): required fields were given to `builder`, optional ones are set here.
#[derive(::core::clone::Clone)]
#[must_use = "a builder does nothing until `.build()` or `.send(&client)`"]
pub struct UpdateCustomerRequestBuilder {
    request: UpdateCustomerRequest,
}
impl ::core::fmt::Debug for UpdateCustomerRequestBuilder {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("UpdateCustomerRequestBuilder").field(&self.request).finish()
    }
}
impl UpdateCustomerRequestBuilder {
    /// Sets `vat`.
    ///
    /// Sent in the JSON body as `vat`.
    #[must_use]
    pub fn vat(mut self, value: impl ::core::convert::Into<String>) -> Self {
        self.request.vat = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `vat`, or clears it with `None`; see [`vat`](Self::vat).
    #[must_use]
    #[inline]
    pub fn maybe_vat(mut self, value: ::core::option::Option<String>) -> Self {
        self.request.vat = value;
        self
    }
    /// Sets `email`.
    ///
    /// Sent in the JSON body as `email`.
    #[must_use]
    pub fn email(mut self, value: impl ::core::convert::Into<String>) -> Self {
        self.request.email = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `email`, or clears it with `None`; see [`email`](Self::email).
    #[must_use]
    #[inline]
    pub fn maybe_email(mut self, value: ::core::option::Option<String>) -> Self {
        self.request.email = value;
        self
    }
    /// Sets `extension_additional_data`.
    ///
    /// Sent in the JSON body as `extension_additional_data`. Required for the TLDs ru, su (see `check_tld`).
    #[must_use]
    pub fn extension_additional_data(
        mut self,
        value: impl ::core::convert::Into<Vec<ExtensionAdditionalData>>,
    ) -> Self {
        self.request.extension_additional_data = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `extension_additional_data`, or clears it with `None`; see [`extension_additional_data`](Self::extension_additional_data).
    #[must_use]
    #[inline]
    pub fn maybe_extension_additional_data(
        mut self,
        value: ::core::option::Option<Vec<ExtensionAdditionalData>>,
    ) -> Self {
        self.request.extension_additional_data = value;
        self
    }
    /// The finished request.
    #[inline]
    pub fn build(self) -> UpdateCustomerRequest {
        self.request
    }
    /// Builds the request and sends it.
    #[inline]
    pub fn send(
        self,
        client: &::openprovider::__private::Client,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<Success, ::openprovider::__private::Error>,
    > + ::core::marker::Send + use<'_> {
        client.send(&self.request)
    }
}
impl ::openprovider::__private::Endpoint for UpdateCustomerRequest {
    type Response = Success;
    const INFO: ::openprovider::__private::EntryInfo = ::openprovider::__private::EntryInfo::new(
            "update_customer",
            ::openprovider::__private::Method::Put,
            "/customers/{handle}",
        )
        .in_module(::openprovider::__private::last_segment(::core::module_path!()))
        .docs("Change the data of an existing customer handle.")
        .path_pieces(
            &[
                ::openprovider::__private::PathPiece::Literal("/customers/"),
                ::openprovider::__private::PathPiece::Param("handle"),
            ],
        )
        .fields(
            &[
                ::openprovider::__private::FieldInfo::path_param("handle", "String")
                    .kind(::openprovider::__private::ValueKind::Text)
                    .docs("The handle to change, like `XX123456-XX`."),
                ::openprovider::__private::FieldInfo::body_field(
                        "vat",
                        "vat",
                        "Option<String>",
                    )
                    .kind(::openprovider::__private::ValueKind::Text),
                ::openprovider::__private::FieldInfo::body_field(
                        "email",
                        "email",
                        "Option<String>",
                    )
                    .kind(::openprovider::__private::ValueKind::Text),
                ::openprovider::__private::FieldInfo::body_field(
                        "extension_additional_data",
                        "extension_additional_data",
                        "Option<Vec<ExtensionAdditionalData>>",
                    )
                    .for_tlds(&["ru", "su"])
                    .kind(
                        ::openprovider::__private::ValueKind::Json(
                            ::openprovider::__private::JsonShape::Array,
                        ),
                    ),
            ],
        );
    #[inline]
    fn write_path(
        &self,
        path: &mut ::openprovider::__private::PathWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        path.literal("/customers/");
        path.param("handle", &self.handle)?;
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn write_body(
        &self,
        body: &mut ::openprovider::__private::BodyWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        if let ::core::option::Option::Some(value) = &self.email {
            body.push("email", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.extension_additional_data {
            body.push("extension_additional_data", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.vat {
            body.push("vat", value)?;
        }
        ::core::result::Result::Ok(())
    }
}
/// Change the data of an existing customer handle.
///
/// Sends `PUT /customers/{handle}` and returns the reply's `data`. Safe to repeat: after a dropped connection, a timeout or a 502/503/504 it is sent again, within the client's retry policy.
#[inline]
pub fn update_customer<'a>(
    client: &'a ::openprovider::__private::Client,
    request: &UpdateCustomerRequest,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<Success, ::openprovider::__private::Error>,
> + ::core::marker::Send + use<'a> {
    client.send(request)
}
