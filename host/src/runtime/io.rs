//! The host-owned resources a plugin works through: the document `input`, the parser `sink`
//! and the policy's `sbom-reader`. Every method is charged to the invocation's gas meter and
//! bounded by its limits; a refusal is an error value, never a host panic.

use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use wasmtime::component::{Resource, WasmList};
use wasmtime::{AsContextMut, Result, StoreContextMut};

use crate::bindings::parser::traceguard::plugin::sbom_io;
use crate::bindings::policy::traceguard::plugin::sbom_state;
use crate::bindings::{
    Component, Dependency, Diagnostic, DiagnosticEntry, DocumentInfo, SinkError,
};
use crate::gas::GasClass;

use super::batch::{ComponentBatch, DependencyBatch, component_wire_size, dependency_wire_size};
use super::ctx::{Ctx, LimitTrap};
use super::lift::Pushed;

/// Most bytes one `input.read` returns.
pub const MAX_READ: usize = 64 * 1024;
/// Most entries one push or page may carry.
pub const MAX_BATCH: usize = 1024;

/// The document a parser reads: an in-memory buffer or a file, streamed chunk by chunk.
pub struct InputState {
    reader: Box<dyn Read + Send>,
    size: u64,
    /// Bytes handed to the plugin so far, for progress displays.
    progress: Arc<AtomicU64>,
    /// Set when reading the source failed; the invocation then fails.
    pub(crate) failed: Option<String>,
}

impl InputState {
    /// A document held in memory.
    pub fn bytes(bytes: Arc<[u8]>) -> Self {
        let size = bytes.len() as u64;
        Self::reader(Box::new(std::io::Cursor::new(bytes)), size)
    }

    /// A document read from `reader`, `size` bytes long (a file, usually).
    pub fn reader(reader: Box<dyn Read + Send>, size: u64) -> Self {
        InputState {
            reader,
            size,
            progress: Arc::new(AtomicU64::new(0)),
            failed: None,
        }
    }

    /// Counts the bytes the plugin reads into `counter`, for whoever shows progress.
    pub fn tracking(mut self, counter: Arc<AtomicU64>) -> Self {
        self.progress = counter;
        self
    }

    /// Reads up to `max` bytes, filling the chunk unless the document ends: chunk boundaries
    /// (and so the number of calls the plugin makes, and its gas) depend only on the document,
    /// never on how the operating system happened to split a read.
    fn chunk(&mut self, max: usize) -> Vec<u8> {
        let mut chunk = Vec::with_capacity(max);
        if self.failed.is_none()
            && let Err(e) = (&mut self.reader).take(max as u64).read_to_end(&mut chunk)
        {
            self.failed = Some(format!("reading the document failed: {e}"));
        }
        let filled = chunk.len();
        self.progress.fetch_add(filled as u64, Ordering::Relaxed);
        chunk
    }
}

/// Where pushed components and dependency edges go as they arrive: the host's ingest
/// transaction in service use, a plain collection in tests and benchmarks. An error stops the
/// plugin (its next push is refused) and fails the invocation.
pub trait BatchSink: Send {
    /// Takes one batch of components, in push order.
    fn components(&mut self, batch: ComponentBatch) -> std::result::Result<(), String>;
    /// Takes one batch of dependency edge sets, in push order.
    fn dependencies(&mut self, batch: DependencyBatch) -> std::result::Result<(), String>;
}

/// A [`BatchSink`] that keeps the batches in memory, for tests and benchmarks.
#[derive(Clone, Default)]
pub struct Collect(pub Arc<std::sync::Mutex<(Vec<ComponentBatch>, Vec<DependencyBatch>)>>);

