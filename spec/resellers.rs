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
        with_additional_data: Option<bool>,
        with_statistics: Option<bool>,
        with_settings: Option<bool>,
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
    #[serde(default)]
    pub id: Option<i64>,
    /// The company.
    #[serde(default)]
    pub company_name: Option<String>,
    /// The account's email address.
    #[serde(default)]
    pub email: Option<String>,
    /// The balance, in the account's currency.
    #[serde(default)]
    pub balance: Option<f64>,
    /// What is reserved of the balance for orders in progress.
    #[serde(default)]
    pub reserved_balance: Option<f64>,
    /// Like `ACT`.
    #[serde(default)]
    pub status: Option<String>,
    /// The discount tier: a number in the API's document, sent as a number or a numeric string.
    #[serde(default)]
    pub tier: Option<i64>,
    /// Its additional data (`additional_data`).
    #[serde(default)]
    pub additional_data: Option<ResellerAdditionalData>,
    /// Its address (`address`).
    #[serde(default)]
    pub address: Option<crate::customers::Address>,
    /// Its comments (`comments`).
    #[serde(default)]
    pub comments: Option<String>,
    /// Its contacts (`contacts`).
    #[serde(default)]
    pub contacts: Vec<crate::contacts::Contact>,
    /// Its fax (`fax`).
    #[serde(default)]
    pub fax: Option<crate::customers::Phone>,
    /// Its locale (`locale`).
    #[serde(default)]
    pub locale: Option<String>,
    /// Its name (`name`).
    #[serde(default)]
    pub name: Option<crate::customers::Name>,
    /// Its phone (`phone`).
    #[serde(default)]
    pub phone: Option<crate::customers::Phone>,
    /// Its settings (`settings`).
    #[serde(default)]
    pub settings: Option<Settings>,
    /// Its statistics (`statistics`).
    #[serde(default)]
    pub statistics: Option<Statistics>,
    /// Its vat (`vat`).
    #[serde(default)]
    pub vat: Option<String>,
    /// The vatperc, a number (`vatperc`).
    #[serde(default)]
    pub vatperc: Option<f64>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The account's settings: default handles, notifications, payment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct Settings {
    /// Its av handle (`av_handle`).
    #[serde(default)]
    pub av_handle: Option<String>,
    /// Its claims confirm url (`claims_confirm_url`).
    #[serde(default)]
    pub claims_confirm_url: Option<String>,
    /// Its claims email subject (`claims_email_subject`).
    #[serde(default)]
    pub claims_email_subject: Option<String>,
    /// Its claims reseller name (`claims_reseller_name`).
    #[serde(default)]
    pub claims_reseller_name: Option<String>,
    /// Its claims sender email (`claims_sender_email`).
    #[serde(default)]
    pub claims_sender_email: Option<String>,
    /// Its currency (`currency`).
    #[serde(default)]
    pub currency: Option<String>,
    /// Its default domain billing handle (`default_domain_billing_handle`).
    #[serde(default)]
    pub default_domain_billing_handle: Option<String>,
    /// Its default domain reseller handle (`default_domain_reseller_handle`).
    #[serde(default)]
    pub default_domain_reseller_handle: Option<String>,
    /// Its foa confirm url (`foa_confirm_url`).
    #[serde(default)]
    pub foa_confirm_url: Option<String>,
    /// Its foa email subject (`foa_email_subject`).
    #[serde(default)]
    pub foa_email_subject: Option<String>,
    /// Its foa reseller name (`foa_reseller_name`).
    #[serde(default)]
    pub foa_reseller_name: Option<String>,
    /// Its foa sender email (`foa_sender_email`).
    #[serde(default)]
    pub foa_sender_email: Option<String>,
    /// Its foa terms conditions url (`foa_terms_conditions_url`).
    #[serde(default)]
    pub foa_terms_conditions_url: Option<String>,
    /// Whether it is auto renew enabled (`is_auto_renew_enabled`).
    #[serde(default)]
    pub is_auto_renew_enabled: Option<bool>,
    /// Whether it is custom nses enabled (`is_custom_nses_enabled`).
    #[serde(default)]
    pub is_custom_nses_enabled: Option<bool>,
    /// Its ive2 customized body (`ive2_customized_body`).
    #[serde(default)]
    pub ive2_customized_body: Option<String>,
    /// Its ive2 email subject (`ive2_email_subject`).
    #[serde(default)]
    pub ive2_email_subject: Option<String>,
    /// Its ive confirm url (`ive_confirm_url`).
    #[serde(default)]
    pub ive_confirm_url: Option<String>,
    /// Its ive customized body (`ive_customized_body`).
    #[serde(default)]
    pub ive_customized_body: Option<String>,
    /// Its ive email subject (`ive_email_subject`).
    #[serde(default)]
    pub ive_email_subject: Option<String>,
    /// Its ive reseller name (`ive_reseller_name`).
    #[serde(default)]
    pub ive_reseller_name: Option<String>,
    /// Its ive sender email (`ive_sender_email`).
    #[serde(default)]
    pub ive_sender_email: Option<String>,
    /// Its jurisdiction (`jurisdiction`).
    #[serde(default)]
    pub jurisdiction: Option<String>,
    /// Its language (`language`).
    #[serde(default)]
    pub language: Option<String>,
    /// The maximum credit, a number (`maximum_credit`).
    #[serde(default)]
    pub maximum_credit: Option<f64>,
    /// The maximum credit card payment, a number (`maximum_credit_card_payment`).
    #[serde(default)]
    pub maximum_credit_card_payment: Option<f64>,
    /// The maximum i deal payment, a number (`maximum_i_deal_payment`).
    #[serde(default)]
    pub maximum_i_deal_payment: Option<f64>,
    /// The maximum western union payment, a number (`maximum_western_union_payment`).
    #[serde(default)]
    pub maximum_western_union_payment: Option<f64>,
    /// The minimum payment, a number (`minimum_payment`).
    #[serde(default)]
    pub minimum_payment: Option<f64>,
    /// The minimum western union payment, a number (`minimum_western_union_payment`).
    #[serde(default)]
    pub minimum_western_union_payment: Option<f64>,
    /// Its pay methods (`pay_methods`).
    #[serde(default)]
    pub pay_methods: Vec<String>,
    /// Its payment methods (`payment_methods`).
    #[serde(default)]
    pub payment_methods: Vec<SettingsPaymentMethod>,
    /// Its preregistered domain priorities (`preregistered_domain_priorities`).
    #[serde(default)]
    pub preregistered_domain_priorities: Option<String>,
    /// Its recurring payment methods (`recurring_payment_methods`).
    #[serde(default)]
    pub recurring_payment_methods: Vec<SettingsPaymentMethod>,
    /// Its renew notification days (`renew_notification_days`).
    #[serde(default)]
    pub renew_notification_days: Vec<i64>,
    /// Whether renew notification every week holds (`renew_notification_every_week`).
    #[serde(default)]
    pub renew_notification_every_week: Option<bool>,
    /// Its signed contracts (`signed_contracts`).
    #[serde(default)]
    pub signed_contracts: Vec<SettingsSignedContract>,
    /// Its tac contract (`tac_contract`).
    #[serde(default)]
    pub tac_contract: Option<SettingsTacContract>,
    /// Its tags (`tags`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Its transaction fee (`transaction_fee`).
    #[serde(default)]
    pub transaction_fee: Option<SettingsTransactionFee>,
    /// Its type (`type` on the wire).
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
    #[serde(default)]
    pub level: Option<i64>,
    /// Its currency (`currency`).
    #[serde(default)]
    pub currency: Option<StatisticsCurrency>,
    /// Its customer (`customer`).
    #[serde(default)]
    pub customer: Option<StatisticsCustomer>,
    /// Its dns (`dns`).
    #[serde(default)]
    pub dns: Option<StatisticsDns>,
    /// Its domain (`domain`).
    #[serde(default)]
    pub domain: Option<StatisticsDomain>,
    /// Its license (`license`).
    #[serde(default)]
    pub license: Option<StatisticsDns>,
    /// Its spam experts (`spam_experts`).
    #[serde(default)]
    pub spam_experts: Option<StatisticsSpamExperts>,
    /// Its ssl (`ssl`).
    #[serde(default)]
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
    /// Its maximum (`maximum`).
    #[serde(default)]
    pub maximum: Option<CurrencyAmounts>,
    /// Its minimum (`minimum`).
    #[serde(default)]
    pub minimum: Option<CurrencyAmounts>,
}

