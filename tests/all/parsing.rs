//! The built-in CycloneDX JSON parser on the specification's conformance files, and atomicity:
//! a rejected document leaves nothing behind.

use std::path::PathBuf;

use traceguard::service::Output;

use crate::common::*;

/// The CycloneDX conformance files in JSON whose names start with `prefix`.
fn corpus(prefix: &str) -> Vec<PathBuf> {
    corpus_of(prefix, &[".json"])
}

fn corpus_of(prefix: &str, extensions: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for version in ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] {
        let dir = root().join("tests/corpora/cyclonedx").join(version);
        for entry in std::fs::read_dir(&dir).expect("corpus dir") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if name.starts_with(prefix) && extensions.iter().any(|e| name.ends_with(e)) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Components in a CycloneDX JSON document, nested ones included, counted independently.
fn expected_components(doc: &serde_json::Value) -> u64 {
    fn walk(list: &serde_json::Value) -> u64 {
        list.as_array().map_or(0, |items| {
            items.iter().map(|c| 1 + walk(&c["components"])).sum()
        })
    }
    walk(&doc["components"])
}

#[test]
fn every_valid_cyclonedx_json_document_ingests() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("v", u64::MAX / 4).expect("tenant");
    let files = corpus("valid-");
    assert!(files.len() > 150, "the corpus is present");
    let mut failures = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("read");
        let report = service
            .parse("v", "cyclonedx", &bytes, &opts(1_000_000_000))
            .expect("served");
        let doc: serde_json::Value = serde_json::from_slice(&bytes).expect("corpus file is JSON");
        match &report.output {
            Some(Output::Sbom {
                components,
                format,
                spec_version,
                ..
            }) if report.ok() => {
                assert_eq!(*components, expected_components(&doc), "{}", path.display());
                assert_eq!(format, "cyclonedx");
                assert_eq!(Some(spec_version.as_str()), doc["specVersion"].as_str());
            }
            _ => failures.push(format!(
                "{}: {:?} {:?}",
                path.display(),
                report.error,
                report.error_diagnostics
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} valid files rejected:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn a_wrong_bom_format_is_rejected_with_a_diagnostic_and_nothing_stored() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("i", 1_000_000_000).expect("tenant");
    for path in corpus("invalid-bomformat-") {
        let bytes = std::fs::read(&path).expect("read");
        let report = service
            .parse("i", "cyclonedx", &bytes, &opts(100_000_000))
            .expect("served");
        assert_failed_cleanly(&service, &report, "rejected");
        assert!(
            report
                .error_diagnostics
                .iter()
                .any(|d| d.path == "/bomFormat"),
            "{}: {:?}",
            path.display(),
            report.error_diagnostics
        );
    }
    assert_eq!(count(&service, "SELECT count(*) FROM sboms"), 0);
    assert_eq!(count(&service, "SELECT count(*) FROM components"), 0);
}

#[test]
fn malformed_json_is_rejected_with_its_position() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("m", 1_000_000_000).expect("tenant");
    let truncated = &SAMPLE[..SAMPLE.len() / 2];
    let report = service
        .parse("m", "cyclonedx", truncated, &opts(500_000_000))
        .expect("served");
    assert_failed_cleanly(&service, &report, "rejected");
    assert!(
        report.error_diagnostics[0].path.starts_with("line "),
        "{:?}",
        report.error_diagnostics
    );
}

#[test]
fn deep_nesting_is_read_or_refused_in_the_sandbox_without_a_trap() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant("deep", 10_000_000_000)
        .expect("tenant");
    // Components nested 60 deep (122 levels of JSON, under serde_json's limit of 128): each
    // level is read recursively by the plugin, and all of them are stored, flattened.
    let mut nested = String::new();
    for i in 0..60 {
        nested.push_str(&format!(
            r#"{{"type":"library","name":"n{i}","bom-ref":"r{i}","components":["#
        ));
    }
    nested.push_str(&"]}".repeat(60));
    let doc = format!(
        r#"{{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[{nested}]}}"#
    );
    let report = service
        .parse("deep", "cyclonedx", doc.as_bytes(), &opts(1_000_000_000))
        .expect("served");
    assert!(
        report.ok(),
        "{:?} {:?}",
        report.error,
        report.error_diagnostics
    );
    match &report.output {
        Some(Output::Sbom { components, .. }) => assert_eq!(*components, 60),
        other => panic!("not an SBOM: {other:?}"),
    }
    // Arrays nested 5,000 deep in another section: refused with a diagnostic, not a trap of
    // the plugin's stack, and nothing stored, at every validation level.
    let bomb = format!(
        r#"{{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"vulnerabilities":{}{}}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    for level in traceguard::state::Validation::ALL {
        let at_level = traceguard::service::InvokeOptions {
            validation: Some(level),
            ..opts(1_000_000_000)
        };
        let report = service
            .parse("deep", "cyclonedx", bomb.as_bytes(), &at_level)
            .expect("served");
        assert_failed_cleanly(&service, &report, "rejected");
        assert!(
            report
                .error_diagnostics
                .iter()
                .any(|d| d.message.contains("recursion limit")),
            "{level:?}: {:?}",
            report.error_diagnostics
        );
    }
    assert_eq!(
        count(&service, "SELECT count(*) FROM components"),
        60,
        "only the first document's components"
    );
}

