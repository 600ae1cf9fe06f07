//! Purl-prefix policy (a third-party-style example): flags every component whose purl starts with a banned prefix.
//!
//! Configuration `banned`: comma-separated purl prefixes, e.g.
//! `pkg:npm/event-stream@3.3.6,pkg:cargo/rustdecimal`. Without it, a short list of packages
//! known to have shipped malware is used.

use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{Finding, PluginError, Severity, config, export_policy, log};

/// Packages that shipped malicious releases (npm event-stream 3.3.6, the `rustdecimal`
/// typosquat on crates.io, PyPI `ctx` 0.2.x).
const DEFAULT_BANNED: &str = "pkg:npm/event-stream@3.3.6,pkg:cargo/rustdecimal,pkg:pypi/ctx@0.2";

struct PurlPrefixPolicy;

impl Policy for PurlPrefixPolicy {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let banned_config = config("banned").unwrap_or_else(|| DEFAULT_BANNED.to_string());
        let banned: Vec<&str> = banned_config
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if banned.is_empty() {
            return Err(PluginError::new(
                "config `banned` is empty: give at least one purl prefix",
            ));
        }
        let mut checked = 0u64;
        let mut findings = Vec::new();
        for component in sbom.components() {
            checked += 1;
            let Some(purl) = &component.purl else {
                continue;
            };
            if let Some(prefix) = banned.iter().find(|p| purl.starts_with(*p)) {
                findings.push(
                    Finding::new(
                        "banned/package",
                        Severity::Error,
                        Some(component.bom_ref.clone()),
                        format!("{purl} matches banned prefix {prefix}"),
                    )
                    .with_remediation("remove the package or pin a version that is not banned"),
                );
            }
        }
        log::info(&format!(
            "checked {checked} components against {} banned prefixes",
            banned.len()
        ));
        Ok(Evaluation::from_findings(findings))
    }
}

export_policy!(PurlPrefixPolicy);
