//! The records of the gas ledger and the state written with them: what the service hands the
//! [`super::writer`], what the [`super::journal`] makes durable, and what one transaction
//! writes to DuckDB.

use crate::bindings::Evaluation;
use crate::gas::GasBreakdown;

/// One row of the gas ledger.
#[derive(Clone, Debug)]
pub struct LedgerRow {
    /// Invocation id, unique and increasing within a database.
    pub id: u64,
    /// The tenant charged.
    pub tenant: String,
    /// Content address of the plugin.
    pub plugin_id: String,
    /// The plugin's name at the time of the call.
    pub plugin_name: String,
    /// The plugin's world.
    pub kind: String,
    /// Gas reserved for the call.
    pub gas_limit: u64,
    /// Gas charged (the limit when out of gas).
    pub gas_used: u64,
    /// Gas per class, as metered.
    pub gas: GasBreakdown,
    /// `ok` or the failure kind.
    pub outcome: String,
    /// The error message for failures.
    pub error: Option<String>,
    /// The gas schedule version the call was charged under.
    pub schedule_version: String,
    /// Start of the call, Unix microseconds.
    pub started_at_us: i64,
    /// End of the call, Unix microseconds.
    pub finished_at_us: i64,
    /// CPU time of the call in microseconds.
    pub cpu_us: u64,
    /// The SBOM parsed or evaluated, if any.
    pub subject: Option<String>,
}

/// Which version of a tenant's policy an evaluation ran.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PolicyRef {
    /// Policy name, unique per tenant.
    pub name: String,
    /// Its version (1, 2, ...).
    pub version: u64,
    /// Content address of that version's definition.
    pub id: String,
}

/// A policy evaluation to store: a verdict with findings, or the error that stopped it.
pub struct NewPolicyResult {
    /// Owner.
    pub tenant: String,
    /// The SBOM evaluated.
    pub sbom_id: String,
    /// The policy plugin.
    pub plugin_id: String,
    /// Its name.
    pub plugin_name: String,
    /// The tenant policy evaluated; `None` when a policy plugin was invoked directly.
    pub policy: Option<PolicyRef>,
    /// Verdict and findings (empty and failed when `error` is set).
    pub evaluation: Evaluation,
    /// Why the evaluation did not finish (out of gas, trap, plugin error).
    pub error: Option<String>,
}

impl NewPolicyResult {
    /// `pass`, `fail` or `error`.
    pub fn status(&self) -> &'static str {
        policy_status(self.error.is_none().then_some(self.evaluation.passed))
    }
}

/// The stored status of a policy evaluation: `error` when the call failed (`verdict` is
/// `None`), else `pass` or `fail`.
pub fn policy_status(verdict: Option<bool>) -> &'static str {
    match verdict {
        None => "error",
        Some(true) => "pass",
        Some(false) => "fail",
    }
}

/// State written together with an invocation's ledger row, atomically.
pub enum StateWrite {
    /// A policy result and its findings. (SBOMs stream in through [`super::ingest`].)
    PolicyResult(Box<NewPolicyResult>),
}

/// An invocation's ledger row and its state writes (applied in one transaction or not at all).
pub struct WriteJob {
    /// The ledger row (always written).
    pub ledger: LedgerRow,
    /// State produced by the call; `None` for failed calls.
    pub write: Option<StateWrite>,
}
