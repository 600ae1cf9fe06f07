//! Gas: the versioned price schedule, the per-class meter of one invocation, and tenant budgets.
//!
//! The schedule is parsed from TOML into a raw form and validated into [`GasSchedule`]. Its
//! version string includes the wasmtime version, because fuel counts may change between
//! wasmtime releases even when our prices do not.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::billing::{Renewal, Zone};

/// The schedule compiled into the binary.
pub const DEFAULT_SCHEDULE_TOML: &str = include_str!("../gas-schedule.toml");

/// The wasmtime release whose fuel counts the schedule is calibrated against.
pub const WASMTIME_VERSION: &str = "48.0.8";

/// One resource class that costs gas. The order here is the order of reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GasClass {
    /// The fixed cost of an invocation.
    Base,
    /// WebAssembly fuel (about one per instruction).
    Instruction,
    /// Calls from the plugin into host functions.
    HostCall,
    /// Bytes handed to the plugin.
    ByteIn,
    /// Bytes handed back by the plugin.
    ByteOut,
    /// Rows written to state.
    RowWritten,
    /// Rows read from state.
    RowRead,
    /// 64 KiB pages of memory growth.
    MemoryPage,
}

impl GasClass {
    /// Every class, in report order.
    pub const ALL: [GasClass; 8] = [
        GasClass::Base,
        GasClass::Instruction,
        GasClass::HostCall,
        GasClass::ByteIn,
        GasClass::ByteOut,
        GasClass::RowWritten,
        GasClass::RowRead,
        GasClass::MemoryPage,
    ];

    /// The snake_case name used in TOML, JSON, CSV and the ledger's columns.
    pub fn name(self) -> &'static str {
        match self {
            GasClass::Base => "base",
            GasClass::Instruction => "instruction",
            GasClass::HostCall => "host_call",
            GasClass::ByteIn => "byte_in",
            GasClass::ByteOut => "byte_out",
            GasClass::RowWritten => "row_written",
            GasClass::RowRead => "row_read",
            GasClass::MemoryPage => "memory_page",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Why a gas schedule was refused.
#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    /// The TOML did not parse or had unknown/missing keys.
    #[error("gas schedule is not valid TOML for this version of traceguard: {0}")]
    Parse(#[from] toml::de::Error),
    /// A price is unusable.
    #[error("gas schedule price `{class}` must be {rule}")]
    Price {
        /// The class whose price is wrong.
        class: &'static str,
        /// What the price must satisfy.
        rule: &'static str,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    version: u32,
    prices: RawPrices,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrices {
    base: u64,
    instruction: u64,
    host_call: u64,
    byte_in: u64,
    byte_out: u64,
    row_written: u64,
    row_read: u64,
    memory_page: u64,
}

/// A validated price schedule: gas per unit of each [`GasClass`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GasSchedule {
    version: String,
    prices: [u64; GasClass::ALL.len()],
}

impl GasSchedule {
    /// Parses and validates a schedule from TOML.
    pub fn from_toml(text: &str) -> Result<Self, ScheduleError> {
        let raw: RawSchedule = toml::from_str(text)?;
        let p = raw.prices;
        let prices = [
            p.base,
            p.instruction,
            p.host_call,
            p.byte_in,
            p.byte_out,
            p.row_written,
            p.row_read,
            p.memory_page,
        ];
        if p.instruction == 0 {
            // Fuel is how a runaway plugin is stopped; a free instruction would make the gas limit meaningless.
            return Err(ScheduleError::Price {
                class: "instruction",
                rule: "at least 1",
            });
        }
        Ok(GasSchedule {
            version: format!("{}+wasmtime-{WASMTIME_VERSION}", raw.version),
            prices,
        })
    }

    /// The schedule shipped in the binary.
    pub fn default_schedule() -> Self {
        Self::from_toml(DEFAULT_SCHEDULE_TOML)
            .expect("the built-in gas schedule is valid (checked by a unit test)")
    }

    /// The version recorded in every ledger row: `<schedule version>+wasmtime-<version>`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Gas per unit of `class`.
    pub fn price(&self, class: GasClass) -> u64 {
        self.prices[class.index()]
    }
}

/// Units consumed per class by one invocation; priced into gas by a [`GasSchedule`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    units: [u64; GasClass::ALL.len()],
}

impl Usage {
    /// Adds `units` of `class`.
    pub fn add(&mut self, class: GasClass, units: u64) {
        let slot = &mut self.units[class.index()];
        *slot = slot.saturating_add(units);
    }

    /// Units recorded for `class`.
    pub fn units(&self, class: GasClass) -> u64 {
        self.units[class.index()]
    }

    /// Prices every class under `schedule`.
    pub fn price(&self, schedule: &GasSchedule) -> GasBreakdown {
        let mut gas = [0u64; GasClass::ALL.len()];
        for class in GasClass::ALL {
            gas[class.index()] = self.units(class).saturating_mul(schedule.price(class));
        }
        GasBreakdown { gas }
    }
}

/// Gas charged per class for one invocation (or summed over many).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GasBreakdown {
    gas: [u64; GasClass::ALL.len()],
}

impl GasBreakdown {
    /// Builds a breakdown from per-class gas values in [`GasClass::ALL`] order.
    pub fn from_array(gas: [u64; GasClass::ALL.len()]) -> Self {
        GasBreakdown { gas }
    }

