//! The API's call limits (reference §3.5), counted as calls arrive: identical calls (same
//! method, path, query and body) in sliding windows, and logins identical or not. Every window
//! and block is multiplied by a scale, so tests can meet a limit in milliseconds of paused or
//! real time; with no scale nothing is counted.

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasher, RandomState};
use std::time::Duration;

use tokio::time::Instant;

use crate::reply::{Answer, api_error};
use crate::request::RecordedRequest;

/// Identical calls of any entry without a rule of its own: 300 per 300 s, then the caller's
/// IP is refused everything until a person removes it from the blocked list.
const ANY: Rule = Rule {
    calls: 300,
    window: 300.0,
    block: None,
    code: 10_005,
};
/// Identical `check_domain` calls: 20 per 300 s, then code 50 for 300 s.
const CHECK: Rule = Rule {
    calls: 20,
    window: 300.0,
    block: Some(300.0),
    code: 50,
};
/// Identical `check_domain` calls whose every name is under one of `FAST_CHECK_TLDS`: 60 per
/// 60 s, then code 50 for 60 s.
const FAST_CHECK: Rule = Rule {
    calls: 60,
    window: 60.0,
    block: Some(60.0),
    code: 50,
};
/// Identical `create_domain` calls: 1 per 10 s, then 4007 for 300 s.
const CREATE: Rule = Rule {
    calls: 1,
    window: 10.0,
    block: Some(300.0),
    code: 4007,
};
/// Logins, identical or not: 30 per 60 s, then code 50 for 60 s.
const LOGIN: Rule = Rule {
    calls: 30,
    window: 60.0,
    block: Some(60.0),
    code: 50,
};
// reference §3.5.
const FAST_CHECK_TLDS: &[&str] = &[
    "eu",
    "xn--e1a4c",
    "uk",
    "co.uk",
    "org.uk",
    "me.uk",
    "it",
    "ch",
    "fi",
    "fr",
];
/// Past this many counted keys, expired ones are swept out.
const SWEEP_ABOVE: usize = 10_000;

#[derive(Clone, Copy)]
struct Rule {
    calls: usize,
    /// Seconds, before scaling.
    window: f64,
    /// Seconds the caller is refused after going over; `None` is until unblocked by hand.
    block: Option<f64>,
    code: i32,
}

pub struct Limits {
    scale: Option<f64>,
    hasher: RandomState,
    /// Arrival times within the window, per call (a hash of it; logins share one key).
    calls: HashMap<u64, VecDeque<Instant>>,
    /// Calls refused until a time, with the code they get.
    blocks: HashMap<u64, (Instant, i32)>,
    /// Refused everything until `unblock`: the API's blacklisted IP.
    blacklisted: bool,
}

impl Limits {
    /// On, at the documented windows, as the real API is.
    pub fn new() -> Self {
        Limits {
            scale: Some(1.0),
            hasher: RandomState::new(),
            calls: HashMap::new(),
            blocks: HashMap::new(),
            blacklisted: false,
        }
    }

    /// Multiplies every window and block by `scale`; `None` stops counting. Counts so far are
    /// forgotten, blocks too, but not the blacklist.
    pub fn set_scale(&mut self, scale: Option<f64>) {
        self.scale = scale.map(|s| if s.is_finite() && s > 0.0 { s } else { 1.0 });
        self.calls.clear();
        self.blocks.clear();
    }

    pub fn unblock(&mut self) {
        self.blacklisted = false;
    }

    pub fn is_blocked(&self) -> bool {
        self.blacklisted
    }

    /// Counts a call as it arrives; `Some` is the refusal it gets instead of an answer.
    pub fn admit(&mut self, request: &RecordedRequest) -> Option<Answer> {
        let scale = self.scale?;
        if self.blacklisted {
            return Some(refusal(ANY.code));
        }
        let now = Instant::now();
        let (rule, key) = self.classify(request);
        if let Some(&(until, code)) = self.blocks.get(&key) {
            if now < until {
                return Some(refusal(code));
            }
            self.blocks.remove(&key);
        }
        let window = scaled(rule.window, scale);
        let times = self.calls.entry(key).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            times.pop_front();
        }
        if times.len() >= rule.calls {
            match rule.block {
                None => self.blacklisted = true,
                Some(block) => {
                    self.blocks
                        .insert(key, (now + scaled(block, scale), rule.code));
                }
            }
            return Some(refusal(rule.code));
        }
        times.push_back(now);
        if self.calls.len() > SWEEP_ABOVE {
            let longest = scaled(ANY.window.max(CHECK.window), scale);
            self.calls.retain(|_, t| {
                t.back()
                    .is_some_and(|last| now.duration_since(*last) < longest)
            });
            self.blocks.retain(|_, (until, _)| now < *until);
        }
        None
    }

    /// The rule a call falls under, and the key it is counted by.
    fn classify(&self, r: &RecordedRequest) -> (Rule, u64) {
        let path = r.path.trim_end_matches('/');
        if r.method == "POST" && path.ends_with("/auth/login") {
            // Logins count together, whatever they send.
            return (LOGIN, self.hasher.hash_one("login"));
        }
        let key = self.hasher.hash_one((&r.method, path, &r.query, &r.body));
        let rule = match (r.method.as_str(), path) {
            ("POST", p) if p.ends_with("/domains/check") => {
                if every_extension_is_fast(r) {
                    FAST_CHECK
                } else {
                    CHECK
                }
            }
            ("POST", p) if p.ends_with("/v1beta/domains") => CREATE,
            _ => ANY,
        };
        (rule, key)
    }
}

fn scaled(seconds: f64, scale: f64) -> Duration {
    Duration::from_secs_f64((seconds * scale).max(0.0))
}

fn refusal(code: i32) -> Answer {
    let desc = match code {
        10_005 => "Access denied",
        4007 => "API access temporarily blocked because of excessive use",
        _ => "Calls limit has been reached",
    };
    api_error(code, desc)
}

/// Whether every name of a check is under one of the TLDs with the faster limit.
fn every_extension_is_fast(r: &RecordedRequest) -> bool {
    let Some(body) = r.json() else {
        return false;
    };
    let Some(domains) = body.get("domains").and_then(|d| d.as_array()) else {
        return false;
    };
    !domains.is_empty()
        && domains.iter().all(|d| {
            d.get("extension")
                .and_then(|e| e.as_str())
                .is_some_and(|e| {
                    FAST_CHECK_TLDS
                        .contains(&e.trim_start_matches('.').to_ascii_lowercase().as_str())
                })
        })
}
