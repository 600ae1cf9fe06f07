//! The WASI a plugin sees: no authority, virtual clocks, no sleeping, capped randomness and a
//! bounded console. Every WASI call is priced (one `host_call` in [`Ctx`]'s `WasiView`, the
//! one door to all of WASI) and every byte that moves is too (random bytes in, console bytes
//! out), so the only way out of the sandbox that is not metered is none.
//!
//! Time in the sandbox is virtual. The wall clock reads the invocation's fixed `now`, the
//! monotonic clock starts at zero, and both advance only when the plugin "sleeps": a sleep
//! returns at once and moves virtual time forward. A plugin whose sleeps add up past its
//! deadline is stopped as timed out. So gas and output never depend on the host's clock, and
//! no plugin can hold a host thread without burning fuel.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use wasmtime::StoreContextMut;
use wasmtime::component::{Linker, Resource};
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{DynPollable, OutputStream, Pollable, StreamError, StreamResult};
use wasmtime_wasi::{HostMonotonicClock, HostWallClock, WasiCtx, WasiCtxBuilder};

use crate::gas::GasClass;

use super::ctx::{Ctx, LimitTrap};

/// The WASI 0.2 release wasmtime-wasi 48 defines; components importing any 0.2.x resolve to
/// it, so the functions replaced below are replaced for every plugin.
const WASI_VERSION: &str = "0.2.12";

/// Seed for every randomness source a plugin can reach. Gas must be a function of the plugin
/// and its input, and Rust's `HashMap` alone would otherwise make instruction counts vary.
const RANDOM_SEED: u64 = 0x7472_6163_6567_7561;

/// Most random bytes one `get-random-bytes` call may ask for. Real uses (hash seeds, UUIDs,
/// nonces) ask for tens of bytes; a larger request is a flood, and traps.
pub const RANDOM_BYTES_LIMIT: u64 = 64 << 10;

/// Console bytes (stdout and stderr together) kept for error reports; the rest is counted,
/// charged and dropped.
const CONSOLE_KEPT: usize = 16 << 10;

/// Largest write the console accepts in one call (what `check-write` grants).
const CONSOLE_PERMIT: usize = 64 << 10;

/// Virtual time slept so far by one invocation, shared by its clocks and its sleeps.
#[derive(Clone, Default)]
pub(crate) struct VirtualTime(Arc<AtomicU64>);

