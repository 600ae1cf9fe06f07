//! `traceguard bench`: invocation cost, fuel overhead, ledger throughput and policy evaluation, each against its
//! baseline in the same run. Results go to BENCHMARKS.md with the command that produced them.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use serde::Serialize;

use crate::gas::{GasBreakdown, GasSchedule};
use crate::plugins;
use crate::report::Format;
use crate::runtime::{
    CallSpec, Collect, ComponentBatch, DependencyBatch, InputState, LoadedPlugin, Sandbox,
    SandboxConfig, SbomSnapshot,
};
use crate::service::{InvokeOptions, Service};
use crate::state::{LedgerRow, State, WriteJob, now_us};

mod invoice;
mod parity;
mod rego;

pub use parity::Shape;

/// Options of `traceguard bench`.
#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Invocations per single-threaded latency measurement.
    #[arg(long, default_value_t = 20_000)]
    pub iterations: u64,
    /// Concurrent callers for the durable-throughput measurements.
    #[arg(long, default_value_t = 64)]
    pub threads: usize,
    /// Concurrent async callers (tasks on one worker thread per core) for the async
    /// durable-throughput measurements.
    #[arg(long, default_value_t = 256)]
    pub tasks: usize,
    /// How long each throughput measurement runs, in seconds.
    #[arg(long, default_value_t = 3)]
    pub seconds: u64,
    /// Parses of the sample SBOM per fuel-overhead measurement.
    #[arg(long, default_value_t = 200)]
    pub parses: u64,
    /// Components in the generated SBOM of `--only ingest` (run once per size: peak RSS is
    /// per process).
    #[arg(long, default_value_t = 5_915)]
    pub components: usize,
    /// Native and sandboxed parses each in `--only ingest`'s comparison (medians reported).
    #[arg(long, default_value_t = 5)]
    pub repeat: usize,
    /// Run only this measurement (for profiling one path); default: all of them.
    #[arg(long, value_enum)]
    pub only: Option<Section>,
    /// Ledger rows of `--only invoice`.
    #[arg(long, default_value_t = 10_000_000)]
    pub ledger_rows: u64,
    /// Format of the generated SBOM of `--only ingest-e2e` (`ingest` and `parity` choose their own).
    #[arg(long, value_enum, default_value_t = Shape::Cyclonedx)]
    pub shape: Shape,
}

/// One measurement of `traceguard bench`, selectable with `--only`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Warm no-op invocation in the sandbox alone.
    Noop,
    /// No-op invocations through the service with the durable ledger.
    Durable,
    /// Raw ledger rows per second through the group-commit writer.
    Ledger,
    /// SBOM ingest end to end, and the CycloneDX parser native vs sandboxed (`--components`).
    Ingest,
    /// The example Rego rule sets over a 1,000-component SBOM, native regorus vs sandboxed
    /// (`--parses` evaluations each).
    Rego,
    /// The same `--components` as CycloneDX and as SPDX, each ingested end to end in a process
    /// of its own, `--repeat` times: time, peak RSS and gas side by side.
    Parity,
    /// One end-to-end ingest of a generated `--shape` SBOM, printed as JSON (what `parity`
    /// runs in each child process).
    IngestE2e,
    /// One tenant's invoice over `--ledger-rows` ledger rows of a month, beside a plain DuckDB
    /// `GROUP BY` over the same rows: time and peak RSS.
    Invoice,
}

#[derive(Serialize)]
struct Latency {
    p50_us: f64,
    p99_us: f64,
    max_us: f64,
    per_second: f64,
}

