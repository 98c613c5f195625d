//! A local, stateful stand-in for the Openprovider API, on loopback.
//!
//! It logs users in, keeps customer handles in memory, and answers with the real API's shapes
//! and quirks: errors as HTTP 500 envelopes, `"success": "true"` as a string, a fax of empty
//! strings, `0000-00-00 00:00:00` for "not deleted". Tests can read back every request it
//! received and make it fail on purpose.
//!
//! Every operation of the API is served, each area with its own state (customers, domains,
//! DNS, SSL orders and CSRs, licences, e-mail templates and verification, SpamExperts,
//! EasyDMARC, contacts, tags, the reseller, billing), and every reply carries every property
//! the API documents. The API's call limits are enforced as it enforces them; see
//! [`MockServer::set_call_limit_scale`].
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use openprovider_mock::{MockServer, CannedReply};
//!
//! let server = MockServer::start().await?;
//! let base_url = server.base_url(); // http://127.0.0.1:PORT/v1beta
//! // Point a client at `base_url` with `server.username()` / `server.password()`.
//! server.enqueue(CannedReply::html(502, "<html>Bad Gateway</html>"));
//! // ... the next call gets the 502; later calls reach the stand-in again.
//! assert!(server.requests().is_empty());
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

// Every value the stand-in accepts, refuses or invents names its source in a comment:
// - "Swagger: X": Openprovider's Swagger document (openprovider/api-documentation), item X;
// - "reference §N": the project's notes on the API, section N;
// - S7, S9, S10: the public clients of that notes' source list: S7 openprovider/openprovider-mcp,
//   S9 openprovider/Openprovider-WHMCS-domains, S10 AntagonistHQ/openprovider.py at b649c11 (its
//   code list `openprovider/data/exception_map.py` and recorded replies
//   `tests/fixtures/cassettes`);
// - "nickurt": the test fixtures of nickurt/laravel-openprovider at 6c1faf0 (`tests/Endpoints`).
// Where no source exists, the comment says so, and the stand-in accepts rather than refuses.

mod api;
mod faults;
mod limits;
mod random;
mod reply;
mod request;
mod router;
mod server;
mod shapes;
mod state;
mod time;
mod tld_table;

pub use api::auth::{AuthFailure, DEFAULT_PASSWORD, DEFAULT_USERNAME};
pub use faults::{CannedReply, Chaos, ChaosFault, Fault};
pub use request::RecordedRequest;
pub use server::MockServer;