    /// Gas charged for `class`.
    pub fn get(&self, class: GasClass) -> u64 {
        self.gas[class.index()]
    }

    /// Total gas over all classes.
    pub fn total(&self) -> u64 {
        self.gas.iter().fold(0u64, |a, b| a.saturating_add(*b))
    }

    /// Per-class values in [`GasClass::ALL`] order.
    pub fn as_array(&self) -> [u64; GasClass::ALL.len()] {
        self.gas
    }

    /// Adds another breakdown class by class.
    pub fn accumulate(&mut self, other: &GasBreakdown) {
        for (a, b) in self.gas.iter_mut().zip(other.gas) {
            *a = a.saturating_add(b);
        }
    }
}

impl Serialize for GasBreakdown {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(GasClass::ALL.len() + 1))?;
        for class in GasClass::ALL {
            map.serialize_entry(class.name(), &self.get(class))?;
        }
        map.serialize_entry("total", &self.total())?;
        map.end()
    }
}

impl fmt::Display for GasBreakdown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} gas (", self.total())?;
        let mut first = true;
        for class in GasClass::ALL {
            let gas = self.get(class);
            if gas > 0 {
                if !first {
                    write!(f, ", ")?;
                }
                write!(f, "{} {gas}", class.name())?;
                first = false;
            }
        }
        write!(f, ")")
    }
}

/// Why gas could not be reserved.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BudgetError {
    /// No such tenant is loaded.
    #[error("unknown tenant `{0}`: create it with `traceguard tenant create {0} --budget GAS`")]
    UnknownTenant(String),
    /// The remaining budget cannot cover the requested limit.
    #[error(
        "tenant `{tenant}` cannot reserve {requested} gas: {available} of its budget of {budget} remain \
         (raise it with `traceguard gas budget --tenant {tenant} --set GAS` or \
         `PUT /v1/admin/tenants/{tenant}/budget`, or lower the gas limit)"
    )]
    Insufficient {
        /// The tenant.
        tenant: String,
        /// The gas limit asked for.
        requested: u64,
        /// Budget minus spent minus outstanding reservations.
        available: u64,
        /// The tenant's total budget.
        budget: u64,
    },
    /// The gas limit cannot even cover the base cost of one invocation.
    #[error(
        "a gas limit of {limit} cannot cover the base cost of one invocation ({base} gas); \
         nothing was run or charged: raise the gas limit"
    )]
    BelowBase {
        /// The gas limit asked for.
        limit: u64,
        /// The schedule's base price.
        base: u64,
    },
}

#[derive(Clone, Copy, Debug, Default)]
struct Account {
    budget: u64,
    /// Gas charged in the current budget period (all time when the budget never renews).
    spent: u64,
    reserved: u64,
    renewal: Renewal,
    zone: Zone,
    /// When the current budget period ends, Unix microseconds (renewing budgets only).
    period_end_us: Option<i64>,
}

impl Account {
    fn available(&self) -> u64 {
        self.budget
            .saturating_sub(self.spent)
            .saturating_sub(self.reserved)
    }

    /// Starts a new budget period if the current one has ended by `now_us`: what was spent
    /// is forgotten, what running calls hold stays held (they are charged to the period they
    /// settle in).
    fn roll(&mut self, now_us: i64) {
        if let Some(end) = self.period_end_us
            && now_us >= end
        {
            self.spent = 0;
            self.period_end_us = self.renewal.period(now_us, &self.zone).map(|(_, end)| end);
        }
    }
}

