//! Invoices from the ledger: a tenant's billing settings, the deployment's energy factors, and
//! deriving, sealing and verifying monthly invoices ([`crate::billing::invoice`] does the
//! arithmetic; this module picks the rows and keeps what is sealed).
//!
//! Months are sealed in order, each exactly once, the first time anyone asks for an invoice
//! after it ended: the rows it covers are recorded (`invoice_rows`) and its canonical JSON is
//! stored. A sealed invoice is never derived differently: asking again returns the stored
//! bytes, and `verify` derives it again from exactly the rows it covers and compares. A row
//! that settles into a sealed month later (clock skew, a replayed journal) is billed as an
//! adjustment in the first open month.

use duckdb::arrow::array::{AsArray, PrimitiveArray};
use duckdb::arrow::datatypes::{ArrowPrimitiveType, Int64Type, UInt64Type};
use duckdb::arrow::record_batch::RecordBatch;
use duckdb::types::Value;
use duckdb::{Connection, OptionalExt, params, params_from_iter};
use serde::Serialize;

use super::{State, StateError, ts};
use crate::billing::invoice::{
    DaySum, Digest, Entry, Factors, Inputs, Invoice, Ledger, RowHasher, Scheduled, Status, build,
};
use crate::billing::{Month, Renewal, Zone};
use crate::gas::GasClass;

/// A tenant's billing settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantBilling {
    /// Its time zone (UTC unless set).
    pub zone: Zone,
    /// Its grid intensity in gCO₂e/kWh, where it differs from the deployment's.
    pub grid: Option<u64>,
    /// How often its budget renews.
    pub renewal: Renewal,
    /// When it was created (or, if earlier, when its first ledger row settled), Unix
    /// microseconds: its first billing period holds this instant.
    pub created_us: i64,
}

/// An invoice as asked for: the document and its canonical bytes.
#[derive(Clone, Debug)]
pub struct InvoiceDoc {
    /// The invoice.
    pub invoice: Invoice,
    /// Its canonical JSON (for a sealed invoice, the stored bytes).
    pub json: String,
}

/// What `verify` found for one invoice.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Verification {
    /// The tenant.
    pub tenant: String,
    /// The month.
    pub period: String,
    /// `sealed` or `open`.
    pub status: String,
    /// Whether the derivation gave the stored bytes (an open invoice: two derivations agree).
    pub ok: bool,
    /// Ledger rows covered.
    pub rows: u64,
    /// blake3 of the invoice's bytes.
    pub blake3: String,
    /// Where the derivation first differs from the stored invoice, if it does.
    pub difference: Option<String>,
}

/// A sealed invoice as stored, with the inputs it was derived from.
struct Sealed {
    document: String,
    time_zone: String,
    factors: Factors,
    blake3: String,
}

impl Verification {
    /// An invoice that could not be derived at all (e.g. plans mixing currencies): a failure.
    pub fn failed(tenant: &str, period: Month, error: String) -> Verification {
        Verification {
            tenant: tenant.to_string(),
            period: period.to_string(),
            status: "error".into(),
            ok: false,
            rows: 0,
            blake3: String::new(),
            difference: Some(error),
        }
    }
}

const SETTING_WATTS: &str = "energy.watts_per_core_mw";
const SETTING_GRID: &str = "energy.grid_g_per_kwh";

/// The ledger columns an invoice reads, in [`Entry`] order.
fn entry_columns() -> String {
    let gas: Vec<String> = GasClass::ALL
        .iter()
        .map(|c| format!("gas_{}", c.name()))
        .collect();
    format!(
        "id, epoch_us(finished_at), plugin_id, plugin_name, outcome, gas_used, {}, cpu_us",
        gas.join(", ")
    )
}

/// Which rows an invoice covers.
#[derive(Clone, Copy)]
enum Covered {
    /// A month not yet sealed: the rows that settled in it, and rows of sealed months no
    /// invoice covers (looked for only when `late`, the slow path: see [`State::late_rows`]).
    Open { late: bool },
    /// A sealed month: exactly the rows recorded when it was sealed.
    Sealed,
}

const DAY_US: i64 = 86_400_000_000;

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

