//! A tenant's invoice for one month, built from its ledger: the month's calls summed per day and
//! plugin, the late rows of earlier months, and the digest of each day's rows ([`Ledger`]).
//! Building is a pure function of those and the [`Inputs`] (plan changes, time zone, energy
//! factors), so deriving an invoice again from the same ledger gives the same bytes.
//!
//! The rules (docs/billing.md says the same for people):
//! - the month is split into **sections** where the tenant's plan changes; a section is priced
//!   under its plan with the included gas, minimum charge and cap prorated by its days;
//! - a row settled before the month began that no sealed invoice covers (a late row: clock skew,
//!   a journal replayed after the earlier month was sealed) is an **adjustment**, priced under
//!   the plan in force the day it settled, at the plan's prices alone;
//! - included gas is used up in settlement order: day by day, plugin by plugin, class by class;
//! - the **ledger proof** is blake3 over the digests of the month's days (each the blake3 of
//!   that day's rows' canonical bytes in ledger order, [`row_bytes`]) and of the late rows, with
//!   the count and the first and last invocation ids;
//! - **energy** is CPU time × watts per core and **CO₂e** is energy × grid intensity, reported
//!   beside gas and money, never in them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::period::{Month, Zone};
use super::plan::Plan;
use super::pricing::{Line, Priced, Pricer, Terms, round_millionths};
use crate::gas::GasClass;

/// The invoice document's format name, first in its canonical JSON.
pub const FORMAT: &str = "traceguard-invoice/1";

/// The name of the ledger rows' canonical encoding ([`row_bytes`]).
pub const ROW_ENCODING: &str = "traceguard-ledger-row/1";

/// How energy and CO₂e are estimated, printed on every invoice and report.
pub const ENERGY_METHOD: &str = "Operational energy and emissions after the Green Software \
Foundation's SCI: E = CPU time × watts per core; C = E × grid intensity I. Embodied emissions \
(M) are not included. Estimates, reported beside gas and money and never mixed into them.";

/// Why an invoice cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvoiceError {
    /// Plans of different currencies would price one invoice.
    #[error(
        "tenant `{tenant}`'s invoice for {period} would mix currencies ({first} and {second}): \
         change plans between currencies on the first day of a month"
    )]
    MixedCurrency {
        /// The tenant.
        tenant: String,
        /// The month.
        period: String,
        /// One currency.
        first: String,
        /// Another.
        second: String,
    },
}

/// A plan version a tenant moved onto, from a day of its calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scheduled {
    /// First day priced under it.
    pub effective_from: NaiveDate,
    /// The plan's name.
    pub name: String,
    /// Its version.
    pub version: u64,
    /// Its content address.
    pub id: String,
    /// The definition.
    pub plan: Plan,
}

/// Energy factors: watts per core in milliwatts and grid intensity in gCO₂e/kWh (integers, so
/// estimates are exact functions of the ledger).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Factors {
    /// Power drawn by one busy core, milliwatts.
    pub watts_per_core_mw: u64,
    /// Grams of CO₂e per kWh of the grid the host draws from.
    pub grid_g_per_kwh: u64,
}

impl Default for Factors {
    /// 3.5 W per busy core and 475 gCO₂e/kWh: placeholders of the order of published figures
    /// (Cloud Carbon Footprint's per-vCPU maximum for AWS, a world-average grid), to replace
    /// with the deployment's own.
    fn default() -> Self {
        Factors {
            watts_per_core_mw: 3_500,
            grid_g_per_kwh: 475,
        }
    }
}

impl Factors {
    /// Energy (nanojoules: CPU µs × milliwatts) and CO₂e (micrograms, rounded half up:
    /// nJ × g/kWh / 3.6e9) of `cpu_us` of CPU time.
    pub fn estimate(&self, cpu_us: u64) -> (u64, u64) {
        let nj = u128::from(cpu_us) * u128::from(self.watts_per_core_mw);
        let ug = (nj * u128::from(self.grid_g_per_kwh) + 1_800_000_000) / 3_600_000_000;
        (
            u64::try_from(nj).unwrap_or(u64::MAX),
            u64::try_from(ug).unwrap_or(u64::MAX),
        )
    }
}

/// Whether the invoice can still change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The month is not over: rows may still be added.
    Open,
    /// The month is over and the invoice is stored; later rows go to the next invoice.
    Sealed,
}

/// What an invoice is built from besides the rows.
#[derive(Clone, Debug)]
pub struct Inputs {
    /// The tenant.
    pub tenant: String,
    /// The month.
    pub month: Month,
    /// The tenant's time zone (the month's bounds and each row's day).
    pub zone: Zone,
    /// Every plan change of the tenant, in the order they take effect (ties: the later
    /// recorded last).
    pub plans: Vec<Scheduled>,
    /// Energy factors.
    pub factors: Factors,
    /// Open or sealed.
    pub status: Status,
}