#[test]
fn a_document_failing_late_leaves_nothing_behind() {
    // Valid up to the end, where a duplicate bom-ref makes the parser reject it after it has
    // already pushed batches of components to the host.
    let mut doc: serde_json::Value =
        serde_json::from_slice(&generated_sbom(3_000, "late")).expect("generated");
    let components = doc["components"].as_array_mut().expect("components");
    let first = components[0].clone();
    components.push(first);
    let bytes = serde_json::to_vec(&doc).expect("json");
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant("late", 10_000_000_000)
        .expect("tenant");
    let report = service
        .parse("late", "cyclonedx", &bytes, &strict(5_000_000_000))
        .expect("served");
    assert_failed_cleanly(&service, &report, "rejected");
    assert!(
        report
            .error_diagnostics
            .iter()
            .any(|d| d.message.contains("duplicate bom-ref"))
    );
    assert_eq!(
        count(&service, "SELECT count(*) FROM components"),
        0,
        "no component of the rejected document is stored"
    );
    assert!(
        report.gas.get(traceguard::gas::GasClass::RowWritten) > 0,
        "the pushes were still charged"
    );
}

#[test]
fn the_same_document_twice_is_stored_once() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("d", 10_000_000_000).expect("tenant");
    let first = service
        .parse("d", "cyclonedx", SAMPLE, &opts(500_000_000))
        .expect("first");
    let second = service
        .parse("d", "cyclonedx", SAMPLE, &opts(500_000_000))
        .expect("second");
    assert!(matches!(
        first.output,
        Some(Output::Sbom {
            duplicate: false,
            ..
        })
    ));
    assert!(matches!(
        second.output,
        Some(Output::Sbom {
            duplicate: true,
            ..
        })
    ));
    assert_eq!(count(&service, "SELECT count(*) FROM components"), 329);
    // Another tenant's copy is its own.
    service.create_tenant("e", 10_000_000_000).expect("tenant");
    service
        .parse("e", "cyclonedx", SAMPLE, &opts(500_000_000))
        .expect("other tenant");
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM components WHERE tenant = 'e'"
        ),
        329
    );
    assert!(
        service
            .evaluate("e", "license-policy", Some("not-an-id"), &opts(1_000_000))
            .is_err(),
        "unknown SBOM id is refused"
    );
}

