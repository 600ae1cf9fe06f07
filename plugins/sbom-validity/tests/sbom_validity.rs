//! The validity gate over SBOMs carrying diagnostics, run natively.

use sbom_validity::SbomValidity;
use traceguard_sdk::policy::{Evaluation, NativeSbom, evaluate_native_sbom};
use traceguard_sdk::{DiagnosticEntry, DocumentInfo, PluginError, Severity};

fn info() -> DocumentInfo {
    DocumentInfo {
        format: "spdx".into(),
        spec_version: "2.3".into(),
        name: None,
        created: None,
        tools: Vec::new(),
        supplier: None,
    }
}

/// Two missing copyright texts, one bad checksum (errors), one unknown licence (warning), a
/// note, and one diagnostic of an older parser that names no rule.
fn diagnostics() -> Vec<DiagnosticEntry> {
    vec![
        DiagnosticEntry::error(
            "spdx/required-field",
            "/packages/0",
            "copyrightText is required by SPDX-2.2",
        ),
        DiagnosticEntry::warning(
            "spdx/license-expression",
            "/packages/0/licenseDeclared",
            "unknown licence id Foo",
        ),
        DiagnosticEntry::error(
            "spdx/checksum",
            "/packages/1/checksums/0",
            "SHA1 digest is not 40 hex digits",
        ),
        DiagnosticEntry::error(
            "spdx/required-field",
            "/packages/2",
            "copyrightText is required by SPDX-2.2",
        ),
        DiagnosticEntry::new(
            "traceguard/diagnostics-truncated",
            Severity::Info,
            "",
            "3 further diagnostic(s) not kept",
        ),
        DiagnosticEntry::warning("", "/files/0", "a rule-less warning"),
    ]
}

fn run(
    diagnostics: &[DiagnosticEntry],
    config: &[(&str, &str)],
) -> Result<Evaluation, PluginError> {
    let info = info();
    let sbom = NativeSbom {
        info: &info,
        components: &[],
        dependencies: &[],
        diagnostics,
    };
    evaluate_native_sbom::<SbomValidity>(sbom, config, 0)
}

fn rules(evaluation: &Evaluation) -> Vec<&str> {
    evaluation
        .findings
        .iter()
        .map(|f| f.rule_id.as_str())
        .collect()
}

#[test]
fn errors_fail_by_default_one_finding_per_rule() {
    let evaluation = run(&diagnostics(), &[]).expect("evaluates");
    assert!(!evaluation.passed);
    assert_eq!(
        rules(&evaluation),
        ["validity/spdx/checksum", "validity/spdx/required-field"]
    );
    let required = &evaluation.findings[1];
    assert_eq!(required.severity, Severity::Error);
    assert_eq!(required.component_ref, None);
    assert_eq!(
        required.message,
        "2 error diagnostics of rule spdx/required-field; the first at /packages/0: \
         copyrightText is required by SPDX-2.2"
    );
    assert!(
        required
            .remediation
            .as_deref()
            .is_some_and(|r| r.contains("ignore"))
    );
}

#[test]
fn a_lower_threshold_counts_warnings_and_notes() {
    let warning = run(&diagnostics(), &[("max-severity", "warning")]).expect("evaluates");
    assert_eq!(
        rules(&warning),
        [
            "validity/spdx/checksum",
            "validity/spdx/license-expression",
            "validity/spdx/required-field",
            "validity/unnamed",
        ]
    );
    let info = run(&diagnostics(), &[("max-severity", "INFO")]).expect("evaluates");
    assert!(rules(&info).contains(&"validity/traceguard/diagnostics-truncated"));
    assert_eq!(info.findings.len(), 5);
}

#[test]
fn rules_select_and_ignore_excludes() {
    let only_checksums = run(&diagnostics(), &[("rules", "*/checksum")]).expect("evaluates");
    assert_eq!(rules(&only_checksums), ["validity/spdx/checksum"]);

    let ignored = run(
        &diagnostics(),
        &[
            ("rules", "spdx/*"),
            ("ignore", "spdx/required-field, spdx/checksum"),
        ],
    )
    .expect("evaluates");
    assert!(ignored.passed, "{:?}", ignored.findings);
    assert!(ignored.findings.is_empty());

    // With `rules` set, a diagnostic without a rule never matches.
    let named = run(
        &diagnostics(),
        &[
            ("rules", "spdx/license-expression"),
            ("max-severity", "warning"),
        ],
    )
    .expect("evaluates");
    assert_eq!(rules(&named), ["validity/spdx/license-expression"]);
}

#[test]
fn an_sbom_without_diagnostics_passes() {
    let evaluation = run(&[], &[("max-severity", "info")]).expect("evaluates");
    assert!(evaluation.passed);
    assert!(evaluation.findings.is_empty());
}

#[test]
fn a_bad_threshold_is_a_configuration_error() {
    let error = run(&diagnostics(), &[("max-severity", "fatal")]).expect_err("refused");
    assert!(error.message.contains("max-severity"), "{}", error.message);
    assert!(error.message.contains("\"fatal\""), "{}", error.message);
}

#[test]
fn findings_do_not_depend_on_diagnostic_order() {
    let mut reversed = diagnostics();
    reversed.reverse();
    let a = run(&diagnostics(), &[("max-severity", "info")]).expect("evaluates");
    let b = run(&reversed, &[("max-severity", "info")]).expect("evaluates");
    assert_eq!(rules(&a), rules(&b));
    assert_eq!(a.passed, b.passed);
}
