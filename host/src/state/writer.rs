//! The single writer: one thread owns the write connection and commits invocations in groups.
//!
//! One commit per invocation would cap durable throughput near 1,000/s. The writer instead
//! takes every job queued while it was busy and makes the whole group durable at once, then
//! acknowledges each caller: a call returns only after its ledger row is durable.
//!
//! Jobs go to the [`super::journal`] (one append + `fdatasync` per group) and move into DuckDB
//! in large batches every [`FLUSH_EVERY`], when [`FLUSH_ROWS`] are pending, when a reader asks
//! ([`Writer::sync`]), and at shutdown. Without a journal (or if appending to it fails) a
//! group commits to DuckDB directly.

use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use duckdb::types::{TimeUnit, Value};
use duckdb::{Connection, params};

use super::StateError;
use super::journal::{self, Journal};
use super::ledger::{LedgerRow, StateWrite, WriteJob};
use super::pending::{self, Pending, Reply};

/// Most jobs committed in one transaction.
const MAX_GROUP: usize = 1024;
/// Journaled rows are moved into DuckDB at least this often …
const FLUSH_EVERY: Duration = Duration::from_millis(200);
/// … or as soon as this many are pending.
const FLUSH_ROWS: usize = 16 * 1024;

/// What a commit did with a job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Committed {
    /// Ledger row and state written.
    Written,
    /// Ledger row written; the SBOM was already stored for this tenant, so no state was added.
    Duplicate,
    /// The state could not be written; the ledger row was recorded with outcome `state_error`.
    StateFailed(String),
}

type Ack = Reply<Result<Committed, StateError>>;

enum Msg {
    Job(Box<WriteJob>, Ack),
    /// Move every journaled row into DuckDB, then answer.
    Sync(Reply<()>),
}

/// A queued job's commit. [`Committing::wait`] blocks until the ledger row is durable;
/// `.await` waits without holding a thread.
pub struct Committing(Pending<Result<Committed, StateError>>);

fn stopped() -> StateError {
    StateError::Writer("the writer thread stopped before answering".into())
}

impl Committing {
    /// A commit that has already happened (or failed) elsewhere.
    pub fn done(result: Result<Committed, StateError>) -> Self {
        Committing(Pending::ready(result))
    }

    /// Blocks until the job is durable (or failed).
    pub fn wait(&mut self) -> Result<Committed, StateError> {
        self.0.wait().unwrap_or_else(|| Err(stopped()))
    }
}

impl Future for Committing {
    type Output = Result<Committed, StateError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.0)
            .poll(cx)
            .map(|answer| answer.unwrap_or_else(|| Err(stopped())))
    }
}