/// Every corpus document through the *embedded* plugins, the way `traceguard ingest` runs
/// them: the parser is chosen by content detection, then the document is ingested. Prints the
/// pass/fail count per set (the native per-parser tables are in docs/conformance.md).
#[test]
fn the_corpora_ingest_through_detection_and_the_embedded_plugins() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("c", u64::MAX / 4).expect("tenant");
    let mut files: Vec<(String, PathBuf, bool)> = Vec::new();
    for version in ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] {
        let dir = root().join("tests/corpora/cyclonedx").join(version);
        for entry in std::fs::read_dir(&dir).expect("corpus").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let ext = name.rsplit('.').next().unwrap_or_default().to_string();
            let valid = name.starts_with("valid-");
            if valid || name.starts_with("invalid-") || name.starts_with("informal-invalid-") {
                let set = format!(
                    "cyclonedx {version} {ext} {}",
                    if valid { "valid" } else { "invalid" }
                );
                files.push((set, entry.path(), valid));
            }
        }
    }
    let spdx = root().join("tests/corpora/spdx");
    for (name, valid) in [
        ("SPDXJSONExample-v2.2.spdx.json", true),
        ("SPDXJSONExample-v2.3.spdx.json", true),
        ("SPDXJSONExample-v2.3-with-exception.spdx.json", true),
        ("SPDXTagExample-v2.2.spdx", true),
        ("SPDXTagExample-v2.2-warning.spdx", true),
        ("SPDXTagExample-v2.3.spdx", true),
        ("SPDXYAMLExample-2.3.spdx.yaml", true),
        ("SPDXJsonLDExample-v3.0.1.json", true),
        ("SPDXJSONExample-wrongversion.spdx.json", false),
        ("SPDXWrongVersion.spdx.json", false),
    ] {
        let set = format!("spdx {}", if valid { "valid" } else { "invalid" });
        files.push((set, spdx.join(name), valid));
    }
    // The other `templates/` files are NIST Decima templates wrapping a tag, not tags; the
    // swid plugin's native conformance test materialises them.
    let swid = root().join("tests/corpora/swid");
    for entry in std::fs::read_dir(swid.join("other"))
        .expect("swid corpus")
        .flatten()
    {
        files.push(("swid baseline".into(), entry.path(), true));
    }
    files.push((
        "swid baseline".into(),
        swid.join("templates/minimal-swid.xml"),
        true,
    ));
    files.sort();

    service.create_tenant("s", u64::MAX / 4).expect("tenant");
    let mut kept_at_standard = 0;
    let mut counts: std::collections::BTreeMap<String, (u32, u32)> = Default::default();
    let mut failures = Vec::new();
    for (set, path, valid) in &files {
        let bytes = std::fs::read(path).expect("read");
        let head = &bytes[..bytes.len().min(traceguard::runtime::DETECT_HEAD)];
        let detected = service.detect(head).expect("detect");
        let expected_format = set.split(' ').next().unwrap_or_default();
        let passed = match (&detected, valid) {
            (Some((plugin, answer)), true) => {
                let report = service
                    .parse("c", &plugin.id, &bytes, &strict(10_000_000_000))
                    .expect("served");
                answer.format == expected_format && report.ok()
            }
            // An invalid document may be recognised and rejected at `strict`, or not recognised
            // at all. At `standard` (another tenant) it is kept with at least one error
            // diagnostic, or refused as uninterpretable with its reasons.
            (Some((plugin, _)), false) => {
                let report = service
                    .parse("c", &plugin.id, &bytes, &strict(10_000_000_000))
                    .expect("served");
                let standard = service
                    .parse("s", &plugin.id, &bytes, &opts(10_000_000_000))
                    .expect("served");
                let kept_with_errors =
                    standard.ok() && standard.diagnostics().iter().any(|d| d.severity == "error");
                // Refused for what makes it uninterpretable, never by the strict rule.
                let refused_with_reasons = !standard.ok()
                    && standard
                        .error
                        .as_deref()
                        .is_some_and(|e| !e.contains("validation: strict"))
                    && !standard.error_diagnostics.is_empty();
                if kept_with_errors {
                    kept_at_standard += 1;
                }
                !report.ok()
                    && !report.error_diagnostics.is_empty()
                    && (kept_with_errors || refused_with_reasons)
            }
            (None, valid) => !valid,
        };
        let entry = counts.entry(set.clone()).or_default();
        if passed {
            entry.0 += 1;
        } else {
            entry.1 += 1;
            failures.push(format!("{set}: {} (detected {detected:?})", path.display()));
        }
    }
    for (set, (pass, fail)) in &counts {
        println!("{set:<28} pass {pass:>3}  fail {fail:>3}");
    }
    assert!(counts.len() >= 22, "every set is present: {counts:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Accepted documents were stored; rejected ones left nothing.
    let accepted: u32 = files.iter().filter(|f| f.2).count() as u32;
    let stored = count(
        &service,
        "SELECT count(DISTINCT id) FROM sboms WHERE tenant = 'c'",
    );
    assert!(stored > 0 && stored <= u64::from(accepted));
    println!("invalid documents kept at standard with error diagnostics: {kept_at_standard}");
    assert!(kept_at_standard > 100, "{kept_at_standard}");
}

