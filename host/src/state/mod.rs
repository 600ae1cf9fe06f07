//! State: the embedded DuckDB file with tenants, plugins, the gas ledger, SBOMs and policy
//! results. Reads go through a shared connection; every write goes through the group-commit
//! [`writer`], so a ledger row is durable before the call that made it returns.

pub mod blobs;
pub mod ingest;
pub mod invoices;
mod journal;
pub mod keys;
pub mod ledger;
pub mod pending;
pub mod plans;
pub mod policies;
pub mod sboms;
mod schema;
pub mod writer;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use duckdb::types::{TimeUnit, Value};
use duckdb::{Connection, OptionalExt, params};
use serde::Serialize;

use crate::bindings::{
    Component, ComponentKind, Dependency, DiagnosticEntry, DocumentInfo, Hash, Severity,
};
use crate::gas::{GasBreakdown, GasClass};
use crate::runtime::SbomSnapshot;

pub use ingest::{Feed, Ingest, NewSbom};
pub use keys::{ApiKeyRow, NewKey, Scope};
pub use ledger::{LedgerRow, NewPolicyResult, PolicyRef, StateWrite, WriteJob, policy_status};
pub use policies::{NewPolicy, PolicyChange, PolicyResultRow, PolicyRow, StoredFinding};
pub use traceguard_sdk::parser::Validation;
pub use writer::{Committed, Committing};

/// Most plugins one tenant may install for itself.
pub const MAX_TENANT_PLUGINS: usize = 32;

/// Why a state operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// Another process holds the database file.
    #[error(
        "database {path} is in use by another process; stop it (e.g. a running `traceguard serve`) \
         or use a different --db\n  detail: {detail}"
    )]
    Locked {
        /// The database file.
        path: PathBuf,
        /// DuckDB's message (names the holder's PID).
        detail: String,
    },
    /// The file was written by a newer traceguard.
    #[error(
        "database {path} has schema version {found}, newer than this traceguard supports ({supported}); upgrade traceguard"
    )]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: usize,
        /// The newest this binary knows.
        supported: usize,
    },
    /// A tenant name is taken.
    #[error("tenant `{0}` already exists")]
    TenantExists(String),
    /// A tenant name is unusable.
    #[error("invalid tenant name `{0}`: use 1-64 characters from a-z, A-Z, 0-9, `-`, `_`, `.`")]
    InvalidTenantName(String),
    /// No such tenant.
    #[error("unknown tenant `{0}`: create it with `traceguard tenant create {0} --budget GAS`")]
    UnknownTenant(String),
    /// No such billing plan.
    #[error("unknown plan `{0}`: add it with `traceguard plan add FILE` (or POST /v1/admin/plans)")]
    UnknownPlan(String),
    /// A setting is unusable.
    #[error("{0}")]
    Config(String),
    /// An invoice cannot be given as asked (a period not begun, plans that mix currencies, a
    /// plan change dated into a sealed period).
    #[error("{0}")]
    Invoice(String),
    /// The tenant has no invoice for that period: it is before its first.
    #[error("{0}")]
    NoInvoice(String),
    /// A tenant already has as many plugins of its own as a tenant may install.
    #[error(
        "tenant `{tenant}` already has {max} plugins of its own, the most a tenant may install; \
         reinstalling one of them under a new name still works"
    )]
    TooManyPlugins {
        /// The tenant.
        tenant: String,
        /// The cap ([`MAX_TENANT_PLUGINS`]).
        max: usize,
    },
    /// An API key cannot be created as asked (scopes, tenant).
    #[error("{0}")]
    InvalidKey(String),
    /// No API key has that id.
    #[error("no API key has the id `{0}`")]
    UnknownKey(String),
    /// The writer thread is gone.
    #[error("state writer failed: {0}")]
    Writer(String),
    /// Any other database error.
    #[error("database error: {0}")]
    Db(#[from] duckdb::Error),
}

