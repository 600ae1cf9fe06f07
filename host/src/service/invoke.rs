//! Reserve, run, settle: every billed invocation goes through here. The gas limit is checked
//! against the base cost and reserved from the tenant's budget, the sandboxed call runs, its
//! state writes and ledger row are queued for the group commit, and the reservation is settled
//! once the row is durable. [`Service::invoke`] is the one entry point for front ends.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::gas::{BudgetError, Budgets, GasClass, Reservation};
use crate::runtime::{CallSpec, InvokeError, PluginKind};
use crate::state::blobs::Staged;
use crate::state::{
    Committed, Committing, Ingest, LedgerRow, NewSbom, PluginRow, StateError, StateWrite, WriteJob,
    now_us,
};

use super::ingest::persist_sbom;
use super::{
    DEFAULT_GAS_LIMIT, DiagnosticOut, Document, InvokeOptions, InvokeReport, Output, Service,
    ServiceError, parse_gas_limit,
};

/// What a front end hands to a plugin; which one a plugin takes follows from its world.
pub enum CallInput<'a> {
    /// A document to read (a parser's input).
    Document(Document<'a>),
    /// A stored SBOM, by id or unique prefix, or the newest when `None` (a policy's input).
    Sbom(Option<&'a str>),
}

/// Which [`CallInput`] a plugin takes, for a front end that must know before reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// [`CallInput::Document`].
    Document,
    /// [`CallInput::Sbom`].
    Sbom,
}

impl InputKind {
    fn of(kind: PluginKind) -> Self {
        match kind {
            PluginKind::SbomParser => InputKind::Document,
            PluginKind::Policy => InputKind::Sbom,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            InputKind::Document => "a document to parse",
            InputKind::Sbom => "a stored SBOM",
        }
    }
}

/// An invocation that has run: its report, or (a policy's) ledger row still being made durable.
pub enum Invoked {
    /// Settled: the ledger row is durable.
    Done(Box<InvokeReport>),
    /// Queued for the group commit; [`Queued::wait`] or [`Queued::durable`] settles it.
    Queued(Box<Queued>),
}

impl Invoked {
    /// Blocks until the ledger row is durable; gives the report.
    pub fn wait(self) -> Result<InvokeReport, ServiceError> {
        match self {
            Invoked::Done(report) => Ok(*report),
            Invoked::Queued(queued) => queued.wait(),
        }
    }
}

impl Service {
    /// Which input `plugin` takes.
    pub fn input_kind(&self, tenant: &str, plugin: &str) -> Result<InputKind, ServiceError> {
        let (_, loaded) = self.plugin(Some(tenant), plugin)?;
        Ok(InputKind::of(loaded.kind()))
    }

