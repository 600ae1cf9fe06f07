//! Behaviour beyond the specification corpus: versions, ordering, paths, streaming size.

use cyclonedx::CycloneDx;
use traceguard_sdk::Severity;
use traceguard_sdk::parser::{SbomParser, parse_native_every_level};

fn json(spec: &str, components: &str, tail: &str) -> Vec<u8> {
    format!(r#"{{"bomFormat":"CycloneDX","specVersion":"{spec}","version":1,"components":[{components}]{tail}}}"#)
        .into_bytes()
}

#[test]
fn newer_minor_is_read_with_a_warning_older_and_unknown_are_rejected() {
    let got =
        parse_native_every_level::<CycloneDx>(&json("1.8", r#"{"type":"library","name":"a"}"#, ""));
    let Ok(got) = got else {
        panic!("1.8 should be read: {got:?}");
    };
    assert_eq!(got.components.len(), 1);
    assert!(
        got.diagnostics
            .iter()
            .any(|d| d.path == "/specVersion" && d.severity == Severity::Warning)
    );
    for old in ["1.1", "1.0", "2.0", "x"] {
        let got = parse_native_every_level::<CycloneDx>(&json(old, "", ""));
        assert!(got.is_err(), "{old} should be rejected");
    }
    let xml = br#"<bom xmlns="http://cyclonedx.org/schema/bom/1.9"><components><component type="library"><name>a</name></component></components></bom>"#;
    let got = parse_native_every_level::<CycloneDx>(xml)
        .map(|c| (c.components.len(), c.diagnostics.len()));
    assert_eq!(got, Ok((1, 1)));
    let xml = br#"<bom xmlns="http://cyclonedx.org/schema/bom/1.1"/>"#;
    assert!(parse_native_every_level::<CycloneDx>(xml).is_err());
}

#[test]
fn header_and_metadata_may_follow_the_components() {
    // specVersion after the components: version-dependent rules still apply correctly.
    let doc = br#"{"components":[{"type":"library","name":"a"}],"metadata":{"timestamp":"2024-01-31T12:00:00Z","component":{"type":"application","name":"app","version":"2"}},"bomFormat":"CycloneDX","specVersion":"1.3","version":1}"#;
    let err = parse_native_every_level::<CycloneDx>(doc).err();
    assert!(
        err.is_some_and(|e| e
            .diagnostics
            .iter()
            .any(|d| d.path == "/components/0" && d.message.contains("version is required"))),
        "1.3 requires a component version"
    );
    let doc = String::from_utf8_lossy(doc).replace("\"1.3\"", "\"1.4\"");
    let got = parse_native_every_level::<CycloneDx>(doc.as_bytes());
    let Ok(got) = got else {
        panic!("1.4 does not require a version: {got:?}");
    };
    let info = got.document.unwrap_or_else(|| panic!("no document info"));
    assert_eq!(info.spec_version, "1.4");
    assert_eq!(info.name.as_deref(), Some("app@2"));
    assert_eq!(info.created.as_deref(), Some("2024-01-31T12:00:00Z"));
    // A component type introduced in 1.5 is an error in a 1.4 document, whatever the order.
    let doc = br#"{"components":[{"type":"platform","name":"a"}],"bomFormat":"CycloneDX","specVersion":"1.4","version":1}"#;
    assert!(parse_native_every_level::<CycloneDx>(doc).is_err());
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let components = r#"{"type":"library","name":"a","bom-ref":"a"},
        {"type":"library","name":"b","bom-ref":"a","hashes":[{"alg":"SHA-256","content":"abc"}]},
        {"type":"nope","name":"c","purl":"not-a-purl","licenses":[{"license":{"id":"Nope-1.0"}}]}"#;
    let err = match parse_native_every_level::<CycloneDx>(&json("1.6", components, "")) {
        Ok(c) => panic!("accepted: {c:?}"),
        Err(e) => e,
    };
    let paths: Vec<(&str, Severity)> = err
        .diagnostics
        .iter()
        .map(|d| (d.path.as_str(), d.severity))
        .collect();
    for want in [
        ("/components/1/bom-ref", Severity::Error),
        ("/components/1/hashes/0/content", Severity::Error),
        ("/components/2/type", Severity::Error),
        ("/components/2/purl", Severity::Warning),
        ("/components/2/licenses/0/license/id", Severity::Error),
    ] {
        assert!(paths.contains(&want), "{want:?} missing from {paths:?}");
    }
}

#[test]
fn nested_components_are_flattened_depth_first_with_path_refs() {
    let components = r#"{"type":"library","name":"a","components":[{"type":"library","name":"a1"},{"type":"library","name":"a2","bom-ref":"x"}]},{"type":"library","name":"b"}"#;
    let tail = r##","dependencies":[{"ref":"x","dependsOn":["#/components/1","missing"]}]"##;
    let got = match parse_native_every_level::<CycloneDx>(&json("1.6", components, tail)) {
        Ok(c) => c,
        Err(e) => panic!("{e:?}"),
    };
    let refs: Vec<(&str, &str)> = got
        .components
        .iter()
        .map(|c| (c.name.as_str(), c.bom_ref.as_str()))
        .collect();
    assert_eq!(
        refs,
        [
            ("a", "#/components/0"),
            ("a1", "#/components/0/components/0"),
            ("a2", "x"),
            ("b", "#/components/1")
        ]
    );
    assert_eq!(got.dependencies.len(), 1);
    // The dangling reference is a warning, not an error.
    assert!(
        got.diagnostics
            .iter()
            .any(|d| d.path == "/dependencies/0/dependsOn/1")
    );
}

#[test]
fn xml_paths_and_output_match_json() {
    let xml = br#"<?xml version="1.0"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
  <components>
    <component type="library" bom-ref="a"><name>a</name><purl>pkg:npm/a@1</purl>
      <hashes><hash alg="SHA-1">zz</hash></hashes></component>
  </components>
</bom>"#;
    let err = parse_native_every_level::<CycloneDx>(xml).err();
    assert!(err.is_some_and(|e| {
        e.diagnostics
            .iter()
            .any(|d| d.path == "/bom/components/component[1]/hashes/hash[1]")
    }));
}

#[test]
fn detection() {
    let d = CycloneDx::detect(br#"{"bomFormat":"CycloneDX","specVersion":"1.5"}"#);
    assert_eq!((d.confidence, d.spec_version.as_deref()), (95, Some("1.5")));
    let d = CycloneDx::detect(
        b"\xEF\xBB\xBF<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\">",
    );
    assert_eq!((d.confidence, d.spec_version.as_deref()), (95, Some("1.4")));
    let d = CycloneDx::detect(b"<spdx:Document/>");
    assert_eq!(d.confidence, 0);
}

#[test]
fn many_components_stream_through() {
    let n = 20_000;
    let mut doc = String::from(r#"{"bomFormat":"CycloneDX","specVersion":"1.6","components":["#);
    for i in 0..n {
        if i > 0 {
            doc.push(',');
        }
        doc.push_str(&format!(
            r#"{{"type":"library","bom-ref":"c{i}","name":"c{i}","version":"1","purl":"pkg:npm/c{i}@1"}}"#
        ));
    }
    doc.push_str("]}");
    let got = parse_native_every_level::<CycloneDx>(doc.as_bytes()).map(|c| c.components.len());
    assert_eq!(got, Ok(n));
}

#[test]
fn other_sections_are_checked_element_by_element() {
    let tail = r#","vulnerabilities":[{"bom-ref":"v","id":"CVE-1"},{"bom-ref":"v","id":"CVE-2","created":"yesterday"}]"#;
    let err = parse_native_every_level::<CycloneDx>(&json(
        "1.6",
        r#"{"type":"library","name":"a"}"#,
        tail,
    ))
    .err();
    let diagnostics = err.map(|e| e.diagnostics).unwrap_or_default();
    let found: Vec<(&str, Severity)> = diagnostics
        .iter()
        .map(|d| (d.path.as_str(), d.severity))
        .collect();
    assert!(
        found.contains(&("/vulnerabilities/1/created", Severity::Error)),
        "{found:?}"
    );
    // A duplicate bom-ref outside components/services/metadata is only a warning.
    assert!(
        found.contains(&("/vulnerabilities/1/bom-ref", Severity::Warning)),
        "{found:?}"
    );
    let xml = br#"<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><vulnerabilities><vulnerability bom-ref="v"><id>CVE-1</id></vulnerability><vulnerability bom-ref="v"><created>yesterday</created></vulnerability></vulnerabilities></bom>"#;
    let diagnostics = parse_native_every_level::<CycloneDx>(xml)
        .err()
        .map(|e| e.diagnostics)
        .unwrap_or_default();
    let found: Vec<(&str, Severity)> = diagnostics
        .iter()
        .map(|d| (d.path.as_str(), d.severity))
        .collect();
    assert!(
        found.contains(&(
            "/bom/vulnerabilities/vulnerability[2]/created",
            Severity::Error
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "/bom/vulnerabilities/vulnerability[2]/@bom-ref",
            Severity::Warning
        )),
        "{found:?}"
    );
}

/// Documents over 16 MiB take the streaming JSON path; it must read them exactly like the
/// in-memory path reads smaller ones.
#[test]
fn a_document_over_the_in_memory_limit_streams_with_the_same_result() {
    let component = |i: usize| {
        format!(
            r#"{{"type":"library","bom-ref":"c{i}","name":"lib-{i}","version":"1.0.{i}","purl":"pkg:cargo/lib-{i}@1.0.{i}","description":"{pad}"}}"#,
            pad = "x".repeat(200)
        )
    };
    let doc = |n: usize| {
        let list: Vec<String> = (0..n).map(component).collect();
        format!(
            r#"{{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,"components":[{}]}}"#,
            list.join(",")
        )
    };
    let big = doc(70_000);
    assert!(big.len() > 16 << 20, "{} bytes", big.len());
    let streamed =
        traceguard_sdk::parser::parse_native_every_level::<cyclonedx::CycloneDx>(big.as_bytes())
            .expect("big");
    assert_eq!(streamed.components.len(), 70_000);
    let small = doc(10);
    let in_memory =
        traceguard_sdk::parser::parse_native_every_level::<cyclonedx::CycloneDx>(small.as_bytes())
            .expect("small");
    assert_eq!(in_memory.components[..], streamed.components[..10]);
}

/// The in-memory path checks the whole document as UTF-8 once and then reads it as text:
/// non-ASCII names come through intact, and a stray byte rejects the document with its place,
/// as the streaming path (serde_json's own per-string check) rejects it too.
#[test]
fn non_ascii_text_is_read_and_invalid_utf8_is_rejected_with_its_place() {
    let components = "{\"type\":\"library\",\"name\":\"caf\u{e9} \u{1f600}\",\"bom-ref\":\"\u{20ac}\",\n\"version\":\"1\"}";
    let doc = json("1.6", components, "");
    let got = parse_native_every_level::<CycloneDx>(&doc).expect("non-ASCII text is valid");
    assert_eq!(got.components[0].name, "caf\u{e9} \u{1f600}");
    assert_eq!(got.components[0].bom_ref, "\u{20ac}");

    // Cut the euro sign (three bytes) after its first byte. A byte order mark and a leading
    // line break come first: the position counts the line break (and the two spaces after it)
    // but not the mark, as serde_json's own syntax errors do.
    let at = doc
        .windows(3)
        .position(|w| w == "\u{20ac}".as_bytes())
        .expect("euro sign");
    // `doc` behind a mark and "\n  " (six bytes), with the byte at `i` of `doc` replaced.
    let prefixed = |i: usize, byte: u8| {
        let mut d = b"\xEF\xBB\xBF\n  ".to_vec();
        d.extend_from_slice(&doc);
        d[6 + i] = byte;
        d
    };
    let err =
        parse_native_every_level::<CycloneDx>(&prefixed(at + 1, b'"')).expect_err("invalid UTF-8");
    assert_eq!(err.diagnostics.len(), 1, "{:?}", err.diagnostics);
    let only = &err.diagnostics[0];
    assert_eq!(only.path, format!("line 2 column {}", 2 + at + 1));
    assert!(
        only.message
            .contains(&format!("invalid UTF-8 at byte {}", 3 + at)),
        "{only:?}"
    );
    // A syntax error reports the same line, counted from the leading line break.
    // `"bom-ref":x€"`
    let err =
        parse_native_every_level::<CycloneDx>(&prefixed(at - 1, b'x')).expect_err("syntax error");
    assert!(
        err.diagnostics
            .iter()
            .any(|d| d.path.starts_with("line 2 column ")),
        "{:?}",
        err.diagnostics
    );
    // A stray byte in a string of a streamed document (over 16 MiB) is rejected too.
    let mut big = format!(
        r#"{{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[{{"type":"library","name":"p","description":"{}"}},{{"type":"library","name":"#,
        "x".repeat(17 << 20)
    )
    .into_bytes();
    big.extend_from_slice(b"\"\xff\"}]}");
    let err = parse_native_every_level::<CycloneDx>(&big).expect_err("invalid UTF-8, streamed");
    assert!(
        err.diagnostics
            .iter()
            .any(|d| d.message.contains("unicode")),
        "{:?}",
        err.diagnostics
    );
}

/// Dependency paths are spelled out only when needed; every problem still names its place, and
/// a dangling reference is reported once, at its first place.
#[test]
fn dependency_problems_name_their_place() {
    let components = r#"{"type":"library","name":"a","bom-ref":"a"}"#;
    let tail = r#","dependencies":[
        7,
        {"ref":1},
        {"dependsOn":["a"]},
        {"ref":""},
        {"ref":"a","dependsOn":"a"},
        {"ref":"a","dependsOn":[2,"","gone"],"provides":["gone","later"]}
    ]"#;
    let err =
        parse_native_every_level::<CycloneDx>(&json("1.6", components, tail)).expect_err("invalid");
    let got: Vec<(&str, Severity, &str)> = err
        .diagnostics
        .iter()
        .filter(|d| d.path.starts_with("/dependencies"))
        .map(|d| (d.path.as_str(), d.severity, d.message.as_str()))
        .collect();
    // Errors in document order, then the dangling references (sorted), each once: "gone" at
    // its first place (dependsOn/2, not provides/0).
    assert_eq!(
        got,
        [
            (
                "/dependencies/0",
                Severity::Error,
                "a dependency must be an object, not a number"
            ),
            (
                "/dependencies/1/ref",
                Severity::Error,
                "ref must be a string, not a number"
            ),
            (
                "/dependencies/2",
                Severity::Error,
                "dependency ref is required"
            ),
            (
                "/dependencies/3/ref",
                Severity::Error,
                "dependency ref must not be empty"
            ),
            (
                "/dependencies/4/dependsOn",
                Severity::Error,
                "dependsOn must be an array, not a string"
            ),
            (
                "/dependencies/5/dependsOn/0",
                Severity::Error,
                "a dependency reference must be a string"
            ),
            (
                "/dependencies/5/dependsOn/1",
                Severity::Error,
                "a dependency reference must not be empty"
            ),
            (
                "/dependencies/5/dependsOn/2",
                Severity::Warning,
                "dependency names unknown bom-ref \"gone\""
            ),
            (
                "/dependencies/5/provides/1",
                Severity::Warning,
                "dependency names unknown bom-ref \"later\""
            ),
        ]
    );
    // A reference to a bom-ref defined further down the document is not dangling.
    let defined_later = json(
        "1.6",
        r#"{"type":"library","name":"a","bom-ref":"a"},{"type":"library","name":"l","bom-ref":"later"}"#,
        "",
    );
    let mut doc = String::from_utf8(defined_later).expect("utf-8");
    doc.insert_str(1, r#""dependencies":[{"ref":"a","provides":["later"]}],"#);
    let got = parse_native_every_level::<CycloneDx>(doc.as_bytes()).expect("valid");
    assert!(got.diagnostics.is_empty(), "{:?}", got.diagnostics);
}
