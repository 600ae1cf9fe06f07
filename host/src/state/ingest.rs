//! Streaming SBOM ingestion: one DuckDB transaction per document, fed batch by batch while the
//! parser runs, so a 300k-component SBOM never sits whole in host memory.
//!
//! Each ingest owns a thread with its own connection and an open transaction. The parser's
//! pushes arrive through a bounded channel (backpressure: a fast parser waits for DuckDB
//! rather than queueing the document in memory) and go straight into appenders. At the end the
//! SBOM row, its diagnostics and the invocation's ledger row join the same transaction and
//! commit together; on any failure, or if the ingest is dropped, everything rolls back.

use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use duckdb::{Connection, params};

use crate::bindings::{DiagnosticEntry, DocumentInfo};
use crate::runtime::{BatchSink, ComponentBatch, ComponentRef, DependencyBatch};

use super::writer::{Appenders, json, ts};
use super::{Committed, LedgerRow, State, StateError, Validation, WriteJob};

/// Batches queued between the parser and the database before the parser waits.
const QUEUE: usize = 4;

/// The document-level row of a parsed SBOM, written when its ingest commits.
pub struct NewSbom {
    /// blake3 hex of the raw document.
    pub id: String,
    /// Document-level facts.
    pub document: DocumentInfo,
    /// Components pushed.
    pub components: u64,
    /// Dependency edge sets pushed.
    pub dependencies: u64,
    /// Diagnostics reported while parsing, in the order reported.
    pub diagnostics: Vec<DiagnosticEntry>,
    /// The validation level the parser judged it at.
    pub validation: Validation,
}

enum Msg {
    Components(ComponentBatch),
    Dependencies(DependencyBatch),
    Finish(Box<(NewSbom, LedgerRow)>, SyncSender<End>),
    Abort,
}

/// How the ingest transaction ended.
enum End {
    Written,
    Duplicate,
    Failed(String),
}

/// The first storage error of an ingest, shared with its [`Feed`] so the parser is stopped at
/// its next push instead of parsing on into a doomed transaction.
type Failure = Arc<Mutex<Option<String>>>;

/// An open ingest transaction. Commit it with [`Ingest::commit`]; dropping it rolls back.
pub struct Ingest {
    state: Arc<State>,
    tenant: String,
    tx: SyncSender<Msg>,
    thread: Option<JoinHandle<()>>,
}

/// The parser-facing end of an ingest: a [`BatchSink`] that appends into its transaction.
pub struct Feed {
    tx: SyncSender<Msg>,
    failure: Failure,
}

impl State {
    /// Opens an ingest transaction for one SBOM of `tenant`.
    pub fn begin_ingest(
        self: &Arc<Self>,
        tenant: &str,
        sbom_id: &str,
    ) -> Result<(Ingest, Feed), StateError> {
        let conn = self.conn().try_clone()?;
        let (tx, rx) = sync_channel(QUEUE);
        let failure: Failure = Arc::default();
        let (t, id, f) = (tenant.to_string(), sbom_id.to_string(), failure.clone());
        let thread = std::thread::Builder::new()
            .name("traceguard-ingest".into())
            .spawn(move || run(conn, &t, &id, rx, &f))
            .map_err(|e| StateError::Writer(format!("cannot start an ingest thread: {e}")))?;
        Ok((
            Ingest {
                state: self.clone(),
                tenant: tenant.to_string(),
                tx: tx.clone(),
                thread: Some(thread),
            },
            Feed { tx, failure },
        ))
    }
}

