//! Decoding the API's reply envelope `{"code", "desc", "data", "warnings", "maintenance"}`.
//!
//! The body decides, not the HTTP status: the API sends business errors as HTTP 500 and has sent
//! them inside HTTP 200. An HTTP error status whose body carries no error code is an
//! [`Error::Http`], so a gateway's JSON never passes for data.

use std::sync::LazyLock;

use bytes::Bytes;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::de;
use crate::degrade;
use crate::error::{ApiError, DecodeError, Error};
use crate::json_path::json_path_at;
use crate::reply::{Reply, Warning};

#[derive(Deserialize)]
struct RawEnvelope<'a> {
    #[serde(default, deserialize_with = "de::lenient_i32")]
    code: i32,
    #[serde(default, deserialize_with = "de::string_or_null")]
    desc: String,
    #[serde(default, borrow)]
    data: Option<&'a RawValue>,
    #[serde(default, deserialize_with = "de::null_as_default")]
    warnings: Vec<Warning>,
    #[serde(default, deserialize_with = "de::lenient_bool")]
    maintenance: bool,
}

/// Where the `data` of a code-0 reply is.
enum DataPlace {
    /// At this range of the body.
    Located(std::ops::Range<usize>),
    /// The reply has none.
    Absent,
    /// Not located: the usual success is decoded with its envelope in one pass.
    NotLocated,
}

/// A reply whose envelope's `code` is 0. What is left is to decode its `data`, which may still
/// say `"success": false`. Classifying is not generic, so the attempt loop that depends on it
/// is compiled once, not once per entry.
pub(crate) struct CodeZeroReply {
    status: u16,
    body: Bytes,
    /// Where `data` is in `body`.
    data: DataPlace,
    warnings: Vec<Warning>,
    desc: String,
    maintenance: bool,
    /// The call's span, where warnings found while decoding are logged.
    pub(crate) span: tracing::Span,
    /// The entry's name, for what decoding reports.
    pub(crate) entry: &'static str,
}

/// Reads the envelope and decides on `code`, whatever the HTTP status: an API error, an HTTP
/// error, or a code-0 reply whose data is left to decode.
pub(crate) fn classify(status: u16, body: Bytes) -> Result<CodeZeroReply, Error> {
    let success_status = (200..300).contains(&status);
    // The usual success (`{"code":0,...`) is decided from its first bytes, so a large page is
    // parsed once, by `decode`, with its warnings, not skipped over here first.
    if success_status && leading_code(&body) == Some(0) {
        return Ok(CodeZeroReply {
            status,
            body,
            data: DataPlace::NotLocated,
            warnings: Vec::new(),
            desc: String::new(),
            maintenance: false,
            span: tracing::Span::none(),
            entry: "",
        });
    }
    let envelope: RawEnvelope<'_> = match serde_json::from_slice(&body) {
        Ok(env) => env,
        Err(err) if success_status => {
            return Err(decode_error(
                String::new(),
                err.to_string(),
                status,
                body.clone(),
            ));
        }
        Err(_) => return Err(Error::Http { status, body }),
    };
    if envelope.code != 0 {
        let data = envelope
            .data
            .and_then(|raw| serde_json::from_str::<serde_json::Value>(raw.get()).ok());
        return Err(Error::Api(Box::new(ApiError {
            code: envelope.code,
            desc: envelope.desc,
            data,
            warnings: envelope.warnings,
            status,
            body: body.clone(),
            earlier_attempt_may_have_acted: false,
        })));
    }
    if !success_status {
        return Err(Error::Http { status, body });
    }
    let raw = envelope.data.map_or("null", RawValue::get);
    if reports_failure(raw.as_bytes(), Scope::Data) {
        return Err(Error::Unsuccessful { status, body });
    }
    // `raw` borrows from `body`: its place there lets `decode` read it without parsing the
    // envelope again.
    let data = match envelope.data {
        Some(raw) => {
            let start = (raw.get().as_ptr() as usize).saturating_sub(body.as_ptr() as usize);
            DataPlace::Located(start..start + raw.get().len())
        }
        None => DataPlace::Absent,
    };
    Ok(CodeZeroReply {
        status,
        data,
        warnings: envelope.warnings,
        desc: envelope.desc,
        maintenance: envelope.maintenance,
        body,
        span: tracing::Span::none(),
        entry: "",
    })
}

