//! The banned-packages policy run natively over a small but realistic SBOM, with exact findings.

use banned_packages::{BannedPackages, Pattern};
use traceguard_sdk::policy::{Evaluation, evaluate_native};
use traceguard_sdk::purl::Purl;
use traceguard_sdk::{Component, DocumentInfo, Finding, PluginError, Severity};

const REMEDIATION: &str = "remove the package, or move to a version that no banned pattern matches";

/// Releases that shipped malware or were hijacked, and a vulnerable log4j range.
const REAL_WORLD: &str = "
    pkg:npm/event-stream@3.3.6
    pkg:npm/ua-parser-js@0.7.29, pkg:npm/ua-parser-js@0.8.0,pkg:npm/ua-parser-js@1.0.0
    pkg:maven/org.apache.logging.log4j/log4j-core@2.14.*
    pkg:pypi/ctx
";

fn info() -> DocumentInfo {
    DocumentInfo {
        format: "cyclonedx".into(),
        spec_version: "1.6".into(),
        name: Some("shop".into()),
        created: Some("2026-01-02T03:04:05Z".into()),
        tools: Vec::new(),
        supplier: None,
    }
}

fn component(bom_ref: &str, name: &str, version: Option<&str>, purl: Option<&str>) -> Component {
    let mut c = Component::new(bom_ref, name);
    c.version = version.map(Into::into);
    c.purl = purl.map(Into::into);
    c
}

fn components() -> Vec<Component> {
    vec![
        component(
            "npm-event-stream",
            "event-stream",
            Some("3.3.6"),
            Some("pkg:npm/event-stream@3.3.6"),
        ),
        // The release after the compromised one is fine.
        component(
            "npm-event-stream-4",
            "event-stream",
            Some("4.0.1"),
            Some("pkg:npm/event-stream@4.0.1"),
        ),
        component(
            "npm-ua-parser",
            "ua-parser-js",
            Some("0.7.29"),
            Some("pkg:npm/ua-parser-js@0.7.29"),
        ),
        component(
            "npm-ua-parser-safe",
            "ua-parser-js",
            Some("0.7.30"),
            Some("pkg:npm/ua-parser-js@0.7.30"),
        ),
        component(
            "log4j-core",
            "log4j-core",
            Some("2.14.1"),
            Some("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar"),
        ),
        component(
            "log4j-core-fixed",
            "log4j-core",
            Some("2.17.1"),
            Some("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1"),
        ),
        // Same name, other group: not the banned artifact.
        component(
            "log4j-core-fork",
            "log4j-core",
            Some("2.14.1"),
            Some("pkg:maven/org.example.fork/log4j-core@2.14.1"),
        ),
        // PyPI names are canonicalised: `CTX` is `ctx`; every version is banned.
        component("pypi-ctx", "CTX", Some("0.2.6"), Some("pkg:PyPI/CTX@0.2.6")),
        component("pypi-ctx-any", "ctx", None, Some("pkg:pypi/ctx")),
        component(
            "pypi-ctxlib",
            "ctxlib",
            Some("1.0"),
            Some("pkg:pypi/ctxlib@1.0"),
        ),
        // No purl, or one that does not parse: never matched.
        component("vendored", "event-stream", Some("3.3.6"), None),
        component(
            "broken-purl",
            "event-stream",
            Some("3.3.6"),
            Some("npm/event-stream@3.3.6"),
        ),
    ]
}

fn run(config: &[(&str, &str)]) -> Result<Evaluation, PluginError> {
    evaluate_native::<BannedPackages>(&info(), &components(), &[], config)
}

fn banned(severity: Severity, component: &str, message: &str) -> Finding {
    Finding::new("banned/package", severity, Some(component.into()), message)
        .with_remediation(REMEDIATION)
}