/// One covered ledger row, as the invoice reads it.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Invocation id.
    pub id: u64,
    /// When the call settled, Unix microseconds.
    pub finished_us: i64,
    /// Plugin content address.
    pub plugin_id: &'a str,
    /// Plugin name.
    pub plugin: &'a str,
    /// `ok` or the failure kind.
    pub outcome: &'a str,
    /// Gas charged.
    pub gas_used: u64,
    /// Gas per class, [`GasClass::ALL`] order.
    pub gas: [u64; GasClass::ALL.len()],
    /// CPU time, microseconds.
    pub cpu_us: u64,
}

/// The canonical bytes of one ledger row ([`ROW_ENCODING`]): id, settle time (µs), gas used,
/// gas per class in schedule order and CPU µs as 8-byte little-endian integers, then plugin id,
/// plugin name and outcome, each as a 4-byte little-endian length and UTF-8 bytes.
pub fn row_bytes(e: &Entry<'_>, out: &mut Vec<u8>) {
    out.extend_from_slice(&e.id.to_le_bytes());
    out.extend_from_slice(&e.finished_us.to_le_bytes());
    out.extend_from_slice(&e.gas_used.to_le_bytes());
    for g in e.gas {
        out.extend_from_slice(&g.to_le_bytes());
    }
    out.extend_from_slice(&e.cpu_us.to_le_bytes());
    for s in [e.plugin_id, e.plugin, e.outcome] {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
}

/// The gas per class a row is billed: its metered classes made to add up to the gas it was
/// charged (`gas_used`). A call charged less than it metered (the host failed it: 0; a total
/// cut at the limit) keeps its classes in schedule order until the charge is used up; a call
/// charged more (stopped at its limit: out of gas, timed out) bills the difference as
/// instruction gas, the work it was stopped in.
pub fn billed(gas_used: u64, gas: &[u64; GasClass::ALL.len()]) -> [u64; GasClass::ALL.len()] {
    let mut out = [0u64; GasClass::ALL.len()];
    let mut left = gas_used;
    for (slot, &g) in out.iter_mut().zip(gas) {
        *slot = g.min(left);
        left -= *slot;
    }
    let instruction = GasClass::ALL
        .iter()
        .position(|&c| c == GasClass::Instruction)
        .unwrap_or(1);
    out[instruction] = out[instruction].saturating_add(left);
    out
}

/// A plan version as an invoice names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRef {
    /// Name.
    pub name: String,
    /// Version.
    pub version: u64,
    /// Content address.
    pub id: String,
}

/// The month as invoiced.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PeriodInfo {
    /// `YYYY-MM`.
    pub label: String,
    /// First instant, RFC 3339 in the tenant's zone.
    pub start: String,
    /// First instant of the next month.
    pub end: String,
    /// The tenant's time zone.
    pub time_zone: String,
    /// Days in the month.
    pub days: u32,
}

/// A stretch of the month under one plan (or none).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Section {
    /// First day (tenant's calendar).
    pub from: String,
    /// Day after the last.
    pub to: String,
    /// Days covered.
    pub days: u32,
    /// The plan in force; `null` where the tenant had none (gas listed, nothing charged).
    pub plan: Option<PlanRef>,
    /// Included gas for these days (prorated).
    pub included_gas: u64,
    /// Minimum charge for these days (prorated), micro-units.
    pub minimum_charge: u64,
    /// Cap for these days (prorated), micro-units.
    pub cap: Option<u64>,
    /// Lines and totals.
    #[serde(flatten)]
    pub priced: Priced,
}

/// Late rows of earlier months, priced under one plan version at its prices alone.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Adjustment {
    /// The plan in force when they settled.
    pub plan: Option<PlanRef>,
    /// How many rows.
    pub rows: u64,
    /// Lines (included gas is 0).
    pub lines: Vec<Line>,
    /// Sum of the lines, micro-units.
    pub total: u64,
}

/// One day of the month.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Day {
    /// `YYYY-MM-DD`, tenant's calendar.
    pub date: String,
    /// Gas charged that day.
    pub gas: u64,
    /// Calls settled that day.
    pub invocations: u64,
    /// Included gas used that day.
    pub included_used: u64,
    /// Price of that day's billable gas, micro-units, rounded per day (before any minimum or
    /// cap; for charts, so days need not add up to the total exactly).
    pub amount: u64,
    /// blake3 of the day's ledger rows in ledger order (the [`LedgerProof`] hashes these).
    pub blake3: String,
}

