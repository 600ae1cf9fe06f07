//! The service: one invocation end to end. Tenant → gas reservation → sandboxed call →
//! state write and ledger row in one durable transaction → settlement → report.

use std::collections::{BTreeMap, HashMap};
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::Serialize;

mod ingest;
mod policy;
mod workers;

pub use ingest::Document;
use ingest::{blobs_dir, persist_sbom};
pub use policy::{MAX_REGO_BYTES, PolicyOutcome, REGO_PLUGIN, policy_gas_limit, set_rego_source};
pub use workers::{WorkerError, Workers};

use crate::bindings::{Diagnostic, Evaluation};
use crate::gas::{Balance, BudgetError, Budgets, GasBreakdown, GasClass, GasSchedule, Reservation};
use crate::plugins::{self, BUILTINS};
use crate::runtime::{
    CallSpec, ComponentShape, InvokeError, LoadError, LoadedPlugin, LogLine, PluginKind, Sandbox,
    SandboxConfig, SbomSnapshot, plugin_id,
};
use crate::state::blobs::{Blobs, Staged};
use crate::state::{
    Committed, Committing, Ingest, LedgerRow, NewPolicyResult, NewSbom, PluginRow, PolicyRef,
    State, StateError, StateWrite, WriteJob, now_us,
};

/// Default gas limit of one invocation.
pub const DEFAULT_GAS_LIMIT: u64 = 50_000_000;

/// Default gas limit of a parse: a fixed allowance plus this much per document byte, so a
/// large SBOM is not refused by a limit sized for small calls.
pub fn parse_gas_limit(document_bytes: u64) -> u64 {
    DEFAULT_GAS_LIMIT.saturating_add(document_bytes.saturating_mul(2_000))
}

/// Gas limit of one (unbilled) format-detection call.
const DETECT_GAS: u64 = 5_000_000;

/// Why a request could not be served (as opposed to a plugin failing, which is charged and
/// reported in [`InvokeReport::result`]).
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// Budget refused the reservation, or the tenant is unknown.
    #[error(transparent)]
    Budget(#[from] BudgetError),
    /// The database failed.
    #[error(transparent)]
    State(#[from] StateError),
    /// The component is not a usable plugin.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// No plugin by that name or id.
    #[error("unknown plugin `{0}`: list installed plugins with `traceguard plugin list`")]
    UnknownPlugin(String),
    /// The plugin is of another kind than the operation needs.
    #[error("plugin `{name}` is a {actual} plugin; this operation needs a {wanted} plugin")]
    WrongKind {
        /// Plugin name.
        name: String,
        /// Its kind.
        actual: &'static str,
        /// The kind needed.
        wanted: &'static str,
    },
    /// The tenant has no SBOM to evaluate.
    #[error(
        "tenant `{0}` has no SBOM yet: ingest one first (`traceguard ingest --tenant {0} FILE`, or `POST /v1/sboms`)"
    )]
    NoSbom(String),
    /// The document to ingest could not be read or staged.
    #[error("cannot read {what}: {error}")]
    Document {
        /// The file (or "the request body").
        what: String,
        /// The I/O error.
        error: std::io::Error,
    },
    /// No policy of that name for this tenant.
    #[error(
        "tenant `{tenant}` has no policy `{name}` (list them with `traceguard policy list --tenant {tenant}`)"
    )]
    UnknownPolicy {
        /// Tenant.
        tenant: String,
        /// The name asked for.
        name: String,
    },
    /// The tenant has no policies to evaluate.
    #[error(
        "tenant `{0}` has no policies: add one with `traceguard policy add --tenant {0} NAME FILE.rego`"
    )]
    NoPolicies(String),
    /// A policy failed its validation at `policy add`.
    #[error("policy `{name}` is invalid: {message}")]
    InvalidPolicy {
        /// Policy name.
        name: String,
        /// What is wrong (for Rego: with the line and column).
        message: String,
        /// Every diagnostic the check reported.
        diagnostics: Vec<DiagnosticOut>,
    },
    /// No such SBOM for this tenant.
    #[error(
        "tenant `{tenant}` has no SBOM `{id}` (list them with `traceguard sbom list --tenant {tenant}`)"
    )]
    UnknownSbom {
        /// Tenant.
        tenant: String,
        /// The id asked for.
        id: String,
    },
}

