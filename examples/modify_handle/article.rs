//! The update of Openprovider's article "Modifying a handle", written with the typed builder.
//! Shared by the example and the tests, which check it sends exactly the article's body.

use openprovider::customers::{
    AdditionalData, Address, ExtensionAdditionalData, ExtensionData, Phone, Tag,
    UpdateCustomerRequest,
};

/// Every field of the article's request, except the name fields and the company name, which an
/// update cannot change.
pub fn article_update(handle: &str) -> UpdateCustomerRequest {
    let s = |v: &str| Some(v.to_owned());
    UpdateCustomerRequest::builder(handle)
        .additional_data(AdditionalData {
            birth_address: s("test street 45"),
            birth_city: s("Test city"),
            birth_country: s("NL"),
            birth_date: s("1970-01-01"),
            birth_state: s("Testprovince"),
            birth_zipcode: s("0123"),
            cif_nif_number: s(""),
            company_registration_city: s("Testcity"),
            company_registration_number: s("12345678"),
            company_registration_subscription_date: s("2000-01-01"),
            cost_category: s(""),
            cost_center: s(""),
            headquarters_address: s("Test street 5"),
            headquarters_city: s("Testcity"),
            headquarters_country: s("NL"),
            headquarters_state: s("Testprovince"),
            headquarters_zipcode: s("0123"),
            internal_reference: s(""),
            passport_number: s("0123456"),
            project_code: s(""),
            purchase_order_number: s(""),
            social_security_number: s("6543210"),
            ..AdditionalData::default()
        })
        .address(Address {
            city: s("Test city"),
            country: s("NL"),
            number: s("1"),
            state: s("Testprovince"),
            street: s("Test street"),
            suffix: s("A"),
            zipcode: s("0123"),
        })
        .comments("Some comment here")
        .email("test@mail.tld")
        .extension_additional_data(vec![ExtensionAdditionalData::new(
            "ru",
            ExtensionData {
                admin_type: s("1"),
                applicant_purpose: s("P3"),
                birth_date: s("1970-01-01"),
                company_name_cyrillic: s("Example company"),
                company_name_latin: s("Example company"),
                company_registration_number: s("XX123456789X11"),
                contact_title: s("CEO"),
                ens_auth_id: s(""),
                ens_key: s(""),
                first_name_cyrillic: s("Test"),
                first_name_latin: s("Test"),
                hr_member: s(""),
                industry_class: s("19"),
                is_private_enterpreneur: s(""),
                last_name_cyrillic: s("Person"),
                last_name_latin: s("Person"),
                legal_address_cyrillic: s("13245 Country, City, street, 2"),
                middle_name_cyrillic: s("Nikolaevich"),
                middle_name_latin: s("Nikolaevich"),
                mobile_phone_number: s("+7 (123) 456-78-90"),
                nexus_category: s("C31"),
                org_type: s("1"),
                passport_issue_date: s("2009-01-11"),
                passport_issuer: s("Issuer name"),
                passport_number: s("12345678"),
                passport_series: s("1234"),
                postal_address_cyrillic: s("12345 Country, City, street, 1"),
                social_security_number: s("X123455123X"),
                tax_payer_number: s("1345678"),
                uin: s("12345-6"),
                user_type: s("Individual"),
                vat: s("12345678"),
                website: s("http://example.com"),
                whois_email: s("test@mail.tld"),
                ..ExtensionData::default()
            },
        )])
        .fax(Phone::new("+01", "001", "123456"))
        .locale("nl_NL")
        .phone(Phone::new("+01", "10", "123456"))
        .tags(vec![Tag::customer("VIP")])
        .vat("NL123456789X11")
        .build()
}