    /// The one invocation path of every front end: a plugin and an input; the plugin's world
    /// picks the call. A `gas_limit` of `None` is the world's default (a parse's grows with
    /// the document). The input must be the one the world takes ([`Service::input_kind`]).
    pub fn invoke(
        &self,
        tenant: &str,
        plugin: &str,
        input: CallInput<'_>,
        gas_limit: Option<u64>,
        config: BTreeMap<String, String>,
    ) -> Result<Invoked, ServiceError> {
        // An unknown plugin or an unreadable document is said first; a budget too small for
        // the call is refused before the plugin is compiled.
        self.state
            .find_plugin(Some(tenant), plugin)?
            .ok_or_else(|| ServiceError::UnknownPlugin(plugin.to_string()))?;
        let gas_limit = match (gas_limit, &input) {
            (Some(limit), _) => limit,
            (None, CallInput::Document(document)) => parse_gas_limit(document.size()?),
            (None, CallInput::Sbom(_)) => DEFAULT_GAS_LIMIT,
        };
        self.affordable(tenant, gas_limit)?;
        let (_, loaded) = self.plugin(Some(tenant), plugin)?;
        let opts = InvokeOptions {
            gas_limit,
            config,
            validation: None,
        };
        match (loaded.kind(), input) {
            (PluginKind::SbomParser, CallInput::Document(document)) => {
                let report = self.ingest(tenant, plugin, document, &opts, None)?;
                Ok(Invoked::Done(Box::new(report)))
            }
            (PluginKind::Policy, CallInput::Sbom(sbom)) => {
                let queued = self.evaluate_queued(tenant, plugin, sbom, &opts)?;
                Ok(Invoked::Queued(Box::new(queued)))
            }
            (kind, input) => {
                let got = match input {
                    CallInput::Document(_) => InputKind::Document,
                    CallInput::Sbom(_) => InputKind::Sbom,
                };
                Err(ServiceError::WrongInput {
                    plugin: plugin.to_string(),
                    world: kind.name(),
                    wants: InputKind::of(kind).describe(),
                    got: got.describe(),
                })
            }
        }
    }
    /// Refuses a gas limit below the base cost of one invocation: such a call could do nothing
    /// but fail, and would still leave a ledger row.
    pub(super) fn covers_base(&self, gas_limit: u64) -> Result<(), BudgetError> {
        let base = self.sandbox.schedule().price(GasClass::Base);
        if gas_limit < base {
            return Err(BudgetError::BelowBase {
                limit: gas_limit,
                base,
            });
        }
        Ok(())
    }

    /// Refuses, before any work is done for it (detection, staging, compiling), a call that
    /// `tenant` could not pay for: a gas limit below the base cost, or above what the tenant
    /// has available. The reservation itself comes later and can still be refused.
    pub fn affordable(&self, tenant: &str, gas_limit: u64) -> Result<(), ServiceError> {
        let balance = self.balance(tenant)?;
        self.covers_base(gas_limit)?;
        if balance.available < gas_limit {
            return Err(BudgetError::Insufficient {
                tenant: tenant.to_string(),
                requested: gas_limit,
                available: balance.available,
                budget: balance.budget,
            }
            .into());
        }
        Ok(())
    }

    /// Reserve, run, commit, settle: [`Service::run_charged_queued`], then wait for the commit.
    pub(super) fn run_charged<T>(
        &self,
        call: Call<'_>,
        run: impl FnOnce(&CallSpec) -> crate::runtime::Invocation<T>,
        produce: impl FnOnce(T) -> (Output, Persist),
        on_error: impl FnOnce(&str) -> Option<StateWrite>,
    ) -> Result<InvokeReport, ServiceError> {
        self.run_charged_queued(call, run, produce, on_error)?
            .wait()
    }