/// Per-call options.
#[derive(Clone, Debug)]
pub struct InvokeOptions {
    /// Gas reserved and at most charged.
    pub gas_limit: u64,
    /// Values the plugin reads with `host.config`.
    pub config: BTreeMap<String, String>,
}

impl Default for InvokeOptions {
    fn default() -> Self {
        InvokeOptions {
            gas_limit: DEFAULT_GAS_LIMIT,
            config: BTreeMap::new(),
        }
    }
}

/// What a successful invocation produced.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Output {
    /// A parsed and stored SBOM.
    Sbom {
        /// Content address of the document.
        sbom_id: String,
        /// Format.
        format: String,
        /// Spec version.
        spec_version: String,
        /// Document name.
        name: Option<String>,
        /// Components stored.
        components: u64,
        /// Dependency edge sets stored.
        dependencies: u64,
        /// Warnings and notes.
        diagnostics: Vec<DiagnosticOut>,
        /// The same document was already stored for this tenant; nothing new was written.
        duplicate: bool,
    },
    /// A policy evaluation.
    Policy {
        /// The SBOM evaluated.
        sbom_id: String,
        /// The verdict.
        passed: bool,
        /// The findings.
        findings: Vec<FindingOut>,
    },
}

/// A diagnostic as reported to users.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DiagnosticOut {
    /// `info`, `warning` or `error`.
    pub severity: &'static str,
    /// Location in the document.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl From<&Diagnostic> for DiagnosticOut {
    fn from(d: &Diagnostic) -> Self {
        DiagnosticOut {
            severity: d.severity.name(),
            path: d.path.clone(),
            message: d.message.clone(),
        }
    }
}

/// A finding as reported to users.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct FindingOut {
    /// Rule id.
    pub rule_id: String,
    /// Severity name.
    pub severity: &'static str,
    /// Component bom-ref, if component-level.
    pub component_ref: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub remediation: Option<String>,
}

impl From<&crate::bindings::Finding> for FindingOut {
    fn from(f: &crate::bindings::Finding) -> Self {
        FindingOut {
            rule_id: f.rule_id.clone(),
            severity: f.severity.name(),
            component_ref: f.component_ref.clone(),
            message: f.message.clone(),
            remediation: f.remediation.clone(),
        }
    }
}

/// The full account of one invocation.
#[derive(Debug, Serialize)]
pub struct InvokeReport {
    /// Ledger id.
    pub invocation_id: u64,
    /// Tenant charged.
    pub tenant: String,
    /// Plugin name.
    pub plugin: String,
    /// Plugin content address.
    pub plugin_id: String,
    /// Gas reserved.
    pub gas_limit: u64,
    /// Gas charged (the limit if out of gas).
    pub gas_used: u64,
    /// Gas per class as metered.
    pub gas: GasBreakdown,
    /// Gas schedule version charged under.
    pub schedule_version: String,
    /// `ok` or the failure kind.
    pub outcome: &'static str,
    /// What the plugin produced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Output>,
    /// Why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Diagnostics attached to a rejection.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub error_diagnostics: Vec<DiagnosticOut>,
    /// What the plugin logged.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub logs: Vec<LogLine>,
    /// Budget left after settlement.
    pub budget_remaining: u64,
}

impl InvokeReport {
    /// Whether the plugin succeeded.
    pub fn ok(&self) -> bool {
        self.outcome == "ok"
    }

    /// The diagnostics to show: the stored SBOM's, or those of the refusal.
    pub fn diagnostics(&self) -> &[DiagnosticOut] {
        match &self.output {
            Some(Output::Sbom { diagnostics, .. }) => diagnostics,
            _ => &self.error_diagnostics,
        }
    }

    /// Whether a policy ran and its verdict was "failed".
    pub fn policy_failed(&self) -> bool {
        matches!(self.output, Some(Output::Policy { passed: false, .. }))
    }
}

/// A plugin as shown by `plugin inspect`.
#[derive(Debug, Serialize)]
pub struct PluginInfo {
    /// Registry row.
    #[serde(flatten)]
    pub row: PluginRow,
    /// The WIT world.
    pub world: String,
    /// Imports and exports.
    #[serde(flatten)]
    pub shape: ComponentShape,
}

