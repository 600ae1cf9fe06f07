//! Property tests: whatever the bytes, `parse_native` returns `Ok` or `Err` and never panics.
//!
//! Inputs are arbitrary bytes and mutations of the specification corpus (byte flips,
//! truncations, splices of two files, deep nesting). The case count comes from proptest's
//! default (256, or `PROPTEST_CASES`), e.g. a long run:
//! `PROPTEST_CASES=20000 cargo test --release -p cyclonedx --test fuzz`.

use std::path::Path;
use std::sync::OnceLock;

use cyclonedx::CycloneDx;
use proptest::prelude::*;
use traceguard_sdk::parser::parse_native_every_level;

/// Every JSON and XML file of the corpus, loaded once.
fn corpus() -> &'static [Vec<u8>] {
    static CORPUS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpora/cyclonedx");
        let mut paths = Vec::new();
        for version in ["1.2", "1.3", "1.4", "1.5", "1.6"] {
            if let Ok(dir) = std::fs::read_dir(root.join(version)) {
                paths.extend(
                    dir.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "xml")),
                );
            }
        }
        paths.sort();
        paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
    })
}

/// One way of damaging a document; positions are taken modulo the document length.
#[derive(Debug, Clone)]
enum Mutation {
    Flip {
        at: usize,
        xor: u8,
    },
    Set {
        at: usize,
        byte: u8,
    },
    Truncate {
        at: usize,
    },
    Delete {
        at: usize,
        len: usize,
    },
    Splice {
        other: usize,
        from: usize,
        len: usize,
        at: usize,
    },
    Repeat {
        at: usize,
        len: usize,
        times: usize,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(at, xor)| Mutation::Flip { at, xor }),
        (
            any::<usize>(),
            prop::sample::select(b"{}[]<>/\"':,=&;!?-0123456789 \\x".to_vec())
        )
            .prop_map(|(at, byte)| Mutation::Set { at, byte }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), any::<usize>(), 1..512usize, any::<usize>()).prop_map(
            |(other, from, len, at)| Mutation::Splice {
                other,
                from,
                len,
                at
            }
        ),
        (any::<usize>(), 1..32usize, 1..64usize).prop_map(|(at, len, times)| Mutation::Repeat {
            at,
            len,
            times
        }),
    ]
}

fn apply(doc: &mut Vec<u8>, m: &Mutation) {
    let n = doc.len().max(1);
    match *m {
        Mutation::Flip { at, xor } => {
            if let Some(b) = doc.get_mut(at % n) {
                *b ^= xor;
            }
        }
        Mutation::Set { at, byte } => {
            if let Some(b) = doc.get_mut(at % n) {
                *b = byte;
            }
        }
        Mutation::Truncate { at } => doc.truncate(at % n),
        Mutation::Delete { at, len } => {
            let start = at % n;
            let end = (start + len).min(doc.len());
            if start < end {
                doc.drain(start..end);
            }
        }
        Mutation::Splice {
            other,
            from,
            len,
            at,
        } => {
            let files = corpus();
            if files.is_empty() {
                return;
            }
            let src = &files[other % files.len()];
            let from = from % src.len().max(1);
            let piece = src
                .get(from..(from + len).min(src.len()))
                .unwrap_or_default()
                .to_vec();
            let at = (at % n).min(doc.len());
            doc.splice(at..at, piece);
        }
        Mutation::Repeat { at, len, times } => {
            let start = (at % n).min(doc.len());
            let piece = doc[start..(start + len).min(doc.len())].to_vec();
            for _ in 0..times {
                doc.splice(start..start, piece.iter().copied());
            }
        }
    }
}

/// Parses and checks the one invariant: a result, never a panic (a panic fails the test).
fn parse(bytes: &[u8]) {
    match parse_native_every_level::<CycloneDx>(bytes) {
        Ok(collected) => {
            // An accepted document has document info.
            assert!(collected.document.is_some());
        }
        Err(e) => assert!(!e.message.is_empty()),
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parse(&bytes);
    }

    #[test]
    fn mutated_corpus_never_panics(
        file in any::<usize>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let files = corpus();
        prop_assume!(!files.is_empty());
        let mut doc = files[file % files.len()].clone();
        for m in &mutations {
            apply(&mut doc, m);
        }
        parse(&doc);
    }

    #[test]
    fn cyclonedx_prefix_with_arbitrary_tail(
        xml in any::<bool>(),
        tail in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        let mut doc = if xml {
            br#"<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"><components><component type="library">"#.to_vec()
        } else {
            br#"{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"library","name":"#.to_vec()
        };
        doc.extend_from_slice(&tail);
        parse(&doc);
    }

    #[test]
    fn arbitrary_values_in_checked_fields(
        values in prop::collection::vec(text(), 9),
        xml in any::<bool>(),
    ) {
        parse(&templated(&values, xml));
    }
}

