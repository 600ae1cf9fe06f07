//! SPDX documents real tools wrote (`tests/corpora/real-world/`): every one is accepted at
//! `standard` with the components counted independently from the raw document, and its outcome
//! at `strict` matches the hand-checked table `tests/corpora/real-world/strict.tsv`. The few
//! files a tool wrote broken (`malformed/`) are refused at every level, saying why.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use spdx::Spdx;
use traceguard_sdk::parser::{Validation, parse_native_at};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpora/real-world")
}

/// Every SPDX document of the corpus, relative to its root, sorted.
fn documents() -> Vec<String> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("corpus dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, base, out);
            } else if let Ok(rel) = path.strip_prefix(base) {
                let rel = rel.to_string_lossy().into_owned();
                let spdx = [".json", ".spdx", ".tag", ".yaml", ".yml"]
                    .iter()
                    .any(|e| rel.ends_with(e));
                // CycloneDX documents (`cyclonedx-*/`, and `*.cdx*` beside SPDX ones) are the
                // CycloneDX parser's.
                let cdx = rel.contains("cyclonedx") || rel.contains(".cdx");
                if spdx && !cdx && !rel.starts_with("malformed") {
                    out.push(rel);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&root(), &root(), &mut out);
    out.sort();
    out
}

/// Packages and files (what the parser makes components of), counted from the raw text.
fn independent_count(name: &str, bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    if name.ends_with(".json") {
        let v: serde_json::Value = serde_json::from_str(text).expect("JSON");
        if let Some(graph) = v["@graph"].as_array() {
            // SPDX 3 JSON-LD: software packages and files with an spdxId.
            return graph
                .iter()
                .filter(|e| {
                    matches!(
                        e["type"].as_str(),
                        Some("software_Package" | "software_File")
                    ) && e["spdxId"].is_string()
                })
                .count();
        }
        let len = |k: &str| v[k].as_array().map_or(0, Vec::len);
        len("packages") + len("files")
    } else if name.ends_with(".yaml") || name.ends_with(".yml") {
        let v: serde_yaml_ng::Value = serde_yaml_ng::from_str(text).expect("YAML");
        let len = |k: &str| v.get(k).and_then(|x| x.as_sequence()).map_or(0, Vec::len);
        len("packages") + len("files")
    } else {
        text.lines()
            .map(str::trim_start)
            .filter(|l| l.starts_with("PackageName:") || l.starts_with("FileName:"))
            .count()
    }
}

#[test]
fn real_world_spdx_documents() {
    let table = std::fs::read_to_string(root().join("strict.tsv")).unwrap_or_default();
    let expected: BTreeMap<&str, (&str, &str)> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, (cols.next()?, cols.next().unwrap_or(""))))
        })
        .collect();
    let mut failures = Vec::new();
    let mut seen = Vec::new();
    for name in documents() {
        let bytes = std::fs::read(root().join(&name)).expect("read");
        let want = independent_count(&name, &bytes);
        match parse_native_at::<Spdx>(&bytes, Validation::Standard) {
            Ok(got) if got.components.len() == want => {
                // Every diagnostic names its rule, from this parser's catalogue.
                for d in &got.diagnostics {
                    if !(spdx::rules::ALL.contains(&d.rule.as_str())
                        || d.rule == Validation::TRUNCATED_RULE)
                    {
                        failures.push(format!("{name}: a diagnostic without its rule: {d:?}"));
                    }
                }
            }
            Ok(got) => failures.push(format!(
                "{name}: standard read {} components, the document has {want}",
                got.components.len()
            )),
            Err(e) => failures.push(format!(
                "{name}: refused at standard: {} {:?}",
                e.message,
                e.diagnostics.first()
            )),
        }
        let strict = match parse_native_at::<Spdx>(&bytes, Validation::Strict) {
            Ok(_) => ("accepted", String::new()),
            Err(e) => (
                "refused",
                e.diagnostics
                    .first()
                    .map(|d| d.message.clone())
                    .unwrap_or_default(),
            ),
        };
        println!("{name}\t{}\t{}\t{want}", strict.0, strict.1);
        match expected.get(name.as_str()) {
            Some((outcome, reason)) if *outcome == strict.0 && strict.1.starts_with(reason) => {}
            Some(row) => failures.push(format!("{name}: strict {strict:?}, table says {row:?}")),
            None => failures.push(format!("{name}: not in strict.tsv (strict {strict:?})")),
        }
        seen.push(name);
    }
    assert!(seen.len() >= 78, "{} documents", seen.len());
    // CycloneDX rows are checked by the CycloneDX parser's own test.
    for name in expected
        .keys()
        .filter(|n| !n.contains("cyclonedx") && !n.contains(".cdx"))
    {
        if !seen.iter().any(|s| s == name) {
            failures.push(format!("{name}: in strict.tsv but not in the corpus"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn malformed_generator_output_is_refused_at_every_level_saying_why() {
    let dir = root().join("malformed/spdx-docfest-MetaSpdxscanner");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("dir").flatten() {
        // The tool wrote a Python bytes literal: `b'SPDXVersion: SPDX-2.2\n...'`.
        let bytes = std::fs::read(entry.path()).expect("read");
        assert!(bytes.starts_with(b"b'SPDXVersion:"));
        for level in Validation::ALL {
            let Err(e) = parse_native_at::<Spdx>(&bytes, level) else {
                panic!("{:?} accepted {}", level, entry.path().display());
            };
            assert!(e.message.contains("SPDX version"), "{}", e.message);
        }
        checked += 1;
    }
    assert_eq!(checked, 2);
}
