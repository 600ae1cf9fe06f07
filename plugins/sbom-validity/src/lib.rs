//! SBOM-validity policy: gates on the diagnostics the parser stored with an SBOM, so a tenant
//! that ingests at the `standard` level (keep the data, record what is wrong) can still refuse
//! an invalid document in `policy eval --enforce`.
//!
//! # Configuration
//!
//! | key            | value                                                                    | default |
//! |----------------|--------------------------------------------------------------------------|---------|
//! | `max-severity` | the lowest severity that fails the SBOM: `info`, `warning` or `error`      | `error` |
//! | `rules`        | rule patterns that count, comma- or space-separated; `*` matches any text | every rule |
//! | `ignore`       | rule patterns that never count, even when `rules` matches them             | none    |
//!
//! Rules are the parsers' codes, `<format>/<check>`: `spdx/required-field`,
//! `cyclonedx/hash-digest`, `swid/tag-id` (`traceguard sbom diagnostics` lists an SBOM's).
//! Patterns: `spdx/*` (every SPDX rule), `*/hash-digest` (that check in any format), or a
//! code. A diagnostic whose parser named no rule (an older third-party parser) has the empty
//! rule: it counts unless `rules` is set.
//!
//! # Findings
//!
//! One finding per rule and severity that fails, with rule id `validity/<rule>`
//! (`validity/unnamed` for the empty rule), error severity, no component reference, and a
//! message with the count and the first diagnostic (path and message). Findings are sorted by
//! rule id and message. Any finding fails the policy.
//!
//! An SBOM ingested with `validation=none` has no diagnostics (no checks ran) and passes; gate
//! on the level itself by ingesting at `standard` or `strict`.

use std::collections::BTreeMap;

use traceguard_sdk::policy::{Evaluation, Policy, Sbom, glob, parse_severity, sort_findings};
use traceguard_sdk::{Finding, PluginError, Severity, config, export_policy};

/// Which diagnostics fail an SBOM, as configured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gate {
    /// The lowest severity that fails.
    pub threshold: Severity,
    /// Patterns a rule must match to count; empty: every rule counts.
    pub rules: Vec<String>,
    /// Patterns whose rules never count.
    pub ignore: Vec<String>,
}

impl Gate {
    /// The gate the plugin's configuration describes.
    pub fn from_config() -> Result<Gate, PluginError> {
        let threshold = match config("max-severity") {
            Some(value) => parse_severity(&value).map_err(|_| {
                PluginError::new(format!(
                    "config `max-severity`: {value:?} is not a severity; allowed are info, warning, error"
                ))
            })?,
            None => Severity::Error,
        };
        Ok(Gate {
            threshold,
            rules: patterns(config("rules").as_deref()),
            ignore: patterns(config("ignore").as_deref()),
        })
    }

    /// Whether a diagnostic of `severity` found by `rule` fails the SBOM.
    pub fn fails(&self, severity: Severity, rule: &str) -> bool {
        rank(severity) >= rank(self.threshold)
            && (self.rules.is_empty() || self.rules.iter().any(|p| glob(p, rule)))
            && !self.ignore.iter().any(|p| glob(p, rule))
    }
}

/// The patterns of a `rules` or `ignore` value: separated by commas or whitespace.
fn patterns(value: Option<&str>) -> Vec<String> {
    value
        .unwrap_or_default()
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

fn rank(severity: Severity) -> u8 {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// Diagnostics of one rule and severity that fail, and the first of them.
struct Group {
    count: u64,
    path: String,
    message: String,
}

/// The SBOM-validity policy.
pub struct SbomValidity;

impl Policy for SbomValidity {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let gate = Gate::from_config()?;
        // Keyed by (rule, severity rank) so groups come out in a fixed order.
        let mut groups: BTreeMap<(String, u8), Group> = BTreeMap::new();
        for d in sbom.diagnostics() {
            if !gate.fails(d.severity, &d.rule) {
                continue;
            }
            groups
                .entry((d.rule, rank(d.severity)))
                .and_modify(|g| g.count += 1)
                .or_insert(Group {
                    count: 1,
                    path: d.path,
                    message: d.message,
                });
        }
        let mut findings: Vec<Finding> = groups
            .into_iter()
            .map(|((rule, rank), g)| {
                let severity = [Severity::Info, Severity::Warning, Severity::Error][rank as usize];
                let named = if rule.is_empty() { "unnamed" } else { &rule };
                let at = if g.path.is_empty() {
                    String::new()
                } else {
                    format!(" at {}", g.path)
                };
                Finding::new(
                    format!("validity/{named}"),
                    Severity::Error,
                    None,
                    format!(
                        "{} {} diagnostic{} of rule {named}; the first{at}: {}",
                        g.count,
                        severity_name(severity),
                        if g.count == 1 { "" } else { "s" },
                        g.message
                    ),
                )
                .with_remediation(
                    "fix the document (or the tool that generated it); to accept this rule, list \
                     it in the policy's `ignore` configuration",
                )
            })
            .collect();
        sort_findings(&mut findings);
        Ok(Evaluation::from_findings(findings))
    }
}

export_policy!(SbomValidity);
