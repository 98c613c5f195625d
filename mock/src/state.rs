//! Everything the stand-in keeps: each area's store, and the test controls beside them (the
//! requests received, queued faults and replies, latency, chaos).

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;

use crate::api::auth::{Auth, DEFAULT_USERNAME};
use crate::api::billing::Billing;
use crate::api::contacts::Contacts;
use crate::api::customers::Customers;
use crate::api::dns::Dns;
use crate::api::domains::Domains;
use crate::api::easydmarc::EasyDmarc;
use crate::api::email_verification::Verifications;
use crate::api::emails::Emails;
use crate::api::licenses::Licenses;
use crate::api::resellers::Resellers;
use crate::api::spam_expert::SpamExpert;
use crate::api::ssl::Ssl;
use crate::api::tags::Tags;
use crate::faults::{CannedReply, ChaosState, Fault};
use crate::limits::Limits;
use crate::request::RecordedRequest;

/// The stores of every API area.
pub struct World {
    pub auth: Auth,
    pub customers: Customers,
    pub domains: Domains,
    pub dns: Dns,
    pub contacts: Contacts,
    pub verifications: Verifications,
    pub tags: Tags,
    pub resellers: Resellers,
    pub billing: Billing,
    pub ssl: Ssl,
    pub licenses: Licenses,
    pub emails: Emails,
    pub spam_expert: SpamExpert,
    pub easydmarc: EasyDmarc,
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
            contacts: Contacts::new(DEFAULT_USERNAME),
            verifications: Verifications::new(),
            tags: Tags::new(),
            resellers: Resellers::new(),
            billing: Billing::new(),
            ssl: Ssl::new(),
            licenses: Licenses::new(),
            emails: Emails::new(),
            spam_expert: SpamExpert::new(),
            easydmarc: EasyDmarc::new(),
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
    pub limits: Mutex<Limits>,
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
            limits: Mutex::new(Limits::new()),
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