impl Covered {
    /// The `WHERE` clause (and parameters) of the rows that settled in the month.
    fn month(self, tenant: &str, period: &str, start: i64, end: i64) -> (String, Vec<Value>) {
        match self {
            Covered::Open { late } => {
                let mut sql = "tenant = ? AND finished_at >= ? AND finished_at < ?".to_string();
                let mut values = vec![text(tenant), ts(start), ts(end)];
                if late {
                    sql.push_str(
                        " AND id NOT IN (SELECT invocation_id FROM invoice_rows WHERE tenant = ?)",
                    );
                    values.push(text(tenant));
                }
                (sql, values)
            }
            Covered::Sealed => (
                "tenant = ? AND finished_at >= ? AND id IN
                   (SELECT invocation_id FROM invoice_rows WHERE tenant = ? AND period = ?)"
                    .to_string(),
                vec![text(tenant), ts(start), text(tenant), text(period)],
            ),
        }
    }

    /// The `WHERE` clause of the late rows it covers; `None` when there are none to look for.
    fn late(self, tenant: &str, period: &str, start: i64) -> Option<(String, Vec<Value>)> {
        match self {
            Covered::Open { late: false } => None,
            Covered::Open { late: true } => Some((
                "tenant = ? AND finished_at < ? AND id NOT IN
                   (SELECT invocation_id FROM invoice_rows WHERE tenant = ?)"
                    .to_string(),
                vec![text(tenant), ts(start), text(tenant)],
            )),
            Covered::Sealed => Some((
                "tenant = ? AND finished_at < ? AND id IN
                   (SELECT invocation_id FROM invoice_rows WHERE tenant = ? AND period = ?)"
                    .to_string(),
                vec![text(tenant), ts(start), text(tenant), text(period)],
            )),
        }
    }
}

/// Per class, the SQL sum of the gas each row is billed ([`crate::billing::invoice::billed`]):
/// its metered classes kept in schedule order up to `gas_used`, any excess as instruction gas.
fn billed_sums() -> Vec<String> {
    let names: Vec<String> = GasClass::ALL
        .iter()
        .map(|c| format!("gas_{}", c.name()))
        .collect();
    let all = names.join(" + ");
    (0..names.len())
        .map(|i| {
            let prefix = if i == 0 {
                "0".to_string()
            } else {
                names[..i].join(" + ")
            };
            let mut expr = format!(
                "least({}, greatest(gas_used::BIGINT - ({prefix})::BIGINT, 0))",
                names[i]
            );
            if GasClass::ALL[i] == GasClass::Instruction {
                expr = format!("{expr} + greatest(gas_used::BIGINT - ({all})::BIGINT, 0)");
            }
            format!("sum({expr})::UBIGINT")
        })
        .collect()
}