/// A tenant as listed.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct TenantRow {
    /// Unique name.
    pub name: String,
    /// Total gas budget.
    pub budget: u64,
    /// Gas charged so far (from the ledger).
    pub spent: u64,
    /// Invocations recorded.
    pub invocations: u64,
    /// Validation level of its ingests when a call names none: `strict`, `standard` or `none`.
    pub validation: String,
    /// The billing plan in force today (UTC), `name@version`, if the tenant is on one.
    pub plan: Option<String>,
    /// Its time zone for billing periods and budget renewal.
    pub time_zone: String,
    /// How often its budget renews: `monthly`, `weekly` or `none`.
    pub budget_renewal: String,
}

/// An installed plugin as listed.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct PluginRow {
    /// Content address (blake3 hex).
    pub id: String,
    /// Name used on the command line.
    pub name: String,
    /// World: `sbom-parser` or `policy`.
    pub kind: String,
    /// Component size in bytes.
    pub size: u64,
    /// Embedded in the binary.
    pub builtin: bool,
    /// The tenant that installed it for itself alone; `null` for a plugin every tenant can use.
    pub owner: Option<String>,
}

/// One line of a gas report: one plugin's totals for a tenant.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ReportRow {
    /// Tenant.
    pub tenant: String,
    /// Plugin name.
    pub plugin: String,
    /// Plugin world.
    pub kind: String,
    /// Number of invocations.
    pub invocations: u64,
    /// Invocations that did not succeed.
    pub failed: u64,
    /// Gas per class and total.
    #[schema(value_type = Object)]
    pub gas: GasBreakdown,
    /// CPU time of all invocations, milliseconds.
    pub cpu_ms: f64,
    /// Estimated energy, nanojoules (CPU time × watts per core; `traceguard gas energy`).
    pub energy_nj: u64,
    /// Estimated CO₂e, micrograms (energy × the tenant's grid intensity).
    pub co2e_ug: u64,
}

/// An SBOM as listed.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct SbomRow {
    /// Content address of the raw document.
    pub id: String,
    /// Format name.
    pub format: String,
    /// Spec version.
    pub spec_version: String,
    /// Document name.
    pub name: Option<String>,
    /// Number of components.
    pub components: u64,
    /// Number of dependency edge sets.
    pub dependencies: u64,
    /// The validation level it was judged at.
    pub validation: String,
    /// Diagnostics stored with it, per severity.
    pub diagnostics: DiagnosticCounts,
}

/// How many diagnostics of each severity an SBOM has.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct DiagnosticCounts {
    /// Errors: spec violations (kept at `standard`, refused at `strict`).
    pub error: u64,
    /// Warnings.
    pub warning: u64,
    /// Notes.
    pub info: u64,
}

/// A stored finding.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct FindingRow {
    /// Tenant policy (or, for a plain `invoke`, policy plugin) that produced it.
    pub policy: String,
    /// SBOM it concerns.
    pub sbom_id: String,
    /// Rule id.
    pub rule_id: String,
    /// Severity name.
    pub severity: String,
    /// Component bom-ref, if component-level.
    pub component_ref: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub remediation: Option<String>,
}

/// Gas charged on one day (UTC) of a tenant's ledger.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DayUsage {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// Gas charged (`gas_used` summed, as budgets count it).
    pub gas: u64,
    /// Invocations that day.
    pub invocations: u64,
}

/// The database.
pub struct State {
    path: PathBuf,
    read: Mutex<Connection>,
    writer: writer::Writer,
    next_invocation: AtomicU64,
    /// Tenants' default validation levels as read or set, so an ingest does not query them.
    /// Tenants are never deleted and only this process writes the file, so entries stay true.
    levels: Mutex<std::collections::HashMap<String, Validation>>,
}

fn ts(us: i64) -> Value {
    Value::Timestamp(TimeUnit::Microsecond, us)
}

/// Microseconds since the Unix epoch, now.
pub fn now_us() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros() as i64)
        .unwrap_or(0)
}

/// Diagnostics per severity, as columns `error`, `warning`, `info` of a query over `diagnostics`.
pub(crate) const SEVERITY_COUNTS: &str = "count(*) FILTER (severity = 'error')::UBIGINT AS error,
     count(*) FILTER (severity = 'warning')::UBIGINT AS warning,
     count(*) FILTER (severity = 'info')::UBIGINT AS info";