    /// Reserve, run, queue the commit. `run` performs the sandboxed call; `produce` turns its
    /// output into the user-facing output and the state it writes; `on_error` gives what a
    /// failed call records beside its ledger row (nothing of the plugin's own output). The
    /// returned [`Queued`] settles the reservation once the ledger row is durable.
    pub(super) fn run_charged_queued<T>(
        &self,
        call: Call<'_>,
        run: impl FnOnce(&CallSpec) -> crate::runtime::Invocation<T>,
        produce: impl FnOnce(T) -> (Output, Persist),
        on_error: impl FnOnce(&str) -> Option<StateWrite>,
    ) -> Result<Queued, ServiceError> {
        let Call {
            tenant,
            row,
            opts,
            subject,
        } = call;
        self.covers_base(opts.gas_limit)?;
        let schedule = self.sandbox.schedule();
        // Released on any way out (an error, a panic in the host) until handed to the Queued.
        let reservation = Held {
            budgets: &self.budgets,
            reservation: Some(self.budgets.reserve(tenant, opts.gas_limit)?),
        };
        let started = now_us();
        let spec = CallSpec {
            gas_limit: opts.gas_limit,
            config: Arc::new(opts.config.clone()),
            now: u64::try_from(started / 1_000_000).unwrap_or(0),
        };
        let invocation = run(&spec);
        let gas = invocation.usage.price(schedule);
        let gas_used = match &invocation.result {
            Err(InvokeError::OutOfGas { .. } | InvokeError::Timeout(_) | InvokeError::Slept(_)) => {
                opts.gas_limit
            }
            // The host failed the plugin, not the other way round.
            Err(InvokeError::Host(_)) => 0,
            _ => gas.total().min(opts.gas_limit),
        };
        let (outcome, output, write, error, error_diagnostics) = match invocation.result {
            Ok(value) => {
                let (output, write) = produce(value);
                ("ok", Some(output), Some(write), None, Vec::new())
            }
            Err(e) => {
                let diagnostics = match &e {
                    InvokeError::Rejected { error, reported } => reported
                        .iter()
                        .map(DiagnosticOut::from)
                        .chain(error.diagnostics.iter().map(DiagnosticOut::from))
                        .collect(),
                    _ => Vec::new(),
                };
                let error = e.to_string();
                let write = on_error(&error).map(Persist::Write);
                (e.outcome(), None, write, Some(error), diagnostics)
            }
        };
        let id = self.state.next_invocation_id();
        let ledger = LedgerRow {
            id,
            tenant: tenant.to_string(),
            plugin_id: row.id.clone(),
            plugin_name: row.name.clone(),
            kind: row.kind.clone(),
            gas_limit: opts.gas_limit,
            gas_used,
            gas,
            outcome: outcome.to_string(),
            error: error.clone(),
            schedule_version: schedule.version().to_string(),
            started_at_us: started,
            finished_at_us: now_us(),
            cpu_us: invocation.cpu_time.as_micros() as u64,
            subject,
        };
        let committing = match write {
            Some(Persist::Ingest(ingest)) => {
                let (ingest, sbom, blob) = *ingest;
                Ok(Committing::done(persist_sbom(ingest, sbom, blob, ledger)))
            }
            Some(Persist::Write(write)) => self.state.submit(WriteJob {
                ledger,
                write: Some(write),
            }),
            Some(Persist::Ledger) | None => self.state.submit(WriteJob {
                ledger,
                write: None,
            }),
        };
        // On an error nothing was recorded, so `reservation` is released: nothing is charged.
        let committing = committing?;
        Ok(Queued {
            budgets: self.budgets.clone(),
            committing,
            unsettled: Some((
                reservation.hand_on(),
                InvokeReport {
                    invocation_id: id,
                    tenant: tenant.to_string(),
                    plugin: row.name.clone(),
                    plugin_id: row.id.clone(),
                    gas_limit: opts.gas_limit,
                    gas_used,
                    gas,
                    schedule_version: schedule.version().to_string(),
                    outcome,
                    output,
                    error,
                    error_diagnostics,
                    logs: invocation.logs,
                    budget_remaining: 0,
                },
            )),
        })
    }
}

/// An invocation that has run and whose ledger row (with its state writes) is queued for the
/// group commit. [`Queued::wait`] blocks until it is durable; [`Queued::durable`] awaits it
/// without holding a thread. Either settles the gas reservation and gives the report. Dropped
/// unsettled (a cancelled `durable`, say), it still waits for the commit and settles, so no
/// reservation is left held; an async caller that may be cancelled should settle in a task of
/// its own rather than block a worker there.
#[must_use = "a queued invocation's report comes from `wait` or `durable`"]
pub struct Queued {
    budgets: Arc<Budgets>,
    committing: Committing,
    /// The reservation to settle and everything of the report but what the commit decides
    /// (duplicate, state failure, balance); `None` once settled.
    unsettled: Option<(Reservation, InvokeReport)>,
}

impl Queued {
    /// Blocks until the ledger row is durable, then settles.
    pub fn wait(mut self) -> Result<InvokeReport, ServiceError> {
        let committed = self.committing.wait();
        self.settle(committed)
    }

