//! The reseller account itself: its data, settings and statistics.

use std::collections::BTreeMap;

use crate::de::LenientDeserialize;
use serde::Serialize;
use serde_json::Value;

use crate::common::Success;
use crate::openprovider_endpoint;

openprovider_endpoint! {
    #![catalogue(ENTRIES)]

    /// Reads the reseller account, with its settings, statistics and contacts on request.
    pub get_reseller: GET "/resellers" -> Reseller {
        /// Adds the additional data (per-TLD data) to the reply.
        with_additional_data: Option<bool>,
        /// Adds the statistics to the reply.
        with_statistics: Option<bool>,
        /// Adds the settings to the reply.
        with_settings: Option<bool>,
        /// Adds the contacts to the reply.
        with_contacts: Option<bool>,
    }

    /// Reads the account's settings (default handles, notifications, payment).
    pub get_settings: GET "/resellers/settings" -> Settings {
    }

    /// Counts the account's products: domains, DNS zones, certificates, licenses.
    pub get_statistics: GET "/resellers/statistics" -> Statistics {
    }

    /// Changes the reseller account's data; only the fields you set are sent.
    pub update_reseller: PUT "/resellers/{id}" -> Success {
        #[body]
        id: i64,
        additional_data: Option<Value>,
        address: Option<crate::customers::Address>,
        comments: Option<String>,
        company_name: Option<String>,
        company_size: Option<Value>,
        fax: Option<crate::customers::Phone>,
        industry: Option<Value>,
        inn: Option<String>,
        kpp: Option<String>,
        locale: Option<String>,
        name: Option<crate::customers::Name>,
        phone: Option<crate::customers::Phone>,
        vat: Option<String>,
    }
}

