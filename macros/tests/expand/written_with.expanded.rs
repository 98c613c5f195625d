/// Changes a zone's records.
///
/// Request of `PUT /dns/zones/{name}`. Build it with [`UpdateZoneRequest::builder`], send it with [`update_zone`] or `client.send(&request)`.
#[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct UpdateZoneRequest {
    /// The zone's name.
    ///
    /// Sent in the path as `{name}`. Sent in the JSON body as `name`.
    pub name: String,
    /// Sent in the JSON body as `records`.
    pub records: Option<RecordChanges>,
    /// Sent in the JSON body as `ttl`.
    pub ttl: Option<i32>,
}
impl ::core::fmt::Debug for UpdateZoneRequest {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("UpdateZoneRequest")
            .field("name", &self.name)
            .field("records", &self.records)
            .field("ttl", &self.ttl)
            .finish()
    }
}
impl UpdateZoneRequest {
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
impl UpdateZoneRequest {
    /// Starts a builder with the required fields: `name`.
    #[inline]
    pub fn builder(
        name: impl ::core::convert::Into<String>,
    ) -> UpdateZoneRequestBuilder {
        UpdateZoneRequestBuilder {
            request: UpdateZoneRequest {
                name: ::core::convert::Into::into(name),
                records: ::core::option::Option::None,
                ttl: ::core::option::Option::None,
            },
        }
    }
}
/// Builder of [`UpdateZoneRequest`] (`PUT /dns/zones/{name}`): required fields were given to `builder`, optional ones are set here.
#[derive(::core::clone::Clone)]
#[must_use = "a builder does nothing until `.build()` or `.send(&client)`"]
pub struct UpdateZoneRequestBuilder {
    request: UpdateZoneRequest,
}
impl ::core::fmt::Debug for UpdateZoneRequestBuilder {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("UpdateZoneRequestBuilder").field(&self.request).finish()
    }
}
impl UpdateZoneRequestBuilder {
    /// Sets `records`.
    ///
    /// Sent in the JSON body as `records`.
    #[must_use]
    pub fn records(mut self, value: impl ::core::convert::Into<RecordChanges>) -> Self {
        self.request.records = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `records`, or clears it with `None`; see [`records`](Self::records).
    #[must_use]
    #[inline]
    pub fn maybe_records(
        mut self,
        value: ::core::option::Option<RecordChanges>,
    ) -> Self {
        self.request.records = value;
        self
    }
    /// Sets `ttl`.
    ///
    /// Sent in the JSON body as `ttl`.
    #[must_use]
    pub fn ttl(mut self, value: impl ::core::convert::Into<i32>) -> Self {
        self.request.ttl = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `ttl`, or clears it with `None`; see [`ttl`](Self::ttl).
    #[must_use]
    #[inline]
    pub fn maybe_ttl(mut self, value: ::core::option::Option<i32>) -> Self {
        self.request.ttl = value;
        self
    }
    /// The finished request.
    #[inline]
    pub fn build(self) -> UpdateZoneRequest {
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
impl ::openprovider::__private::Endpoint for UpdateZoneRequest {
    type Response = Success;
    const INFO: ::openprovider::__private::EntryInfo = ::openprovider::__private::EntryInfo::new(
            "update_zone",
            ::openprovider::__private::Method::Put,
            "/dns/zones/{name}",
        )
        .in_module(::openprovider::__private::last_segment(::core::module_path!()))
        .docs("Changes a zone's records.")
        .path_pieces(
            &[
                ::openprovider::__private::PathPiece::Literal("/dns/zones/"),
                ::openprovider::__private::PathPiece::Param("name"),
            ],
        )
        .fields(
            &[
                ::openprovider::__private::FieldInfo::path_param("name", "String")
                    .also_in_body()
                    .kind(::openprovider::__private::ValueKind::Text)
                    .docs("The zone's name."),
                ::openprovider::__private::FieldInfo::body_field(
                        "records",
                        "records",
                        "Option<RecordChanges>",
                    )
                    .kind(
                        ::openprovider::__private::ValueKind::Json(
                            ::openprovider::__private::JsonShape::Any,
                        ),
                    )
                    .written_with("write_record_changes"),
                ::openprovider::__private::FieldInfo::body_field(
                        "ttl",
                        "ttl",
                        "Option<i32>",
                    )
                    .kind(::openprovider::__private::ValueKind::Integer("i32")),
            ],
        );
    #[inline]
    fn write_path(
        &self,
        path: &mut ::openprovider::__private::PathWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        path.literal("/dns/zones/");
        path.param("name", &self.name)?;
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn write_body(
        &self,
        body: &mut ::openprovider::__private::BodyWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        body.push("name", &self.name)?;
        write_record_changes(self, body)?;
        if let ::core::option::Option::Some(value) = &self.ttl {
            body.push("ttl", value)?;
        }
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn __typed_writer() -> ::core::option::Option<
        ::openprovider::__private::TypedWriter,
    > {
        ::core::option::Option::Some(
            ::openprovider::__private::TypedWriter(Self::__typed_wire),
        )
    }
}
impl UpdateZoneRequest {
    #[doc(hidden)]
    #[inline]
    fn __typed_wire(
        values: &::openprovider::__private::JsonMap,
        base_url: &str,
    ) -> ::core::result::Result<
        ::openprovider::__private::TypedWire,
        ::openprovider::__private::Error,
    > {
        let request = UpdateZoneRequest {
            name: ::openprovider::__private::required_from_values(values, "name")?,
            records: ::openprovider::__private::optional_from_values(values, "records")?,
            ttl: ::openprovider::__private::optional_from_values(values, "ttl")?,
        };
        ::openprovider::__private::TypedWire::new(base_url, &request)
    }
}
/// Changes a zone's records.
///
/// Sends `PUT /dns/zones/{name}` and returns the reply's `data`. Safe to repeat: after a dropped connection, a timeout or a 502/503/504 it is sent again, within the client's retry policy.
#[inline]
pub fn update_zone<'a>(
    client: &'a ::openprovider::__private::Client,
    request: &UpdateZoneRequest,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<Success, ::openprovider::__private::Error>,
> + ::core::marker::Send + use<'a> {
    client.send(request)
}
