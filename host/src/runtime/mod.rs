//! The sandbox: a wasmtime engine with the component model, fuel metering, epoch deadlines,
//! the pooling allocator and a resource limiter; plugins pre-instantiated once and run in a
//! fresh store per invocation, with no ambient authority.

pub mod batch;
mod cache;
mod ctx;
mod errors;
pub mod io;
mod lift;
mod permits;
mod wasi;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use wasmtime::component::{Component, Linker, Resource};
use wasmtime::{
    CallHook, Config, Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store,
    StoreContextMut, Trap,
};

use crate::bindings::parser::{SbomParser, SbomParserPre};
use crate::bindings::policy::{Policy, PolicyPre};
use crate::bindings::{
    Component as SbomComponent, Dependency, Detection, Diagnostic, DocumentInfo, Evaluation,
    PluginError, Summary,
};
use crate::gas::{GasClass, GasSchedule, Usage};

pub use batch::{ComponentBatch, ComponentRef, DependencyBatch, DependencyRef};
use ctx::LimitTrap;
pub use ctx::{Ctx, LogLine};
pub use errors::{InvokeError, LoadError};
pub use io::{BatchSink, Collect, InputState};
use io::{ReaderState, SinkState};
use permits::Permits;

/// The WIT package every first-party plugin speaks.
pub const CONTRACT: &str = "traceguard:plugin@0.1.0";

/// The full name of the contract's interface `name` (`traceguard:plugin/sbom-io@0.1.0`).
fn interface(name: &str) -> String {
    let (package, version) = CONTRACT.split_once('@').unwrap_or((CONTRACT, ""));
    format!("{package}/{name}@{version}")
}
/// How often the epoch advances; deadlines are whole ticks.
const EPOCH_TICK: Duration = Duration::from_millis(10);
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
        let has = |iface: &str| exports.iter().any(|e| e == &interface(iface));
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

/// What a successful parse produced.
pub struct ParseOutput {
    /// Document-level facts, if the parser sent them.
    pub document: Option<DocumentInfo>,
    /// Components pushed (they went to the call's [`BatchSink`]).
    pub components: u64,
    /// Dependency edge sets pushed.
    pub dependencies: u64,
    /// Warnings and notes the parser reported.
    pub diagnostics: Vec<Diagnostic>,
}

/// One stored SBOM as handed to a policy.
#[derive(Clone)]
pub struct SbomSnapshot {
    /// Document-level facts.
    pub info: DocumentInfo,
    /// Its components.
    pub components: Arc<[SbomComponent]>,
    /// Its dependency edge sets.
    pub dependencies: Arc<[Dependency]>,
}

