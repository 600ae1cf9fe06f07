//! Conformance against the CycloneDX specification's own test documents (1.2–1.7, JSON and XML):
//! every `valid-*` file must be accepted with the right number of components, every `invalid-*`
//! file rejected with an error diagnostic (except the few listed in [`NOT_REJECTED`], each with
//! its reason). Run with `--nocapture` to see the per-set table.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cyclonedx::CycloneDx;
use quick_xml::Reader;
use quick_xml::events::Event;
use serde_json::Value;
use traceguard_sdk::Severity;
use traceguard_sdk::parser::{Validation, parse_native_at, parse_native_every_level};

const VERSIONS: &[&str] = &["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"];

/// Invalid files this parser accepts, with the reason. Keep in sync with docs/conformance.md.
const NOT_REJECTED: &[(&str, &str)] = &[];

/// What makes each kind of invalid file invalid: an error diagnostic's path or message must
/// contain the fragment (case-insensitive), so a rejection for an unrelated reason fails.
const RELEVANT: &[(&str, &str)] = &[
    ("invalid-bomformat-", "bomformat"),
    ("invalid-citations-", "citation"),
    (
        "invalid-component-external-version-and-range",
        "versionrange",
    ),
    (
        "invalid-component-versionRange-non-external-",
        "versionrange",
    ),
    ("invalid-metadata-distribution-", "distribution"),
    ("invalid-component-ref-", "bom-ref"),
    ("invalid-component-swid-", "swid"),
    ("invalid-component-type-", "type"),
    ("invalid-dependency-", "dependenc"),
    ("invalid-empty-component-", "name is required"),
    ("invalid-hash-", "hash"),
    ("invalid-issue-type-", "resolves"),
    ("invalid-license-", "licen"),
    ("invalid-metadata-license-", "/metadata/licenses"),
    ("invalid-metadata-timestamp-", "/metadata/timestamp"),
    ("invalid-missing-component-type-", "type is required"),
    ("invalid-namespace-", "xmlns"),
    ("invalid-patch-type-", "patch"),
    ("invalid-properties-", "propert"),
    ("invalid-scope-", "scope"),
    ("invalid-serialnumber-", "serialnumber"),
    ("invalid-service-data-", "data"),
];

/// Whether `e` has an error diagnostic relevant to why `name` is invalid.
fn relevant(name: &str, e: &traceguard_sdk::PluginError) -> Result<(), String> {
    // `informal-invalid-*` files break a rule the schemas cannot state; judged alike.
    let name = name.strip_prefix("informal-").unwrap_or(name);
    let Some((_, fragment)) = RELEVANT.iter().find(|(prefix, _)| name.starts_with(prefix)) else {
        return Err("no relevance rule for this file: add one to RELEVANT".into());
    };
    let found = e.diagnostics.iter().any(|d| {
        d.severity == Severity::Error
            && format!("{} {}", d.path, d.message)
                .to_lowercase()
                .contains(fragment)
    });
    if found {
        Ok(())
    } else {
        Err(format!(
            "rejected, but no error mentions {fragment:?}: {:?}",
            e.diagnostics
        ))
    }
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpora/cyclonedx")
}

fn files(version: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus().join(version))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| {
        let name = file_name(p);
        let name = name.strip_prefix("informal-").unwrap_or(&name);
        (name.starts_with("valid-") || name.starts_with("invalid-"))
            && (name.ends_with(".json") || name.ends_with(".xml"))
    });
    files.sort();
    files
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Purls of the components in a JSON BOM, found independently of the parser: `components`
/// and their nested `components`, recursively (one entry per component, `None` without purl).
fn json_purls(v: &Value, into: &mut Vec<Option<String>>) {
    for c in v
        .get("components")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        into.push(c.get("purl").and_then(Value::as_str).map(String::from));
        json_purls(c, into);
    }
}

