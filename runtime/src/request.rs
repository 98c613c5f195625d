//! A request as it goes on the wire: the entry's writers run once, before any attempt, into a
//! URL and a body. Only the calls into the writers are generic; the rest is compiled once.

use bytes::Bytes;

use crate::body::BodyWriter;
use crate::catalogue::TypedWire;
use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::path::PathWriter;
use crate::query::QueryWriter;

/// The URL and body of a request, ready for every attempt.
pub(crate) struct WireRequest {
    pub(crate) url: reqwest::Url,
    pub(crate) body: Option<Bytes>,
}

impl WireRequest {
    /// Writes `request` after `base_url`; an error means nothing can be sent.
    pub(crate) fn new<E: Endpoint>(base_url: &str, request: &E) -> Result<Self, Error> {
        let mut path = PathWriter::after(base_url);
        request.write_path(&mut path)?;
        let mut query = QueryWriter::default();
        request.write_query(&mut query)?;
        let body = if E::INFO.method.has_body() {
            let mut body = BodyWriter::default();
            request.write_body(&mut body)?;
            Some(body)
        } else {
            None
        };
        WireRequest::assemble(&path, &query, body)
    }

    pub(crate) fn assemble(
        path: &PathWriter,
        query: &QueryWriter,
        body: Option<BodyWriter>,
    ) -> Result<Self, Error> {
        let mut url = reqwest::Url::parse(path.as_str()).map_err(|e| Error::InvalidRequest {
            field: "path".to_owned(),
            reason: format!("the URL does not parse: {e}"),
        })?;
        if !query.pairs().is_empty() {
            url.query_pairs_mut().extend_pairs(query.pairs());
        }
        let body = body.map(|body| Bytes::from(body.into_bytes()));
        Ok(WireRequest { url, body })
    }
}

impl TypedWire {
    /// Writes `request` after `base_url`, as a typed call does.
    pub fn new<E: Endpoint>(base_url: &str, request: &E) -> Result<Self, Error> {
        WireRequest::new(base_url, request).map(|wire| TypedWire {
            url: wire.url,
            body: wire.body,
        })
    }
}

impl From<TypedWire> for WireRequest {
    fn from(wire: TypedWire) -> Self {
        WireRequest {
            url: wire.url,
            body: wire.body,
        }
    }
}