impl Collect {
    /// Takes the batches collected so far, as they came.
    pub fn take_batches(&self) -> (Vec<ComponentBatch>, Vec<DependencyBatch>) {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Takes what was collected so far, as owned values.
    pub fn take(&self) -> (Vec<Component>, Vec<Dependency>) {
        let (components, dependencies) = self.take_batches();
        (
            components.iter().flat_map(|b| b.to_components()).collect(),
            dependencies
                .iter()
                .flat_map(|b| b.to_dependencies())
                .collect(),
        )
    }
}

impl BatchSink for Collect {
    fn components(&mut self, batch: ComponentBatch) -> std::result::Result<(), String> {
        let mut all = self.0.lock().unwrap_or_else(|p| p.into_inner());
        all.0.push(batch);
        Ok(())
    }
    fn dependencies(&mut self, batch: DependencyBatch) -> std::result::Result<(), String> {
        let mut all = self.0.lock().unwrap_or_else(|p| p.into_inner());
        all.1.push(batch);
        Ok(())
    }
}

/// What a parser pushed: components and edges stream on to the [`BatchSink`]; the host keeps
/// the counts, the document facts and the diagnostics for after the call.
pub struct SinkState {
    /// Document-level facts, if the parser sent them.
    pub document: Option<DocumentInfo>,
    /// Components pushed.
    pub components: u64,
    /// Dependency edge sets pushed.
    pub dependencies: u64,
    /// Diagnostics reported along the way, with their rules (empty for `report`).
    pub diagnostics: Vec<DiagnosticEntry>,
    /// Set when a limit refused output; the invocation then fails whatever the plugin returns.
    pub overflow: Option<String>,
    /// Set when the host could not store a batch; the invocation then fails.
    pub storage_failed: Option<String>,
    out: Box<dyn BatchSink>,
    rows: u64,
    bytes: u64,
}

impl SinkState {
    /// An empty sink forwarding batches to `out`.
    pub fn new(out: Box<dyn BatchSink>) -> Self {
        SinkState {
            document: None,
            components: 0,
            dependencies: 0,
            diagnostics: Vec::new(),
            overflow: None,
            storage_failed: None,
            out,
            rows: 0,
            bytes: 0,
        }
    }
}

/// One stored SBOM handed to a policy, read page by page.
pub struct ReaderState {
    info: DocumentInfo,
    components: Arc<[Component]>,
    dependencies: Arc<[Dependency]>,
    diagnostics: Arc<[DiagnosticEntry]>,
    next_component: usize,
    next_dependency: usize,
    next_diagnostic: usize,
}

impl ReaderState {
    /// A reader positioned at the start of an SBOM snapshot.
    pub fn new(
        info: DocumentInfo,
        components: Arc<[Component]>,
        dependencies: Arc<[Dependency]>,
        diagnostics: Arc<[DiagnosticEntry]>,
    ) -> Self {
        ReaderState {
            info,
            components,
            dependencies,
            diagnostics,
            next_component: 0,
            next_dependency: 0,
            next_diagnostic: 0,
        }
    }
}

/// Bytes a value occupies when it crosses the boundary: its strings plus a fixed 8 per field.
/// Deterministic, cheap, and close enough to the canonical-ABI size to price fairly.
pub(crate) trait WireSize {
    fn wire_size(&self) -> u64;
}

fn opt(s: &Option<String>) -> u64 {
    8 + s.as_ref().map_or(0, |s| s.len() as u64)
}

impl WireSize for Component {
    fn wire_size(&self) -> u64 {
        let len = |s: &Option<String>| s.as_ref().map_or(0, String::len);
        let strings = self.bom_ref.len()
            + self.name.len()
            + len(&self.version)
            + len(&self.purl)
            + len(&self.cpe)
            + len(&self.supplier)
            + self.licenses.iter().map(String::len).sum::<usize>()
            + self
                .hashes
                .iter()
                .map(|h| h.algorithm.len() + h.value.len())
                .sum::<usize>();
        component_wire_size(
            strings as u64,
            self.licenses.len() as u64,
            self.hashes.len() as u64,
        )
    }
}

impl WireSize for Dependency {
    fn wire_size(&self) -> u64 {
        let strings = self.ref_.len() + self.depends_on.iter().map(String::len).sum::<usize>();
        dependency_wire_size(strings as u64, self.depends_on.len() as u64)
    }
}

impl WireSize for Diagnostic {
    fn wire_size(&self) -> u64 {
        24 + (self.path.len() + self.message.len()) as u64
    }
}

impl WireSize for DiagnosticEntry {
    fn wire_size(&self) -> u64 {
        32 + (self.rule.len() + self.path.len() + self.message.len()) as u64
    }
}

impl WireSize for DocumentInfo {
    fn wire_size(&self) -> u64 {
        8 * 6
            + (self.format.len() + self.spec_version.len()) as u64
            + opt(&self.name)
            + opt(&self.created)
            + opt(&self.supplier)
            + self.tools.iter().map(|t| 8 + t.len() as u64).sum::<u64>()
    }
}

impl SinkState {
    /// Accounts `rows` and `bytes` of output against the limits; on refusal records why.
    /// A plugin that pushes again after a refusal is ignoring errors: that traps.
    fn admit(
        &mut self,
        ctx_limits: &super::Limits,
        rows: u64,
        bytes: u64,
    ) -> Result<Result<(), SinkError>> {
        if let Some(why) = &self.overflow {
            return Err(LimitTrap::Output(why.clone()).into());
        }
        let why = if self.rows + rows > ctx_limits.output_rows {
            Some(format!("more than {} output rows", ctx_limits.output_rows))
        } else if self.bytes + bytes > ctx_limits.output_bytes {
            Some(format!(
                "more than {} output bytes",
                ctx_limits.output_bytes
            ))
        } else {
            None
        };
        if let Some(why) = why {
            self.overflow = Some(why.clone());
            return Ok(Err(SinkError::LimitExceeded(why)));
        }
        self.rows += rows;
        self.bytes += bytes;
        Ok(Ok(()))
    }
}

impl Ctx {
    /// Charges a push as a host call and takes its batch, unless it was too long to read (then
    /// refused). A plugin pushing again after a refusal traps (once the push has been read: see
    /// `parse_result` for how such a call is classified).
    fn pushed<B>(
        &mut self,
        sink: &Resource<SinkState>,
        pushed: Pushed<B>,
    ) -> Result<std::result::Result<B, SinkError>> {
        self.meter.charge(GasClass::HostCall, 1);
        if let Some(why) = &self.table.get(sink)?.overflow {
            return Err(LimitTrap::Output(why.clone()).into());
        }
        Ok(match pushed {
            Pushed::Read(batch) => Ok(batch),
            Pushed::TooLong => Err(SinkError::BatchTooLarge(MAX_BATCH as u32)),
        })
    }