#[test]
fn the_host_receives_exactly_what_the_parser_makes_natively() {
    // The host reads pushed batches out of guest memory itself (runtime::lift): every field of
    // every component and edge, in order, must be what the same parser code hands over
    // natively. The sample and every valid conformance file, JSON and XML.
    use std::sync::Arc;
    use traceguard::gas::GasSchedule;
    use traceguard::runtime::{Collect, InputState, Sandbox};

    let sandbox = Sandbox::new(test_config(), GasSchedule::default_schedule()).expect("sandbox");
    let parser = load_builtin(&sandbox, "cyclonedx");
    let spec = call_spec(10_000_000_000);
    let mut documents = vec![("sample".to_string(), SAMPLE.to_vec())];
    for path in corpus_of("valid-", &[".json", ".xml"]) {
        let bytes = std::fs::read(&path).expect("read corpus file");
        documents.push((path.display().to_string(), bytes));
    }
    let (mut components, mut edges) = (0, 0);
    // How often each kind of field occurs, so that the comparison covers all of them.
    let (mut licenses, mut hashes, mut some, mut none, mut targets) = (0, 0, 0, 0, 0);
    for (name, bytes) in documents {
        let native = traceguard_sdk::parser::parse_native::<cyclonedx::CycloneDx>(&bytes)
            .unwrap_or_else(|e| panic!("{name}: native parse failed: {}", e.message));
        let collect = Collect::default();
        let outcome = sandbox.parse(
            &parser,
            InputState::bytes(Arc::from(bytes)),
            Box::new(collect.clone()),
            &spec,
        );
        outcome
            .result
            .unwrap_or_else(|e| panic!("{name}: sandboxed parse failed: {e}"));
        let (sandboxed_components, sandboxed_dependencies) = collect.take();
        // The host's and the guest's bindings are different types: compare them field by field.
        macro_rules! fields {
            ($components:expr) => {
                $components
                    .iter()
                    .map(|c| {
                        let hashes = c.hashes.iter().map(|h| (&h.algorithm, &h.value));
                        let strings = (&c.bom_ref, &c.name, &c.version, &c.purl, &c.cpe);
                        let more = (&c.supplier, &c.licenses, format!("{:?}", c.kind));
                        (strings, more, hashes.collect::<Vec<_>>())
                    })
                    .collect::<Vec<_>>()
            };
        }
        let (host, guest) = (fields!(sandboxed_components), fields!(native.components));
        assert_eq!(host, guest, "{name}");
        let host: Vec<_> = sandboxed_dependencies
            .iter()
            .map(|d| (&d.ref_, &d.depends_on))
            .collect();
        let guest: Vec<_> = native
            .dependencies
            .iter()
            .map(|d| (&d.ref_, &d.depends_on))
            .collect();
        assert_eq!(host, guest, "{name}");
        components += native.components.len();
        edges += native.dependencies.len();
        for c in &native.components {
            licenses += c.licenses.len();
            hashes += c.hashes.len();
            for field in [&c.version, &c.purl, &c.cpe, &c.supplier] {
                if field.is_some() {
                    some += 1;
                } else {
                    none += 1;
                }
            }
        }
        targets += native
            .dependencies
            .iter()
            .map(|d| d.depends_on.len())
            .sum::<usize>();
    }
    // Enough of every kind of field for the comparison to mean something.
    assert!(
        components > 300 && edges > 100,
        "{components} components, {edges} edge sets"
    );
    assert!(
        licenses > 100 && hashes > 100 && some > 300 && none > 100 && targets > 100,
        "{licenses} licences, {hashes} hashes, {some} optional fields set, {none} unset, {targets} targets"
    );
}