impl CodeZeroReply {
    /// The HTTP status of the reply.
    pub(crate) fn status(&self) -> u16 {
        self.status
    }

    /// Decodes `data` into `T`; a failure names the JSON path and keeps the body.
    pub(crate) fn decode<T: DeserializeOwned>(self) -> Result<Reply<T>, Error> {
        let (raw, prefix) = match &self.data {
            DataPlace::Located(range) => (self.body.get(range.clone()).unwrap_or(b"null"), "data"),
            DataPlace::Absent => (&b"null"[..], "data"),
            DataPlace::NotLocated => (&self.body[..], ""),
        };
        let failure = if matches!(self.data, DataPlace::NotLocated) {
            if reports_failure(raw, Scope::Envelope) {
                return Err(Error::Unsuccessful {
                    status: self.status,
                    body: self.body,
                });
            }
            let whole = || {
                serde_json::from_slice::<FullEnvelope<T>>(raw).and_then(|envelope| {
                    // No `data`: decode `null`, as the checked path does.
                    let data = match envelope.data {
                        Some(data) => data,
                        None => serde_json::from_slice::<T>(b"null")?,
                    };
                    Ok((data, envelope.warnings, envelope.desc, envelope.maintenance))
                })
            };
            let (decoded, degraded) = degrade::collect(whole, || {
                whole().err().map(|e| failure_path(raw, prefix, &e))
            });
            match decoded {
                Ok((data, warnings, desc, maintenance)) => {
                    log_warnings(&self.span, &warnings);
                    return Ok(Reply {
                        data,
                        warnings,
                        desc,
                        maintenance,
                        status: self.status,
                        degraded: report_degraded(&self.span, self.entry, degraded),
                    });
                }
                Err(err) => err,
            }
        } else {
            let (decoded, degraded) = degrade::collect(
                || serde_json::from_slice::<T>(raw),
                || {
                    serde_json::from_slice::<T>(raw)
                        .err()
                        .map(|e| failure_path(raw, prefix, &e))
                },
            );
            match decoded {
                Ok(data) => {
                    log_warnings(&self.span, &self.warnings);
                    return Ok(Reply {
                        data,
                        warnings: self.warnings,
                        desc: self.desc,
                        maintenance: self.maintenance,
                        status: self.status,
                        degraded: report_degraded(&self.span, self.entry, degraded),
                    });
                }
                Err(err) => err,
            }
        };
        let message = failure.to_string();
        let path = failure_path(raw, prefix, &failure);
        Err(decode_error(path, message, self.status, self.body))
    }
}

/// Where a decode of `raw` failed, found from serde's line and column by a non-generic walk of
/// the JSON, so no tracking code is compiled for each reply type: `results[1].id`, or `data`.
fn failure_path(raw: &[u8], prefix: &str, failure: &serde_json::Error) -> String {
    let missing = failure.to_string().starts_with("missing field");
    let inner = json_path_at(raw, failure.line(), failure.column(), missing);
    let path = format!("{prefix}{inner}");
    let path = path.strip_prefix('.').unwrap_or(&path).to_owned();
    if path.is_empty() {
        "data".to_owned()
    } else {
        path
    }
}

/// A `tracing` warning for each field that gave way, in the call's span; their paths.
fn report_degraded(
    span: &tracing::Span,
    entry: &str,
    degraded: Vec<(degrade::Note, String)>,
) -> Vec<String> {
    let mut paths = Vec::with_capacity(degraded.len());
    for (note, path) in degraded {
        tracing::warn!(
            parent: span,
            entry,
            path = %path,
            value = %note.value,
            error = %note.error,
            "a reply field could not be read ({}.{}) and is left empty; the rest of the reply is kept",
            note.ty,
            note.field,
        );
        paths.push(path);
    }
    paths
}

/// The whole envelope with its data, for the usual success decoded in one pass.
#[derive(Deserialize)]
#[serde(bound(deserialize = "T: DeserializeOwned"))]
struct FullEnvelope<T> {
    #[serde(default)]
    data: Option<T>,
    #[serde(default, deserialize_with = "de::null_as_default")]
    warnings: Vec<Warning>,
    #[serde(default, deserialize_with = "de::string_or_null")]
    desc: String,
    #[serde(default, deserialize_with = "de::lenient_bool")]
    maintenance: bool,
}