    /// Charges and admits a pushed batch of `rows` state rows and `bytes` wire bytes, then
    /// hands it to `store`.
    fn accept(
        &mut self,
        sink: &Resource<SinkState>,
        rows: u64,
        bytes: u64,
        store: impl FnOnce(&mut SinkState) -> std::result::Result<(), String>,
    ) -> Result<Result<(), SinkError>> {
        self.meter.charge(GasClass::ByteOut, bytes);
        let limits = self.limits;
        let state = self.table.get_mut(sink)?;
        if let Err(e) = state.admit(&limits, rows, bytes)? {
            return Ok(Err(e));
        }
        if let Err(why) = store(state) {
            let why = format!("the host could not store the batch: {why}");
            state.overflow = Some(why.clone());
            state.storage_failed = Some(why.clone());
            return Ok(Err(SinkError::Invalid(why)));
        }
        self.meter.charge(GasClass::RowWritten, rows);
        Ok(Ok(()))
    }

    /// `sink.push-components`, however the batch was lifted.
    fn push_component_batch(
        &mut self,
        sink: &Resource<SinkState>,
        pushed: Pushed<ComponentBatch>,
    ) -> Result<Result<(), SinkError>> {
        let batch = match self.pushed(sink, pushed)? {
            Ok(batch) => batch,
            Err(refused) => return Ok(Err(refused)),
        };
        let rows = batch.len() as u64;
        self.accept(sink, rows, batch.wire_size(), |s| {
            s.components += batch.len() as u64;
            s.out.components(batch)
        })
    }

    /// `sink.report-batch`, however the batch was lifted.
    fn push_diagnostic_batch(
        &mut self,
        sink: &Resource<SinkState>,
        pushed: Pushed<Vec<DiagnosticEntry>>,
    ) -> Result<Result<(), SinkError>> {
        let batch = match self.pushed(sink, pushed)? {
            Ok(batch) => batch,
            Err(refused) => return Ok(Err(refused)),
        };
        let bytes = batch.iter().map(WireSize::wire_size).sum();
        self.accept(sink, batch.len() as u64, bytes, |s| {
            s.diagnostics.extend(batch);
            Ok(())
        })
    }

