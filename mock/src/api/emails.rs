//! E-mail templates: the messages sent to customers in the reseller's words. The account starts
//! with the system templates, which can be read but not changed or deleted.
//!
//! Codes 1701-1704 are the stand-in's choice within the mail range, 17xx (reference §3.3);
//! S10's code list has none there.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::reply::{Answer, Handled, api_error, ok, page};
use crate::request::{RecordedRequest, body_object, id_of, param, text, truthy, window};

// reference §11.4: lists default to 100 and go up to 500.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;
/// The groups a template belongs to; the list is closed, so others are refused.
// Swagger: emailCreateEmailRequest.group (title).
const GROUPS: &[&str] = &["errp", "foa", "ive", "tcn", "wdrp"];

pub struct Emails {
    templates: BTreeMap<i64, Template>,
    next_id: i64,
}

struct Template {
    is_system: bool,
    fields: Map<String, Value>,
}

impl Emails {
    pub fn new() -> Self {
        let mut emails = Emails {
            templates: BTreeMap::new(),
            next_id: 1,
        };
        // Locale and field name as in nickurt's EmailsTemplatesTest fixture.
        for (group, name) in [
            ("ive", "Registrant e-mail verification"),
            ("foa", "Transfer authorisation"),
            ("tcn", "Trademark claims notice"),
        ] {
            let id = emails.next_id;
            emails.next_id += 1;
            let fields = json!({
                "name": name,
                "group": group,
                "is_active": true,
                "is_default": true,
                "locale": ["en_GB"],
                "fields": [{"name": "subject", "value": name}],
                "tags": [],
            });
            emails.templates.insert(
                id,
                Template {
                    is_system: true,
                    fields: fields.as_object().cloned().unwrap_or_default(),
                },
            );
        }
        emails
    }
}

fn not_found() -> Answer {
    api_error(1701, "E-mail template not found")
}

fn render(id: i64, t: &Template) -> Value {
    let mut out = Value::Object(t.fields.clone());
    out["id"] = json!(id);
    out
}

/// Fields a template keeps as sent.
// Swagger: emailCreateEmailRequest properties.
const KEPT: &[&str] = &[
    "name",
    "group",
    "is_active",
    "is_default",
    "locale",
    "fields",
    "tags",
];

fn check(body: &Map<String, Value>) -> Result<(), Answer> {
    if body.contains_key("group") && !GROUPS.contains(&text(body, &["group"])) {
        return Err(api_error(
            1703,
            &format!("Unknown template group; one of {}", GROUPS.join(", ")),
        ));
    }
    Ok(())
}

pub fn list(state: &Emails, request: &RecordedRequest) -> Handled {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let id = param(&params, "id").and_then(id_of);
    let name = param(&params, "name");
    let group = param(&params, "group");
    let system = param(&params, "is_system").map(|_| truthy(&params, "is_system"));
    let all: Vec<Value> = state
        .templates
        .iter()
        .filter(|(i, _)| id.is_none_or(|want| want == **i))
        .filter(|(_, t)| name.is_none_or(|n| text(&t.fields, &["name"]) == n))
        .filter(|(_, t)| group.is_none_or(|g| text(&t.fields, &["group"]) == g))
        .filter(|(_, t)| system.is_none_or(|s| s == t.is_system))
        .map(|(i, t)| render(*i, t))
        .collect();
    Ok(page(all, limit, offset))
}

pub fn create(state: &mut Emails, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    // S7 types.ts: a template is created with a name and a group.
    if text(&body, &["name"]).is_empty() {
        return Err(api_error(1702, "A template needs a name"));
    }
    if text(&body, &["group"]).is_empty() {
        return Err(api_error(1703, "A template needs a group"));
    }
    check(&body)?;
    let id = state.next_id;
    state.next_id += 1;
    let mut fields: Map<String, Value> = body
        .into_iter()
        .filter(|(k, _)| KEPT.contains(&k.as_str()))
        .collect();
    for (key, default) in [
        ("is_active", json!(true)),
        ("is_default", json!(false)),
        ("locale", json!([])),
        ("fields", json!([])),
        ("tags", json!([])),
    ] {
        fields.entry(key).or_insert(default);
    }
    state.templates.insert(
        id,
        Template {
            is_system: false,
            fields,
        },
    );
    Ok(ok(json!({"id": id})))
}

fn own<'a>(state: &'a mut Emails, id: &str) -> Result<(i64, &'a mut Template), Answer> {
    let id = id_of(id).ok_or_else(not_found)?;
    let t = state.templates.get_mut(&id).ok_or_else(not_found)?;
    if t.is_system {
        return Err(api_error(1704, "A system template cannot be changed"));
    }
    Ok((id, t))
}

pub fn update(state: &mut Emails, id: &str, request: &RecordedRequest) -> Handled {
    let body = body_object(request)?;
    check(&body)?;
    let (_, t) = own(state, id)?;
    for (key, value) in body {
        if KEPT.contains(&key.as_str()) {
            t.fields.insert(key, value);
        }
    }
    Ok(ok(json!({"success": true})))
}

pub fn delete(state: &mut Emails, id: &str) -> Handled {
    let (id, _) = own(state, id)?;
    state.templates.remove(&id);
    Ok(ok(json!({"success": true})))
}
