//! SWID conformance: the NIST swid-tools validation tests in `tests/corpora/swid`.
//!
//! Each `unit-tests/*.xml` descriptor is materialised into a tag (see `decima`), parsed with the
//! assessment its phase names, and the rule ids the parser reports are compared with NIST's
//! expectations: every expected `FAIL` must be reported as a `[MUST]` warning, every `WARNING`
//! as a `[SHOULD]` warning, and no other rule may be reported (`assert-remaining PASS`).
//! Descriptors without a Schematron phase (`baseline-minimal`) only assert schema validity.

mod decima;

use std::collections::BTreeMap;

use swid::{Swid, SwidAuthoritative, SwidNonAuthoritative};
use traceguard_sdk::parser::{Collected, parse_native_every_level};
use traceguard_sdk::{ComponentKind, DiagnosticEntry, PluginError, Severity};

/// Rule id and level (`MUST`/`SHOULD`) of a rule diagnostic, e.g. `GEN-4-1: [MUST] …`, whose
/// rule code must be the id's (`swid/gen-4-1`).
fn rule_of(d: &DiagnosticEntry) -> Option<(String, String)> {
    let (id, rest) = d.message.split_once(": ")?;
    let ok = id.split('-').count() >= 2
        && id
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    if !ok {
        return None;
    }
    assert_eq!(d.rule, format!("swid/{}", id.to_ascii_lowercase()), "{d:?}");
    let level = rest
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .map(|(l, _)| l.to_string())
        .unwrap_or_else(|| "SCHEMA".into());
    Some((id.to_string(), level))
}

fn run(phase: Option<&str>, tag: &[u8]) -> Result<Collected, PluginError> {
    match phase {
        Some(p) if p.ends_with(".non-auth") => {
            parse_native_every_level::<SwidNonAuthoritative>(tag)
        }
        Some(p) if p.ends_with(".auth") => parse_native_every_level::<SwidAuthoritative>(tag),
        _ => parse_native_every_level::<Swid>(tag),
    }
}

