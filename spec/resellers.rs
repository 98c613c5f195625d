//! The reseller account itself: its data, settings and statistics.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reseller {
    /// Its id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub id: Option<i64>,
    /// The company.
    #[serde(default)]
    pub company_name: Option<String>,
    /// The account's email address.
    #[serde(default)]
    pub email: Option<String>,
    /// The balance, in the account's currency.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub balance: Option<f64>,
    /// What is reserved of the balance for orders in progress.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub reserved_balance: Option<f64>,
    /// Like `ACT`.
    #[serde(default)]
    pub status: Option<String>,
    /// The discount tier: a number in the API's document, sent as a number or a numeric string.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub tier: Option<i64>,
    /// `additional_data`: additional data.
    #[serde(default)]
    pub additional_data: Option<ResellerAdditionalData>,
    /// `address`: address.
    #[serde(default)]
    pub address: Option<crate::customers::Address>,
    /// `comments`: comments.
    #[serde(default)]
    pub comments: Option<String>,
    /// `contacts`: contacts.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub contacts: Vec<crate::contacts::Contact>,
    /// `fax`: fax.
    #[serde(default)]
    pub fax: Option<crate::customers::Phone>,
    /// `locale`: locale.
    #[serde(default)]
    pub locale: Option<String>,
    /// `name`: name.
    #[serde(default)]
    pub name: Option<crate::customers::Name>,
    /// `phone`: phone.
    #[serde(default)]
    pub phone: Option<crate::customers::Phone>,
    /// `settings`: settings.
    #[serde(default)]
    pub settings: Option<Settings>,
    /// `statistics`: statistics.
    #[serde(default)]
    pub statistics: Option<Statistics>,
    /// `vat`: vat.
    #[serde(default)]
    pub vat: Option<String>,
    /// `vatperc`: vatperc.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub vatperc: Option<f64>,
    /// Fields the API sent that its document does not list.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The account's settings: default handles, notifications, payment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Settings {
    /// `av_handle`: av handle.
    #[serde(default)]
    pub av_handle: Option<String>,
    /// `claims_confirm_url`: claims confirm url.
    #[serde(default)]
    pub claims_confirm_url: Option<String>,
    /// `claims_email_subject`: claims email subject.
    #[serde(default)]
    pub claims_email_subject: Option<String>,
    /// `claims_reseller_name`: claims reseller name.
    #[serde(default)]
    pub claims_reseller_name: Option<String>,
    /// `claims_sender_email`: claims sender email.
    #[serde(default)]
    pub claims_sender_email: Option<String>,
    /// `currency`: currency.
    #[serde(default)]
    pub currency: Option<String>,
    /// `default_domain_billing_handle`: default domain billing handle.
    #[serde(default)]
    pub default_domain_billing_handle: Option<String>,
    /// `default_domain_reseller_handle`: default domain reseller handle.
    #[serde(default)]
    pub default_domain_reseller_handle: Option<String>,
    /// `foa_confirm_url`: foa confirm url.
    #[serde(default)]
    pub foa_confirm_url: Option<String>,
    /// `foa_email_subject`: foa email subject.
    #[serde(default)]
    pub foa_email_subject: Option<String>,
    /// `foa_reseller_name`: foa reseller name.
    #[serde(default)]
    pub foa_reseller_name: Option<String>,
    /// `foa_sender_email`: foa sender email.
    #[serde(default)]
    pub foa_sender_email: Option<String>,
    /// `foa_terms_conditions_url`: foa terms conditions url.
    #[serde(default)]
    pub foa_terms_conditions_url: Option<String>,
    /// `is_auto_renew_enabled`: is auto renew enabled.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_auto_renew_enabled: Option<bool>,
    /// `is_custom_nses_enabled`: is custom nses enabled.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_custom_nses_enabled: Option<bool>,
    /// `ive2_customized_body`: ive2 customized body.
    #[serde(default)]
    pub ive2_customized_body: Option<String>,
    /// `ive2_email_subject`: ive2 email subject.
    #[serde(default)]
    pub ive2_email_subject: Option<String>,
    /// `ive_confirm_url`: ive confirm url.
    #[serde(default)]
    pub ive_confirm_url: Option<String>,
    /// `ive_customized_body`: ive customized body.
    #[serde(default)]
    pub ive_customized_body: Option<String>,
    /// `ive_email_subject`: ive email subject.
    #[serde(default)]
    pub ive_email_subject: Option<String>,
    /// `ive_reseller_name`: ive reseller name.
    #[serde(default)]
    pub ive_reseller_name: Option<String>,
    /// `ive_sender_email`: ive sender email.
    #[serde(default)]
    pub ive_sender_email: Option<String>,
    /// `jurisdiction`: jurisdiction.
    #[serde(default)]
    pub jurisdiction: Option<String>,
    /// `language`: language.
    #[serde(default)]
    pub language: Option<String>,
    /// `maximum_credit`: maximum credit.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub maximum_credit: Option<f64>,
    /// `maximum_credit_card_payment`: maximum credit card payment.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub maximum_credit_card_payment: Option<f64>,
    /// `maximum_i_deal_payment`: maximum i deal payment.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub maximum_i_deal_payment: Option<f64>,
    /// `maximum_western_union_payment`: maximum western union payment.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub maximum_western_union_payment: Option<f64>,
    /// `minimum_payment`: minimum payment.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub minimum_payment: Option<f64>,
    /// `minimum_western_union_payment`: minimum western union payment.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub minimum_western_union_payment: Option<f64>,
    /// `pay_methods`: pay methods.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub pay_methods: Vec<String>,
    /// `payment_methods`: payment methods.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub payment_methods: Vec<SettingsPaymentMethod>,
    /// `preregistered_domain_priorities`: preregistered domain priorities.
    #[serde(default)]
    pub preregistered_domain_priorities: Option<String>,
    /// `recurring_payment_methods`: recurring payment methods.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub recurring_payment_methods: Vec<SettingsPaymentMethod>,
    /// `renew_notification_days`: renew notification days.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub renew_notification_days: Vec<i64>,
    /// `renew_notification_every_week`: renew notification every week.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub renew_notification_every_week: Option<bool>,
    /// `signed_contracts`: signed contracts.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub signed_contracts: Vec<SettingsSignedContract>,
    /// `tac_contract`: tac contract.
    #[serde(default)]
    pub tac_contract: Option<SettingsTacContract>,
    /// `tags`: tags.
    #[serde(default, deserialize_with = "crate::de::null_as_default")]
    pub tags: Vec<String>,
    /// `transaction_fee`: transaction fee.
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Statistics {
    /// The account's level, in a reseller's statistics (`get_reseller`).
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub level: Option<i64>,
    /// `currency`: currency.
    #[serde(default)]
    pub currency: Option<StatisticsCurrency>,
    /// `customer`: customer.
    #[serde(default)]
    pub customer: Option<StatisticsCustomer>,
    /// `dns`: dns.
    #[serde(default)]
    pub dns: Option<StatisticsDns>,
    /// `domain`: domain.
    #[serde(default)]
    pub domain: Option<StatisticsDomain>,
    /// `license`: license.
    #[serde(default)]
    pub license: Option<StatisticsDns>,
    /// `spam_experts`: spam experts.
    #[serde(default)]
    pub spam_experts: Option<StatisticsSpamExperts>,
    /// `ssl`: ssl.
    #[serde(default)]
    pub ssl: Option<StatisticsDomain>,
    /// Fields the API sent that this type does not name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `CurrencyAmounts` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CurrencyAmounts {
    /// `AUD`: AUD.
    #[serde(
        default,
        rename = "AUD",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub aud: Option<f64>,
    /// `BGN`: BGN.
    #[serde(
        default,
        rename = "BGN",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub bgn: Option<f64>,
    /// `BRL`: BRL.
    #[serde(
        default,
        rename = "BRL",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub brl: Option<f64>,
    /// `CAD`: CAD.
    #[serde(
        default,
        rename = "CAD",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub cad: Option<f64>,
    /// `CHF`: CHF.
    #[serde(
        default,
        rename = "CHF",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub chf: Option<f64>,
    /// `CNY`: CNY.
    #[serde(
        default,
        rename = "CNY",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub cny: Option<f64>,
    /// `CZK`: CZK.
    #[serde(
        default,
        rename = "CZK",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub czk: Option<f64>,
    /// `DKK`: DKK.
    #[serde(
        default,
        rename = "DKK",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub dkk: Option<f64>,
    /// `EEK`: EEK.
    #[serde(
        default,
        rename = "EEK",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub eek: Option<f64>,
    /// `EUR`: EUR.
    #[serde(
        default,
        rename = "EUR",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub eur: Option<f64>,
    /// `GBP`: GBP.
    #[serde(
        default,
        rename = "GBP",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub gbp: Option<f64>,
    /// `GHS`: GHS.
    #[serde(
        default,
        rename = "GHS",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub ghs: Option<f64>,
    /// `HKD`: HKD.
    #[serde(
        default,
        rename = "HKD",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub hkd: Option<f64>,
    /// `HRK`: HRK.
    #[serde(
        default,
        rename = "HRK",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub hrk: Option<f64>,
    /// `HUF`: HUF.
    #[serde(
        default,
        rename = "HUF",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub huf: Option<f64>,
    /// `IDR`: IDR.
    #[serde(
        default,
        rename = "IDR",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub idr: Option<f64>,
    /// `ILS`: ILS.
    #[serde(
        default,
        rename = "ILS",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub ils: Option<f64>,
    /// `INR`: INR.
    #[serde(
        default,
        rename = "INR",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub inr: Option<f64>,
    /// `JPY`: JPY.
    #[serde(
        default,
        rename = "JPY",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub jpy: Option<f64>,
    /// `KRW`: KRW.
    #[serde(
        default,
        rename = "KRW",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub krw: Option<f64>,
    /// `LKR`: LKR.
    #[serde(
        default,
        rename = "LKR",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub lkr: Option<f64>,
    /// `LTL`: LTL.
    #[serde(
        default,
        rename = "LTL",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub ltl: Option<f64>,
    /// `LVL`: LVL.
    #[serde(
        default,
        rename = "LVL",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub lvl: Option<f64>,
    /// `MXN`: MXN.
    #[serde(
        default,
        rename = "MXN",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub mxn: Option<f64>,
    /// `MYR`: MYR.
    #[serde(
        default,
        rename = "MYR",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub myr: Option<f64>,
    /// `NOK`: NOK.
    #[serde(
        default,
        rename = "NOK",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub nok: Option<f64>,
    /// `NZD`: NZD.
    #[serde(
        default,
        rename = "NZD",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub nzd: Option<f64>,
    /// `PHP`: PHP.
    #[serde(
        default,
        rename = "PHP",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub php: Option<f64>,
    /// `PLN`: PLN.
    #[serde(
        default,
        rename = "PLN",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub pln: Option<f64>,
    /// `RON`: RON.
    #[serde(
        default,
        rename = "RON",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub ron: Option<f64>,
    /// `RUB`: RUB.
    #[serde(
        default,
        rename = "RUB",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub rub: Option<f64>,
    /// `SEK`: SEK.
    #[serde(
        default,
        rename = "SEK",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub sek: Option<f64>,
    /// `SGD`: SGD.
    #[serde(
        default,
        rename = "SGD",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub sgd: Option<f64>,
    /// `THB`: THB.
    #[serde(
        default,
        rename = "THB",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub thb: Option<f64>,
    /// `TRY`: TRY.
    #[serde(
        default,
        rename = "TRY",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub r#try: Option<f64>,
    /// `USD`: USD.
    #[serde(
        default,
        rename = "USD",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub usd: Option<f64>,
    /// `ZAR`: ZAR.
    #[serde(
        default,
        rename = "ZAR",
        deserialize_with = "crate::de::lenient_opt_f64"
    )]
    pub zar: Option<f64>,
}

