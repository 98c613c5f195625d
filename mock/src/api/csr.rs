//! Certificate signing requests, for real: a new RSA key signs a PKCS#10 request built here in
//! DER, and a PEM a client sends is parsed and its signature checked, so a CSR from any tool
//! decodes and a mangled one is refused (1030) as the API refuses it.
//!
//! The DER is written and read by hand: a CSR needs a dozen element types, and the X.509 crates
//! that would do it cost more to build than the stand-in itself.

use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der, PublicKeyX509Der};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{self, KeyPair, RsaKeyPair, UnparsedPublicKey};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// What a CSR says of its subject, in the API's names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subject {
    pub common_name: String,
    pub country: String,
    pub state: String,
    pub locality: String,
    pub organization: String,
    pub unit: String,
    pub email: String,
}

/// A CSR read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub subject: Subject,
    pub alternative_names: Vec<String>,
    pub key_bits: u32,
    /// The public key, PEM.
    pub public_key: String,
    /// Like `sha256`.
    pub hash: &'static str,
    /// The subject and the public key as the CSR encodes them, for a certificate of it.
    subject_der: Vec<u8>,
    spki_der: Vec<u8>,
}

const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_C: &[u8] = &[0x55, 0x04, 0x06];
const OID_L: &[u8] = &[0x55, 0x04, 0x07];
const OID_ST: &[u8] = &[0x55, 0x04, 0x08];
const OID_O: &[u8] = &[0x55, 0x04, 0x0a];
const OID_OU: &[u8] = &[0x55, 0x04, 0x0b];
const OID_EMAIL: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x01];
const OID_EXTENSION_REQUEST: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x0e];
const OID_SAN: &[u8] = &[0x55, 0x1d, 0x11];
const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_SHA256_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
const OID_SHA384_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0c];
const OID_SHA512_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0d];
const OID_EC: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_P384: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x22];
const OID_SHA256_ECDSA: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
const OID_SHA384_ECDSA: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03];

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
    tlv(SEQUENCE, &parts.concat())
}

/// Makes a key of `bits` and a CSR for `subject` and `alternative_names` signed with it, both
/// PEM. Bits other than 2048, 3072 and 4096 are refused.
pub fn create(
    subject: &Subject,
    alternative_names: &[String],
    bits: u32,
) -> Result<(String, String), String> {
    let size = match bits {
        2048 => KeySize::Rsa2048,
        3072 => KeySize::Rsa3072,
        4096 => KeySize::Rsa4096,
        other => return Err(format!("a key of {other} bits is not offered")),
    };
    let key = RsaKeyPair::generate(size).map_err(|_| "the key could not be made".to_owned())?;
    let spki: PublicKeyX509Der<'_> = key
        .public_key()
        .as_der()
        .map_err(|_| "the key could not be written".to_owned())?;
    let private: Pkcs8V1Der<'_> = key
        .as_der()
        .map_err(|_| "the key could not be written".to_owned())?;

    let mut rdns = Vec::new();
    for (oid, value, printable) in [
        (OID_C, &subject.country, true),
        (OID_ST, &subject.state, false),
        (OID_L, &subject.locality, false),
        (OID_O, &subject.organization, false),
        (OID_OU, &subject.unit, false),
        (OID_CN, &subject.common_name, false),
        (OID_EMAIL, &subject.email, true),
    ] {
        if value.is_empty() {
            continue;
        }
        // PrintableString for the country, IA5String for e-mail, UTF8String for the rest.
        let tag = match (printable, oid == OID_EMAIL) {
            (_, true) => 0x16,
            (true, false) => 0x13,
            _ => 0x0c,
        };
        rdns.push(tlv(
            SET,
            &seq(&[tlv(0x06, oid), tlv(tag, value.as_bytes())]),
        ));
    }
    let name = seq(&rdns);
    let mut attributes = Vec::new();
    if !alternative_names.is_empty() {
        let names: Vec<Vec<u8>> = alternative_names
            .iter()
            .map(|n| tlv(0x82, n.as_bytes()))
            .collect();
        let san = seq(&[tlv(0x06, OID_SAN), tlv(0x04, &seq(&names))]);
        attributes = seq(&[tlv(0x06, OID_EXTENSION_REQUEST), tlv(SET, &seq(&[san]))]);
    }
    let info = seq(&[
        tlv(0x02, &[0]),
        name,
        spki.as_ref().to_vec(),
        tlv(0xa0, &attributes),
    ]);
    let mut signature = vec![0; key.public_modulus_len()];
    key.sign(
        &signature::RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        &info,
        &mut signature,
    )
    .map_err(|_| "the request could not be signed".to_owned())?;
    let mut bit_string = vec![0];
    bit_string.extend(signature);
    let csr = seq(&[
        info,
        seq(&[tlv(0x06, OID_SHA256_RSA), tlv(0x05, &[])]),
        tlv(0x03, &bit_string),
    ]);
    Ok((
        pem("CERTIFICATE REQUEST", &csr),
        pem("PRIVATE KEY", private.as_ref()),
    ))
}