    /// `sink.push-dependencies`, however the batch was lifted.
    fn push_dependency_batch(
        &mut self,
        sink: &Resource<SinkState>,
        pushed: Pushed<DependencyBatch>,
    ) -> Result<Result<(), SinkError>> {
        let batch = match self.pushed(sink, pushed)? {
            Ok(batch) => batch,
            Err(refused) => return Ok(Err(refused)),
        };
        self.accept(sink, batch.rows(), batch.wire_size(), |s| {
            s.dependencies += batch.len() as u64;
            s.out.dependencies(batch)
        })
    }
}

/// `sink.push-components` as linked (in place of the generated binding): the batch arrives
/// read out of guest memory (see [`super::lift`]), or unread if it has more than
/// [`MAX_BATCH`] entries, which the host refuses.
pub(crate) fn push_components(
    mut store: StoreContextMut<'_, Ctx>,
    sink: Resource<SinkState>,
    pushed: Pushed<ComponentBatch>,
) -> Result<Result<(), SinkError>> {
    store.data_mut().push_component_batch(&sink, pushed)
}

/// `sink.report-batch` as linked: the list's length is looked at before any entry is read, so a
/// batch of more than [`MAX_BATCH`] diagnostics is refused unread, like a component push.
/// Entries go through wasmtime's typed lift (diagnostics are few; no need for `lift`'s reader).
pub(crate) fn report_batch(
    mut store: StoreContextMut<'_, Ctx>,
    sink: Resource<SinkState>,
    list: WasmList<DiagnosticEntry>,
) -> Result<Result<(), SinkError>> {
    let pushed = Pushed::of(list.len(), || list.iter(store.as_context_mut())?.collect())?;
    store.data_mut().push_diagnostic_batch(&sink, pushed)
}

/// `sink.push-dependencies` as linked; see [`push_components`].
pub(crate) fn push_dependencies(
    mut store: StoreContextMut<'_, Ctx>,
    sink: Resource<SinkState>,
    pushed: Pushed<DependencyBatch>,
) -> Result<Result<(), SinkError>> {
    store.data_mut().push_dependency_batch(&sink, pushed)
}

impl sbom_io::Host for Ctx {}

impl sbom_io::HostInput for Ctx {
    fn read(&mut self, input: Resource<InputState>, max: u32) -> Result<Vec<u8>> {
        self.meter.charge(GasClass::HostCall, 1);
        let state = self.table.get_mut(&input)?;
        let chunk = state.chunk((max as usize).min(MAX_READ));
        self.meter.charge(GasClass::ByteIn, chunk.len() as u64);
        Ok(chunk)
    }

    fn size(&mut self, input: Resource<InputState>) -> Result<u64> {
        self.meter.charge(GasClass::HostCall, 1);
        Ok(self.table.get(&input)?.size)
    }

    fn drop(&mut self, input: Resource<InputState>) -> Result<()> {
        self.table.delete(input)?;
        Ok(())
    }
}

impl sbom_io::HostSink for Ctx {
    fn document(
        &mut self,
        sink: Resource<SinkState>,
        info: DocumentInfo,
    ) -> Result<Result<(), SinkError>> {
        self.meter.charge(GasClass::HostCall, 1);
        let bytes = info.wire_size();
        self.meter.charge(GasClass::ByteOut, bytes);
        let limits = self.limits;
        let state = self.table.get_mut(&sink)?;
        if state.document.is_some() {
            return Ok(Err(SinkError::Invalid(
                "document info was already set".into(),
            )));
        }
        if let Err(e) = state.admit(&limits, 1, bytes)? {
            return Ok(Err(e));
        }
        state.document = Some(info);
        self.meter.charge(GasClass::RowWritten, 1);
        Ok(Ok(()))
    }

    // The sandbox links `push_components` and `push_dependencies` (the free functions above)
    // in place of these two; they stay for completeness and take the same path.
    fn push_components(
        &mut self,
        sink: Resource<SinkState>,
        batch: Vec<Component>,
    ) -> Result<Result<(), SinkError>> {
        let pushed = Pushed::of(batch.len(), || ComponentBatch::try_from(&batch[..]))?;
        self.push_component_batch(&sink, pushed)
    }

    fn push_dependencies(
        &mut self,
        sink: Resource<SinkState>,
        batch: Vec<Dependency>,
    ) -> Result<Result<(), SinkError>> {
        let pushed = Pushed::of(batch.len(), || DependencyBatch::try_from(&batch[..]))?;
        self.push_dependency_batch(&sink, pushed)
    }

    fn report(
        &mut self,
        sink: Resource<SinkState>,
        diagnostic: Diagnostic,
    ) -> Result<Result<(), SinkError>> {
        self.meter.charge(GasClass::HostCall, 1);
        let bytes = diagnostic.wire_size();
        self.accept(&sink, 1, bytes, |s| {
            s.diagnostics.push(DiagnosticEntry {
                rule: String::new(),
                severity: diagnostic.severity,
                path: diagnostic.path,
                message: diagnostic.message,
            });
            Ok(())
        })
    }