impl VirtualTime {
    fn elapsed(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

struct WallClock {
    start: Duration,
    time: VirtualTime,
}

impl HostWallClock for WallClock {
    fn resolution(&self) -> Duration {
        Duration::from_nanos(1)
    }

    fn now(&self) -> Duration {
        self.start + Duration::from_nanos(self.time.elapsed())
    }
}

struct MonotonicClock(VirtualTime);

impl HostMonotonicClock for MonotonicClock {
    fn resolution(&self) -> u64 {
        1
    }

    fn now(&self) -> u64 {
        self.0.elapsed()
    }
}

/// What one invocation's console (stdout and stderr) received: the first [`CONSOLE_KEPT`]
/// bytes, and how many bytes were written in all.
#[derive(Clone, Default)]
pub(crate) struct Console(Arc<ConsoleState>);

#[derive(Default)]
pub(crate) struct ConsoleState {
    kept: std::sync::Mutex<Vec<u8>>,
    written: AtomicU64,
    /// Bytes written but not yet charged (taken by [`Console::take_uncharged`]).
    uncharged: AtomicU64,
    truncated: AtomicBool,
}

impl std::ops::Deref for Console {
    type Target = ConsoleState;

    fn deref(&self) -> &ConsoleState {
        &self.0
    }
}

impl Console {
    fn append(&self, bytes: &[u8]) {
        self.written
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        self.uncharged
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let room = CONSOLE_KEPT.saturating_sub(kept.len());
        kept.extend_from_slice(&bytes[..bytes.len().min(room)]);
        if bytes.len() > room {
            self.truncated.store(true, Ordering::Relaxed);
        }
    }

    /// Bytes written since the last call, to be charged as output.
    pub(crate) fn take_uncharged(&self) -> u64 {
        self.uncharged.swap(0, Ordering::Relaxed)
    }

    /// What the plugin wrote (e.g. a Rust panic message), lossily decoded and trimmed.
    pub(crate) fn text(&self) -> String {
        let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let mut text = String::from_utf8_lossy(&kept).trim().to_string();
        if self.truncated.load(Ordering::Relaxed) {
            let total = self.written.load(Ordering::Relaxed);
            text.push_str(&format!(
                " … ({total} bytes written; the first {CONSOLE_KEPT} kept)"
            ));
        }
        text
    }
}

impl IsTerminal for Console {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for Console {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for Console {
    async fn ready(&mut self) {}
}

impl OutputStream for Console {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        self.append(&bytes);
        Ok(())
    }

    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> Result<usize, StreamError> {
        Ok(CONSOLE_PERMIT)
    }
}

impl tokio::io::AsyncWrite for Console {
    fn poll_write(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        self.append(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// A pollable that is ready at once: what a sleep becomes in virtual time.
struct Elapsed;

#[wasmtime_wasi::async_trait]
impl Pollable for Elapsed {
    async fn ready(&mut self) {}
}

/// The WASI side of one store: its context and the handles the host keeps to what it shares.
pub(crate) struct Wasi {
    pub ctx: WasiCtx,
    pub time: VirtualTime,
    pub console: Console,
    /// Source of `get-random-bytes` and `get-insecure-random-bytes` (seeded: deterministic),
    /// made on first use: most calls never ask, and seeding is not free on the hot path.
    pub random: Option<StdRng>,
}

impl Wasi {
    /// A context with no preopens, environment, arguments or network, clocks starting at
    /// `now` (Unix seconds), and stdout and stderr going to one bounded console.
    pub fn new(now: u64) -> Self {
        let time = VirtualTime::default();
        let console = Console::default();
        let ctx = WasiCtxBuilder::new()
            .stdout(console.clone())
            .stderr(console.clone())
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false)
            .secure_random(StdRng::seed_from_u64(RANDOM_SEED))
            .insecure_random(StdRng::seed_from_u64(RANDOM_SEED))
            .insecure_random_seed(u128::from(RANDOM_SEED))
            .max_random_size(RANDOM_BYTES_LIMIT)
            .wall_clock(WallClock {
                start: Duration::from_secs(now),
                time: time.clone(),
            })
            .monotonic_clock(MonotonicClock(time.clone()))
            .build();
        Wasi {
            ctx,
            time,
            console,
            random: None,
        }
    }
}

/// Links WASI 0.2 with sleeps made virtual and random bytes capped and priced. Called once,
/// when the sandbox's linker is built.
pub(crate) fn add_to_linker(linker: &mut Linker<Ctx>) -> wasmtime::Result<()> {
    wasmtime_wasi::p2::add_to_linker_sync(linker)?;
    linker.allow_shadowing(true);
    let mut clock = linker.instance(&format!("wasi:clocks/monotonic-clock@{WASI_VERSION}"))?;
    clock.func_wrap("subscribe-duration", |store, (nanos,): (u64,)| {
        Ok((sleep(store, nanos)?,))
    })?;
    clock.func_wrap("subscribe-instant", |store, (when,): (u64,)| {
        let now = store.data().wasi.time.elapsed();
        Ok((sleep(store, when.saturating_sub(now))?,))
    })?;
    for (interface, function) in [
        ("random", "get-random-bytes"),
        ("insecure", "get-insecure-random-bytes"),
    ] {
        let mut random = linker.instance(&format!("wasi:random/{interface}@{WASI_VERSION}"))?;
        random.func_wrap(function, |store, (len,): (u64,)| {
            Ok((random_bytes(store, len)?,))
        })?;
    }
    linker.allow_shadowing(false);
    Ok(())
}

/// `subscribe-duration`/`subscribe-instant`: moves virtual time forward and gives a pollable
/// that is already ready, or stops the call if the sleep would end past its deadline.
fn sleep(
    mut store: StoreContextMut<'_, Ctx>,
    nanos: u64,
) -> wasmtime::Result<Resource<DynPollable>> {
    let ctx = store.data_mut();
    ctx.meter.charge(GasClass::HostCall, 1);
    let deadline = ctx.deadline;
    let before = ctx.wasi.time.elapsed();
    let slept = before.saturating_add(nanos);
    if u128::from(slept) > deadline.as_nanos() {
        return Err(LimitTrap::Sleep {
            asked: Duration::from_nanos(nanos),
            slept: Duration::from_nanos(before),
            deadline,
        }
        .into());
    }
    ctx.wasi.time.0.store(slept, Ordering::Relaxed);
    let elapsed = ctx.table.push(Elapsed)?;
    wasmtime_wasi::p2::subscribe(&mut ctx.table, elapsed)
}

/// `get-random-bytes`/`get-insecure-random-bytes`: at most [`RANDOM_BYTES_LIMIT`] bytes a
/// call, each priced as input.
fn random_bytes(mut store: StoreContextMut<'_, Ctx>, len: u64) -> wasmtime::Result<Vec<u8>> {
    let ctx = store.data_mut();
    ctx.meter.charge(GasClass::HostCall, 1);
    if len > RANDOM_BYTES_LIMIT {
        return Err(LimitTrap::Random { asked: len }.into());
    }
    ctx.meter.charge(GasClass::ByteIn, len);
    let mut bytes = vec![0; len as usize];
    ctx.wasi
        .random
        .get_or_insert_with(|| StdRng::seed_from_u64(RANDOM_SEED))
        .fill_bytes(&mut bytes);
    Ok(bytes)
}
