//! The ledger journal: an append-only file beside the database where small write jobs (a
//! ledger row, with its policy result and findings if any) become durable, a group at a time,
//! before they reach DuckDB.
//!
//! A DuckDB commit costs milliseconds of CPU here even for a handful of rows, which capped
//! durable invocations near 10,000/s. Appending a group of jobs to this file and `fdatasync`ing
//! it costs a fraction of a millisecond, so the writer acknowledges calls as soon as their jobs
//! are in the journal and moves them into DuckDB in large batches. Each line is one JSON job;
//! a line cut short by a crash is ignored (its call was never acknowledged). The journal is a
//! series of segment files: the writer starts a new one whenever it hands the jobs of the
//! current one to be moved into DuckDB, and a segment is removed once they are committed. At
//! start-up the writer reads the journal back ([`read`]), applies every job whose ledger row is
//! missing from `invocations`, then removes the segments. (SBOMs, which can be large, commit
//! through their own ingest transaction instead.) This module knows the file, not DuckDB: the
//! records are [`super::ledger`]'s.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::bindings::{Evaluation, Finding, Severity};
use crate::gas::GasBreakdown;

use super::StateError;
use super::ledger::{LedgerRow, NewPolicyResult, PolicyRef, StateWrite, WriteJob};

/// The journal of one database: the segment being appended to.
pub(crate) struct Journal {
    file: File,
    db: PathBuf,
    seq: u64,
    path: PathBuf,
    /// A write failed part-way: the segment may end in a torn line, so the next append starts
    /// on a line of its own.
    torn: bool,
}

/// A ledger row as journaled.
#[derive(Serialize, Deserialize)]
struct Line {
    id: u64,
    tenant: String,
    plugin_id: String,
    plugin_name: String,
    kind: String,
    gas_limit: u64,
    gas_used: u64,
    gas: [u64; 8],
    outcome: String,
    error: Option<String>,
    schedule_version: String,
    started_at_us: i64,
    finished_at_us: i64,
    cpu_us: u64,
    subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    policy: Option<PolicyLine>,
}

/// A policy result as journaled.
#[derive(Serialize, Deserialize)]
struct PolicyLine {
    tenant: String,
    sbom_id: String,
    plugin_id: String,
    plugin_name: String,
    passed: bool,
    findings: Vec<FindingLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    policy: Option<PolicyRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct FindingLine {
    rule_id: String,
    severity: String,
    component_ref: Option<String>,
    message: String,
    remediation: Option<String>,
}

impl From<&WriteJob> for Line {
    fn from(job: &WriteJob) -> Self {
        let mut line = Line::from(&job.ledger);
        if let Some(StateWrite::PolicyResult(p)) = &job.write {
            line.policy = Some(PolicyLine {
                tenant: p.tenant.clone(),
                sbom_id: p.sbom_id.clone(),
                plugin_id: p.plugin_id.clone(),
                plugin_name: p.plugin_name.clone(),
                passed: p.evaluation.passed,
                policy: p.policy.clone(),
                error: p.error.clone(),
                findings: p
                    .evaluation
                    .findings
                    .iter()
                    .map(|f| FindingLine {
                        rule_id: f.rule_id.clone(),
                        severity: f.severity.name().into(),
                        component_ref: f.component_ref.clone(),
                        message: f.message.clone(),
                        remediation: f.remediation.clone(),
                    })
                    .collect(),
            });
        }
        line
    }
}

impl From<Line> for WriteJob {
    fn from(mut line: Line) -> Self {
        let write = line.policy.take().map(|p| {
            StateWrite::PolicyResult(Box::new(NewPolicyResult {
                tenant: p.tenant,
                sbom_id: p.sbom_id,
                plugin_id: p.plugin_id,
                plugin_name: p.plugin_name,
                policy: p.policy,
                error: p.error,
                evaluation: Evaluation {
                    passed: p.passed,
                    findings: p
                        .findings
                        .into_iter()
                        .map(|f| Finding {
                            rule_id: f.rule_id,
                            severity: Severity::parse(&f.severity).unwrap_or(Severity::Error),
                            component_ref: f.component_ref,
                            message: f.message,
                            remediation: f.remediation,
                        })
                        .collect(),
                },
            }))
        });
        WriteJob {
            ledger: line.into(),
            write,
        }
    }
}

impl From<&LedgerRow> for Line {
    fn from(r: &LedgerRow) -> Self {
        Line {
            id: r.id,
            tenant: r.tenant.clone(),
            plugin_id: r.plugin_id.clone(),
            plugin_name: r.plugin_name.clone(),
            kind: r.kind.clone(),
            gas_limit: r.gas_limit,
            gas_used: r.gas_used,
            gas: r.gas.as_array(),
            outcome: r.outcome.clone(),
            error: r.error.clone(),
            schedule_version: r.schedule_version.clone(),
            started_at_us: r.started_at_us,
            finished_at_us: r.finished_at_us,
            cpu_us: r.cpu_us,
            subject: r.subject.clone(),
            policy: None,
        }
    }
}

impl From<Line> for LedgerRow {
    fn from(l: Line) -> Self {
        LedgerRow {
            id: l.id,
            tenant: l.tenant,
            plugin_id: l.plugin_id,
            plugin_name: l.plugin_name,
            kind: l.kind,
            gas_limit: l.gas_limit,
            gas_used: l.gas_used,
            gas: GasBreakdown::from_array(l.gas),
            outcome: l.outcome,
            error: l.error,
            schedule_version: l.schedule_version,
            started_at_us: l.started_at_us,
            finished_at_us: l.finished_at_us,
            cpu_us: l.cpu_us,
            subject: l.subject,
        }
    }
}

/// The journal's segment files for the database at `db`, oldest first: `<db>.ledger-journal.N`.
pub(crate) fn segments(db: &Path) -> io::Result<Vec<(u64, PathBuf)>> {
    let prefix = format!(
        "{}.ledger-journal.",
        db.file_name().unwrap_or_default().to_string_lossy()
    );
    let dir = match db.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(seq) = name
            .strip_prefix(&prefix)
            .and_then(|n| n.parse::<u64>().ok())
        {
            found.push((seq, entry.path()));
        }
    }
    found.sort();
    Ok(found)
}

