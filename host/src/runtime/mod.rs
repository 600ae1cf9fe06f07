//! The sandbox: a wasmtime engine with the component model, fuel metering, epoch deadlines,
//! the pooling allocator and a resource limiter; plugins pre-instantiated once and run in a
//! fresh store per invocation, with no ambient authority.

pub mod batch;
mod cache;
mod ctx;
mod engine;
mod errors;
mod evaluate;
pub mod io;
mod lift;
mod parse;
mod permits;
mod wasi;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use wasmtime::component::{Component, Linker};
use wasmtime::{CallHook, Engine, Store, StoreContextMut, Trap};

use crate::bindings::parser::SbomParserPre;
use crate::bindings::policy::PolicyPre;
use crate::gas::{GasClass, GasSchedule, Usage};

pub use batch::{ComponentBatch, ComponentRef, DependencyBatch, DependencyRef};
use ctx::LimitTrap;
pub use ctx::{Ctx, LogLine};
pub use engine::PERF_MAP_ENV;
use engine::{EPOCH_TICK, build_engine, start_epoch_ticker};
pub use errors::{InvokeError, LoadError};
pub use evaluate::SbomSnapshot;
pub use io::{BatchSink, Collect, InputState};
pub use parse::ParseOutput;
use permits::Permits;

/// The WIT package every first-party plugin speaks (read from the SDK's WIT).
pub const CONTRACT: &str = traceguard_sdk::CONTRACT;

/// The full name of the contract's interface or world `name` (`traceguard:plugin/sbom-io@0.1.0`).
pub fn interface(name: &str) -> String {
    let (package, version) = CONTRACT.split_once('@').unwrap_or((CONTRACT, ""));
    format!("{package}/{name}@{version}")
}
/// Whether `name` (an import or export of a component) is the contract's interface `iface` at
/// a version this host serves: the same semver track (`0.1.x` for 0.1.y, `1.x` for 1.y), as
/// wasmtime links it. A plugin built against 0.1.0 keeps working after additive 0.1.x changes.
pub fn speaks(name: &str, iface: &str) -> bool {
    fn track(version: &str) -> Option<(&str, Option<&str>)> {
        let mut parts = version.split('.');
        let major = parts.next()?;
        let minor = parts.next()?;
        Some(if major == "0" {
            (major, Some(minor))
        } else {
            (major, None)
        })
    }
    let (package, version) = CONTRACT.split_once('@').unwrap_or((CONTRACT, ""));
    let Some((item, theirs)) = name.split_once('@') else {
        return false;
    };
    item.strip_prefix(package)
        .and_then(|rest| rest.strip_prefix('/'))
        .is_some_and(|rest| rest == iface)
        && track(theirs).is_some_and(|t| Some(t) == track(version))
}

/// Bytes of a document shown to `detect`.
pub const DETECT_HEAD: usize = 4096;

/// Per-invocation resource limits.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest linear memory a plugin may grow to.
    pub memory_bytes: usize,
    /// Largest table a plugin may grow to.
    pub table_elements: usize,
    /// Most core instances one plugin may create.
    pub instances: usize,
    /// Most linear memories one plugin may create.
    pub memories: usize,
    /// Most tables one plugin may create.
    pub tables: usize,
    /// Most rows (components, edges, diagnostics) one invocation may output.
    pub output_rows: u64,
    /// Most bytes one invocation may output.
    pub output_bytes: u64,
    /// Most bytes of log messages kept per invocation.
    pub log_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            memory_bytes: 256 << 20,
            table_elements: 100_000,
            // A Rust wasip2 component has one main module, its memory and table, and a few shim
            // modules with tables of their own; these leave room for that and no more.
            instances: 16,
            memories: 2,
            tables: 8,
            output_rows: 10_000_000,
            output_bytes: 1 << 30,
            log_bytes: 64 << 10,
        }
    }
}

