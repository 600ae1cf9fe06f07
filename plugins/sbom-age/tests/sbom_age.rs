//! The SBOM-age policy run natively with a fixed clock, with exact findings.

use sbom_age::SbomAge;
use traceguard_sdk::policy::{Evaluation, evaluate_native, evaluate_native_at};
use traceguard_sdk::{Component, DocumentInfo, Finding, PluginError, Severity};

/// 2024-06-01T00:00:00Z.
const JUNE_1: u64 = 1_717_200_000;
/// 2024-03-01T00:00:00Z, the day after a leap day.
const MARCH_1: u64 = 1_709_251_200;

const TOO_OLD: &str =
    "regenerate the SBOM from the current build and ingest it again (or raise `max-days`)";

fn info(created: Option<&str>) -> DocumentInfo {
    DocumentInfo {
        format: "spdx".into(),
        spec_version: "2.3".into(),
        name: Some("shop".into()),
        created: created.map(Into::into),
        tools: vec!["syft 1.0".into()],
        supplier: None,
    }
}

fn run_at(
    now: u64,
    created: Option<&str>,
    config: &[(&str, &str)],
) -> Result<Evaluation, PluginError> {
    let components = vec![Component::new("c1", "lodash")];
    evaluate_native_at::<SbomAge>(&info(created), &components, &[], config, now)
}

/// The findings at `now` with the default configuration; panics on a configuration error.
fn findings_at(now: u64, created: Option<&str>) -> Vec<Finding> {
    let evaluation = run_at(now, created, &[]).unwrap();
    assert_eq!(
        evaluation.passed,
        !evaluation
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error)
    );
    evaluation.findings
}

fn too_old(message: &str) -> Finding {
    Finding::new("age/too-old", Severity::Error, None, message).with_remediation(TOO_OLD)
}

#[test]
fn within_the_default_limit_passes() {
    // Exactly 90 days, and 90 days and 23:59:59 (whole days round down).
    for created in [
        "2024-03-03T00:00:00Z",
        "2024-03-02T00:00:01Z",
        "2024-05-31",
        "2024-06-01T00:00:00Z",
    ] {
        let evaluation = run_at(JUNE_1, Some(created), &[]).unwrap();
        assert_eq!(evaluation.findings, vec![], "{created}");
        assert!(evaluation.passed, "{created}");
    }
}

#[test]
fn older_than_the_default_limit_fails() {
    let evaluation = run_at(JUNE_1, Some("2024-03-02T00:00:00Z"), &[]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![too_old(
            "SBOM created 2024-03-02T00:00:00Z is 91 days old; the limit is 90 days"
        )]
    );
    assert!(!evaluation.passed);
}

#[test]
fn offsets_and_fractions_count() {
    // 01:00 at +02:00 is 23:00 UTC the day before: 91 days old, not 90.
    assert_eq!(
        findings_at(JUNE_1, Some("2024-03-02T01:00:00+02:00")),
        vec![too_old(
            "SBOM created 2024-03-02T01:00:00+02:00 is 91 days old; the limit is 90 days"
        )]
    );
    // 22:00 at -03:00 is 01:00 UTC the next day: 90 days old.
    assert_eq!(
        findings_at(JUNE_1, Some("2024-03-01T22:00:00.123456-03:00")),
        vec![]
    );
}

#[test]
fn configured_limit_and_leap_day() {
    let evaluation = run_at(JUNE_1, Some("2024-05-01"), &[("max-days", "30")]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![too_old(
            "SBOM created 2024-05-01 is 31 days old; the limit is 30 days"
        )]
    );
    assert!(!evaluation.passed);
    assert_eq!(
        run_at(JUNE_1, Some("2024-05-01"), &[("max-days", "31")])
            .unwrap()
            .findings,
        vec![]
    );
    // 2024 is a leap year: 28 February is two days before 1 March.
    let day = [("max-days", "1")];
    assert_eq!(
        run_at(MARCH_1, Some("2024-02-28T00:00:00Z"), &day)
            .unwrap()
            .findings,
        vec![too_old(
            "SBOM created 2024-02-28T00:00:00Z is 2 days old; the limit is 1 day"
        )]
    );
    assert_eq!(
        run_at(MARCH_1, Some("2024-02-29T00:00:00Z"), &day)
            .unwrap()
            .findings,
        vec![]
    );
}

