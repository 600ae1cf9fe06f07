//! Real-world-style Rego rule sets run natively over a small SBOM, with exact findings.

use rego::RegoPolicy;
use traceguard_sdk::policy::{Evaluation, evaluate_native};
use traceguard_sdk::{
    Component, Dependency, Diagnostic, DocumentInfo, Finding, Hash, PluginError, Severity,
};

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

fn component(
    bom_ref: &str,
    name: &str,
    version: &str,
    purl: Option<&str>,
    licenses: &[&str],
    sha256: Option<&str>,
) -> Component {
    let mut c = Component::new(bom_ref, name);
    c.version = Some(version.into());
    c.purl = purl.map(Into::into);
    c.licenses = licenses.iter().map(|l| (*l).to_string()).collect();
    c.hashes = sha256
        .map(|v| Hash {
            algorithm: "SHA-256".into(),
            value: v.into(),
        })
        .into_iter()
        .collect();
    c
}

fn components() -> Vec<Component> {
    vec![
        component(
            "pkg:npm/lodash@4.17.21",
            "lodash",
            "4.17.21",
            Some("pkg:npm/lodash@4.17.21"),
            &["MIT"],
            Some("aa11"),
        ),
        component(
            "pkg:npm/event-stream@3.3.6",
            "event-stream",
            "3.3.6",
            Some("pkg:npm/event-stream@3.3.6"),
            &["MIT"],
            None,
        ),
        component(
            "pkg:maven/org.example/gpl-lib@1.0",
            "gpl-lib",
            "1.0",
            Some("pkg:maven/org.example/gpl-lib@1.0"),
            &["GPL-3.0-only"],
            Some("bb22"),
        ),
        component(
            "vendored-zlib",
            "zlib",
            "1.3.1",
            None,
            &["Zlib"],
            Some("cc33"),
        ),
        component(
            "pkg:pypi/colourama@0.4.6",
            "colourama",
            "0.4.6",
            Some("pkg:pypi/colourama@0.4.6"),
            &[],
            Some("dd44"),
        ),
    ]
}

fn dependencies() -> Vec<Dependency> {
    vec![Dependency {
        ref_: "pkg:npm/lodash@4.17.21".into(),
        depends_on: vec!["pkg:npm/event-stream@3.3.6".into()],
    }]
}

fn run(config: &[(&str, &str)]) -> Result<Evaluation, PluginError> {
    evaluate_native::<RegoPolicy>(&info(), &components(), &dependencies(), config)
}

fn finding(
    rule: &str,
    severity: Severity,
    component: Option<&str>,
    message: &str,
    remediation: Option<&str>,
) -> Finding {
    let f = Finding::new(rule, severity, component.map(Into::into), message);
    match remediation {
        Some(r) => f.with_remediation(r),
        None => f,
    }
}

const LICENCE_ALLOW_LIST: &str = r#"
package traceguard

allowed := {"MIT", "Apache-2.0", "BSD-3-Clause", "Zlib"}

deny contains {
    "rule_id": "license/not-allowed",
    "component_ref": c.bom_ref,
    "message": sprintf("%s@%s is licensed under %s, which is not allowed", [c.name, c.version, l]),
    "remediation": "replace the component or obtain a licence exception",
} if {
    some c in input.components
    some l in c.licenses
    not allowed[l]
}

deny contains {
    "rule_id": "license/missing",
    "severity": "warning",
    "component_ref": c.bom_ref,
    "message": sprintf("%s declares no licence", [c.name]),
} if {
    some c in input.components
    count(c.licenses) == 0
}
"#;

#[test]
fn licence_allow_list() {
    let evaluation = run(&[("policy", LICENCE_ALLOW_LIST)]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![
            finding(
                "license/missing",
                Severity::Warning,
                Some("pkg:pypi/colourama@0.4.6"),
                "colourama declares no licence",
                None,
            ),
            finding(
                "license/not-allowed",
                Severity::Error,
                Some("pkg:maven/org.example/gpl-lib@1.0"),
                "gpl-lib@1.0 is licensed under GPL-3.0-only, which is not allowed",
                Some("replace the component or obtain a licence exception"),
            ),
        ]
    );
    assert!(!evaluation.passed);
}

const PROVENANCE: &str = r#"
package traceguard

deny contains {
    "rule_id": "provenance/purl",
    "component_ref": c.bom_ref,
    "message": sprintf("%s has no package URL", [c.name]),
    "remediation": "identify the component with a purl",
} if {
    some c in input.components
    not c.purl
}

