//! Tenant policies: adding one (validated by a dry run in the sandbox), evaluating them over
//! an SBOM (billed, stored with findings), and reading back the latest results for reports.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{
    Call, DiagnosticOut, InvokeOptions, InvokeReport, Output, Persist, Service, ServiceError,
};
use crate::runtime::{InvokeError, PluginKind, SbomSnapshot};
use crate::state::{NewPolicy, PolicyChange, PolicyRef, PolicyResultRow, PolicyRow, policy_status};

/// Gas limit of the validation of a policy at `policy add`: a billed invocation like any
/// other (the tenant supplies the policy, so the tenant pays for checking it).
const CHECK_GAS: u64 = 200_000_000;

/// Default gas limit of one policy evaluation: a fixed allowance plus this much per component,
/// since Rego interpreted in the sandbox costs about 0.5–1.5 M gas per component for the
/// rule sets in `examples/policies`.
pub fn policy_gas_limit(components: u64) -> u64 {
    super::DEFAULT_GAS_LIMIT.saturating_add(components.saturating_mul(2_000_000))
}

/// The built-in plugin that evaluates policies written in Rego.
pub const REGO_PLUGIN: &str = "rego";

/// Largest Rego source a policy may have.
pub const MAX_REGO_BYTES: usize = 1 << 20;

/// Sets the [`REGO_PLUGIN`]'s configuration for a policy written in Rego: its source and,
/// if given, the query listing the findings.
pub fn set_rego_source(
    config: &mut BTreeMap<String, String>,
    source: String,
    query: Option<String>,
) {
    config.insert("policy".to_string(), source);
    if let Some(query) = query {
        config.insert("query".to_string(), query);
    }
}

/// Refuses a Rego source over [`MAX_REGO_BYTES`] for the built-in Rego plugin, however it came
/// (a policy's file or body, a JSON configuration, `invoke --config`).
pub(super) fn check_rego_size(
    row: &crate::state::PluginRow,
    config: &BTreeMap<String, String>,
) -> Result<(), String> {
    let source = config.get("policy").map_or(0, String::len);
    if row.builtin && row.name == REGO_PLUGIN && source > MAX_REGO_BYTES {
        return Err(format!(
            "the Rego source is {source} bytes; a Rego policy may have at most {MAX_REGO_BYTES}"
        ));
    }
    Ok(())
}

/// Configuration key the host sets for the validation dry run; reserved.
const MODE_KEY: &str = "mode";

/// One policy's evaluation, as `policy eval` reports it.
#[derive(Debug, Serialize)]
pub struct PolicyOutcome {
    /// Policy name.
    pub policy: String,
    /// Version evaluated.
    pub version: u64,
    /// Whether a failure fails `policy eval`.
    pub enforce: bool,
    /// `pass`, `fail` or `error`.
    pub status: &'static str,
    /// The invocation: gas, findings, error.
    pub report: InvokeReport,
}

impl PolicyOutcome {
    /// Whether this outcome should fail a CI gate: an enforced policy that failed or erred.
    pub fn blocks(&self) -> bool {
        self.enforce && self.status != "pass"
    }
}

