//! Required-fields policy: every component must carry the fields that establish its provenance,
//! by default a hash and a package URL (purl).
//!
//! # Configuration
//!
//! | key        | value                                                                               | default     |
//! |------------|-------------------------------------------------------------------------------------|-------------|
//! | `require`  | comma-separated fields from `hash`, `purl`, `version`, `supplier`, `license`, `cpe` | `hash,purl` |
//! | `severity` | severity of every finding: `info`, `warning` or `error`                             | `error`     |
//!
//! Field names are case-insensitive and may be repeated; an unknown field, an empty `require`
//! or an unknown severity is a configuration error.
//!
//! # What counts as present
//!
//! - `hash`: at least one hash whose value is not empty (an algorithm without a digest does not count);
//! - `purl`, `version`, `supplier`, `cpe`: the field is set and not blank;
//! - `license`: at least one licence (id or expression) that is not blank.
//!
//! Only presence is checked: whether a purl or a hash is well-formed is the SBOM parser's
//! concern (it reports malformed values as diagnostics at ingest).
//!
//! # Findings
//!
//! One finding per component and missing field, with rule id `fields/missing-<field>`
//! (`fields/missing-hash`, `fields/missing-purl`, `fields/missing-version`,
//! `fields/missing-supplier`, `fields/missing-license`, `fields/missing-cpe`), the component's
//! bom-ref as component reference and the configured severity. Findings are sorted by rule id,
//! component reference and message. With the default severity (`error`) any finding fails the
//! policy; with `warning` or `info` the policy passes and only reports.

use traceguard_sdk::policy::{Evaluation, Policy, Sbom, parse_severity, sort_findings};
use traceguard_sdk::{Component, Finding, PluginError, Severity, config, export_policy};

/// The fields checked when `require` is not configured.
pub const DEFAULT_REQUIRE: &str = "hash,purl";

/// A component field the policy can require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    /// At least one hash with a non-empty value.
    Hash,
    /// A package URL.
    Purl,
    /// A version.
    Version,
    /// A supplier.
    Supplier,
    /// At least one licence.
    License,
    /// A CPE name.
    Cpe,
}

impl Field {
    /// Every field, in the order the configuration documents them.
    pub const ALL: [Field; 6] = [
        Field::Hash,
        Field::Purl,
        Field::Version,
        Field::Supplier,
        Field::License,
        Field::Cpe,
    ];

    /// The field's configuration name, also the suffix of its rule id.
    pub fn name(self) -> &'static str {
        match self {
            Field::Hash => "hash",
            Field::Purl => "purl",
            Field::Version => "version",
            Field::Supplier => "supplier",
            Field::License => "license",
            Field::Cpe => "cpe",
        }
    }

    /// Whether `component` carries this field (see the crate documentation).
    pub fn present(self, component: &Component) -> bool {
        let set = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        match self {
            Field::Hash => component.hashes.iter().any(|h| !h.value.trim().is_empty()),
            Field::Purl => set(&component.purl),
            Field::Version => set(&component.version),
            Field::Supplier => set(&component.supplier),
            Field::License => component.licenses.iter().any(|l| !l.trim().is_empty()),
            Field::Cpe => set(&component.cpe),
        }
    }

    /// What the finding says is missing, after the component's name.
    fn missing(self) -> &'static str {
        match self {
            Field::Hash => "has no hash",
            Field::Purl => "has no package URL (purl)",
            Field::Version => "has no version",
            Field::Supplier => "names no supplier",
            Field::License => "declares no licence",
            Field::Cpe => "has no CPE name",
        }
    }

    fn remediation(self) -> &'static str {
        match self {
            Field::Hash => {
                "record a cryptographic hash (e.g. SHA-256) of the component's artifact in the SBOM"
            }
            Field::Purl => {
                "identify the component with a package URL (pkg:type/namespace/name@version)"
            }
            Field::Version => "record the component's exact version in the SBOM",
            Field::Supplier => "name the organisation that supplied the component",
            Field::License => "add the component's licence to the SBOM (SPDX id or expression)",
            Field::Cpe => {
                "add the component's CPE name (cpe:2.3:…) so vulnerability databases can match it"
            }
        }
    }
}

/// Parses the `require` configuration value into its fields, sorted and deduplicated.
pub fn parse_require(value: &str) -> Result<Vec<Field>, PluginError> {
    let allowed = || {
        Field::ALL
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut fields = Vec::new();
    for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let Some(field) = Field::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(item))
        else {
            return Err(PluginError::new(format!(
                "config `require`: unknown field {item:?}; allowed fields are {}",
                allowed()
            )));
        };
        fields.push(field);
    }
    if fields.is_empty() {
        return Err(PluginError::new(format!(
            "config `require` is empty: list at least one of {} (comma-separated)",
            allowed()
        )));
    }
    fields.sort();
    fields.dedup();
    Ok(fields)
}

/// The required-fields policy.
pub struct RequiredFields;

impl Policy for RequiredFields {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let fields = parse_require(&config("require").unwrap_or_else(|| DEFAULT_REQUIRE.into()))?;
        let severity = match config("severity") {
            Some(value) => parse_severity(&value)?,
            None => Severity::Error,
        };
        let mut findings = Vec::new();
        for component in sbom.components() {
            for &field in &fields {
                if field.present(&component) {
                    continue;
                }
                findings.push(
                    Finding::new(
                        format!("fields/missing-{}", field.name()),
                        severity,
                        Some(component.bom_ref.clone()),
                        format!("{} {}", component.label(), field.missing()),
                    )
                    .with_remediation(field.remediation()),
                );
            }
        }
        sort_findings(&mut findings);
        Ok(Evaluation::from_findings(findings))
    }
}

export_policy!(RequiredFields);