/// Energy and CO₂e of one plugin's calls.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PluginEnergy {
    /// Plugin name.
    pub plugin: String,
    /// Calls.
    pub invocations: u64,
    /// CPU time, microseconds.
    pub cpu_us: u64,
    /// Energy, nanojoules (CPU µs × milliwatts).
    pub energy_nj: u64,
    /// CO₂e, micrograms (rounded half up).
    pub co2e_ug: u64,
}

/// Energy and CO₂e of the invoice's rows.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Energy {
    /// How they are estimated.
    pub method: String,
    /// The factors used.
    pub factors: Factors,
    /// Per plugin, by name.
    pub plugins: Vec<PluginEnergy>,
    /// CPU time, microseconds.
    pub cpu_us: u64,
    /// Energy, nanojoules.
    pub energy_nj: u64,
    /// CO₂e, micrograms (the sum of the plugins').
    pub co2e_ug: u64,
}

/// The covered ledger rows.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LedgerProof {
    /// How the rows are encoded for the digest.
    pub encoding: String,
    /// How many rows.
    pub rows: u64,
    /// Lowest invocation id, if any row.
    pub first_invocation: Option<u64>,
    /// Highest invocation id.
    pub last_invocation: Option<u64>,
    /// blake3 over the days' digests (`days[].blake3`) in order, then the late rows' digest.
    pub blake3: String,
}

/// An invoice.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Invoice {
    /// [`FORMAT`].
    pub format: String,
    /// The tenant.
    pub tenant: String,
    /// The month.
    pub period: PeriodInfo,
    /// Open or sealed.
    pub status: Status,
    /// ISO 4217 currency of every amount (integer micro-units); `null` with no plan.
    pub currency: Option<String>,
    /// The month's sections, in order.
    pub sections: Vec<Section>,
    /// Late rows of earlier months.
    pub adjustments: Vec<Adjustment>,
    /// Gas of every covered row.
    pub gas: u64,
    /// What the tenant owes: sections' totals plus adjustments, micro-units.
    pub total: u64,
    /// Each day of the month.
    pub days: Vec<Day>,
    /// Energy and CO₂e.
    pub energy: Energy,
    /// What ledger rows it covers.
    pub ledger: LedgerProof,
}

impl Invoice {
    /// The invoice as canonical JSON: sorted keys, two-space indents, a final newline. These
    /// are the bytes a sealed invoice is stored as.
    pub fn to_json(&self) -> String {
        let value = serde_json::to_value(self).unwrap_or(Value::Null);
        let mut text = serde_json::to_string_pretty(&sorted(value)).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The lines as one table (CSV, Parquet): a row per line of each section and adjustment,
    /// and a row per minimum top-up and cap reduction, so the amounts add up to the total.
    pub fn table(&self) -> (Vec<&'static str>, Vec<Vec<String>>) {
        let header = vec![
            "tenant",
            "period",
            "currency",
            "section",
            "from",
            "to",
            "plan",
            "plan_version",
            "plan_id",
            "plugin",
            "class",
            "gas",
            "included",
            "billable",
            "price",
            "amount",
        ];
        let mut rows = Vec::new();
        let currency = self.currency.clone().unwrap_or_default();
        let mut row =
            |section: &str, from: &str, to: &str, plan: &Option<PlanRef>, item: [String; 7]| {
                let mut r = vec![
                    self.tenant.clone(),
                    self.period.label.clone(),
                    currency.clone(),
                    section.to_string(),
                    from.to_string(),
                    to.to_string(),
                    plan.as_ref().map_or(String::new(), |p| p.name.clone()),
                    plan.as_ref()
                        .map_or(String::new(), |p| p.version.to_string()),
                    plan.as_ref().map_or(String::new(), |p| p.id.clone()),
                ];
                r.extend(item);
                rows.push(r);
            };
        let line = |l: &Line| {
            [
                l.plugin.clone(),
                l.class.name().to_string(),
                l.gas.to_string(),
                l.included.to_string(),
                l.billable.to_string(),
                l.price.to_string(),
                l.amount.to_string(),
            ]
        };
        let charge = |what: &str, amount: i128| {
            [
                String::new(),
                what.to_string(),
                "0".into(),
                "0".into(),
                "0".into(),
                "0".into(),
                amount.to_string(),
            ]
        };
        for (i, s) in self.sections.iter().enumerate() {
            let name = format!("section-{}", i + 1);
            for l in &s.priced.lines {
                row(&name, &s.from, &s.to, &s.plan, line(l));
            }
            if s.priced.minimum_top_up > 0 {
                let top_up = charge("minimum-top-up", i128::from(s.priced.minimum_top_up));
                row(&name, &s.from, &s.to, &s.plan, top_up);
            }
            if s.priced.cap_reduction > 0 {
                let cut = charge("cap-reduction", -i128::from(s.priced.cap_reduction));
                row(&name, &s.from, &s.to, &s.plan, cut);
            }
        }
        for a in &self.adjustments {
            for l in &a.lines {
                row("adjustment", "", "", &a.plan, line(l));
            }
        }
        (header, rows)
    }
}

/// `value` with every object's keys in sorted order, whatever serde_json's map keeps.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

struct Stretch {
    from: NaiveDate,
    to: NaiveDate,
    plan: Option<PlanRef>,
    pricer: Pricer,
}

/// One plugin's calls on one day of the month, summed (what the ledger query groups by).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DaySum {
    /// Day of the month, from 0.
    pub day: u32,
    /// Plugin name.
    pub plugin: String,
    /// Calls.
    pub invocations: u64,
    /// CPU time, microseconds.
    pub cpu_us: u64,
    /// Gas charged.
    pub gas_used: u64,
    /// Gas billed per class ([`billed`]: adding up to `gas_used`), [`GasClass::ALL`] order.
    pub gas: [u64; GasClass::ALL.len()],
}

