//! Banned-packages policy: flags every component whose package URL (purl) matches a banned
//! purl pattern, such as releases known to have shipped malware.
//!
//! # Configuration
//!
//! | key        | value                                                                  | default    |
//! |------------|------------------------------------------------------------------------|------------|
//! | `banned`   | purl patterns separated by commas, newlines or other whitespace        | (required) |
//! | `severity` | severity of every finding: `info`, `warning` or `error`                | `error`    |
//!
//! A missing or empty `banned`, an invalid pattern or an unknown severity is a configuration
//! error that names the offending value.
//!
//! # Patterns
//!
//! A pattern is a package URL, compared with a component's purl after both are parsed and
//! canonicalised by [`traceguard_sdk::purl`] (type case-insensitive, percent-encoding decoded,
//! qualifier keys lowercased, and the specification's per-type rules such as PyPI names
//! lowercased with `_` read as `-`):
//!
//! - `pkg:npm/left-pad`, without a version, bans every version (and components without one);
//! - `pkg:npm/event-stream@3.3.6` bans exactly that version;
//! - `*` in the namespace, name or version matches any run of characters, including none:
//!   `pkg:maven/org.apache.logging.log4j/log4j-core@2.1*`, `pkg:npm/*/evil-*`, `pkg:npm/*`.
//!   The type cannot be a glob.
//! - A pattern without a namespace matches only components without one: `pkg:npm/left-pad`
//!   does not match `pkg:npm/@scope/left-pad`; a pattern with a namespace (even `*`) matches
//!   only components that have one.
//! - Qualifiers on a pattern must all be present on the component with the same value
//!   (`pkg:deb/debian/curl?arch=i386`); the component may have more. A subpath on a pattern
//!   must equal the component's.
//!
//! Components without a purl, or whose purl does not parse, are not matched (the SBOM parser
//! reports invalid purls at ingest).
//!
//! # Findings
//!
//! One finding per matching component, rule id `banned/package`, the component's bom-ref as
//! component reference and the configured severity; the message names the component and every
//! pattern it matched, in configuration order. Findings are sorted by rule id, component
//! reference and message. With the default severity (`error`) any finding fails the policy.

use traceguard_sdk::policy::{Evaluation, Policy, Sbom, glob, parse_severity, sort_findings};
use traceguard_sdk::purl::Purl;
use traceguard_sdk::{Diagnostic, Finding, PluginError, Severity, config, export_policy};

/// A banned-package pattern: a package URL whose namespace, name and version may contain `*`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The pattern as configured (trimmed), quoted in findings.
    pub text: String,
    /// The parsed, canonical form it is matched by.
    purl: Purl,
}

impl Pattern {
    /// Parses one pattern; the error says why it is not a valid pattern.
    pub fn parse(text: &str) -> Result<Pattern, String> {
        let text = text.trim();
        let ty = text
            .split_once(':')
            .map_or("", |(_, rest)| rest.trim_start_matches('/'));
        let ty = ty.split('/').next().unwrap_or("");
        if ty.contains('*') {
            return Err(format!(
                "'*' cannot be used in the package type {ty:?}, only in the namespace, name and version"
            ));
        }
        let purl = Purl::parse(text).map_err(|e| e.to_string())?;
        Ok(Pattern {
            text: text.to_string(),
            purl,
        })
    }

    /// Whether the (parsed) package URL `purl` matches this pattern.
    pub fn matches(&self, purl: &Purl) -> bool {
        let p = &self.purl;
        p.ty == purl.ty
            && match (&p.namespace, &purl.namespace) {
                (None, None) => true,
                (Some(pattern), Some(namespace)) => glob(pattern, namespace),
                _ => false,
            }
            && glob(&p.name, &purl.name)
            && match (&p.version, &purl.version) {
                (None, _) => true,
                (Some(pattern), Some(version)) => glob(pattern, version),
                (Some(_), None) => false,
            }
            && p.qualifiers
                .iter()
                .all(|(k, v)| purl.qualifiers.get(k) == Some(v))
            && (p.subpath.is_none() || p.subpath == purl.subpath)
    }
}

/// Parses the `banned` configuration value: patterns separated by commas or whitespace.
/// Every invalid pattern is reported, each as a diagnostic, and the first in the message.
pub fn parse_banned(value: &str) -> Result<Vec<Pattern>, PluginError> {
    let texts: Vec<&str> = value
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    if texts.is_empty() {
        return Err(missing_banned());
    }
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut problems = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        match Pattern::parse(text) {
            Ok(pattern) if patterns.iter().any(|p| p.purl == pattern.purl) => {}
            Ok(pattern) => patterns.push(pattern),
            Err(why) => problems.push(Diagnostic::error(
                format!("config.banned[{i}]"),
                format!("invalid pattern {text:?}: {why}"),
            )),
        }
    }
    match problems.first() {
        None => Ok(patterns),
        Some(first) => {
            let more = match problems.len() {
                1 => String::new(),
                n => format!(" (and {} more invalid patterns)", n - 1),
            };
            let message = format!(
                "config `banned`: {}{more}; a pattern is a package URL like pkg:npm/event-stream@3.3.6, with '*' allowed in the namespace, name and version",
                first.message
            );
            Err(PluginError::with_diagnostics(message, problems))
        }
    }
}

fn missing_banned() -> PluginError {
    PluginError::new(
        "config `banned` is required: give one or more purl patterns separated by commas or whitespace, e.g. banned=pkg:npm/event-stream@3.3.6,pkg:pypi/ctx",
    )
}

/// The banned-packages policy.
pub struct BannedPackages;

impl Policy for BannedPackages {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let patterns = parse_banned(&config("banned").ok_or_else(missing_banned)?)?;
        let severity = match config("severity") {
            Some(value) => parse_severity(&value)?,
            None => Severity::Error,
        };
        let mut findings = Vec::new();
        for component in sbom.components() {
            let Some(text) = component.purl.as_deref() else {
                continue;
            };
            let Ok(purl) = Purl::parse(text) else {
                continue;
            };
            let matched: Vec<&str> = patterns
                .iter()
                .filter(|p| p.matches(&purl))
                .map(|p| p.text.as_str())
                .collect();
            if matched.is_empty() {
                continue;
            }
            let which = match matched.as_slice() {
                [one] => format!("banned pattern {one}"),
                many => format!("banned patterns {}", many.join(", ")),
            };
            findings.push(
                Finding::new(
                    "banned/package",
                    severity,
                    Some(component.bom_ref.clone()),
                    format!("{} ({text}) matches {which}", component.label()),
                )
                .with_remediation(
                    "remove the package, or move to a version that no banned pattern matches",
                ),
            );
        }
        sort_findings(&mut findings);
        Ok(Evaluation::from_findings(findings))
    }
}

export_policy!(BannedPackages);