/// The same for XML: `component` elements inside `components` of `bom` or of a counted
/// component (not pedigree ancestors, metadata or tools), with the text of their `purl` child.
fn xml_purls(bytes: &[u8]) -> Vec<Option<String>> {
    let mut reader = Reader::from_reader(bytes);
    // (name, index into `found` if this element is a counted component)
    let mut stack: Vec<(String, Option<usize>)> = Vec::new();
    let mut found: Vec<Option<String>> = Vec::new();
    let mut in_purl: Option<usize> = None;
    loop {
        let (name, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e.local_name().as_ref().to_string(), false),
            Ok(Event::Empty(e)) => (e.local_name().as_ref().to_string(), true),
            Ok(Event::Text(t)) => {
                if let Some(i) = in_purl {
                    let text = t.xml10_content().trim().to_string();
                    found[i] = Some(found[i].take().unwrap_or_default() + &text);
                }
                continue;
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some(i) = in_purl {
                    let text = match &*r.into_inner() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        _ => "'",
                    };
                    found[i] = Some(found[i].take().unwrap_or_default() + text);
                }
                continue;
            }
            Ok(Event::End(_)) => {
                stack.pop();
                in_purl = None;
                continue;
            }
            Ok(Event::Eof) | Err(_) => return found,
            Ok(_) => continue,
        };
        let n = stack.len();
        let counted = name == "component"
            && n >= 2
            && stack[n - 1].0 == "components"
            && (stack[n - 2].0 == "bom"
                || (stack[n - 2].0 == "component" && stack[n - 2].1.is_some()));
        let index = counted.then(|| {
            found.push(None);
            found.len() - 1
        });
        if name == "purl" && !empty && n >= 1 {
            in_purl = stack[n - 1].1;
        }
        if !empty {
            stack.push((name, index));
        }
    }
}

/// The purls (one entry per component) of a BOM file, read independently of the parser.
fn source_purls(path: &Path, bytes: &[u8]) -> Vec<Option<String>> {
    let mut purls = Vec::new();
    if file_name(path).ends_with(".json") {
        if let Ok(v) = serde_json::from_slice::<Value>(bytes) {
            json_purls(&v, &mut purls);
        }
    } else {
        purls = xml_purls(bytes);
    }
    purls.sort();
    purls
}

fn expected_count(path: &Path, bytes: &[u8]) -> usize {
    source_purls(path, bytes).len()
}

#[derive(Default)]
struct Tally {
    pass: usize,
    fail: usize,
}

#[test]
fn spec_test_documents() {
    let mut table: BTreeMap<(String, &str, &str), Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut allowed = Vec::new();
    for version in VERSIONS {
        for path in files(version) {
            let name = file_name(&path);
            let format = if name.ends_with(".json") {
                "json"
            } else {
                "xml"
            };
            let valid = name.starts_with("valid-");
            let bytes = std::fs::read(&path).unwrap_or_default();
            let result = parse_native_every_level::<CycloneDx>(&bytes);
            let problem = match (&result, valid) {
                (Ok(got), true) => {
                    let want = expected_count(&path, &bytes);
                    (got.components.len() != want).then(|| {
                        format!(
                            "accepted with {} components, expected {want}",
                            got.components.len()
                        )
                    })
                }
                (Err(e), true) => Some(format!("rejected: {} {:?}", e.message, e.diagnostics)),
                (Ok(_), false) => {
                    if let Some((_, why)) = NOT_REJECTED.iter().find(|(n, _)| *n == name) {
                        allowed.push(format!("{name}: {why}"));
                        None
                    } else {
                        Some("accepted, expected a rejection".to_string())
                    }
                }
                (Err(e), false) => relevant(&name, e).err(),
            };
            let tally = table
                .entry((
                    version.to_string(),
                    format,
                    if valid { "valid" } else { "invalid" },
                ))
                .or_default();
            match problem {
                None => tally.pass += 1,
                Some(p) => {
                    tally.fail += 1;
                    failures.push(format!("{version}/{name}: {p}"));
                }
            }
        }
    }
    println!("| version | format | set | pass | fail |");
    println!("|---|---|---|---|---|");
    for ((version, format, set), t) in &table {
        println!("| {version} | {format} | {set} | {} | {} |", t.pass, t.fail);
    }
    for a in &allowed {
        println!("allowed (not rejected): {a}");
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} conformance failure(s)",
        failures.len()
    );
}

