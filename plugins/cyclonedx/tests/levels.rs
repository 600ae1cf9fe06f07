//! Validation levels: what `strict`, `standard` and `none` do with documents real generators
//! write (a spec error here and there) and with documents that cannot be interpreted.

use cyclonedx::CycloneDx;
use traceguard_sdk::Severity;
use traceguard_sdk::parser::{Validation, parse_native_at};

const ONE_BAD_DIGEST: &str = r#"{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
  "components":[
    {"type":"library","name":"a","version":"1","hashes":[{"alg":"SHA-256","content":"not-hex"}]},
    {"type":"library","name":"b","version":"2","purl":"pkg:npm/b@2"}]}"#;

#[test]
fn a_spec_error_rejects_at_strict_and_is_a_stored_diagnostic_at_standard() {
    let doc = ONE_BAD_DIGEST.as_bytes();
    let Err(e) = parse_native_at::<CycloneDx>(doc, Validation::Strict) else {
        panic!("strict accepted a non-hex digest");
    };
    assert!(e.message.contains("strict"), "{}", e.message);
    assert!(
        e.diagnostics
            .iter()
            .any(|d| d.path == "/components/0/hashes/0/content")
    );

    let got = parse_native_at::<CycloneDx>(doc, Validation::Standard).expect("standard accepts");
    assert_eq!(got.components.len(), 2);
    let errors: Vec<_> = got
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{:?}", got.diagnostics);
    assert_eq!(errors[0].path, "/components/0/hashes/0/content");
    assert_eq!(errors[0].rule, cyclonedx::rules::HASH);
    // The digest that is not one is not stored as a hash.
    assert!(got.components[0].hashes.is_empty());

    let got = parse_native_at::<CycloneDx>(doc, Validation::None).expect("none accepts");
    assert_eq!(got.components.len(), 2);
    assert!(got.diagnostics.is_empty(), "{:?}", got.diagnostics);
}

#[test]
fn missing_required_fields_are_diagnostics_at_standard() {
    // No component type (required) and an unknown scope value: spec errors, not unreadable.
    let doc = br#"{"bomFormat":"CycloneDX","specVersion":"1.6","components":[
        {"name":"a","scope":"sometimes"},{"type":"library","name":"b","bom-ref":"b"},
        {"type":"library","name":"c","bom-ref":"b"}]}"#;
    assert!(parse_native_at::<CycloneDx>(doc, Validation::Strict).is_err());
    let got = parse_native_at::<CycloneDx>(doc, Validation::Standard).expect("standard accepts");
    assert_eq!(got.components.len(), 3);
    let found: Vec<(&str, &str)> = got
        .diagnostics
        .iter()
        .map(|d| (d.path.as_str(), d.rule.as_str()))
        .collect();
    // Each diagnostic names the check that found it.
    for expected in [
        ("/components/0", cyclonedx::rules::REQUIRED),
        ("/components/0/scope", cyclonedx::rules::ENUM),
        ("/components/2/bom-ref", cyclonedx::rules::BOM_REF),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
}

#[test]
fn an_uninterpretable_document_is_refused_at_every_level_with_a_one_line_reason() {
    let cases: [(&[u8], &str); 4] = [
        (br#"{"bomFormat":"CycloneDX","components":[]}"#, "/specVersion"),
        (br#"{"bomFormat":"SPDX","specVersion":"1.5","components":[]}"#, "/bomFormat"),
        (br#"{"bomFormat":"CycloneDX","specVersion":"1.5","components":[42]}"#, "/components/0"),
        (
            br#"{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"type":"library","name":"a","components":"b"}]}"#,
            "/components/0/components",
        ),
    ];
    for (doc, path) in cases {
        for level in Validation::ALL {
            let Err(e) = parse_native_at::<CycloneDx>(doc, level) else {
                panic!("{level:?} accepted {}", String::from_utf8_lossy(doc));
            };
            assert!(!e.message.contains('\n'), "{}", e.message);
            assert!(
                e.diagnostics.iter().any(|d| d.path == path),
                "{level:?}: {e:?}"
            );
        }
    }
    // Not JSON at all, and a spec version this parser does not know.
    for doc in [
        &b"{\"bomFormat\":"[..],
        br#"{"bomFormat":"CycloneDX","specVersion":"1.1"}"#,
    ] {
        for level in Validation::ALL {
            assert!(
                parse_native_at::<CycloneDx>(doc, level).is_err(),
                "{level:?}"
            );
        }
    }
}

#[test]
fn every_diagnostic_names_a_rule_of_this_parser() {
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpora/cyclonedx");
    let mut seen = std::collections::BTreeSet::new();
    let mut documents = 0;
    for version in ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] {
        let mut paths: Vec<_> = std::fs::read_dir(corpus.join(version))
            .expect("the CycloneDX corpus is checked in")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).expect("read");
            let Ok(got) = parse_native_at::<CycloneDx>(&bytes, Validation::Standard) else {
                continue;
            };
            documents += 1;
            for d in &got.diagnostics {
                assert!(
                    cyclonedx::rules::ALL.contains(&d.rule.as_str())
                        || d.rule == Validation::TRUNCATED_RULE,
                    "{}: {d:?} has no rule of this parser",
                    path.display()
                );
                seen.insert(d.rule.clone());
            }
        }
    }
    assert!(documents > 600, "only {documents} documents read");
    // The spec's invalid examples exercise most checks.
    assert!(seen.len() >= 10, "rules seen: {seen:?}");
}
