//! Tenant policies: named, versioned, content-addressed definitions (a policy plugin plus its
//! configuration, e.g. the built-in `rego` plugin with the Rego source), and the latest stored
//! result of each policy on an SBOM, which `policy report` turns into JSON, a table or OSCAL.

use std::collections::BTreeMap;

use duckdb::{OptionalExt, params};
use serde::Serialize;

use super::writer::ts;
use super::{State, StateError, now_us, valid_name};

/// A policy definition to add for a tenant.
pub struct NewPolicy<'a> {
    /// Owner.
    pub tenant: &'a str,
    /// Policy name, unique per tenant.
    pub name: &'a str,
    /// The policy plugin that evaluates it.
    pub plugin_id: &'a str,
    /// That plugin's name.
    pub plugin_name: &'a str,
    /// The plugin's configuration (for Rego: `policy` = source, optionally `query`).
    pub config: &'a BTreeMap<String, String>,
    /// Whether a failure of this policy fails `policy eval` (a CI gate).
    pub enforce: bool,
}

/// One version of a tenant's policy.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct PolicyRow {
    /// Policy name.
    pub name: String,
    /// Version: 1 for the first definition, +1 for every changed one.
    pub version: u64,
    /// Content address: blake3 of the plugin id, configuration and enforce flag.
    pub id: String,
    /// Plugin name.
    pub plugin: String,
    /// Plugin content address.
    pub plugin_id: String,
    /// Whether a failure fails `policy eval`.
    pub enforce: bool,
    /// The plugin configuration, keys sorted.
    pub config: BTreeMap<String, String>,
    /// When this version was added (UTC).
    pub added_at: String,
}

/// What `add_policy` did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PolicyChange {
    /// A new policy (version 1).
    Created,
    /// A new version of an existing policy.
    Updated,
    /// The definition equals the latest version; nothing was written.
    Unchanged,
}

/// A stored finding of one evaluation.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct StoredFinding {
    /// Rule id.
    pub rule_id: String,
    /// `info`, `warning` or `error`.
    pub severity: String,
    /// Component bom-ref, if component-level.
    pub component_ref: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub remediation: Option<String>,
}

/// The latest evaluation of one tenant policy on one SBOM.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct PolicyResultRow {
    /// Policy name.
    pub policy: String,
    /// Policy version evaluated.
    pub version: u64,
    /// Content address of that version.
    pub policy_id: String,
    /// Plugin that evaluated it.
    pub plugin: String,
    /// Whether the policy is enforced.
    pub enforce: bool,
    /// `pass`, `fail` or `error`.
    pub status: String,
    /// Why the evaluation did not finish, for `error`.
    pub error: Option<String>,
    /// Ledger row of the evaluation.
    pub invocation_id: u64,
    /// Gas charged for it.
    pub gas_used: u64,
    /// Start of the evaluation, RFC 3339 UTC.
    pub started_at: String,
    /// End of the evaluation, RFC 3339 UTC.
    pub finished_at: String,
    /// Its findings, sorted by rule, component and message.
    pub findings: Vec<StoredFinding>,
}

/// RFC 3339 UTC with microseconds, as DuckDB's `strftime` writes it.
const RFC3339_UTC: &str = "%Y-%m-%dT%H:%M:%S.%fZ";

/// The content address of a policy definition.
pub fn policy_id(plugin_id: &str, config: &BTreeMap<String, String>, enforce: bool) -> String {
    let canonical = serde_json::json!({
        "config": config,
        "enforce": enforce,
        "plugin": plugin_id,
    });
    blake3::hash(canonical.to_string().as_bytes())
        .to_hex()
        .to_string()
}

fn policy_row(r: &duckdb::Row<'_>) -> duckdb::Result<PolicyRow> {
    let config: String = r.get(6)?;
    Ok(PolicyRow {
        name: r.get(0)?,
        version: r.get(1)?,
        id: r.get(2)?,
        plugin: r.get(3)?,
        plugin_id: r.get(4)?,
        enforce: r.get(5)?,
        config: serde_json::from_str(&config).unwrap_or_default(),
        added_at: r.get(7)?,
    })
}

const POLICY_COLUMNS: &str = "name, version, id, plugin_name, plugin_id, enforce, config, \
                              strftime(added_at, '%Y-%m-%dT%H:%M:%SZ')";

/// Refuses a policy name that is not 1-64 characters from a-z, A-Z, 0-9, `-`, `_`, `.`.
pub fn check_policy_name(name: &str) -> Result<(), StateError> {
    if valid_name(name) {
        return Ok(());
    }
    Err(StateError::Config(format!(
        "invalid policy name `{name}`: use 1-64 characters from a-z, A-Z, 0-9, `-`, `_`, `.`"
    )))
}