/// Where the same example exists as JSON and XML, both readings agree on components and purls.
#[test]
fn json_and_xml_agree() {
    let mut compared = 0;
    let mut differ = Vec::new();
    let mut failures = Vec::new();
    for version in VERSIONS {
        for json_path in files(version) {
            let name = file_name(&json_path);
            if !name.starts_with("valid-") || !name.ends_with(".json") {
                continue;
            }
            let xml_path = json_path.with_extension("xml");
            let Ok(xml_bytes) = std::fs::read(&xml_path) else {
                continue;
            };
            let json_bytes = std::fs::read(&json_path).unwrap_or_default();
            let (Ok(j), Ok(x)) = (
                parse_native_every_level::<CycloneDx>(&json_bytes),
                parse_native_every_level::<CycloneDx>(&xml_bytes),
            ) else {
                failures.push(format!("{version}/{name}: one of the pair was rejected"));
                continue;
            };
            // The specification's JSON and XML examples are not always the same document.
            let (json_source, xml_source) = (
                source_purls(&json_path, &json_bytes),
                source_purls(&xml_path, &xml_bytes),
            );
            if json_source != xml_source {
                differ.push(format!("{version}/{name}"));
                continue;
            }
            compared += 1;
            let purls = |c: &traceguard_sdk::parser::Collected| {
                let mut p: Vec<Option<String>> =
                    c.components.iter().map(|c| c.purl.clone()).collect();
                p.sort();
                p
            };
            if j.components.len() != x.components.len() {
                failures.push(format!(
                    "{version}/{name}: {} JSON components vs {} XML",
                    j.components.len(),
                    x.components.len()
                ));
            } else if purls(&j) != purls(&x) {
                failures.push(format!(
                    "{version}/{name}: purls differ: {:?} vs {:?}",
                    purls(&j),
                    purls(&x)
                ));
            }
        }
    }
    println!(
        "compared {compared} JSON/XML pairs; {} pairs skipped because the two source documents differ: {}",
        differ.len(),
        differ.join(", ")
    );
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(compared >= 120, "only {compared} pairs compared");
    assert!(failures.is_empty(), "{} pair(s) disagree", failures.len());
}

/// CycloneDX documents real generators wrote (`tests/corpora/real-world/cyclonedx-py/`,
/// `cargo-cyclonedx/`): each is accepted at `standard` with the components counted
/// independently, and its `strict` outcome is the one `strict.tsv` records.
#[test]
fn real_world_documents() {
    let root = corpus().join("../real-world");
    let table = std::fs::read_to_string(root.join("strict.tsv")).unwrap_or_default();
    let expected: BTreeMap<&str, (&str, &str)> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, (cols.next()?, cols.next().unwrap_or(""))))
        })
        .collect();
    let mut failures = Vec::new();
    let mut seen = 0;
    for dir in ["cyclonedx-py", "cargo-cyclonedx", "cyclonedx-npm", "cdxgen"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        // cdxgen's folder also holds its SPDX 3 output (`*.spdx.json`): the SPDX parser's.
        paths.retain(|p| {
            p.extension().is_some_and(|e| e == "json" || e == "xml")
                && !file_name(p).contains(".spdx")
        });
        paths.sort();
        for path in paths {
            let name = format!("{dir}/{}", file_name(&path));
            let bytes = std::fs::read(&path).unwrap_or_default();
            let want = expected_count(&path, &bytes);
            match parse_native_at::<CycloneDx>(&bytes, Validation::Standard) {
                Ok(got) if got.components.len() == want => {}
                Ok(got) => failures.push(format!(
                    "{name}: standard read {} components, the document has {want}",
                    got.components.len()
                )),
                Err(e) => failures.push(format!("{name}: refused at standard: {}", e.message)),
            }
            let strict = match parse_native_at::<CycloneDx>(&bytes, Validation::Strict) {
                Ok(_) => ("accepted", String::new()),
                Err(e) => (
                    "refused",
                    e.diagnostics
                        .iter()
                        .find(|d| d.severity == Severity::Error)
                        .map(|d| d.message.clone())
                        .unwrap_or_default(),
                ),
            };
            println!("{name}\t{}\t{}\t{want}", strict.0, strict.1);
            match expected.get(name.as_str()) {
                Some((outcome, reason)) if *outcome == strict.0 && strict.1.starts_with(reason) => {
                }
                row => failures.push(format!(
                    "{name}: strict {strict:?}, strict.tsv says {row:?}"
                )),
            }
            seen += 1;
        }
    }
    assert!(seen >= 111, "{seen} documents");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