impl Ingest {
    /// Writes the SBOM row and the ledger row and commits everything. If the SBOM turns out to
    /// be stored already, or cannot be written, the ledger row is still recorded (the gas was
    /// spent) through the group-commit writer, and the result says so.
    pub fn commit(mut self, sbom: NewSbom, ledger: LedgerRow) -> Result<Committed, StateError> {
        let (ack, done) = sync_channel(1);
        let end = self
            .tx
            .send(Msg::Finish(Box::new((sbom, ledger.clone())), ack))
            .ok()
            .and_then(|()| done.recv().ok())
            .unwrap_or_else(|| End::Failed("the ingest thread stopped".into()));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        match end {
            End::Written => Ok(Committed::Written),
            End::Duplicate => {
                self.state.commit(WriteJob {
                    ledger,
                    write: None,
                })?;
                Ok(Committed::Duplicate)
            }
            End::Failed(why) => self.abort(ledger, why),
        }
    }

    /// Rolls the ingest back and records its ledger row with outcome `state_error`: the gas
    /// was spent even though the SBOM could not be stored.
    pub fn abort(self, mut ledger: LedgerRow, why: String) -> Result<Committed, StateError> {
        let why = format!("storing the SBOM for tenant {} failed: {why}", self.tenant);
        let state = self.state.clone();
        drop(self);
        ledger.outcome = "state_error".into();
        ledger.error = Some(why.clone());
        state.commit(WriteJob {
            ledger,
            write: None,
        })?;
        Ok(Committed::StateFailed(why))
    }
}

impl Drop for Ingest {
    fn drop(&mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = self.tx.send(Msg::Abort);
            let _ = thread.join();
        }
    }
}

impl Feed {
    fn send(&self, msg: Msg) -> Result<(), String> {
        if let Some(why) = self
            .failure
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            return Err(why);
        }
        self.tx
            .send(msg)
            .map_err(|_| "the ingest transaction is closed".to_string())
    }
}

impl BatchSink for Feed {
    fn components(&mut self, batch: ComponentBatch) -> Result<(), String> {
        self.send(Msg::Components(batch))
    }

    fn dependencies(&mut self, batch: DependencyBatch) -> Result<(), String> {
        self.send(Msg::Dependencies(batch))
    }
}

/// Rows appended between appender flushes during an ingest.
const FLUSH_ROWS: u64 = 16 * 1024;

fn run(mut conn: Connection, tenant: &str, sbom_id: &str, rx: Receiver<Msg>, failure: &Failure) {
    let fail = |why: String| {
        failure
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get_or_insert(why)
            .clone()
    };
    let tx = match conn.transaction() {
        Ok(tx) => tx,
        Err(e) => {
            let why = fail(e.to_string());
            // Answer the finish (if one comes) with the failure; ignore batches.
            for msg in rx {
                match msg {
                    Msg::Finish(_, ack) => {
                        let _ = ack.send(End::Failed(why));
                        return;
                    }
                    Msg::Abort => return,
                    Msg::Components(_) | Msg::Dependencies(_) => {}
                }
            }
            return;
        }
    };
    let mut tables = Appenders::new(&tx);
    let (mut components, mut dependencies) = (0u64, 0u64);
    let mut flushed = 0u64;
    let mut error: Option<String> = None;
    for msg in rx.iter() {
        // A DuckDB appender buffers its rows in memory until flushed (a 300k-component SBOM
        // held ~100 MiB there); flushed rows move into the transaction's local storage,
        // which the buffer manager governs and can spill.
        let batch = matches!(msg, Msg::Components(_) | Msg::Dependencies(_));
        if batch && error.is_none() && components + dependencies - flushed >= FLUSH_ROWS {
            if let Err(e) = tables.flush() {
                error = Some(fail(e.to_string()));
            }
            flushed = components + dependencies;
        }
        match msg {
            Msg::Components(batch) if error.is_none() => {
                for c in batch.iter() {
                    if let Err(e) = append_component(&mut tables, tenant, sbom_id, components, c) {
                        error = Some(fail(e.to_string()));
                        break;
                    }
                    components += 1;
                }
            }
            Msg::Dependencies(batch) if error.is_none() => {
                for d in batch.iter() {
                    let targets: Vec<&str> = d.depends_on().collect();
                    let row = params![tenant, sbom_id, dependencies, d.reference(), json(&targets)];
                    if let Err(e) = tables.row("dependencies", row) {
                        error = Some(fail(e.to_string()));
                        break;
                    }
                    dependencies += 1;
                }
            }
            Msg::Components(_) | Msg::Dependencies(_) => {}
            Msg::Finish(finished, ack) => {
                let (sbom, ledger) = &*finished;
                let end = match error {
                    Some(why) => End::Failed(why),
                    None => match finish(&tx, &mut tables, tenant, sbom, ledger) {
                        Ok(true) => End::Duplicate,
                        Ok(false) => End::Written,
                        Err(e) => End::Failed(e.to_string()),
                    },
                };
                drop(tables);
                let end = match end {
                    End::Written => match tx.commit() {
                        Ok(()) => End::Written,
                        // Another ingest of the same document committed first.
                        Err(e) if e.to_string().contains("Duplicate key") => End::Duplicate,
                        Err(e) => End::Failed(e.to_string()),
                    },
                    other => {
                        let _ = tx.rollback();
                        other
                    }
                };
                let _ = ack.send(end);
                return;
            }
            Msg::Abort => break,
        }
    }
    // Aborted or abandoned: dropping the transaction rolls it back.
}