/// The value of `code` when it is the envelope's first key, as the API writes it. Read from
/// the bytes as they are: no UTF-8 check of a body that serde checks anyway.
fn leading_code(body: &[u8]) -> Option<i64> {
    let rest = body
        .trim_ascii_start()
        .strip_prefix(b"{")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"code\"")?
        .trim_ascii_start()
        .strip_prefix(b":")?
        .trim_ascii_start();
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let after = rest[digits..].trim_ascii_start();
    if digits == 0 || digits > 18 || !(after.starts_with(b",") || after.starts_with(b"}")) {
        return None;
    }
    // At most 18 digits, so the sum cannot overflow.
    Some(
        rest[..digits]
            .iter()
            .fold(0i64, |n, d| n * 10 + i64::from(d - b'0')),
    )
}

/// A success can carry registry failures as warnings; they must not go unseen.
fn log_warnings(span: &tracing::Span, warnings: &[Warning]) {
    if warnings.is_empty() {
        return;
    }
    span.in_scope(|| {
        for warning in warnings {
            match &warning.data {
                Some(data) => tracing::warn!(
                    code = warning.code,
                    desc = %warning.desc,
                    data = %data,
                    "the API answered with a warning"
                ),
                None => tracing::warn!(
                    code = warning.code,
                    desc = %warning.desc,
                    "the API answered with a warning"
                ),
            }
        }
    });
}

// Built once: building a searcher costs more than searching a typical reply.
static SUCCESS_KEY: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"\"success\""));

/// What the JSON given to [`reports_failure`] is.
#[derive(Clone, Copy)]
enum Scope {
    /// The whole envelope, whose `data` is looked at.
    Envelope,
    /// The `data` itself.
    Data,
}

/// Whether the reply's `data` is an object whose `success` is false (`false`, `"false"`, `0`):
/// the API has answered failed writes that way with code 0.
///
/// A write's usual `{"success":true}`, and every reply without a `"success"` key, is settled by
/// a byte search; only a reply where some `"success"` is followed by anything but `true` is
/// parsed for it.
fn reports_failure(json: &[u8], scope: Scope) -> bool {
    let mentions_other_than_true = SUCCESS_KEY.find_iter(json).any(|at| {
        let rest = json[at + b"\"success\"".len()..].trim_ascii_start();
        match rest.strip_prefix(b":") {
            Some(value) => !value.trim_ascii_start().starts_with(b"true"),
            // Not a key (a value, or a word in a string): harmless, but a parse decides.
            None => true,
        }
    });
    if !mentions_other_than_true {
        return false;
    }
    match scope {
        Scope::Envelope => {
            #[derive(Deserialize)]
            struct Outcome {
                #[serde(default, deserialize_with = "success_is_false")]
                data: bool,
            }
            serde_json::from_slice::<Outcome>(json).is_ok_and(|outcome| outcome.data)
        }
        Scope::Data => {
            json.starts_with(b"{")
                && success_is_false(&mut serde_json::Deserializer::from_slice(json))
                    .unwrap_or(false)
        }
    }
}

/// A whole reply decoded as the client decodes it: [`classify`], then [`CodeZeroReply::decode`]. For
/// tests and the fuzz targets; the client runs the two steps apart.
#[doc(hidden)]
pub fn decode_reply<T: DeserializeOwned>(status: u16, body: Bytes) -> Result<Reply<T>, Error> {
    classify(status, body)?.decode()
}

/// Reads an object and says whether its `success` is false, skipping every other key. Anything
/// but an object is an error, so it never counts as a failed write.
fn success_is_false<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};

    struct IsSuccessKey;
    impl<'de> DeserializeSeed<'de> for IsSuccessKey {
        type Value = bool;
        fn deserialize<K: serde::Deserializer<'de>>(self, key: K) -> Result<bool, K::Error> {
            key.deserialize_str(self)
        }
    }
    impl Visitor<'_> for IsSuccessKey {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a key")
        }
        fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<bool, E> {
            Ok(key == "success")
        }
    }

    struct LenientBool;
    impl<'de> DeserializeSeed<'de> for LenientBool {
        type Value = Option<bool>;
        fn deserialize<V: serde::Deserializer<'de>>(
            self,
            value: V,
        ) -> Result<Self::Value, V::Error> {
            de::lenient_opt_bool(value)
        }
    }

    struct Object;
    impl<'de> Visitor<'de> for Object {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut unsuccessful = false;
            while let Some(is_success) = map.next_key_seed(IsSuccessKey)? {
                if is_success {
                    unsuccessful = map.next_value_seed(LenientBool)? == Some(false);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(unsuccessful)
        }
    }

    deserializer.deserialize_map(Object)
}