/// How to build a [`Sandbox`].
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    /// Meter fuel (always on in production; off only for the overhead benchmark's baseline).
    pub metered: bool,
    /// Most invocations running at once; also sizes the instance pool.
    pub concurrency: usize,
    /// Wall-clock limit of one invocation.
    pub timeout: Duration,
    /// Resource limits of one invocation.
    pub limits: Limits,
    /// Where compiled plugins are cached; `None` compiles in memory every start.
    pub cache_dir: Option<PathBuf>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            metered: true,
            concurrency: 16,
            timeout: Duration::from_secs(30),
            limits: Limits::default(),
            cache_dir: None,
        }
    }
}

/// Which world a plugin implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PluginKind {
    /// Exports `traceguard:plugin/parser`.
    SbomParser,
    /// Exports `traceguard:plugin/evaluator`.
    Policy,
}

impl PluginKind {
    /// The world name (`sbom-parser`, `policy`).
    pub fn name(self) -> &'static str {
        match self {
            PluginKind::SbomParser => "sbom-parser",
            PluginKind::Policy => "policy",
        }
    }

    /// Parses a world name.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "sbom-parser" => Some(PluginKind::SbomParser),
            "policy" => Some(PluginKind::Policy),
            _ => None,
        }
    }

    /// The kind declared by a component's exported interfaces.
    pub fn from_exports(exports: &[String]) -> Result<Self, LoadError> {
        let has = |iface: &str| exports.iter().any(|e| speaks(e, iface));
        if has("parser") {
            Ok(PluginKind::SbomParser)
        } else if has("evaluator") {
            Ok(PluginKind::Policy)
        } else {
            let exports = if exports.is_empty() {
                "nothing".to_string()
            } else {
                exports.join(", ")
            };
            Err(LoadError::UnknownWorld { exports })
        }
    }
}

/// What one invocation produced and consumed.
pub struct Invocation<T> {
    /// Units consumed per gas class (priced by the caller's schedule).
    pub usage: Usage,
    /// The plugin's output, or why it failed.
    pub result: Result<T, InvokeError>,
    /// Messages the plugin logged.
    pub logs: Vec<LogLine>,
    /// Log messages dropped because the log limit was reached.
    pub logs_dropped: u64,
    /// CPU time of the invocation thread (instantiation included).
    pub cpu_time: Duration,
}

/// Per-call settings.
#[derive(Clone, Debug)]
pub struct CallSpec {
    /// Gas this call may use in total (all classes, base included).
    pub gas_limit: u64,
    /// Configuration values the plugin can read with `host.config`.
    pub config: Arc<BTreeMap<String, String>>,
    /// The invocation's clock (Unix seconds), fixed for the whole call.
    pub now: u64,
}

enum Prepared {
    Parser(SbomParserPre<Ctx>),
    Policy(PolicyPre<Ctx>),
}

/// A compiled, linked plugin, ready to be instantiated cheaply for every call.
pub struct LoadedPlugin {
    id: String,
    kind: PluginKind,
    prepared: Prepared,
}

impl LoadedPlugin {
    /// Content address: blake3 hex of the component bytes.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The world it implements.
    pub fn kind(&self) -> PluginKind {
        self.kind
    }
}

