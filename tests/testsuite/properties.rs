//! Properties over generated values: what the client writes decodes back to what the user set,
//! and the round trips of domain names and TXT values hold.

use openprovider::customers::{Phone, UpdateCustomerRequest};
use openprovider::dns::{Record, RecordChanges, quote_txt, unquote_txt};
use openprovider::{BodyWriter, DomainName, Endpoint, PathWriter, QueryWriter};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn any_text() -> impl Strategy<Value = String> {
    // Any characters, with the troublesome ones of URLs and JSON likely.
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9/?#%&=+ .\\\\\"'~:@!$*,;\\[\\]{}-]{0,40}",
    ]
}

proptest! {
    // The regressions file sits beside this file, as it did when this was a test binary of its
    // own; proptest's default would look for it under `tests/proptest-regressions/`.
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::with_cases(512)
    })]

    #[test]
    fn a_path_parameter_stays_one_segment_and_decodes_back(value in any_text()) {
        let mut path = PathWriter::default();
        path.literal("/customers/");
        match path.param("handle", &value) {
            Err(_) => prop_assert!(value.is_empty() || value == "." || value == ".."),
            Ok(()) => {
                let written = path.as_str().strip_prefix("/customers/").unwrap();
                prop_assert!(!written.contains('/') && !written.contains('?') && !written.contains('#'));
                let base = reqwest_url(&format!("http://h/v1beta/customers/{written}"));
                let segments: Vec<&str> = base.path_segments().unwrap().collect();
                prop_assert_eq!(segments.len(), 3, "{:?}", segments);
                let decoded = percent_decode_str(segments[2]).decode_utf8().unwrap();
                prop_assert_eq!(decoded, value.as_str());
            }
        }
    }

    #[test]
    fn query_pairs_decode_back_to_the_values(
        pairs in proptest::collection::vec(("[a-z_.]{1,12}", any_text()), 0..6),
        list in proptest::collection::vec(any_text(), 0..4),
    ) {
        let mut query = QueryWriter::default();
        for (k, v) in &pairs {
            query.push(k, v).unwrap();
        }
        query.push("columns", &list).unwrap();
        let mut url = reqwest_url("http://h/v1beta/customers");
        url.query_pairs_mut().extend_pairs(query.pairs());
        let decoded: Vec<(String, String)> = url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        let mut expected: Vec<(String, String)> = pairs.clone();
        expected.extend(list.iter().map(|v| ("columns".to_owned(), v.clone())));
        prop_assert_eq!(decoded, expected);
    }

    #[test]
    fn a_body_never_holds_null_for_an_unset_field(
        email in proptest::option::of(any_text()),
        vat in proptest::option::of(any_text()),
        locale in proptest::option::of("[a-z]{2}_[A-Z]{2}"),
        phone in proptest::option::of(("\\+[0-9]{1,3}", "[0-9]{0,4}", "[0-9]{1,8}")),
    ) {
        let request = UpdateCustomerRequest::builder("XX123456-XX")
            .maybe_email(email.clone())
            .maybe_vat(vat.clone())
            .maybe_locale(locale.clone())
            .maybe_phone(phone.map(|(c, a, s)| Phone::new(c, a, s)))
            .build();
        let mut body = BodyWriter::default();
        request.write_body(&mut body).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body.into_bytes()).unwrap();
        prop_assert!(!json.to_string().contains("null"), "{}", json);
        prop_assert_eq!(json.get("email").is_some(), email.is_some());
        prop_assert_eq!(json.get("vat").is_some(), vat.is_some());
        prop_assert_eq!(json.get("locale").is_some(), locale.is_some());
        if let Some(email) = email {
            prop_assert_eq!(json["email"].as_str().unwrap(), email.as_str());
        }
    }

    #[test]
    fn a_body_is_the_same_whatever_order_its_fields_come_in(
        fields in proptest::collection::btree_map("[a-z_\"\\\\.]{1,8}", proptest::option::of(any_text()), 0..8),
        shuffle in any::<u64>(),
    ) {
        // In order and flat, the writer keeps the body as written; otherwise it writes it anew.
        // Both must give the same bytes.
        let write = |order: &[(&String, &Option<String>)]| {
            let mut body = BodyWriter::default();
            let refused: Vec<bool> = order.iter().map(|(k, v)| body.push(k, v).is_err()).collect();
            (body.into_bytes(), refused.iter().filter(|r| **r).count())
        };
        let sorted: Vec<_> = fields.iter().collect();
        let mut shuffled = sorted.clone();
        let mut seed = shuffle;
        for i in (1..shuffled.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let (in_order, refused_in_order) = write(&sorted);
        let (any_order, refused_any_order) = write(&shuffled);
        for body in [&in_order, &any_order] {
            let json: serde_json::Value = serde_json::from_slice(body).unwrap();
            prop_assert!(json.is_object());
        }
        // With clashing names (`a` and `a.b`), which one is refused depends on which came first.
        if refused_in_order == 0 && refused_any_order == 0 {
            prop_assert_eq!(
                String::from_utf8_lossy(&in_order),
                String::from_utf8_lossy(&any_order)
            );
        }
    }

    #[test]
    fn domain_names_parse_and_display_round_trip(
        name in "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?",
        extension in "[a-z]{2,6}(\\.[a-z]{2,4})?",
    ) {
        let domain = DomainName::new(name.clone(), extension.clone());
        let text = domain.to_string();
        prop_assert_eq!(text.parse::<DomainName>().unwrap(), domain);
        prop_assert_eq!(text, format!("{name}.{extension}"));
    }

    #[test]
    fn txt_values_quote_and_unquote_round_trip(value in prop_oneof![any::<String>(), "[ -~]{200,700}"]) {
        let quoted = quote_txt(&value);
        prop_assert_eq!(unquote_txt(&quoted), value.clone());
        // Every string on the wire is at most 255 bytes between its quotes.
        let record = Record::txt("t", value.clone());
        let wire = RecordChanges::default().add(record).to_wire("example.com").unwrap();
        let sent = wire["add"][0]["value"].as_str().unwrap().to_owned();
        for piece in quoted_strings(&sent) {
            prop_assert!(piece.len() <= 255, "{} bytes", piece.len());
        }
        prop_assert_eq!(unquote_txt(&sent), value);
    }
}

/// The strings of a TXT value on the wire, unescaped.
fn quoted_strings(wire: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = wire.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut piece = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => piece.extend(chars.next()),
                c => piece.push(c),
            }
        }
        out.push(piece);
    }
    out
}

fn reqwest_url(text: &str) -> openprovider::reqwest::Url {
    openprovider::reqwest::Url::parse(text).unwrap()
}