#[test]
fn real_world_list() {
    let evaluation = run(&[("banned", REAL_WORLD)]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![
            banned(
                Severity::Error,
                "log4j-core",
                "log4j-core@2.14.1 (pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar) matches banned pattern pkg:maven/org.apache.logging.log4j/log4j-core@2.14.*"
            ),
            banned(
                Severity::Error,
                "npm-event-stream",
                "event-stream@3.3.6 (pkg:npm/event-stream@3.3.6) matches banned pattern pkg:npm/event-stream@3.3.6"
            ),
            banned(
                Severity::Error,
                "npm-ua-parser",
                "ua-parser-js@0.7.29 (pkg:npm/ua-parser-js@0.7.29) matches banned pattern pkg:npm/ua-parser-js@0.7.29"
            ),
            banned(
                Severity::Error,
                "pypi-ctx",
                "CTX@0.2.6 (pkg:PyPI/CTX@0.2.6) matches banned pattern pkg:pypi/ctx"
            ),
            banned(
                Severity::Error,
                "pypi-ctx-any",
                "ctx (pkg:pypi/ctx) matches banned pattern pkg:pypi/ctx"
            ),
        ]
    );
    assert!(!evaluation.passed);
}

#[test]
fn severity_and_multiple_matching_patterns() {
    let evaluation = run(&[
        (
            "banned",
            "pkg:npm/event-stream,pkg:npm/event-stream@3.*\npkg:npm/left-pad",
        ),
        ("severity", "warning"),
    ])
    .unwrap();
    assert_eq!(
        evaluation.findings,
        vec![
            banned(
                Severity::Warning,
                "npm-event-stream",
                "event-stream@3.3.6 (pkg:npm/event-stream@3.3.6) matches banned patterns pkg:npm/event-stream, pkg:npm/event-stream@3.*"
            ),
            banned(
                Severity::Warning,
                "npm-event-stream-4",
                "event-stream@4.0.1 (pkg:npm/event-stream@4.0.1) matches banned pattern pkg:npm/event-stream"
            ),
        ]
    );
    assert!(evaluation.passed, "warnings do not fail the policy");
}

#[test]
fn nothing_banned_passes() {
    let evaluation = run(&[("banned", "pkg:npm/left-pad pkg:cargo/rustdecimal")]).unwrap();
    assert_eq!(evaluation.findings, vec![]);
    assert!(evaluation.passed);
}