/// The content address of a plugin: blake3 hex of its bytes.
pub fn plugin_id(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Imports and exports of a component, for `plugin inspect`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ComponentShape {
    /// Instance names the component imports.
    pub imports: Vec<String>,
    /// Instance names the component exports.
    pub exports: Vec<String>,
}

/// The sandbox. Cheap to share (`Arc`); every method may be called from many threads.
pub struct Sandbox {
    engine: Engine,
    linker: Linker<Ctx>,
    cache: cache::CompiledCache,
    schedule: Arc<GasSchedule>,
    config: SandboxConfig,
    permits: Permits,
    deadline_ticks: u64,
    /// Set by [`Sandbox::interrupt_all`]: an epoch interrupt now means the host stopped the
    /// call, not that the call ran past its deadline.
    interrupts: AtomicU64,
}

impl Sandbox {
    /// Builds the engine, the linker with every host interface, and the epoch ticker. Compiled
    /// plugins cached on disk are authenticated with a key of this process only: the cache
    /// serves this process. [`Sandbox::with_cache_key`] shares it between processes.
    pub fn new(config: SandboxConfig, schedule: GasSchedule) -> anyhow::Result<Self> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key)
            .map_err(|e| anyhow::anyhow!("no randomness for the compiled-code cache key: {e}"))?;
        Self::with_cache_key(config, schedule, key)
    }

    /// [`Sandbox::new`] whose compiled-code cache authenticates its files with `cache_key`
    /// (kept in the database, so only its holders can put code in the cache).
    pub fn with_cache_key(
        config: SandboxConfig,
        schedule: GasSchedule,
        cache_key: [u8; 32],
    ) -> anyhow::Result<Self> {
        let engine = build_engine(&config)?;
        let mut linker = Linker::new(&engine);
        wasi::add_to_linker(&mut linker)?;
        type Data = wasmtime::component::HasSelf<Ctx>;
        crate::bindings::parser::traceguard::plugin::host::add_to_linker::<Ctx, Data>(
            &mut linker,
            |c| c,
        )?;
        crate::bindings::parser::traceguard::plugin::types::add_to_linker::<Ctx, Data>(
            &mut linker,
            |c| c,
        )?;
        crate::bindings::parser::traceguard::plugin::sbom_io::add_to_linker::<Ctx, Data>(
            &mut linker,
            |c| c,
        )?;
        // The two pushes replace the generated ones: those lift every string into its own
        // `String`, these read a batch straight into one buffer (see `lift`). The diagnostics
        // push replaces its generated one to refuse an oversized batch before reading it.
        linker.allow_shadowing(true);
        let mut sbom_io = linker.instance(&interface("sbom-io"))?;
        sbom_io.func_wrap("[method]sink.push-components", |store, (sink, list)| {
            Ok((io::push_components(store, sink, list)?,))
        })?;
        sbom_io.func_wrap("[method]sink.push-dependencies", |store, (sink, list)| {
            Ok((io::push_dependencies(store, sink, list)?,))
        })?;
        sbom_io.func_wrap("[method]sink.report-batch", |store, (sink, list)| {
            Ok((io::report_batch(store, sink, list)?,))
        })?;
        linker.allow_shadowing(false);
        crate::bindings::policy::traceguard::plugin::sbom_state::add_to_linker::<Ctx, Data>(
            &mut linker,
            |c| c,
        )?;
        start_epoch_ticker(&engine);
        let deadline_ticks = (config.timeout.as_millis() / EPOCH_TICK.as_millis()).max(1) as u64;
        Ok(Sandbox {
            cache: cache::CompiledCache::new(&engine, config.cache_dir.clone(), cache_key),
            permits: Permits::new(config.concurrency),
            engine,
            linker,
            schedule: Arc::new(schedule),
            deadline_ticks,
            interrupts: AtomicU64::new(0),
            config,
        })
    }

    /// Stops every call running now at its next epoch check (within one tick), with outcome
    /// `interrupted`: what a server does when its shutdown grace period is over. Calls started
    /// afterwards run normally, and their deadlines are their own.
    pub fn interrupt_all(&self) {
        self.interrupts.fetch_add(1, Ordering::AcqRel);
        // Each store's deadline is `deadline_ticks` after its start: moving the epoch that far
        // at once puts every running store past it.
        for _ in 0..=self.deadline_ticks {
            self.engine.increment_epoch();
        }
    }

    /// The gas schedule this sandbox meters with.
    pub fn schedule(&self) -> &GasSchedule {
        &self.schedule
    }

    /// Whether instructions are metered.
    pub fn metered(&self) -> bool {
        self.config.metered
    }

    fn component(&self, id: &str, bytes: &[u8]) -> Result<Component, LoadError> {
        self.cache
            .load(&self.engine, id, bytes)
            .map_err(|e| LoadError::Invalid(format!("{e:#}")))
    }

    /// Compiles (or loads from the cache), classifies and links a plugin.
    pub fn load(&self, bytes: &[u8]) -> Result<LoadedPlugin, LoadError> {
        let id = plugin_id(bytes);
        let component = self.component(&id, bytes)?;
        let exports: Vec<String> = component
            .component_type()
            .exports(&self.engine)
            .map(|(name, _)| name.to_string())
            .collect();
        let kind = PluginKind::from_exports(&exports)?;
        let link = |e: wasmtime::Error| LoadError::Link(format!("{e:#}"));
        let pre = self.linker.instantiate_pre(&component).map_err(link)?;
        let prepared = match kind {
            PluginKind::SbomParser => Prepared::Parser(SbomParserPre::new(pre).map_err(link)?),
            PluginKind::Policy => Prepared::Policy(PolicyPre::new(pre).map_err(link)?),
        };
        Ok(LoadedPlugin { id, kind, prepared })
    }

    fn store(&self, spec: &CallSpec) -> Store<Ctx> {
        let ctx = Ctx::new(
            self.schedule.clone(),
            self.config.limits,
            spec.config.clone(),
            spec.now,
            self.config.timeout,
        );
        let mut store = Store::new(&self.engine, ctx);
        // Read before the deadline is set: an interrupt after this point stops this store.
        store.data_mut().interrupts_at_start = self.interrupts.load(Ordering::Acquire);
        store.limiter(|ctx| ctx);
        store.set_epoch_deadline(self.deadline_ticks);
        if self.config.metered {
            store.call_hook(drain_host_gas);
        }
        store
    }

    /// Runs one export call in `store`: arm the meter, instantiate, call, account. Fuel and
    /// host calls are metered from the start of instantiation, so a start function that loops
    /// is bounded and charged like any other code; a trap there is charged what it used.
    fn execute<I, R>(
        &self,
        spec: &CallSpec,
        store: &mut Store<Ctx>,
        instantiate: impl FnOnce(&mut Store<Ctx>) -> wasmtime::Result<I>,
        call: impl FnOnce(&mut Store<Ctx>, &I) -> wasmtime::Result<R>,
    ) -> Result<R, InvokeError> {
        let metered = self.config.metered;
        let per_fuel = self.schedule.price(GasClass::Instruction);
        let fuel_budget = spec
            .gas_limit
            .saturating_sub(self.schedule.price(GasClass::Base))
            / per_fuel;
        if metered {
            store
                .set_fuel(fuel_budget)
                .map_err(|e| InvokeError::Instantiate(format!("{e:#}")))?;
        }
        {
            let meter = &mut store.data_mut().meter;
            meter.active = true;
            meter.usage.add(GasClass::Base, 1);
        }
        let result = match instantiate(store) {
            Ok(instance) => {
                store.data_mut().meter.instantiated = true;
                call(store, &instance)
            }
            Err(e) => Err(e),
        };
        store.data_mut().charge_console();
        if metered {
            let left = store.get_fuel().unwrap_or(0);
            let meter = &mut store.data_mut().meter;
            let burned = fuel_budget - left;
            meter.usage.add(
                GasClass::Instruction,
                burned.saturating_sub(meter.deducted_fuel),
            );
        }
        store.data_mut().meter.active = false;
        result.map_err(|e| self.classify(e, store, spec))
    }

    fn classify(&self, error: wasmtime::Error, store: &Store<Ctx>, spec: &CallSpec) -> InvokeError {
        if let Some(trap) = error.downcast_ref::<Trap>() {
            match trap {
                Trap::OutOfFuel => {
                    return InvokeError::OutOfGas {
                        limit: spec.gas_limit,
                    };
                }
                Trap::Interrupt
                    if store.data().interrupts_at_start
                        < self.interrupts.load(Ordering::Acquire) =>
                {
                    return InvokeError::Interrupted;
                }
                Trap::Interrupt => return InvokeError::Timeout(self.config.timeout),
                Trap::StackOverflow => return InvokeError::StackOverflow,
                _ => {}
            }
        }
        match error.downcast_ref::<LimitTrap>() {
            Some(limit @ LimitTrap::Output(_)) => {
                return InvokeError::OutputLimit(limit.to_string());
            }
            Some(sleep @ LimitTrap::Sleep { .. }) => {
                return InvokeError::Slept(sleep.to_string());
            }
            Some(limit) => return InvokeError::ResourceLimit(limit.to_string()),
            None => {}
        }
        InvokeError::Trap {
            trap: format!("{error:#}"),
            stderr: store.data().stderr_text(),
        }
    }

    /// Prices `usage` and turns an over-limit success into out-of-gas (host work after the
    /// last guest instruction, such as output rows, can still cross the limit).
    fn settle_limit<T>(
        &self,
        usage: &Usage,
        spec: &CallSpec,
        result: Result<T, InvokeError>,
    ) -> Result<T, InvokeError> {
        match result {
            Ok(_) if usage.price(&self.schedule).total() > spec.gas_limit => {
                Err(InvokeError::OutOfGas {
                    limit: spec.gas_limit,
                })
            }
            other => other,
        }
    }

    fn finish<T>(
        &self,
        spec: &CallSpec,
        store: Store<Ctx>,
        result: Result<T, InvokeError>,
        cpu: cpu_time::ThreadTime,
    ) -> Invocation<T> {
        let ctx = store.into_data();
        let usage = ctx.meter.usage;
        let result = self.settle_limit(&usage, spec, result);
        Invocation {
            usage,
            result,
            logs: ctx.logs,
            logs_dropped: ctx.logs_dropped,
            cpu_time: cpu.elapsed(),
        }
    }

    /// Instantiates `plugin` in a fresh store from its `InstancePre` and drops it without a
    /// call: what every invocation pays before its export runs (`bench` reports it).
    pub fn instantiate(&self, plugin: &LoadedPlugin, spec: &CallSpec) -> Result<(), InvokeError> {
        // Held until the store (and the pool slot its instance occupies) is gone.
        let _permit = self.permits.acquire();
        let mut store = self.store(spec);
        self.execute(
            spec,
            &mut store,
            |s| match &plugin.prepared {
                Prepared::Parser(pre) => pre.instantiate(s).map(drop),
                Prepared::Policy(pre) => pre.instantiate(s).map(drop),
            },
            |_, ()| Ok(()),
        )
    }
}