fn latency(mut samples: Vec<Duration>, total: Duration) -> Latency {
    samples.sort();
    let at = |q: f64| {
        samples
            .get(((samples.len() as f64 * q) as usize).min(samples.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1e6)
    };
    Latency {
        p50_us: at(0.50),
        p99_us: at(0.99),
        max_us: at(1.0),
        per_second: samples.len() as f64 / total.as_secs_f64(),
    }
}

fn time_n(n: u64, mut f: impl FnMut() -> anyhow::Result<()>) -> anyhow::Result<Latency> {
    let mut samples = Vec::with_capacity(n as usize);
    let start = Instant::now();
    for _ in 0..n {
        let t = Instant::now();
        f()?;
        samples.push(t.elapsed());
    }
    Ok(latency(samples, start.elapsed()))
}

/// Runs `f` in `tasks` async tasks on a runtime with one worker thread per core for `seconds`;
/// returns completed calls per second and the latency of each.
fn throughput_async<F, Fut>(tasks: usize, seconds: u64, f: F) -> anyhow::Result<Latency>
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<()>> + Send + 'static,
{
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_time()
        .build()
        .context("cannot start the async runtime")?;
    let f = Arc::new(f);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let start = Instant::now();
    let total = runtime.block_on(async {
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                let f = f.clone();
                tokio::spawn(async move {
                    let mut times = Vec::new();
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        f().await?;
                        times.push(t.elapsed());
                    }
                    anyhow::Ok(times)
                })
            })
            .collect();
        let mut all = Vec::new();
        for handle in handles {
            all.extend(handle.await.context("bench task panicked")??);
        }
        anyhow::Ok(all)
    })?;
    Ok(latency(total, start.elapsed()))
}

/// Runs `f` from `threads` threads for `seconds`; returns completed calls per second and the
/// latency of each.
fn throughput(
    threads: usize,
    seconds: u64,
    f: impl Fn() -> anyhow::Result<()> + Sync,
) -> anyhow::Result<Latency> {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let start = Instant::now();
    let times: Vec<anyhow::Result<Vec<Duration>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut times = Vec::new();
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        f()?;
                        times.push(t.elapsed());
                    }
                    Ok(times)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("bench thread panicked")))
            })
            .collect()
    });
    let mut all = Vec::new();
    for t in times {
        all.extend(t?);
    }
    Ok(latency(all, start.elapsed()))
}

fn sandbox(metered: bool, concurrency: usize) -> anyhow::Result<Sandbox> {
    Sandbox::new(
        SandboxConfig {
            metered,
            concurrency,
            ..SandboxConfig::default()
        },
        GasSchedule::default_schedule(),
    )
}

fn spec(gas_limit: u64) -> CallSpec {
    CallSpec {
        gas_limit,
        config: Arc::new(BTreeMap::new()),
        now: 0,
    }
}

fn builtin(sandbox: &Sandbox, name: &str) -> anyhow::Result<LoadedPlugin> {
    let b = plugins::builtin(name).with_context(|| format!("built-in plugin {name} missing"))?;
    Ok(sandbox.load(b.bytes)?)
}

#[derive(Serialize)]
struct Results {
    /// A fresh store and instance from `InstancePre`, no call.
    instantiate_noop: Latency,
    noop_sandbox_only: Latency,
    #[serde(flatten)]
    durable: Durable,
    compile_cyclonedx_ms: f64,
    load_cyclonedx_from_cache_ms: f64,
    fuel_overhead_parser: f64,
    parser_metered_us: f64,
    parser_unmetered_us: f64,
    fuel_overhead_noop: f64,
    ledger_rows_per_s: f64,
}

fn noop_sandbox_only(args: &BenchArgs, metered: &Sandbox) -> anyhow::Result<Latency> {
    eprintln!(
        "bench: warm no-op invocation, sandbox only ({} iterations)",
        args.iterations
    );
    let noop = builtin(metered, "noop")?;
    time_n(1000, || call_noop(metered, &noop))?; // warm-up
    time_n(args.iterations, || call_noop(metered, &noop))
}

/// Instantiation alone: the no-op's store and instance from `InstancePre`, dropped uncalled.
fn instantiate_noop(args: &BenchArgs, metered: &Sandbox) -> anyhow::Result<Latency> {
    eprintln!(
        "bench: no-op instantiation from InstancePre, no call ({} iterations)",
        args.iterations
    );
    let noop = builtin(metered, "noop")?;
    let spec = spec(1_000_000_000);
    let once = || {
        metered
            .instantiate(&noop, &spec)
            .map_err(anyhow::Error::from)
    };
    time_n(1000, once)?; // warm-up
    time_n(args.iterations, once)
}

