//! The rules an entry must follow. Every broken rule becomes an error at the offending token, and
//! all of an entry's errors are reported together.

use std::collections::{HashMap, HashSet};

use quote::format_ident;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{GenericArgument, PathArguments, Type, Visibility};

use crate::ast;
use crate::attr;
use crate::ctxt::Ctxt;
use crate::model::{CallLimit, Endpoint, Field, Method, Segment};
use crate::path::{self, Piece};

/// Names that the builder already uses for its own methods.
const BUILDER_METHODS: &[&str] = &["build", "send"];

pub fn entry(entry: &ast::Entry) -> syn::Result<Endpoint> {
    let cx = Ctxt::new();
    let entry_attrs = attr::entry_attrs(&entry.attrs, &cx);
    if let Some(err) = &entry.response_error {
        cx.push(err.clone());
    }
    let method = method(&entry.method, &cx);
    let timeout_ms = entry_attrs
        .timeout
        .as_ref()
        .and_then(|lit| match parse_duration_ms(&lit.value()) {
            Some(ms) => Some(ms),
            None => {
                cx.push(syn::Error::new_spanned(
                    lit,
                    "cannot read this timeout: write a whole number with a unit, like \"180s\", \"500ms\" or \"2m\"",
                ));
                None
            }
        });
    let call_limit =
        entry_attrs
            .call_limit
            .as_ref()
            .and_then(|lit| match parse_call_limit(&lit.value()) {
                Ok(limit) => Some(limit),
                Err(problem) => {
                    cx.push(syn::Error::new_spanned(
                        lit,
                        format!(
                            "cannot read this call limit ({problem}): write the calls allowed per \
                         window, like \"20 per 300s\", optionally followed by \
                         \", blocked for 600s\" and \", any arguments\""
                        ),
                    ));
                    None
                }
            });

    let path_params = path_params(&entry.path.value());
    let mut fields = Vec::new();
    let mut seen = HashSet::new();
    for f in &entry.fields {
        if let Some(field) = field(f, method, &path_params, &cx) {
            let key = field.name.to_string();
            if !seen.insert(key.clone()) {
                cx.push(syn::Error::new(
                    f.name.span(),
                    format!("duplicate field `{key}`: each field appears once in an entry"),
                ));
                continue;
            }
            fields.push(field);
        }
    }

    let segments = path_segments(entry, &fields, &cx);
    check_wire_names(&fields, &cx);
    let safe_to_repeat = method.map(|m| repeat_safety(m, &entry_attrs, &cx));
    let pages = match (&entry_attrs.no_pages, page_fields(&fields)) {
        (Some(_), Some(_)) => None,
        (Some(attr), None) => {
            cx.push(syn::Error::new_spanned(
                attr,
                "this entry has no optional `limit` and `offset`, so it has no pages: remove `#[no_pages]`",
            ));
            None
        }
        (None, pages) => pages,
    };

    cx.check()?;
    let (Some(method), Some(response), Some(safe_to_repeat)) =
        (method, entry.response.clone(), safe_to_repeat)
    else {
        // Both report an error above; this is not reached with a valid entry.
        return Err(syn::Error::new(entry.name.span(), "invalid entry"));
    };
    let camel = upper_camel(&entry.name.unraw().to_string());
    Ok(Endpoint {
        docs: entry_attrs.docs,
        vis: entry.vis.clone(),
        fn_name: entry.name.clone(),
        request: format_ident!("{}Request", camel, span = entry.name.span()),
        builder: format_ident!("{}RequestBuilder", camel, span = entry.name.span()),
        method,
        path: entry.path.clone(),
        segments,
        response,
        timeout_ms,
        call_limit,
        authenticated: entry_attrs.no_auth.is_none(),
        safe_to_repeat,
        pages,
        fields,
    })
}

/// The method's default, or what the entry says instead. Saying what the method already
/// implies is an error too, so an attribute on an entry always marks an exception.
fn repeat_safety(method: Method, attrs: &attr::EntryAttrs, cx: &Ctxt) -> bool {
    let default = method.safe_to_repeat_by_default();
    match (&attrs.safe_to_repeat, &attrs.not_safe_to_repeat) {
        (Some(_), Some(not)) => {
            cx.push(syn::Error::new_spanned(
                not,
                "an entry is either safe to repeat or not: keep one of `#[safe_to_repeat]` and `#[not_safe_to_repeat]`",
            ));
            default
        }
        (Some(attr), None) if default => {
            cx.push(syn::Error::new_spanned(
                attr,
                format!(
                    "a {} entry is safe to repeat already: remove `#[safe_to_repeat]`",
                    method.as_str()
                ),
            ));
            default
        }
        (None, Some(attr)) if !default => {
            cx.push(syn::Error::new_spanned(
                attr,
                format!(
                    "a {} entry is not repeated already: remove `#[not_safe_to_repeat]`",
                    method.as_str()
                ),
            ));
            default
        }
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => default,
    }
}