/// The SQL expression of a row's day of the month (from 0), for rows settled within `bounds`
/// (the instants each day starts, and the month's end). Days of exactly 24 hours share one
/// division; a day a daylight-saving change lengthens or shortens is matched on its own.
fn day_expr(bounds: &[i64]) -> String {
    let n = bounds.len().saturating_sub(1);
    let mut expr = String::from("CASE");
    let mut i = 0;
    while i < n {
        if bounds[i + 1] - bounds[i] != DAY_US {
            expr.push_str(&format!(
                " WHEN epoch_us(finished_at) < {} THEN {i}",
                bounds[i + 1]
            ));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && bounds[j + 1] - bounds[j] == DAY_US {
            j += 1;
        }
        expr.push_str(&format!(
            " WHEN epoch_us(finished_at) < {} THEN {i} + (epoch_us(finished_at) - {}) // {DAY_US}",
            bounds[j], bounds[i]
        ));
        i = j;
    }
    expr.push_str(&format!(" ELSE {} END", n.saturating_sub(1)));
    expr
}

fn column<T: ArrowPrimitiveType>(
    batch: &RecordBatch,
    i: usize,
) -> Result<&PrimitiveArray<T>, StateError> {
    batch.column(i).as_primitive_opt::<T>().ok_or_else(|| {
        StateError::Writer(format!(
            "ledger column {i} has an unexpected type for invoicing"
        ))
    })
}

fn strings(
    batch: &RecordBatch,
    i: usize,
) -> Result<&duckdb::arrow::array::StringArray, StateError> {
    batch.column(i).as_string_opt::<i32>().ok_or_else(|| {
        StateError::Writer(format!(
            "ledger column {i} has an unexpected type for invoicing"
        ))
    })
}

/// Feeds the rows `sql` selects (the [`entry_columns`], in ledger order) to `each`.
fn each_row(
    conn: &Connection,
    sql: &str,
    values: Vec<Value>,
    mut each: impl FnMut(&Entry<'_>),
) -> Result<(), StateError> {
    let mut stmt = conn.prepare(sql)?;
    let n = GasClass::ALL.len();
    for batch in stmt.stream_arrow(params_from_iter(values))? {
        let batch = batch?;
        let ids = column::<UInt64Type>(&batch, 0)?;
        let finished = column::<Int64Type>(&batch, 1)?;
        let (plugin_ids, plugins, outcomes) = (
            strings(&batch, 2)?,
            strings(&batch, 3)?,
            strings(&batch, 4)?,
        );
        let used = column::<UInt64Type>(&batch, 5)?;
        let gas: Vec<&PrimitiveArray<UInt64Type>> = (0..n)
            .map(|c| column::<UInt64Type>(&batch, 6 + c))
            .collect::<Result<_, _>>()?;
        let cpu = column::<UInt64Type>(&batch, 6 + n)?;
        for r in 0..batch.num_rows() {
            let mut g = [0u64; GasClass::ALL.len()];
            for (slot, array) in g.iter_mut().zip(&gas) {
                *slot = array.value(r);
            }
            each(&Entry {
                id: ids.value(r),
                finished_us: finished.value(r),
                plugin_id: plugin_ids.value(r),
                plugin: plugins.value(r),
                outcome: outcomes.value(r),
                gas_used: used.value(r),
                gas: g,
                cpu_us: cpu.value(r),
            });
        }
    }
    Ok(())
}

/// A late row, owned (the invoice borrows its strings).
struct LateRow {
    id: u64,
    finished_us: i64,
    plugin_id: String,
    plugin: String,
    outcome: String,
    gas_used: u64,
    gas: [u64; GasClass::ALL.len()],
    cpu_us: u64,
}

impl LateRow {
    fn entry(&self) -> Entry<'_> {
        Entry {
            id: self.id,
            finished_us: self.finished_us,
            plugin_id: &self.plugin_id,
            plugin: &self.plugin,
            outcome: &self.outcome,
            gas_used: self.gas_used,
            gas: self.gas,
            cpu_us: self.cpu_us,
        }
    }
}

/// How a derivation treats the stored day digests.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Digests {
    /// Reuse a stored digest whose row count, ids and sums match the day's; store those of
    /// days that have ended (`now_us`).
    Cached { now_us: i64 },
    /// Hash every day's rows again (verification).
    Fresh,
}

/// The digest of one day's rows: stored, or hashed from the rows and stored.
fn day_digest(
    conn: &Connection,
    tenant: &str,
    (start, end): (i64, i64),
    expect: &Digest,
    clause: &(String, Vec<Value>),
    digests: Digests,
) -> Result<Digest, StateError> {
    if expect.rows == 0 {
        return Ok(Digest::empty());
    }
    if let Digests::Cached { .. } = digests {
        let stored: Option<String> = conn
            .query_row(
                "SELECT digest FROM ledger_digests WHERE tenant = ? AND start_us = ? AND end_us = ?
                   AND rows = ? AND first_id = ? AND last_id = ? AND gas = ? AND cpu = ?",
                params![
                    tenant,
                    start,
                    end,
                    expect.rows,
                    expect.first,
                    expect.last,
                    expect.gas_used,
                    expect.cpu_us
                ],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(blake3) = stored {
            return Ok(Digest {
                blake3,
                ..expect.clone()
            });
        }
    }
    let mut values = clause.1.clone();
    values.extend([ts(start), ts(end)]);
    let mut hasher = RowHasher::default();
    each_row(
        conn,
        &format!(
            "SELECT {} FROM invocations WHERE {} AND finished_at >= ? AND finished_at < ?
             ORDER BY id",
            entry_columns(),
            clause.0
        ),
        values,
        |e| hasher.add(e),
    )?;
    let digest = hasher.finish();
    let same_rows = (
        digest.rows,
        digest.first,
        digest.last,
        digest.gas_used,
        digest.cpu_us,
    ) == (
        expect.rows,
        expect.first,
        expect.last,
        expect.gas_used,
        expect.cpu_us,
    );
    // Only an ended day's digest is stored, and only if the rows read are the rows summed.
    if let Digests::Cached { now_us } = digests
        && end <= now_us
        && same_rows
    {
        conn.execute(
            "INSERT INTO ledger_digests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params![
                tenant,
                start,
                end,
                digest.rows,
                digest.first,
                digest.last,
                digest.gas_used,
                digest.cpu_us,
                digest.blake3
            ],
        )?;
    }
    Ok(digest)
}