/// `SettingsPaymentMethodSettings` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethodSettings {
    /// Its limit (`limit`).
    #[serde(default)]
    pub limit: Option<SettingsPaymentMethodSettingsLimit>,
    /// The transaction fee, a number (`transaction_fee`).
    #[serde(default)]
    pub transaction_fee: Option<f64>,
    /// The transaction fee absolute, a number (`transaction_fee_absolute`).
    #[serde(default)]
    pub transaction_fee_absolute: Option<f64>,
}

/// `SettingsPaymentMethod` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethod {
    /// Its name (`name`).
    #[serde(default)]
    pub name: Option<String>,
    /// Its settings (`settings`).
    #[serde(default)]
    pub settings: Option<SettingsPaymentMethodSettings>,
}

/// `SettingsSignedContract` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsSignedContract {
    /// Its contents (`contents`).
    #[serde(default)]
    pub contents: Option<String>,
    /// The id, a number (`id`).
    #[serde(default)]
    pub id: Option<i64>,
    /// Whether it is signed (`is_signed`).
    #[serde(default)]
    pub is_signed: Option<bool>,
    /// The modification date (`modification_date`).
    #[serde(default)]
    pub modification_date: Option<crate::jiff::civil::DateTime>,
    /// The sign on date (`sign_on_date`).
    #[serde(default)]
    pub sign_on_date: Option<crate::jiff::civil::DateTime>,
    /// Its title (`title`).
    #[serde(default)]
    pub title: Option<String>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The version id, a number (`version_id`).
    #[serde(default)]
    pub version_id: Option<i64>,
}