fn call_noop(sandbox: &Sandbox, plugin: &LoadedPlugin) -> anyhow::Result<()> {
    sandbox
        .evaluate(plugin, SbomSnapshot::empty(), &spec(1_000_000_000))
        .result
        .map(|_| ())
        .map_err(anyhow::Error::from)
}

/// No-op policy calls through the service: each reserves gas, runs, and stores its result and
/// ledger row through the group commit.
#[derive(Serialize)]
struct Durable {
    /// One caller, timed until the ledger row is queued (the wait for durability not included).
    noop_with_reservation_and_ledger_queued: Latency,
    /// One caller, timed until the ledger row is durable.
    noop_with_reservation_and_durable_ledger: Latency,
    /// Blocking callers, each on its own thread (`per_second` is the throughput).
    noop_durable_threads: Latency,
    threads: usize,
    /// Async callers on one worker thread per core, running the call in the task.
    noop_durable_async: Latency,
    /// The same, running the call on the blocking pool first, as `serve` does for calls
    /// with a large gas limit.
    noop_durable_async_blocking_pool: Latency,
    /// The same, running the call on the call workers, as `serve` does for policy calls with
    /// a small gas limit (`api::invoke::SHORT_CALL_GAS`) whose plugin and SBOM are in memory.
    noop_durable_async_workers: Latency,
    /// How many call workers.
    call_workers: usize,
    tasks: usize,
}

/// The no-op policy evaluated over one stored SBOM, as every durable measurement calls it.
#[derive(Clone)]
struct NoopCall {
    service: Arc<Service>,
    sbom_id: Arc<str>,
    opts: InvokeOptions,
}

impl NoopCall {
    /// Runs the call and queues its ledger row.
    fn queue(&self) -> Result<crate::service::Queued, crate::service::ServiceError> {
        self.service
            .evaluate_queued("bench", "noop", Some(&self.sbom_id), &self.opts)
    }
}

/// Fails the measurement if a no-op call did not succeed.
fn noop_ok(report: crate::service::InvokeReport) -> anyhow::Result<()> {
    anyhow::ensure!(report.ok(), "noop failed: {:?}", report.error);
    Ok(())
}