/// Derives the invoice of `inputs` from the rows `covered` selects: the month's calls summed
/// per day and plugin by DuckDB, each day's digest (stored or hashed), and the late rows.
fn derive(
    conn: &Connection,
    inputs: Inputs,
    covered: Covered,
    digests: Digests,
) -> Result<Invoice, StateError> {
    let tenant = inputs.tenant.clone();
    let period = inputs.month.to_string();
    let first_day = inputs.month.first_day();
    let bounds: Vec<i64> = (0..=inputs.month.days())
        .map(|d| {
            inputs
                .zone
                .start_of(first_day + chrono::Duration::days(i64::from(d)))
        })
        .collect();
    let (start, end) = (bounds[0], bounds[bounds.len() - 1]);
    let month = covered.month(&tenant, &period, start, end);

    let mut stmt = conn.prepare(&format!(
        "SELECT {} AS day, plugin_name, count(*)::UBIGINT, sum(cpu_us)::UBIGINT,
                sum(gas_used)::UBIGINT, min(id), max(id), {}
         FROM invocations WHERE {} GROUP BY ALL",
        day_expr(&bounds),
        billed_sums().join(", "),
        month.0
    ))?;
    let mut sums = Vec::new();
    let mut expect = vec![Digest::default(); inputs.month.days() as usize];
    let rows = stmt.query_map(params_from_iter(month.1.clone()), |r| {
        let mut gas = [0u64; GasClass::ALL.len()];
        for (i, slot) in gas.iter_mut().enumerate() {
            *slot = r.get(7 + i)?;
        }
        Ok((
            DaySum {
                day: r.get::<_, i64>(0)?.max(0) as u32,
                plugin: r.get(1)?,
                invocations: r.get(2)?,
                cpu_us: r.get(3)?,
                gas_used: r.get(4)?,
                gas,
            },
            r.get::<_, u64>(5)?,
            r.get::<_, u64>(6)?,
        ))
    })?;
    for row in rows {
        let (sum, first, last) = row?;
        if let Some(e) = expect.get_mut(sum.day as usize) {
            e.rows += sum.invocations;
            e.first = Some(e.first.map_or(first, |f| f.min(first)));
            e.last = Some(e.last.map_or(last, |l| l.max(last)));
            e.gas_used = e.gas_used.saturating_add(sum.gas_used);
            e.cpu_us = e.cpu_us.saturating_add(sum.cpu_us);
        }
        sums.push(sum);
    }
    drop(stmt);

    let mut days = Vec::with_capacity(expect.len());
    for (d, e) in expect.iter().enumerate() {
        days.push(day_digest(
            conn,
            &tenant,
            (bounds[d], bounds[d + 1]),
            e,
            &month,
            digests,
        )?);
    }

    let mut late_rows: Vec<LateRow> = Vec::new();
    let mut late_hasher = RowHasher::default();
    if let Some((clause, values)) = covered.late(&tenant, &period, start) {
        each_row(
            conn,
            &format!(
                "SELECT {} FROM invocations WHERE {clause} ORDER BY id",
                entry_columns()
            ),
            values,
            |e| {
                late_hasher.add(e);
                late_rows.push(LateRow {
                    id: e.id,
                    finished_us: e.finished_us,
                    plugin_id: e.plugin_id.to_string(),
                    plugin: e.plugin.to_string(),
                    outcome: e.outcome.to_string(),
                    gas_used: e.gas_used,
                    gas: e.gas,
                    cpu_us: e.cpu_us,
                });
            },
        )?;
    }
    let ledger = Ledger {
        sums,
        late: late_rows.iter().map(LateRow::entry).collect(),
        days,
        late_digest: late_hasher.finish(),
    };
    build(inputs, ledger).map_err(|e| StateError::Invoice(e.to_string()))
}