fn decode_error(path: String, message: String, status: u16, body: Bytes) -> Error {
    Error::Decode(Box::new(DecodeError {
        path,
        message,
        status,
        body,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Handle {
        handle: String,
    }

    fn run<T: DeserializeOwned>(status: u16, body: &str) -> Result<Reply<T>, Error> {
        decode_reply(status, Bytes::copy_from_slice(body.as_bytes()))
    }

    #[test]
    fn missing_code_and_desc_mean_success() {
        let reply: Reply<Handle> = run(200, r#"{"data":{"handle":"AB123456-NL"}}"#).unwrap();
        assert_eq!(reply.data.handle, "AB123456-NL");
        assert_eq!(reply.desc, "");
        assert!(reply.warnings.is_empty());
    }

    #[test]
    fn warnings_survive_success() {
        let reply: Reply<Handle> = run(
            200,
            r#"{"code":0,"data":{"handle":"x"},"warnings":[{"code":1,"desc":"No changes","data":"d"}]}"#,
        )
        .unwrap();
        assert_eq!(reply.warnings.len(), 1);
        assert_eq!(reply.warnings[0].desc, "No changes");
    }

    #[test]
    fn error_code_inside_200_is_an_error() {
        let err = run::<Handle>(
            200,
            r#"{"code":196,"desc":"Authentication/Authorization Failed"}"#,
        )
        .unwrap_err();
        assert_eq!(err.code(), Some(196));
        assert_eq!(err.status(), Some(200));
        assert!(err.is_auth());
    }

    #[test]
    fn success_false_with_code_zero_is_an_error_and_empty_data_is_not() {
        #[derive(Debug, Deserialize)]
        struct Done {}
        for body in [
            r#"{"code":0,"data":{"success":false}}"#,
            r#"{"code":0,"data":{"success":"false"}}"#,
            r#"{"data":{"success":0,"other":1}}"#,
        ] {
            let err = run::<Done>(200, body).unwrap_err();
            assert!(
                matches!(err, Error::Unsuccessful { status: 200, .. }),
                "{body}: {err:?}"
            );
            assert_eq!(err.raw_body(), Some(body.as_bytes()));
        }
        for body in [
            r#"{"code":0,"data":{}}"#,
            r#"{"code":0,"data":{"success":true}}"#,
            r#"{"code":0,"data":{"note":"success false"}}"#,
        ] {
            assert!(run::<Done>(200, body).is_ok(), "{body}");
        }
        // Only the data's own `success` counts, in either path.
        for body in [
            r#"{"code":0,"data":{"nested":{"success":true},"success":false}}"#,
            r#"{"desc":"","data":{"list":[1,{"a":null}],"success":"0"}}"#,
        ] {
            let err = run::<serde_json::Value>(200, body).unwrap_err();
            assert!(matches!(err, Error::Unsuccessful { .. }), "{body}: {err:?}");
        }
        for body in [
            r#"{"code":0,"data":{"nested":{"success":false}}}"#,
            r#"{"code":0,"data":[{"success":false}]}"#,
            r#"{"code":0,"data":"success"}"#,
            r#"{"data":[{"success":false}]}"#,
        ] {
            assert!(run::<serde_json::Value>(200, body).is_ok(), "{body}");
        }
    }

    #[test]
    fn the_leading_code_is_read_only_when_it_is_plain() {
        for (body, code) in [
            (&br#"{"code":0,"data":1}"#[..], Some(0)),
            (br#" { "code" : 196 , "desc":""}"#, Some(196)),
            (br#"{"code":7}"#, Some(7)),
            (br#"{"desc":"","code":0}"#, None),
            (br#"{"code":"0"}"#, None),
            (br#"{"code":-1}"#, None),
            (br#"{"code":0.5}"#, None),
            (br#"{"code":1234567890123456789}"#, None),
            (br#"{"code":0"#, None),
            (b"", None),
        ] {
            assert_eq!(
                leading_code(body),
                code,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn json_without_code_on_an_error_status_is_http() {
        let err = run::<Handle>(502, r#"{"message":"bad gateway"}"#).unwrap_err();
        assert!(matches!(err, Error::Http { status: 502, .. }), "{err:?}");
    }

    #[test]
    fn non_json_success_is_a_decode_error_keeping_the_body() {
        let err = run::<Handle>(200, "<html>oops</html>").unwrap_err();
        assert!(matches!(err, Error::Decode(_)));
        assert_eq!(err.raw_body(), Some(&b"<html>oops</html>"[..]));
    }

    #[test]
    fn decode_errors_name_the_json_path_in_every_shape() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Page {
            results: Vec<Row>,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Row {
            id: i64,
            name: Option<String>,
        }
        for (body, want) in [
            (
                r#"{"data":{"results":[{"id":1},{"id":"x"}]}}"#,
                "data.results[1].id",
            ),
            (
                "{\n \"data\": {\n  \"results\": [\n   {\"id\": 1, \"name\": 5}\n  ]\n }\n}",
                "data.results[0].name",
            ),
            (
                r#"{"data":{"results":[{"id":1},{"name":"no id"}]}}"#,
                "data.results[1]",
            ),
            (r#"{"data":{"results":{"id":1}}}"#, "data.results"),
            (
                r#"{"data":{"results":[{"id":1,"name":"a\"b,c"},{"id":true}]}}"#,
                "data.results[1].id",
            ),
        ] {
            let err = run::<Page>(200, body).unwrap_err();
            let Error::Decode(d) = &err else {
                panic!("{err:?}")
            };
            assert_eq!(d.path, want, "{body}: {}", d.message);
        }
    }

    #[test]
    fn decode_error_names_the_json_path() {
        let err = run::<Vec<Handle>>(200, r#"{"data":[{"handle":"a"},{"handle":7}]}"#).unwrap_err();
        let Error::Decode(d) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(d.path, "data[1].handle");
    }
}

#[cfg(test)]
mod never_panics {
    use super::*;

    /// A small deterministic generator, so a failure can be replayed.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            usize::try_from(self.next() % (n as u64)).unwrap_or(0)
        }
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        #[serde(default, deserialize_with = "de::null_as_default")]
        results: Vec<Row>,
        #[serde(default, deserialize_with = "de::lenient_opt_i64")]
        total: Option<i64>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Row {
        #[serde(default, deserialize_with = "de::lenient_bool")]
        is_deleted: bool,
        #[serde(default, deserialize_with = "de::datetime")]
        deleted_at: Option<jiff::civil::DateTime>,
        #[serde(default, deserialize_with = "de::empty_object_as_none")]
        fax: Option<BTreeMapLike>,
    }

    type BTreeMapLike = std::collections::BTreeMap<String, String>;

    /// Mangled versions of real-looking replies (bytes flipped, cut short, spliced) decode to
    /// a value or an error, and never panic, whatever the status.
    #[test]
    fn mangled_replies_never_panic() {
        let seeds: [&[u8]; 4] = [
            br#"{"code":0,"desc":"","data":{"results":[{"is_deleted":"true","deleted_at":"0000-00-00 00:00:00","fax":{"area_code":""}}],"total":"1"},"warnings":[{"code":1,"desc":"x","data":"y"}]}"#,
            br#"{"code":176,"desc":"Customer handle not found","data":""}"#,
            br#"{"data":{"token":"20d65561c9636d262e59aec8582c20c7","reseller_id":123456}}"#,
            b"<html><body>502 Bad Gateway</body></html>",
        ];
        let specials = b"{}[]\":,0123456789-+.eE\\ntrufalsu\x00\xff";
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let mut decoded = 0usize;
        for round in 0..20_000 {
            let mut body = seeds[round % seeds.len()].to_vec();
            for _ in 0..=rng.below(4) {
                match rng.below(4) {
                    0 if !body.is_empty() => {
                        let at = rng.below(body.len());
                        body[at] = specials[rng.below(specials.len())];
                    }
                    1 if !body.is_empty() => body.truncate(rng.below(body.len())),
                    2 => {
                        let at = rng.below(body.len() + 1);
                        body.insert(at, specials[rng.below(specials.len())]);
                    }
                    _ => {
                        let other = seeds[rng.below(seeds.len())];
                        let cut = rng.below(other.len());
                        body.extend_from_slice(&other[cut..]);
                    }
                }
            }
            let status = [200u16, 401, 429, 500, 502][rng.below(5)];
            let result = decode_reply::<Page>(status, Bytes::from(body));
            if result.is_ok() {
                decoded += 1;
            }
        }
        assert!(decoded > 0, "some mangled bodies still decode");
    }
}
