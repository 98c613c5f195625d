//! Customer handles: the registrant and contact records that domains and certificates refer
//! to, with handles like `XX123456-XX`.
//!
//! Build request models with struct syntax and `..Default::default()`; fields may be added
//! to them as the API grows. The model types accept what the API really sends, which differs from its docs: `"true"` for
//! `true`, a fax of empty strings for "no fax", `0000-00-00 00:00:00` for "never", and fields the
//! docs never mention (kept in `extra`).

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

pub use crate::common::Success;
use crate::jiff::civil::DateTime;
use crate::{TldEntry, openprovider_endpoint};

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Creates a customer handle.
    ///
    /// The API requires `first_name` and `last_name` in `name`; `street`, `number`, `zipcode`,
    /// `city` and `country` in `address`; and the phone and email. Some TLDs need
    /// `extension_additional_data` as well (see `check_tld`).
    pub create_customer: POST "/customers" -> CreatedCustomer {
        /// The person's name.
        name: Name,
        /// The postal address.
        address: Address,
        /// The phone number.
        phone: Phone,
        /// The email address.
        email: String,
        /// Makes the customer a company.
        company_name: Option<String>,
        /// VAT number.
        vat: Option<String>,
        /// Fax number.
        fax: Option<Phone>,
        /// Data that some registries need about the person or company.
        additional_data: Option<AdditionalData>,
        /// Data that some TLDs need, one entry per TLD. Flagged for the TLDs whose registry
        /// needs an entry from every registrant (the TLD rules' table; a test keeps the two
        /// the same); `tld_rules::check_registration` checks what goes inside.
        #[required_for_tlds("aero", "fi", "jobs", "ru", "travel", "us", "xn--p1ai")]
        extension_additional_data: Option<Vec<ExtensionAdditionalData>>,
        /// Tags, like `{key: "customer", value: "VIP"}`.
        tags: Option<Vec<Tag>>,
        /// Locale, like `nl_NL`.
        locale: Option<String>,
        /// Free-form comments.
        comments: Option<String>,
    }

    /// Reads one customer handle.
    ///
    /// A deleted handle answers with an error (HTTP 500).
    pub get_customer: GET "/customers/{handle}" -> Customer {
        /// The handle, like `XX123456-XX`.
        handle: String,
        /// Also return `additional_data` and `extension_additional_data`.
        with_additional_data: Option<bool>,
    }

    /// Lists and searches customer handles, a page at a time.
    ///
    /// Pattern filters take `*` as a wildcard.
    pub list_customers: GET "/customers" -> CustomerList {
        /// Your own reseller id is used by default; the API accepts no other.
        reseller_id: Option<i32>,
        /// Page size: 100 by default, at most 1000.
        limit: Option<i32>,
        /// How many results to skip.
        offset: Option<i32>,
        /// `ASC` or `DESC`.
        order: Option<String>,
        /// The field to sort by, like `first_name`.
        order_by: Option<String>,
        /// Only results whose e-mail address matches, `*` as a wildcard.
        email_pattern: Option<String>,
        /// Only results whose company name matches, `*` as a wildcard.
        company_name_pattern: Option<String>,
        /// Only results whose last name matches, `*` as a wildcard.
        last_name_pattern: Option<String>,
        /// Only results whose first name matches, `*` as a wildcard.
        first_name_pattern: Option<String>,
        /// Only results whose comment matches, `*` as a wildcard.
        comment_pattern: Option<String>,
        /// Only results whose handle matches, `*` as a wildcard.
        handle_pattern: Option<String>,
        /// Matches first name, last name, company name or handle.
        pattern: Option<String>,
        /// Adds the additional data (per-TLD data) to the reply.
        with_additional_data: Option<bool>,
        /// `company` or `individual`.
        r#type: Option<String>,
        /// The columns to return, in camelCase: `firstName`, `email`, `handle`, ...
        columns: Option<Vec<String>>,
    }

    /// Changes the data of an existing customer handle. Only the fields you set are sent.
    ///
    /// Name fields and the company name cannot change, so this request has none: clone the
    /// handle or create a new one to change them.
    pub update_customer: PUT "/customers/{handle}" -> Success {
        /// The handle to change, like `XX123456-XX`; the API's schema repeats it in the body.
        #[body]
        handle: String,
        additional_data: Option<AdditionalData>,
        address: Option<Address>,
        comments: Option<String>,
        email: Option<String>,
        /// Data that some TLDs need, one entry per TLD. Flagged for the TLDs whose registry
        /// needs an entry from every registrant (the TLD rules' table; a test keeps the two
        /// the same); `tld_rules::check_registration` checks what goes inside.
        #[required_for_tlds("aero", "fi", "jobs", "ru", "travel", "us", "xn--p1ai")]
        extension_additional_data: Option<Vec<ExtensionAdditionalData>>,
        fax: Option<Phone>,
        locale: Option<String>,
        phone: Option<Phone>,
        tags: Option<Vec<Tag>>,
        vat: Option<String>,
    }

    /// Deletes a customer handle. The API refuses while domains or other products use it.
    pub delete_customer: DELETE "/customers/{handle}" -> Success {
        /// The handle, like `XX123456-XX`.
        handle: String,
    }
}

