//! The state of one store (one invocation): resource table, WASI context without authority,
//! limits, the gas meter, configuration and the bounded log. Implements the `host` interface.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use wasmtime::component::ResourceTable;
use wasmtime::{ResourceLimiter, Result};
use wasmtime_wasi::{WasiCtxView, WasiView};

use crate::bindings::LogLevel;
use crate::bindings::parser::traceguard::plugin::host;
use crate::gas::{GasClass, GasSchedule, Usage};

use super::Limits;
use super::wasi::Wasi;

/// One line the plugin logged.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LogLine {
    /// `trace` … `error`.
    pub level: &'static str,
    /// The message as the plugin wrote it.
    pub message: String,
}

/// Gas accounting of the running call. Host-side charges accumulate in `pending` and are
/// taken out of the store's fuel when control returns to the guest (see `drain_host_gas`), so a
/// single fuel counter bounds instructions and host work together.
pub(crate) struct Meter {
    pub usage: Usage,
    /// Gas charged by the host but not yet deducted from the store's fuel.
    pub pending: u64,
    /// Gas charged inside a libcall (memory growth), moved to `pending` by the next host
    /// function. Compiled code keeps its fuel counter in a register across a libcall and
    /// writes it back afterwards, so fuel taken out on a libcall's return would be lost.
    deferred: u64,
    /// Fuel units removed from the store for host-side charges so far.
    pub deducted_fuel: u64,
    /// On from the start of instantiation to the end of the export call.
    pub active: bool,
    /// Set once instantiation is done: the memory a component declares is covered by the base
    /// price, growth during the call is charged.
    pub instantiated: bool,
    schedule: Arc<GasSchedule>,
}

impl Meter {
    /// Charges `units` of `class` from a host function: taken out of the fuel on its return.
    pub fn charge(&mut self, class: GasClass, units: u64) {
        if self.active {
            self.usage.add(class, units);
            let gas = units.saturating_mul(self.schedule.price(class));
            let deferred = std::mem::take(&mut self.deferred);
            self.pending = self.pending.saturating_add(gas).saturating_add(deferred);
        }
    }

    /// Charges `units` of `class` from inside a libcall (see `deferred`): counted now, taken
    /// out of the fuel by the next host function (or settled with the call if none comes).
    fn charge_in_libcall(&mut self, class: GasClass, units: u64) {
        if self.active {
            self.usage.add(class, units);
            let gas = units.saturating_mul(self.schedule.price(class));
            self.deferred = self.deferred.saturating_add(gas);
        }
    }

    /// Converts pending host gas to fuel units of the instruction class (rounding up).
    pub fn take_pending_fuel(&mut self) -> u64 {
        let gas = std::mem::take(&mut self.pending);
        let per_fuel = self.schedule.price(GasClass::Instruction);
        gas.div_ceil(per_fuel)
    }
}

/// A limit hit inside the sandbox, raised as a trap and classified by the caller.
#[derive(Debug, thiserror::Error)]
pub(crate) enum LimitTrap {
    #[error("plugin tried to grow its memory to {desired} bytes; the limit is {limit} bytes")]
    Memory { desired: usize, limit: usize },
    #[error("plugin tried to grow a table to {desired} elements; the limit is {limit}")]
    Table { desired: usize, limit: usize },
    #[error("plugin kept pushing output after the host refused it ({0})")]
    Output(String),
    #[error(
        "plugin asked to sleep {asked:?} after sleeping {slept:?}, past its deadline of \
         {deadline:?}; plugins cannot sleep (time in the sandbox is virtual: a sleep returns at \
         once and counts toward the deadline)"
    )]
    Sleep {
        asked: Duration,
        slept: Duration,
        deadline: Duration,
    },
    #[error(
        "plugin asked for {asked} random bytes in one call; the limit is {} bytes",
        super::wasi::RANDOM_BYTES_LIMIT
    )]
    Random { asked: u64 },
}

