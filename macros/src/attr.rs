//! Reading the attributes of entries and fields. Attribute names are constants here and nowhere
//! else, so the parser, the suggestions and the error texts cannot drift apart.

use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta};

use crate::ctxt::Ctxt;

pub const DOC: &str = "doc";
pub const QUERY: &str = "query";
pub const BODY: &str = "body";
pub const RENAME: &str = "rename";
pub const REQUIRED_FOR_TLDS: &str = "required_for_tlds";
pub const SENSITIVE: &str = "sensitive";
pub const WRITE_WITH: &str = "write_with";
pub const TLD_RULES: &str = "tld_rules";
pub const TIMEOUT: &str = "timeout";
pub const CALL_LIMIT: &str = "call_limit";
pub const NO_AUTH: &str = "no_auth";
pub const SAFE_TO_REPEAT: &str = "safe_to_repeat";
pub const NOT_SAFE_TO_REPEAT: &str = "not_safe_to_repeat";
pub const NO_PAGES: &str = "no_pages";
pub const CATALOGUE: &str = "catalogue";

const FIELD_ATTRS: &[&str] = &[
    QUERY,
    BODY,
    RENAME,
    REQUIRED_FOR_TLDS,
    SENSITIVE,
    WRITE_WITH,
    TLD_RULES,
];
const ENTRY_ATTRS: &[&str] = &[
    TIMEOUT,
    CALL_LIMIT,
    NO_AUTH,
    SAFE_TO_REPEAT,
    NOT_SAFE_TO_REPEAT,
    NO_PAGES,
];
const INVOCATION_ATTRS: &[&str] = &[CATALOGUE];

/// The attributes of one field, each with the span of the attribute that set it.
#[derive(Default)]
pub struct FieldAttrs {
    pub docs: Vec<LitStr>,
    pub query: Option<Attribute>,
    pub body: Option<Attribute>,
    pub rename: Option<LitStr>,
    pub required_for_tlds: Option<(Attribute, Vec<LitStr>)>,
    pub sensitive: Option<Attribute>,
    pub write_with: Option<syn::Path>,
    /// `#[tld_rules(create)]`: the operation whose table rules `check_tld` applies.
    pub tld_rules: Option<(Attribute, String)>,
}

#[derive(Default)]
pub struct EntryAttrs {
    pub docs: Vec<LitStr>,
    pub timeout: Option<LitStr>,
    pub call_limit: Option<LitStr>,
    pub no_auth: Option<Attribute>,
    pub safe_to_repeat: Option<Attribute>,
    pub not_safe_to_repeat: Option<Attribute>,
    pub no_pages: Option<Attribute>,
}

