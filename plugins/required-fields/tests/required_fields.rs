//! The required-fields policy run natively over small SBOMs, with exact findings.

use required_fields::RequiredFields;
use traceguard_sdk::policy::{Evaluation, evaluate_native};
use traceguard_sdk::{Component, DocumentInfo, Finding, Hash, PluginError, Severity};

fn info() -> DocumentInfo {
    DocumentInfo {
        format: "cyclonedx".into(),
        spec_version: "1.6".into(),
        name: Some("shop-backend".into()),
        created: Some("2026-01-02T03:04:05Z".into()),
        tools: vec!["syft 1.0".into()],
        supplier: Some("Acme".into()),
    }
}

fn hash(value: &str) -> Hash {
    Hash {
        algorithm: "SHA-256".into(),
        value: value.into(),
    }
}

/// A component with every field set.
fn complete(bom_ref: &str, name: &str, version: &str) -> Component {
    let mut c = Component::new(bom_ref, name);
    c.version = Some(version.into());
    c.purl = Some(format!("pkg:npm/{name}@{version}"));
    c.cpe = Some(format!("cpe:2.3:a:{name}:{name}:{version}:*:*:*:*:*:*:*"));
    c.licenses = vec!["MIT".into()];
    c.hashes = vec![hash("aa11")];
    c.supplier = Some("Acme".into());
    c
}

/// `complete` components, each with some fields taken away.
fn components() -> Vec<Component> {
    let full = complete("c-full", "lodash", "4.17.21");

    let mut no_hash = complete("c-nohash", "left-pad", "1.3.0");
    no_hash.hashes.clear();

    // A hash entry with an empty digest does not count; a blank purl is no purl.
    let mut empty_hash = complete("c-emptyhash", "chalk", "5.3.0");
    empty_hash.hashes = vec![hash(""), hash("  ")];
    empty_hash.purl = Some(" ".into());

    // Nothing but a name: no version either, so the message names it alone.
    let bare = Component::new("c-bare", "vendored-zlib");

    // One good hash among empty ones is enough.
    let mut mixed = complete("c-mixed", "debug", "4.3.4");
    mixed.hashes = vec![hash(""), hash("bb22")];
    mixed.licenses = vec![String::new()];
    mixed.supplier = None;

    vec![full, no_hash, empty_hash, bare, mixed]
}

fn run(config: &[(&str, &str)]) -> Result<Evaluation, PluginError> {
    evaluate_native::<RequiredFields>(&info(), &components(), &[], config)
}

fn finding(rule: &str, severity: Severity, component: &str, message: &str) -> Finding {
    let remediation = match rule {
        "fields/missing-hash" => {
            "record a cryptographic hash (e.g. SHA-256) of the component's artifact in the SBOM"
        }
        "fields/missing-purl" => {
            "identify the component with a package URL (pkg:type/namespace/name@version)"
        }
        "fields/missing-version" => "record the component's exact version in the SBOM",
        "fields/missing-supplier" => "name the organisation that supplied the component",
        "fields/missing-license" => {
            "add the component's licence to the SBOM (SPDX id or expression)"
        }
        "fields/missing-cpe" => {
            "add the component's CPE name (cpe:2.3:…) so vulnerability databases can match it"
        }
        other => panic!("unexpected rule {other}"),
    };
    Finding::new(rule, severity, Some(component.into()), message).with_remediation(remediation)
}

#[test]
fn defaults_require_hash_and_purl_as_errors() {
    let evaluation = run(&[]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![
            finding(
                "fields/missing-hash",
                Severity::Error,
                "c-bare",
                "vendored-zlib has no hash"
            ),
            finding(
                "fields/missing-hash",
                Severity::Error,
                "c-emptyhash",
                "chalk@5.3.0 has no hash"
            ),
            finding(
                "fields/missing-hash",
                Severity::Error,
                "c-nohash",
                "left-pad@1.3.0 has no hash"
            ),
            finding(
                "fields/missing-purl",
                Severity::Error,
                "c-bare",
                "vendored-zlib has no package URL (purl)"
            ),
            finding(
                "fields/missing-purl",
                Severity::Error,
                "c-emptyhash",
                "chalk@5.3.0 has no package URL (purl)"
            ),
        ]
    );
    assert!(!evaluation.passed);
}

#[test]
fn every_field_with_warning_severity() {
    let evaluation = run(&[
        ("require", " License, supplier,cpe ,version,hash,purl,hash"),
        ("severity", "Warning"),
    ])
    .unwrap();
    let got: Vec<(&str, &str)> = evaluation
        .findings
        .iter()
        .map(|f| {
            assert_eq!(f.severity, Severity::Warning, "{f:?}");
            (f.rule_id.as_str(), f.component_ref.as_deref().unwrap())
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("fields/missing-cpe", "c-bare"),
            ("fields/missing-hash", "c-bare"),
            ("fields/missing-hash", "c-emptyhash"),
            ("fields/missing-hash", "c-nohash"),
            ("fields/missing-license", "c-bare"),
            ("fields/missing-license", "c-mixed"),
            ("fields/missing-purl", "c-bare"),
            ("fields/missing-purl", "c-emptyhash"),
            ("fields/missing-supplier", "c-bare"),
            ("fields/missing-supplier", "c-mixed"),
            ("fields/missing-version", "c-bare"),
        ]
    );
    assert_eq!(
        evaluation.findings[4],
        finding(
            "fields/missing-license",
            Severity::Warning,
            "c-bare",
            "vendored-zlib declares no licence"
        )
    );
    assert_eq!(
        evaluation.findings[9],
        finding(
            "fields/missing-supplier",
            Severity::Warning,
            "c-mixed",
            "debug@4.3.4 names no supplier"
        )
    );
    assert!(evaluation.passed, "warnings do not fail the policy");
}

#[test]
fn a_single_field_at_info() {
    let evaluation = run(&[("require", "cpe"), ("severity", "info")]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![finding(
            "fields/missing-cpe",
            Severity::Info,
            "c-bare",
            "vendored-zlib has no CPE name"
        )]
    );
    assert!(evaluation.passed);
}

#[test]
fn complete_components_pass() {
    let components = vec![
        complete("a", "lodash", "4.17.21"),
        complete("b", "debug", "4.3.4"),
    ];
    let evaluation = evaluate_native::<RequiredFields>(
        &info(),
        &components,
        &[],
        &[("require", "hash,purl,version,supplier,license,cpe")],
    )
    .unwrap();
    assert_eq!(evaluation.findings, vec![]);
    assert!(evaluation.passed);
}

#[test]
fn bad_configuration_is_an_error() {
    let err = |config: &[(&str, &str)]| run(config).expect_err("bad config").message;
    assert_eq!(
        err(&[("require", "hash,checksum")]),
        "config `require`: unknown field \"checksum\"; allowed fields are hash, purl, version, supplier, license, cpe"
    );
    assert_eq!(
        err(&[("require", " , ")]),
        "config `require` is empty: list at least one of hash, purl, version, supplier, license, cpe (comma-separated)"
    );
    assert_eq!(
        err(&[("severity", "fatal")]),
        "config `severity`: \"fatal\" is not a severity; allowed are info, warning, error"
    );
}
