//! The `policy` world through the service: snapshots of a tenant's stored SBOMs (cached in
//! memory), the newest SBOM, and the billed evaluation whose result is stored with its ledger
//! row.

use crate::bindings::Evaluation;
use crate::runtime::{PluginKind, SbomSnapshot};
use crate::state::{NewPolicyResult, PolicyRef, StateWrite};

use super::{
    Call, FindingOut, InvokeOptions, InvokeReport, Output, Persist, Queued, SNAPSHOT_CACHE,
    Service, ServiceError, locked,
};

impl Service {
    /// Whether a policy call of `tenant` to `plugin` over `sbom` (the newest when `None`) can
    /// start from memory alone: the plugin resolved, loaded and a policy, and the SBOM's
    /// snapshot cached. Such a call touches neither the database nor the compiler before it
    /// runs, so `serve` may give it to a call worker. Looks at the caches only.
    pub fn policy_call_in_memory(&self, tenant: &str, plugin: &str, sbom: Option<&str>) -> bool {
        let key = (Some(tenant.to_string()), plugin.to_string());
        let Some(id) = locked(&self.resolved).get(&key).map(|row| row.id.clone()) else {
            return false;
        };
        let is_policy = locked(&self.loaded)
            .get(&id)
            .is_some_and(|l| l.kind() == PluginKind::Policy);
        let sbom_id = match sbom {
            Some(id) => id.to_string(),
            None => match locked(&self.newest).get(tenant) {
                Some((_, id)) => id.clone(),
                None => return false,
            },
        };
        is_policy && locked(&self.snapshots).contains_key(&(tenant.to_string(), sbom_id))
    }

    /// One SBOM of `tenant`, from memory when it was evaluated recently.
    pub(super) fn snapshot(
        &self,
        tenant: &str,
        sbom_id: &str,
    ) -> Result<SbomSnapshot, ServiceError> {
        let key = (tenant.to_string(), sbom_id.to_string());
        if let Some(snapshot) = locked(&self.snapshots).get(&key) {
            return Ok(snapshot.clone());
        }
        let snapshot =
            self.state
                .load_sbom(tenant, sbom_id)?
                .ok_or_else(|| ServiceError::UnknownSbom {
                    tenant: tenant.to_string(),
                    id: sbom_id.to_string(),
                })?;
        let mut cache = locked(&self.snapshots);
        if cache.len() >= SNAPSHOT_CACHE {
            cache.clear();
        }
        cache.insert(key, snapshot.clone());
        Ok(snapshot)
    }

    /// Evaluates a policy plugin over one SBOM of `tenant` (the newest when `sbom_id` is `None`).
    pub fn evaluate(
        &self,
        tenant: &str,
        plugin: &str,
        sbom_id: Option<&str>,
        opts: &InvokeOptions,
    ) -> Result<InvokeReport, ServiceError> {
        self.evaluate_queued(tenant, plugin, sbom_id, opts)?.wait()
    }

    /// [`Service::evaluate`] up to the point where the ledger row is queued: the call has run
    /// and its gas is reserved; the [`Queued`] settles it once the row is durable. An async
    /// caller awaits that instead of holding a thread.
    pub fn evaluate_queued(
        &self,
        tenant: &str,
        plugin: &str,
        sbom_id: Option<&str>,
        opts: &InvokeOptions,
    ) -> Result<Queued, ServiceError> {
        self.balance(tenant)?;
        let sbom_id = self.sbom_or_newest(tenant, sbom_id)?;
        self.evaluate_on(tenant, plugin, &sbom_id, opts, None)
    }

    /// The SBOM `id` (or unique id prefix) of `tenant`, or its newest SBOM when `id` is `None`.
    pub fn sbom_or_newest(&self, tenant: &str, id: Option<&str>) -> Result<String, ServiceError> {
        match id {
            Some(id) => {
                // Stored SBOMs never change or go away: one this tenant evaluated recently
                // needs no look-up.
                let key = (tenant.to_string(), id.to_string());
                if locked(&self.snapshots).contains_key(&key) {
                    return Ok(key.1);
                }
                self.state
                    .resolve_sbom(tenant, id)?
                    .ok_or_else(|| ServiceError::UnknownSbom {
                        tenant: tenant.to_string(),
                        id: id.to_string(),
                    })
            }
            None => {
                if let Some((_, id)) = locked(&self.newest).get(tenant) {
                    return Ok(id.clone());
                }
                let (invocation, id) = self
                    .state
                    .newest_sbom(tenant)?
                    .ok_or_else(|| ServiceError::NoSbom(tenant.to_string()))?;
                self.saw_sbom(tenant, invocation, &id);
                Ok(id)
            }
        }
    }

    /// Notes an SBOM of `tenant` stored by `invocation`. Invocation ids only grow, and every
    /// SBOM this process stores passes here, so the highest one seen is the newest (an older
    /// answer from the database cannot replace a newer one stored meanwhile).
    pub(super) fn saw_sbom(&self, tenant: &str, invocation: u64, id: &str) {
        let mut newest = locked(&self.newest);
        let entry = newest
            .entry(tenant.to_string())
            .or_insert_with(|| (invocation, id.to_string()));
        if invocation > entry.0 {
            *entry = (invocation, id.to_string());
        }
    }

    /// Evaluates a policy plugin over the SBOM `sbom_id` and stores the result (a failed call
    /// too, as an `error` result) with the ledger row; `policy` names the tenant policy run.
    pub(super) fn evaluate_on(
        &self,
        tenant: &str,
        plugin: &str,
        sbom_id: &str,
        opts: &InvokeOptions,
        policy: Option<PolicyRef>,
    ) -> Result<Queued, ServiceError> {
        let (row, loaded) = self.plugin(Some(tenant), plugin)?;
        Self::expect_kind(&row, &loaded, PluginKind::Policy)?;
        super::policy::check_rego_size(&row, &opts.config).map_err(|message| {
            ServiceError::InvalidPolicy {
                name: plugin.to_string(),
                message,
                diagnostics: Vec::new(),
            }
        })?;
        let snapshot = self.snapshot(tenant, sbom_id)?;
        let result = |evaluation: Evaluation, error: Option<String>| {
            StateWrite::PolicyResult(Box::new(NewPolicyResult {
                tenant: tenant.to_string(),
                sbom_id: sbom_id.to_string(),
                plugin_id: row.id.clone(),
                plugin_name: row.name.clone(),
                policy: policy.clone(),
                evaluation,
                error,
            }))
        };
        self.run_charged_queued(
            Call {
                tenant,
                row: &row,
                opts,
                subject: Some(sbom_id.to_string()),
            },
            |spec| self.sandbox.evaluate(&loaded, snapshot, spec),
            |evaluation: Evaluation| {
                let output = Output::Policy {
                    sbom_id: sbom_id.to_string(),
                    passed: evaluation.passed,
                    findings: evaluation.findings.iter().map(FindingOut::from).collect(),
                };
                (output, Persist::Write(result(evaluation, None)))
            },
            |error| {
                let failed = Evaluation {
                    passed: false,
                    findings: Vec::new(),
                };
                Some(result(failed, Some(error.to_string())))
            },
        )
    }
}