pub fn field_attrs(attrs: &[Attribute], cx: &Ctxt) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    for attr in attrs {
        let Some(name) = attr.path().get_ident().map(ToString::to_string) else {
            cx.push(unknown(attr, FIELD_ATTRS, "field"));
            continue;
        };
        let duplicate = match name.as_str() {
            DOC => {
                if let Some(doc) = doc_text(attr) {
                    out.docs.push(doc);
                }
                false
            }
            QUERY => flag(attr, QUERY, cx) && out.query.replace(attr.clone()).is_some(),
            BODY => flag(attr, BODY, cx) && out.body.replace(attr.clone()).is_some(),
            SENSITIVE => flag(attr, SENSITIVE, cx) && out.sensitive.replace(attr.clone()).is_some(),
            RENAME => match name_value(attr, RENAME, "#[rename = \"wire_name\"]") {
                Ok(lit) => out.rename.replace(lit).is_some(),
                Err(e) => {
                    cx.push(e);
                    false
                }
            },
            WRITE_WITH => {
                match name_value(attr, WRITE_WITH, "#[write_with = \"path::to::function\"]") {
                    Ok(lit) => match lit.parse::<syn::Path>() {
                        Ok(path) => out.write_with.replace(path).is_some(),
                        Err(_) => {
                            cx.push(syn::Error::new_spanned(
                            &lit,
                            "not a path to a function: write `#[write_with = \"path::to::function\"]`",
                        ));
                            false
                        }
                    },
                    Err(e) => {
                        cx.push(e);
                        false
                    }
                }
            }
            TLD_RULES => {
                let example = "write `#[tld_rules(create)]`, `transfer` or `trade`";
                match attr.parse_args::<syn::Ident>() {
                    Ok(op)
                        if ["create", "transfer", "trade"].contains(&op.to_string().as_str()) =>
                    {
                        out.tld_rules
                            .replace((attr.clone(), op.to_string()))
                            .is_some()
                    }
                    Ok(op) => {
                        cx.push(syn::Error::new_spanned(
                            op,
                            format!("`#[tld_rules]` names the domain operation: {example}"),
                        ));
                        false
                    }
                    Err(_) => {
                        cx.push(syn::Error::new_spanned(
                            attr,
                            format!("`#[tld_rules]` takes the operation: {example}"),
                        ));
                        false
                    }
                }
            }
            REQUIRED_FOR_TLDS => match tld_list(attr) {
                Ok(list) => out
                    .required_for_tlds
                    .replace((attr.clone(), list))
                    .is_some(),
                Err(e) => {
                    cx.push(e);
                    false
                }
            },
            _ => {
                cx.push(unknown(attr, FIELD_ATTRS, "field"));
                false
            }
        };
        if duplicate {
            cx.push(syn::Error::new_spanned(
                attr,
                format!("duplicate `#[{name}]` on this field: write it once"),
            ));
        }
    }
    out
}

pub fn entry_attrs(attrs: &[Attribute], cx: &Ctxt) -> EntryAttrs {
    let mut out = EntryAttrs::default();
    for attr in attrs {
        let name = attr.path().get_ident().map(ToString::to_string);
        match name.as_deref() {
            Some(DOC) => {
                if let Some(doc) = doc_text(attr) {
                    out.docs.push(doc);
                }
            }
            Some(TIMEOUT) => match name_value(attr, TIMEOUT, "#[timeout = \"180s\"]") {
                Ok(lit) => {
                    if out.timeout.replace(lit).is_some() {
                        cx.push(syn::Error::new_spanned(
                            attr,
                            "duplicate `#[timeout]` on this entry: write it once",
                        ));
                    }
                }
                Err(e) => cx.push(e),
            },
            Some(CALL_LIMIT) => {
                match name_value(attr, CALL_LIMIT, "#[call_limit = \"20 per 300s\"]") {
                    Ok(lit) => {
                        if out.call_limit.replace(lit).is_some() {
                            cx.push(syn::Error::new_spanned(
                                attr,
                                "duplicate `#[call_limit]` on this entry: write it once",
                            ));
                        }
                    }
                    Err(e) => cx.push(e),
                }
            }
            Some(flag_name @ (NO_AUTH | SAFE_TO_REPEAT | NOT_SAFE_TO_REPEAT | NO_PAGES)) => {
                let slot = match flag_name {
                    NO_AUTH => &mut out.no_auth,
                    SAFE_TO_REPEAT => &mut out.safe_to_repeat,
                    NOT_SAFE_TO_REPEAT => &mut out.not_safe_to_repeat,
                    _ => &mut out.no_pages,
                };
                if flag(attr, flag_name, cx) && slot.replace(attr.clone()).is_some() {
                    cx.push(syn::Error::new_spanned(
                        attr,
                        format!("duplicate `#[{flag_name}]` on this entry: write it once"),
                    ));
                }
            }
            _ => {
                let mut err = unknown(attr, ENTRY_ATTRS, "entry");
                if let Some(field_attr) = name.filter(|n| FIELD_ATTRS.contains(&n.as_str())) {
                    err = syn::Error::new_spanned(
                        attr,
                        format!(
                            "`#[{field_attr}]` belongs on a field, not on the entry: move it \
                             onto the field inside the braces"
                        ),
                    );
                }
                cx.push(err);
            }
        }
    }
    out
}