/// `SettingsPaymentMethodSettingsLimit` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethodSettingsLimit {
    /// `maximum`: maximum.
    #[serde(default)]
    pub maximum: Option<CurrencyAmounts>,
    /// `minimum`: minimum.
    #[serde(default)]
    pub minimum: Option<CurrencyAmounts>,
}

/// `SettingsPaymentMethodSettings` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethodSettings {
    /// `limit`: limit.
    #[serde(default)]
    pub limit: Option<SettingsPaymentMethodSettingsLimit>,
    /// `transaction_fee`: transaction fee.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub transaction_fee: Option<f64>,
    /// `transaction_fee_absolute`: transaction fee absolute.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub transaction_fee_absolute: Option<f64>,
}

/// `SettingsPaymentMethod` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SettingsPaymentMethod {
    /// `name`: name.
    #[serde(default)]
    pub name: Option<String>,
    /// `settings`: settings.
    #[serde(default)]
    pub settings: Option<SettingsPaymentMethodSettings>,
}

/// `SettingsSignedContract` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SettingsSignedContract {
    /// `contents`: contents.
    #[serde(default)]
    pub contents: Option<String>,
    /// `id`: id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub id: Option<i64>,
    /// `is_signed`: is signed.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_signed: Option<bool>,
    /// `modification_date`: modification date.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub modification_date: Option<crate::jiff::civil::DateTime>,
    /// `sign_on_date`: sign on date.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub sign_on_date: Option<crate::jiff::civil::DateTime>,
    /// `title`: title.
    #[serde(default)]
    pub title: Option<String>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// `version_id`: version id.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub version_id: Option<i64>,
}