impl State {
    /// Adds a policy definition: version 1 for a new name, the next version when it differs
    /// from the latest one, nothing when it is the same.
    pub fn add_policy(&self, p: &NewPolicy<'_>) -> Result<(PolicyRow, PolicyChange), StateError> {
        check_policy_name(p.name)?;
        let id = policy_id(p.plugin_id, p.config, p.enforce);
        let latest = self.policy(p.tenant, p.name)?;
        let (version, change) = match &latest {
            Some(l) if l.id == id => return Ok((l.clone(), PolicyChange::Unchanged)),
            Some(l) => (l.version + 1, PolicyChange::Updated),
            None => (1, PolicyChange::Created),
        };
        let config = serde_json::to_string(p.config).map_err(|e| {
            StateError::Config(format!("cannot store the policy configuration: {e}"))
        })?;
        self.conn().execute(
            "INSERT INTO policies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params![
                p.tenant,
                p.name,
                version,
                id,
                p.plugin_id,
                p.plugin_name,
                config,
                p.enforce,
                ts(now_us())
            ],
        )?;
        let row = self.policy(p.tenant, p.name)?.ok_or_else(|| {
            StateError::Writer(format!("policy `{}` vanished after it was added", p.name))
        })?;
        Ok((row, change))
    }

    /// The latest version of one policy of `tenant`.
    pub fn policy(&self, tenant: &str, name: &str) -> Result<Option<PolicyRow>, StateError> {
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT {POLICY_COLUMNS} FROM policies WHERE tenant = ? AND name = ?
                     ORDER BY version DESC LIMIT 1"
                ),
                [tenant, name],
                policy_row,
            )
            .optional()?)
    }

    /// The latest version of every policy of `tenant`, by name.
    pub fn policies(&self, tenant: &str) -> Result<Vec<PolicyRow>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {POLICY_COLUMNS} FROM policies WHERE tenant = ?
             QUALIFY row_number() OVER (PARTITION BY name ORDER BY version DESC) = 1
             ORDER BY name"
        ))?;
        let rows = stmt.query_map([tenant], policy_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The latest evaluation of each of `tenant`'s policies on one SBOM, by policy name.
    pub fn policy_results(
        &self,
        tenant: &str,
        sbom_id: &str,
    ) -> Result<Vec<PolicyResultRow>, StateError> {
        self.sync_ledger()?;
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT r.policy_name, r.policy_version, r.policy_id, r.plugin_name,
                    coalesce(p.enforce, false), r.status, r.error, r.invocation_id, i.gas_used,
                    strftime(i.started_at, '{RFC3339_UTC}'), strftime(i.finished_at, '{RFC3339_UTC}')
             FROM policy_results r
             JOIN invocations i ON i.id = r.invocation_id AND i.tenant = r.tenant
             LEFT JOIN policies p
               ON p.tenant = r.tenant AND p.name = r.policy_name AND p.version = r.policy_version
             WHERE r.tenant = ? AND r.sbom_id = ? AND r.policy_name IS NOT NULL
             QUALIFY row_number() OVER (PARTITION BY r.policy_name ORDER BY r.invocation_id DESC) = 1
             ORDER BY r.policy_name"
        ))?;
        let mut results = stmt
            .query_map([tenant, sbom_id], |r| {
                Ok(PolicyResultRow {
                    policy: r.get(0)?,
                    version: r.get(1)?,
                    policy_id: r.get(2)?,
                    plugin: r.get(3)?,
                    enforce: r.get(4)?,
                    status: r.get(5)?,
                    error: r.get(6)?,
                    invocation_id: r.get(7)?,
                    gas_used: r.get(8)?,
                    started_at: r.get(9)?,
                    finished_at: r.get(10)?,
                    findings: Vec::new(),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = conn.prepare(
            "SELECT rule_id, severity, component_ref, message, remediation FROM findings
             WHERE tenant = ? AND invocation_id = ?
             ORDER BY rule_id, component_ref NULLS FIRST, message, severity, remediation",
        )?;
        for result in &mut results {
            result.findings = stmt
                .query_map(params![tenant, result.invocation_id], |r| {
                    Ok(StoredFinding {
                        rule_id: r.get(0)?,
                        severity: r.get(1)?,
                        component_ref: r.get(2)?,
                        message: r.get(3)?,
                        remediation: r.get(4)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
        }
        Ok(results)
    }
}
