//! Reads every component, then panics: the host must report the panic message, not just a trap.

use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{PluginError, export_policy};

struct Panicky;

impl Policy for Panicky {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let seen = sbom.components().count();
        panic!("panicky gave up after {seen} components");
    }
}

export_policy!(Panicky);