/// What `tenant`'s invoice for `month` is derived from besides the rows.
fn inputs(
    conn: &Connection,
    tenant: &str,
    month: Month,
    zone: Zone,
    factors: Factors,
    status: Status,
) -> Result<Inputs, StateError> {
    Ok(Inputs {
        tenant: tenant.to_string(),
        month,
        zone,
        plans: schedule(conn, tenant)?,
        factors,
        status,
    })
}

/// Every plan change of `tenant` with its definition, in the order they take effect.
fn schedule(conn: &Connection, tenant: &str) -> Result<Vec<Scheduled>, StateError> {
    let mut stmt = conn.prepare(
        "SELECT strftime(t.effective_from, '%Y-%m-%d'), t.plan, t.version, t.plan_id, p.definition
         FROM tenant_plans t JOIN plans p ON p.name = t.plan AND p.version = t.version
         WHERE t.tenant = ? ORDER BY t.effective_from, t.recorded_at",
    )?;
    let rows = stmt.query_map([tenant], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u64>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (from, name, version, id, definition) = row?;
        let bad =
            |what: String| StateError::Writer(format!("stored plan `{name}`@{version}: {what}"));
        out.push(Scheduled {
            effective_from: from.parse().map_err(|e| bad(format!("{e}")))?,
            plan: serde_json::from_str(&definition).map_err(|e| bad(e.to_string()))?,
            name: name.clone(),
            version,
            id,
        });
    }
    Ok(out)
}

/// The first line where two texts differ, as `line N: stored … / derived …`.
fn first_difference(stored: &str, derived: &str) -> Option<String> {
    let (mut a, mut b) = (stored.lines(), derived.lines());
    for n in 1.. {
        match (a.next(), b.next()) {
            (None, None) => return None,
            (x, y) if x == y => continue,
            (x, y) => {
                return Some(format!(
                    "line {n}: stored `{}`, derived `{}`",
                    x.unwrap_or("<end>").trim(),
                    y.unwrap_or("<end>").trim()
                ));
            }
        }
    }
    None
}

