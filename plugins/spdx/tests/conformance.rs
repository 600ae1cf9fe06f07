//! SPDX conformance: the spdx/tools-java test resources in `tests/corpora/spdx` (positives
//! ingest, negatives are rejected with a relevant diagnostic) and a round-trip check that the
//! JSON, tag-value and YAML forms of the same example agree.

use std::collections::BTreeSet;
use std::path::PathBuf;

use spdx::Spdx;
use traceguard_sdk::parser::{Collected, SbomParser, parse_native_every_level};
use traceguard_sdk::{ComponentKind, PluginError, Severity};

fn corpus(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/corpora/spdx")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(name: &str) -> Result<Collected, PluginError> {
    parse_native_every_level::<Spdx>(&corpus(name))
}

/// (file, spec version, components, warnings expected)
const POSITIVE: &[(&str, &str, usize, bool)] = &[
    ("SPDXJSONExample-v2.2.spdx.json", "2.2", 8, false),
    ("SPDXJSONExample-v2.3.spdx.json", "2.3", 9, false),
    (
        "SPDXJSONExample-v2.3-with-exception.spdx.json",
        "2.3",
        9,
        false,
    ),
    ("SPDXTagExample-v2.2.spdx", "2.2", 8, false),
    ("SPDXTagExample-v2.2-warning.spdx", "2.2", 8, true),
    ("SPDXTagExample-v2.3.spdx", "2.3", 9, false),
    ("SPDXYAMLExample-2.3.spdx.yaml", "2.3", 9, false),
    ("SPDXJsonLDExample-v3.0.1.json", "3.0.1", 2, false),
];

/// (file, a text one of the error diagnostics must contain, in message or path)
const NEGATIVE: &[(&str, &str)] = &[
    ("BadJSON.spdx.json", "creators"),
    ("SPDXJSONExample-wrongversion.spdx.json", "SPDX-2.2"),
    ("SPDXWrongVersion.spdx.json", "SPDX-2.2.1"),
];