/// Hashes ledger rows fed in ledger order into a [`Digest`].
pub struct RowHasher {
    hasher: blake3::Hasher,
    buffer: Vec<u8>,
    digest: Digest,
}

impl Default for RowHasher {
    fn default() -> Self {
        RowHasher {
            hasher: blake3::Hasher::new(),
            buffer: Vec::with_capacity(1 << 16),
            digest: Digest::default(),
        }
    }
}

impl RowHasher {
    /// Adds the next row.
    pub fn add(&mut self, e: &Entry<'_>) {
        row_bytes(e, &mut self.buffer);
        if self.buffer.len() >= (1 << 16) - 512 {
            self.hasher.update(&self.buffer);
            self.buffer.clear();
        }
        let d = &mut self.digest;
        d.rows += 1;
        d.first.get_or_insert(e.id);
        d.last = Some(e.id);
        d.gas_used = d.gas_used.saturating_add(e.gas_used);
        d.cpu_us = d.cpu_us.saturating_add(e.cpu_us);
    }

    /// The digest of the rows added.
    pub fn finish(mut self) -> Digest {
        self.hasher.update(&self.buffer);
        self.digest.blake3 = self.hasher.finalize().to_hex().to_string();
        self.digest
    }
}

/// The digest of a run of ledger rows (a day's, or the late rows'): blake3 of their canonical
/// bytes in ledger order, with what identifies the run cheaply (count, first and last id, gas
/// and CPU sums), so a stored digest can be matched to rows without reading them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// Rows.
    pub rows: u64,
    /// Lowest id.
    pub first: Option<u64>,
    /// Highest id.
    pub last: Option<u64>,
    /// Gas charged.
    pub gas_used: u64,
    /// CPU µs.
    pub cpu_us: u64,
    /// blake3 hex of the rows' canonical bytes.
    pub blake3: String,
}

impl Digest {
    /// The digest of no rows.
    pub fn empty() -> Digest {
        RowHasher::default().finish()
    }
}

fn plan_ref(s: &Scheduled) -> PlanRef {
    PlanRef {
        name: s.name.clone(),
        version: s.version,
        id: s.id.clone(),
    }
}

/// The plan in force on `day`: the last change effective on or before it.
fn in_force(plans: &[Scheduled], day: NaiveDate) -> Option<&Scheduled> {
    plans.iter().rev().find(|s| s.effective_from <= day)
}

/// Takes `plan`'s currency as the invoice's, or refuses a second one.
fn one_currency(
    currency: &mut Option<String>,
    plan: &Plan,
    inputs: &Inputs,
) -> Result<(), InvoiceError> {
    match currency {
        None => *currency = Some(plan.currency.clone()),
        Some(c) if *c != plan.currency => {
            return Err(InvoiceError::MixedCurrency {
                tenant: inputs.tenant.clone(),
                period: inputs.month.to_string(),
                first: c.clone(),
                second: plan.currency.clone(),
            });
        }
        Some(_) => {}
    }
    Ok(())
}