/// In-memory tenant balances. Derived from the ledger at start-up and kept current by
/// reserve/settle, so concurrent invocations never race on a database row.
#[derive(Default)]
pub struct Budgets {
    accounts: Mutex<HashMap<String, Account>>,
}

/// Gas held for one running invocation; give it back with [`Budgets::settle`] or [`Budgets::release`].
#[derive(Debug)]
#[must_use = "a reservation must be settled or released"]
pub struct Reservation {
    tenant: String,
    limit: u64,
}

impl Reservation {
    /// The tenant the gas was reserved from.
    pub fn tenant(&self) -> &str {
        &self.tenant
    }

    /// The reserved amount (the invocation's gas limit).
    pub fn limit(&self) -> u64 {
        self.limit
    }
}

/// A tenant's balance as reported to users.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Balance {
    /// The total budget.
    pub budget: u64,
    /// Gas charged by settled invocations (in the current budget period, if it renews).
    pub spent: u64,
    /// Gas held by invocations still running.
    pub reserved: u64,
    /// What a new invocation may still reserve.
    pub available: u64,
}

impl Budgets {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Account>> {
        // A panic while holding the lock cannot leave an account half-updated (each update is one
        // assignment), so a poisoned lock is still consistent.
        self.accounts.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sets (or replaces) a tenant's budget and the gas it has already spent.
    pub fn load(&self, tenant: &str, budget: u64, spent: u64) {
        let mut accounts = self.lock();
        let account = accounts.entry(tenant.to_string()).or_default();
        account.budget = budget;
        account.spent = spent;
    }

    /// Changes a tenant's budget, keeping what it spent and holds.
    pub fn set_budget(&self, tenant: &str, budget: u64) -> Result<(), BudgetError> {
        let mut accounts = self.lock();
        let account = accounts
            .get_mut(tenant)
            .ok_or_else(|| BudgetError::UnknownTenant(tenant.to_string()))?;
        account.budget = budget;
        Ok(())
    }

    /// Makes `tenant`'s budget renew per period in `zone`, `spent` being what it has spent in
    /// the period holding `now_us` (as the ledger says).
    pub fn set_renewal(&self, tenant: &str, renewal: Renewal, zone: Zone, spent: u64, now_us: i64) {
        let mut accounts = self.lock();
        let account = accounts.entry(tenant.to_string()).or_default();
        account.renewal = renewal;
        account.zone = zone;
        account.spent = spent;
        account.period_end_us = renewal.period(now_us, &zone).map(|(_, end)| end);
    }

    /// Holds `limit` gas of `tenant`'s budget for one invocation, or refuses.
    pub fn reserve(&self, tenant: &str, limit: u64) -> Result<Reservation, BudgetError> {
        self.reserve_at(tenant, limit, crate::state::now_us())
    }

    /// [`Budgets::reserve`] at a given time (a renewing budget starts its next period first).
    pub fn reserve_at(
        &self,
        tenant: &str,
        limit: u64,
        now_us: i64,
    ) -> Result<Reservation, BudgetError> {
        let mut accounts = self.lock();
        let account = accounts
            .get_mut(tenant)
            .ok_or_else(|| BudgetError::UnknownTenant(tenant.to_string()))?;
        account.roll(now_us);
        let available = account.available();
        if limit > available {
            return Err(BudgetError::Insufficient {
                tenant: tenant.to_string(),
                requested: limit,
                available,
                budget: account.budget,
            });
        }
        account.reserved += limit;
        Ok(Reservation {
            tenant: tenant.to_string(),
            limit,
        })
    }

    /// Ends a reservation, charging `used` (capped at the reserved limit) and returning the rest.
    pub fn settle(&self, reservation: Reservation, used: u64) -> u64 {
        self.settle_at(reservation, used, crate::state::now_us())
    }

    /// [`Budgets::settle`] at a given time: the gas counts against the budget period it
    /// settles in.
    pub fn settle_at(&self, reservation: Reservation, used: u64, now_us: i64) -> u64 {
        let charged = used.min(reservation.limit);
        let mut accounts = self.lock();
        if let Some(account) = accounts.get_mut(&reservation.tenant) {
            account.roll(now_us);
            account.reserved -= reservation.limit;
            account.spent += charged;
        }
        charged
    }

    /// Ends a reservation without charging anything (the invocation never ran).
    pub fn release(&self, reservation: Reservation) {
        let _ = self.settle(reservation, 0);
    }

    /// The current balance of `tenant`.
    pub fn balance(&self, tenant: &str) -> Option<Balance> {
        self.balance_at(tenant, crate::state::now_us())
    }