#[test]
fn unknown_creation_time() {
    let unknown = Finding::new(
        "age/unknown",
        Severity::Error,
        None,
        "the SBOM does not say when it was created, so its age is unknown",
    )
    .with_remediation(
        "record the creation time in the SBOM (CycloneDX metadata.timestamp, SPDX creationInfo.created)",
    );
    assert_eq!(findings_at(JUNE_1, None), vec![unknown.clone()]);
    assert_eq!(findings_at(JUNE_1, Some("  ")), vec![unknown]);
    assert!(!run_at(JUNE_1, None, &[]).unwrap().passed);
}

#[test]
fn invalid_creation_time() {
    for created in [
        "last tuesday",
        "2024-05-01T12:00:00",
        "2023-02-29",
        "01/05/2024",
    ] {
        let evaluation = run_at(JUNE_1, Some(created), &[]).unwrap();
        assert_eq!(
            evaluation.findings,
            vec![
                Finding::new(
                    "age/invalid-created",
                    Severity::Error,
                    None,
                    format!(
                        "the SBOM's creation time {created:?} is not an RFC 3339 timestamp or a YYYY-MM-DD date"
                    ),
                )
                .with_remediation(
                    "write the creation time as RFC 3339 with a time zone, e.g. 2024-05-01T12:00:00Z"
                )
            ]
        );
        assert!(!evaluation.passed);
    }
}

#[test]
fn created_in_the_future_warns_beyond_a_day() {
    // Up to a day ahead is clock skew.
    assert_eq!(findings_at(JUNE_1, Some("2024-06-02T00:00:00Z")), vec![]);
    let in_future = |message: &str| {
        Finding::new("age/in-future", Severity::Warning, None, message).with_remediation(
            "check the clock of the machine that generated the SBOM, and regenerate it",
        )
    };
    assert_eq!(
        findings_at(JUNE_1, Some("2024-06-02T00:00:01Z")),
        vec![in_future(
            "SBOM created 2024-06-02T00:00:01Z is 1 day in the future"
        )]
    );
    let evaluation = run_at(JUNE_1, Some("2025-01-01T00:00:00Z"), &[]).unwrap();
    assert_eq!(
        evaluation.findings,
        vec![in_future(
            "SBOM created 2025-01-01T00:00:00Z is 214 days in the future"
        )]
    );
    assert!(
        evaluation.passed,
        "a warning alone does not fail the policy"
    );
}

#[test]
fn bad_max_days_is_an_error() {
    for bad in ["0", "-5", "2.5", "ninety", ""] {
        assert_eq!(
            run_at(JUNE_1, Some("2024-05-01"), &[("max-days", bad)])
                .unwrap_err()
                .message,
            format!(
                "config `max-days`: {bad:?} is not allowed; give a positive whole number of days between 1 and 4294967295, e.g. max-days=90"
            )
        );
    }
}

#[test]
fn evaluate_native_uses_the_system_clock() {
    // Created at 2000-01-01: more than 9000 days before any plausible system clock.
    let evaluation = evaluate_native::<SbomAge>(&info(Some("2000-01-01")), &[], &[], &[]).unwrap();
    assert_eq!(evaluation.findings.len(), 1);
    let finding = &evaluation.findings[0];
    assert_eq!(finding.rule_id, "age/too-old");
    let days: u64 = finding
        .message
        .strip_prefix("SBOM created 2000-01-01 is ")
        .and_then(|rest| rest.split(' ').next())
        .and_then(|d| d.parse().ok())
        .unwrap_or_else(|| panic!("{}", finding.message));
    assert!(days > 9000, "{days}");
}