/// A certificate authority of the stand-in's own, which signs the certificates of issued
/// orders: real X.509 that any TLS library reads, trusted by nothing.
pub struct Authority {
    key: RsaKeyPair,
    /// Its own certificate, PEM.
    pub certificate: String,
}

const OID_BASIC_CONSTRAINTS: &[u8] = &[0x55, 0x1d, 0x13];

impl Authority {
    pub fn new() -> Option<Authority> {
        let key = RsaKeyPair::generate(KeySize::Rsa2048).ok()?;
        let spki: PublicKeyX509Der<'_> = key.public_key().as_der().ok()?;
        let name = authority_name();
        let now = crate::time::now();
        let basic = seq(&[
            tlv(0x06, OID_BASIC_CONSTRAINTS),
            tlv(0x01, &[0xff]),
            tlv(0x04, &seq(&[tlv(0x01, &[0xff])])),
        ]);
        let der = signed_certificate(
            &key,
            1,
            &name,
            (now, now.saturating_add(jiff::Span::new().years(10))),
            &name,
            spki.as_ref(),
            &[basic],
        )?;
        Some(Authority {
            key,
            certificate: pem("CERTIFICATE", &der),
        })
    }

    /// The certificate of a CSR, valid from `from` to `until`, PEM.
    pub fn issue(
        &self,
        csr: &Decoded,
        serial: u64,
        from: jiff::civil::DateTime,
        until: jiff::civil::DateTime,
    ) -> Option<String> {
        let mut extensions = Vec::new();
        let mut names: Vec<&str> = csr.alternative_names.iter().map(String::as_str).collect();
        if names.is_empty() && !csr.subject.common_name.is_empty() {
            names.push(&csr.subject.common_name);
        }
        if !names.is_empty() {
            let names: Vec<Vec<u8>> = names.iter().map(|n| tlv(0x82, n.as_bytes())).collect();
            extensions.push(seq(&[tlv(0x06, OID_SAN), tlv(0x04, &seq(&names))]));
        }
        let der = signed_certificate(
            &self.key,
            serial,
            &authority_name(),
            (from, until),
            &csr.subject_der,
            &csr.spki_der,
            &extensions,
        )?;
        Some(pem("CERTIFICATE", &der))
    }
}

fn authority_name() -> Vec<u8> {
    seq(&[
        tlv(
            SET,
            &seq(&[tlv(0x06, OID_O), tlv(0x0c, b"openprovider-mock")]),
        ),
        tlv(
            SET,
            &seq(&[tlv(0x06, OID_CN), tlv(0x0c, b"openprovider-mock test CA")]),
        ),
    ])
}

fn utc_time(at: jiff::civil::DateTime) -> Vec<u8> {
    // UTCTime covers 1950 to 2049; GeneralizedTime after.
    if at.year() < 2050 {
        tlv(0x17, at.strftime("%y%m%d%H%M%SZ").to_string().as_bytes())
    } else {
        tlv(0x18, at.strftime("%Y%m%d%H%M%SZ").to_string().as_bytes())
    }
}

