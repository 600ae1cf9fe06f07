//! The service: one invocation end to end. Tenant → gas reservation → sandboxed call →
//! state write and ledger row in one durable transaction → settlement → report.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::Serialize;

mod evaluate;
mod ingest;
mod invoke;
mod policy;
mod workers;

pub use ingest::Document;
use ingest::blobs_dir;
use invoke::{Call, Persist};
pub use invoke::{CallInput, InputKind, Invoked, Queued};
pub use policy::{MAX_REGO_BYTES, PolicyOutcome, REGO_PLUGIN, policy_gas_limit, set_rego_source};
pub use workers::{WorkerError, Workers};

use crate::bindings::{Diagnostic, DiagnosticEntry};
use crate::gas::{Balance, BudgetError, Budgets, GasBreakdown, GasSchedule};
use crate::plugins::{self, BUILTINS};
use crate::runtime::{
    ComponentShape, LoadError, LoadedPlugin, LogLine, PluginKind, Sandbox, SandboxConfig,
    SbomSnapshot, plugin_id,
};
use crate::state::blobs::Blobs;
use crate::state::{PluginRow, State, StateError, Validation};

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
    /// The input given does not fit the plugin's world.
    #[error("plugin `{plugin}` is a {world} plugin: it takes {wants}, not {got}")]
    WrongInput {
        /// Plugin name as given.
        plugin: String,
        /// Its world.
        world: &'static str,
        /// What it takes.
        wants: &'static str,
        /// What it was given.
        got: &'static str,
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
    /// A configuration value the host reads itself is not one it knows.
    #[error("{0}")]
    InvalidConfig(String),
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
    /// How strictly a parser judges the document; `None`: the tenant's default level.
    pub validation: Option<Validation>,
}

impl Default for InvokeOptions {
    fn default() -> Self {
        InvokeOptions {
            gas_limit: DEFAULT_GAS_LIMIT,
            config: BTreeMap::new(),
            validation: None,
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
        /// The validation level the parser judged it at.
        #[serde(serialize_with = "validation_name")]
        validation: Validation,
        /// What the parser found wrong without refusing the document, in the order found.
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

/// Serialises a validation level by its name.
fn validation_name<S: serde::Serializer>(level: &Validation, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(level.name())
}

/// Parses a validation level given by a user, with an error that lists the levels.
pub fn parse_validation(name: &str) -> Result<Validation, String> {
    Validation::from_name(name)
        .ok_or_else(|| format!("unknown validation level `{name}`: use strict, standard or none"))
}

/// A diagnostic as reported to users.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DiagnosticOut {
    /// `info`, `warning` or `error`.
    pub severity: &'static str,
    /// The check that found it (`<format>/<rule>`); empty when the parser names none.
    pub rule: String,
    /// Location in the document.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl From<&DiagnosticEntry> for DiagnosticOut {
    fn from(d: &DiagnosticEntry) -> Self {
        DiagnosticOut {
            severity: d.severity.name(),
            rule: d.rule.clone(),
            path: d.path.clone(),
            message: d.message.clone(),
        }
    }
}

impl From<&Diagnostic> for DiagnosticOut {
    fn from(d: &Diagnostic) -> Self {
        DiagnosticOut {
            severity: d.severity.name(),
            rule: String::new(),
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
        let now = crate::state::now_us();
        for t in service.state.tenants()? {
            service.budgets.load(&t.name, t.budget, t.spent);
            if t.budget_renewal != "none" {
                service.load_renewal(&t.name, now)?;
            }
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

    /// Sets the validation level of a tenant's ingests when a call names none (`None`: standard).
    pub fn set_tenant_validation(
        &self,
        name: &str,
        level: Option<Validation>,
    ) -> Result<(), ServiceError> {
        Ok(self.state.set_tenant_validation(name, level)?)
    }

    /// Sets a tenant's time zone, grid intensity (`Some(None)`: the deployment's) or budget
    /// renewal; a renewing budget then counts what was spent in the current period only.
    pub fn set_tenant_billing(
        &self,
        name: &str,
        zone: Option<&crate::billing::Zone>,
        grid: Option<Option<u64>>,
        renewal: Option<crate::billing::Renewal>,
    ) -> Result<(), ServiceError> {
        let before = self.state.tenant_billing(name)?;
        self.state.set_tenant_billing(name, zone, grid, renewal)?;
        let after = self.state.tenant_billing(name)?;
        // Re-deriving what was spent counts a call committed but not yet settled twice, for an
        // instant: do it only when the budget's period actually changes.
        if (after.renewal, after.zone) != (before.renewal, before.zone) {
            self.load_renewal(name, crate::state::now_us())?;
        }
        Ok(())
    }

    /// Loads how `tenant`'s budget renews and what it spent in the current period (all time
    /// when it never renews). At start-up only renewing budgets need it.
    fn load_renewal(&self, tenant: &str, now_us: i64) -> Result<(), ServiceError> {
        let billing = self.state.tenant_billing(tenant)?;
        let start = billing
            .renewal
            .period(now_us, &billing.zone)
            .map_or(i64::MIN, |(start, _)| start);
        let spent = self.state.spent_since(tenant, start)?;
        self.budgets
            .set_renewal(tenant, billing.renewal, billing.zone, spent, now_us);
        Ok(())
    }

    /// A tenant's balance.
    pub fn balance(&self, tenant: &str) -> Result<Balance, ServiceError> {
        self.budgets
            .balance(tenant)
            .ok_or_else(|| BudgetError::UnknownTenant(tenant.to_string()).into())
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
            world: crate::runtime::interface(&row.kind),
            row,
            shape,
        })
    }

    pub(super) fn expect_kind(
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
}