#[test]
fn nist_unit_tests_report_their_rules() {
    let dir = decima::corpus().join("unit-tests");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("unit-tests directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    names.sort();
    let (mut pass, mut failures) = (0, Vec::new());
    for path in &names {
        let test = decima::unit_test(path);
        let outcome = match run(test.phase.as_deref(), &test.tag) {
            Err(e) => Err(format!("rejected: {e:#?}")),
            Ok(c) => {
                let reported: BTreeMap<String, String> =
                    c.diagnostics.iter().filter_map(rule_of).collect();
                let mut problems = Vec::new();
                if test.phase.is_none() {
                    // Schema assessment only: the tag must ingest without schema diagnostics.
                    problems.extend(
                        reported
                            .iter()
                            .filter(|(_, level)| *level == "SCHEMA")
                            .map(|r| format!("unexpected {r:?}")),
                    );
                } else {
                    for (id, result) in &test.expected {
                        let want = if result == "FAIL" { "MUST" } else { "SHOULD" };
                        match reported.get(id) {
                            Some(level) if level == want => {}
                            other => problems
                                .push(format!("{id} expected {result} ({want}), got {other:?}")),
                        }
                    }
                    for id in reported.keys() {
                        if !test.expected.iter().any(|(e, _)| e == id) {
                            problems.push(format!("{id} reported but NIST expects PASS"));
                        }
                    }
                }
                if c.components.first().is_none_or(|t| {
                    t.kind != ComponentKind::File && t.kind != ComponentKind::Application
                }) {
                    problems.push("no components".into());
                }
                if problems.is_empty() {
                    Ok(())
                } else {
                    Err(problems.join("; "))
                }
            }
        };
        match outcome {
            Ok(()) => pass += 1,
            Err(why) => failures.push(format!("{}: {why}", test.name)),
        }
    }
    println!(
        "SWID NIST unit tests: {pass} pass, {} fail (of {})",
        failures.len(),
        names.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(names.len(), 24);
}

#[test]
fn baselines_and_templates_ingest() {
    let mut sets: Vec<(String, Vec<u8>)> = Vec::new();
    for t in [
        "minimal-swid.xml",
        "primary-auth-swid.xml",
        "primary-non-auth-swid.xml",
    ] {
        sets.push((
            format!("templates/{t}"),
            decima::serialize(&decima::materialize(&format!("templates/{t}"))),
        ));
    }
    for t in ["authoritative.swidtag", "non-authoritative.swidtag"] {
        let bytes = std::fs::read(decima::corpus().join("other").join(t)).expect("tag");
        sets.push((format!("other/{t}"), bytes));
    }
    let mut failures = Vec::new();
    for (name, bytes) in &sets {
        match parse_native_every_level::<Swid>(bytes) {
            Ok(c)
                if c.document
                    .as_ref()
                    .is_some_and(|d| d.format == "swid" && d.spec_version == "2015") => {}
            other => failures.push(format!("{name}: {other:#?}")),
        }
    }
    println!(
        "SWID baselines/templates/other: {} pass, {} fail",
        sets.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn mapping_of_the_nist_tag() {
    let bytes = std::fs::read(decima::corpus().join("other/authoritative.swidtag")).expect("tag");
    let c = parse_native_every_level::<Swid>(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
    let tag = c
        .components
        .iter()
        .find(|c| c.kind == ComponentKind::Application)
        .expect("tag component");
    assert_eq!(tag.bom_ref, "gov.nist.decima-swidval-0.5.0.1");
    assert_eq!(tag.name, "swidval");
    assert_eq!(tag.version.as_deref(), Some("0.5.0.1"));
    assert_eq!(
        tag.supplier.as_deref(),
        Some("National Institute of Standards and Technology")
    );
    let file = c
        .components
        .iter()
        .find(|c| c.kind == ComponentKind::File)
        .expect("file component");
    assert_eq!(file.name, "NOTICE.txt");
    let algorithms: Vec<&str> = file.hashes.iter().map(|h| h.algorithm.as_str()).collect();
    assert_eq!(algorithms, ["SHA-256", "SHA-512"]);
    assert_eq!(c.dependencies.len(), 1);
    assert_eq!(c.dependencies[0].depends_on, vec![file.bom_ref.clone()]);
    // authoritative.swidtag is inferred authoritative: no GEN-8/GEN-10 findings.
    assert!(
        !c.diagnostics
            .iter()
            .any(|d| d.message.starts_with("GEN-10") || d.message.starts_with("GEN-8"))
    );
    // non-authoritative.swidtag has no softwareCreator: GEN-10-1 is a warning, it still ingests.
    let bytes =
        std::fs::read(decima::corpus().join("other/non-authoritative.swidtag")).expect("tag");
    let c = parse_native_every_level::<Swid>(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(c.diagnostics.iter().any(|d| d.severity == Severity::Warning && d.message.starts_with("GEN-10-1: [SHOULD]")));
}

/// Schema (mandatory) rule violations reject the tag with the rule's diagnostic.
#[test]
fn schema_violations_are_rejected() {
    let ns = "http://standards.iso.org/iso/19770/-2/2015/schema.xsd";
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "no tagId",
            format!(
                r#"<SoftwareIdentity xmlns="{ns}" name="x"><Entity name="a" regid="a.org" role="tagCreator"/></SoftwareIdentity>"#
            ),
            "GEN-1",
        ),
        (
            "wrong namespace",
            r#"<SoftwareIdentity xmlns="urn:other" name="x" tagId="t"/>"#.to_string(),
            "GEN-1",
        ),
        (
            "malformed",
            format!(
                r#"<SoftwareIdentity xmlns="{ns}" name="x" tagId="t"><Entity></SoftwareIdentity>"#
            ),
            "GEN-1",
        ),
        (
            "no tagCreator",
            format!(
                r#"<SoftwareIdentity xmlns="{ns}" name="x" tagId="t"><Entity name="a" regid="a.org" role="softwareCreator"/></SoftwareIdentity>"#
            ),
            "SWID-1-1",
        ),
        (
            "two tagCreator regids",
            format!(
                r#"<SoftwareIdentity xmlns="{ns}" name="x" tagId="t"><Entity name="a" regid="a.org" role="tagCreator"/><Entity name="b" regid="b.org" role="tagCreator"/></SoftwareIdentity>"#
            ),
            "SWID-2-1",
        ),
        (
            "bad hash",
            format!(
                r#"<SoftwareIdentity xmlns="{ns}" name="x" tagId="t"><Entity name="a" regid="a.org" role="tagCreator"/><Payload xmlns:h="http://www.w3.org/2001/04/xmlenc#sha256"><File name="f" h:hash="abc"/></Payload></SoftwareIdentity>"#
            ),
            "SHA-256",
        ),
    ];
    let mut failures = Vec::new();
    for (what, xml, needle) in &cases {
        match parse_native_every_level::<Swid>(xml.as_bytes()) {
            Err(e)
                if e.diagnostics.iter().any(|d| {
                    d.severity == Severity::Error
                        && d.message.contains(needle)
                        && !d.path.is_empty()
                }) => {}
            other => failures.push(format!("{what}: {other:#?}")),
        }
    }
    println!(
        "SWID schema negatives: {} pass, {} fail",
        cases.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

/// File rules, which no NIST unit test exercises: reported once the assessment is known.
#[test]
fn file_rules_are_reported() {
    let ns = "http://standards.iso.org/iso/19770/-2/2015/schema.xsd";
    let tag = |body: &str| {
        format!(
            r#"<SoftwareIdentity xmlns="{ns}" xmlns:n8060="http://csrc.nist.gov/ns/swid/2015-extensions/1.0" xmlns:sha1="http://www.w3.org/2000/09/xmldsig#sha1" xml:lang="en" name="x" tagId="t" version="1" versionScheme="semver"><Entity name="a" regid="a.org" role="tagCreator softwareCreator"/><Meta product="p" colloquialVersion="1" revision="1" edition="e"/>{body}</SoftwareIdentity>"#
        )
    };
    let containers = r#"n8060:pathSeparator="/" n8060:envVarPrefix="$" n8060:envVarSuffix="""#;
    let auth = tag(&format!(
        r#"<Payload {containers}><File name="nohash" size="1" version="1"/><File name="weak" size="1" version="1" sha1:hash="2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"/><File name="m" n8060:mutable="true"/></Payload>"#
    ));
    let c = parse_native_every_level::<SwidAuthoritative>(auth.as_bytes())
        .unwrap_or_else(|e| panic!("{e:?}"));
    let rules: Vec<String> = c
        .diagnostics
        .iter()
        .filter_map(rule_of)
        .map(|(id, level)| format!("{id} {level}"))
        .collect();
    for want in [
        "GEN-16-1 MUST",
        "GEN-19-1 MUST",
        "GEN-19-2 MUST",
        "GEN-18-2 SHOULD",
    ] {
        assert!(
            rules.iter().any(|r| r == want),
            "{want} missing from {rules:?}"
        );
    }
    // The mutable file is exempt from size, version and hash rules.
    assert!(
        !c.diagnostics.iter().any(|d| d.path.ends_with("File[3]")),
        "{:#?}",
        c.diagnostics
    );
    let non_auth = tag(&format!(
        r#"<Evidence {containers}><File name="nohash" size="1" version="1"/></Evidence>"#
    ));
    let c = parse_native_every_level::<SwidNonAuthoritative>(non_auth.as_bytes())
        .unwrap_or_else(|e| panic!("{e:?}"));
    let rules: Vec<String> = c
        .diagnostics
        .iter()
        .filter_map(rule_of)
        .map(|(id, level)| format!("{id} {level}"))
        .collect();
    for want in ["GEN-17-1 SHOULD", "GEN-20-1 SHOULD"] {
        assert!(
            rules.iter().any(|r| r == want),
            "{want} missing from {rules:?}"
        );
    }
}
