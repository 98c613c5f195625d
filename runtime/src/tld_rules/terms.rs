//! The terms the TLD rules are written in: where data goes, when a rule holds, how much it
//! matters, a rule, and a problem found with one. Plain data, so the error type and the catalogue
//! can name them without depending on the checks.

use std::fmt;

/// Where a registry's data goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Place {
    /// The handle's own fields (`vat`, `address.state`, `company_name`).
    Handle,
    /// The handle's general `additional_data`.
    HandleAdditionalData,
    /// The `data` of the handle's `extension_additional_data` entry for the TLD.
    HandleExtensionData,
    /// The domain request's `additional_data`.
    DomainAdditionalData,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Place::Handle => "the handle",
            Place::HandleAdditionalData => "the handle's additional_data",
            Place::HandleExtensionData => "the handle's extension_additional_data for the TLD",
            Place::DomainAdditionalData => "the domain's additional_data",
        })
    }
}

/// How much a problem matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Severity {
    /// A source states the rule and the data shows it applies: the registry will refuse.
    Error,
    /// The rule may apply: a source calls the field applicable, sources disagree, or the data
    /// does not show whether its condition holds.
    Warning,
}

/// How many of a rule's fields are needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Need {
    /// Every one.
    All,
    /// At least one.
    OneOf,
    /// One, and never two.
    ExactlyOneOf,
}

/// When a rule applies, read from a handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Condition {
    /// Always.
    Always,
    /// To a handle without a `company_name`.
    Individual,
    /// To a handle with a `company_name`.
    Company,
    /// To a handle whose address is outside the EU and the EEA.
    OutsideEuEea,
    /// To a handle whose address is in this country (ISO code).
    InsideCountry(&'static str),
    /// To a handle whose address is not in this country.
    OutsideCountry(&'static str),
}

/// Whose handle a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Who {
    /// The registrant.
    Owner,
    /// The admin contact.
    Admin,
    /// The tech contact.
    Tech,
}

/// A domain operation a rule is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Operation {
    /// `create_domain`.
    Create,
    /// `transfer_domain`.
    Transfer,
    /// `trade_domain`.
    Trade,
    /// An update: only the values it sends are checked.
    Update,
}

/// One rule of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TldRule {
    /// The TLD, lower case, an A-label for an IDN TLD.
    pub tld: &'static str,
    /// Other names the rule covers: IDN forms, sibling second-level domains.
    pub also: &'static [&'static str],
    /// Where the fields go.
    pub place: Place,
    /// Other places some source puts the same fields; a field in any of them counts.
    pub also_places: &'static [Place],
    /// The fields' wire names in that place (dotted for a handle's nested field).
    pub fields: &'static [&'static str],
    /// How many of them are needed.
    pub need: Need,
    /// When it applies: every condition must hold.
    pub when: &'static [Condition],
    /// Whose handle the conditions (and a handle place) read.
    pub who: Who,
    /// The operations it applies to.
    pub operations: &'static [Operation],
    /// The values allowed; empty for any.
    pub values: &'static [&'static str],
    /// A hint at the format, for people.
    pub format: &'static str,
    /// How much breaking it matters.
    pub severity: Severity,
    /// The sources that state it, with their date.
    pub source: &'static str,
    /// Where sources disagree, or what could not be confirmed.
    pub note: &'static str,
}

impl fmt::Display for TldRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let need = match self.need {
            Need::All if self.fields.len() == 1 => "",
            Need::All => "all of ",
            Need::OneOf => "one of ",
            Need::ExactlyOneOf => "exactly one of ",
        };
        let severity = match self.severity {
            Severity::Error => "required",
            Severity::Warning => "may be required",
        };
        write!(
            f,
            ".{}: {need}{} in {} {severity}",
            self.tld,
            self.fields.join(", "),
            self.place
        )?;
        let when: Vec<String> = self
            .when
            .iter()
            .filter(|c| **c != Condition::Always)
            .map(|c| match c {
                Condition::Individual => "for an individual".to_owned(),
                Condition::Company => "for a company".to_owned(),
                Condition::OutsideEuEea => "outside the EU/EEA".to_owned(),
                Condition::InsideCountry(c) => format!("living in {c}"),
                Condition::OutsideCountry(c) => format!("living outside {c}"),
                Condition::Always => String::new(),
            })
            .collect();
        if !when.is_empty() {
            write!(f, " ({})", when.join(", "))?;
        }
        if !self.values.is_empty() {
            write!(f, "; one of {}", self.values.join(" "))?;
        }
        if !self.format.is_empty() {
            write!(f, "; {}", self.format)?;
        }
        write!(f, " [{}]", self.source)
    }
}

/// Something a registration lacks or has wrong, for one TLD.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TldProblem {
    /// The TLD, an A-label in lower case (`xn--p1ai` for `.рф`).
    pub tld: String,
    /// Where the field goes.
    pub place: Place,
    /// The field's wire name in that place; several joined by `|` for a rule over several.
    pub field: String,
    /// How much it matters.
    pub severity: Severity,
    /// What is wrong, in words.
    pub message: String,
    /// Where the rule comes from.
    pub source: &'static str,
}

impl fmt::Display for TldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            ".{} {kind}: {} [{}]",
            self.tld, self.message, self.source
        )
    }
}