/// An entry with optional `limit` and `offset` fields (sent in the query or the body) is a
/// list, walked page by page, unless it says `#[no_pages]` (a single item whose sub-lists page).
fn page_fields(fields: &[Field]) -> Option<(usize, usize)> {
    let find = |name: &str| {
        fields
            .iter()
            .position(|f| f.name.unraw() == name && f.is_optional() && !f.in_path)
    };
    Some((find("limit")?, find("offset")?))
}

/// Two entries of one invocation must not generate the same items. Returns, for each entry,
/// whether an earlier one already took its names, with the errors.
pub fn repeated_names(entries: &[ast::Entry]) -> (Vec<bool>, syn::Result<()>) {
    let mut seen = HashSet::new();
    let mut repeated = Vec::with_capacity(entries.len());
    let cx = Ctxt::new();
    for e in entries {
        let key = upper_camel(&e.name.unraw().to_string());
        let is_repeat = !seen.insert(key.clone());
        repeated.push(is_repeat);
        if is_repeat {
            let err = syn::Error::new(
                e.name.span(),
                format!("a second entry generates `{key}Request`: give each entry its own name"),
            );
            cx.push(err);
        }
    }
    (repeated, cx.check())
}

fn method(ident: &syn::Ident, cx: &Ctxt) -> Option<Method> {
    let text = ident.to_string();
    if let Some((_, m)) = Method::ALL.iter().find(|(name, _)| *name == text) {
        return Some(*m);
    }
    let upper = text.to_ascii_uppercase();
    let message = if Method::ALL.iter().any(|(name, _)| *name == upper) {
        format!("methods are written in capitals: write `{upper}`")
    } else {
        format!("unknown method `{text}`: write one of GET, POST, PUT, PATCH, DELETE")
    };
    cx.push(syn::Error::new(ident.span(), message));
    None
}

