//! One module per area of the API, each with its store and its handlers. Areas import only the
//! request, the reply, the clock and the areas below them; the router passes each what it
//! needs of another.

pub mod auth;
pub mod billing;
pub mod contacts;
pub mod csr;
pub mod customers;
pub mod dns;
pub mod domains;
pub mod easydmarc;
pub mod email_verification;
pub mod emails;
pub mod licenses;
pub mod resellers;
pub mod spam_expert;
pub mod ssl;
pub mod tags;
pub mod tlds;