fn signed_certificate(
    key: &RsaKeyPair,
    serial: u64,
    issuer: &[u8],
    (from, until): (jiff::civil::DateTime, jiff::civil::DateTime),
    subject: &[u8],
    spki: &[u8],
    extensions: &[Vec<u8>],
) -> Option<Vec<u8>> {
    let algorithm = seq(&[tlv(0x06, OID_SHA256_RSA), tlv(0x05, &[])]);
    // DER integers are minimal, and positive: a zero byte only before a set top bit.
    let mut serial_bytes: Vec<u8> = serial
        .max(1)
        .to_be_bytes()
        .into_iter()
        .skip_while(|b| *b == 0)
        .collect();
    if serial_bytes[0] & 0x80 != 0 {
        serial_bytes.insert(0, 0);
    }
    let mut parts = vec![
        tlv(0xa0, &tlv(0x02, &[2])),
        tlv(0x02, &serial_bytes),
        algorithm.clone(),
        issuer.to_vec(),
        seq(&[utc_time(from), utc_time(until)]),
        subject.to_vec(),
        spki.to_vec(),
    ];
    if !extensions.is_empty() {
        parts.push(tlv(0xa3, &seq(extensions)));
    }
    let tbs = seq(&parts);
    let mut signature = vec![0; key.public_modulus_len()];
    key.sign(
        &signature::RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        &tbs,
        &mut signature,
    )
    .ok()?;
    let mut bit_string = vec![0];
    bit_string.extend(signature);
    Some(seq(&[tbs, algorithm, tlv(0x03, &bit_string)]))
}

fn pem(label: &str, der: &[u8]) -> String {
    let text = STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in text.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(line));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// One DER element: its tag, its content, and what follows it.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 || rest.len() < count {
            return None;
        }
        let len = rest[..count]
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        (len, &rest[count..])
    };
    if rest.len() < len {
        return None;
    }
    Some((tag, &rest[..len], &rest[len..]))
}

/// The elements inside a constructed one.
fn children(mut content: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let mut out = Vec::new();
    while !content.is_empty() {
        let (tag, inner, rest) = element(content)?;
        out.push((tag, inner));
        content = rest;
    }
    Some(out)
}