/// The names of the path's `{params}`; a path that does not split is reported by
/// `path_segments`.
fn path_params(template: &str) -> Vec<String> {
    path::split(template)
        .map(|pieces| {
            pieces
                .into_iter()
                .filter_map(|piece| match piece {
                    Piece::Param { name, .. } => Some(name.to_owned()),
                    Piece::Literal(_) => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// One field, with where it is sent decided here and only here: a path parameter goes in the
/// path, and in the query or body too only when an attribute says so; any other field goes
/// where its attribute or else its method puts it.
fn field(
    f: &ast::Field,
    method: Option<Method>,
    path_params: &[String],
    cx: &Ctxt,
) -> Option<Field> {
    let attrs = attr::field_attrs(&f.attrs, cx);
    let name_text = f.name.unraw().to_string();
    let in_path = path_params.contains(&name_text);
    if !matches!(f.vis, Visibility::Inherited) {
        cx.push(syn::Error::new(
            f.vis.span(),
            "fields of the request are always public: remove this visibility",
        ));
    }
    if syn::parse_str::<syn::Ident>(&f.name.to_string()).is_err() {
        cx.push(syn::Error::new(
            f.name.span(),
            format!("`{name_text}` is a Rust keyword: write `r#{name_text}` (it is still sent as `{name_text}`)"),
        ));
        return None;
    }
    if BUILDER_METHODS.contains(&name_text.as_str()) {
        cx.push(syn::Error::new(
            f.name.span(),
            format!(
                "a field named `{name_text}` would clash with the builder's `{name_text}()`: \
                 name it otherwise and add `#[rename = \"{name_text}\"]`"
            ),
        ));
    }
    let optional_inner = option_inner(&f.ty);
    if let (Some(attr), Some(m)) = (&attrs.body, method)
        && !m.has_body()
    {
        cx.push(syn::Error::new_spanned(
            attr,
            format!(
                "a {} request has no body: remove `#[body]` (its fields go in the query string)",
                m.as_str()
            ),
        ));
    }
    if let (Some(_), Some(attr)) = (&attrs.query, &attrs.body) {
        cx.push(syn::Error::new_spanned(
            attr,
            "a field goes either in the query or in the body: keep one of `#[query]` and `#[body]`",
        ));
    }
    let mut tlds = Vec::new();
    if let Some((attr, list)) = &attrs.required_for_tlds {
        if optional_inner.is_none() {
            cx.push(syn::Error::new_spanned(
                attr,
                format!(
                    "`{name_text}` is always required, so `#[required_for_tlds]` adds nothing: \
                     make it `Option<...>` or remove the attribute"
                ),
            ));
        }
        for lit in list {
            match normalize_tld(&lit.value()) {
                Some(tld) => tlds.push(tld),
                None => cx.push(syn::Error::new_spanned(
                    lit,
                    "not a TLD: write the extension alone, like \"ru\" or \"co.uk\" (letters, digits, `-` and `.`)",
                )),
            }
        }
    }
    let wire = match &attrs.rename {
        Some(lit) => {
            let value = lit.value();
            if value.is_empty() || value.split('.').any(str::is_empty) {
                cx.push(syn::Error::new_spanned(
                    lit,
                    "empty wire name: write the name the API expects, like `#[rename = \"domain.extension\"]`",
                ));
            }
            value
        }
        None => name_text,
    };
    let (in_query, in_body) = match method {
        _ if attrs.query.is_some() => (true, false),
        _ if attrs.body.is_some() => (false, true),
        _ if in_path => (false, false),
        Some(m) => (!m.has_body(), m.has_body()),
        None => (false, false),
    };
    Some(Field {
        docs: attrs.docs,
        name: f.name.clone(),
        ty: f.ty.clone(),
        optional_inner,
        wire,
        in_path,
        in_query,
        in_body,
        tlds,
        sensitive: attrs.sensitive.is_some(),
        write_with: attrs.write_with,
        tld_rules: attrs.tld_rules.map(|(_, op)| op),
    })
}

fn path_segments(entry: &ast::Entry, fields: &[Field], cx: &Ctxt) -> Vec<Segment> {
    let template = entry.path.value();
    let lit = &entry.path;
    if !template.starts_with('/') {
        cx.push(syn::Error::new_spanned(
            lit,
            format!(
                "the path must start with `/`, relative to the API's version root: write \"/{}\"",
                template.trim_start_matches('/')
            ),
        ));
    }
    if template.contains('?') || template.contains('#') {
        cx.push(syn::Error::new_spanned(
            lit,
            "the path holds no query string: declare query parameters as fields instead",
        ));
    }
    let pieces = match path::split(&template) {
        Ok(p) => p,
        Err(e) => {
            cx.push(syn::Error::new_spanned(lit, e.message(&template)));
            return Vec::new();
        }
    };
    let mut segments = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Literal(s) => segments.push(Segment::Literal(s.to_owned())),
            Piece::Param { name, .. } => {
                if used.contains(&name) {
                    cx.push(syn::Error::new_spanned(
                        lit,
                        format!(
                            "`{{{name}}}` appears twice in the path: each parameter appears once"
                        ),
                    ));
                    continue;
                }
                used.push(name);
                let Some(index) = fields.iter().position(|f| f.name.unraw() == name) else {
                    cx.push(syn::Error::new_spanned(
                        lit,
                        format!(
                            "path parameter `{{{name}}}` has no field: add `{name}: String,` to the entry's fields"
                        ),
                    ));
                    continue;
                };
                let field = &fields[index];
                if field.is_optional() {
                    cx.push(syn::Error::new_spanned(
                        &field.ty,
                        format!(
                            "path parameter `{name}` cannot be optional, the path needs it: write `{name}: String`"
                        ),
                    ));
                }
                if !field.tlds.is_empty() {
                    cx.push(syn::Error::new(
                        field.name.span(),
                        format!("path parameter `{name}` is always required: remove `#[required_for_tlds]`"),
                    ));
                }
                if field.wire != name {
                    cx.push(syn::Error::new(
                        field.name.span(),
                        format!("path parameter `{name}` is named by the path: remove `#[rename]`"),
                    ));
                }
                segments.push(Segment::Param(index));
            }
        }
    }
    segments
}

fn check_wire_names(fields: &[Field], cx: &Ctxt) {
    let mut seen: HashMap<(&str, bool), &syn::Ident> = HashMap::new();
    for f in fields.iter().filter(|f| f.in_query || f.in_body) {
        if let Some(first) = seen.insert((f.wire.as_str(), f.in_query), &f.name) {
            cx.push(syn::Error::new(
                f.name.span(),
                format!(
                    "`{}` and `{}` are both sent as `{}`: give one another `#[rename]`",
                    first.unraw(),
                    f.name.unraw(),
                    f.wire
                ),
            ));
        }
    }
}

/// `T` when `ty` is `Option<T>` (also spelled `std::option::Option<T>`).
pub fn option_inner(ty: &Type) -> Option<Type> {
    let Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner.clone()),
        _ => None,
    }
}

/// `"ru"`, `".ru"` and `"RU"` are one TLD.
pub fn normalize_tld(raw: &str) -> Option<String> {
    let tld = raw.trim().trim_start_matches('.').to_ascii_lowercase();
    let ok = !tld.is_empty()
        && tld.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    ok.then_some(tld)
}

fn parse_duration_ms(text: &str) -> Option<u64> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().ok()?;
    let factor = match unit.trim() {
        "ms" => 1,
        "s" => 1000,
        "m" | "min" => 60_000,
        _ => return None,
    };
    n.checked_mul(factor).filter(|ms| *ms > 0)
}

