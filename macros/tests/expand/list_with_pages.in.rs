#![catalogue(ENTRIES)]

/// Lists domains a page at a time.
pub list_domains: GET "/domains" -> List<Domain> {
    /// Page size.
    limit: Option<i32>,
    offset: Option<i32>,
    #[rename = "order_by.expiration_date"]
    order_by_expiration_date: Option<String>,
}

/// Checks names; changes nothing, so it is safe to repeat.
#[safe_to_repeat]
pub check_domain: POST "/domains/check" -> Checked {
    domains: Vec<DomainName>,
}