impl State {
    /// `tenant`'s billing settings.
    pub fn tenant_billing(&self, tenant: &str) -> Result<TenantBilling, StateError> {
        type Stored = (Option<String>, Option<u64>, Option<String>, i64);
        let row: Option<Stored> = self
            .conn()
            .query_row(
                "SELECT time_zone, grid_intensity, budget_renewal,
                        epoch_us(least(created_at, coalesce(
                            (SELECT min(finished_at) FROM invocations WHERE tenant = t.name),
                            created_at)))
                 FROM tenants t WHERE name = ?",
                [tenant],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let (zone, grid, renewal, created_us) =
            row.ok_or_else(|| StateError::UnknownTenant(tenant.to_string()))?;
        let bad = |e: crate::billing::PeriodError| {
            StateError::Writer(format!("tenant `{tenant}`'s stored billing settings: {e}"))
        };
        Ok(TenantBilling {
            zone: zone
                .as_deref()
                .map_or(Ok(Zone::default()), Zone::parse)
                .map_err(bad)?,
            grid,
            renewal: renewal
                .as_deref()
                .map_or(Ok(Renewal::None), Renewal::parse)
                .map_err(bad)?,
            created_us,
        })
    }

    /// Sets `tenant`'s time zone, grid intensity (`Some(None)` clears it) or budget renewal.
    pub fn set_tenant_billing(
        &self,
        tenant: &str,
        zone: Option<&Zone>,
        grid: Option<Option<u64>>,
        renewal: Option<Renewal>,
    ) -> Result<(), StateError> {
        self.tenant_billing(tenant)?; // the tenant exists
        let conn = self.conn();
        if let Some(zone) = zone {
            conn.execute(
                "UPDATE tenants SET time_zone = ? WHERE name = ?",
                params![zone.name(), tenant],
            )?;
        }
        if let Some(grid) = grid {
            conn.execute(
                "UPDATE tenants SET grid_intensity = ? WHERE name = ?",
                params![grid, tenant],
            )?;
        }
        if let Some(renewal) = renewal {
            conn.execute(
                "UPDATE tenants SET budget_renewal = ? WHERE name = ?",
                params![renewal.name(), tenant],
            )?;
        }
        Ok(())
    }

    /// Gas `tenant` was charged by calls that settled at or after `start_us`.
    pub fn spent_since(&self, tenant: &str, start_us: i64) -> Result<u64, StateError> {
        self.sync_ledger()?;
        let start = if start_us == i64::MIN {
            None
        } else {
            Some(ts(start_us))
        };
        Ok(self.conn().query_row(
            "SELECT coalesce(sum(gas_used), 0)::UBIGINT FROM invocations
             WHERE tenant = ? AND (?::TIMESTAMP IS NULL OR finished_at >= ?::TIMESTAMP)",
            params![tenant, start, start],
            |r| r.get(0),
        )?)
    }

    /// The deployment's energy factors (the defaults until set).
    pub fn energy_factors(&self) -> Result<Factors, StateError> {
        let conn = self.conn();
        let get = |name: &str| -> Result<Option<u64>, StateError> {
            let value: Option<String> = conn
                .query_row("SELECT value FROM settings WHERE name = ?", [name], |r| {
                    r.get(0)
                })
                .optional()?;
            value
                .map(|v| {
                    v.parse::<u64>().map_err(|e| {
                        StateError::Writer(format!("stored setting {name} = `{v}`: {e}"))
                    })
                })
                .transpose()
        };
        let defaults = Factors::default();
        Ok(Factors {
            watts_per_core_mw: get(SETTING_WATTS)?.unwrap_or(defaults.watts_per_core_mw),
            grid_g_per_kwh: get(SETTING_GRID)?.unwrap_or(defaults.grid_g_per_kwh),
        })
    }

    /// Sets the deployment's energy factors.
    pub fn set_energy_factors(&self, factors: Factors) -> Result<(), StateError> {
        let conn = self.conn();
        for (name, value) in [
            (SETTING_WATTS, factors.watts_per_core_mw),
            (SETTING_GRID, factors.grid_g_per_kwh),
        ] {
            conn.execute(
                "INSERT OR REPLACE INTO settings VALUES (?, ?)",
                params![name, value.to_string()],
            )?;
        }
        Ok(())
    }

    /// The last sealed month of `tenant`, if any.
    fn last_sealed(&self, tenant: &str) -> Result<Option<Month>, StateError> {
        let period: Option<String> = self.conn().query_row(
            "SELECT max(period) FROM invoices WHERE tenant = ?",
            [tenant],
            |r| r.get(0),
        )?;
        period
            .map(|p| Month::parse(&p).map_err(|e| StateError::Writer(e.to_string())))
            .transpose()
    }

    fn stored_invoice(&self, tenant: &str, month: Month) -> Result<Option<Sealed>, StateError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT document, time_zone, watts_mw, grid, blake3 FROM invoices
                 WHERE tenant = ? AND period = ?",
                params![tenant, month.to_string()],
                |r| {
                    Ok(Sealed {
                        document: r.get(0)?,
                        time_zone: r.get(1)?,
                        factors: Factors {
                            watts_per_core_mw: r.get(2)?,
                            grid_g_per_kwh: r.get(3)?,
                        },
                        blake3: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    fn factors_for(&self, billing: &TenantBilling) -> Result<Factors, StateError> {
        let mut factors = self.energy_factors()?;
        if let Some(grid) = billing.grid {
            factors.grid_g_per_kwh = grid;
        }
        Ok(factors)
    }

    /// Seals `month` of `tenant` (the first month not yet sealed): records the rows it covers
    /// and stores its canonical JSON, in one transaction.
    fn seal(
        &self,
        tenant: &str,
        month: Month,
        billing: &TenantBilling,
        now_us: i64,
    ) -> Result<(), StateError> {
        let factors = self.factors_for(billing)?;
        let (start_us, end_us) = month.bounds(&billing.zone);
        let open = Covered::Open {
            late: self.late_rows(tenant, start_us)?,
        };
        let period = month.to_string();
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let done: u64 = tx.query_row(
            "SELECT count(*)::UBIGINT FROM invoices WHERE tenant = ? AND period = ?",
            params![tenant, period],
            |r| r.get(0),
        )?;
        if done > 0 {
            return Ok(()); // sealed meanwhile by another request
        }
        let clauses = std::iter::once(open.month(tenant, &period, start_us, end_us))
            .chain(open.late(tenant, &period, start_us));
        for (clause, mut values) in clauses {
            values.insert(0, text(&period));
            values.insert(0, text(tenant));
            tx.execute(
                &format!(
                    "INSERT INTO invoice_rows SELECT ?, ?, id FROM invocations WHERE {clause}"
                ),
                params_from_iter(values),
            )?;
        }
        let inputs = inputs(&tx, tenant, month, billing.zone, factors, Status::Sealed)?;
        let invoice = derive(&tx, inputs, Covered::Sealed, Digests::Cached { now_us })?;
        let json = invoice.to_json();
        tx.execute(
            "INSERT INTO invoices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params![
                tenant,
                period,
                end_us,
                billing.zone.name(),
                factors.watts_per_core_mw,
                factors.grid_g_per_kwh,
                invoice.ledger.rows,
                blake3::hash(json.as_bytes()).to_hex().to_string(),
                json,
                ts(super::now_us()), // when, for people; not in the document
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Whether rows settled before `start_us` may not all be covered by sealed invoices: the
    /// cheap counts that spare the common case the anti-join.
    fn late_rows(&self, tenant: &str, start_us: i64) -> Result<bool, StateError> {
        let conn = self.conn();
        let before: u64 = conn.query_row(
            "SELECT count(*)::UBIGINT FROM invocations WHERE tenant = ? AND finished_at < ?",
            params![tenant, ts(start_us)],
            |r| r.get(0),
        )?;
        let sealed: u64 = conn.query_row(
            "SELECT count(*)::UBIGINT FROM invoice_rows WHERE tenant = ?",
            [tenant],
            |r| r.get(0),
        )?;
        // A sealed month reaching past `start_us` (the tenant's zone changed since) also takes
        // the careful path, so no row is billed twice.
        let sealed_end: Option<i64> = conn.query_row(
            "SELECT max(end_us) FROM invoices WHERE tenant = ?",
            [tenant],
            |r| r.get(0),
        )?;
        Ok(before != sealed || sealed_end.is_some_and(|end| end > start_us))
    }

    /// The month `now_us` falls in for `tenant` (its time zone): its open billing period.
    pub fn current_month(&self, tenant: &str, now_us: i64) -> Result<Month, StateError> {
        let billing = self.tenant_billing(tenant)?;
        Ok(Month::containing(now_us, &billing.zone))
    }

    /// `tenant`'s invoice for `month` as of `now_us`: the stored one if sealed; else, after
    /// sealing every earlier month that has ended, derived from the ledger (sealed if the
    /// month has ended, open if it is the current one).
    pub fn invoice(
        &self,
        tenant: &str,
        month: Month,
        now_us: i64,
    ) -> Result<InvoiceDoc, StateError> {
        self.sync_ledger()?;
        let billing = self.tenant_billing(tenant)?;
        let current = Month::containing(now_us, &billing.zone);
        if month > current {
            return Err(StateError::Invoice(format!(
                "the billing period {month} has not begun for tenant `{tenant}` (it is {current} in {})",
                billing.zone
            )));
        }
        if let Some(doc) = self.sealed_doc(tenant, month)? {
            return Ok(doc);
        }
        let first = match self.last_sealed(tenant)? {
            Some(m) => m.next(),
            None => Month::containing(billing.created_us, &billing.zone),
        };
        if month < first {
            // Sealed months are contiguous from the first, so this one is before it.
            let start = Month::containing(billing.created_us, &billing.zone);
            return Err(StateError::NoInvoice(format!(
                "tenant `{tenant}` has no invoice for {month}: its first billing period is {start}"
            )));
        }
        let mut m = first;
        while m <= month && m < current {
            self.seal(tenant, m, &billing, now_us)?;
            m = m.next();
        }
        if let Some(doc) = self.sealed_doc(tenant, month)? {
            return Ok(doc);
        }
        self.open_invoice(tenant, month, &billing, Digests::Cached { now_us })
    }

    /// Which rows an open month covers, and the energy factors it is estimated with.
    fn open_terms(
        &self,
        tenant: &str,
        month: Month,
        billing: &TenantBilling,
    ) -> Result<(Covered, Factors), StateError> {
        let (start_us, _) = month.bounds(&billing.zone);
        let late = self.late_rows(tenant, start_us)?;
        Ok((Covered::Open { late }, self.factors_for(billing)?))
    }

    /// The current month's invoice, derived (open).
    fn open_invoice(
        &self,
        tenant: &str,
        month: Month,
        billing: &TenantBilling,
        digests: Digests,
    ) -> Result<InvoiceDoc, StateError> {
        let (covered, factors) = self.open_terms(tenant, month, billing)?;
        let conn = self.conn();
        let inputs = inputs(&conn, tenant, month, billing.zone, factors, Status::Open)?;
        let invoice = derive(&conn, inputs, covered, digests)?;
        let json = invoice.to_json();
        Ok(InvoiceDoc { invoice, json })
    }

    fn sealed_doc(&self, tenant: &str, month: Month) -> Result<Option<InvoiceDoc>, StateError> {
        let Some(Sealed { document: json, .. }) = self.stored_invoice(tenant, month)? else {
            return Ok(None);
        };
        let invoice = serde_json::from_str(&json).map_err(|e| {
            StateError::Writer(format!("stored invoice of `{tenant}` for {month}: {e}"))
        })?;
        Ok(Some(InvoiceDoc { invoice, json }))
    }

    /// Derives `tenant`'s invoice for `month` again from the ledger and compares it with the
    /// stored one byte for byte (sealing the month first if it has ended), hashing every
    /// day's rows afresh. An open month's derivation from stored digests is compared with one
    /// hashing every row, both from one snapshot of the ledger.
    pub fn verify_invoice(
        &self,
        tenant: &str,
        month: Month,
        now_us: i64,
    ) -> Result<Verification, StateError> {
        let asked = self.invoice(tenant, month, now_us)?;
        let Some(sealed) = self.stored_invoice(tenant, month)? else {
            // One snapshot for both derivations, so a call settling meanwhile is no difference.
            let billing = self.tenant_billing(tenant)?;
            let (covered, factors) = self.open_terms(tenant, month, &billing)?;
            let mut conn = self.conn();
            let tx = conn.transaction()?;
            let inputs = inputs(&tx, tenant, month, billing.zone, factors, Status::Open)?;
            let cached =
                derive(&tx, inputs.clone(), covered, Digests::Cached { now_us })?.to_json();
            let fresh = derive(&tx, inputs, covered, Digests::Fresh)?.to_json();
            tx.commit()?;
            let difference = first_difference(&cached, &fresh);
            return Ok(Verification {
                tenant: tenant.to_string(),
                period: month.to_string(),
                status: "open".into(),
                ok: difference.is_none(),
                rows: asked.invoice.ledger.rows,
                blake3: blake3::hash(fresh.as_bytes()).to_hex().to_string(),
                difference,
            });
        };
        let zone = Zone::parse(&sealed.time_zone).map_err(|e| StateError::Writer(e.to_string()))?;
        let conn = self.conn();
        let inputs = inputs(&conn, tenant, month, zone, sealed.factors, Status::Sealed)?;
        let derived = derive(&conn, inputs, Covered::Sealed, Digests::Fresh)?.to_json();
        let mut difference = first_difference(&sealed.document, &derived);
        let actual = blake3::hash(sealed.document.as_bytes())
            .to_hex()
            .to_string();
        let digest = sealed.blake3;
        if difference.is_none() && actual != digest {
            difference = Some(format!(
                "the stored document's blake3 is {actual}, not the {digest} recorded when it was sealed"
            ));
        }
        Ok(Verification {
            tenant: tenant.to_string(),
            period: month.to_string(),
            status: "sealed".into(),
            ok: difference.is_none(),
            rows: asked.invoice.ledger.rows,
            blake3: digest,
            difference,
        })
    }
}