/// Single-caller latency and multi-caller throughput of no-op calls through the service.
fn noop_durable(
    args: &BenchArgs,
    dir: &std::path::Path,
    sample: &Arc<[u8]>,
) -> anyhow::Result<Durable> {
    eprintln!("bench: no-op with reservation and durable ledger row");
    let service = Arc::new(Service::open(
        &dir.join("bench.duckdb"),
        SandboxConfig {
            concurrency: args.threads,
            ..SandboxConfig::default()
        },
    )?);
    service.create_tenant("bench", u64::MAX / 2)?;
    let opts = InvokeOptions {
        gas_limit: 1_000_000,
        ..InvokeOptions::default()
    };
    let sbom_id: Arc<str> = match service
        .parse("bench", "cyclonedx", sample, &InvokeOptions::default())?
        .output
    {
        Some(crate::service::Output::Sbom { sbom_id, .. }) => sbom_id.into(),
        _ => anyhow::bail!("the sample SBOM did not ingest"),
    };
    let noop = NoopCall {
        service,
        sbom_id,
        opts,
    };
    let queue = || noop.queue();
    let invoke = || -> anyhow::Result<()> { noop_ok(queue()?.wait()?) };
    let with_ledger = time_n(args.iterations.min(2000), invoke)?;
    // Time each call up to its queued ledger row, then wait for it outside the timing.
    let mut samples = Vec::with_capacity(args.iterations as usize);
    for _ in 0..args.iterations {
        let t = Instant::now();
        let queued = queue()?;
        samples.push(t.elapsed());
        noop_ok(queued.wait()?)?;
    }
    let busy = samples.iter().sum();
    let queued = latency(samples, busy);
    eprintln!(
        "bench: durable no-op throughput, {} threads, {} s",
        args.threads, args.seconds
    );
    let threads = throughput(args.threads, args.seconds, invoke)?;
    eprintln!(
        "bench: durable no-op throughput, {} async tasks, {} s",
        args.tasks, args.seconds
    );
    let tasks = {
        let noop = noop.clone();
        throughput_async(args.tasks, args.seconds, move || {
            let queued = noop.queue();
            async move { noop_ok(queued?.durable().await?) }
        })?
    };
    eprintln!(
        "bench: durable no-op throughput, {} async tasks, calls on the blocking pool, {} s",
        args.tasks, args.seconds
    );
    let pooled = {
        let noop = noop.clone();
        throughput_async(args.tasks, args.seconds, move || {
            let noop = noop.clone();
            async move {
                let queued = tokio::task::spawn_blocking(move || noop.queue())
                    .await
                    .context("blocking-pool call panicked")??;
                noop_ok(queued.durable().await?)
            }
        })?
    };
    let threads_for_calls = crate::service::Workers::default_threads();
    eprintln!(
        "bench: durable no-op throughput, {} async tasks, calls on {threads_for_calls} call workers, {} s",
        args.tasks, args.seconds
    );
    let workers = Arc::new(crate::service::Workers::new(
        threads_for_calls,
        "bench-call",
    )?);
    let on_workers = throughput_async(args.tasks, args.seconds, move || {
        let noop = noop.clone();
        let workers = workers.clone();
        async move {
            let queued = workers.run(move || noop.queue()).await??;
            noop_ok(queued.durable().await?)
        }
    })?;
    Ok(Durable {
        noop_with_reservation_and_ledger_queued: queued,
        noop_with_reservation_and_durable_ledger: with_ledger,
        noop_durable_threads: threads,
        threads: args.threads,
        noop_durable_async: tasks,
        noop_durable_async_blocking_pool: pooled,
        noop_durable_async_workers: on_workers,
        call_workers: threads_for_calls,
        tasks: args.tasks,
    })
}

impl Durable {
    fn print(&self) {
        let (q, d) = (
            &self.noop_with_reservation_and_ledger_queued,
            &self.noop_with_reservation_and_durable_ledger,
        );
        println!(
            "no-op + reservation + ledger queued    p50 {:.1} µs  p99 {:.1} µs (1 thread)",
            q.p50_us, q.p99_us
        );
        println!(
            "no-op + reservation + durable ledger   p50 {:.1} µs  p99 {:.1} µs  {:.0}/s (1 thread)",
            d.p50_us, d.p99_us, d.per_second
        );
        let rows = [
            (
                format!("{} threads", self.threads),
                &self.noop_durable_threads,
            ),
            (
                format!("{} async tasks", self.tasks),
                &self.noop_durable_async,
            ),
            (
                format!("{} tasks, calls on the blocking pool", self.tasks),
                &self.noop_durable_async_blocking_pool,
            ),
            (
                format!(
                    "{} tasks, calls on {} call workers",
                    self.tasks, self.call_workers
                ),
                &self.noop_durable_async_workers,
            ),
        ];
        for (callers, l) in rows {
            println!(
                "durable no-op throughput                {:.0}/s ({callers}; per call p50 {:.2} ms, p99 {:.2} ms, max {:.1} ms)",
                l.per_second,
                l.p50_us / 1e3,
                l.p99_us / 1e3,
                l.max_us / 1e3
            );
        }
    }
}

/// Ledger rows per second through the group-commit writer, no sandbox involved.
fn ledger_rows(args: &BenchArgs, dir: &std::path::Path) -> anyhow::Result<f64> {
    eprintln!(
        "bench: ledger rows/s ({} threads, {} s)",
        args.threads, args.seconds
    );
    let state = State::open(&dir.join("ledger.duckdb"))?;
    throughput(args.threads, args.seconds, || {
        let id = state.next_invocation_id();
        let now = now_us();
        state.commit(WriteJob {
            ledger: LedgerRow {
                id,
                tenant: "bench".into(),
                plugin_id: "0".repeat(64),
                plugin_name: "bench".into(),
                kind: "policy".into(),
                gas_limit: 1,
                gas_used: 1,
                gas: GasBreakdown::default(),
                outcome: "ok".into(),
                error: None,
                schedule_version: "bench".into(),
                started_at_us: now,
                finished_at_us: now,
                cpu_us: 0,
                subject: None,
            },
            write: None,
        })?;
        Ok(())
    })
    .map(|l| l.per_second)
}