/// A tenant's stored validation level: NULL (never set) is the default, standard.
fn stored_level(name: Option<&str>) -> Validation {
    name.and_then(Validation::from_name).unwrap_or_default()
}

/// Whether `name` is usable as a tenant or policy name.
pub(crate) fn valid_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

impl State {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Arc<Self>, StateError> {
        let conn = Connection::open(path).map_err(|e| {
            let detail = e.to_string();
            if detail.contains("lock") {
                StateError::Locked {
                    path: path.to_path_buf(),
                    detail,
                }
            } else {
                StateError::Db(e)
            }
        })?;
        migrate(&conn, path)?;
        apply_memory_limit(&conn)?;
        let mut conn = conn;
        writer::recover(path, &mut conn)?;
        let journal = journal::Journal::open(path).map_err(|e| {
            StateError::Writer(format!(
                "cannot open the ledger journal beside {}: {e}",
                path.display()
            ))
        })?;
        let next: u64 = conn.query_row(
            "SELECT coalesce(max(id), 0) + 1 FROM invocations",
            [],
            |r| r.get(0),
        )?;
        let writer = writer::Writer::start(conn.try_clone()?, Some(journal))?;
        Ok(Arc::new(State {
            path: path.to_path_buf(),
            read: Mutex::new(conn),
            writer,
            next_invocation: AtomicU64::new(next),
            levels: Mutex::new(std::collections::HashMap::new()),
        }))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.read.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Allocates the next invocation id.
    pub fn next_invocation_id(&self) -> u64 {
        self.next_invocation.fetch_add(1, Ordering::Relaxed)
    }

    /// Writes a ledger row and its state atomically; returns once it is durable.
    pub fn commit(&self, job: WriteJob) -> Result<Committed, StateError> {
        self.writer.submit(job)?.wait()
    }

    /// Queues an invocation's ledger row and state writes; the [`Committing`] resolves once they
    /// are durable (block on it with `wait`, or `.await` it).
    pub fn submit(&self, job: WriteJob) -> Result<Committing, StateError> {
        self.writer.submit(job)
    }

    /// Creates a tenant with a gas budget.
    pub fn create_tenant(&self, name: &str, budget: u64) -> Result<(), StateError> {
        if !valid_name(name) {
            return Err(StateError::InvalidTenantName(name.to_string()));
        }
        let conn = self.conn();
        let exists: i64 =
            conn.query_row("SELECT count(*) FROM tenants WHERE name = ?", [name], |r| {
                r.get(0)
            })?;
        if exists > 0 {
            return Err(StateError::TenantExists(name.to_string()));
        }
        conn.execute(
            "INSERT INTO tenants (name, budget, created_at) VALUES (?, ?, ?)",
            params![name, budget, ts(now_us())],
        )?;
        Ok(())
    }

    /// Changes a tenant's budget.
    pub fn set_budget(&self, name: &str, budget: u64) -> Result<(), StateError> {
        let n = self.conn().execute(
            "UPDATE tenants SET budget = ? WHERE name = ?",
            params![budget, name],
        )?;
        if n == 0 {
            return Err(StateError::UnknownTenant(name.to_string()));
        }
        Ok(())
    }

    /// Sets the validation level a tenant's ingests use when the call names none (`None`: the
    /// default, standard).
    pub fn set_tenant_validation(
        &self,
        name: &str,
        level: Option<Validation>,
    ) -> Result<(), StateError> {
        let n = self.conn().execute(
            "UPDATE tenants SET validation = ? WHERE name = ?",
            params![level.map(Validation::name), name],
        )?;
        if n == 0 {
            return Err(StateError::UnknownTenant(name.to_string()));
        }
        self.levels
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(name.to_string(), level.unwrap_or_default());
        Ok(())
    }