/// The month's sections: the first day, and each day inside the month a plan change takes
/// effect, each with its plan and prorated terms.
fn stretches(inputs: &Inputs) -> Result<(Vec<Stretch>, Option<String>), InvoiceError> {
    let month = inputs.month;
    let first_day = month.first_day();
    let end_day = month.next().first_day();
    // A change to the plan version already in force (the same plan set again) starts nothing.
    let mut starts: Vec<NaiveDate> = vec![first_day];
    for s in &inputs.plans {
        let before = starts
            .last()
            .and_then(|&d| in_force(&inputs.plans, d))
            .map(|p| p.id.as_str());
        let now = in_force(&inputs.plans, s.effective_from).map(|p| p.id.as_str());
        if s.effective_from > first_day
            && s.effective_from < end_day
            && starts.last() != Some(&s.effective_from)
            && before != now
        {
            starts.push(s.effective_from);
        }
    }
    let mut currency: Option<String> = None;
    let mut stretches = Vec::new();
    for (i, &from) in starts.iter().enumerate() {
        let to = starts.get(i + 1).copied().unwrap_or(end_day);
        let days = (to - from).num_days() as u32;
        let scheduled = in_force(&inputs.plans, from);
        let terms = match scheduled {
            Some(s) => {
                one_currency(&mut currency, &s.plan, inputs)?;
                Terms::prorated(&s.plan, days, month.days())
            }
            None => Terms::free(),
        };
        stretches.push(Stretch {
            from,
            to,
            plan: scheduled.map(plan_ref),
            pricer: Pricer::new(terms),
        });
    }
    Ok((stretches, currency))
}

/// Everything an invoice is built from besides its [`Inputs`].
pub struct Ledger<'a> {
    /// The month's calls summed per day and plugin (any order).
    pub sums: Vec<DaySum>,
    /// Late rows of earlier, sealed months, in ledger order.
    pub late: Vec<Entry<'a>>,
    /// The digest of each day's rows, in day order (one per day of the month).
    pub days: Vec<Digest>,
    /// The digest of the late rows.
    pub late_digest: Digest,
}

/// Builds the invoice of `inputs` from the month's `ledger`.
///
/// Included gas is used up in settlement order: day by day, within a day plugin by plugin (by
/// name), within a plugin's calls of the day in the gas schedule's class order.
pub fn build(inputs: Inputs, mut ledger: Ledger<'_>) -> Result<Invoice, InvoiceError> {
    let (mut stretches, currency) = stretches(&inputs)?;
    let month = inputs.month;
    let first_day = month.first_day();
    let n_days = month.days() as usize;
    let mut days: Vec<Day> = (0..month.days())
        .map(|d| Day {
            date: (first_day + chrono::Duration::days(i64::from(d))).to_string(),
            ..Day::default()
        })
        .collect();
    let mut millionths = vec![0u128; n_days];
    let mut energy: BTreeMap<String, PluginEnergy> = BTreeMap::new();
    let mut note_energy = |plugin: &str, invocations: u64, cpu_us: u64| {
        let e = energy.entry(plugin.to_string()).or_default();
        e.invocations += invocations;
        e.cpu_us = e.cpu_us.saturating_add(cpu_us);
    };

    ledger
        .sums
        .sort_by(|a, b| (a.day, &a.plugin).cmp(&(b.day, &b.plugin)));
    for sum in &ledger.sums {
        let index = (sum.day as usize).min(n_days.saturating_sub(1));
        let date = first_day + chrono::Duration::days(index as i64);
        let at = stretches
            .partition_point(|s| s.from <= date)
            .saturating_sub(1);
        let (price, included) = stretches[at].pricer.add(&sum.plugin, &sum.gas);
        let day = &mut days[index];
        day.gas = day.gas.saturating_add(sum.gas_used);
        day.invocations += sum.invocations;
        day.included_used += included;
        millionths[index] += price;
        note_energy(&sum.plugin, sum.invocations, sum.cpu_us);
    }

    let mut currency = currency;
    let mut adjustments: BTreeMap<Option<String>, (Option<PlanRef>, Pricer, u64)> = BTreeMap::new();
    for e in &ledger.late {
        let scheduled = in_force(&inputs.plans, inputs.zone.date_of(e.finished_us));
        if let Some(s) = scheduled {
            one_currency(&mut currency, &s.plan, &inputs)?;
        }
        let entry = adjustments
            .entry(scheduled.map(|s| s.id.clone()))
            .or_insert_with(|| {
                let terms = scheduled.map_or_else(Terms::free, |s| Terms::prices_only(&s.plan));
                (scheduled.map(plan_ref), Pricer::new(terms), 0)
            });
        entry.1.add(e.plugin, &billed(e.gas_used, &e.gas));
        entry.2 += 1;
        note_energy(e.plugin, 1, e.cpu_us);
    }

    let sections: Vec<Section> = stretches
        .into_iter()
        .map(|s| {
            let terms = s.pricer.terms().clone();
            Section {
                from: s.from.to_string(),
                to: s.to.to_string(),
                days: (s.to - s.from).num_days() as u32,
                plan: s.plan,
                included_gas: terms.included_gas,
                minimum_charge: terms.minimum_charge,
                cap: terms.cap,
                priced: s.pricer.finish(),
            }
        })
        .collect();
    let adjustments: Vec<Adjustment> = adjustments
        .into_values()
        .map(|(plan, pricer, rows)| {
            let priced = pricer.finish();
            Adjustment {
                plan,
                rows,
                total: priced.total,
                lines: priced.lines,
            }
        })
        .collect();
    for ((day, m), digest) in days.iter_mut().zip(&millionths).zip(&ledger.days) {
        day.amount = round_millionths(*m);
        day.blake3 = digest.blake3.clone();
    }
    let factors = inputs.factors;
    let plugins: Vec<PluginEnergy> = energy
        .into_iter()
        .map(|(plugin, mut e)| {
            (e.energy_nj, e.co2e_ug) = factors.estimate(e.cpu_us);
            e.plugin = plugin;
            e
        })
        .collect();
    let sum =
        |f: fn(&PluginEnergy) -> u64| plugins.iter().fold(0u64, |a, p| a.saturating_add(f(p)));
    let energy = Energy {
        method: ENERGY_METHOD.to_string(),
        factors,
        cpu_us: sum(|p| p.cpu_us),
        energy_nj: sum(|p| p.energy_nj),
        co2e_ug: sum(|p| p.co2e_ug),
        plugins,
    };
    let gas = sections
        .iter()
        .map(|s| s.priced.gas)
        .chain(
            adjustments
                .iter()
                .flat_map(|a| a.lines.iter().map(|l| l.gas)),
        )
        .fold(0u64, u64::saturating_add);
    let total = sections
        .iter()
        .map(|s| s.priced.total)
        .chain(adjustments.iter().map(|a| a.total))
        .fold(0u64, u64::saturating_add);
    let ledger_proof = proof(&ledger.days, &ledger.late_digest);
    let zone = &inputs.zone;
    let (start, end) = month.bounds(zone);
    Ok(Invoice {
        format: FORMAT.to_string(),
        period: PeriodInfo {
            label: month.to_string(),
            start: zone.rfc3339(start),
            end: zone.rfc3339(end),
            time_zone: zone.name(),
            days: month.days(),
        },
        tenant: inputs.tenant,
        status: inputs.status,
        currency,
        sections,
        adjustments,
        gas,
        total,
        days,
        energy,
        ledger: ledger_proof,
    })
}