/// Runs one measurement alone and prints it.
fn run_one(section: Section, args: &BenchArgs, dir: &std::path::Path) -> anyhow::Result<()> {
    let sample = sample();
    match section {
        Section::Noop => {
            let metered = sandbox(true, args.threads)?;
            let i = instantiate_noop(args, &metered)?;
            println!(
                "no-op instantiation only (no call)  p50 {:.1} µs  p99 {:.1} µs",
                i.p50_us, i.p99_us
            );
            let l = noop_sandbox_only(args, &metered)?;
            println!(
                "no-op invocation, sandbox only  p50 {:.1} µs  p99 {:.1} µs  {:.0}/s (1 thread)",
                l.p50_us, l.p99_us, l.per_second
            );
        }
        Section::Durable => noop_durable(args, dir, &sample)?.print(),
        Section::Ledger => {
            let rows = ledger_rows(args, dir)?;
            println!("ledger rows/s {rows:.0} ({} threads)", args.threads);
        }
        Section::Ingest => ingest(args, dir)?,
        Section::Rego => rego::run(args)?,
        Section::Parity => parity::run(args.components, args.repeat)?,
        Section::IngestE2e => {
            let e2e = parity::ingest_once(args.shape, args.components, dir)?;
            println!("{}", serde_json::to_string(&e2e)?);
        }
        Section::Invoice => invoice::run(args.ledger_rows, dir)?,
    }
    Ok(())
}

