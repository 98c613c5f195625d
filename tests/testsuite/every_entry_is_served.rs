//! Every entry of the catalogue, called against the stand-in with its required arguments: each
//! answers with a typed success (or the one error the stand-in is meant to give), so its reply
//! decodes into the entry's reply type. The test ends by comparing the entries it called with
//! `openprovider::catalogue()`, so no entry can be added without being served.

use std::collections::BTreeSet;
use std::sync::Mutex;

use openprovider::customers::{Address, Name, Phone};
use openprovider::{Client, DomainName, Error};
use openprovider_mock::MockServer;

/// The entries called, as `module::name`.
static COVERED: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// Records that `entry` was called and returns its typed reply, or fails with the entry's name.
fn ok<T>(entry: &str, result: Result<T, Error>) -> T {
    COVERED.lock().unwrap().insert(entry.to_owned());
    match result {
        Ok(reply) => reply,
        Err(err) => panic!("{entry} failed: {err} (code {:?})", err.code()),
    }
}

/// Records that `entry` was called and checks it failed with the API's `code`.
fn refused<T: std::fmt::Debug>(entry: &str, result: Result<T, Error>, code: i32) {
    COVERED.lock().unwrap().insert(entry.to_owned());
    match result {
        Ok(reply) => panic!("{entry} should fail with {code}, got {reply:?}"),
        Err(err) => assert_eq!(err.code(), Some(code), "{entry}: {err}"),
    }
}

async fn new_customer(c: &Client) -> Result<openprovider::customers::CreatedCustomer, Error> {
    openprovider::customers::CreateCustomerRequest::builder(
        Name::new("Carsten", "van Noort"),
        Address::new("Albusstraat", "83", "4903 RG", "Oosterhout", "NL"),
        Phone::new("+31", "111", "123456"),
        "example@mail.tld",
    )
    .send(c)
    .await
}

