//! The no-op policy: passes without reading the SBOM. Benchmarks measure the cost of an
//! invocation itself with it.

use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{PluginError, export_policy};

/// The no-op policy.
pub struct Noop;

impl Policy for Noop {
    fn evaluate(_sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        Ok(Evaluation {
            passed: true,
            findings: Vec::new(),
        })
    }
}

export_policy!(Noop);