fn failed<T>(error: InvokeError) -> Invocation<T> {
    Invocation {
        usage: Usage::default(),
        result: Err(error),
        logs: Vec::new(),
        logs_dropped: 0,
        cpu_time: Duration::ZERO,
    }
}

fn wrong_kind<T>(plugin: &LoadedPlugin, wanted: PluginKind) -> Invocation<T> {
    failed(InvokeError::Instantiate(format!(
        "plugin {} is a {} plugin, not a {} plugin",
        plugin.id,
        plugin.kind.name(),
        wanted.name()
    )))
}

/// Moves host-side gas into the fuel counter whenever control returns to the guest, so one
/// counter bounds guest instructions and host work together.
fn drain_host_gas(mut store: StoreContextMut<'_, Ctx>, hook: CallHook) -> wasmtime::Result<()> {
    if !matches!(hook, CallHook::ReturningFromHost) {
        return Ok(());
    }
    let due = store.data_mut().meter.take_pending_fuel();
    if due == 0 {
        return Ok(());
    }
    let fuel = store.get_fuel()?;
    store.data_mut().meter.deducted_fuel += due.min(fuel);
    store.set_fuel(fuel.saturating_sub(due))?;
    if due > fuel {
        return Err(Trap::OutOfFuel.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::speaks;

    #[test]
    fn interfaces_match_on_the_contracts_semver_track() {
        let (package, version) = super::CONTRACT
            .split_once('@')
            .expect("a versioned contract");
        assert!(
            version.starts_with("0.1."),
            "update these cases for {version}"
        );
        assert!(speaks(&format!("{package}/parser@{version}"), "parser"));
        assert!(speaks(&format!("{package}/parser@0.1.0"), "parser"));
        assert!(speaks(&format!("{package}/evaluator@0.1.9"), "evaluator"));
        assert!(!speaks(&format!("{package}/parser@0.2.0"), "parser"));
        assert!(!speaks(&format!("{package}/parser@1.0.0"), "parser"));
        assert!(!speaks(&format!("{package}/parser@0.1.0"), "evaluator"));
        assert!(!speaks(&format!("{package}/parsers@0.1.0"), "parser"));
        assert!(!speaks("other:plugin/parser@0.1.0", "parser"));
        assert!(!speaks(&format!("{package}/parser"), "parser"));
    }
}
