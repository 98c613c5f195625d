/// Lists domains a page at a time.
///
/// Request of `GET /domains`. Build it with [`ListDomainsRequest::builder`], send it with [`list_domains`] or `client.send(&request)`.
#[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct ListDomainsRequest {
    /// Page size.
    ///
    /// Sent in the query string as `limit`.
    pub limit: Option<i32>,
    /// Sent in the query string as `offset`.
    pub offset: Option<i32>,
    /// Sent in the query string as `order_by.expiration_date`.
    pub order_by_expiration_date: Option<String>,
}
impl ::core::fmt::Debug for ListDomainsRequest {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ListDomainsRequest")
            .field("limit", &self.limit)
            .field("offset", &self.offset)
            .field("order_by_expiration_date", &self.order_by_expiration_date)
            .finish()
    }
}
impl ListDomainsRequest {
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
impl ListDomainsRequest {
    /// Starts a builder; every field is optional.
    #[inline]
    pub fn builder() -> ListDomainsRequestBuilder {
        ListDomainsRequestBuilder {
            request: ListDomainsRequest {
                limit: ::core::option::Option::None,
                offset: ::core::option::Option::None,
                order_by_expiration_date: ::core::option::Option::None,
            },
        }
    }
}
/// Builder of [`ListDomainsRequest`] (`GET /domains`): required fields were given to `builder`, optional ones are set here.
#[derive(::core::clone::Clone)]
#[must_use = "a builder does nothing until `.build()` or `.send(&client)`"]
pub struct ListDomainsRequestBuilder {
    request: ListDomainsRequest,
}
impl ::core::fmt::Debug for ListDomainsRequestBuilder {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("ListDomainsRequestBuilder").field(&self.request).finish()
    }
}
impl ListDomainsRequestBuilder {
    /// Sets `limit`.
    ///
    /// Page size.
    ///
    /// Sent in the query string as `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl ::core::convert::Into<i32>) -> Self {
        self.request.limit = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `limit`, or clears it with `None`; see [`limit`](Self::limit).
    #[must_use]
    #[inline]
    pub fn maybe_limit(mut self, value: ::core::option::Option<i32>) -> Self {
        self.request.limit = value;
        self
    }
    /// Sets `offset`.
    ///
    /// Sent in the query string as `offset`.
    #[must_use]
    pub fn offset(mut self, value: impl ::core::convert::Into<i32>) -> Self {
        self.request.offset = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `offset`, or clears it with `None`; see [`offset`](Self::offset).
    #[must_use]
    #[inline]
    pub fn maybe_offset(mut self, value: ::core::option::Option<i32>) -> Self {
        self.request.offset = value;
        self
    }
    /// Sets `order_by_expiration_date`.
    ///
    /// Sent in the query string as `order_by.expiration_date`.
    #[must_use]
    pub fn order_by_expiration_date(
        mut self,
        value: impl ::core::convert::Into<String>,
    ) -> Self {
        self.request.order_by_expiration_date = ::core::option::Option::Some(
            ::core::convert::Into::into(value),
        );
        self
    }
    /// Sets `order_by_expiration_date`, or clears it with `None`; see [`order_by_expiration_date`](Self::order_by_expiration_date).
    #[must_use]
    #[inline]
    pub fn maybe_order_by_expiration_date(
        mut self,
        value: ::core::option::Option<String>,
    ) -> Self {
        self.request.order_by_expiration_date = value;
        self
    }
    /// The finished request.
    #[inline]
    pub fn build(self) -> ListDomainsRequest {
        self.request
    }
    /// Builds the request and sends it.
    #[inline]
    pub fn send(
        self,
        client: &::openprovider::__private::Client,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<List<Domain>, ::openprovider::__private::Error>,
    > + ::core::marker::Send + use<'_> {
        client.send(&self.request)
    }
}
impl ::openprovider::__private::Endpoint for ListDomainsRequest {
    type Response = List<Domain>;
    const INFO: ::openprovider::__private::EntryInfo = ::openprovider::__private::EntryInfo::new(
            "list_domains",
            ::openprovider::__private::Method::Get,
            "/domains",
        )
        .in_module(::openprovider::__private::last_segment(::core::module_path!()))
        .docs("Lists domains a page at a time.")
        .with_pages()
        .path_pieces(&[::openprovider::__private::PathPiece::Literal("/domains")])
        .fields(
            &[
                ::openprovider::__private::FieldInfo::query_param(
                        "limit",
                        "limit",
                        "Option<i32>",
                    )
                    .kind(::openprovider::__private::ValueKind::Integer("i32"))
                    .docs("Page size."),
                ::openprovider::__private::FieldInfo::query_param(
                        "offset",
                        "offset",
                        "Option<i32>",
                    )
                    .kind(::openprovider::__private::ValueKind::Integer("i32")),
                ::openprovider::__private::FieldInfo::query_param(
                        "order_by_expiration_date",
                        "order_by.expiration_date",
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
        path.literal("/domains");
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn write_query(
        &self,
        query: &mut ::openprovider::__private::QueryWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        if let ::core::option::Option::Some(value) = &self.limit {
            query.push("limit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.offset {
            query.push("offset", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.order_by_expiration_date {
            query.push("order_by.expiration_date", value)?;
        }
        ::core::result::Result::Ok(())
    }
}
impl ::openprovider::__private::PagedRequest for ListDomainsRequest {
    #[inline]
    fn window(&self) -> ::openprovider::__private::PageWindow {
        ::openprovider::__private::PageWindow {
            limit: self.limit.map(::core::convert::Into::into),
            offset: self.offset.map(::core::convert::Into::into),
        }
    }
    #[inline]
    fn set_offset(
        &mut self,
        offset: i64,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        self.offset = ::core::option::Option::Some(
            ::openprovider::__private::offset_as(offset)?,
        );
        ::core::result::Result::Ok(())
    }
}
impl ListDomainsRequest {
    /// Every item over all pages, as a `Stream` that asks for one page at a time.
    ///
    /// `limit` is the page size and `offset` where to start. The stream stops at an
    /// empty or short page or at the reply's `total`; an error ends it after the items
    /// of the pages before.
    #[inline]
    pub fn items(
        &self,
        client: &::openprovider::__private::Client,
    ) -> ::openprovider::__private::Items<Self> {
        ::openprovider::__private::Items::new(client, self)
    }
    /// Every item over all pages, or the first error; see [`items`](Self::items).
    #[inline]
    pub async fn all(
        &self,
        client: &::openprovider::__private::Client,
    ) -> ::core::result::Result<
        ::std::vec::Vec<<List<Domain> as ::openprovider::__private::Page>::Item>,
        ::openprovider::__private::Error,
    > {
        ::openprovider::__private::Items::new(client, self).all().await
    }
}
/// Lists domains a page at a time.
///
/// Sends `GET /domains` and returns the reply's `data`. Safe to repeat: after a dropped connection, a timeout or a 502/503/504 it is sent again, within the client's retry policy.
#[inline]
pub fn list_domains<'a>(
    client: &'a ::openprovider::__private::Client,
    request: &ListDomainsRequest,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<List<Domain>, ::openprovider::__private::Error>,
> + ::core::marker::Send + use<'a> {
    client.send(request)
}
/// Checks names; changes nothing, so it is safe to repeat.
///
/// Request of `POST /domains/check`. Build it with [`CheckDomainRequest::builder`], send it with [`check_domain`] or `client.send(&request)`.
#[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct CheckDomainRequest {
    /// Sent in the JSON body as `domains`.
    pub domains: Vec<DomainName>,
}
impl ::core::fmt::Debug for CheckDomainRequest {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("CheckDomainRequest").field("domains", &self.domains).finish()
    }
}
impl CheckDomainRequest {
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
impl CheckDomainRequest {
    /// Starts a builder with the required fields: `domains`.
    #[inline]
    pub fn builder(
        domains: impl ::core::convert::Into<Vec<DomainName>>,
    ) -> CheckDomainRequestBuilder {
        CheckDomainRequestBuilder {
            request: CheckDomainRequest {
                domains: ::core::convert::Into::into(domains),
            },
        }
    }
}
/// Builder of [`CheckDomainRequest`] (`POST /domains/check`): required fields were given to `builder`, optional ones are set here.
#[derive(::core::clone::Clone)]
#[must_use = "a builder does nothing until `.build()` or `.send(&client)`"]
pub struct CheckDomainRequestBuilder {
    request: CheckDomainRequest,
}
impl ::core::fmt::Debug for CheckDomainRequestBuilder {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("CheckDomainRequestBuilder").field(&self.request).finish()
    }
}
impl CheckDomainRequestBuilder {
    /// The finished request.
    #[inline]
    pub fn build(self) -> CheckDomainRequest {
        self.request
    }
    /// Builds the request and sends it.
    #[inline]
    pub fn send(
        self,
        client: &::openprovider::__private::Client,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<Checked, ::openprovider::__private::Error>,
    > + ::core::marker::Send + use<'_> {
        client.send(&self.request)
    }
}
impl ::openprovider::__private::Endpoint for CheckDomainRequest {
    type Response = Checked;
    const INFO: ::openprovider::__private::EntryInfo = ::openprovider::__private::EntryInfo::new(
            "check_domain",
            ::openprovider::__private::Method::Post,
            "/domains/check",
        )
        .in_module(::openprovider::__private::last_segment(::core::module_path!()))
        .safe_to_repeat(true)
        .docs("Checks names; changes nothing, so it is safe to repeat.")
        .path_pieces(&[::openprovider::__private::PathPiece::Literal("/domains/check")])
        .fields(
            &[
                ::openprovider::__private::FieldInfo::body_field(
                        "domains",
                        "domains",
                        "Vec<DomainName>",
                    )
                    .mark_required()
                    .kind(::openprovider::__private::ValueKind::DomainName)
                    .mark_repeated(),
            ],
        );
    #[inline]
    fn write_path(
        &self,
        path: &mut ::openprovider::__private::PathWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        path.literal("/domains/check");
        ::core::result::Result::Ok(())
    }
    #[inline]
    fn write_body(
        &self,
        body: &mut ::openprovider::__private::BodyWriter,
    ) -> ::core::result::Result<(), ::openprovider::__private::Error> {
        body.push("domains", &self.domains)?;
        ::core::result::Result::Ok(())
    }
}
/// Checks names; changes nothing, so it is safe to repeat.
///
/// Sends `POST /domains/check` and returns the reply's `data`. Safe to repeat: after a dropped connection, a timeout or a 502/503/504 it is sent again, within the client's retry policy.
#[inline]
pub fn check_domain<'a>(
    client: &'a ::openprovider::__private::Client,
    request: &CheckDomainRequest,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<Checked, ::openprovider::__private::Error>,
> + ::core::marker::Send + use<'a> {
    client.send(request)
}
/// The entries of this module, as data, in the order they are written.
pub const ENTRIES: &[&::openprovider::__private::EntryInfo] = &[
    &<ListDomainsRequest as ::openprovider::__private::Endpoint>::INFO,
    &<CheckDomainRequest as ::openprovider::__private::Endpoint>::INFO,
];
/// Hands the types of the entry called `entry` (of those in this module's list) to
/// `visitor`; `None` for a name that is not one of them.
pub fn visit_entries<V: ::openprovider::__private::EntryVisitor>(
    entry: &str,
    visitor: V,
) -> ::core::option::Option<V::Output> {
    match entry {
        "list_domains" => {
            ::core::option::Option::Some(visitor.visit::<ListDomainsRequest>())
        }
        "check_domain" => {
            ::core::option::Option::Some(visitor.visit::<CheckDomainRequest>())
        }
        _ => ::core::option::Option::None,
    }
}