/// A person's name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct Name {
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The whole name as one string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// First letters of the first names and of the last name, like `C.G.P.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initials: Option<String>,
    /// Like Dutch `van de`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

impl Name {
    /// A name with the two parts the API requires.
    pub fn new(first_name: impl Into<String>, last_name: impl Into<String>) -> Self {
        Name {
            first_name: Some(first_name.into()),
            last_name: Some(last_name.into()),
            ..Name::default()
        }
    }
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct Address {
    /// Street name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// The house number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The house number's suffix, like `A`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Some registries require it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// ISO 3166 alpha-2, like `NL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Address {
    /// An address with the parts the API requires.
    pub fn new(
        street: impl Into<String>,
        number: impl Into<String>,
        zipcode: impl Into<String>,
        city: impl Into<String>,
        country: impl Into<String>,
    ) -> Self {
        Address {
            street: Some(street.into()),
            number: Some(number.into()),
            zipcode: Some(zipcode.into()),
            city: Some(city.into()),
            country: Some(country.into()),
            ..Address::default()
        }
    }
}

/// A phone or fax number in three parts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct Phone {
    /// With the plus, like `+31`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// Without the leading zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_code: Option<String>,
    /// The number without country and area code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriber_number: Option<String>,
}

impl Phone {
    /// A number from its three parts.
    pub fn new(
        country_code: impl Into<String>,
        area_code: impl Into<String>,
        subscriber_number: impl Into<String>,
    ) -> Self {
        Phone {
            country_code: Some(country_code.into()),
            area_code: Some(area_code.into()),
            subscriber_number: Some(subscriber_number.into()),
        }
    }
}

/// A phone the API sends with every part empty when there is none (a customer's fax) is `None`,
/// like null or absence. Decoding the `Phone` and then looking is cheaper than the general
/// `de::empty_object_as_none`, which goes through a `serde_json::Value`.
pub(crate) fn phone_or_none<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Phone>, D::Error> {
    let blank = |part: &Option<String>| part.as_deref().is_none_or(str::is_empty);
    Ok(
        <Option<Phone> as serde::Deserialize>::deserialize(d)?.filter(|phone| {
            !(blank(&phone.country_code)
                && blank(&phone.area_code)
                && blank(&phone.subscriber_number))
        }),
    )
}

/// A tag on a customer. The only key the API allows is `customer`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct Tag {
    /// The tag's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The tag's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Tag {
    /// A `customer` tag with the given value.
    pub fn customer(value: impl Into<String>) -> Self {
        Tag {
            key: Some("customer".to_owned()),
            value: Some(value.into()),
        }
    }
}