#[test]
fn positives_ingest() {
    let mut failures = Vec::new();
    for &(name, version, count, warns) in POSITIVE {
        let outcome = match parse(name) {
            Err(e) => Err(format!("rejected: {e:?}")),
            Ok(c) => {
                let doc = c
                    .document
                    .clone()
                    .unwrap_or_else(|| panic!("{name}: no document info"));
                let warnings: Vec<_> = c
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Warning)
                    .collect();
                if doc.format != "spdx" || doc.spec_version != version {
                    Err(format!("document {doc:?}"))
                } else if c.components.len() != count {
                    Err(format!("{} components, want {count}", c.components.len()))
                } else if warns == warnings.is_empty() {
                    Err(format!("warnings {warnings:?}"))
                } else {
                    Ok(())
                }
            }
        };
        let detected = Spdx::detect(&corpus(name)[..corpus(name).len().min(4096)]);
        let outcome = outcome.and_then(|()| {
            (detected.confidence >= 90 && detected.spec_version.as_deref() == Some(version))
                .then_some(())
                .ok_or(format!("detected {detected:?}"))
        });
        if let Err(why) = outcome {
            failures.push(format!("{name}: {why}"));
        }
    }
    println!(
        "SPDX positives: {} pass, {} fail",
        POSITIVE.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn negatives_rejected() {
    let mut failures = Vec::new();
    for &(name, needle) in NEGATIVE {
        match parse(name) {
            Ok(_) => failures.push(format!("{name}: accepted")),
            Err(e) => {
                let relevant = e.diagnostics.iter().any(|d| {
                    d.severity == Severity::Error
                        && (d.message.contains(needle) || d.path.contains(needle))
                });
                let located = e.diagnostics.iter().all(|d| !d.path.is_empty());
                if !relevant || !located {
                    failures.push(format!("{name}: {e:#?}"));
                }
            }
        }
    }
    println!(
        "SPDX negatives: {} pass, {} fail",
        NEGATIVE.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn bad_json_reports_every_problem_with_line_and_column() {
    let Err(e) = parse("BadJSON.spdx.json") else {
        panic!("BadJSON accepted")
    };
    let errors: Vec<_> = e
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.len() >= 2, "{errors:#?}");
    assert!(
        errors.iter().any(|d| d.path == "/creationInfo/creators"),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|d| d.path.ends_with("/filesAnalyzed")),
        "{errors:#?}"
    );
    // Truncated JSON: a syntax error located by line and column.
    let bytes = corpus("SPDXJSONExample-v2.3.spdx.json");
    let Err(e) = parse_native_every_level::<Spdx>(&bytes[..bytes.len() / 2]) else {
        panic!("truncated JSON accepted")
    };
    assert!(
        e.diagnostics
            .iter()
            .any(|d| d.path.starts_with("line ") && d.path.contains("column")),
        "{e:#?}"
    );
}

#[test]
fn wrong_version_names_the_version() {
    let Err(e) = parse("SPDXJSONExample-wrongversion.spdx.json") else {
        panic!("accepted")
    };
    assert!(
        e.diagnostics
            .iter()
            .any(|d| d.path.ends_with("/primaryPackagePurpose") && d.message.contains("SPDX-2.2")),
        "{e:#?}"
    );
    let Err(e) = parse("SPDXWrongVersion.spdx.json") else {
        panic!("accepted")
    };
    assert!(
        e.diagnostics
            .iter()
            .any(|d| d.path == "/spdxVersion" && d.message.contains("\"SPDX-2.2.1\"")),
        "{e:#?}"
    );
}

#[test]
fn mapping_of_the_2_3_example() {
    let c = parse("SPDXJSONExample-v2.3.spdx.json").unwrap_or_else(|e| panic!("{e:?}"));
    let glibc = c
        .components
        .iter()
        .find(|c| c.bom_ref == "SPDXRef-Package")
        .unwrap_or_else(|| panic!("no glibc"));
    assert_eq!(glibc.name, "glibc");
    assert_eq!(glibc.version.as_deref(), Some("2.11.1"));
    assert_eq!(
        glibc.licenses,
        vec!["(LGPL-2.0-only OR LicenseRef-3)".to_string()]
    );
    assert_eq!(
        glibc.supplier.as_deref(),
        Some("Jane Doe (jane.doe@example.com)")
    );
    assert_eq!(
        glibc.cpe.as_deref(),
        Some("cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*")
    );
    assert_eq!(glibc.hashes.len(), 4);
    assert_eq!(glibc.kind, ComponentKind::Other); // primaryPackagePurpose SOURCE
    let jena = c
        .components
        .iter()
        .find(|c| c.bom_ref == "SPDXRef-fromDoap-0")
        .unwrap_or_else(|| panic!("no jena"));
    assert_eq!(
        jena.purl.as_deref(),
        Some("pkg:maven/org.apache.jena/apache-jena@3.12.0")
    );
    assert_eq!(jena.kind, ComponentKind::Library);
    let files = c
        .components
        .iter()
        .filter(|c| c.kind == ComponentKind::File)
        .count();
    assert_eq!(files, 5);
    let doc = c.document.unwrap_or_else(|| panic!("no document"));
    assert_eq!(doc.name.as_deref(), Some("SPDX-Tools-v2.0"));
    assert_eq!(doc.created.as_deref(), Some("2010-01-29T18:30:22Z"));
    assert_eq!(doc.tools, vec!["LicenseFind-1.0".to_string()]);
    assert_eq!(doc.supplier.as_deref(), Some("ExampleCodeInspect"));
    let edges: BTreeSet<(String, String)> = c
        .dependencies
        .iter()
        .flat_map(|d| {
            d.depends_on
                .iter()
                .map(move |t| (d.ref_.clone(), t.clone()))
        })
        .collect();
    assert!(edges.contains(&("SPDXRef-DOCUMENT".into(), "SPDXRef-Package".into())));
    assert!(edges.contains(&("SPDXRef-Package".into(), "SPDXRef-Saxon".into())));
    assert!(edges.contains(&("SPDXRef-JenaLib".into(), "SPDXRef-Package".into())));
    assert!(!edges.iter().any(|(_, t)| t == "NOASSERTION"));
}

#[test]
fn spdx3_mapping() {
    let c = parse("SPDXJsonLDExample-v3.0.1.json").unwrap_or_else(|e| panic!("{e:?}"));
    let pkg = c
        .components
        .iter()
        .find(|c| c.bom_ref == "http://spdx.example.com/Package1")
        .unwrap_or_else(|| panic!("no package"));
    assert_eq!(pkg.name, "my-package");
    assert_eq!(pkg.version.as_deref(), Some("1.0"));
    let file = c
        .components
        .iter()
        .find(|c| c.name == "myprogram")
        .unwrap_or_else(|| panic!("no file"));
    assert_eq!(file.kind, ComponentKind::File);
    assert_eq!(c.dependencies.len(), 1);
    assert_eq!(
        c.dependencies[0].depends_on,
        vec!["http://spdx.example.com/Package1/myprogram".to_string()]
    );
    assert_eq!(
        c.document.map(|d| d.created),
        Some(Some("2024-03-06T00:00:00Z".into()))
    );
}

fn summary(c: &Collected) -> (usize, BTreeSet<String>, BTreeSet<String>) {
    (
        c.components.len(),
        c.components.iter().filter_map(|c| c.purl.clone()).collect(),
        c.components.iter().map(|c| c.bom_ref.clone()).collect(),
    )
}

#[test]
fn round_trip_json_tag_value_yaml_agree() {
    let groups: &[&[&str]] = &[
        &[
            "SPDXJSONExample-v2.3.spdx.json",
            "SPDXTagExample-v2.3.spdx",
            "SPDXYAMLExample-2.3.spdx.yaml",
        ],
        &["SPDXJSONExample-v2.2.spdx.json", "SPDXTagExample-v2.2.spdx"],
    ];
    let (mut pass, mut fail) = (0, 0);
    for group in groups {
        let summaries: Vec<_> = group
            .iter()
            .map(|name| summary(&parse(name).unwrap_or_else(|e| panic!("{name}: {e:?}"))))
            .collect();
        for (name, s) in group.iter().zip(&summaries).skip(1) {
            if *s == summaries[0] {
                pass += 1;
            } else {
                fail += 1;
                println!(
                    "{name} disagrees with {}: {s:?} vs {:?}",
                    group[0], summaries[0]
                );
            }
        }
    }
    println!("SPDX round-trip: {pass} pass, {fail} fail");
    assert_eq!(fail, 0);
}

/// Violations the corpus does not contain, each reported with its location.
#[test]
fn synthetic_violations_are_located() {
    let json = br#"{
  "spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
  "name": "x", "documentNamespace": "urn:x",
  "creationInfo": {"created": "2024-01-01T00:00:00Z", "creators": ["Tool: t"]},
  "relationships": [
    {"spdxElementId": "SPDXRef-a", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-missing"},
    {"spdxElementId": "SPDXRef-a", "relationshipType": "GENERATED_FROM", "relatedSpdxElement": "SPDXRef-gone"}
  ],
  "packages": [
    {"SPDXID": "SPDXRef-a", "name": "a", "downloadLocation": "NOASSERTION",
     "checksums": [{"algorithm": "SHA256", "checksumValue": "abc"}],
     "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "not a purl"}]},
    {"SPDXID": "SPDXRef-a", "name": "again", "downloadLocation": "NOASSERTION"},
    {"SPDXID": "SPDXRef-b"}
  ]
}"#;
    let Err(e) = parse_native_every_level::<Spdx>(json) else {
        panic!("accepted")
    };
    let has = |sev: Severity, path: &str, text: &str| {
        e.diagnostics
            .iter()
            .any(|d| d.severity == sev && d.path == path && d.message.contains(text))
    };
    assert!(
        has(Severity::Error, "/relationships/0", "SPDXRef-missing"),
        "{e:#?}"
    );
    assert!(
        has(Severity::Warning, "/relationships/1", "SPDXRef-gone"),
        "{e:#?}"
    );
    assert!(
        has(Severity::Error, "/packages/0/checksums/0", "SHA-256"),
        "{e:#?}"
    );
    assert!(
        has(
            Severity::Warning,
            "/packages/0/externalRefs/0/referenceLocator",
            "package URL"
        ),
        "{e:#?}"
    );
    assert!(
        has(Severity::Error, "/packages/1/SPDXID", "duplicate"),
        "{e:#?}"
    );
    assert!(has(Severity::Error, "/packages/2/name", "name"), "{e:#?}");
    assert!(
        has(
            Severity::Error,
            "/packages/2/downloadLocation",
            "downloadLocation"
        ),
        "{e:#?}"
    );

    let tv = b"SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: x\n\
Creator: Tool: t\nCreated: 2024-01-01T00:00:00Z\n\nPackageName: a\nSPDXID: SPDXRef-a\n\
PackageDownloadLocation: NOASSERTION\nRelationship: SPDXRef-a DEPENDS_ON SPDXRef-nowhere\nnot a tag line\n";
    let Err(e) = parse_native_every_level::<Spdx>(tv) else {
        panic!("accepted")
    };
    let has = |path: &str, text: &str| {
        e.diagnostics
            .iter()
            .any(|d| d.path == path && d.message.contains(text))
    };
    assert!(has("line 1", "documentNamespace"), "{e:#?}");
    assert!(has("line 11", "SPDXRef-nowhere"), "{e:#?}");
    assert!(has("line 12", "Tag: value"), "{e:#?}");
}

/// `spdxVersion` beyond the sniffed head (keys sorted alphabetically) is still recognised and
/// parsed; tag-value diagnostics point at the line of the field.
#[test]
fn late_version_key_and_field_lines() {
    let bytes = corpus("SPDXJSONExample-v2.3.spdx.json");
    let mut doc: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let version = doc
        .remove("spdxVersion")
        .unwrap_or_else(|| panic!("no spdxVersion"));
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| panic!("{e}"));
    text.truncate(text.trim_end().len() - 1);
    text.push_str(&format!(",\n  \"spdxVersion\": {version}\n}}"));
    assert!(text.find("\"spdxVersion\"").unwrap_or(0) > 4096);
    let detected = Spdx::detect(&text.as_bytes()[..4096]);
    assert!(detected.confidence >= 80, "{detected:?}");
    let c = parse_native_every_level::<Spdx>(text.as_bytes()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(c.components.len(), 9);
    assert_eq!(c.document.map(|d| d.spec_version).as_deref(), Some("2.3"));

    let c = parse("SPDXTagExample-v2.2-warning.spdx").unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        c.diagnostics
            .iter()
            .any(|d| d.path == "line 49" && d.message.contains("LGPL-2.0")),
        "{:#?}",
        c.diagnostics
    );
}

/// SPDX 3: licences through `hasConcludedLicense`/`hasDeclaredLicense`, purl and hashes, and
/// the errors the corpus example does not contain.
#[test]
fn spdx3_licences_and_violations() {
    let doc = br#"{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
  {"type": "CreationInfo", "@id": "_:c", "specVersion": "3.0.1", "created": "2024-01-01T00:00:00Z",
   "createdBy": ["urn:org"], "createdUsing": ["urn:tool"]},
  {"type": "Organization", "spdxId": "urn:org", "name": "Acme", "creationInfo": "_:c"},
  {"type": "Tool", "spdxId": "urn:tool", "name": "gen 1.0", "creationInfo": "_:c"},
  {"type": "software_Package", "spdxId": "urn:p", "name": "p", "creationInfo": "_:c",
   "software_packageVersion": "2", "software_packageUrl": "pkg:npm/p@2", "suppliedBy": "urn:org",
   "software_primaryPurpose": "application",
   "verifiedUsing": [{"type": "Hash", "algorithm": "sha256", "hashValue": "9452e85177f69535ca93cbe2df3e8604344d58f729db7fb9e309e80684253111"}]},
  {"type": "simplelicensing_LicenseExpression", "spdxId": "urn:l", "creationInfo": "_:c",
   "simplelicensing_licenseExpression": "MIT OR Apache-2.0"},
  {"type": "Relationship", "spdxId": "urn:r1", "creationInfo": "_:c", "from": "urn:p",
   "relationshipType": "hasConcludedLicense", "to": ["urn:l"]}
]}"#;
    let c = parse_native_every_level::<Spdx>(doc).unwrap_or_else(|e| panic!("{e:?}"));
    let p = &c.components[0];
    assert_eq!(p.licenses, vec!["MIT OR Apache-2.0".to_string()]);
    assert_eq!(p.purl.as_deref(), Some("pkg:npm/p@2"));
    assert_eq!(p.supplier.as_deref(), Some("Acme"));
    assert_eq!(p.kind, ComponentKind::Application);
    assert_eq!(p.hashes.len(), 1);
    let d = c.document.unwrap_or_else(|| panic!("no document"));
    assert_eq!(
        (
            d.spec_version.as_str(),
            d.tools.clone(),
            d.supplier.as_deref()
        ),
        ("3.0.1", vec!["gen 1.0".to_string()], Some("Acme"))
    );

    let bad = br#"{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
  {"type": "CreationInfo", "@id": "_:c", "specVersion": "3.0.1", "created": "2024-01-01T00:00:00Z"},
  {"type": "software_Package", "spdxId": "urn:p", "name": "p", "creationInfo": "_:c"},
  {"type": "software_File", "spdxId": "urn:p", "creationInfo": "_:c"},
  {"type": "Relationship", "spdxId": "urn:r", "creationInfo": "_:c", "from": "urn:p", "relationshipType": "dependsOn", "to": ["urn:nowhere"]}
]}"#;
    let Err(e) = parse_native_every_level::<Spdx>(bad) else {
        panic!("accepted")
    };
    let has = |path: &str, text: &str| {
        e.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && d.path == path && d.message.contains(text))
    };
    assert!(has("/@graph/2/spdxId", "duplicate"), "{e:#?}");
    assert!(has("/@graph/2/name", "name"), "{e:#?}");
    assert!(has("/@graph/3", "urn:nowhere"), "{e:#?}");
}