/// The TraceGuard service over one database.
pub struct Service {
    state: Arc<State>,
    blobs: Blobs,
    sandbox: Sandbox,
    budgets: Arc<Budgets>,
    /// Compiled plugins by content address; never stale, since an id names fixed bytes.
    loaded: Mutex<HashMap<String, Arc<LoadedPlugin>>>,
    /// (tenant, name or id) → registry row; cleared whenever a plugin is installed.
    resolved: Mutex<HashMap<(Option<String>, String), PluginRow>>,
    /// Each tenant's newest SBOM (by invocation id), so evaluating "the newest" costs no query.
    newest: Mutex<HashMap<String, (u64, String)>>,
    /// Recently evaluated SBOMs. Stored SBOMs are content-addressed and never change.
    snapshots: Mutex<HashMap<(String, String), SbomSnapshot>>,
}

/// SBOM snapshots kept in memory at most.
const SNAPSHOT_CACHE: usize = 16;

fn locked<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Each cache update is a single insert/clear, so a poisoned lock still holds a valid map.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Service {
    /// Opens the database, registers the built-in plugins and loads tenant balances.
    pub fn open(db: &Path, sandbox: SandboxConfig) -> anyhow::Result<Self> {
        let state = State::open(db)?;
        let blobs_dir = blobs_dir(db);
        let blobs = Blobs::open(&blobs_dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot open the document store {}: {e}",
                blobs_dir.display()
            )
        })?;
        let cache_key = state.secret("compiled-cache")?;
        let sandbox = Sandbox::with_cache_key(sandbox, GasSchedule::default_schedule(), cache_key)?;
        let service = Service {
            state,
            blobs,
            sandbox,
            budgets: Arc::default(),
            loaded: Mutex::default(),
            resolved: Mutex::default(),
            newest: Mutex::default(),
            snapshots: Mutex::default(),
        };
        service.register_builtins()?;
        for t in service.state.tenants()? {
            service.budgets.load(&t.name, t.budget, t.spent);
        }
        Ok(service)
    }

    fn register_builtins(&self) -> Result<(), ServiceError> {
        let known: Vec<String> = self.state.plugins()?.into_iter().map(|p| p.id).collect();
        for b in BUILTINS {
            let id = plugin_id(b.bytes);
            if known.contains(&id) {
                continue;
            }
            let kind = PluginKind::from_exports(&plugins::shape(b.bytes)?.exports)?;
            self.state
                .put_plugin(&id, b.name, kind.name(), None, b.bytes.len() as u64)?;
        }
        Ok(())
    }

    /// The database.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The sandbox.
    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }

    /// Creates a tenant with a gas budget.
    pub fn create_tenant(&self, name: &str, budget: u64) -> Result<(), ServiceError> {
        self.state.create_tenant(name, budget)?;
        self.budgets.load(name, budget, 0);
        Ok(())
    }

    /// Changes a tenant's budget.
    pub fn set_budget(&self, name: &str, budget: u64) -> Result<(), ServiceError> {
        self.state.set_budget(name, budget)?;
        self.budgets.set_budget(name, budget)?;
        Ok(())
    }

    /// A tenant's balance.
    pub fn balance(&self, tenant: &str) -> Result<Balance, ServiceError> {
        self.budgets
            .balance(tenant)
            .ok_or_else(|| BudgetError::UnknownTenant(tenant.to_string()).into())
    }

    /// Refuses a gas limit below the base cost of one invocation: such a call could do nothing
    /// but fail, and would still leave a ledger row.
    fn covers_base(&self, gas_limit: u64) -> Result<(), BudgetError> {
        let base = self.sandbox.schedule().price(GasClass::Base);
        if gas_limit < base {
            return Err(BudgetError::BelowBase {
                limit: gas_limit,
                base,
            });
        }
        Ok(())
    }

    /// Refuses, before any work is done for it (detection, staging, compiling), a call that
    /// `tenant` could not pay for: a gas limit below the base cost, or above what the tenant
    /// has available. The reservation itself comes later and can still be refused.
    pub fn affordable(&self, tenant: &str, gas_limit: u64) -> Result<(), ServiceError> {
        let balance = self.balance(tenant)?;
        self.covers_base(gas_limit)?;
        if balance.available < gas_limit {
            return Err(BudgetError::Insufficient {
                tenant: tenant.to_string(),
                requested: gas_limit,
                available: balance.available,
                budget: balance.budget,
            }
            .into());
        }
        Ok(())
    }

    /// Validates (compile + link) and installs a plugin: for every tenant when `owner` is
    /// `None`, otherwise for that tenant alone. Returns its registry row.
    pub fn install_plugin(
        &self,
        owner: Option<&str>,
        bytes: &[u8],
        name: &str,
    ) -> Result<PluginRow, ServiceError> {
        if let Some(tenant) = owner {
            self.balance(tenant)?;
            // Compiling is the expensive part: a tenant at its cap is refused before it.
            self.state.tenant_plugin_room(tenant, &plugin_id(bytes))?;
        }
        let loaded = self.sandbox.load(bytes)?;
        let id = loaded.id().to_string();
        let kind = loaded.kind().name();
        match owner {
            None => self
                .state
                .put_plugin(&id, name, kind, Some(bytes), bytes.len() as u64)?,
            Some(tenant) => self
                .state
                .put_tenant_plugin(tenant, &id, name, kind, bytes)?,
        }
        locked(&self.loaded).insert(id.clone(), Arc::new(loaded));
        locked(&self.resolved).clear();
        self.state
            .plugins_for(owner)?
            .into_iter()
            .find(|p| p.id == id && p.owner.as_deref() == owner)
            .ok_or(ServiceError::UnknownPlugin(id))
    }

    fn bytes_of(&self, row: &PluginRow) -> Result<Vec<u8>, ServiceError> {
        if let Some(bytes) = plugins::builtin_bytes(&row.id) {
            return Ok(bytes.to_vec());
        }
        self.state
            .plugin_wasm(row)?
            .ok_or_else(|| ServiceError::UnknownPlugin(row.id.clone()))
    }

    /// Resolves a plugin `tenant` may use (its own before a global one; only global ones when
    /// `None`) by name or id, and loads it (once per process).
    pub fn plugin(
        &self,
        tenant: Option<&str>,
        name_or_id: &str,
    ) -> Result<(PluginRow, Arc<LoadedPlugin>), ServiceError> {
        let key = (tenant.map(str::to_string), name_or_id.to_string());
        let cached = locked(&self.resolved).get(&key).cloned();
        let row = match cached {
            Some(row) => row,
            None => {
                let row = self
                    .state
                    .find_plugin(tenant, name_or_id)?
                    .ok_or_else(|| ServiceError::UnknownPlugin(name_or_id.to_string()))?;
                locked(&self.resolved).insert(key, row.clone());
                row
            }
        };
        if let Some(loaded) = locked(&self.loaded).get(&row.id) {
            return Ok((row, loaded.clone()));
        }
        let loaded = Arc::new(self.sandbox.load(&self.bytes_of(&row)?)?);
        locked(&self.loaded).insert(row.id.clone(), loaded.clone());
        Ok((row, loaded))
    }

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
    fn snapshot(&self, tenant: &str, sbom_id: &str) -> Result<SbomSnapshot, ServiceError> {
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

    /// Describes a plugin `tenant` may use (a global one when `None`).
    pub fn inspect(
        &self,
        tenant: Option<&str>,
        name_or_id: &str,
    ) -> Result<PluginInfo, ServiceError> {
        let row = self
            .state
            .find_plugin(tenant, name_or_id)?
            .ok_or_else(|| ServiceError::UnknownPlugin(name_or_id.to_string()))?;
        let shape = plugins::shape(&self.bytes_of(&row)?)?;
        Ok(PluginInfo {
            world: format!("traceguard:plugin/{}@0.1.0", row.kind),
            row,
            shape,
        })
    }

    fn expect_kind(
        row: &PluginRow,
        loaded: &LoadedPlugin,
        wanted: PluginKind,
    ) -> Result<(), ServiceError> {
        if loaded.kind() != wanted {
            return Err(ServiceError::WrongKind {
                name: row.name.clone(),
                actual: loaded.kind().name(),
                wanted: wanted.name(),
            });
        }
        Ok(())
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
    fn saw_sbom(&self, tenant: &str, invocation: u64, id: &str) {
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
    fn evaluate_on(
        &self,
        tenant: &str,
        plugin: &str,
        sbom_id: &str,
        opts: &InvokeOptions,
        policy: Option<PolicyRef>,
    ) -> Result<Queued, ServiceError> {
        let (row, loaded) = self.plugin(Some(tenant), plugin)?;
        Self::expect_kind(&row, &loaded, PluginKind::Policy)?;
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
        self.invoke_queued(
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

    /// Reserve, run, commit, settle: [`Service::invoke_queued`], then wait for the commit.
    fn invoke<T>(
        &self,
        call: Call<'_>,
        run: impl FnOnce(&CallSpec) -> crate::runtime::Invocation<T>,
        produce: impl FnOnce(T) -> (Output, Persist),
        on_error: impl FnOnce(&str) -> Option<StateWrite>,
    ) -> Result<InvokeReport, ServiceError> {
        self.invoke_queued(call, run, produce, on_error)?.wait()
    }

    /// Reserve, run, queue the commit. `run` performs the sandboxed call; `produce` turns its
    /// output into the user-facing output and the state it writes; `on_error` gives what a
    /// failed call records beside its ledger row (nothing of the plugin's own output). The
    /// returned [`Queued`] settles the reservation once the ledger row is durable.
    fn invoke_queued<T>(
        &self,
        call: Call<'_>,
        run: impl FnOnce(&CallSpec) -> crate::runtime::Invocation<T>,
        produce: impl FnOnce(T) -> (Output, Persist),
        on_error: impl FnOnce(&str) -> Option<StateWrite>,
    ) -> Result<Queued, ServiceError> {
        let Call {
            tenant,
            row,
            opts,
            subject,
        } = call;
        self.covers_base(opts.gas_limit)?;
        let schedule = self.sandbox.schedule();
        let reservation: Reservation = self.budgets.reserve(tenant, opts.gas_limit)?;
        let started = now_us();
        let spec = CallSpec {
            gas_limit: opts.gas_limit,
            config: Arc::new(opts.config.clone()),
            now: u64::try_from(started / 1_000_000).unwrap_or(0),
        };
        // A panic in the host while the call runs must not keep its gas reserved for ever.
        let invocation = match std::panic::catch_unwind(AssertUnwindSafe(|| run(&spec))) {
            Ok(invocation) => invocation,
            Err(panic) => {
                self.budgets.release(reservation);
                std::panic::resume_unwind(panic);
            }
        };
        let gas = invocation.usage.price(schedule);
        let gas_used = match &invocation.result {
            Err(InvokeError::OutOfGas { .. } | InvokeError::Timeout(_) | InvokeError::Slept(_)) => {
                opts.gas_limit
            }
            // The host failed the plugin, not the other way round.
            Err(InvokeError::Host(_)) => 0,
            _ => gas.total().min(opts.gas_limit),
        };
        let (outcome, output, write, error, error_diagnostics) = match invocation.result {
            Ok(value) => {
                let (output, write) = produce(value);
                ("ok", Some(output), Some(write), None, Vec::new())
            }
            Err(e) => {
                let diagnostics = match &e {
                    InvokeError::Rejected { error, reported } => reported
                        .iter()
                        .chain(&error.diagnostics)
                        .map(DiagnosticOut::from)
                        .collect(),
                    _ => Vec::new(),
                };
                let error = e.to_string();
                let write = on_error(&error).map(Persist::Write);
                (e.outcome(), None, write, Some(error), diagnostics)
            }
        };
        let id = self.state.next_invocation_id();
        let ledger = LedgerRow {
            id,
            tenant: tenant.to_string(),
            plugin_id: row.id.clone(),
            plugin_name: row.name.clone(),
            kind: row.kind.clone(),
            gas_limit: opts.gas_limit,
            gas_used,
            gas,
            outcome: outcome.to_string(),
            error: error.clone(),
            schedule_version: schedule.version().to_string(),
            started_at_us: started,
            finished_at_us: now_us(),
            cpu_us: invocation.cpu_time.as_micros() as u64,
            subject,
        };
        let committing = match write {
            Some(Persist::Ingest(ingest)) => {
                let (ingest, sbom, blob) = *ingest;
                Ok(Committing::done(persist_sbom(ingest, sbom, blob, ledger)))
            }
            Some(Persist::Write(write)) => self.state.submit(WriteJob {
                ledger,
                write: Some(write),
            }),
            Some(Persist::Ledger) | None => self.state.submit(WriteJob {
                ledger,
                write: None,
            }),
        };
        let committing = match committing {
            Ok(c) => c,
            Err(e) => {
                // Nothing was recorded, so nothing is charged.
                self.budgets.release(reservation);
                return Err(e.into());
            }
        };
        Ok(Queued {
            budgets: self.budgets.clone(),
            committing,
            unsettled: Some((
                reservation,
                InvokeReport {
                    invocation_id: id,
                    tenant: tenant.to_string(),
                    plugin: row.name.clone(),
                    plugin_id: row.id.clone(),
                    gas_limit: opts.gas_limit,
                    gas_used,
                    gas,
                    schedule_version: schedule.version().to_string(),
                    outcome,
                    output,
                    error,
                    error_diagnostics,
                    logs: invocation.logs,
                    budget_remaining: 0,
                },
            )),
        })
    }
}

/// An invocation that has run and whose ledger row (with its state writes) is queued for the
/// group commit. [`Queued::wait`] blocks until it is durable; [`Queued::durable`] awaits it
/// without holding a thread. Either settles the gas reservation and gives the report. Dropped
/// unsettled (a cancelled `durable`, say), it still waits for the commit and settles, so no
/// reservation is left held; an async caller that may be cancelled should settle in a task of
/// its own rather than block a worker there.
#[must_use = "a queued invocation's report comes from `wait` or `durable`"]
pub struct Queued {
    budgets: Arc<Budgets>,
    committing: Committing,
    /// The reservation to settle and everything of the report but what the commit decides
    /// (duplicate, state failure, balance); `None` once settled.
    unsettled: Option<(Reservation, InvokeReport)>,
}

impl Queued {
    /// Blocks until the ledger row is durable, then settles.
    pub fn wait(mut self) -> Result<InvokeReport, ServiceError> {
        let committed = self.committing.wait();
        self.settle(committed)
    }

    /// Waits (asynchronously) until the ledger row is durable, then settles.
    pub async fn durable(mut self) -> Result<InvokeReport, ServiceError> {
        let committed = (&mut self.committing).await;
        self.settle(committed)
    }

    /// Charges the gas of a committed invocation (or releases it if nothing was recorded) and
    /// completes its report with what the commit decided.
    fn settle(
        &mut self,
        committed: Result<Committed, StateError>,
    ) -> Result<InvokeReport, ServiceError> {
        let Some((reservation, mut report)) = self.unsettled.take() else {
            return Err(StateError::Writer("this invocation was already settled".into()).into());
        };
        match committed {
            Ok(Committed::Written) => {}
            Ok(Committed::Duplicate) => report.output = report.output.map(mark_duplicate),
            Ok(Committed::StateFailed(why)) => {
                report.outcome = "state_error";
                report.output = None;
                report.error = Some(why);
            }
            Err(e) => {
                // Nothing was recorded, so nothing is charged.
                self.budgets.release(reservation);
                return Err(e.into());
            }
        }
        self.budgets.settle(reservation, report.gas_used);
        report.budget_remaining = self
            .budgets
            .balance(&report.tenant)
            .map_or(0, |b| b.available);
        Ok(report)
    }
}

impl Drop for Queued {
    fn drop(&mut self) {
        if self.unsettled.is_some() {
            let committed = self.committing.wait();
            let _ = self.settle(committed);
        }
    }
}

/// Who is charged for which plugin call, and what it is about.
pub(crate) struct Call<'a> {
    /// Tenant charged.
    tenant: &'a str,
    /// The plugin.
    row: &'a PluginRow,
    /// Gas limit and configuration.
    opts: &'a InvokeOptions,
    /// The SBOM parsed or evaluated, if any.
    subject: Option<String>,
}

/// How a successful invocation's state is committed with its ledger row.
pub(crate) enum Persist {
    /// Nothing but the ledger row (a check whose result is not stored).
    Ledger,
    /// Through the group-commit writer.
    Write(StateWrite),
    /// By finishing the SBOM's streaming ingest transaction (and keeping its raw document).
    Ingest(Box<(Ingest, NewSbom, Staged)>),
}

fn mark_duplicate(mut output: Output) -> Output {
    if let Output::Sbom { duplicate, .. } = &mut output {
        *duplicate = true;
    }
    output
}
