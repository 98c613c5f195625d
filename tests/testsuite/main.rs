//! The integration tests, one binary: each module is one area, `support` holds what they share.
//! One binary links the whole stack once instead of once per file.

mod support;

// The examples' steps, so each README command is run by a test. `modify_handle`'s steps reach
// the article as `crate::article`, so it sits at the root as it does in the example.
#[path = "../../examples/acme_dns01/steps.rs"]
mod acme_dns01;
#[path = "../../examples/modify_handle/article.rs"]
mod article;
#[path = "../../examples/modify_handle/steps.rs"]
mod modify_handle;
#[path = "../../examples/order_ssl/steps.rs"]
mod order_ssl;
#[path = "../../examples/register_domain/steps.rs"]
mod register_domain;

mod call_limits;
mod chaos_soak;
mod conformance;
mod customer_lifecycle;
mod defaults;
mod dns;
mod domains;
mod dropped_connections;
mod every_entry_is_served;
mod example_modify_handle;
mod example_order_ssl;
mod example_register_domain;
mod from_env;
mod lenient_derive;
mod newer_tld_fields;
mod properties;
mod redis_server;
mod reply_envelope;
mod reply_types_against_swagger;
mod request_shape;
mod resilience;
mod secrets;
// The stores are features; `cargo test --workspace` has them on (the command line needs both).
#[cfg(all(feature = "sqlite", feature = "redis"))]
mod shared_state;
mod stand_in;
mod tld_checks;
