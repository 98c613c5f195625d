//! Holds no code: see `tests/ui.rs`.
