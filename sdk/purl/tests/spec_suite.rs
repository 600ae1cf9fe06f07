//! The package-url specification's own test suite (`tests/corpora/purl-spec/test-suite-data.json`,
//! the revision the PyPI package `packageurl-python` 0.17.6 ships, MIT): every valid purl parses
//! to the listed components and prints as the canonical form; every invalid one is refused.

use std::collections::BTreeMap;

use traceguard_purl::Purl;

/// Cases of this older revision of the suite whose expectation the current specification
/// changed, with the reason. Everything else must pass.
const SUPERSEDED: &[(&str, &str)] = &[
    (
        "valid golang purl",
        "expects the namespace with a trailing '/' (github.com/nats-io/nats-server/v2/); \
         segments never end with the separator, and the current suite expects none",
    ),
    (
        "maven often uses qualifiers",
        "expects '/' unencoded in a qualifier value; the current specification \
         (docs/standard/characters-and-encoding.md) percent-encodes separator characters not \
         used as separators, so the canonical value is repo.spring.io%2Frelease",
    ),
    (
        "maven pom reference",
        "same as \"maven often uses qualifiers\"",
    ),
];

#[test]
fn the_purl_specification_test_suite() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/corpora/purl-spec/test-suite-data.json"
    );
    let text = std::fs::read_to_string(path).expect("test-suite-data.json");
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).expect("JSON");
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let s = |v: &serde_json::Value| v.as_str().map(String::from);
    let mut failures = Vec::new();
    let mut superseded = 0;
    for case in &cases {
        let purl = case["purl"].as_str().expect("purl");
        let what = case["description"].as_str().unwrap_or(purl);
        if SUPERSEDED.iter().any(|(d, _)| *d == what) {
            superseded += 1;
            continue;
        }
        let parsed = Purl::parse(purl);
        if case["is_invalid"].as_bool() == Some(true) {
            if let Ok(p) = parsed {
                failures.push(format!("{what}: {purl} should be refused, read as {p}"));
            }
            continue;
        }
        let p = match parsed {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("{what}: {purl} refused: {e}"));
                continue;
            }
        };
        let qualifiers: BTreeMap<String, String> = case["qualifiers"]
            .as_object()
            .map(|q| {
                q.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        let want = (
            s(&case["type"]).unwrap_or_default(),
            s(&case["namespace"]),
            s(&case["name"]).unwrap_or_default(),
            s(&case["version"]),
            qualifiers,
            s(&case["subpath"]),
        );
        let got = (
            p.ty.clone(),
            p.namespace.clone(),
            p.name.clone(),
            p.version.clone(),
            p.qualifiers.clone(),
            p.subpath.clone(),
        );
        if got != want {
            failures.push(format!("{what}: {purl} read as {got:?}, want {want:?}"));
        }
        if let Some(canonical) = case["canonical_purl"].as_str()
            && p.to_string() != canonical
        {
            failures.push(format!(
                "{what}: {purl} prints as {p}, canonical {canonical}"
            ));
        }
    }
    assert_eq!(
        superseded,
        SUPERSEDED.len(),
        "every superseded case is in the suite"
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
