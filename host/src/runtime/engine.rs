//! The wasmtime engine every plugin runs in: component model, fuel, epoch interruption, the
//! pooling allocator sized to the sandbox's concurrency and per-plugin limits, and the thread
//! that advances the epoch.

use std::time::Duration;

use wasmtime::{Config, Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig};

use super::SandboxConfig;

/// How often the epoch advances; deadlines are whole ticks.
pub(super) const EPOCH_TICK: Duration = Duration::from_millis(10);

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

pub(super) fn build_engine(config: &SandboxConfig) -> anyhow::Result<Engine> {
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

pub(super) fn start_epoch_ticker(engine: &Engine) {
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