deny contains {
    "rule_id": "provenance/hash",
    "severity": "warning",
    "component_ref": c.bom_ref,
    "message": sprintf("%s has no hash", [c.name]),
} if {
    some c in input.components
    count(c.hashes) == 0
}

deny contains "the SBOM names no creation tool" if count(input.document.tools) == 0
"#;

#[test]
fn provenance_presence() {
    let evaluation = run(&[("policy", PROVENANCE)]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![
            finding(
                "provenance/hash",
                Severity::Warning,
                Some("pkg:npm/event-stream@3.3.6"),
                "event-stream has no hash",
                None,
            ),
            finding(
                "provenance/purl",
                Severity::Error,
                Some("vendored-zlib"),
                "zlib has no package URL",
                Some("identify the component with a purl"),
            ),
        ]
    );
    assert!(!evaluation.passed);
}

/// Banned packages through a custom query, with plain-string and warning-only entries.
const BANNED: &str = r#"
package supplychain.banned

banned := {"event-stream", "colourama", "left-pad"}

violations contains sprintf("banned package %s", [c.purl]) if {
    some c in input.components
    c.purl
    parts := split(split(c.purl, "@")[0], "/")
    banned[parts[count(parts) - 1]]
}

violations contains {
    "rule_id": "banned/edges",
    "severity": "info",
    "message": sprintf("%d dependency edge sets reviewed", [count(input.dependencies)]),
} if true
"#;

#[test]
fn banned_packages_with_custom_query() {
    let evaluation = run(&[
        ("policy", BANNED),
        ("query", "data.supplychain.banned.violations"),
    ])
    .unwrap();
    assert_eq!(
        evaluation.findings,
        vec![
            finding(
                "banned/edges",
                Severity::Info,
                None,
                "1 dependency edge sets reviewed",
                None,
            ),
            finding(
                "rego",
                Severity::Error,
                None,
                "banned package pkg:npm/event-stream@3.3.6",
                None,
            ),
            finding(
                "rego",
                Severity::Error,
                None,
                "banned package pkg:pypi/colourama@0.4.6",
                None,
            ),
        ]
    );
    assert!(!evaluation.passed);
}

/// The optional builtins enabled in regorus: `glob.match`, `regex.match`, `semver.compare`.
const VERSION_FLOORS: &str = r#"
package traceguard

floors := {"lodash": "4.17.21", "event-stream": "4.0.0"}

deny contains {
    "rule_id": "version/floor",
    "component_ref": c.bom_ref,
    "message": sprintf("%s %s is older than %s", [c.name, c.version, floors[c.name]]),
} if {
    some c in input.components
    semver.compare(c.version, floors[c.name]) < 0
}

deny contains {
    "rule_id": "namespace/maven",
    "severity": "info",
    "component_ref": c.bom_ref,
    "message": "maven component from org.example",
} if {
    some c in input.components
    glob.match("pkg:maven/org.example/*", ["/"], c.purl)
}

deny contains {
    "rule_id": "typosquat",
    "severity": "warning",
    "component_ref": c.bom_ref,
    "message": sprintf("%s looks like a typosquat of colorama", [c.name]),
} if {
    some c in input.components
    regex.match(`^colou?rama$`, c.name)
    c.name != "colorama"
}
"#;

#[test]
fn glob_regex_and_semver_builtins() {
    let evaluation = run(&[("policy", VERSION_FLOORS)]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![
            finding(
                "namespace/maven",
                Severity::Info,
                Some("pkg:maven/org.example/gpl-lib@1.0"),
                "maven component from org.example",
                None,
            ),
            finding(
                "typosquat",
                Severity::Warning,
                Some("pkg:pypi/colourama@0.4.6"),
                "colourama looks like a typosquat of colorama",
                None,
            ),
            finding(
                "version/floor",
                Severity::Error,
                Some("pkg:npm/event-stream@3.3.6"),
                "event-stream 3.3.6 is older than 4.0.0",
                None,
            ),
        ]
    );
    assert!(!evaluation.passed);
}

#[test]
fn warnings_only_pass_and_undefined_deny_is_empty() {
    let warn_only = r#"
package traceguard

deny contains {"severity": "warning", "message": sprintf("%d components", [count(input.components)])} if true
"#;
    let evaluation = run(&[("policy", warn_only)]).unwrap();
    assert!(evaluation.passed);
    assert_eq!(
        evaluation.findings,
        vec![finding(
            "rego",
            Severity::Warning,
            None,
            "5 components",
            None
        )]
    );

    let no_deny = "package traceguard\n\nallow := true\n";
    let evaluation = run(&[("policy", no_deny)]).unwrap();
    assert!(evaluation.passed);
    assert!(evaluation.findings.is_empty());
}