async fn client_of(server: &MockServer) -> Client {
    // Each entry is called once or a few times, far below any limit; the limits stay on.
    Client::builder()
        .base_url(server.base_url())
        .credentials(server.username(), server.password())
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn every_entry_is_served_with_its_typed_reply() {
    let server = MockServer::start().await.expect("stand-in starts");
    let c = client_of(&server).await;
    auth_and_customers(&server, &c).await;
    domains_and_tlds(&c).await;
    dns(&c).await;
    account(&c).await;
    ssl(&server, &c).await;
    licenses(&c).await;
    mail(&c).await;

    let covered = COVERED.lock().unwrap().clone();
    let catalogue: BTreeSet<String> = openprovider::catalogue()
        .iter()
        .map(|e| format!("{}::{}", e.module, e.name))
        .collect();
    let missing: Vec<&String> = catalogue.difference(&covered).collect();
    let unknown: Vec<&String> = covered.difference(&catalogue).collect();
    assert!(missing.is_empty(), "entries without a case: {missing:?}");
    assert!(unknown.is_empty(), "cases of no entry: {unknown:?}");
    assert_eq!(catalogue.len(), 111);
}

async fn auth_and_customers(server: &MockServer, c: &Client) {
    use openprovider::auth::LoginRequest;
    use openprovider::customers::*;
    let login = ok(
        "auth::login",
        LoginRequest::builder(server.username(), server.password())
            .send(c)
            .await,
    );
    assert!(!login.token.expose().is_empty());
    let handle = ok("customers::create_customer", new_customer(c).await).handle;
    let got = ok(
        "customers::get_customer",
        GetCustomerRequest::builder(&handle).send(c).await,
    );
    assert_eq!(got.handle.as_deref(), Some(handle.as_str()));
    let list = ok(
        "customers::list_customers",
        ListCustomersRequest::builder().send(c).await,
    );
    assert_eq!(list.total, Some(1));
    ok(
        "customers::update_customer",
        UpdateCustomerRequest::builder(&handle)
            .email("new@mail.tld")
            .send(c)
            .await,
    );
    let spare = ok("customers::create_customer", new_customer(c).await).handle;
    ok(
        "customers::delete_customer",
        DeleteCustomerRequest::builder(&spare).send(c).await,
    );
}

/// The handle of the first live customer.
async fn a_handle(c: &Client) -> String {
    use openprovider::customers::ListCustomersRequest;
    ListCustomersRequest::builder()
        .send(c)
        .await
        .expect("customers list")
        .results
        .remove(0)
        .handle
        .expect("a customer has a handle")
}

async fn domains_and_tlds(c: &Client) {
    use openprovider::domains::*;
    use openprovider::tlds::*;
    let owner = a_handle(c).await;
    let checks = ok(
        "domains::check_domain",
        CheckDomainRequest::builder(vec![DomainName::new("every-entry", "com")])
            .send(c)
            .await,
    );
    assert!(checks.results[0].is_free());
    let id = ok(
        "domains::create_domain",
        CreateDomainRequest::builder(DomainName::new("every-entry", "com"), 1, &owner)
            .send(c)
            .await,
    )
    .id;
    ok(
        "domains::list_domains",
        ListDomainsRequest::builder().send(c).await,
    );
    ok(
        "domains::get_domain",
        GetDomainRequest::builder(id).send(c).await,
    );
    ok(
        "domains::update_domain",
        UpdateDomainRequest::builder(id)
            .autorenew("on")
            .send(c)
            .await,
    );
    ok(
        "domains::get_auth_code",
        GetAuthCodeRequest::builder(id).send(c).await,
    );
    ok(
        "domains::reset_auth_code",
        ResetAuthCodeRequest::builder(id).send(c).await,
    );
    ok(
        "domains::renew_domain",
        RenewDomainRequest::builder(id, 1).send(c).await,
    );
    ok(
        "domains::delete_domain",
        DeleteDomainRequest::builder(id).send(c).await,
    );
    ok(
        "domains::restore_domain",
        RestoreDomainRequest::builder(id).send(c).await,
    );

    let moving = ok(
        "domains::transfer_domain",
        TransferDomainRequest::builder(DomainName::new("moving-in", "net"), "Xy7-auth", &owner)
            .send(c)
            .await,
    )
    .id
    .expect("a transfer has an id");
    ok(
        "domains::send_foa1",
        SendFoa1Request::builder(moving).send(c).await,
    );
    ok(
        "domains::try_again_last_operation",
        TryAgainLastOperationRequest::builder(moving).send(c).await,
    );
    ok(
        "domains::approve_transfer",
        ApproveTransferRequest::builder(moving).send(c).await,
    );
    let traded = ok(
        "domains::trade_domain",
        TradeDomainRequest::builder(DomainName::new("traded-in", "eu"), &owner)
            .auth_code("Tr4de-auth")
            .send(c)
            .await,
    );
    assert_eq!(traded.status.as_deref(), Some("REQ"));
    let suggestions = ok(
        "domains::suggest_name_domain",
        SuggestNameDomainRequest::builder("every entry")
            .send(c)
            .await,
    );
    assert!(!suggestions.results.is_empty());
    let price = ok(
        "domains::get_price",
        GetPriceRequest::builder()
            .domain(DomainName::new("priced", "com"))
            .operation("create")
            .period(2)
            .send(c)
            .await,
    );
    assert!(price.price.is_some());
    let fields = ok(
        "domains::get_additional_data",
        GetAdditionalDataRequest::builder()
            .domain(DomainName::new("needs-data", "ca"))
            .send(c)
            .await,
    );
    assert!(fields.iter().any(|f| f.required));
    ok(
        "domains::get_customer_additional_data",
        GetCustomerAdditionalDataRequest::builder()
            .domain(DomainName::new("needs-data", "de"))
            .send(c)
            .await,
    );
    ok("tlds::list_tlds", ListTldsRequest::builder().send(c).await);
    ok("tlds::get_tld", GetTldRequest::builder("com").send(c).await);
}

async fn dns(c: &Client) {
    use openprovider::common::Nameserver;
    use openprovider::dns::*;
    let zone = "zoned.com";
    ok(
        "dns::create_zone",
        CreateZoneRequest::builder(DomainName::new("zoned", "com"))
            .send(c)
            .await,
    );
    ok("dns::list_zones", ListZonesRequest::builder().send(c).await);
    ok("dns::get_zone", GetZoneRequest::builder(zone).send(c).await);
    ok(
        "dns::update_zone",
        UpdateZoneRequest::builder(zone)
            .records(RecordChanges::default().add(Record::txt("hello", "world")))
            .send(c)
            .await,
    );
    let records = ok(
        "dns::list_zone_records",
        ListZoneRecordsRequest::builder(zone).send(c).await,
    );
    assert!(records.results.iter().any(|r| r.value == "world"));
    ok(
        "dns::create_nameserver",
        CreateNameserverRequest::builder("ns1.zoned.com")
            .ip("192.0.2.53")
            .send(c)
            .await,
    );
    ok(
        "dns::list_nameservers",
        ListNameserversRequest::builder().send(c).await,
    );
    ok(
        "dns::get_nameserver",
        GetNameserverRequest::builder("ns1.zoned.com").send(c).await,
    );
    ok(
        "dns::update_nameserver",
        UpdateNameserverRequest::builder("ns1.zoned.com")
            .ip("192.0.2.54")
            .send(c)
            .await,
    );
    ok(
        "dns::delete_nameserver",
        DeleteNameserverRequest::builder("ns1.zoned.com")
            .send(c)
            .await,
    );
    let servers = vec![
        Nameserver::new("ns1.example.net"),
        Nameserver::new("ns2.example.net"),
    ];
    ok(
        "dns::create_ns_group",
        CreateNsGroupRequest::builder("pair", servers).send(c).await,
    );
    ok(
        "dns::list_ns_groups",
        ListNsGroupsRequest::builder().send(c).await,
    );
    ok(
        "dns::get_ns_group",
        GetNsGroupRequest::builder("pair").send(c).await,
    );
    ok(
        "dns::update_ns_group",
        UpdateNsGroupRequest::builder("pair").send(c).await,
    );
    ok(
        "dns::delete_ns_group",
        DeleteNsGroupRequest::builder("pair").send(c).await,
    );
    let template = ok(
        "dns::create_template",
        CreateTemplateRequest::builder("web").send(c).await,
    )
    .id
    .expect("a template has an id");
    ok(
        "dns::list_templates",
        ListTemplatesRequest::builder().send(c).await,
    );
    ok(
        "dns::get_template",
        GetTemplateRequest::builder(template).send(c).await,
    );
    ok(
        "dns::delete_template",
        DeleteTemplateRequest::builder(template).send(c).await,
    );
    ok(
        "dns::create_domain_token",
        CreateDomainTokenRequest::builder(zone).send(c).await,
    );
    ok(
        "dns::delete_zone",
        DeleteZoneRequest::builder(zone).send(c).await,
    );
}

async fn account(c: &Client) {
    use openprovider::billing::*;
    use openprovider::contacts::*;
    use openprovider::email_verification::*;
    use openprovider::resellers::*;
    use openprovider::tags::*;
    let contact = ok(
        "contacts::create_contact",
        CreateContactRequest::builder()
            .username("helper")
            .role("tech")
            .name(Name::new("Hanna", "Helper"))
            .email("hanna@reseller.example")
            .password("correct horse")
            .send(c)
            .await,
    )
    .id
    .expect("a contact has an id");
    ok(
        "contacts::list_contacts",
        ListContactsRequest::builder().send(c).await,
    );
    let got = ok(
        "contacts::get_contact",
        GetContactRequest::builder(contact).send(c).await,
    );
    assert_eq!(got.username.as_deref(), Some("helper"));
    ok(
        "contacts::update_contact",
        UpdateContactRequest::builder(contact)
            .comments("on call")
            .send(c)
            .await,
    );
    ok(
        "contacts::delete_contact",
        DeleteContactRequest::builder(contact).send(c).await,
    );

    ok(
        "email_verification::start_email_verification",
        StartEmailVerificationRequest::builder("owner@mail.tld")
            .send(c)
            .await,
    );
    ok(
        "email_verification::restart_email_verification",
        RestartEmailVerificationRequest::builder("owner@mail.tld")
            .send(c)
            .await,
    );
    let verifications = ok(
        "email_verification::list_domain_email_verifications",
        ListDomainEmailVerificationsRequest::builder().send(c).await,
    );
    assert_eq!(verifications.results.len(), 1);

    ok(
        "tags::create_tag",
        CreateTagRequest::builder("customer", "VIP").send(c).await,
    );
    let tags = ok("tags::list_tags", ListTagsRequest::builder().send(c).await);
    assert_eq!(tags.results.len(), 1);
    ok(
        "tags::delete_tag",
        DeleteTagRequest::builder("customer", "VIP").send(c).await,
    );

    let reseller = get_reseller_of(c).await;
    ok(
        "resellers::get_settings",
        GetSettingsRequest::builder().send(c).await,
    );
    ok(
        "resellers::get_statistics",
        GetStatisticsRequest::builder().send(c).await,
    );
    ok(
        "resellers::update_reseller",
        UpdateResellerRequest::builder(reseller)
            .comments("updated")
            .send(c)
            .await,
    );

    let invoices = ok(
        "billing::list_invoices",
        ListInvoicesRequest::builder().send(c).await,
    );
    assert!(invoices.total.unwrap_or(0) > 0);
    ok(
        "billing::list_payments",
        ListPaymentsRequest::builder().send(c).await,
    );
    ok(
        "billing::list_transactions",
        ListTransactionsRequest::builder().send(c).await,
    );
}

/// The reseller's id; its reply decodes whole, `tier` included (a number in the document).
async fn get_reseller_of(c: &Client) -> i64 {
    use openprovider::resellers::GetResellerRequest;
    let reseller = ok(
        "resellers::get_reseller",
        GetResellerRequest::builder()
            .with_settings(true)
            .with_statistics(true)
            .send(c)
            .await,
    );
    assert!(reseller.tier.is_some(), "the stand-in sends a tier");
    reseller.id.expect("the reseller has an id")
}

async fn ssl(server: &MockServer, c: &Client) {
    use openprovider::ssl::*;
    let products = ok(
        "ssl::list_products",
        ListProductsRequest::builder()
            .with_price(true)
            .send(c)
            .await,
    );
    let product = products.results[0].id.expect("a product has an id");
    ok(
        "ssl::get_product",
        GetProductRequest::builder(product).send(c).await,
    );
    let approvers = ok(
        "ssl::list_approver_emails",
        ListApproverEmailsRequest::builder()
            .domain("www.secure.com")
            .send(c)
            .await,
    );
    let approver = approvers.results[0].clone();
    let made = ok(
        "ssl::create_csr",
        CreateCsrRequest::builder()
            .common_name("www.secure.com")
            .country("NL")
            .send(c)
            .await,
    );
    let csr = made.csr.expect("a CSR");
    let decoded = ok(
        "ssl::decode_csr",
        DecodeCsrRequest::builder(&csr).send(c).await,
    );
    assert_eq!(
        decoded.subject.unwrap().common_name.as_deref(),
        Some("www.secure.com")
    );
    let order = ok(
        "ssl::create_order",
        CreateOrderRequest::builder()
            .product_id(product)
            .csr(&csr)
            .approver_email(&approver)
            .send(c)
            .await,
    )
    .id
    .expect("an order has an id");
    ok(
        "ssl::list_orders",
        ListOrdersRequest::builder().send(c).await,
    );
    let got = ok(
        "ssl::get_order",
        GetOrderRequest::builder(order).send(c).await,
    );
    assert_eq!(got.status.as_deref(), Some("REQ"));
    ok(
        "ssl::update_order",
        UpdateOrderRequest::builder(order)
            .autorenew("on")
            .send(c)
            .await,
    );
    ok(
        "ssl::update_approver_email_address",
        UpdateApproverEmailAddressRequest::builder(order)
            .approver_email("webmaster@secure.com")
            .send(c)
            .await,
    );
    ok(
        "ssl::resend_approver_email",
        ResendApproverEmailRequest::builder(order).send(c).await,
    );
    ok(
        "ssl::create_otp_token",
        CreateOtpTokenRequest::builder(order).send(c).await,
    );
    assert!(server.issue_ssl_order(order));
    ok(
        "ssl::reissue_order",
        ReissueOrderRequest::builder(order).send(c).await,
    );
    // Just issued: far from its expiry, too early to renew.
    refused(
        "ssl::renew_order",
        RenewOrderRequest::builder(order).send(c).await,
        25_001,
    );
    let expiring = ListOrdersRequest::builder()
        .show_expiring(true)
        .send(c)
        .await
        .expect("orders list")
        .results[0]
        .id
        .expect("an order has an id");
    ok(
        "ssl::renew_order",
        RenewOrderRequest::builder(expiring).send(c).await,
    );
    ok(
        "ssl::cancel_order",
        CancelOrderRequest::builder(order).send(c).await,
    );
}

async fn licenses(c: &Client) {
    use openprovider::licenses::*;
    let items = ok(
        "licenses::list_items",
        ListItemsRequest::builder().send(c).await,
    );
    let item_of = |product: &str| {
        items
            .results
            .iter()
            .find(|i| i.product.as_deref() == Some(product))
            .and_then(|i| i.item.clone())
            .expect("an item of the product")
    };
    let plesk = ok(
        "licenses::create_plesk_license",
        CreatePleskLicenseRequest::builder()
            .items(vec![item_of("plesk")])
            .title("web 1")
            .send(c)
            .await,
    )
    .key_id
    .expect("a key id");
    ok(
        "licenses::list_plesk_licenses",
        ListPleskLicensesRequest::builder().send(c).await,
    );
    ok(
        "licenses::get_plesk_license",
        GetPleskLicenseRequest::builder(plesk).send(c).await,
    );
    ok(
        "licenses::get_plesk_key",
        GetPleskKeyRequest::builder(plesk).send(c).await,
    );
    ok(
        "licenses::update_plesk_license",
        UpdatePleskLicenseRequest::builder(plesk)
            .comment("moved")
            .send(c)
            .await,
    );
    ok(
        "licenses::reset_hwid",
        ResetHwidRequest::builder("plesk", plesk).send(c).await,
    );
    let virtuozzo = ok(
        "licenses::create_virtuozzo_license",
        CreateVirtuozzoLicenseRequest::builder()
            .items(vec![item_of("virtuozzo")])
            .send(c)
            .await,
    )
    .key_id
    .expect("a key id");
    ok(
        "licenses::list_virtuozzo_licenses",
        ListVirtuozzoLicensesRequest::builder().send(c).await,
    );
    ok(
        "licenses::get_virtuozzo_license",
        GetVirtuozzoLicenseRequest::builder(virtuozzo).send(c).await,
    );
    ok(
        "licenses::get_virtuozzo_key",
        GetVirtuozzoKeyRequest::builder(virtuozzo).send(c).await,
    );
    ok(
        "licenses::update_virtuozzo_license",
        UpdateVirtuozzoLicenseRequest::builder(virtuozzo)
            .suspended(true)
            .send(c)
            .await,
    );
    let all = ok(
        "licenses::list_licenses",
        ListLicensesRequest::builder().send(c).await,
    );
    assert_eq!(all.total, Some(2));
    ok(
        "licenses::delete_virtuozzo_license",
        DeleteVirtuozzoLicenseRequest::builder(virtuozzo)
            .send(c)
            .await,
    );
    ok(
        "licenses::delete_plesk_license",
        DeletePleskLicenseRequest::builder(plesk).send(c).await,
    );
}

async fn mail(c: &Client) {
    use openprovider::easydmarc::*;
    use openprovider::emails::*;
    use openprovider::spam_expert;
    let template = ok(
        "emails::create_email",
        CreateEmailRequest::builder()
            .name("Our verification")
            .group("ive")
            .send(c)
            .await,
    )
    .id
    .expect("a template has an id");
    ok(
        "emails::list_emails",
        ListEmailsRequest::builder().send(c).await,
    );
    ok(
        "emails::update_email",
        UpdateEmailRequest::builder(template)
            .is_active(false)
            .send(c)
            .await,
    );
    ok(
        "emails::delete_email",
        DeleteEmailRequest::builder(template).send(c).await,
    );

    ok(
        "spam_expert::create_domain",
        spam_expert::CreateDomainRequest::builder("filtered.com")
            .send(c)
            .await,
    );
    let filtered = ok(
        "spam_expert::get_domain",
        spam_expert::GetDomainRequest::builder("filtered.com")
            .send(c)
            .await,
    );
    assert_eq!(filtered.domain_name.as_deref(), Some("filtered.com"));
    ok(
        "spam_expert::update_domain",
        spam_expert::UpdateDomainRequest::builder("filtered.com")
            .bundle(true)
            .send(c)
            .await,
    );
    let link = ok(
        "spam_expert::generate_login_url",
        spam_expert::GenerateLoginUrlRequest::builder()
            .domain_or_email("postmaster@filtered.com")
            .send(c)
            .await,
    );
    assert!(link.url.starts_with("https://"));
    ok(
        "spam_expert::delete_domain",
        spam_expert::DeleteDomainRequest::builder("filtered.com")
            .send(c)
            .await,
    );

    let owner = a_handle(c).await;
    let order = ok(
        "easydmarc::create_easy_dmarc",
        CreateEasyDmarcRequest::builder(DomainName::new("reported", "com"), &owner)
            .send(c)
            .await,
    )
    .id
    .expect("an order has an id");
    let got = ok(
        "easydmarc::get_easy_dmarc",
        GetEasyDmarcRequest::builder()
            .domain(DomainName::new("reported", "com"))
            .send(c)
            .await,
    );
    assert_eq!(got.id, Some(order));
    ok(
        "easydmarc::list_easy_dmarc",
        ListEasyDmarcRequest::builder().send(c).await,
    );
    ok(
        "easydmarc::get_easy_dmarc_sso",
        GetEasyDmarcSsoRequest::builder(order).send(c).await,
    );
    // Only a failed order can be retried; this one is active.
    refused(
        "easydmarc::retry_easy_dmarc",
        RetryEasyDmarcRequest::builder(order).send(c).await,
        30_001,
    );
    ok(
        "easydmarc::delete_easy_dmarc",
        DeleteEasyDmarcRequest::builder(order).send(c).await,
    );
}