/// `"20 per 300s"`, then optional clauses `"blocked for 600s"` and `"any arguments"`, separated
/// by commas.
fn parse_call_limit(text: &str) -> Result<CallLimit, String> {
    let mut clauses = text.split(',').map(str::trim);
    let (calls, per_ms) = calls_per(clauses.next().unwrap_or_default())?;
    let mut limit = CallLimit {
        calls,
        per_ms,
        blocked_ms: None,
        any_arguments: false,
        for_extensions: None,
    };
    for clause in clauses {
        if let Some(duration) = clause.strip_prefix("blocked for ") {
            let ms = parse_duration_ms(duration)
                .ok_or_else(|| format!("`{}` is not a duration", duration.trim()))?;
            limit.blocked_ms = Some(ms);
        } else if let Some((rate, extensions)) = clause.split_once(" for ") {
            let (calls, per_ms) = calls_per(rate)?;
            let extensions = extensions
                .split_whitespace()
                .map(|raw| normalize_tld(raw).ok_or_else(|| format!("`{raw}` is not an extension")))
                .collect::<Result<Vec<_>, _>>()?;
            if extensions.is_empty() {
                return Err(format!("`{clause}` names no extension"));
            }
            limit.for_extensions = Some((calls, per_ms, extensions));
        } else if clause == "any arguments" {
            limit.any_arguments = true;
        } else {
            return Err(format!(
                "`{clause}` is not `blocked for DURATION`, `any arguments` or \
                 `N per DURATION for EXTENSION ...`"
            ));
        }
    }
    Ok(limit)
}

/// `"20 per 300s"`: the calls, above 0, and the window in milliseconds.
fn calls_per(text: &str) -> Result<(u32, u64), String> {
    let (calls, per) = text
        .split_once(" per ")
        .ok_or_else(|| format!("`{text}` is not `N per DURATION`"))?;
    let calls: u32 = calls
        .trim()
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("`{}` is not a whole number above 0", calls.trim()))?;
    let per_ms =
        parse_duration_ms(per).ok_or_else(|| format!("`{}` is not a duration", per.trim()))?;
    Ok((calls, per_ms))
}

pub fn upper_camel(snake: &str) -> String {
    snake
        .split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut chars = p.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_limits_are_read_with_their_clauses() {
        let read = |text| parse_call_limit(text);
        let plain = CallLimit {
            calls: 20,
            per_ms: 300_000,
            blocked_ms: None,
            any_arguments: false,
            for_extensions: None,
        };
        assert_eq!(read("20 per 300s"), Ok(plain.clone()));
        assert_eq!(
            read("1 per 10s, blocked for 5m"),
            Ok(CallLimit {
                calls: 1,
                per_ms: 10_000,
                blocked_ms: Some(300_000),
                ..plain.clone()
            })
        );
        assert_eq!(
            read("20 per 300s, 60 per 60s for eu .CO.UK"),
            Ok(CallLimit {
                for_extensions: Some((60, 60_000, vec!["eu".to_owned(), "co.uk".to_owned()])),
                ..plain
            })
        );
        assert_eq!(
            read(" 30 per 60s ,any arguments").map(|l| l.any_arguments),
            Ok(true)
        );
        for bad in [
            "",
            "20",
            "0 per 1s",
            "x per 1s",
            "20 per soon",
            "20 per 1s, forever",
            "20 per 1s, 60 per 60s for ",
            "20 per 1s, 60 per 60s for e_u",
        ] {
            assert!(read(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn tlds_are_normalised() {
        assert_eq!(normalize_tld(".RU").as_deref(), Some("ru"));
        assert_eq!(normalize_tld("co.uk").as_deref(), Some("co.uk"));
        assert_eq!(normalize_tld("xn--p1ai").as_deref(), Some("xn--p1ai"));
        assert_eq!(normalize_tld(""), None);
        assert_eq!(normalize_tld("r u"), None);
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ms("180s"), Some(180_000));
        assert_eq!(parse_duration_ms("500ms"), Some(500));
        assert_eq!(parse_duration_ms("2m"), Some(120_000));
        assert_eq!(parse_duration_ms("0s"), None);
        assert_eq!(parse_duration_ms("s"), None);
        assert_eq!(parse_duration_ms("10 parsecs"), None);
    }

    #[test]
    fn camel_case_names() {
        assert_eq!(upper_camel("update_customer"), "UpdateCustomer");
        assert_eq!(upper_camel("login"), "Login");
    }
}