/// A file attached to a customer's additional data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, LenientDeserialize)]
pub struct CustomerFile {
    /// What the file is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Like `passport` or `id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
    /// A link to external storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// Data about the person or company that some registries need. Dates are `YYYY-MM-DD`.
///
/// The last six fields appear in Openprovider's update example but not in its schema; fields
/// neither names are kept in `extra`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
pub struct AdditionalData {
    /// Documents attached to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_files: Option<Vec<CustomerFile>>,
    /// Address of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_address: Option<String>,
    /// City of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_city: Option<String>,
    /// Country of birth, ISO 3166 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_country: Option<String>,
    /// Date of birth, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// State or province of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_state: Option<String>,
    /// Postal code of the place of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_zipcode: Option<String>,
    /// City where the company is registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_registration_city: Option<String>,
    /// Company registration number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_registration_number: Option<String>,
    /// Date of the company's registration, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_registration_subscription_date: Option<String>,
    /// The company's website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_url: Option<String>,
    /// Address of the headquarters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headquarters_address: Option<String>,
    /// City of the headquarters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headquarters_city: Option<String>,
    /// Country of the headquarters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headquarters_country: Option<String>,
    /// State of the headquarters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headquarters_state: Option<String>,
    /// Postal code of the headquarters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headquarters_zipcode: Option<String>,
    /// Passport number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_number: Option<String>,
    /// Social security number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_security_number: Option<String>,
    /// Trading name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trading_name: Option<String>,
    /// Spanish CIF/NIF tax number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cif_nif_number: Option<String>,
    /// Cost category, for the reseller's own bookkeeping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_category: Option<String>,
    /// Cost center, for the reseller's own bookkeeping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_center: Option<String>,
    /// The reseller's own reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_reference: Option<String>,
    /// Project code, for the reseller's own bookkeeping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_code: Option<String>,
    /// Purchase order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_number: Option<String>,
    /// Fields this type does not name, sent and received as they are.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// Data one TLD needs, like `{name: "eu", data: {whois_email: ...}}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
pub struct ExtensionAdditionalData {
    /// The TLD, like `eu` or `ru`.
    #[serde(default)]
    pub name: String,
    /// The fields for that TLD.
    #[serde(default)]
    pub data: ExtensionData,
}

impl ExtensionAdditionalData {
    /// The data for one TLD.
    pub fn new(tld: impl Into<String>, data: ExtensionData) -> Self {
        ExtensionAdditionalData {
            name: tld.into(),
            data,
        }
    }
}

impl TldEntry for ExtensionAdditionalData {
    fn tld(&self) -> &str {
        &self.name
    }
}

/// The per-TLD fields. Which TLD reads which field: `.eu` `country_of_citizenship` and
/// `whois_email`; `.us` `applicant_purpose` and `nexus_category`; `.uk` `legal_type`; `.es` and
/// `.se` registration, social security and passport numbers; `.fi` `org_type`; `.dk` and `.sk`
/// `user_type` (`.sk` also `customer_uin`); `.jobs` `admin_type`, `contact_title`, `hr_member`,
/// `industry_class`, `website`; `.aero` `ens_auth_id`, `ens_key`; `.travel` `uin`; `.ru`, `.su`
/// and `.рф` the Cyrillic and Latin names, addresses, passport and tax data (`.ru` and `.рф`
/// also the addresses split into `legal_address_*` and `postal_address_*` parts); `.vn`
/// `birth_date`, `passport_number`, `vat`; `.in` `in_nexus_*`; `.music` `music_nexus_*`; `.dk`
/// also `sole_proprietorship`. Ask `GET /domains/additional-data/customers` which are mandatory.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
pub struct ExtensionData {
    /// `.jobs`: administrative contact type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_type: Option<String>,
    /// `.us`: application purpose, like `P3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_purpose: Option<String>,
    /// Date of birth, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// `.ru`/`.su`/`.рф`: company name in Cyrillic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name_cyrillic: Option<String>,
    /// `.ru`/`.su`/`.рф`: company name in Latin script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name_latin: Option<String>,
    /// Company registration number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_registration_number: Option<String>,
    /// `.jobs`: the contact's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_title: Option<String>,
    /// `.eu`: country of citizenship, for persons living outside the EU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_of_citizenship: Option<String>,
    /// `.sk`: the customer's identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_uin: Option<String>,
    /// `.aero`: ENS authentication id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ens_auth_id: Option<String>,
    /// `.aero`: ENS key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ens_key: Option<String>,
    /// `.ru`/`.su`/`.рф`: first name in Cyrillic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name_cyrillic: Option<String>,
    /// `.ru`/`.su`/`.рф`: first name in Latin script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name_latin: Option<String>,
    /// `.jobs`: whether the contact is an HR association member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_member: Option<String>,
    /// `.in`: how the registrant is connected to India, a code like `ENTITY` or `COMM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub in_nexus_connection_to_india: Option<String>,
    /// `.in`: `YES` when the registrant declares it meets the `.in` eligibility rules, else `NO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub in_nexus_declaration_attestation: Option<String>,
    /// `.jobs`: industry class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_class: Option<String>,
    /// Spelled as the API spells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_private_enterpreneur: Option<String>,
    /// `.ru`/`.su`/`.рф`: last name in Cyrillic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name_cyrillic: Option<String>,
    /// `.ru`/`.su`/`.рф`: last name in Latin script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name_latin: Option<String>,
    /// `.ru`/`.рф`: area (district) of a company's legal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_area: Option<String>,
    /// `.ru`/`.рф`: building number or name of a company's legal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_building: Option<String>,
    /// `.ru`/`.рф`: city of a company's legal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_city: Option<String>,
    /// `.ru`/`.рф`: country of a company's legal address, a two-letter code like `RU`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_country_code: Option<String>,
    /// `.ru`/`.su`/`.рф`: legal address in Cyrillic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_address_cyrillic: Option<String>,
    /// `.ru`/`.рф`: house number of a company's legal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_house: Option<String>,
    /// `.ru`/`.рф`: postal code of a company's legal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_postal_code: Option<String>,
    /// `.ru`/`.рф`: region of a company's legal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_region: Option<String>,
    /// `.ru`/`.рф`: street of a company's legal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub legal_address_street: Option<String>,
    /// `.uk`: legal type, like `FCORP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_type: Option<String>,
    /// `.ru`/`.su`/`.рф`: middle name in Cyrillic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name_cyrillic: Option<String>,
    /// `.ru`/`.su`/`.рф`: middle name in Latin script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name_latin: Option<String>,
    /// `.ru`/`.su`/`.рф`: mobile phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_phone_number: Option<String>,
    /// `.ru`/`.рф`: country calling code of `mobile_phone_number`, with its `+`, like `+7`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub mobile_phone_number_country_code: Option<String>,
    /// `.music`: the registrant's connection to the music community; values not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub music_nexus_connection_to_music: Option<String>,
    /// `.music`: the registrant's attestation of the registry's policies; values not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub music_nexus_registry_policies_attestation: Option<String>,
    /// `.us`: nexus category, like `C31`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nexus_category: Option<String>,
    /// `.fi`: organisation type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_type: Option<String>,
    /// `.ru`/`.рф`: passport expiry date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub passport_expiry_date: Option<String>,
    /// `.ru`/`.su`/`.рф`: passport issue date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_issue_date: Option<String>,
    /// `.ru`/`.рф`: the passport's issue id, digits only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub passport_issue_id: Option<String>,
    /// `.ru`/`.su`/`.рф`: passport issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_issuer: Option<String>,
    /// Passport number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_number: Option<String>,
    /// `.ru`/`.su`/`.рф`: passport series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_series: Option<String>,
    /// `.ru`/`.рф`: area (district) of the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub postal_address_area: Option<String>,
    /// `.ru`/`.рф`: building number or name of the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub postal_address_building: Option<String>,
    /// `.ru`/`.рф`: city of the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub postal_address_city: Option<String>,
    /// `.ru`/`.su`/`.рф`: postal address in Cyrillic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_address_cyrillic: Option<String>,
    /// `.ru`/`.рф`: house number of the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub postal_address_house: Option<String>,
    /// `.ru`/`.рф`: region of the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub postal_address_region: Option<String>,
    /// `.ru`/`.рф`: street of the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub postal_address_street: Option<String>,
    /// Social security number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_security_number: Option<String>,
    /// `.dk`: whether the registrant is a sole proprietorship; values not documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[lenient(degrade)]
    pub sole_proprietorship: Option<String>,
    /// `.ru`/`.su`/`.рф`: tax payer number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_payer_number: Option<String>,
    /// `.travel`: UIN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uin: Option<String>,
    /// `.dk`/`.sk`: user type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<String>,
    /// VAT number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat: Option<String>,
    /// `.jobs`: website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// `.eu`: the email address shown in WHOIS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whois_email: Option<String>,
    /// Fields this type does not name, sent and received as they are.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A customer as the API returns it, from [`get_customer`] or in a [`CustomerList`].
///
/// Lists leave out `fax`, `vat` and `inn`; `additional_data` and `extension_additional_data`
/// come only with `with_additional_data`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Customer {
    /// Numeric id.
    pub id: Option<i64>,
    /// The handle, like `XX123456-XX`.
    pub handle: Option<String>,
    /// The reseller that owns it.
    pub reseller_id: Option<i64>,
    /// The person's name.
    pub name: Option<Name>,
    /// Company name; empty for individuals.
    pub company_name: Option<String>,
    /// Postal address.
    pub address: Option<Address>,
    /// Phone number.
    #[serde(default, deserialize_with = "crate::customers::phone_or_none")]
    pub phone: Option<Phone>,
    /// `None` also when the API sends a fax of empty strings.
    #[serde(default, deserialize_with = "crate::customers::phone_or_none")]
    pub fax: Option<Phone>,
    /// Email address.
    pub email: Option<String>,
    /// VAT number.
    pub vat: Option<String>,
    /// Individual tax number, for Russian customers.
    pub inn: Option<String>,
    /// Locale, like `nl_NL`.
    pub locale: Option<String>,
    /// Free-form comments.
    pub comments: Option<String>,
    /// When the comments last changed; `None` when the API sends an empty string.
    #[lenient(degrade)]
    pub comments_last_changed_at: Option<DateTime>,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Whether the handle is deleted.
    #[serde(default)]
    pub is_deleted: bool,
    /// When it was deleted; `None` when not deleted (the API sends `0000-00-00 00:00:00`).
    #[lenient(degrade)]
    pub deleted_at: Option<DateTime>,
    /// Like `ACT` or `FAI`.
    pub email_verification_status: Option<String>,
    /// Registry data about the person or company.
    pub additional_data: Option<AdditionalData>,
    /// Per-TLD data.
    pub extension_additional_data: Option<Vec<ExtensionAdditionalData>>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A page of [`list_customers`]: `results` and `total`.
pub type CustomerList = crate::List<Customer>;

/// The reply of [`create_customer`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct CreatedCustomer {
    /// The new handle, like `CV904716-NL`.
    pub handle: String,
}