impl SbomSnapshot {
    /// An SBOM with no components: what a policy is checked against at `policy add`, and the
    /// no-op benchmark's input.
    pub fn empty() -> Self {
        SbomSnapshot {
            info: DocumentInfo {
                format: "none".into(),
                spec_version: String::new(),
                name: None,
                created: None,
                tools: Vec::new(),
                supplier: None,
            },
            components: Arc::new([]),
            dependencies: Arc::new([]),
        }
    }
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
    interrupted: AtomicBool,
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
        // `String`, these read a batch straight into one buffer (see `lift`).
        linker.allow_shadowing(true);
        let mut sbom_io = linker.instance(&interface("sbom-io"))?;
        sbom_io.func_wrap("[method]sink.push-components", |store, (sink, list)| {
            Ok((io::push_components(store, sink, list)?,))
        })?;
        sbom_io.func_wrap("[method]sink.push-dependencies", |store, (sink, list)| {
            Ok((io::push_dependencies(store, sink, list)?,))
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
            interrupted: AtomicBool::new(false),
            config,
        })
    }

    /// Stops every call running now at its next epoch check (within one tick), with outcome
    /// `interrupted`: what a server does when its shutdown grace period is over. Calls started
    /// afterwards run normally.
    pub fn interrupt_all(&self) {
        self.interrupted.store(true, Ordering::Relaxed);
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
                Trap::Interrupt if self.interrupted.load(Ordering::Relaxed) => {
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

    /// Runs a parser over `document`, streaming what it pushes into `out`.
    pub fn parse(
        &self,
        plugin: &LoadedPlugin,
        document: InputState,
        out: Box<dyn BatchSink>,
        spec: &CallSpec,
    ) -> Invocation<ParseOutput> {
        let cpu = cpu_time::ThreadTime::now();
        let Prepared::Parser(pre) = &plugin.prepared else {
            return wrong_kind(plugin, PluginKind::SbomParser);
        };
        // Held until the store (and the pool slot its instance occupies) is gone: declared
        // first, dropped last.
        let _permit = self.permits.acquire();
        let mut store = self.store(spec);
        let table = &mut store.data_mut().table;
        let (input, sink) = match (table.push(document), table.push(SinkState::new(out))) {
            (Ok(i), Ok(s)) => (i, s),
            (Err(e), _) | (_, Err(e)) => return failed(InvokeError::Instantiate(e.to_string())),
        };
        let (input_rep, sink_rep) = (input.rep(), sink.rep());
        let result = self.execute(
            spec,
            &mut store,
            |s| pre.instantiate(s),
            |s, instance: &SbomParser| {
                instance.traceguard_plugin_parser().call_parse(
                    s,
                    Resource::new_borrow(input_rep),
                    Resource::new_borrow(sink_rep),
                )
            },
        );
        let table = &mut store.data_mut().table;
        let input_failed = match table.delete(input) {
            Ok(input) => input.failed,
            Err(e) => Some(format!("the input resource vanished: {e}")),
        };
        let result = match table.delete(sink) {
            Ok(sink) => parse_result(result, input_failed, sink),
            Err(e) => Err(InvokeError::Host(format!(
                "the sink resource vanished: {e}"
            ))),
        };
        self.finish(spec, store, result, cpu)
    }

    /// Asks a parser whether it recognises a document from its first bytes.
    pub fn detect(
        &self,
        plugin: &LoadedPlugin,
        head: &[u8],
        spec: &CallSpec,
    ) -> Invocation<Detection> {
        let cpu = cpu_time::ThreadTime::now();
        let Prepared::Parser(pre) = &plugin.prepared else {
            return wrong_kind(plugin, PluginKind::SbomParser);
        };
        let head = head[..head.len().min(DETECT_HEAD)].to_vec();
        // Held until the store (and the pool slot its instance occupies) is gone: declared
        // first, dropped last.
        let _permit = self.permits.acquire();
        let mut store = self.store(spec);
        let result = self.execute(
            spec,
            &mut store,
            |s| pre.instantiate(s),
            |s, instance: &SbomParser| {
                s.data_mut()
                    .meter
                    .charge(GasClass::ByteIn, head.len() as u64);
                instance.traceguard_plugin_parser().call_detect(s, &head)
            },
        );
        self.finish(spec, store, result, cpu)
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

    /// Runs a policy over one SBOM snapshot.
    pub fn evaluate(
        &self,
        plugin: &LoadedPlugin,
        sbom: SbomSnapshot,
        spec: &CallSpec,
    ) -> Invocation<Evaluation> {
        let cpu = cpu_time::ThreadTime::now();
        let Prepared::Policy(pre) = &plugin.prepared else {
            return wrong_kind(plugin, PluginKind::Policy);
        };
        // Held until the store (and the pool slot its instance occupies) is gone: declared
        // first, dropped last.
        let _permit = self.permits.acquire();
        let mut store = self.store(spec);
        let reader = match store.data_mut().table.push(ReaderState::new(
            sbom.info,
            sbom.components,
            sbom.dependencies,
        )) {
            Ok(r) => r,
            Err(e) => return failed(InvokeError::Instantiate(e.to_string())),
        };
        let rep = reader.rep();
        let result = self.execute(
            spec,
            &mut store,
            |s| pre.instantiate(s),
            |s, instance: &Policy| {
                instance
                    .traceguard_plugin_evaluator()
                    .call_evaluate(s, Resource::new_borrow(rep))
            },
        );
        let _ = store.data_mut().table.delete(reader);
        let result = match result {
            Ok(Ok(evaluation)) => {
                // Findings are stored rows: price them like sink output.
                let meter = &mut store.data_mut().meter;
                let bytes: u64 = evaluation.findings.iter().map(finding_size).sum();
                meter.usage.add(GasClass::ByteOut, bytes);
                meter
                    .usage
                    .add(GasClass::RowWritten, evaluation.findings.len() as u64);
                if evaluation.findings.len() as u64 > self.config.limits.output_rows
                    || bytes > self.config.limits.output_bytes
                {
                    Err(InvokeError::OutputLimit(format!(
                        "{} findings ({bytes} bytes)",
                        evaluation.findings.len()
                    )))
                } else {
                    Ok(evaluation)
                }
            }
            Ok(Err(error)) => Err(InvokeError::Rejected {
                error,
                reported: Vec::new(),
            }),
            Err(e) => Err(e),
        };
        self.finish(spec, store, result, cpu)
    }
}

fn finding_size(f: &crate::bindings::Finding) -> u64 {
    32 + (f.rule_id.len() + f.message.len()) as u64
        + f.component_ref.as_ref().map_or(0, |s| s.len() as u64)
        + f.remediation.as_ref().map_or(0, |s| s.len() as u64)
}

fn parse_result(
    result: Result<Result<Summary, PluginError>, InvokeError>,
    input_failed: Option<String>,
    sink: SinkState,
) -> Result<ParseOutput, InvokeError> {
    if let Some(why) = input_failed.or(sink.storage_failed) {
        return Err(InvokeError::Host(why));
    }
    let summary = match result {
        // A plugin that pushes again after a refusal traps; if that push could not even be
        // read, the lift's error comes first, but the call still ended over its output limit.
        Err(InvokeError::Trap { trap, .. }) if sink.overflow.is_some() => {
            let why = sink.overflow.unwrap_or_default();
            let limit = LimitTrap::Output(format!("{why}; then it trapped: {trap}"));
            return Err(InvokeError::OutputLimit(limit.to_string()));
        }
        Err(e) => return Err(e),
        Ok(_) if sink.overflow.is_some() => {
            return Err(InvokeError::OutputLimit(sink.overflow.unwrap_or_default()));
        }
        Ok(Err(error)) => {
            return Err(InvokeError::Rejected {
                error,
                reported: sink.diagnostics,
            });
        }
        Ok(Ok(summary)) => summary,
    };
    if summary.components != sink.components || summary.dependencies != sink.dependencies {
        return Err(InvokeError::InvalidOutput(format!(
            "summary claims {} components and {} dependencies but {} and {} were pushed",
            summary.components, summary.dependencies, sink.components, sink.dependencies
        )));
    }
    Ok(ParseOutput {
        document: sink.document,
        components: sink.components,
        dependencies: sink.dependencies,
        diagnostics: sink.diagnostics,
    })
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

/// Bytes of each pooled linear memory kept mapped between calls (reset in place, not unmapped).
/// With PAGEMAP_SCAN (Linux ≥ 6.7) a reuse resets only the pages the last call dirtied, so the
/// kept region can hold a typical SBOM parse (5,915 components grow the memory to about
/// 4.6 MiB), sparing it a page fault per page: 0.5–0.8 ms of a 17 ms sandboxed parse. Without
/// it every reuse rewrites the whole region, so it stays small. Only pages a call touched stay
/// resident: at most this much per memory in use or kept warm (`max_unused_warm_slots`).
fn keep_resident() -> usize {
    if PoolingAllocationConfig::is_pagemap_scan_available() {
        8 << 20
    } else {
        1 << 20
    }
}

/// Set to `1` to have the engine write a perf map of compiled plugin code (for `perf report`).
pub const PERF_MAP_ENV: &str = "TRACEGUARD_PERF_MAP";

fn build_engine(config: &SandboxConfig) -> anyhow::Result<Engine> {
    let mut wasm = Config::new();
    wasm.wasm_component_model(true)
        .consume_fuel(config.metered)
        .epoch_interruption(true)
        .max_wasm_stack(1 << 20)
        .parallel_compilation(true);
    // `perf record` can name plugin functions only if the engine writes /tmp/perf-PID.map.
    if std::env::var_os(PERF_MAP_ENV).is_some_and(|v| v == "1") {
        wasm.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    let slots = config.concurrency.max(1) as u32;
    let limits = &config.limits;
    let per = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut pool = PoolingAllocationConfig::default();
    // Each slot holds one plugin at its limits, so no plugin can take another's share.
    pool.total_component_instances(slots)
        .max_core_instances_per_component(per(limits.instances))
        .max_memories_per_component(per(limits.memories))
        .max_tables_per_component(per(limits.tables))
        .total_core_instances(slots.saturating_mul(per(limits.instances)))
        .total_memories(slots.saturating_mul(per(limits.memories)))
        .total_tables(slots.saturating_mul(per(limits.tables)))
        .total_stacks(slots)
        .max_memory_size(config.limits.memory_bytes)
        .max_unused_warm_slots(slots)
        // Reset memory by rewriting only the pages the last call dirtied (PAGEMAP_SCAN, Linux
        // ≥ 6.7) and keep them mapped: without it every reuse memsets the whole kept region,
        // which was half the cost of a no-op call.
        .pagemap_scan(Enabled::Auto)
        .linear_memory_keep_resident(keep_resident())
        .table_keep_resident(64 << 10);
    let mut pooled = wasm.clone();
    pooled.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    match Engine::new(&pooled) {
        Ok(engine) => Ok(engine),
        // The pool reserves address space up front; where that is refused (RLIMIT_AS, small
        // VA kernels) fall back to on-demand allocation rather than not starting at all.
        Err(e) => {
            eprintln!("warning: pooling allocator unavailable ({e:#}); using on-demand allocation");
            Ok(Engine::new(&wasm)?)
        }
    }
}

fn start_epoch_ticker(engine: &Engine) {
    let weak = engine.weak();
    std::thread::Builder::new()
        .name("traceguard-epoch".into())
        .spawn(move || {
            while let Some(engine) = weak.upgrade() {
                engine.increment_epoch();
                drop(engine);
                std::thread::sleep(EPOCH_TICK);
            }
        })
        .map(|_| ())
        .unwrap_or_else(|e| {
            eprintln!("warning: could not start the epoch ticker ({e}); deadlines are not enforced")
        });
}
