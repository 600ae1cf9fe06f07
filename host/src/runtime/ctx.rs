//! The state of one store (one invocation): resource table, WASI context without authority,
//! limits, the gas meter, configuration and the bounded log. Implements the `host` interface.

use std::collections::BTreeMap;
use std::sync::Arc;

use rand::SeedableRng;
use rand::rngs::StdRng;
use wasmtime::component::ResourceTable;
use wasmtime::{ResourceLimiter, Result};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

use crate::bindings::LogLevel;
use crate::bindings::parser::traceguard::plugin::host;
use crate::gas::{GasClass, GasSchedule, Usage};

use super::Limits;

/// Seed for every randomness source a plugin can reach. Gas must be a function of the plugin
/// and its input, and Rust's `HashMap` alone would otherwise make instruction counts vary.
const RANDOM_SEED: u64 = 0x7472_6163_6567_7561;

/// Largest guest stderr kept (it carries the panic message of a crashing plugin).
const STDERR_CAPACITY: usize = 16 * 1024;

/// One line the plugin logged.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LogLine {
    /// `trace` … `error`.
    pub level: &'static str,
    /// The message as the plugin wrote it.
    pub message: String,
}

/// Gas accounting of the running call. Host-side charges accumulate in `pending` and are
/// taken out of the store's fuel when control returns to the guest (see `Sandbox::run`), so a
/// single fuel counter bounds instructions and host work together.
pub(crate) struct Meter {
    pub usage: Usage,
    /// Gas charged by the host but not yet deducted from the store's fuel.
    pub pending: u64,
    /// Fuel units removed from the store for host-side charges so far.
    pub deducted_fuel: u64,
    /// Off during instantiation, whose cost is covered by the base price.
    pub active: bool,
    schedule: Arc<GasSchedule>,
}

impl Meter {
    pub fn charge(&mut self, class: GasClass, units: u64) {
        if self.active {
            self.usage.add(class, units);
            self.pending = self
                .pending
                .saturating_add(units.saturating_mul(self.schedule.price(class)));
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
}

/// Everything one store holds. Created fresh for every invocation.
pub struct Ctx {
    pub(crate) table: ResourceTable,
    wasi: WasiCtx,
    pub(crate) meter: Meter,
    pub(crate) limits: Limits,
    config: Arc<BTreeMap<String, String>>,
    now: u64,
    pub(crate) logs: Vec<LogLine>,
    log_bytes: usize,
    pub(crate) logs_dropped: u64,
    pub(crate) stderr: MemoryOutputPipe,
}

impl Ctx {
    pub(crate) fn new(
        schedule: Arc<GasSchedule>,
        limits: Limits,
        config: Arc<BTreeMap<String, String>>,
        now: u64,
    ) -> Self {
        let stderr = MemoryOutputPipe::new(STDERR_CAPACITY);
        // No preopens, no environment, no arguments, no network: the plugin's only way out is
        // the typed host interfaces.
        let wasi = WasiCtxBuilder::new()
            .stderr(stderr.clone())
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false)
            .secure_random(StdRng::seed_from_u64(RANDOM_SEED))
            .insecure_random(StdRng::seed_from_u64(RANDOM_SEED))
            .insecure_random_seed(u128::from(RANDOM_SEED))
            .build();
        Ctx {
            table: ResourceTable::new(),
            wasi,
            meter: Meter {
                usage: Usage::default(),
                pending: 0,
                deducted_fuel: 0,
                active: false,
                schedule,
            },
            limits,
            config,
            now,
            logs: Vec::new(),
            log_bytes: 0,
            logs_dropped: 0,
            stderr,
        }
    }

    /// What the guest wrote to stderr (e.g. a Rust panic message), lossily decoded.
    pub(crate) fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr.contents())
            .trim()
            .to_string()
    }
}

impl WasiView for Ctx {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
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
        let pages = (desired.saturating_sub(current) as u64).div_ceil(64 * 1024);
        self.meter.charge(GasClass::MemoryPage, pages);
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
        self.limits.instances
    }

    fn memories(&self) -> usize {
        self.limits.instances
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