fn append_component(
    tables: &mut Appenders<'_>,
    tenant: &str,
    sbom_id: &str,
    seq: u64,
    c: ComponentRef<'_>,
) -> duckdb::Result<()> {
    #[derive(serde::Serialize)]
    struct HashOut<'a> {
        algorithm: &'a str,
        value: &'a str,
    }
    let hashes: Vec<HashOut<'_>> = c
        .hashes()
        .map(|(algorithm, value)| HashOut { algorithm, value })
        .collect();
    let licenses: Vec<&str> = c.licenses().collect();
    // An unparsable purl is kept as written, with no parsed parts (the parser reported it).
    let purl = c.purl().and_then(|p| traceguard_purl::Purl::parse(p).ok());
    let part = |f: fn(&traceguard_purl::Purl) -> Option<String>| purl.as_ref().and_then(f);
    tables.row(
        "components",
        params![
            tenant,
            sbom_id,
            seq,
            c.bom_ref(),
            c.name(),
            c.version(),
            c.purl(),
            c.cpe(),
            json(&licenses),
            json(&hashes),
            c.supplier(),
            c.kind().name(),
            part(|p| Some(p.ty.clone())),
            part(|p| p.namespace.clone()),
            part(|p| Some(p.name.clone())),
            part(|p| p.version.clone()),
            part(|p| Some(json(&p.qualifiers)))
        ],
    )
}

/// Adds the SBOM row, its diagnostics and the ledger row. Returns `true` (and adds nothing)
/// when the tenant already has this SBOM.
fn finish(
    tx: &Connection,
    tables: &mut Appenders<'_>,
    tenant: &str,
    sbom: &NewSbom,
    ledger: &LedgerRow,
) -> duckdb::Result<bool> {
    let stored: i64 = tx.query_row(
        "SELECT count(*) FROM sboms WHERE tenant = ? AND id = ?",
        params![tenant, sbom.id],
        |r| r.get(0),
    )?;
    if stored > 0 {
        return Ok(true);
    }
    let d = &sbom.document;
    tables.row(
        "sboms",
        params![
            tenant,
            sbom.id,
            d.format,
            d.spec_version,
            d.name,
            d.created,
            json(&d.tools),
            d.supplier,
            sbom.components,
            sbom.dependencies,
            ledger.id,
            ts(ledger.finished_at_us),
            sbom.validation.name()
        ],
    )?;
    for (seq, diag) in sbom.diagnostics.iter().enumerate() {
        tables.row(
            "diagnostics",
            params![
                tenant,
                sbom.id,
                diag.severity.name(),
                diag.path,
                diag.message,
                seq as u64,
                diag.rule
            ],
        )?;
    }
    tables.ledger(ledger)?;
    tables.flush()?;
    Ok(false)
}