/// `SettingsTacContract` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsTacContract {
    /// Whether it is signed (`is_signed`).
    #[serde(default)]
    pub is_signed: Option<bool>,
    /// Its name (`name`).
    #[serde(default)]
    pub name: Option<String>,
    /// When signed (`signed_at`).
    #[serde(default)]
    pub signed_at: Option<crate::jiff::civil::DateTime>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// `SettingsTransactionFee` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct SettingsTransactionFee {
    /// The bank, a number (`bank`).
    #[serde(default)]
    pub bank: Option<f64>,
    /// The credit card, a number (`credit_card`).
    #[serde(default)]
    pub credit_card: Option<f64>,
    /// The ideal, a number (`ideal`).
    #[serde(default)]
    pub ideal: Option<f64>,
    /// The paypal, a number (`paypal`).
    #[serde(default)]
    pub paypal: Option<f64>,
    /// The western union, a number (`western_union`).
    #[serde(default)]
    pub western_union: Option<f64>,
    /// The yandex, a number (`yandex`).
    #[serde(default)]
    pub yandex: Option<f64>,
}

/// `StatisticsCurrency` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsCurrency {
    /// When modified (`modified`).
    #[serde(default)]
    pub modified: Option<crate::jiff::civil::DateTime>,
}

/// `StatisticsCustomer` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsCustomer {
    /// When modified (`modified`).
    #[serde(default)]
    pub modified: Option<crate::jiff::civil::DateTime>,
    /// The total, a number (`total`).
    #[serde(default)]
    pub total: Option<i64>,
}

/// `StatisticsDns` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsDns {
    /// The total, a number (`total`).
    #[serde(default)]
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
    /// Its by status (`by_status`).
    #[serde(default)]
    pub by_status: Option<StatisticsDomainByStatus>,
    /// The total, a number (`total`).
    #[serde(default)]
    pub total: Option<i64>,
}

/// `StatisticsSpamExperts` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct StatisticsSpamExperts {
    /// When activated (`activated_at`).
    #[serde(default)]
    pub activated_at: Option<crate::jiff::civil::DateTime>,
    /// When created (`created_at`).
    #[serde(default)]
    pub created_at: Option<crate::jiff::civil::DateTime>,
    /// Whether exists holds (`exists`).
    #[serde(default)]
    pub exists: Option<bool>,
    /// When expired (`expired_at`).
    #[serde(default)]
    pub expired_at: Option<crate::jiff::civil::DateTime>,
    /// The incoming count, a number (`incoming_count`).
    #[serde(default)]
    pub incoming_count: Option<i64>,
    /// The incoming limit, a number (`incoming_limit`).
    #[serde(default)]
    pub incoming_limit: Option<i64>,
    /// The outgoing count, a number (`outgoing_count`).
    #[serde(default)]
    pub outgoing_count: Option<i64>,
    /// The outgoing limit, a number (`outgoing_limit`).
    #[serde(default)]
    pub outgoing_limit: Option<i64>,
    /// Its status (`status`).
    #[serde(default)]
    pub status: Option<String>,
    /// Whether it comes with outgoing filter (`with_outgoing_filter`).
    #[serde(default)]
    pub with_outgoing_filter: Option<bool>,
}

/// `ResellerAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, LenientDeserialize)]
#[non_exhaustive]
pub struct ResellerAdditionalData {
    /// Its cif nif number (`cif_nif_number`).
    #[serde(default)]
    pub cif_nif_number: Option<String>,
    /// Its gstin (`gstin`).
    #[serde(default)]
    pub gstin: Option<String>,
    /// Its internal reference (`internal_reference`).
    #[serde(default)]
    pub internal_reference: Option<String>,
}
