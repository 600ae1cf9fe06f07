//! The package-url specification's own test suite (`tests/data/`, see its README), run case by
//! case: `parse` cases against the decoded components, `validate` cases against the canonical
//! string, `build` cases through [`Purl::build`], and every expected failure refused, by
//! [`Purl::check`] as well as by [`Purl::parse`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use traceguard_purl::Purl;

/// Cases this parser does not meet on purpose, by (file, test type, input as JSON text), each
/// with the reason. Keep it short: a case belongs here only when meeting it would go against how
/// the parser is used, never because it is hard.
const EXCLUDED: &[(&str, &str, &str, &str)] = &[
    // Qualifier keys are lowercased, not refused: the suite's own `validate` cases for these very
    // inputs expect `?platform=java` and `?arch=i386&distro=fedora-25`, the specification's
    // parsing algorithm lowercases keys, and SBOMs in the wild write keys in any case.
    (
        "types/gem-test.json",
        "parse",
        r#""pkg:gem/jruby-launcher@1.1.2?Platform=java""#,
        "uppercase qualifier key refused",
    ),
    (
        "types/rpm-test.json",
        "parse",
        r#""pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25""#,
        "uppercase qualifier keys refused",
    ),
    // The git type definition says namespace and name are case-sensitive (its own example keeps
    // `gitlab.gnome.org/GNOME/adwaita-fonts`); this `recommended` case lowercases them anyway.
    // Lowercasing would merge distinct repositories on case-sensitive hosts.
    (
        "types/git-test.json",
        "validate",
        r#""pkg:git/github/Package-url/purl-Spec@244fd47e07d1004f0aed9c""#,
        "git namespace and name lowercased",
    ),
];

/// One test case of the suite (schema `purl-test.schema-0.2.json`).
struct Case {
    file: String,
    description: String,
    test_type: String,
    input: Value,
    expected_output: Value,
    expected_failure: bool,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Every case of every `*.json` file under `tests/data/spec` and `tests/data/types`.
fn cases() -> Vec<Case> {
    let mut files = Vec::new();
    for dir in ["spec", "types"] {
        let dir = data_dir().join(dir);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; the suite's files come from package-url/purl-spec, see tests/data/README.md",
                dir.display()
            )
        });
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable test file");
        let doc: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
        let name = path
            .strip_prefix(data_dir())
            .expect("under the data directory")
            .display()
            .to_string();
        let tests = doc["tests"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no `tests` array"));
        for t in tests {
            cases.push(Case {
                file: name.clone(),
                description: t["description"].as_str().unwrap_or_default().to_string(),
                test_type: t["test_type"].as_str().unwrap_or_default().to_string(),
                input: t["input"].clone(),
                expected_output: t["expected_output"].clone(),
                expected_failure: t["expected_failure"].as_bool().unwrap_or(false),
            });
        }
    }
    cases
}

/// A parsed purl as the suite writes decoded components.
fn components(p: &Purl) -> Value {
    let opt = |s: &Option<String>| s.as_ref().map_or(Value::Null, |s| Value::from(s.as_str()));
    let qualifiers = if p.qualifiers.is_empty() {
        Value::Null
    } else {
        p.qualifiers
            .iter()
            .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    serde_json::json!({
        "type": p.ty,
        "namespace": opt(&p.namespace),
        "name": p.name,
        "version": opt(&p.version),
        "qualifiers": qualifiers,
        "subpath": opt(&p.subpath),
    })
}

/// Parses `input`, insisting that [`Purl::check`] gives the same verdict.
fn parse(input: &str) -> Result<Purl, String> {
    let parsed = Purl::parse(input);
    let checked = Purl::check(input);
    if checked != parsed.as_ref().map(drop).map_err(Clone::clone) {
        return Err(format!(
            "check says {checked:?} but parse says {:?}",
            parsed.as_ref().map(drop)
        ));
    }
    parsed.map_err(|e| e.to_string())
}

/// Builds a purl from the suite's component object.
fn build(input: &Value) -> Result<Purl, String> {
    let text = |key: &str| input[key].as_str();
    let mut qualifiers = BTreeMap::new();
    if let Some(map) = input["qualifiers"].as_object() {
        for (k, v) in map {
            qualifiers.insert(k.as_str(), v.as_str().unwrap_or_default());
        }
    }
    let qualifiers: Vec<(&str, &str)> = qualifiers.into_iter().collect();
    Purl::build(
        text("type").unwrap_or_default(),
        text("namespace"),
        text("name").unwrap_or_default(),
        text("version"),
        &qualifiers,
        text("subpath"),
    )
    .map_err(|e| e.to_string())
}

/// What went wrong with one case, or `None` when it passed.
fn run(case: &Case) -> Option<String> {
    let input_text = case.input.as_str().unwrap_or_default();
    let outcome = match case.test_type.as_str() {
        "parse" => parse(input_text).map(|p| components(&p)),
        "validate" => parse(input_text).map(|p| Value::from(p.to_string())),
        "build" => build(&case.input).map(|p| Value::from(p.to_string())),
        other => return Some(format!("unknown test type {other:?}")),
    };
    match (outcome, case.expected_failure) {
        (Ok(got), false) if got == case.expected_output => None,
        (Ok(got), false) => Some(format!("expected {}, got {got}", case.expected_output)),
        (Ok(got), true) => Some(format!("expected a failure, got {got}")),
        (Err(e), false) => Some(format!("expected {}, got error: {e}", case.expected_output)),
        (Err(_), true) => None,
    }
}

#[test]
fn the_specification_test_suite_passes() {
    let cases = cases();
    // The suite has hundreds of cases of each type; an empty or truncated copy must not pass.
    for ty in ["parse", "validate", "build"] {
        let n = cases.iter().filter(|c| c.test_type == ty).count();
        assert!(n >= 100, "only {n} {ty} cases were found");
    }
    let mut failures = Vec::new();
    let mut excluded_hit = vec![false; EXCLUDED.len()];
    for case in &cases {
        let input = case.input.to_string();
        let excluded = EXCLUDED
            .iter()
            .position(|(f, t, i, _)| *f == case.file && *t == case.test_type && *i == input);
        let failure = run(case);
        match (excluded, failure) {
            (Some(i), Some(_)) => excluded_hit[i] = true,
            (Some(i), None) => {
                excluded_hit[i] = true;
                failures.push(format!(
                    "{} [{}] {input}: excluded ({}) but passes; remove it from EXCLUDED",
                    case.file, case.test_type, EXCLUDED[i].3
                ));
            }
            (None, Some(why)) => failures.push(format!(
                "{} [{}] {:?} {input}: {why}",
                case.file, case.test_type, case.description
            )),
            (None, None) => {}
        }
    }
    for (hit, (file, ty, input, _)) in excluded_hit.iter().zip(EXCLUDED) {
        if !hit {
            failures.push(format!(
                "{file} [{ty}] {input}: in EXCLUDED but no such case fails"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