/// The reseller account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Reseller {
    /// Its id.
    pub id: Option<i64>,
    /// The company.
    pub company_name: Option<String>,
    /// The account's email address.
    pub email: Option<String>,
    /// The balance, in the account's currency.
    pub balance: Option<f64>,
    /// What is reserved of the balance for orders in progress.
    pub reserved_balance: Option<f64>,
    /// The account's status, like `new` or `ACT`.
    pub status: Option<String>,
    /// The discount tier: a number in the API's document, sent as a number or a numeric string.
    pub tier: Option<i64>,
    /// Invoicing data of the account; sent when `with_additional_data` is set.
    pub additional_data: Option<ResellerAdditionalData>,
    /// The account's postal address.
    pub address: Option<crate::customers::Address>,
    /// Free-form notes on the account.
    pub comments: Option<String>,
    /// The account's users, as `list_contacts` gives them; sent when `with_contacts` is set.
    #[serde(default)]
    pub contacts: Vec<crate::contacts::Contact>,
    /// The fax number; the API may send one with every part empty when there is none.
    pub fax: Option<crate::customers::Phone>,
    /// The account's locale, like `nl_NL`.
    pub locale: Option<String>,
    /// The name of the account holder.
    pub name: Option<crate::customers::Name>,
    /// The phone number.
    pub phone: Option<crate::customers::Phone>,
    /// The account's settings; sent when `with_settings` is set.
    pub settings: Option<Settings>,
    /// Counts of the account's products; sent when `with_statistics` is set.
    pub statistics: Option<Statistics>,
    /// The account holder's VAT number; may be empty.
    pub vat: Option<String>,
    /// The VAT rate charged to the account, in percent, like `21`.
    pub vatperc: Option<f64>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The account's settings: default handles, notifications, payment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Settings {
    /// The account's administrative handle, like `XX123456-XX`.
    pub av_handle: Option<String>,
    /// The confirmation URL in trademark claims emails; it can hold placeholders like `%%domain%%`.
    pub claims_confirm_url: Option<String>,
    /// The subject of trademark claims emails.
    pub claims_email_subject: Option<String>,
    /// The reseller name shown in trademark claims emails.
    pub claims_reseller_name: Option<String>,
    /// The sender address of trademark claims emails.
    pub claims_sender_email: Option<String>,
    /// The account's currency, like `EUR`.
    pub currency: Option<String>,
    /// The billing handle new domains get when none is given, like `XX123456-XX`.
    pub default_domain_billing_handle: Option<String>,
    /// The reseller handle new domains get when none is given, like `XX123456-XX`.
    pub default_domain_reseller_handle: Option<String>,
    /// The confirmation URL in form of authorization (FOA) emails for transfers.
    pub foa_confirm_url: Option<String>,
    /// The subject of form of authorization (FOA) emails.
    pub foa_email_subject: Option<String>,
    /// The reseller name shown in form of authorization (FOA) emails.
    pub foa_reseller_name: Option<String>,
    /// The sender address of form of authorization (FOA) emails.
    pub foa_sender_email: Option<String>,
    /// The URL of the terms and conditions linked from FOA emails.
    pub foa_terms_conditions_url: Option<String>,
    /// Whether the account-wide automatic renewal of domains is on.
    pub is_auto_renew_enabled: Option<bool>,
    /// Whether the account's DNS zones may have custom NS records.
    pub is_custom_nses_enabled: Option<bool>,
    /// The custom body of reminders to verify an email address; empty when not set.
    pub ive2_customized_body: Option<String>,
    /// The subject of reminders to verify an email address.
    pub ive2_email_subject: Option<String>,
    /// The confirmation URL in email verification messages; it can hold placeholders
    /// like `%%email%%`.
    pub ive_confirm_url: Option<String>,
    /// The custom body of email verification messages; empty when not set.
    pub ive_customized_body: Option<String>,
    /// The subject of email verification messages.
    pub ive_email_subject: Option<String>,
    /// The reseller name shown in email verification messages.
    pub ive_reseller_name: Option<String>,
    /// The sender address of email verification messages.
    pub ive_sender_email: Option<String>,
    /// The account's jurisdiction, like `EU`.
    pub jurisdiction: Option<String>,
    /// The account's language, like `EN`.
    pub language: Option<String>,
    /// The most credit the account is allowed, in its currency.
    pub maximum_credit: Option<f64>,
    /// The largest payment allowed by credit card, in the account's currency.
    pub maximum_credit_card_payment: Option<f64>,
    /// The largest payment allowed by iDEAL, in the account's currency.
    pub maximum_i_deal_payment: Option<f64>,
    /// The largest payment allowed by Western Union, in the account's currency.
    pub maximum_western_union_payment: Option<f64>,
    /// The smallest payment accepted, in the account's currency.
    pub minimum_payment: Option<f64>,
    /// The smallest payment accepted by Western Union, in the account's currency.
    pub minimum_western_union_payment: Option<f64>,
    /// The names of the payment methods open to the account, like `ideal`.
    #[serde(default)]
    pub pay_methods: Vec<String>,
    /// The payment methods, each with its limits and fees.
    #[serde(default)]
    pub payment_methods: Vec<SettingsPaymentMethod>,
    /// Priorities for pre-registered domains, as text (like `[]`); the API's document
    /// does not explain them.
    pub preregistered_domain_priorities: Option<String>,
    /// The payment methods for recurring payments, each with its limits and fees.
    #[serde(default)]
    pub recurring_payment_methods: Vec<SettingsPaymentMethod>,
    /// How many days before a renewal each reminder email is sent.
    #[serde(default)]
    pub renew_notification_days: Vec<i64>,
    /// Whether renewal reminders are sent every week.
    pub renew_notification_every_week: Option<bool>,
    /// The TLD registry contracts, like the `.ac` one, and whether each is signed.
    #[serde(default)]
    pub signed_contracts: Vec<SettingsSignedContract>,
    /// Openprovider's terms and conditions, and whether the account has signed them.
    pub tac_contract: Option<SettingsTacContract>,
    /// Custom tags on the account, like `VIPCUSTOMER`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The extra fee on a payment, per payment method.
    pub transaction_fee: Option<SettingsTransactionFee>,
    /// The account type, like `normal` (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,

    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// How many of each product the account holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Statistics {
    /// The account's level, in a reseller's statistics (`get_reseller`).
    pub level: Option<i64>,
    /// When the account's currency data last changed.
    pub currency: Option<StatisticsCurrency>,
    /// How many customer handles the account has.
    pub customer: Option<StatisticsCustomer>,
    /// How many DNS zones the account has.
    pub dns: Option<StatisticsDns>,
    /// How many domains the account has, in all and by status.
    pub domain: Option<StatisticsDomain>,
    /// How many Plesk and Virtuozzo licenses the account has.
    pub license: Option<StatisticsDns>,
    /// The state of the account's SpamExperts bundle and its filters.
    pub spam_experts: Option<StatisticsSpamExperts>,
    /// How many SSL certificates the account has, in all and by status.
    pub ssl: Option<StatisticsDomain>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `CurrencyAmounts` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct CurrencyAmounts {
    /// `AUD`: AUD.
    #[serde(default, rename = "AUD")]
    pub aud: Option<f64>,
    /// `BGN`: BGN.
    #[serde(default, rename = "BGN")]
    pub bgn: Option<f64>,
    /// `BRL`: BRL.
    #[serde(default, rename = "BRL")]
    pub brl: Option<f64>,
    /// `CAD`: CAD.
    #[serde(default, rename = "CAD")]
    pub cad: Option<f64>,
    /// `CHF`: CHF.
    #[serde(default, rename = "CHF")]
    pub chf: Option<f64>,
    /// `CNY`: CNY.
    #[serde(default, rename = "CNY")]
    pub cny: Option<f64>,
    /// `CZK`: CZK.
    #[serde(default, rename = "CZK")]
    pub czk: Option<f64>,
    /// `DKK`: DKK.
    #[serde(default, rename = "DKK")]
    pub dkk: Option<f64>,
    /// `EEK`: EEK.
    #[serde(default, rename = "EEK")]
    pub eek: Option<f64>,
    /// `EUR`: EUR.
    #[serde(default, rename = "EUR")]
    pub eur: Option<f64>,
    /// `GBP`: GBP.
    #[serde(default, rename = "GBP")]
    pub gbp: Option<f64>,
    /// `GHS`: GHS.
    #[serde(default, rename = "GHS")]
    pub ghs: Option<f64>,
    /// `HKD`: HKD.
    #[serde(default, rename = "HKD")]
    pub hkd: Option<f64>,
    /// `HRK`: HRK.
    #[serde(default, rename = "HRK")]
    pub hrk: Option<f64>,
    /// `HUF`: HUF.
    #[serde(default, rename = "HUF")]
    pub huf: Option<f64>,
    /// `IDR`: IDR.
    #[serde(default, rename = "IDR")]
    pub idr: Option<f64>,
    /// `ILS`: ILS.
    #[serde(default, rename = "ILS")]
    pub ils: Option<f64>,
    /// `INR`: INR.
    #[serde(default, rename = "INR")]
    pub inr: Option<f64>,
    /// `JPY`: JPY.
    #[serde(default, rename = "JPY")]
    pub jpy: Option<f64>,
    /// `KRW`: KRW.
    #[serde(default, rename = "KRW")]
    pub krw: Option<f64>,
    /// `LKR`: LKR.
    #[serde(default, rename = "LKR")]
    pub lkr: Option<f64>,
    /// `LTL`: LTL.
    #[serde(default, rename = "LTL")]
    pub ltl: Option<f64>,
    /// `LVL`: LVL.
    #[serde(default, rename = "LVL")]
    pub lvl: Option<f64>,
    /// `MXN`: MXN.
    #[serde(default, rename = "MXN")]
    pub mxn: Option<f64>,
    /// `MYR`: MYR.
    #[serde(default, rename = "MYR")]
    pub myr: Option<f64>,
    /// `NOK`: NOK.
    #[serde(default, rename = "NOK")]
    pub nok: Option<f64>,
    /// `NZD`: NZD.
    #[serde(default, rename = "NZD")]
    pub nzd: Option<f64>,
    /// `PHP`: PHP.
    #[serde(default, rename = "PHP")]
    pub php: Option<f64>,
    /// `PLN`: PLN.
    #[serde(default, rename = "PLN")]
    pub pln: Option<f64>,
    /// `RON`: RON.
    #[serde(default, rename = "RON")]
    pub ron: Option<f64>,
    /// `RUB`: RUB.
    #[serde(default, rename = "RUB")]
    pub rub: Option<f64>,
    /// `SEK`: SEK.
    #[serde(default, rename = "SEK")]
    pub sek: Option<f64>,
    /// `SGD`: SGD.
    #[serde(default, rename = "SGD")]
    pub sgd: Option<f64>,
    /// `THB`: THB.
    #[serde(default, rename = "THB")]
    pub thb: Option<f64>,
    /// `TRY`: TRY.
    #[serde(default, rename = "TRY")]
    pub r#try: Option<f64>,
    /// `USD`: USD.
    #[serde(default, rename = "USD")]
    pub usd: Option<f64>,
    /// `ZAR`: ZAR.
    #[serde(default, rename = "ZAR")]
    pub zar: Option<f64>,
}

