/// Request of `GET /things`. Build it with [`ListThingsRequest::builder`], send it with [`list_things`] or `client.send(&request)`.
#[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct ListThingsRequest {
    /// Sent in the query string as `order_by.name`.
    pub order_by_name: Option<String>,
    /// Sent in the query string as `columns`.
    pub columns: Option<Vec<String>>,
    /// Sent in the query string as `type`.
    pub r#type: Option<String>,
    /// Sent in the query string as `limit`.
    pub limit: i32,
}
impl ::core::fmt::Debug for ListThingsRequest {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ListThingsRequest")
            .field("order_by_name", &self.order_by_name)
            .field("columns", &self.columns)
            .field("type", &self.r#type)
            .field("limit", &self.limit)
            .finish()
    }
}
impl ListThingsRequest {
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
impl ListThingsRequest {
    /// Starts a builder with the required fields: `limit`.
    #[inline]
    pub fn builder(limit: impl ::core::convert::Into<i32>) -> ListThingsRequestBuilder {
        ListThingsRequestBuilder {
            request: ListThingsRequest {
                order_by_name: ::core::option::Option::None,
                columns: ::core::option::Option::None,
                r#type: ::core::option::Option::None,
                limit: ::core::convert::Into::into(limit),
            },
        }
    }
}
/// Builder of [`ListThingsRequest`] (`GET /things`): required fields were given to `builder`, optional ones are set here.
#[derive(::core::clone::Clone)]
#[must_use = "a builder does nothing until `.build()` or `.send(&client)`"]
pub struct ListThingsRequestBuilder {
    request: ListThingsRequest,
}
impl ::core::fmt::Debug for ListThingsRequestBuilder {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("ListThingsRequestBuilder").field(&self.request).finish()
    }
}
impl ListThingsRequestBuilder {
    /// Sets `order_by_name`.
    ///
    /// Sent in the query string as `order_by.name`.
    #[must_use]
    pub fn order_by_name(mut self, value: impl ::core::convert::Into<String>) -> Self {
        self.request.order_by_name = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `order_by_name`, or clears it with `None`; see [`order_by_name`](Self::order_by_name).
    #[must_use]
    #[inline]
    pub fn maybe_order_by_name(mut self, value: ::core::option::Option<String>) -> Self {
        self.request.order_by_name = value;
        self
    }
    /// Sets `columns`.
    ///
    /// Sent in the query string as `columns`.
    #[must_use]
    pub fn columns(mut self, value: impl ::core::convert::Into<Vec<String>>) -> Self {
        self.request.columns = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `columns`, or clears it with `None`; see [`columns`](Self::columns).
    #[must_use]
    #[inline]
    pub fn maybe_columns(mut self, value: ::core::option::Option<Vec<String>>) -> Self {
        self.request.columns = value;
        self
    }
    /// Sets `type`.
    ///
    /// Sent in the query string as `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl ::core::convert::Into<String>) -> Self {
        self.request.r#type = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `type`, or clears it with `None`; see [`type`](Self::type).
    #[must_use]
    #[inline]
    pub fn maybe_type(mut self, value: ::core::option::Option<String>) -> Self {
        self.request.r#type = value;
        self
    }
    /// The finished request.
    #[inline]
    pub fn build(self) -> ListThingsRequest {
        self.request
    }
    /// Builds the request and sends it.
    #[inline]
    pub fn send(
        self,
        client: &::openprovider::__private::Client,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ThingList, ::openprovider::__private::Error>,
    > + ::core::marker::Send + use<'_> {
        client.send(&self.request)
    }
}
impl ::openprovider::__private::Endpoint for ListThingsRequest {
    type Response = ThingList;
    const INFO: ::openprovider::__private::EntryInfo = ::openprovider::__private::EntryInfo::new(
            "list_things",
            ::openprovider::__private::Method::Get,
            "/things",
        )
        .in_module(::openprovider::__private::last_segment(::core::module_path!()))
        .path_pieces(&[::openprovider::__private::PathPiece::Literal("/things")])
        .fields(
            &[
                ::openprovider::__private::FieldInfo::query_param(
                        "order_by_name",
                        "order_by.name",
                        "Option<String>",
                    )
                    .kind(::openprovider::__private::ValueKind::Text),
                ::openprovider::__private::FieldInfo::query_param(
                        "columns",
                        "columns",
                        "Option<Vec<String>>",
                    )
                    .kind(::openprovider::__private::ValueKind::Text)
                    .mark_repeated(),
                ::openprovider::__private::FieldInfo::query_param(
                        "type",
                        "type",
                        "Option<String>",
                    )
                    .kind(::openprovider::__private::ValueKind::Text),
                ::openprovider::__private::FieldInfo::query_param(
                        "limit",
                        "limit",
                        "i32",
                    )
                    .mark_required()
                    .kind(::openprovider::__private::ValueKind::Integer("i32")),
            ],
        );
    #[inline]
    fn write_path(
        &self,
        path: &mut ::openprovider::__private::PathWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        path.literal("/things");
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn write_query(
        &self,
        query: &mut ::openprovider::__private::QueryWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        if let ::core::option::Option::Some(value) = &self.order_by_name {
            query.push("order_by.name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.columns {
            query.push("columns", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.r#type {
            query.push("type", value)?;
        }
        query.push("limit", &self.limit)?;
        ::core::result::Result::Ok(())
    }
}
/// Sends `GET /things` and returns the reply's `data`. Safe to repeat: after a dropped connection, a timeout or a 502/503/504 it is sent again, within the client's retry policy.
#[inline]
pub fn list_things<'a>(
    client: &'a ::openprovider::__private::Client,
    request: &ListThingsRequest,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<ThingList, ::openprovider::__private::Error>,
> + ::core::marker::Send + use<'a> {
    client.send(request)
}