    // The sandbox links `report_batch` (the free function above) in place of this one, so an
    // oversized batch is refused before it is read; this stays for completeness.
    fn report_batch(
        &mut self,
        sink: Resource<SinkState>,
        batch: Vec<DiagnosticEntry>,
    ) -> Result<Result<(), SinkError>> {
        let pushed = Pushed::of(batch.len(), || Ok(batch))?;
        self.push_diagnostic_batch(&sink, pushed)
    }

    fn drop(&mut self, sink: Resource<SinkState>) -> Result<()> {
        self.table.delete(sink)?;
        Ok(())
    }
}

impl sbom_state::Host for Ctx {}

impl sbom_state::HostSbomReader for Ctx {
    fn info(&mut self, reader: Resource<ReaderState>) -> Result<DocumentInfo> {
        self.meter.charge(GasClass::HostCall, 1);
        let info = self.table.get(&reader)?.info.clone();
        self.meter.charge(GasClass::ByteIn, info.wire_size());
        Ok(info)
    }

    fn next_components(
        &mut self,
        reader: Resource<ReaderState>,
        max: u32,
    ) -> Result<Vec<Component>> {
        self.meter.charge(GasClass::HostCall, 1);
        let state = self.table.get_mut(&reader)?;
        let start = state.next_component;
        let end = (start + (max as usize).min(MAX_BATCH)).min(state.components.len());
        state.next_component = end;
        let page = state.components[start..end].to_vec();
        self.meter.charge(GasClass::RowRead, page.len() as u64);
        self.meter
            .charge(GasClass::ByteIn, page.iter().map(WireSize::wire_size).sum());
        Ok(page)
    }

    fn next_dependencies(
        &mut self,
        reader: Resource<ReaderState>,
        max: u32,
    ) -> Result<Vec<Dependency>> {
        self.meter.charge(GasClass::HostCall, 1);
        let state = self.table.get_mut(&reader)?;
        let start = state.next_dependency;
        let end = (start + (max as usize).min(MAX_BATCH)).min(state.dependencies.len());
        state.next_dependency = end;
        let page = state.dependencies[start..end].to_vec();
        self.meter.charge(GasClass::RowRead, page.len() as u64);
        self.meter
            .charge(GasClass::ByteIn, page.iter().map(WireSize::wire_size).sum());
        Ok(page)
    }

    fn next_diagnostics(
        &mut self,
        reader: Resource<ReaderState>,
        max: u32,
    ) -> Result<Vec<DiagnosticEntry>> {
        self.meter.charge(GasClass::HostCall, 1);
        let state = self.table.get_mut(&reader)?;
        let start = state.next_diagnostic;
        let end = (start + (max as usize).min(MAX_BATCH)).min(state.diagnostics.len());
        state.next_diagnostic = end;
        let page = state.diagnostics[start..end].to_vec();
        self.meter.charge(GasClass::RowRead, page.len() as u64);
        self.meter
            .charge(GasClass::ByteIn, page.iter().map(WireSize::wire_size).sum());
        Ok(page)
    }

    fn drop(&mut self, reader: Resource<ReaderState>) -> Result<()> {
        self.table.delete(reader)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::InputState;

    /// A reader that hands out one byte per call, as a pipe or a slow disk might.
    struct Trickle(std::io::Cursor<Vec<u8>>);

    impl std::io::Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let end = buf.len().min(1);
            self.0.read(&mut buf[..end])
        }
    }

    #[test]
    fn chunks_are_filled_whatever_the_source_returns_per_read() {
        let doc: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let mut trickle =
            InputState::reader(Box::new(Trickle(std::io::Cursor::new(doc.clone()))), 10_000);
        let mut whole = InputState::bytes(doc.clone().into());
        let sizes = |input: &mut InputState| -> Vec<usize> {
            std::iter::from_fn(|| Some(input.chunk(4096).len()))
                .take_while(|&n| n > 0)
                .collect()
        };
        assert_eq!(sizes(&mut trickle), vec![4096, 4096, 1808]);
        assert_eq!(sizes(&mut whole), vec![4096, 4096, 1808]);
        assert!(trickle.failed.is_none());
    }
}
