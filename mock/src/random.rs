//! Numbers no one can guess from the last, for tokens and auth codes, without a crate for it.

use std::hash::{BuildHasher, RandomState};

/// Each store keeps its own, so no store reaches into another for randomness.
#[derive(Default)]
pub struct Random {
    keys: RandomState,
    counter: u64,
}

impl Random {
    pub fn next_u64(&mut self) -> u64 {
        self.counter += 1;
        self.keys.hash_one(self.counter)
    }
}