/// `SettingsTacContract` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SettingsTacContract {
    /// `is_signed`: is signed.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub is_signed: Option<bool>,
    /// `name`: name.
    #[serde(default)]
    pub name: Option<String>,
    /// `signed_at`: signed at.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub signed_at: Option<crate::jiff::civil::DateTime>,
    /// Its type (`type` on the wire).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// `SettingsTransactionFee` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SettingsTransactionFee {
    /// `bank`: bank.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub bank: Option<f64>,
    /// `credit_card`: credit card.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub credit_card: Option<f64>,
    /// `ideal`: ideal.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub ideal: Option<f64>,
    /// `paypal`: paypal.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub paypal: Option<f64>,
    /// `western_union`: western union.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub western_union: Option<f64>,
    /// `yandex`: yandex.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_f64")]
    pub yandex: Option<f64>,
}

/// `StatisticsCurrency` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsCurrency {
    /// `modified`: modified.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub modified: Option<crate::jiff::civil::DateTime>,
}

/// `StatisticsCustomer` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsCustomer {
    /// `modified`: modified.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub modified: Option<crate::jiff::civil::DateTime>,
    /// `total`: total.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub total: Option<i64>,
}

/// `StatisticsDns` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsDns {
    /// `total`: total.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub total: Option<i64>,
}

