//! The stand-in's own tests, one binary: what each API area keeps and refuses, the call limits
//! it enforces, and the binary run on its own. `common` holds a small client of raw requests.

mod areas;
mod binary;
mod call_limits;
mod common;