#[test]
fn input_document_shape() {
    let policy = r#"
package traceguard

deny contains sprintf("%v", [[input.document.format, input.document.name, object.get(input.components[3], "purl", "absent"), object.get(input.components[3], "cpe", "absent"), input.components[0].hashes[0].algorithm, input.components[0].kind, input.dependencies[0].depends_on[0]]]) if true
"#;
    let evaluation = run(&[("policy", policy)]).unwrap();
    assert_eq!(evaluation.findings.len(), 1);
    assert_eq!(
        evaluation.findings[0].message,
        r#"["cyclonedx", "shop-backend", "absent", "absent", "SHA-256", "library", "pkg:npm/event-stream@3.3.6"]"#
    );
}

#[test]
fn syntax_error_reports_line_and_column() {
    let broken =
        "package traceguard\n\ndeny contains msg if {\n    msg := \"x\"\n    some c in\n}\n";
    let error = run(&[("policy", broken)]).unwrap_err();
    assert_eq!(
        error.message,
        "Rego policy does not compile: line 6 column 1: expecting expression"
    );
    assert_eq!(
        error.diagnostics,
        vec![Diagnostic::error("line 6 column 1", "expecting expression")]
    );

    // A v0-style rule (no `if`) is rejected by the Rego v1 parser, also with its location.
    let v0 = "package traceguard\n\ndeny[msg] {\n    msg := \"x\"\n}\n";
    let error = run(&[("policy", v0)]).unwrap_err();
    assert_eq!(error.diagnostics.len(), 1, "{error:?}");
    assert!(
        error.diagnostics[0].path.starts_with("line 3 column "),
        "{error:?}"
    );
}

#[test]
fn missing_policy_and_bad_entries_are_errors() {
    let error = run(&[]).unwrap_err();
    assert!(error.message.contains("`policy`"), "{}", error.message);

    let bad_severity = "package traceguard\n\ndeny contains {\"message\": \"m\", \"severity\": \"fatal\"} if true\n";
    let error = run(&[("policy", bad_severity)]).unwrap_err();
    assert!(
        error.message.contains("invalid deny entry"),
        "{}",
        error.message
    );

    let no_message = "package traceguard\n\ndeny contains {\"rule_id\": \"r\"} if true\n";
    let error = run(&[("policy", no_message)]).unwrap_err();
    assert!(
        error.message.contains("`message` is required"),
        "{}",
        error.message
    );
}

/// `mode=check` (what `policy add` runs) accepts a policy whose deny set is empty over an empty
/// SBOM, and rejects one whose package does not define the query.
#[test]
fn check_mode_accepts_defined_queries_and_rejects_undefined_ones() {
    let empty = DocumentInfo {
        format: "none".into(),
        spec_version: String::new(),
        name: None,
        created: None,
        tools: Vec::new(),
        supplier: None,
    };
    let check = |policy: &str, query: Option<&str>| {
        let mut config = vec![("policy", policy), ("mode", "check")];
        if let Some(q) = query {
            config.push(("query", q));
        }
        evaluate_native::<RegoPolicy>(&empty, &[], &[], &config)
    };
    // Over an empty SBOM PROVENANCE's component rules never fire, but its tool rule does:
    // check mode returns no findings either way.
    let evaluation = check(PROVENANCE, None).unwrap();
    assert!(evaluation.passed && evaluation.findings.is_empty());
    // A partial set with no member is defined (the empty set).
    let never = "package traceguard\n\ndeny contains \"x\" if { some c in input.components; c.name == \"nope\" }\n";
    assert!(check(never, None).is_ok());

    let wrong_package = "package other\n\ndeny contains \"x\" if true\n";
    let error = check(wrong_package, None).unwrap_err();
    assert!(
        error
            .message
            .contains("does not define `data.traceguard.deny`"),
        "{}",
        error.message
    );
    assert!(check(wrong_package, Some("data.other.deny")).is_ok());

    let broken = "package traceguard\n\ndeny contains msg if {\n";
    let error = check(broken, None).unwrap_err();
    assert!(error.diagnostics[0].path.starts_with("line "), "{error:?}");
}