/// Whether `pattern` matches `purl`, both parsed.
fn matches(pattern: &str, purl: &str) -> bool {
    let pattern = Pattern::parse(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    let purl = Purl::parse(purl).unwrap_or_else(|e| panic!("{purl}: {e}"));
    pattern.matches(&purl)
}

#[test]
fn pattern_semantics() {
    // No version: every version, and no version at all.
    assert!(matches("pkg:npm/left-pad", "pkg:npm/left-pad@1.3.0"));
    assert!(matches("pkg:npm/left-pad", "pkg:npm/left-pad"));
    assert!(!matches("pkg:npm/left-pad", "pkg:npm/left-pads@1.0.0"));
    assert!(!matches("pkg:npm/left-pad", "pkg:cargo/left-pad@1.0.0"));
    // A version: exactly that one; a component without a version does not match it.
    assert!(matches(
        "pkg:npm/event-stream@3.3.6",
        "pkg:npm/event-stream@3.3.6"
    ));
    assert!(!matches(
        "pkg:npm/event-stream@3.3.6",
        "pkg:npm/event-stream@3.3.60"
    ));
    assert!(!matches(
        "pkg:npm/event-stream@3.3.6",
        "pkg:npm/event-stream"
    ));
    // Globs in the version, name and namespace.
    let log4j = "pkg:maven/org.apache.logging.log4j/log4j-core@2.1*";
    assert!(matches(
        log4j,
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"
    ));
    assert!(matches(
        log4j,
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.1"
    ));
    assert!(!matches(
        log4j,
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.2.0"
    ));
    assert!(!matches(
        log4j,
        "pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1"
    ));
    assert!(matches(
        "pkg:npm/*/evil-*",
        "pkg:npm/%40acme/evil-helper@1.0.0"
    ));
    assert!(matches("pkg:npm/*/evil-*", "pkg:npm/@other/evil-@2"));
    assert!(!matches("pkg:npm/*/evil-*", "pkg:npm/evil-helper@1.0.0"));
    assert!(!matches(
        "pkg:npm/*/evil-*",
        "pkg:npm/@acme/good-helper@1.0.0"
    ));
    assert!(matches("pkg:npm/*", "pkg:npm/anything@1"));
    assert!(matches(
        "pkg:maven/org.apache.*/*",
        "pkg:maven/org.apache.commons/commons-text@1.9"
    ));
    // Namespaces must agree: unscoped patterns do not match scoped packages.
    assert!(!matches(
        "pkg:npm/left-pad",
        "pkg:npm/@scope/left-pad@1.0.0"
    ));
    assert!(matches(
        "pkg:npm/@scope/left-pad",
        "pkg:npm/%40scope/left-pad@1.0.0"
    ));
    assert!(!matches(
        "pkg:npm/@scope/left-pad",
        "pkg:npm/@other/left-pad@1.0.0"
    ));
    // Canonical comparison: type case, percent-encoding, PyPI name rules, GitHub case.
    assert!(matches("pkg:NPM/left-pad", "pkg:npm/left-pad@1.0.0"));
    assert!(matches("pkg:npm/left%2Dpad", "pkg:npm/left-pad@1.0.0"));
    assert!(matches(
        "pkg:pypi/Django_Allauth",
        "pkg:pypi/django-allauth@0.1"
    ));
    assert!(matches(
        "pkg:github/Package-URL/*",
        "pkg:github/package-url/purl-spec@1"
    ));
    // Maven is case-sensitive in the purl specification.
    assert!(!matches(
        "pkg:maven/org.example/Lib",
        "pkg:maven/org.example/lib@1"
    ));
    // Qualifiers on the pattern must all be present with the same value.
    assert!(matches(
        "pkg:deb/debian/curl?arch=i386",
        "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie"
    ));
    assert!(!matches(
        "pkg:deb/debian/curl?arch=i386",
        "pkg:deb/debian/curl@7.50.3-1?arch=amd64"
    ));
    assert!(!matches(
        "pkg:deb/debian/curl?arch=i386",
        "pkg:deb/debian/curl@7.50.3-1"
    ));
    assert!(matches(
        "pkg:deb/debian/curl",
        "pkg:deb/debian/curl@7.50.3-1?arch=amd64"
    ));
    // A subpath on the pattern must be the component's.
    assert!(matches(
        "pkg:golang/google.golang.org/genproto#googleapis/api",
        "pkg:golang/google.golang.org/genproto@1#googleapis/api"
    ));
    assert!(!matches(
        "pkg:golang/google.golang.org/genproto#googleapis/api",
        "pkg:golang/google.golang.org/genproto@1"
    ));
    assert!(matches(
        "pkg:golang/google.golang.org/genproto",
        "pkg:golang/google.golang.org/genproto@1#googleapis/api"
    ));
}

#[test]
fn missing_or_empty_banned_is_an_error() {
    let required = "config `banned` is required: give one or more purl patterns separated by commas or whitespace, e.g. banned=pkg:npm/event-stream@3.3.6,pkg:pypi/ctx";
    assert_eq!(run(&[]).unwrap_err().message, required);
    assert_eq!(run(&[("banned", " ,\n , ")]).unwrap_err().message, required);
}

#[test]
fn invalid_patterns_are_named() {
    let err = run(&[("banned", "pkg:npm/left-pad, npm/lodash, pkg:*/evil")]).unwrap_err();
    assert_eq!(
        err.message,
        "config `banned`: invalid pattern \"npm/lodash\": a package URL must start with \"pkg:\" (and 1 more invalid patterns); a pattern is a package URL like pkg:npm/event-stream@3.3.6, with '*' allowed in the namespace, name and version"
    );
    let diagnostics: Vec<(&str, &str)> = err
        .diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d.severity, Severity::Error);
            (d.path.as_str(), d.message.as_str())
        })
        .collect();
    assert_eq!(
        diagnostics,
        vec![
            (
                "config.banned[1]",
                "invalid pattern \"npm/lodash\": a package URL must start with \"pkg:\""
            ),
            (
                "config.banned[2]",
                "invalid pattern \"pkg:*/evil\": '*' cannot be used in the package type \"*\", only in the namespace, name and version"
            ),
        ]
    );
    let one = run(&[("banned", "pkg:npm/x%zz")]).unwrap_err();
    assert_eq!(
        one.message,
        "config `banned`: invalid pattern \"pkg:npm/x%zz\": bad percent-encoding in \"x%zz\"; a pattern is a package URL like pkg:npm/event-stream@3.3.6, with '*' allowed in the namespace, name and version"
    );
    assert_eq!(one.diagnostics.len(), 1);
}

#[test]
fn bad_severity_is_an_error() {
    assert_eq!(
        run(&[("banned", "pkg:npm/left-pad"), ("severity", "high")])
            .unwrap_err()
            .message,
        "config `severity`: \"high\" is not a severity; allowed are info, warning, error"
    );
}