    /// [`Budgets::balance`] at a given time.
    pub fn balance_at(&self, tenant: &str, now_us: i64) -> Option<Balance> {
        let mut accounts = self.lock();
        let a = accounts.get_mut(tenant)?;
        a.roll(now_us);
        Some(Balance {
            budget: a.budget,
            spent: a.spent,
            reserved: a.reserved,
            available: a.available(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_renewing_budget_starts_afresh_each_period_and_holds_what_runs_across_it() {
        let at = |rfc3339: &str| {
            chrono::DateTime::parse_from_rfc3339(rfc3339)
                .expect("instant")
                .timestamp_micros()
        };
        let budgets = Budgets::default();
        budgets.load("t", 1_000, 0);
        let zone = Zone::parse("+02:00").expect("zone");
        // 300 already spent in November (its time zone).
        budgets.set_renewal(
            "t",
            Renewal::Monthly,
            zone,
            300,
            at("2026-11-20T12:00:00+02:00"),
        );
        let held = budgets
            .reserve_at("t", 600, at("2026-11-30T23:00:00+02:00"))
            .expect("600 of 700 left");
        assert!(matches!(
            budgets.reserve_at("t", 200, at("2026-11-30T23:30:00+02:00")),
            Err(BudgetError::Insufficient { available: 100, .. })
        ));
        // December begins at local midnight (22:00 UTC): the budget renews, but the running
        // call still holds its 600 and is charged to December, when it settles.
        let dec = at("2026-12-01T00:00:00+02:00");
        let balance = budgets.balance_at("t", dec).expect("balance");
        assert_eq!(
            (balance.spent, balance.reserved, balance.available),
            (0, 600, 400)
        );
        assert_eq!(budgets.settle_at(held, 250, dec + 1), 250);
        let balance = budgets.balance_at("t", dec + 2).expect("balance");
        assert_eq!((balance.spent, balance.available), (250, 750));
        // A budget that never renews keeps counting.
        budgets.load("n", 100, 90);
        assert!(
            budgets
                .reserve_at("n", 20, at("2027-01-01T00:00:00Z"))
                .is_err()
        );
    }

    #[test]
    fn default_schedule_parses_and_carries_wasmtime_version() {
        let s = GasSchedule::default_schedule();
        assert_eq!(s.version(), format!("2+wasmtime-{WASMTIME_VERSION}"));
        assert_eq!(s.price(GasClass::Instruction), 1);
        assert!(s.price(GasClass::Base) > 0);
    }

    #[test]
    fn unknown_keys_and_free_instructions_are_refused() {
        let extra = DEFAULT_SCHEDULE_TOML.replace("[prices]", "[prices]\nbogus = 1");
        assert!(matches!(
            GasSchedule::from_toml(&extra),
            Err(ScheduleError::Parse(_))
        ));
        let free = DEFAULT_SCHEDULE_TOML.replace("instruction = 1", "instruction = 0");
        assert!(matches!(
            GasSchedule::from_toml(&free),
            Err(ScheduleError::Price {
                class: "instruction",
                ..
            })
        ));
    }

    #[test]
    fn usage_prices_per_class() {
        let s = GasSchedule::default_schedule();
        let mut u = Usage::default();
        u.add(GasClass::Base, 1);
        u.add(GasClass::Instruction, 1000);
        u.add(GasClass::ByteOut, 10);
        let b = u.price(&s);
        assert_eq!(
            b.get(GasClass::Instruction),
            1000 * s.price(GasClass::Instruction)
        );
        assert_eq!(
            b.total(),
            s.price(GasClass::Base)
                + 1000 * s.price(GasClass::Instruction)
                + 10 * s.price(GasClass::ByteOut)
        );
    }

    #[test]
    fn reservations_never_exceed_budget() {
        let b = Budgets::default();
        b.load("t", 100, 30);
        let r1 = b.reserve("t", 50).expect("fits");
        let err = b.reserve("t", 21).expect_err("only 20 left");
        assert_eq!(
            err,
            BudgetError::Insufficient {
                tenant: "t".into(),
                requested: 21,
                available: 20,
                budget: 100
            }
        );
        assert_eq!(b.settle(r1, 80), 50, "charge is capped at the reservation");
        assert_eq!(b.balance("t").map(|x| x.available), Some(20));
        assert!(matches!(
            b.reserve("nobody", 1),
            Err(BudgetError::UnknownTenant(_))
        ));
    }
}