/// Everything one store holds. Created fresh for every invocation.
pub struct Ctx {
    pub(crate) table: ResourceTable,
    pub(crate) wasi: Wasi,
    pub(crate) meter: Meter,
    pub(crate) limits: Limits,
    config: Arc<BTreeMap<String, String>>,
    now: u64,
    /// The call's wall-clock limit, which virtual sleeps count toward too.
    pub(crate) deadline: Duration,
    /// How many times the sandbox had interrupted every call when this store was made: a later
    /// interrupt, not the deadline, is what stopped it if the count has grown since.
    pub(crate) interrupts_at_start: u64,
    pub(crate) logs: Vec<LogLine>,
    log_bytes: usize,
    pub(crate) logs_dropped: u64,
}

impl Ctx {
    pub(crate) fn new(
        schedule: Arc<GasSchedule>,
        limits: Limits,
        config: Arc<BTreeMap<String, String>>,
        now: u64,
        deadline: Duration,
    ) -> Self {
        Ctx {
            table: ResourceTable::new(),
            wasi: Wasi::new(now),
            meter: Meter {
                usage: Usage::default(),
                pending: 0,
                deferred: 0,
                deducted_fuel: 0,
                active: false,
                instantiated: false,
                schedule,
            },
            limits,
            config,
            now,
            deadline,
            interrupts_at_start: 0,
            logs: Vec::new(),
            log_bytes: 0,
            logs_dropped: 0,
        }
    }

    /// What the guest wrote to stdout and stderr (e.g. a Rust panic message).
    pub(crate) fn stderr_text(&self) -> String {
        self.wasi.console.text()
    }

    /// Charges console bytes written since the last charge as output.
    pub(crate) fn charge_console(&mut self) {
        let written = self.wasi.console.take_uncharged();
        if written > 0 {
            self.meter.charge(GasClass::ByteOut, written);
        }
    }
}

/// Every WASI function reaches the store through here, so this is where each is priced: one
/// host call, plus the console bytes written by the calls before it.
impl WasiView for Ctx {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.meter.charge(GasClass::HostCall, 1);
        self.charge_console();
        WasiCtxView {
            ctx: &mut self.wasi.ctx,
            table: &mut self.table,
        }
    }
}

impl ResourceLimiter for Ctx {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        if desired > self.limits.memory_bytes {
            return Err(LimitTrap::Memory {
                desired,
                limit: self.limits.memory_bytes,
            }
            .into());
        }
        if self.meter.instantiated {
            let pages = (desired.saturating_sub(current) as u64).div_ceil(64 * 1024);
            self.meter.charge_in_libcall(GasClass::MemoryPage, pages);
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        if desired > self.limits.table_elements {
            return Err(LimitTrap::Table {
                desired,
                limit: self.limits.table_elements,
            }
            .into());
        }
        Ok(true)
    }

    fn instances(&self) -> usize {
        self.limits.instances
    }

    fn tables(&self) -> usize {
        self.limits.tables
    }

    fn memories(&self) -> usize {
        self.limits.memories
    }
}

impl host::Host for Ctx {
    fn log(&mut self, level: LogLevel, message: String) -> Result<()> {
        self.meter.charge(GasClass::HostCall, 1);
        self.meter.charge(GasClass::ByteOut, message.len() as u64);
        if self.log_bytes + message.len() > self.limits.log_bytes {
            self.logs_dropped += 1;
            return Ok(());
        }
        self.log_bytes += message.len();
        let level = match level {
            LogLevel::Trace => "trace",
            LogLevel::Debug => "debug",
            LogLevel::Info => "info",
            LogLevel::Warn => "warn",
            LogLevel::Error => "error",
        };
        self.logs.push(LogLine { level, message });
        Ok(())
    }

    fn config(&mut self, key: String) -> Result<Option<String>> {
        self.meter.charge(GasClass::HostCall, 1);
        let value = self.config.get(&key).cloned();
        self.meter.charge(
            GasClass::ByteIn,
            value.as_ref().map_or(0, |v| v.len() as u64),
        );
        Ok(value)
    }

    fn now(&mut self) -> Result<u64> {
        self.meter.charge(GasClass::HostCall, 1);
        Ok(self.now)
    }
}

impl crate::bindings::parser::traceguard::plugin::types::Host for Ctx {}