impl Service {
    /// Adds (or versions) a policy of `tenant`: `plugin` with `config`. The policy is first
    /// run in the sandbox over an empty SBOM with `mode=check`, so a Rego syntax error (with
    /// its line and column) or a bad configuration is reported now, not at evaluation. That
    /// check is a billed invocation (returned, or named in the error when the policy is
    /// refused).
    pub fn add_policy(
        &self,
        tenant: &str,
        name: &str,
        plugin: &str,
        config: BTreeMap<String, String>,
        enforce: bool,
    ) -> Result<(PolicyRow, PolicyChange, InvokeReport), ServiceError> {
        self.balance(tenant)?;
        // Before the billed check: a policy that cannot be stored must not cost anything.
        crate::state::policies::check_policy_name(name)?;
        if config.contains_key(MODE_KEY) {
            return Err(ServiceError::InvalidPolicy {
                name: name.to_string(),
                message: format!("the configuration key `{MODE_KEY}` is reserved for the host"),
                diagnostics: Vec::new(),
            });
        }
        let (row, loaded) = self.plugin(Some(tenant), plugin)?;
        Self::expect_kind(&row, &loaded, PluginKind::Policy)?;
        check_rego_size(&row, &config).map_err(|message| ServiceError::InvalidPolicy {
            name: name.to_string(),
            message,
            diagnostics: Vec::new(),
        })?;
        let mut check = config.clone();
        check.insert(MODE_KEY.to_string(), "check".to_string());
        let opts = InvokeOptions {
            gas_limit: CHECK_GAS,
            config: check,
            validation: None,
        };
        // Why the check failed, in the plugin's own words (the report has it as one string).
        let mut refused: Option<(String, Vec<DiagnosticOut>)> = None;
        let report = self.run_charged(
            Call {
                tenant,
                row: &row,
                opts: &opts,
                subject: None,
            },
            |spec| {
                let invocation = self.sandbox.evaluate(&loaded, SbomSnapshot::empty(), spec);
                if let Err(e) = &invocation.result {
                    refused = Some(match e {
                        InvokeError::Rejected { error, reported } => (
                            error.message.clone(),
                            reported
                                .iter()
                                .map(DiagnosticOut::from)
                                .chain(error.diagnostics.iter().map(DiagnosticOut::from))
                                .collect(),
                        ),
                        InvokeError::OutOfGas { .. } => (
                            format!(
                                "checking the policy used more than {CHECK_GAS} gas over an \
                                 empty SBOM; simplify it"
                            ),
                            Vec::new(),
                        ),
                        other => (other.to_string(), Vec::new()),
                    });
                }
                invocation
            },
            |evaluation| {
                let output = Output::Policy {
                    sbom_id: String::new(),
                    passed: evaluation.passed,
                    findings: Vec::new(),
                };
                (output, Persist::Ledger)
            },
            |_| None,
        )?;
        if !report.ok() {
            let (message, diagnostics) = refused.unwrap_or_else(|| {
                (
                    report
                        .error
                        .clone()
                        .unwrap_or_else(|| report.outcome.to_string()),
                    Vec::new(),
                )
            });
            return Err(ServiceError::InvalidPolicy {
                name: name.to_string(),
                message: format!(
                    "{message} (checking it was invocation {}, {} gas)",
                    report.invocation_id, report.gas_used
                ),
                diagnostics,
            });
        }
        let (row, change) = self.state.add_policy(&NewPolicy {
            tenant,
            name,
            plugin_id: &row.id,
            plugin_name: &row.name,
            config: &config,
            enforce,
        })?;
        Ok((row, change, report))
    }

    /// Evaluates the latest version of every policy of `tenant` (or only `only`) over one SBOM
    /// (the newest when `sbom_id` is `None`), each a billed invocation under `gas_limit`
    /// (default: [`policy_gas_limit`] of the SBOM's size).
    pub fn evaluate_policies(
        &self,
        tenant: &str,
        sbom_id: Option<&str>,
        only: Option<&str>,
        gas_limit: Option<u64>,
    ) -> Result<(String, Vec<PolicyOutcome>), ServiceError> {
        self.balance(tenant)?;
        let policies = match only {
            Some(name) => vec![self.state.policy(tenant, name)?.ok_or_else(|| {
                ServiceError::UnknownPolicy {
                    tenant: tenant.to_string(),
                    name: name.to_string(),
                }
            })?],
            None => self.state.policies(tenant)?,
        };
        if policies.is_empty() {
            return Err(ServiceError::NoPolicies(tenant.to_string()));
        }
        let sbom_id = self.sbom_or_newest(tenant, sbom_id)?;
        let gas_limit = match gas_limit {
            Some(limit) => limit,
            None => policy_gas_limit(self.snapshot(tenant, &sbom_id)?.components.len() as u64),
        };
        // All or nothing: refuse up front when the budget cannot cover every policy's limit,
        // rather than charge some and then fail.
        self.affordable(tenant, gas_limit.saturating_mul(policies.len() as u64))?;
        let mut outcomes = Vec::with_capacity(policies.len());
        for policy in policies {
            let opts = InvokeOptions {
                gas_limit,
                config: policy.config.clone(),
                validation: None,
            };
            let reference = PolicyRef {
                name: policy.name.clone(),
                version: policy.version,
                id: policy.id.clone(),
            };
            let report = self
                .evaluate_on(tenant, &policy.plugin_id, &sbom_id, &opts, Some(reference))?
                .wait()?;
            let verdict = match &report.output {
                Some(Output::Policy { passed, .. }) => Some(*passed),
                _ => None,
            };
            let status = policy_status(verdict);
            outcomes.push(PolicyOutcome {
                policy: policy.name,
                version: policy.version,
                enforce: policy.enforce,
                status,
                report,
            });
        }
        Ok((sbom_id, outcomes))
    }

    /// The latest stored result of each policy of `tenant` on one SBOM (id or unique prefix).
    pub fn policy_results(
        &self,
        tenant: &str,
        sbom_id: &str,
    ) -> Result<(String, Vec<PolicyResultRow>), ServiceError> {
        self.balance(tenant)?;
        let sbom_id = self.sbom_or_newest(tenant, Some(sbom_id))?;
        let results = self.state.policy_results(tenant, &sbom_id)?;
        Ok((sbom_id, results))
    }
}