/// The ledger proof of a month: blake3 over its days' digests in order, then the late rows'
/// (each the 32 bytes of a blake3 hash), with the count and the lowest and highest id.
pub fn proof(days: &[Digest], late: &Digest) -> LedgerProof {
    let mut hasher = blake3::Hasher::new();
    let (mut rows, mut first, mut last) = (0u64, None::<u64>, None::<u64>);
    for d in days.iter().chain(std::iter::once(late)) {
        if let Ok(hash) = blake3::Hash::from_hex(&d.blake3) {
            hasher.update(hash.as_bytes());
        }
        rows += d.rows;
        first = match (first, d.first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        last = last.max(d.last);
    }
    LedgerProof {
        encoding: ROW_ENCODING.to_string(),
        rows,
        first_invocation: first,
        last_invocation: last,
        blake3: hasher.finalize().to_hex().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(name: &str, included: u64, minimum: u64) -> Plan {
        Plan::from_toml(&format!(
            "name = \"{name}\"\ncurrency = \"EUR\"\nincluded_gas = {included}\n\
             minimum_charge = {minimum}\n[prices]\nbase = 1000000\ninstruction = 10\n"
        ))
        .expect("valid plan")
    }

    fn scheduled(from: &str, plan: Plan, version: u64) -> Scheduled {
        Scheduled {
            effective_from: from.parse().expect("date"),
            name: plan.name.clone(),
            version,
            id: plan.id(),
            plan,
        }
    }

    fn at(rfc3339: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(rfc3339)
            .expect("instant")
            .timestamp_micros()
    }

    fn sum(day: u32, plugin: &str, base: u64, instruction: u64) -> DaySum {
        let mut gas = [0; GasClass::ALL.len()];
        gas[0] = base;
        gas[1] = instruction;
        DaySum {
            day,
            plugin: plugin.to_string(),
            invocations: 1,
            cpu_us: 1_000,
            gas_used: base + instruction,
            gas,
        }
    }

    fn entry(
        id: u64,
        when: &str,
        plugin: &'static str,
        base: u64,
        instruction: u64,
    ) -> Entry<'static> {
        let mut gas = [0; GasClass::ALL.len()];
        gas[0] = base;
        gas[1] = instruction;
        Entry {
            id,
            finished_us: at(when),
            plugin_id: "0123",
            plugin,
            outcome: "ok",
            gas_used: base + instruction,
            gas,
            cpu_us: 1_000,
        }
    }

    fn inputs(plans: Vec<Scheduled>) -> Inputs {
        Inputs {
            tenant: "acme".into(),
            month: Month::parse("2026-11").expect("month"),
            zone: Zone::parse("Europe/Berlin").expect("zone"),
            plans,
            factors: Factors::default(),
            status: Status::Open,
        }
    }

    fn ledger(sums: Vec<DaySum>, late: Vec<Entry<'static>>) -> Ledger<'static> {
        Ledger {
            sums,
            late,
            days: vec![Digest::empty(); 30],
            late_digest: Digest::empty(),
        }
    }

    #[test]
    fn a_plan_change_splits_the_month_and_prorates_its_terms() {
        let small = plan("small", 3_000_000, 30_000_000);
        let big = plan("big", 30_000_000, 0);
        let plans = vec![
            scheduled("2026-01-01", small, 1),
            scheduled("2026-11-16", big, 1),
        ];
        // Day 1 (Nov 2), and day 15 (Nov 16, in the second section).
        let sums = vec![
            sum(15, "cyclonedx", 5_000, 1_000_000),
            sum(1, "cyclonedx", 5_000, 4_000_000),
        ];
        let inv = build(inputs(plans), ledger(sums, vec![])).expect("invoice");
        assert_eq!(inv.sections.len(), 2);
        let (first, second) = (&inv.sections[0], &inv.sections[1]);
        assert_eq!(
            (first.from.as_str(), first.to.as_str(), first.days),
            ("2026-11-01", "2026-11-16", 15)
        );
        // 15 of 30 days: half the included gas and half the minimum charge.
        assert_eq!(first.included_gas, 1_500_000);
        assert_eq!(first.minimum_charge, 15_000_000);
        // Base 5,000 and 1,495,000 instruction gas are included; 2,505,000 billed at 10.
        assert_eq!(first.priced.included_used, 1_500_000);
        assert_eq!(first.priced.subtotal, 25); // 25.05 -> 25
        assert_eq!(first.priced.total, 15_000_000);
        assert_eq!(second.plan.as_ref().map(|p| p.name.as_str()), Some("big"));
        assert_eq!(second.priced.included_used, 1_005_000);
        assert_eq!(second.priced.total, 0);
        assert_eq!(inv.total, 15_000_000);
        assert_eq!(inv.days[15].invocations, 1);
        assert_eq!(inv.days[1].included_used, 1_500_000);
        assert_eq!(inv.days[1].amount, 25);
        assert_eq!(inv.energy.energy_nj, 2 * 1_000 * 3_500);
        assert_eq!(inv.period.start, "2026-11-01T00:00:00+01:00");
    }

    #[test]
    fn included_gas_goes_day_by_day_then_plugin_by_plugin() {
        let p = plan("p", 1_000_000, 0);
        let sums = vec![
            sum(2, "a", 0, 900_000),
            sum(1, "b", 0, 600_000),
            sum(1, "a", 0, 300_000),
        ];
        let inv = build(
            inputs(vec![scheduled("2026-01-01", p, 1)]),
            ledger(sums, vec![]),
        )
        .expect("invoice");
        let got: Vec<(u32, u64)> = inv.days[..3]
            .iter()
            .enumerate()
            .map(|(i, d)| (i as u32, d.included_used))
            .collect();
        // Day 1: a (300,000) then b (600,000); day 2: a gets the last 100,000.
        assert_eq!(got, [(0, 0), (1, 900_000), (2, 100_000)]);
        let a = inv.sections[0]
            .priced
            .lines
            .iter()
            .find(|l| l.plugin == "a")
            .expect("a");
        assert_eq!(
            (a.gas, a.included, a.billable),
            (1_200_000, 400_000, 800_000)
        );
    }

    #[test]
    fn late_rows_are_adjustments_at_the_prices_alone() {
        let p = plan("p", 1_000_000_000, 0);
        let late = vec![entry(7, "2026-10-30T12:00:00Z", "spdx", 2_000, 0)];
        let inv = build(
            inputs(vec![scheduled("2026-01-01", p, 1)]),
            ledger(vec![], late),
        )
        .expect("invoice");
        assert_eq!(inv.adjustments.len(), 1);
        // No included gas for a late row: 2,000 base gas at 1,000,000 per million = 2,000.
        assert_eq!(inv.adjustments[0].total, 2_000);
        assert_eq!(inv.adjustments[0].rows, 1);
        assert_eq!(inv.sections[0].priced.gas, 0);
        assert_eq!(inv.total, 2_000);
    }

    #[test]
    fn the_json_has_sorted_keys_and_the_proof_follows_the_rows() {
        let p = plan("p", 0, 0);
        let rows = [
            entry(1, "2026-11-02T10:00:00Z", "a", 10, 20),
            entry(2, "2026-11-02T11:00:00Z", "b", 10, 20),
        ];
        let digest = |rows: &[Entry<'_>]| {
            let mut h = RowHasher::default();
            for r in rows {
                h.add(r);
            }
            h.finish()
        };
        let build_with = |rows: &[Entry<'_>]| {
            let mut l = ledger(vec![sum(1, "a", 10, 20), sum(1, "b", 10, 20)], vec![]);
            l.days[1] = digest(rows);
            build(inputs(vec![scheduled("2026-01-01", p.clone(), 1)]), l).expect("invoice")
        };
        let one = build_with(&rows).to_json();
        assert_eq!(one, build_with(&rows).to_json());
        let top: Vec<&str> = one
            .lines()
            .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
            .map(|l| l.trim_start().split('"').nth(1).unwrap_or(""))
            .collect();
        let mut want = top.clone();
        want.sort();
        assert_eq!(top, want);
        let mut changed = rows;
        changed[1].cpu_us += 1;
        assert_ne!(
            build_with(&changed).ledger.blake3,
            build_with(&rows).ledger.blake3
        );
        // The day's digest is blake3 of the rows' canonical bytes; the proof hashes the days'.
        let mut bytes = Vec::new();
        for r in &rows {
            row_bytes(r, &mut bytes);
        }
        let inv = build_with(&rows);
        assert_eq!(
            inv.days[1].blake3,
            blake3::hash(&bytes).to_hex().to_string()
        );
        let mut h = blake3::Hasher::new();
        for d in &inv.days {
            h.update(blake3::Hash::from_hex(&d.blake3).expect("hex").as_bytes());
        }
        h.update(blake3::hash(b"").as_bytes());
        assert_eq!(inv.ledger.blake3, h.finalize().to_hex().to_string());
        assert_eq!(inv.ledger.rows, 2);
        assert_eq!(
            (inv.ledger.first_invocation, inv.ledger.last_invocation),
            (Some(1), Some(2))
        );
    }

    #[test]
    fn billed_classes_add_up_to_the_gas_charged() {
        let gas = [5_000, 900, 300, 0, 0, 0, 0, 100];
        assert_eq!(billed(6_300, &gas), gas, "charged what it metered");
        assert_eq!(billed(0, &gas), [0; 8], "the host failed it");
        assert_eq!(
            billed(5_500, &gas),
            [5_000, 500, 0, 0, 0, 0, 0, 0],
            "cut at the limit"
        );
        assert_eq!(
            billed(10_000, &gas),
            [5_000, 4_600, 300, 0, 0, 0, 0, 100],
            "stopped"
        );
    }

    #[test]
    fn setting_the_same_plan_again_does_not_split_the_month() {
        let p = plan("p", 3_000_000, 0);
        let plans = vec![
            scheduled("2026-01-01", p.clone(), 1),
            scheduled("2026-11-16", p, 1),
        ];
        let inv = build(inputs(plans), ledger(vec![], vec![])).expect("invoice");
        assert_eq!(inv.sections.len(), 1);
        assert_eq!(inv.sections[0].included_gas, 3_000_000);
    }

    #[test]
    fn a_currency_change_between_months_is_fine() {
        let usd = Plan::from_toml("name = \"usd\"\ncurrency = \"USD\"\n").expect("plan");
        let plans = vec![
            scheduled("2026-01-01", usd, 1),
            scheduled("2026-11-01", plan("eur", 0, 0), 1),
        ];
        let inv = build(inputs(plans.clone()), ledger(vec![], vec![])).expect("invoice");
        assert_eq!(inv.currency.as_deref(), Some("EUR"));
        // A late row of a USD month cannot go on a EUR invoice: refused, naming both.
        let late = vec![entry(7, "2026-10-30T12:00:00Z", "spdx", 2_000, 0)];
        let err = build(inputs(plans), ledger(vec![], late)).expect_err("mixed");
        assert!(err.to_string().contains("EUR and USD"), "{err}");
    }

    #[test]
    fn currencies_cannot_mix_in_one_invoice() {
        let eur = plan("eur", 0, 0);
        let usd = Plan::from_toml("name = \"usd\"\ncurrency = \"USD\"\n").expect("plan");
        let plans = vec![
            scheduled("2026-01-01", eur, 1),
            scheduled("2026-11-10", usd, 1),
        ];
        let err = build(inputs(plans), ledger(vec![], vec![])).expect_err("mixed currencies");
        assert!(err.to_string().contains("EUR and USD"), "{err}");
    }
}