/// Handle to the writer thread. Dropping it drains the queue, moves journaled rows into
/// DuckDB and joins the thread, so the database is closed when the handle is gone.
pub(crate) struct Writer {
    jobs: Option<SyncSender<Msg>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Writer {
    fn drop(&mut self) {
        drop(self.jobs.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Writer {
    /// Starts the writer on `conn`; ledger-only rows go through `journal` when there is one.
    pub fn start(conn: Connection, journal: Option<Journal>) -> Result<Self, StateError> {
        let (jobs, rx) = sync_channel::<Msg>(4 * MAX_GROUP);
        let thread = std::thread::Builder::new()
            .name("traceguard-writer".into())
            .spawn(move || run(conn, rx, journal))
            .map_err(|e| StateError::Writer(format!("cannot start the writer thread: {e}")))?;
        Ok(Writer {
            jobs: Some(jobs),
            thread: Some(thread),
        })
    }

    /// Queues a job; the returned [`Committing`] resolves once it is durable.
    pub fn submit(&self, job: WriteJob) -> Result<Committing, StateError> {
        self.send(|ack| Msg::Job(Box::new(job), ack))
            .map(Committing)
    }

    /// Waits until every acknowledged ledger row is in DuckDB, so a query sees it.
    pub fn sync(&self) -> Result<(), StateError> {
        self.send(Msg::Sync)?.wait().ok_or_else(stopped)
    }

    /// Sends the message `make` builds around a reply slot; the caller waits on the slot.
    fn send<R>(&self, make: impl FnOnce(Reply<R>) -> Msg) -> Result<Pending<R>, StateError> {
        let (reply, pending) = pending::pair();
        let gone = || StateError::Writer("the writer thread has stopped".into());
        self.jobs
            .as_ref()
            .ok_or_else(gone)?
            .send(make(reply))
            .map_err(|_| gone())?;
        Ok(pending)
    }
}

fn run(mut conn: Connection, rx: Receiver<Msg>, mut journal: Option<Journal>) {
    // Moving journaled jobs into DuckDB takes milliseconds per batch; a second thread does it
    // so acknowledging new calls never waits behind it.
    let flusher = match (&journal, conn.try_clone()) {
        (Some(_), Ok(flush_conn)) => Flusher::start(flush_conn),
        _ => None,
    };
    if flusher.is_none() {
        journal = None; // without a flusher, commit everything to DuckDB directly
    }
    let mut pending: Vec<WriteJob> = Vec::new();
    let mut last_flush = Instant::now();
    loop {
        let first = if pending.is_empty() {
            match rx.recv() {
                Ok(msg) => msg,
                Err(_) => break,
            }
        } else {
            match rx.recv_timeout(FLUSH_EVERY.saturating_sub(last_flush.elapsed())) {
                Ok(msg) => msg,
                Err(RecvTimeoutError::Timeout) => {
                    hand_off(&flusher, &mut journal, &mut pending, Vec::new());
                    last_flush = Instant::now();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => break,
            }
        };
        let mut messages = vec![first];
        while messages.len() < MAX_GROUP {
            match rx.try_recv() {
                Ok(msg) => messages.push(msg),
                Err(_) => break,
            }
        }
        let (mut journaled, mut direct, mut syncs) = (Vec::new(), Vec::new(), Vec::new());
        for msg in messages {
            match msg {
                Msg::Job(job, ack) if journal.is_some() => journaled.push((*job, ack)),
                Msg::Job(job, ack) => direct.push((*job, ack)),
                Msg::Sync(ack) => syncs.push(ack),
            }
        }
        if !journaled.is_empty() {
            let appended = journal
                .as_mut()
                .map(|j| j.append(journaled.iter().map(|(job, _)| job)));
            match appended {
                Some(Ok(())) => {
                    for (job, ack) in journaled {
                        ack.send(Ok(Committed::Written));
                        pending.push(job);
                    }
                }
                // The journal failed: commit these jobs to DuckDB directly instead.
                _ => direct.extend(journaled),
            }
        }
        if !direct.is_empty() {
            commit_group(&mut conn, direct);
        }
        if !syncs.is_empty() || pending.len() >= FLUSH_ROWS || last_flush.elapsed() >= FLUSH_EVERY {
            hand_off(&flusher, &mut journal, &mut pending, syncs);
            last_flush = Instant::now();
        } else {
            for ack in syncs {
                ack.send(());
            }
        }
    }
    hand_off(&flusher, &mut journal, &mut pending, Vec::new());
    if let Some(flusher) = flusher {
        flusher.stop();
    }
}

/// Gives the pending jobs, and the journal segment that holds them, to the flusher; `syncs` are
/// answered once they (and everything before them) are in DuckDB.
fn hand_off(
    flusher: &Option<Flusher>,
    journal: &mut Option<Journal>,
    pending: &mut Vec<WriteJob>,
    syncs: Vec<Reply<()>>,
) {
    let (Some(flusher), Some(journal)) = (flusher, journal.as_mut()) else {
        for ack in syncs {
            ack.send(());
        }
        return;
    };
    let segment = if pending.is_empty() {
        None
    } else {
        match journal.rotate() {
            Ok(done) => Some(done),
            Err(e) => {
                // Keep appending to the same segment; it is removed with a later batch.
                eprintln!("warning: cannot start a new ledger journal segment ({e})");
                None
            }
        }
    };
    flusher.send(Batch {
        jobs: std::mem::take(pending),
        segment,
        syncs,
    });
}

/// Jobs journaled in one segment, to be moved into DuckDB.
struct Batch {
    jobs: Vec<WriteJob>,
    /// The finished journal segment holding `jobs`, removed once they are committed.
    segment: Option<std::path::PathBuf>,
    syncs: Vec<Reply<()>>,
}

/// The thread that moves journaled jobs into DuckDB, batch by batch, in journal order.
struct Flusher {
    tx: SyncSender<Batch>,
    thread: std::thread::JoinHandle<()>,
}

impl Flusher {
    fn start(mut conn: Connection) -> Option<Self> {
        let (tx, rx) = sync_channel::<Batch>(64);
        let thread = std::thread::Builder::new()
            .name("traceguard-flush".into())
            .spawn(move || {
                for batch in rx {
                    flush(&mut conn, batch);
                }
            })
            .ok()?;
        Some(Flusher { tx, thread })
    }

    fn send(&self, batch: Batch) {
        if let Err(e) = self.tx.send(batch) {
            // The flusher is gone; the jobs stay durable in the journal for the next start-up.
            for ack in e.0.syncs {
                ack.send(());
            }
        }
    }

    fn stop(self) {
        drop(self.tx);
        let _ = self.thread.join();
    }
}

/// Commits one batch to DuckDB and removes its journal segment. A failed commit is retried a
/// few times; if it keeps failing the segment stays and is replayed at the next start-up.
fn flush(conn: &mut Connection, batch: Batch) {
    if !batch.jobs.is_empty() {
        let jobs: Vec<&WriteJob> = batch.jobs.iter().collect();
        let mut attempt = 0;
        loop {
            match transaction(conn, &jobs) {
                Ok(_) => {
                    if let Some(segment) = &batch.segment
                        && let Err(e) = std::fs::remove_file(segment)
                    {
                        eprintln!(
                            "warning: cannot remove ledger journal segment {} ({e}); it is replayed at start-up",
                            segment.display()
                        );
                    }
                    break;
                }
                Err(e) if attempt < 3 => {
                    attempt += 1;
                    eprintln!(
                        "warning: moving {} journaled jobs into the database failed ({e}); retrying",
                        jobs.len()
                    );
                    std::thread::sleep(Duration::from_millis(100 << attempt));
                }
                Err(e) => {
                    eprintln!(
                        "warning: moving {} journaled jobs into the database failed ({e}); they stay in the journal and are replayed at the next start-up",
                        jobs.len()
                    );
                    break;
                }
            }
        }
    }
    for ack in batch.syncs {
        ack.send(());
    }
}

fn commit_group(conn: &mut Connection, group: Vec<(WriteJob, Ack)>) {
    let jobs: Vec<&WriteJob> = group.iter().map(|(j, _)| j).collect();
    let together = transaction(conn, &jobs);
    drop(jobs);
    match together {
        Ok(results) => {
            for ((_, ack), result) in group.into_iter().zip(results) {
                ack.send(Ok(result));
            }
        }
        // One bad job must not sink the others: retry each alone, and if a job's state cannot
        // be written, still record its ledger row (the gas was spent) with the failure.
        Err(_) => {
            for (job, ack) in group {
                let result = match transaction(conn, &[&job]) {
                    Ok(mut r) => Ok(r.remove(0)),
                    Err(e) => {
                        let why = format!("state write failed: {e}");
                        let mut ledger = job.ledger.clone();
                        ledger.outcome = "state_error".into();
                        ledger.error = Some(why.clone());
                        let only_ledger = WriteJob {
                            ledger,
                            write: None,
                        };
                        transaction(conn, &[&only_ledger])
                            .map(|_| Committed::StateFailed(why))
                            .map_err(StateError::Db)
                    }
                };
                ack.send(result);
            }
        }
    }
}

/// Applies every journaled job whose ledger row DuckDB lacks (a crash came between the
/// journal's sync and the move into DuckDB), then removes the journal's segments. Returns how
/// many jobs were recovered.
pub(crate) fn recover(db: &std::path::Path, conn: &mut Connection) -> Result<usize, StateError> {
    let (jobs, segments) = journal::read(db)?;
    let mut recovered = 0;
    if !jobs.is_empty() {
        let low = jobs.iter().map(|j| j.ledger.id).min().unwrap_or(0);
        let present: std::collections::HashSet<u64> = {
            let mut stmt = conn.prepare("SELECT id FROM invocations WHERE id >= ?")?;
            stmt.query_map([low], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let missing: Vec<&WriteJob> = jobs
            .iter()
            .filter(|j| !present.contains(&j.ledger.id))
            .collect();
        transaction(conn, &missing)?;
        recovered = missing.len();
    }
    journal::remove(&segments)?;
    Ok(recovered)
}

pub(crate) fn ts(us: i64) -> Value {
    Value::Timestamp(TimeUnit::Microsecond, us)
}

pub(crate) fn json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// Writes `jobs` (policy results, findings and ledger rows) in one transaction.
pub(crate) fn transaction(
    conn: &mut Connection,
    jobs: &[&WriteJob],
) -> duckdb::Result<Vec<Committed>> {
    let tx = conn.transaction()?;
    {
        let mut tables = Appenders::new(&tx);
        for job in jobs {
            if let Some(StateWrite::PolicyResult(p)) = &job.write {
                let e = &p.evaluation;
                tables.row(
                    "policy_results",
                    params![
                        p.tenant,
                        job.ledger.id,
                        p.plugin_id,
                        p.plugin_name,
                        p.sbom_id,
                        e.passed,
                        e.findings.len() as u64,
                        ts(job.ledger.finished_at_us),
                        p.policy.as_ref().map(|r| r.name.as_str()),
                        p.policy.as_ref().map(|r| r.version),
                        p.policy.as_ref().map(|r| r.id.as_str()),
                        p.status(),
                        p.error
                    ],
                )?;
                for f in &e.findings {
                    tables.row(
                        "findings",
                        params![
                            p.tenant,
                            job.ledger.id,
                            p.sbom_id,
                            f.rule_id,
                            f.severity.name(),
                            f.component_ref,
                            f.message,
                            f.remediation
                        ],
                    )?;
                }
            }
            tables.ledger(&job.ledger)?;
        }
        tables.flush()?;
    }
    tx.commit()?;
    Ok(vec![Committed::Written; jobs.len()])
}

/// Appenders opened on first use: opening one costs DuckDB a catalog lookup and buffer
/// allocation, which would dominate a group commit of ledger rows if every table's were opened
/// for every transaction.
pub(crate) struct Appenders<'c> {
    conn: &'c Connection,
    open: Vec<(&'static str, duckdb::Appender<'c>)>,
}

impl<'c> Appenders<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Self {
        Appenders {
            conn,
            open: Vec::new(),
        }
    }

    /// Appends one gas-ledger row.
    pub(crate) fn ledger(&mut self, l: &LedgerRow) -> duckdb::Result<()> {
        let g = l.gas.as_array();
        self.row(
            "invocations",
            params![
                l.id,
                l.tenant,
                l.plugin_id,
                l.plugin_name,
                l.kind,
                l.gas_limit,
                l.gas_used,
                g[0],
                g[1],
                g[2],
                g[3],
                g[4],
                g[5],
                g[6],
                g[7],
                l.outcome,
                l.error,
                l.schedule_version,
                ts(l.started_at_us),
                ts(l.finished_at_us),
                l.cpu_us,
                l.subject
            ],
        )
    }

    pub(crate) fn row<P: duckdb::AppenderParams>(
        &mut self,
        table: &'static str,
        row: P,
    ) -> duckdb::Result<()> {
        let i = match self.open.iter().position(|(t, _)| *t == table) {
            Some(i) => i,
            None => {
                self.open.push((table, self.conn.appender(table)?));
                self.open.len() - 1
            }
        };
        self.open[i].1.append_row(row)
    }

    pub(crate) fn flush(&mut self) -> duckdb::Result<()> {
        self.open.iter_mut().try_for_each(|(_, a)| a.flush())
    }
}
