//! Everything the stand-in keeps: each area's store, and the test controls beside them (the
//! requests received, queued faults and replies, latency, chaos).

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;

use crate::api::auth::Auth;
use crate::api::customers::Customers;
use crate::api::dns::Dns;
use crate::api::domains::Domains;
use crate::faults::{CannedReply, ChaosState, Fault};
use crate::request::RecordedRequest;

/// The stores of every API area.
pub struct World {
    pub auth: Auth,
    pub customers: Customers,
    pub domains: Domains,
    pub dns: Dns,
    /// Warnings to put on the next successful reply.
    pub warnings: Vec<Value>,
}

impl World {
    pub fn new() -> Self {
        World {
            auth: Auth::new(),
            customers: Customers::new(),
            domains: Domains::new(),
            dns: Dns::new(),
            warnings: Vec::new(),
        }
    }
}

pub struct Shared {
    pub world: Mutex<World>,
    pub requests: Mutex<Vec<RecordedRequest>>,
    pub canned: Mutex<VecDeque<CannedReply>>,
    pub faults: Mutex<VecDeque<(Fault, String)>>,
    pub latency: Mutex<Duration>,
    pub chaos: Mutex<Option<ChaosState>>,
}

impl Shared {
    pub fn new() -> Self {
        Shared {
            world: Mutex::new(World::new()),
            requests: Mutex::new(Vec::new()),
            canned: Mutex::new(VecDeque::new()),
            faults: Mutex::new(VecDeque::new()),
            latency: Mutex::new(Duration::ZERO),
            chaos: Mutex::new(None),
        }
    }

    pub fn world(&self) -> MutexGuard<'_, World> {
        lock(&self.world)
    }
}

/// The stand-in's locks guard plain data; a panicking handler cannot leave them half-written.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