/// The inner attributes of a whole invocation: `#![catalogue(ENTRIES)]` names a constant that
/// lists the invocation's entries as data.
pub fn invocation_attrs(attrs: &[Attribute], cx: &Ctxt) -> Option<syn::Ident> {
    let mut catalogue = None;
    for attr in attrs {
        if !attr.path().is_ident(CATALOGUE) {
            cx.push(unknown(attr, INVOCATION_ATTRS, "invocation"));
            continue;
        }
        match attr.parse_args::<syn::Ident>() {
            Ok(name) if catalogue.is_none() => catalogue = Some(name),
            Ok(_) => cx.push(syn::Error::new_spanned(
                attr,
                "duplicate `#![catalogue(...)]`: write it once per invocation",
            )),
            Err(_) => cx.push(syn::Error::new_spanned(
                attr,
                "`#![catalogue]` takes the name of the constant to define: write `#![catalogue(ENTRIES)]`",
            )),
        }
    }
    catalogue
}

fn doc_text(attr: &Attribute) -> Option<LitStr> {
    match &attr.meta {
        Meta::NameValue(nv) => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// An attribute that takes no value, like `#[sensitive]`.
fn flag(attr: &Attribute, name: &str, cx: &Ctxt) -> bool {
    match &attr.meta {
        Meta::Path(_) => true,
        _ => {
            cx.push(syn::Error::new_spanned(
                attr,
                format!("`#[{name}]` takes no value: write `#[{name}]`"),
            ));
            false
        }
    }
}

fn name_value(attr: &Attribute, name: &str, example: &str) -> syn::Result<LitStr> {
    let wrong = || {
        syn::Error::new_spanned(
            attr,
            format!("`#[{name}]` takes a string: write `{example}`"),
        )
    };
    match &attr.meta {
        Meta::NameValue(nv) => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Ok(s.clone()),
            other => Err(syn::Error::new_spanned(
                other,
                format!("`#[{name}]` takes a string literal: write `{example}`"),
            )),
        },
        _ => Err(wrong()),
    }
}

fn tld_list(attr: &Attribute) -> syn::Result<Vec<LitStr>> {
    let example = "write `#[required_for_tlds(\"ru\", \"su\")]`";
    let list = match &attr.meta {
        Meta::List(list) => list,
        _ => {
            return Err(syn::Error::new_spanned(
                attr,
                format!("`#[required_for_tlds]` takes a list of TLDs: {example}"),
            ));
        }
    };
    let tlds = list
        .parse_args_with(syn::punctuated::Punctuated::<LitStr, syn::Token![,]>::parse_terminated)
        .map_err(|e| {
            syn::Error::new(
                e.span(),
                format!("expected TLDs as string literals: {example}"),
            )
        })?;
    if tlds.is_empty() {
        return Err(syn::Error::new_spanned(
            attr,
            format!("`#[required_for_tlds()]` names no TLD: {example}"),
        ));
    }
    Ok(tlds.into_iter().collect())
}

fn unknown(attr: &Attribute, known: &[&str], place: &str) -> syn::Error {
    let name = attr
        .path()
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::");
    let list = known
        .iter()
        .map(|k| format!("`#[{k}]`"))
        .collect::<Vec<_>>()
        .join(", ");
    let message = match closest(&name, known) {
        Some(best) => format!(
            "unknown {place} attribute `#[{name}]`: did you mean `#[{best}]`? ({place} attributes are {list} and doc comments)"
        ),
        None => format!(
            "unknown {place} attribute `#[{name}]`: {place} attributes are {list} and doc comments"
        ),
    };
    syn::Error::new_spanned(attr.path(), message)
}

/// The known name nearest to `name`, if it is near enough to be a typo.
pub(crate) fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(name, k), *k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(cur)
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_but_not_strangers() {
        assert_eq!(closest("sensitiv", FIELD_ATTRS), Some(SENSITIVE));
        assert_eq!(
            closest("requred_for_tld", FIELD_ATTRS),
            Some(REQUIRED_FOR_TLDS)
        );
        assert_eq!(closest("qurey", FIELD_ATTRS), Some(QUERY));
        assert_eq!(closest("serde", FIELD_ATTRS), None);
    }
}