/// `SettingsPaymentMethodSettingsLimit` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethodSettingsLimit {
    /// The largest payment allowed, per currency.
    pub maximum: Option<CurrencyAmounts>,
    /// The smallest payment allowed, per currency.
    pub minimum: Option<CurrencyAmounts>,
}

/// `SettingsPaymentMethodSettings` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethodSettings {
    /// The smallest and largest payments allowed with this method.
    pub limit: Option<SettingsPaymentMethodSettingsLimit>,
    /// The extra fee per payment with this method, in percent of the payment.
    pub transaction_fee: Option<f64>,
    /// The extra fixed fee per payment with this method, as an amount.
    pub transaction_fee_absolute: Option<f64>,
}

/// `SettingsPaymentMethod` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethod {
    /// The method's name, like `ideal`.
    pub name: Option<String>,
    /// The method's limits and fees.
    pub settings: Option<SettingsPaymentMethodSettings>,
}

/// `SettingsSignedContract` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsSignedContract {
    /// The contract's text.
    pub contents: Option<String>,
    /// The contract's id.
    pub id: Option<i64>,
    /// Whether the account has signed the contract.
    pub is_signed: Option<bool>,
    /// When the contract last changed.
    #[lenient(degrade)]
    pub modification_date: Option<crate::jiff::civil::DateTime>,
    /// When the account signed the contract.
    #[lenient(degrade)]
    pub sign_on_date: Option<crate::jiff::civil::DateTime>,
    /// The contract's title, like `.ac`.
    pub title: Option<String>,
    /// The contract's type, like `ac` (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The id of the contract's version.
    pub version_id: Option<i64>,
}