fn segment_path(db: &Path, seq: u64) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".ledger-journal.{seq}"));
    db.with_file_name(name)
}

impl Journal {
    /// Opens a new segment of the journal of the database at `db` for appending.
    pub(crate) fn open(db: &Path) -> io::Result<Self> {
        let seq = segments(db)?.last().map_or(0, |(n, _)| n + 1);
        let path = segment_path(db, seq);
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        Ok(Journal {
            file,
            db: db.to_path_buf(),
            seq,
            path,
            torn: false,
        })
    }

    /// Appends `jobs` and syncs them to disk: once this returns they survive a crash.
    pub(crate) fn append<'a>(
        &mut self,
        jobs: impl Iterator<Item = &'a WriteJob>,
    ) -> io::Result<()> {
        let mut buf = Vec::with_capacity(4096);
        if self.torn {
            buf.push(b'\n');
        }
        for job in jobs {
            serde_json::to_writer(&mut buf, &Line::from(job))?;
            buf.push(b'\n');
        }
        let start = self.file.metadata().map(|m| m.len()).ok();
        // Until this append is complete and synced, the segment may end in a torn line.
        self.torn = true;
        match self
            .file
            .write_all(&buf)
            .and_then(|()| self.file.sync_data())
        {
            Ok(()) => {
                self.torn = false;
                Ok(())
            }
            Err(e) => {
                // Take back what part of the batch reached the file: its calls are not
                // acknowledged, and a replay must not record them.
                let undone = start.is_some_and(|len| {
                    self.file
                        .set_len(len)
                        .and_then(|()| self.file.sync_data())
                        .is_ok()
                });
                self.torn = !undone;
                Err(e)
            }
        }
    }

    /// Starts the next segment and returns the finished one, which the caller removes once
    /// every job in it is committed to DuckDB.
    pub(crate) fn rotate(&mut self) -> io::Result<PathBuf> {
        let seq = self.seq + 1;
        let path = segment_path(&self.db, seq);
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        self.file = file;
        self.seq = seq;
        self.torn = false;
        Ok(std::mem::replace(&mut self.path, path))
    }
}

/// Every job in the journal of the database at `db`, oldest first, and the segment files they
/// came from (for [`remove`] once the jobs are committed).
pub(crate) fn read(db: &Path) -> Result<(Vec<WriteJob>, Vec<PathBuf>), StateError> {
    let found = segments(db).map_err(|e| journal_error(db, e))?;
    let mut jobs: Vec<WriteJob> = Vec::new();
    for (_, path) in &found {
        let file = File::open(path).map_err(|e| journal_error(path, e))?;
        let mut torn = 0;
        for line in io::BufReader::new(file).split(b'\n') {
            let line = line.map_err(|e| journal_error(path, e))?;
            // A torn line (a crash or a failed write mid-append) does not parse: its calls
            // were never acknowledged. Lines after it (appended once the writer went on) were.
            match serde_json::from_slice::<Line>(&line) {
                Ok(line) => jobs.push(line.into()),
                Err(_) if line.iter().all(u8::is_ascii_whitespace) => {}
                Err(_) => torn += 1,
            }
        }
        if torn > 0 {
            eprintln!(
                "warning: ledger journal {}: skipped {torn} torn line(s) of calls that were never acknowledged",
                path.display()
            );
        }
    }
    Ok((jobs, found.into_iter().map(|(_, path)| path).collect()))
}

/// Removes journal segment files whose jobs are all committed.
pub(crate) fn remove(segments: &[PathBuf]) -> Result<(), StateError> {
    for path in segments {
        std::fs::remove_file(path).map_err(|e| journal_error(path, e))?;
    }
    Ok(())
}

fn journal_error(path: &Path, e: io::Error) -> StateError {
    StateError::Writer(format!("ledger journal {}: {e}", path.display()))
}
