//! What a successful call gives back besides its data: the [`Reply`] with its warnings and
//! status, and the [`Warning`] type that errors carry too.

use serde::{Deserialize, Serialize};

use crate::de;

/// A warning the API sent with its reply. Warnings come with successes too; they are not errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Warning {
    /// The warning's code.
    #[serde(default, deserialize_with = "de::lenient_i32")]
    pub code: i32,
    /// Its message.
    #[serde(default, deserialize_with = "de::string_or_null")]
    pub desc: String,
    /// Extra detail, as sent.
    #[serde(default)]
    pub data: Option<serde_json::Value>,
}

/// The whole reply of a successful call: its data and what came with it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Reply<T> {
    /// The envelope's `data`, decoded.
    pub data: T,
    /// Warnings sent with the reply.
    pub warnings: Vec<Warning>,
    /// The envelope's `desc`, usually empty on success.
    pub desc: String,
    /// Whether the API said it is in maintenance.
    pub maintenance: bool,
    /// The HTTP status.
    pub status: u16,
    /// The JSON paths of the fields that could not be read and were left empty
    /// (`#[lenient(degrade)]` fields, like `data.results[3].scheduled_from`); each was also
    /// logged as a `tracing` warning with its value.
    pub degraded: Vec<String>,
}