/// `StatisticsDomainByStatus` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsDomainByStatus {
    /// `ACT`: ACT.
    #[serde(
        default,
        rename = "ACT",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub act: Option<i64>,
    /// `FAI`: FAI.
    #[serde(
        default,
        rename = "FAI",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub fai: Option<i64>,
    /// `NSR`: NSR.
    #[serde(
        default,
        rename = "NSR",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub nsr: Option<i64>,
    /// `PEN`: PEN.
    #[serde(
        default,
        rename = "PEN",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub pen: Option<i64>,
    /// `REJ`: REJ.
    #[serde(
        default,
        rename = "REJ",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub rej: Option<i64>,
    /// `REQ`: REQ.
    #[serde(
        default,
        rename = "REQ",
        deserialize_with = "crate::de::lenient_opt_i64"
    )]
    pub req: Option<i64>,
}

/// `StatisticsDomain` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsDomain {
    /// `by_status`: by status.
    #[serde(default)]
    pub by_status: Option<StatisticsDomainByStatus>,
    /// `total`: total.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub total: Option<i64>,
}

/// `StatisticsSpamExperts` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatisticsSpamExperts {
    /// `activated_at`: activated at.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub activated_at: Option<crate::jiff::civil::DateTime>,
    /// `created_at`: created at.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub created_at: Option<crate::jiff::civil::DateTime>,
    /// `exists`: exists.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub exists: Option<bool>,
    /// `expired_at`: expired at.
    #[serde(default, deserialize_with = "crate::de::datetime")]
    pub expired_at: Option<crate::jiff::civil::DateTime>,
    /// `incoming_count`: incoming count.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub incoming_count: Option<i64>,
    /// `incoming_limit`: incoming limit.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub incoming_limit: Option<i64>,
    /// `outgoing_count`: outgoing count.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub outgoing_count: Option<i64>,
    /// `outgoing_limit`: outgoing limit.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_i64")]
    pub outgoing_limit: Option<i64>,
    /// `status`: status.
    #[serde(default)]
    pub status: Option<String>,
    /// `with_outgoing_filter`: with outgoing filter.
    #[serde(default, deserialize_with = "crate::de::lenient_opt_bool")]
    pub with_outgoing_filter: Option<bool>,
}

/// `ResellerAdditionalData` as the API sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResellerAdditionalData {
    /// `cif_nif_number`: cif nif number.
    #[serde(default)]
    pub cif_nif_number: Option<String>,
    /// `gstin`: gstin.
    #[serde(default)]
    pub gstin: Option<String>,
    /// `internal_reference`: internal reference.
    #[serde(default)]
    pub internal_reference: Option<String>,
}