/// Writes a CycloneDX 1.6 JSON SBOM with `n` components shaped like real ones (purl, licence,
/// hash, supplier) and a dependency chain, streaming it to `path`.
fn generate_sbom(path: &std::path::Path, n: usize) -> anyhow::Result<u64> {
    use std::io::Write;
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    write!(
        out,
        r#"{{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79","metadata":{{"timestamp":"2026-11-23T00:00:00Z","component":{{"type":"application","bom-ref":"root","name":"bench-app","version":"1.0.0"}}}},"components":["#
    )?;
    for i in 0..n {
        let sep = if i + 1 < n { "," } else { "" };
        write!(
            out,
            r#"{{"type":"library","bom-ref":"pkg:npm/bench-{i}@1.{m}.{i}","supplier":{{"name":"Supplier {m}"}},"name":"bench-{i}","version":"1.{m}.{i}","purl":"pkg:npm/bench-{i}@1.{m}.{i}","licenses":[{{"license":{{"id":"MIT"}}}}],"hashes":[{{"alg":"SHA-256","content":"{h}"}}]}}{sep}"#,
            m = i % 7,
            h = blake3::hash(&(i as u64).to_le_bytes()).to_hex(),
        )?;
    }
    write!(out, r#"],"dependencies":["#)?;
    for i in 0..n {
        let sep = if i + 1 < n { "," } else { "" };
        let next = if i + 1 < n {
            format!(r#""pkg:npm/bench-{}@1.{}.{}""#, i + 1, (i + 1) % 7, i + 1)
        } else {
            String::new()
        };
        write!(
            out,
            r#"{{"ref":"pkg:npm/bench-{i}@1.{m}.{i}","dependsOn":[{next}]}}{sep}"#,
            m = i % 7
        )?;
    }
    write!(out, "]}}")?;
    out.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

/// Peak resident set size of this process so far, in MiB (Linux; `None` elsewhere).
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// End-to-end ingest of a generated SBOM (time, components/s, peak RSS), then the same
/// CycloneDX parser code compiled natively vs in the sandbox, both collecting in memory.
fn ingest(args: &BenchArgs, dir: &std::path::Path) -> anyhow::Result<()> {
    let n = args.components;
    eprintln!("bench: ingest of a generated {n}-component CycloneDX SBOM");
    let e2e = parity::ingest_once(Shape::Cyclonedx, n, dir)?;
    let path = parity::document_path(dir, Shape::Cyclonedx, n);

    // Alternate native, metered and unmetered parses (each round starting with the next one)
    // and compare medians: one run of each swings by ±15 % on this machine. The unmetered run
    // splits the ratio into what fuel costs and what the rest of the sandbox (wasm code, the
    // boundary, fresh memory) costs. Every result is dropped outside the timing.
    let bytes: Arc<[u8]> = std::fs::read(&path)?.into();
    let slots = SandboxConfig::default().concurrency;
    let (metered, unmetered) = (sandbox(true, slots)?, sandbox(false, slots)?);
    let sandboxed = [
        (&metered, builtin(&metered, "cyclonedx")?),
        (&unmetered, builtin(&unmetered, "cyclonedx")?),
    ];
    let mut times: [Vec<Duration>; 3] = Default::default();
    for round in 0..args.repeat.max(1) {
        for k in 0..3 {
            let which = (round + k) % 3;
            let t = Instant::now();
            let components = match which {
                0 => {
                    let native =
                        traceguard_sdk::parser::parse_native::<cyclonedx::CycloneDx>(&bytes)
                            .map_err(|e| anyhow::anyhow!("native parse failed: {}", e.message))?;
                    times[which].push(t.elapsed());
                    native.components.len()
                }
                _ => {
                    let (sandbox, parser) = &sandboxed[which - 1];
                    let parsed = sandboxed_parse(sandbox, parser, &bytes, u64::MAX / 4)?;
                    times[which].push(t.elapsed());
                    parsed.0.iter().map(ComponentBatch::len).sum()
                }
            };
            anyhow::ensure!(components == n, "a parse lost components");
        }
    }
    let [native_times, metered_times, unmetered_times] = times;
    let ms = |times: Vec<Duration>| median(times).as_secs_f64() * 1e3;
    let (native, metered, unmetered) = (ms(native_times), ms(metered_times), ms(unmetered_times));

    println!(
        "ingest {n} components end to end    {:.3} s  {:.0} components/s  peak RSS {}  gas {}",
        e2e.seconds,
        n as f64 / e2e.seconds,
        e2e.peak_rss_mib
            .map_or("n/a".into(), |r| format!("{r:.0} MiB")),
        e2e.gas
    );
    println!(
        "cyclonedx parse, native vs sandbox   {native:.1} ms vs {metered:.1} ms  ratio {:.2}x (metered, median of {})",
        metered / native,
        args.repeat.max(1)
    );
    println!(
        "  same, sandbox unmetered            {unmetered:.1} ms  ratio {:.2}x (fuel: {:.2}x)",
        unmetered / native,
        metered / unmetered
    );
    Ok(())
}

/// One sandboxed parse of `bytes`, collected in memory; returns what came back.
fn sandboxed_parse(
    sandbox: &Sandbox,
    parser: &LoadedPlugin,
    bytes: &Arc<[u8]>,
    gas_limit: u64,
) -> anyhow::Result<(Vec<ComponentBatch>, Vec<DependencyBatch>)> {
    let collect = Collect::default();
    sandbox
        .parse(
            parser,
            InputState::bytes(bytes.clone()),
            Box::new(collect.clone()),
            &spec(gas_limit),
        )
        .result
        .map_err(|e| anyhow::anyhow!("sandboxed parse failed: {e}"))?;
    Ok(collect.take_batches())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn sample() -> Arc<[u8]> {
    include_bytes!("../../../examples/sboms/traceguard-host.cdx.json")
        .as_slice()
        .into()
}

/// Runs every measurement (or the one chosen with `--only`) and prints the results.
pub fn run(args: &BenchArgs, format: Format) -> anyhow::Result<ExitCode> {
    let dir = tempfile_dir()?;
    if let Some(section) = args.only {
        let result = run_one(section, args, &dir);
        let _ = std::fs::remove_dir_all(&dir);
        result?;
        return Ok(ExitCode::SUCCESS);
    }
    let sample = sample();
    let limit = 1_000_000_000;
    let metered = sandbox(true, args.threads)?;
    let noop = builtin(&metered, "noop")?;
    let instantiate_noop = instantiate_noop(args, &metered)?;
    let noop_sandbox_only = noop_sandbox_only(args, &metered)?;
    let durable = noop_durable(args, &dir, &sample)?;

    eprintln!("bench: compile and cache load");
    let cache = dir.join("cache");
    let cyclonedx = plugins::builtin("cyclonedx").context("cyclonedx built-in missing")?;
    let cached = Sandbox::new(
        SandboxConfig {
            cache_dir: Some(cache),
            ..SandboxConfig::default()
        },
        GasSchedule::default_schedule(),
    )?;
    let t = Instant::now();
    cached.load(cyclonedx.bytes)?;
    let compile_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    cached.load(cyclonedx.bytes)?;
    let cache_ms = t.elapsed().as_secs_f64() * 1e3;

    eprintln!(
        "bench: fuel overhead, cyclonedx parser on the sample SBOM ({} parses each)",
        args.parses
    );
    let unmetered = sandbox(false, 4)?;
    let parse = |sb: &Sandbox, p: &LoadedPlugin| sandboxed_parse(sb, p, &sample, limit).map(|_| ());
    let (pm, pu) = (
        builtin(&metered, "cyclonedx")?,
        builtin(&unmetered, "cyclonedx")?,
    );
    parse(&metered, &pm)?;
    parse(&unmetered, &pu)?;
    // Interleave the two so machine noise hits both alike.
    let (mut m, mut u) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..args.parses {
        let t = Instant::now();
        parse(&metered, &pm)?;
        m += t.elapsed();
        let t = Instant::now();
        parse(&unmetered, &pu)?;
        u += t.elapsed();
    }
    let noop_u = builtin(&unmetered, "noop")?;
    let nm = time_n(args.iterations, || call_noop(&metered, &noop))?;
    let nu = time_n(args.iterations, || call_noop(&unmetered, &noop_u))?;

    let ledger = ledger_rows(args, &dir)?;

    let results = Results {
        instantiate_noop,
        noop_sandbox_only,
        durable,
        compile_cyclonedx_ms: compile_ms,
        load_cyclonedx_from_cache_ms: cache_ms,
        fuel_overhead_parser: m.as_secs_f64() / u.as_secs_f64(),
        parser_metered_us: m.as_secs_f64() * 1e6 / args.parses as f64,
        parser_unmetered_us: u.as_secs_f64() * 1e6 / args.parses as f64,
        fuel_overhead_noop: nm.p50_us / nu.p50_us,
        ledger_rows_per_s: ledger,
    };
    let _ = std::fs::remove_dir_all(&dir);
    if format == Format::Json {
        crate::report::print_json(&results)?;
    } else {
        let r = &results;
        println!(
            "no-op instantiation only (no call)     p50 {:.1} µs  p99 {:.1} µs",
            r.instantiate_noop.p50_us, r.instantiate_noop.p99_us
        );
        println!(
            "no-op invocation, sandbox only         p50 {:.1} µs  p99 {:.1} µs  {:.0}/s (1 thread)",
            r.noop_sandbox_only.p50_us, r.noop_sandbox_only.p99_us, r.noop_sandbox_only.per_second
        );
        r.durable.print();
        println!(
            "compile cyclonedx (cold)                {:.1} ms; load from disk cache {:.2} ms",
            r.compile_cyclonedx_ms, r.load_cyclonedx_from_cache_ms
        );
        println!(
            "fuel overhead, cyclonedx parse          {:.3}x ({:.0} µs metered vs {:.0} µs unmetered)",
            r.fuel_overhead_parser, r.parser_metered_us, r.parser_unmetered_us
        );
        println!(
            "fuel overhead, no-op p50                {:.3}x",
            r.fuel_overhead_noop
        );
        println!(
            "ledger rows/s (group commit)            {:.0} ({} threads)",
            r.ledger_rows_per_s, args.threads
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("traceguard-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