/// A small valid document whose checked values (licence expression, licence id, purl, CPE,
/// hash, timestamp, serial number, spec version, type) are replaced by arbitrary text.
fn templated(values: &[String], xml: bool) -> Vec<u8> {
    let v = |i: usize| values.get(i).cloned().unwrap_or_default();
    if xml {
        let e = |i: usize| {
            v(i).replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        format!(
            r#"<bom xmlns="http://cyclonedx.org/schema/bom/{}" serialNumber="{}"><metadata><timestamp>{}</timestamp></metadata><components><component type="{}"><name>n</name><version>1</version><hashes><hash alg="SHA-256">{}</hash></hashes><licenses><expression>{}</expression></licenses><purl>{}</purl><cpe>{}</cpe></component><component type="library"><name>m</name><version>1</version><licenses><license><id>{}</id></license></licenses></component></components></bom>"#,
            e(7), e(6), e(5), e(8), e(4), e(0), e(2), e(3), e(1)
        )
        .into_bytes()
    } else {
        let j = |i: usize| serde_json::Value::String(v(i)).to_string();
        format!(
            r#"{{"bomFormat":"CycloneDX","specVersion":{},"serialNumber":{},"version":1,"metadata":{{"timestamp":{}}},"components":[{{"type":{},"name":"n","version":"1","hashes":[{{"alg":"SHA-256","content":{}}}],"licenses":[{{"expression":{}}}],"purl":{},"cpe":{}}},{{"type":"library","name":"m","licenses":[{{"license":{{"id":{}}}}}]}}]}}"#,
            j(7), j(6), j(5), j(8), j(4), j(0), j(2), j(3), j(1)
        )
        .into_bytes()
    }
}

/// Arbitrary text, biased towards the characters that matter to the checks.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z0-9 ()+/:.@%?&=#*\\-]{0,40}",
        prop::sample::select(vec![
            "MIT".to_string(),
            "MIT/Apache-2.0".into(),
            "GPL-2.0+ WITH Classpath-exception-2.0".into(),
            "pkg:npm/%40angular/core@1.0.0".into(),
            "cpe:2.3:a:b:c:1:*:*:*:*:*:*:*".into(),
            "1.6".into(),
            "1.99".into(),
            "2020-04-13T20:20:39Z".into(),
        ]),
    ]
}

/// Nesting far beyond the limits must be refused cleanly, not overflow the stack.
#[test]
fn deep_nesting_is_refused() {
    let depth = 100_000;
    let json = format!(
        r#"{{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{}"#,
        r#"{"type":"library","name":"x","components":["#.repeat(depth)
    );
    assert!(parse_native_every_level::<CycloneDx>(json.as_bytes()).is_err());
    let xml = format!(
        r#"<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components>{}"#,
        r#"<component type="library"><name>x</name><components>"#.repeat(depth)
    );
    assert!(parse_native_every_level::<CycloneDx>(xml.as_bytes()).is_err());
    // Within the limits, deep nesting is read and flattened.
    let ok = 40;
    let json = format!(
        r#"{{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{}{}]}}"#,
        r#"{"type":"library","name":"x","components":["#.repeat(ok),
        "]}".repeat(ok)
    );
    let got = parse_native_every_level::<CycloneDx>(json.as_bytes());
    assert_eq!(
        got.map(|c| c.components.len()).ok(),
        Some(ok),
        "nested JSON"
    );
}

/// The template is a valid document when its values are, so the fuzzed values reach the checks.
#[test]
fn template_is_valid() {
    let values: Vec<String> = [
        "MIT",
        "Apache-2.0",
        "pkg:npm/%40angular/core@1.0.0",
        "cpe:2.3:a:acme:core:1.0:*:*:*:*:*:*:*",
        "f498a8ff2dd007e29c2074f5e4b01a9a01775c3ff3aeaf6906ea503bc5791b7b",
        "2020-04-13T20:20:39Z",
        "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
        "1.6",
        "library",
    ]
    .map(String::from)
    .to_vec();
    for xml in [false, true] {
        let got = parse_native_every_level::<CycloneDx>(&templated(&values, xml));
        assert_eq!(
            got.map(|c| (c.components.len(), c.diagnostics.len())),
            Ok((2, 0)),
            "xml: {xml}"
        );
    }
}