/// Reads a PEM CSR and checks its signature; `None` for anything that is not a well-formed,
/// correctly signed PKCS#10 request.
pub fn decode(pem_text: &str) -> Option<Decoded> {
    let der = pem_body(pem_text)?;
    let (tag, outer, rest) = element(&der)?;
    if tag != SEQUENCE || !rest.is_empty() {
        return None;
    }
    let parts = children(outer)?;
    let [(SEQUENCE, info), (SEQUENCE, algorithm), (0x03, signature)] = parts.as_slice() else {
        return None;
    };
    // The signed part, with its own tag and length, as the signer saw it.
    let info_start = outer.len() - element(outer)?.2.len();
    let signed = &outer[..info_start];
    let (_, signature) = signature.split_first()?;
    let algorithm = children(algorithm)?;
    let (0x06, algorithm_oid) = *algorithm.first()? else {
        return None;
    };

    let info = children(info)?;
    let [
        (0x02, _version),
        (SEQUENCE, name),
        (SEQUENCE, spki),
        attributes @ ..,
    ] = info.as_slice()
    else {
        return None;
    };
    let subject = read_name(name)?;
    let subject_der = tlv(SEQUENCE, name);
    let spki_der = tlv(SEQUENCE, spki);
    let spki = children(spki)?;
    let [(SEQUENCE, key_algorithm), (0x03, key_bits_string)] = spki.as_slice() else {
        return None;
    };
    let (_, key_bytes) = key_bits_string.split_first()?;
    let key_algorithm = children(key_algorithm)?;
    let (0x06, key_oid) = *key_algorithm.first()? else {
        return None;
    };
    let (key_bits, verified, hash) = if key_oid == OID_RSA {
        let modulus = children(element(key_bytes)?.1)?;
        let (0x02, modulus) = *modulus.first()? else {
            return None;
        };
        let significant = modulus.iter().skip_while(|b| **b == 0).count();
        let (verifier, hash): (&'static dyn signature::VerificationAlgorithm, _) =
            match algorithm_oid {
                o if o == OID_SHA256_RSA => (&signature::RSA_PKCS1_2048_8192_SHA256, "sha256"),
                o if o == OID_SHA384_RSA => (&signature::RSA_PKCS1_2048_8192_SHA384, "sha384"),
                o if o == OID_SHA512_RSA => (&signature::RSA_PKCS1_2048_8192_SHA512, "sha512"),
                _ => return None,
            };
        let ok = UnparsedPublicKey::new(verifier, key_bytes)
            .verify(signed, signature)
            .is_ok();
        (significant as u32 * 8, ok, hash)
    } else if key_oid == OID_EC {
        let curve = key_algorithm.get(1)?.1;
        let (verifier, bits, hash): (&'static dyn signature::VerificationAlgorithm, _, _) =
            match (curve, algorithm_oid) {
                (c, a) if c == OID_P256 && a == OID_SHA256_ECDSA => {
                    (&signature::ECDSA_P256_SHA256_ASN1, 256, "sha256")
                }
                (c, a) if c == OID_P384 && a == OID_SHA384_ECDSA => {
                    (&signature::ECDSA_P384_SHA384_ASN1, 384, "sha384")
                }
                _ => return None,
            };
        let ok = UnparsedPublicKey::new(verifier, key_bytes)
            .verify(signed, signature)
            .is_ok();
        (bits, ok, hash)
    } else {
        return None;
    };
    if !verified {
        return None;
    }
    let mut alternative_names = Vec::new();
    if let Some((0xa0, attributes)) = attributes.first() {
        for (_, attribute) in children(attributes)? {
            let attribute = children(attribute)?;
            if attribute.first().map(|a| a.1) != Some(OID_EXTENSION_REQUEST) {
                continue;
            }
            let values = children(attribute.get(1)?.1)?;
            let extensions = children(values.first()?.1)?;
            for (_, extension) in extensions {
                let extension = children(extension)?;
                if extension.first().map(|e| e.1) != Some(OID_SAN) {
                    continue;
                }
                let value = extension.last()?.1;
                for (tag, name) in children(element(value)?.1)? {
                    if tag == 0x82 {
                        alternative_names.push(String::from_utf8_lossy(name).into_owned());
                    }
                }
            }
        }
    }
    Some(Decoded {
        subject,
        alternative_names,
        key_bits,
        public_key: pem("PUBLIC KEY", &spki_der),
        hash,
        subject_der,
        spki_der,
    })
}

fn read_name(name: &[u8]) -> Option<Subject> {
    let mut subject = Subject::default();
    for (_, rdn) in children(name)? {
        for (_, pair) in children(rdn)? {
            let pair = children(pair)?;
            let [(0x06, oid), (_, value)] = pair.as_slice() else {
                return None;
            };
            let value = String::from_utf8_lossy(value).into_owned();
            let slot = match *oid {
                o if o == OID_CN => &mut subject.common_name,
                o if o == OID_C => &mut subject.country,
                o if o == OID_ST => &mut subject.state,
                o if o == OID_L => &mut subject.locality,
                o if o == OID_O => &mut subject.organization,
                o if o == OID_OU => &mut subject.unit,
                o if o == OID_EMAIL => &mut subject.email,
                _ => continue,
            };
            *slot = value;
        }
    }
    Some(subject)
}

/// The DER inside a PEM CSR; the header may say `NEW CERTIFICATE REQUEST`, as older tools
/// write it. Lines must be lines: a PEM whose newlines were mangled is refused.
fn pem_body(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    let mut lines = text.lines().map(str::trim);
    let first = lines.next()?;
    if !matches!(
        first,
        "-----BEGIN CERTIFICATE REQUEST-----" | "-----BEGIN NEW CERTIFICATE REQUEST-----"
    ) {
        return None;
    }
    let mut body = String::new();
    for line in lines {
        if line.starts_with("-----END ") {
            return STANDARD.decode(body).ok();
        }
        if line.len() > 76 {
            return None;
        }
        body.push_str(line);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_made_csr_decodes_to_what_it_was_made_of() {
        let subject = Subject {
            common_name: "www.example.com".into(),
            country: "NL".into(),
            organization: "Example B.V.".into(),
            email: "admin@example.com".into(),
            ..Subject::default()
        };
        let names = vec!["example.com".to_owned(), "www.example.com".to_owned()];
        let (csr, key) = create(&subject, &names, 2048).unwrap();
        assert!(key.starts_with("-----BEGIN PRIVATE KEY-----\n"));
        let decoded = decode(&csr).unwrap();
        assert_eq!(decoded.subject, subject);
        assert_eq!(decoded.alternative_names, names);
        assert_eq!(decoded.key_bits, 2048);
        assert_eq!(decoded.hash, "sha256");
    }

    #[test]
    fn an_issued_certificate_carries_the_csr_subject_and_names() {
        let subject = Subject {
            common_name: "secure.example.com".into(),
            ..Subject::default()
        };
        let names = vec!["secure.example.com".to_owned()];
        let (csr, _) = create(&subject, &names, 2048).unwrap();
        let authority = Authority::new().unwrap();
        let now = crate::time::now();
        let certificate = authority
            .issue(
                &decode(&csr).unwrap(),
                7,
                now,
                now.saturating_add(jiff::Span::new().years(1)),
            )
            .unwrap();
        assert!(certificate.starts_with("-----BEGIN CERTIFICATE-----\n"));
        let der = STANDARD
            .decode(
                certificate
                    .lines()
                    .filter(|l| !l.starts_with("-----"))
                    .collect::<String>(),
            )
            .unwrap();
        // Certificate { tbs, algorithm, signature }, the tbs naming the subject.
        let parts = children(element(&der).unwrap().1).unwrap();
        assert_eq!(parts.len(), 3);
        let tbs = children(parts[0].1).unwrap();
        assert_eq!(read_name(tbs[5].1).unwrap(), subject);
    }

    #[test]
    fn a_changed_or_mangled_csr_is_refused() {
        let subject = Subject {
            common_name: "example.org".into(),
            ..Subject::default()
        };
        let (csr, _) = create(&subject, &[], 2048).unwrap();
        // One flipped character of the signed part breaks the signature.
        let mut lines: Vec<String> = csr.lines().map(str::to_owned).collect();
        let line = &mut lines[3];
        let flipped = if line.starts_with('A') { "B" } else { "A" };
        line.replace_range(0..1, flipped);
        assert_eq!(decode(&lines.join("\n")), None);
        // Newlines turned into the two characters `\n`, as a broken client sends them.
        assert_eq!(decode(&csr.replace('\n', "\\n")), None);
        assert_eq!(decode("not a csr"), None);
    }

    /// Made by `openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256`, with two
    /// alternative names.
    const OPENSSL_EC: &str = "-----BEGIN CERTIFICATE REQUEST-----\nMIIBIjCByQIBADAnMRcwFQYDVQQDDA5lYy5leGFtcGxlLm9yZzEMMAoGA1UECgwD\nT3JnMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEFmigbtzt7rCVCq+5Ynz98ymI\n+Xp0P74gR+H+DjwE9LgKVut6gHe1ef27zYZvekTPsBKdGXq9E+0Wn8xCXu6Ig6BA\nMD4GCSqGSIb3DQEJDjExMC8wLQYDVR0RBCYwJIIOZWMuZXhhbXBsZS5vcmeCEnd3\ndy5lYy5leGFtcGxlLm9yZzAKBggqhkjOPQQDAgNIADBFAiEApOzSIlRF5R9qNO7o\nzL1na4m9m1TQjm9UE6DenkouKOcCIH5Ld3Sr5bG7hzzW4MfX+JJr5dR0yR6fBz+G\nvGUJmGkn\n-----END CERTIFICATE REQUEST-----\n";

    #[test]
    fn a_csr_from_openssl_decodes() {
        let decoded = decode(OPENSSL_EC).unwrap();
        assert_eq!(decoded.subject.common_name, "ec.example.org");
        assert_eq!(decoded.subject.organization, "Org");
        assert_eq!(
            decoded.alternative_names,
            ["ec.example.org", "www.ec.example.org"]
        );
        assert_eq!(decoded.key_bits, 256);
    }
}