/// `SettingsTacContract` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsTacContract {
    /// Whether the account has signed the terms and conditions.
    pub is_signed: Option<bool>,
    /// The contract's name, like `opensign_terms_and_conditions`.
    pub name: Option<String>,
    /// When the account signed the terms and conditions.
    #[lenient(degrade)]
    pub signed_at: Option<crate::jiff::civil::DateTime>,
    /// The contract's type, like `opensign` (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// `SettingsTransactionFee` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsTransactionFee {
    /// The extra fee on bank transfers; the API's document gives no unit.
    pub bank: Option<f64>,
    /// The extra fee on credit card payments; the API's document gives no unit.
    pub credit_card: Option<f64>,
    /// The extra fee on iDEAL payments; the API's document gives no unit.
    pub ideal: Option<f64>,
    /// The extra fee on PayPal payments; the API's document gives no unit.
    pub paypal: Option<f64>,
    /// The extra fee on Western Union payments; the API's document gives no unit.
    pub western_union: Option<f64>,
    /// The extra fee on Yandex payments; the API's document gives no unit.
    pub yandex: Option<f64>,
}

/// `StatisticsCurrency` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsCurrency {
    /// When the currency data last changed; the API's document does not say more.
    #[lenient(degrade)]
    pub modified: Option<crate::jiff::civil::DateTime>,
}

/// `StatisticsCustomer` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsCustomer {
    /// When the customer data last changed.
    #[lenient(degrade)]
    pub modified: Option<crate::jiff::civil::DateTime>,
    /// How many customer handles the account has.
    pub total: Option<i64>,
}

/// `StatisticsDns` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsDns {
    /// How many of them the account has.
    pub total: Option<i64>,
}

/// `StatisticsDomainByStatus` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsDomainByStatus {
    /// `ACT`: ACT.
    #[serde(default, rename = "ACT")]
    pub act: Option<i64>,
    /// `FAI`: FAI.
    #[serde(default, rename = "FAI")]
    pub fai: Option<i64>,
    /// `NSR`: NSR.
    #[serde(default, rename = "NSR")]
    pub nsr: Option<i64>,
    /// `PEN`: PEN.
    #[serde(default, rename = "PEN")]
    pub pen: Option<i64>,
    /// `REJ`: REJ.
    #[serde(default, rename = "REJ")]
    pub rej: Option<i64>,
    /// `REQ`: REQ.
    #[serde(default, rename = "REQ")]
    pub req: Option<i64>,
}

/// `StatisticsDomain` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsDomain {
    /// How many there are in each status.
    pub by_status: Option<StatisticsDomainByStatus>,
    /// How many the account has, in all.
    pub total: Option<i64>,
}

/// `StatisticsSpamExperts` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsSpamExperts {
    /// When the bundle was activated.
    #[lenient(degrade)]
    pub activated_at: Option<crate::jiff::civil::DateTime>,
    /// When the bundle was created.
    #[lenient(degrade)]
    pub created_at: Option<crate::jiff::civil::DateTime>,
    /// Whether the account has a SpamExperts bundle.
    pub exists: Option<bool>,
    /// When the bundle expires or expired.
    #[lenient(degrade)]
    pub expired_at: Option<crate::jiff::civil::DateTime>,
    /// How many incoming filters are in use.
    pub incoming_count: Option<i64>,
    /// How many incoming filters the bundle allows.
    pub incoming_limit: Option<i64>,
    /// How many outgoing filters are in use.
    pub outgoing_count: Option<i64>,
    /// How many outgoing filters the bundle allows.
    pub outgoing_limit: Option<i64>,
    /// The bundle's status, like `deleted`.
    pub status: Option<String>,
    /// Whether the bundle filters outgoing mail.
    pub with_outgoing_filter: Option<bool>,
}

/// `ResellerAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ResellerAdditionalData {
    /// The Spanish tax number (CIF or NIF) to print on invoices.
    pub cif_nif_number: Option<String>,
    /// The Indian GST identification number (GSTIN).
    pub gstin: Option<String>,
    /// Your own reference, to print on invoices.
    pub internal_reference: Option<String>,
}