    /// The validation level a tenant's ingests use when the call names none.
    pub fn tenant_validation(&self, name: &str) -> Result<Validation, StateError> {
        let cached = self
            .levels
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(name)
            .copied();
        if let Some(level) = cached {
            return Ok(level);
        }
        let level: Option<Option<String>> = self
            .conn()
            .query_row(
                "SELECT validation FROM tenants WHERE name = ?",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        let level = match level {
            None => return Err(StateError::UnknownTenant(name.to_string())),
            Some(level) => stored_level(level.as_deref()),
        };
        self.levels
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(name.to_string(), level);
        Ok(level)
    }

    /// Every tenant with its budget and what the ledger says it spent.
    pub fn tenants(&self) -> Result<Vec<TenantRow>, StateError> {
        self.sync_ledger()?;
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT t.name, t.budget, coalesce(sum(i.gas_used), 0)::UBIGINT, count(i.id)::UBIGINT,
                    t.validation,
                    (SELECT p.plan || '@' || p.version FROM tenant_plans p
                     WHERE p.tenant = t.name
                       AND p.effective_from <= ?::DATE
                     ORDER BY p.effective_from DESC, p.recorded_at DESC LIMIT 1),
                    coalesce(t.time_zone, 'UTC'), coalesce(t.budget_renewal, 'none')
             FROM tenants t LEFT JOIN invocations i ON i.tenant = t.name
             GROUP BY t.name, t.budget, t.validation, t.time_zone, t.budget_renewal
             ORDER BY t.name",
        )?;
        let today = chrono::Utc::now().date_naive().to_string();
        let rows = stmt.query_map([today], |r| {
            let validation: Option<String> = r.get(4)?;
            Ok(TenantRow {
                name: r.get(0)?,
                budget: r.get(1)?,
                spent: r.get(2)?,
                invocations: r.get(3)?,
                validation: stored_level(validation.as_deref()).name().to_string(),
                plan: r.get(5)?,
                time_zone: r.get(6)?,
                budget_renewal: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a plugin (idempotent: the id is the content address).
    pub fn put_plugin(
        &self,
        id: &str,
        name: &str,
        kind: &str,
        wasm: Option<&[u8]>,
        size: u64,
    ) -> Result<(), StateError> {
        let conn = self.conn();
        let exists: i64 =
            conn.query_row("SELECT count(*) FROM plugins WHERE id = ?", [id], |r| {
                r.get(0)
            })?;
        if exists > 0 {
            conn.execute(
                "UPDATE plugins SET name = ? WHERE id = ?",
                params![name, id],
            )?;
        } else {
            conn.execute(
                "INSERT INTO plugins VALUES (?, ?, ?, ?, ?, ?, ?)",
                params![id, name, kind, size, wasm.is_none(), ts(now_us()), wasm],
            )?;
        }
        Ok(())
    }

    /// Every plugin every tenant can use (built-in or installed by an operator), newest name
    /// binding first.
    pub fn plugins(&self) -> Result<Vec<PluginRow>, StateError> {
        self.plugins_for(None)
    }

    /// The plugins `tenant` can use: its own first (newest name binding first), then the
    /// global ones. With no tenant, the global ones only.
    pub fn plugins_for(&self, tenant: Option<&str>) -> Result<Vec<PluginRow>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, name, kind, size, builtin, NULL::VARCHAR AS owner, 1 AS rank, installed_at
               FROM plugins
             UNION ALL
             SELECT id, name, kind, size, false, tenant, 0, installed_at
               FROM tenant_plugins WHERE tenant = ?::VARCHAR
             ORDER BY rank, name, installed_at DESC, id",
        )?;
        let rows = stmt.query_map([tenant], |r| {
            Ok(PluginRow {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                size: r.get(3)?,
                builtin: r.get(4)?,
                owner: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Finds a plugin `tenant` can use (any tenant's own before a global one) by exact id,
    /// name (latest install wins) or unique id prefix (≥ 8 hex digits).
    pub fn find_plugin(
        &self,
        tenant: Option<&str>,
        name_or_id: &str,
    ) -> Result<Option<PluginRow>, StateError> {
        let all = self.plugins_for(tenant)?;
        if let Some(p) = all
            .iter()
            .find(|p| p.name == name_or_id || p.id == name_or_id)
        {
            return Ok(Some(p.clone()));
        }
        if name_or_id.len() >= 8 {
            let matches: Vec<_> = all
                .iter()
                .filter(|p| p.id.starts_with(name_or_id))
                .collect();
            if matches.len() == 1 {
                return Ok(Some(matches[0].clone()));
            }
        }
        Ok(None)
    }

    /// Records a plugin `tenant` installed for itself (idempotent per tenant and id: a second
    /// install renames it), at most [`MAX_TENANT_PLUGINS`] per tenant: each stays compiled in
    /// memory once used.
    pub fn put_tenant_plugin(
        &self,
        tenant: &str,
        id: &str,
        name: &str,
        kind: &str,
        wasm: &[u8],
    ) -> Result<(), StateError> {
        let conn = self.conn();
        Self::plugin_room(&conn, tenant, id)?;
        conn.execute(
            "INSERT INTO tenant_plugins VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (tenant, id) DO UPDATE SET name = excluded.name",
            params![
                tenant,
                id,
                name,
                kind,
                wasm.len() as u64,
                ts(now_us()),
                wasm
            ],
        )?;
        Ok(())
    }

    /// The 32-byte secret `name` of this database, made (from the OS's randomness) at first use.
    pub fn secret(&self, name: &str) -> Result<[u8; 32], StateError> {
        let conn = self.conn();
        let stored: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM secrets WHERE name = ?", [name], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(value) = stored {
            return value.try_into().map_err(|v: Vec<u8>| {
                StateError::Config(format!(
                    "the database's secret `{name}` is {} bytes, not 32: the database is damaged",
                    v.len()
                ))
            });
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|e| {
            StateError::Config(format!("no randomness for the secret `{name}`: {e}"))
        })?;
        conn.execute(
            "INSERT INTO secrets VALUES (?, ?)",
            params![name, secret.to_vec()],
        )?;
        Ok(secret)
    }

    /// Refuses a new plugin (`id`) for `tenant` once it has [`MAX_TENANT_PLUGINS`]; reinstalling
    /// one it has is always allowed. Checked before a plugin is compiled, and again when stored.
    pub fn tenant_plugin_room(&self, tenant: &str, id: &str) -> Result<(), StateError> {
        Self::plugin_room(&self.conn(), tenant, id)
    }

    fn plugin_room(conn: &Connection, tenant: &str, id: &str) -> Result<(), StateError> {
        let others: i64 = conn.query_row(
            "SELECT count(*) FROM tenant_plugins WHERE tenant = ? AND id <> ?",
            [tenant, id],
            |r| r.get(0),
        )?;
        if others >= MAX_TENANT_PLUGINS as i64 {
            return Err(StateError::TooManyPlugins {
                tenant: tenant.to_string(),
                max: MAX_TENANT_PLUGINS,
            });
        }
        Ok(())
    }

    /// The stored bytes of an installed (non-built-in) plugin. `row` came from
    /// [`State::find_plugin`], which decided who may use it; the bytes are the same wherever
    /// they are stored, since the id is their hash.
    pub fn plugin_wasm(&self, row: &PluginRow) -> Result<Option<Vec<u8>>, StateError> {
        let conn = self.conn();
        Ok(match &row.owner {
            None => conn
                .query_row(
                    "SELECT wasm FROM plugins WHERE id = ? AND wasm IS NOT NULL",
                    [&row.id],
                    |r| r.get(0),
                )
                .optional()?,
            Some(tenant) => conn
                .query_row(
                    "SELECT wasm FROM tenant_plugins WHERE tenant = ? AND id = ?",
                    [tenant, &row.id],
                    |r| r.get(0),
                )
                .optional()?,
        })
    }

    /// Sums of the ledger per tenant and plugin, optionally for one tenant and a date range
    /// (`from` inclusive, `to` exclusive, both `YYYY-MM-DD`).
    pub fn gas_report(
        &self,
        tenant: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<ReportRow>, StateError> {
        self.sync_ledger()?;
        let factors = self.energy_factors()?;
        let grids: std::collections::HashMap<String, u64> = {
            let conn = self.conn();
            let mut stmt = conn.prepare(
                "SELECT name, grid_intensity FROM tenants WHERE grid_intensity IS NOT NULL",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let classes: Vec<String> = GasClass::ALL
            .iter()
            .map(|c| format!("sum(gas_{})::UBIGINT", c.name()))
            .collect();
        let sql = format!(
            "SELECT tenant, plugin_name, kind, count(*)::UBIGINT, count(*) FILTER (WHERE outcome <> 'ok')::UBIGINT,
                    sum(cpu_us)::UBIGINT, {}
             FROM invocations
             WHERE (?::VARCHAR IS NULL OR tenant = ?)
               AND (?::VARCHAR IS NULL OR started_at >= CAST(? AS DATE))
               AND (?::VARCHAR IS NULL OR started_at < CAST(? AS DATE))
             GROUP BY tenant, plugin_name, kind ORDER BY tenant, plugin_name, kind",
            classes.join(", ")
        );
        let conn = self.conn();
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(params![tenant, tenant, from, from, to, to], |r| {
            let mut gas = [0u64; GasClass::ALL.len()];
            for (i, slot) in gas.iter_mut().enumerate() {
                *slot = r.get(6 + i)?;
            }
            let cpu_us: u64 = r.get(5)?;
            let tenant: String = r.get(0)?;
            let mut factors = factors;
            if let Some(&grid) = grids.get(&tenant) {
                factors.grid_g_per_kwh = grid;
            }
            let (energy_nj, co2e_ug) = factors.estimate(cpu_us);
            Ok(ReportRow {
                tenant,
                plugin: r.get(1)?,
                kind: r.get(2)?,
                invocations: r.get(3)?,
                failed: r.get(4)?,
                gas: GasBreakdown::from_array(gas),
                cpu_ms: cpu_us as f64 / 1000.0,
                energy_nj,
                co2e_ug,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Gas charged per day (UTC) for `tenant`, oldest day first, optionally for a date range
    /// (`from` inclusive, `to` exclusive, both `YYYY-MM-DD`, as in [`State::gas_report`]).
    /// Days without invocations are left out.
    pub fn gas_per_day(
        &self,
        tenant: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<DayUsage>, StateError> {
        self.sync_ledger()?;
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT strftime(started_at, '%Y-%m-%d') AS day, sum(gas_used)::UBIGINT, count(*)::UBIGINT
             FROM invocations
             WHERE tenant = ?
               AND (?::VARCHAR IS NULL OR started_at >= CAST(? AS DATE))
               AND (?::VARCHAR IS NULL OR started_at < CAST(? AS DATE))
             GROUP BY day ORDER BY day",
        )?;
        let rows = stmt.query_map(params![tenant, from, from, to, to], |r| {
            Ok(DayUsage {
                day: r.get(0)?,
                gas: r.get(1)?,
                invocations: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether the database answers and the group-commit writer is alive (for readiness).
    pub fn check(&self) -> Result<(), StateError> {
        self.sync_ledger()?;
        let _: i64 = self.conn().query_row("SELECT 1", [], |r| r.get(0))?;
        Ok(())
    }

    /// Every SBOM of a tenant, newest first.
    pub fn sboms(&self, tenant: &str) -> Result<Vec<SbomRow>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT s.id, s.format, s.spec_version, s.name, s.components, s.dependencies,
                    coalesce(s.validation, 'strict'),
                    coalesce(d.error, 0), coalesce(d.warning, 0), coalesce(d.info, 0)
             FROM sboms s
             LEFT JOIN (
                 SELECT sbom_id, {SEVERITY_COUNTS}
                 FROM diagnostics WHERE tenant = ? GROUP BY sbom_id
             ) d ON d.sbom_id = s.id
             WHERE s.tenant = ?
             ORDER BY s.invocation_id DESC"
        ))?;
        let rows = stmt.query_map([tenant, tenant], |r| {
            Ok(SbomRow {
                id: r.get(0)?,
                format: r.get(1)?,
                spec_version: r.get(2)?,
                name: r.get(3)?,
                components: r.get(4)?,
                dependencies: r.get(5)?,
                validation: r.get(6)?,
                diagnostics: DiagnosticCounts {
                    error: r.get(7)?,
                    warning: r.get(8)?,
                    info: r.get(9)?,
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The id and invocation of `tenant`'s newest SBOM, if it has any.
    pub fn newest_sbom(&self, tenant: &str) -> Result<Option<(u64, String)>, StateError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT invocation_id, id FROM sboms WHERE tenant = ?
                 ORDER BY invocation_id DESC LIMIT 1",
                [tenant],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Loads one SBOM of `tenant` for a policy (the tenant filter is what scopes plugins).
    pub fn load_sbom(
        &self,
        tenant: &str,
        sbom_id: &str,
    ) -> Result<Option<SbomSnapshot>, StateError> {
        let conn = self.conn();
        let info = conn
            .query_row(
                "SELECT format, spec_version, name, created, tools, supplier FROM sboms WHERE tenant = ? AND id = ?",
                [tenant, sbom_id],
                |r| {
                    let tools: String = r.get(4)?;
                    Ok(DocumentInfo {
                        format: r.get(0)?,
                        spec_version: r.get(1)?,
                        name: r.get(2)?,
                        created: r.get(3)?,
                        tools: serde_json::from_str(&tools).unwrap_or_default(),
                        supplier: r.get(5)?,
                    })
                },
            )
            .optional()?;
        let Some(info) = info else { return Ok(None) };
        let mut stmt = conn.prepare(
            "SELECT bom_ref, name, version, purl, cpe, licenses, hashes, supplier, kind FROM components
             WHERE tenant = ? AND sbom_id = ? ORDER BY seq",
        )?;
        let components = stmt
            .query_map([tenant, sbom_id], |r| {
                let licenses: String = r.get(5)?;
                let hashes: String = r.get(6)?;
                let kind: String = r.get(8)?;
                Ok(Component {
                    bom_ref: r.get(0)?,
                    name: r.get(1)?,
                    version: r.get(2)?,
                    purl: r.get(3)?,
                    cpe: r.get(4)?,
                    licenses: serde_json::from_str(&licenses).unwrap_or_default(),
                    hashes: parse_hashes(&hashes),
                    supplier: r.get(7)?,
                    kind: ComponentKind::parse(&kind),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt =
            conn.prepare("SELECT ref, depends_on FROM dependencies WHERE tenant = ? AND sbom_id = ? ORDER BY seq")?;
        let dependencies = stmt
            .query_map([tenant, sbom_id], |r| {
                let to: String = r.get(1)?;
                Ok(Dependency {
                    ref_: r.get(0)?,
                    depends_on: serde_json::from_str(&to).unwrap_or_default(),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = conn.prepare(
            "SELECT coalesce(rule, ''), severity, path, message FROM diagnostics
             WHERE tenant = ? AND sbom_id = ? ORDER BY seq NULLS LAST, path, message",
        )?;
        let diagnostics = stmt
            .query_map([tenant, sbom_id], |r| {
                let severity: String = r.get(1)?;
                Ok(DiagnosticEntry {
                    rule: r.get(0)?,
                    severity: Severity::parse(&severity).unwrap_or(Severity::Info),
                    path: r.get(2)?,
                    message: r.get(3)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(SbomSnapshot {
            info,
            components: components.into(),
            dependencies: dependencies.into(),
            diagnostics: diagnostics.into(),
        }))
    }

    /// Findings of a tenant, optionally only of one severity and one SBOM, most recent
    /// evaluation first.
    pub fn findings(
        &self,
        tenant: &str,
        severity: Option<&str>,
        sbom_id: Option<&str>,
    ) -> Result<Vec<FindingRow>, StateError> {
        self.sync_ledger()?;
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT coalesce(r.policy_name, r.plugin_name), f.sbom_id, f.rule_id, f.severity,
                    f.component_ref, f.message, f.remediation
             FROM findings f JOIN policy_results r ON r.tenant = f.tenant AND r.invocation_id = f.invocation_id
             WHERE f.tenant = ? AND (?::VARCHAR IS NULL OR f.severity = ?)
               AND (?::VARCHAR IS NULL OR f.sbom_id = ?)
             ORDER BY f.invocation_id DESC, f.rule_id, f.component_ref, f.message",
        )?;
        let rows = stmt.query_map(params![tenant, severity, severity, sbom_id, sbom_id], |r| {
            Ok(FindingRow {
                policy: r.get(0)?,
                sbom_id: r.get(1)?,
                rule_id: r.get(2)?,
                severity: r.get(3)?,
                component_ref: r.get(4)?,
                message: r.get(5)?,
                remediation: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Runs a read-only scalar query; for tests and checks that count rows.
    pub fn count(&self, sql: &str) -> Result<u64, StateError> {
        self.sync_ledger()?;
        Ok(self.conn().query_row(sql, [], |r| r.get(0))?)
    }

    /// Waits until every acknowledged ledger row is queryable in DuckDB (rows first become
    /// durable in the ledger journal beside the database).
    pub fn sync_ledger(&self) -> Result<(), StateError> {
        self.writer.sync()
    }

    /// Ledger ids present, for durability checks.
    pub fn invocation_ids(&self) -> Result<Vec<u64>, StateError> {
        self.sync_ledger()?;
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT id FROM invocations ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn parse_hashes(text: &str) -> Vec<Hash> {
    #[derive(serde::Deserialize)]
    struct H {
        algorithm: String,
        value: String,
    }
    serde_json::from_str::<Vec<H>>(text)
        .unwrap_or_default()
        .into_iter()
        .map(|h| Hash {
            algorithm: h.algorithm,
            value: h.value,
        })
        .collect()
}

/// Environment variable capping DuckDB's buffer memory (e.g. `64MB`, `2GiB`); default
/// [`DEFAULT_MEMORY_LIMIT`].
pub const MEMORY_LIMIT_ENV: &str = "TRACEGUARD_DB_MEMORY_LIMIT";

/// DuckDB's buffer memory unless [`MEMORY_LIMIT_ENV`] says otherwise. DuckDB's own default is
/// 80 % of RAM, and it keeps what it takes: with it a 300k-component ingest peaked ~50–70 MiB
/// higher, at the same speed. Beyond the limit DuckDB spills large sorts, joins and
/// aggregations to its temporary directory.
pub const DEFAULT_MEMORY_LIMIT: &str = "256MB";

fn apply_memory_limit(conn: &Connection) -> Result<(), StateError> {
    let limit = std::env::var(MEMORY_LIMIT_ENV).unwrap_or_else(|_| DEFAULT_MEMORY_LIMIT.into());
    let limit = limit.trim();
    let digits = limit
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .trim();
    let unit = limit[digits.len()..].trim().to_ascii_uppercase();
    let valid = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && ["KB", "MB", "GB", "TB", "KIB", "MIB", "GIB", "TIB"].contains(&unit.as_str());
    if !valid {
        return Err(StateError::Config(format!(
            "{MEMORY_LIMIT_ENV}={limit:?} is not a size; use e.g. 64MB or 2GiB"
        )));
    }
    conn.execute_batch(&format!("SET memory_limit = '{digits}{unit}'"))?;
    Ok(())
}

fn migrate(conn: &Connection, path: &Path) -> Result<(), StateError> {
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version UBIGINT NOT NULL)")?;
    let current: u64 = conn.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_version",
        [],
        |r| r.get(0),
    )?;
    let current = current as usize;
    if current > schema::MIGRATIONS.len() {
        return Err(StateError::TooNew {
            path: path.to_path_buf(),
            found: current,
            supported: schema::MIGRATIONS.len(),
        });
    }
    for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(current) {
        conn.execute_batch(&format!(
            "BEGIN; {sql}; INSERT INTO schema_version VALUES ({}); COMMIT;",
            i + 1
        ))?;
    }
    Ok(())
}
