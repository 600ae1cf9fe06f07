//! Plans and which tenant is on which, versioned like policies: adding a changed definition
//! under a name makes version N+1, adding the same one again changes nothing, and a tenant's
//! plan changes are kept (each with the date it takes effect), never overwritten.

use duckdb::{OptionalExt, params};
use serde::Serialize;

use super::{State, StateError, now_us, ts};
use crate::billing::{Plan, Usage};
use crate::gas::GasClass;

/// One stored version of a plan.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct PlanRow {
    /// The plan's name.
    pub name: String,
    /// Its version, from 1.
    pub version: u64,
    /// Content address of the definition.
    pub id: String,
    /// When this version was added (UTC).
    pub added_at: String,
    /// The definition.
    #[schema(value_type = Object)]
    pub plan: Plan,
}

/// What adding a plan did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlanChange {
    /// A new name: version 1.
    Created,
    /// A changed definition: a new version.
    Updated,
    /// The same definition as the latest version: nothing stored.
    Unchanged,
}

/// A tenant's move onto a plan version, from a date.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct TenantPlan {
    /// The tenant.
    pub tenant: String,
    /// The plan's name.
    pub plan: String,
    /// The plan version in force from `effective_from`.
    pub version: u64,
    /// The plan version's content address.
    pub plan_id: String,
    /// First day priced under it (`YYYY-MM-DD`, the tenant's calendar).
    pub effective_from: String,
    /// When the change was recorded (UTC).
    pub recorded_at: String,
}

const PLAN_COLUMNS: &str =
    "name, version, id, strftime(added_at, '%Y-%m-%dT%H:%M:%S.%fZ'), definition";

fn plan_row(r: &duckdb::Row<'_>) -> duckdb::Result<PlanRow> {
    let definition: String = r.get(4)?;
    let plan = serde_json::from_str(&definition).map_err(|e| {
        duckdb::Error::FromSqlConversionFailure(4, duckdb::types::Type::Text, Box::new(e))
    })?;
    Ok(PlanRow {
        name: r.get(0)?,
        version: r.get(1)?,
        id: r.get(2)?,
        added_at: r.get(3)?,
        plan,
    })
}

impl State {
    /// Stores `plan` as the next version of its name, unless the latest version is the same.
    pub fn add_plan(&self, plan: &Plan) -> Result<(PlanRow, PlanChange), StateError> {
        let id = plan.id();
        let latest = self.plan(&plan.name, None)?;
        let (version, change) = match &latest {
            Some(l) if l.id == id => return Ok((l.clone(), PlanChange::Unchanged)),
            Some(l) => (l.version + 1, PlanChange::Updated),
            None => (1, PlanChange::Created),
        };
        let definition = serde_json::to_string(plan)
            .map_err(|e| StateError::Config(format!("cannot store plan `{}`: {e}", plan.name)))?;
        self.conn().execute(
            "INSERT INTO plans VALUES (?, ?, ?, ?, ?)",
            params![plan.name, version, id, definition, ts(now_us())],
        )?;
        let row = self.plan(&plan.name, Some(version))?.ok_or_else(|| {
            StateError::Writer(format!("plan `{}` vanished after it was added", plan.name))
        })?;
        Ok((row, change))
    }

    /// One version of a plan (the latest when `version` is `None`).
    pub fn plan(&self, name: &str, version: Option<u64>) -> Result<Option<PlanRow>, StateError> {
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT {PLAN_COLUMNS} FROM plans
                     WHERE name = ? AND (?::UBIGINT IS NULL OR version = ?)
                     ORDER BY version DESC LIMIT 1"
                ),
                params![name, version, version],
                plan_row,
            )
            .optional()?)
    }

    /// The latest version of every plan, by name.
    pub fn plans(&self) -> Result<Vec<PlanRow>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {PLAN_COLUMNS} FROM plans
             QUALIFY row_number() OVER (PARTITION BY name ORDER BY version DESC) = 1
             ORDER BY name"
        ))?;
        let rows = stmt.query_map([], plan_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Puts `tenant` on the latest version of plan `name` from `effective_from`
    /// (`YYYY-MM-DD`, checked by the caller). Earlier changes are kept.
    pub fn set_tenant_plan(
        &self,
        tenant: &str,
        name: &str,
        effective_from: &str,
    ) -> Result<TenantPlan, StateError> {
        self.tenant_validation(tenant)?; // the tenant exists
        let plan = self
            .plan(name, None)?
            .ok_or_else(|| StateError::UnknownPlan(name.to_string()))?;
        // The check and the insert under one hold of the connection: sealing holds it for its
        // whole transaction, so a month cannot be sealed in between.
        let conn = self.conn();
        let sealed: Option<String> = conn.query_row(
            "SELECT max(period) FROM invoices WHERE tenant = ?",
            [tenant],
            |r| r.get(0),
        )?;
        if let Some(first) = sealed
            .and_then(|p| crate::billing::Month::parse(&p).ok())
            .map(|m| m.next().first_day().to_string())
            && effective_from < first.as_str()
        {
            return Err(StateError::Invoice(format!(
                "tenant `{tenant}`'s invoices are sealed up to {first}: a plan change can take \
                 effect from {first} at the earliest, so that no sealed invoice changes"
            )));
        }
        conn.execute(
            "INSERT INTO tenant_plans VALUES (?, ?, ?, ?, ?::DATE, ?)",
            params![
                tenant,
                plan.name,
                plan.version,
                plan.id,
                effective_from,
                ts(now_us())
            ],
        )?;
        drop(conn);
        self.tenant_plans(tenant)?
            .pop()
            .ok_or_else(|| StateError::Writer(format!("tenant `{tenant}`'s plan vanished")))
    }

    /// `tenant`'s ledger rows that settled on days `from` up to (not including) `to`
    /// (`YYYY-MM-DD`, UTC), in ledger order, as billing prices them. Waits for queued rows
    /// first, so a row acknowledged to its caller is never left out.
    pub fn usage(&self, tenant: &str, from: &str, to: &str) -> Result<Vec<Usage>, StateError> {
        self.sync_ledger()?;
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, plugin_name, gas_base, gas_instruction, gas_host_call, gas_byte_in,
                    gas_byte_out, gas_row_written, gas_row_read, gas_memory_page
             FROM invocations
             WHERE tenant = ? AND finished_at >= ?::DATE AND finished_at < ?::DATE
             ORDER BY id",
        )?;
        let rows = stmt.query_map(params![tenant, from, to], |r| {
            let mut gas = [0u64; GasClass::ALL.len()];
            for (i, slot) in gas.iter_mut().enumerate() {
                *slot = r.get(2 + i)?;
            }
            Ok(Usage {
                invocation_id: r.get(0)?,
                plugin: r.get(1)?,
                gas,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every plan change of `tenant`, in the order they take effect (then were recorded).
    pub fn tenant_plans(&self, tenant: &str) -> Result<Vec<TenantPlan>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT tenant, plan, version, plan_id, strftime(effective_from, '%Y-%m-%d'),
                    strftime(recorded_at, '%Y-%m-%dT%H:%M:%S.%fZ')
             FROM tenant_plans WHERE tenant = ? ORDER BY effective_from, recorded_at",
        )?;
        let rows = stmt.query_map([tenant], |r| {
            Ok(TenantPlan {
                tenant: r.get(0)?,
                plan: r.get(1)?,
                version: r.get(2)?,
                plan_id: r.get(3)?,
                effective_from: r.get(4)?,
                recorded_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