    /// Waits (asynchronously) until the ledger row is durable, then settles.
    pub async fn durable(mut self) -> Result<InvokeReport, ServiceError> {
        let committed = (&mut self.committing).await;
        self.settle(committed)
    }

    /// Charges the gas of a committed invocation (or releases it if nothing was recorded) and
    /// completes its report with what the commit decided.
    fn settle(
        &mut self,
        committed: Result<Committed, StateError>,
    ) -> Result<InvokeReport, ServiceError> {
        let Some((reservation, mut report)) = self.unsettled.take() else {
            return Err(StateError::Writer("this invocation was already settled".into()).into());
        };
        match committed {
            Ok(Committed::Written) => {}
            Ok(Committed::Duplicate) => report.output = report.output.map(mark_duplicate),
            Ok(Committed::StateFailed(why)) => {
                report.outcome = "state_error";
                report.output = None;
                report.error = Some(why);
            }
            Err(e) => {
                // Nothing was recorded, so nothing is charged.
                self.budgets.release(reservation);
                return Err(e.into());
            }
        }
        self.budgets.settle(reservation, report.gas_used);
        report.budget_remaining = self
            .budgets
            .balance(&report.tenant)
            .map_or(0, |b| b.available);
        Ok(report)
    }
}

impl Drop for Queued {
    fn drop(&mut self) {
        if self.unsettled.is_some() {
            let committed = self.committing.wait();
            let _ = self.settle(committed);
        }
    }
}

/// A reservation not yet handed to its [`Queued`]: released if dropped, so no error or panic
/// between reserving and queueing keeps a tenant's gas held.
struct Held<'a> {
    budgets: &'a Budgets,
    reservation: Option<Reservation>,
}

impl Held<'_> {
    /// The reservation, now the caller's to settle.
    fn hand_on(mut self) -> Reservation {
        match self.reservation.take() {
            Some(reservation) => reservation,
            // `hand_on` takes `self`, so the reservation is still there.
            None => unreachable!("a Held reservation is handed on once"),
        }
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        if let Some(reservation) = self.reservation.take() {
            self.budgets.release(reservation);
        }
    }
}

/// Who is charged for which plugin call, and what it is about.
pub(super) struct Call<'a> {
    /// Tenant charged.
    pub(super) tenant: &'a str,
    /// The plugin.
    pub(super) row: &'a PluginRow,
    /// Gas limit and configuration.
    pub(super) opts: &'a InvokeOptions,
    /// The SBOM parsed or evaluated, if any.
    pub(super) subject: Option<String>,
}

/// How a successful invocation's state is committed with its ledger row.
pub(super) enum Persist {
    /// Nothing but the ledger row (a check whose result is not stored).
    Ledger,
    /// Through the group-commit writer.
    Write(StateWrite),
    /// By finishing the SBOM's streaming ingest transaction (and keeping its raw document).
    Ingest(Box<(Ingest, NewSbom, Staged)>),
}

fn mark_duplicate(mut output: Output) -> Output {
    if let Output::Sbom { duplicate, .. } = &mut output {
        *duplicate = true;
    }
    output
}

#[cfg(test)]
mod tests {
    use super::Held;
    use crate::gas::Budgets;

    #[test]
    fn a_reservation_not_handed_on_is_released_even_by_a_panic() {
        let budgets = Budgets::default();
        budgets.load("t", 100, 0);
        let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _held = Held {
                budgets: &budgets,
                reservation: Some(budgets.reserve("t", 60).expect("fits")),
            };
            panic!("a bug in the host while the call runs");
        }));
        assert!(unwound.is_err());
        assert_eq!(budgets.balance("t").expect("t").available, 100);
        let held = Held {
            budgets: &budgets,
            reservation: Some(budgets.reserve("t", 60).expect("fits")),
        };
        let reservation = held.hand_on();
        assert_eq!(
            budgets.balance("t").expect("t").available,
            40,
            "handed on, it stays held until settled"
        );
        budgets.release(reservation);
    }
}
