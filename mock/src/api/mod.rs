//! One module per area of the API, each with its store and its handlers. Areas import only the
//! request, the reply and the areas below them; the router passes each what it needs.

pub mod auth;
pub mod customers;
pub mod dns;
pub mod domains;
pub mod tlds;
