//! What an entry is to the client: the [`Endpoint`] trait, which `openprovider_endpoint!`
//! implements for every request type. Its description is one [`EntryInfo`]; its methods fill
//! the path, query and body writers.

use serde::de::DeserializeOwned;

use crate::body::BodyWriter;
use crate::catalogue::EntryInfo;
use crate::error::Error;
use crate::path::PathWriter;
use crate::query::QueryWriter;

/// A request the client can send. `openprovider_endpoint!` implements it for every entry's
/// request type; write it by hand only for what an entry cannot express:
///
/// ```
/// use openprovider_runtime::{Endpoint, EntryInfo, Error, Method, PathWriter};
///
/// struct GetZone { name: String }
///
/// impl Endpoint for GetZone {
///     type Response = serde_json::Value;
///     const INFO: EntryInfo = EntryInfo::new("get_zone", Method::Get, "/dns/zones/{name}");
///
///     fn write_path(&self, path: &mut PathWriter) -> Result<(), Error> {
///         path.literal("/dns/zones/");
///         path.param("name", &self.name)
///     }
/// }
/// ```
pub trait Endpoint {
    /// What the reply's `data` decodes into.
    type Response: DeserializeOwned;
    /// The entry as data: name, method, path template, timeout, whether it is safe to repeat
    /// and whether it carries the token, and its fields.
    const INFO: EntryInfo;

    /// Writes the path, one percent-encoded segment per parameter.
    fn write_path(&self, path: &mut PathWriter) -> Result<(), Error>;

    /// Writes the query parameters.
    fn write_query(&self, query: &mut QueryWriter) -> Result<(), Error> {
        let _ = query;
        Ok(())
    }

    /// Writes the JSON body's fields; called for `POST`, `PUT` and `PATCH` only.
    fn write_body(&self, body: &mut BodyWriter) -> Result<(), Error> {
        let _ = body;
        Ok(())
    }

    /// For an entry with fields written by a function (`#[write_with]`): how a request built
    /// from data is read into this type and written as its typed call writes it (see
    /// [`DynamicRequest::of`](crate::DynamicRequest::of)). A function, not a field of
    /// [`INFO`](Self::INFO): a pointer in the catalogue's data would compile every writer, and
    /// the readers of every field type, into each build of the crate that holds the entries.
    #[doc(hidden)]
    fn __typed_writer() -> Option<crate::catalogue::TypedWriter> {
        None
    }
}

/// Something done with an entry's own types, the entry chosen by data at run time.
///
/// `#![catalogue(ENTRIES)]` defines `visit_entries(name, visitor)`, which calls
/// [`visit`](Self::visit) with the named entry's request type; `openprovider::visit_entry` does
/// it for the whole catalogue. The command line reads each reply through one, as the entry's
/// typed call reads it. The entries of such a list need replies that are `Serialize`, as the
/// catalogue's are.
pub trait EntryVisitor {
    /// What the visit gives.
    type Output;
    /// Called with the entry's request type.
    fn visit<E>(self) -> Self::Output
    where
        E: Endpoint,
        E::Response: serde::Serialize;
}