/// Detection on the shapes real files come in: a UTF-8 byte order mark, pretty-printing with the
/// version key far into the document, XML with a declaration, comments and a namespace prefix,
/// tag-value and YAML that open with comments. Each goes to the right parser and ingests.
#[test]
fn detection_sends_real_file_shapes_to_the_right_parser() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("d", u64::MAX / 4).expect("tenant");
    let read = |p: &str| std::fs::read_to_string(root().join(p)).expect("read");

    let cdx = read("tests/corpora/cyclonedx/1.5/valid-bom-1.5.json");
    let with_bom = format!("\u{feff}{cdx}");
    // SPDX JSON whose `spdxVersion` comes after 4 KiB of packages (keys in another order).
    let spdx: serde_json::Value =
        serde_json::from_str(&read("tests/corpora/spdx/SPDXJSONExample-v2.3.spdx.json"))
            .expect("JSON");
    let mut late = serde_json::Map::new();
    let packages = spdx["packages"].clone();
    late.insert("packages".into(), packages);
    for (k, v) in spdx.as_object().expect("object") {
        late.entry(k.clone()).or_insert(v.clone());
    }
    let late = serde_json::to_string_pretty(&serde_json::Value::Object(late)).expect("JSON");
    assert!(
        late.find("spdxVersion").expect("version") > 4096,
        "the version is late"
    );
    let xml = read("tests/corpora/cyclonedx/1.5/valid-bom-1.5.xml");
    let body = xml
        .split_once("?>")
        .map_or(xml.as_str(), |(_, rest)| rest)
        .replace("<bom ", "<cdx:bom ")
        .replace("</bom>", "</cdx:bom>")
        .replace("xmlns=\"http://cyclonedx.org/schema/bom/1.5\"", "xmlns:cdx=\"http://cyclonedx.org/schema/bom/1.5\" xmlns=\"http://cyclonedx.org/schema/bom/1.5\"");
    let prefixed = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated by a tool; <bom> in a comment -->\n{body}"
    );
    let tag_value = format!(
        "## SPDX document\n# written by hand\n\n{}",
        read("tests/corpora/spdx/SPDXTagExample-v2.3.spdx")
    );
    let yaml = format!(
        "# an SPDX YAML document, written by a tool\n# with two comment lines\n{}",
        read("tests/corpora/spdx/SPDXYAMLExample-2.3.spdx.yaml")
    );
    let cases: [(&str, &str, &str); 5] = [
        ("byte order mark", &with_bom, "cyclonedx"),
        ("spdxVersion late", &late, "spdx"),
        ("prefixed XML with comments", &prefixed, "cyclonedx"),
        ("tag-value with comments", &tag_value, "spdx"),
        ("YAML with comments", &yaml, "spdx"),
    ];
    for (what, doc, parser) in cases {
        let head = &doc.as_bytes()[..doc.len().min(traceguard::runtime::DETECT_HEAD)];
        let (row, detection) = service
            .detect(head)
            .expect("detect")
            .unwrap_or_else(|| panic!("{what}: no parser recognises it"));
        assert_eq!(row.name, parser, "{what}: {detection:?}");
        let report = service
            .parse("d", &row.id, doc.as_bytes(), &opts(1_000_000_000))
            .expect("served");
        assert!(
            report.ok(),
            "{what}: {:?} {:?}",
            report.error,
            report.error_diagnostics
        );
    }
}

/// The real-world corpus through detection and the embedded plugins at the default level: every
/// document is accepted with the components `strict.tsv` counts for it (see
/// `plugins/spdx/tests/real_world.rs` for the count and the strict outcomes).
#[test]
fn real_world_documents_ingest_at_the_default_level() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("r", u64::MAX / 4).expect("tenant");
    let corpus = root().join("tests/corpora/real-world");
    let table = std::fs::read_to_string(corpus.join("strict.tsv")).expect("strict.tsv");
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let (name, want) = (cols[0], cols[3].parse::<u64>().expect("count"));
        let bytes = std::fs::read(corpus.join(name)).expect("read");
        let head = &bytes[..bytes.len().min(traceguard::runtime::DETECT_HEAD)];
        let Some((plugin, _)) = service.detect(head).expect("detect") else {
            failures.push(format!("{name}: no parser recognises it"));
            continue;
        };
        let report = service
            .parse("r", &plugin.id, &bytes, &opts(u64::MAX / 8))
            .expect("served");
        match &report.output {
            Some(Output::Sbom { components, .. }) if *components == want => {}
            _ => failures.push(format!(
                "{name}: {:?} {:?} (want {want} components)",
                report.outcome, report.error
            )),
        }
        checked += 1;
    }
    assert!(checked >= 189, "{checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
