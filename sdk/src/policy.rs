//! Writing a `policy` plugin: [`Policy`] over an [`Sbom`] of the invoking tenant.

use crate::bindings::policy::exports::traceguard::plugin::evaluator as wit;
use crate::bindings::policy::traceguard::plugin::sbom_state;
use crate::{Component, Dependency, DocumentInfo, Finding, PluginError, Severity};

pub use wit::Evaluation;

/// Components or dependencies requested per page from the host.
const PAGE: u32 = 1024;

/// A policy check. Implement it on a unit struct and export it with [`crate::export_policy!`].
pub trait Policy {
    /// Evaluates the policy over `sbom` and returns the verdict with its findings.
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError>;
}

/// One stored SBOM of the invoking tenant, read page by page from the host.
pub struct Sbom<'a> {
    inner: &'a sbom_state::SbomReader,
}

impl Sbom<'_> {
    /// Document-level facts of the SBOM.
    pub fn info(&self) -> DocumentInfo {
        self.inner.info()
    }

    /// Iterates over every component, fetching pages from the host as it goes.
    pub fn components(&self) -> impl Iterator<Item = Component> + '_ {
        Pages::new(move || self.inner.next_components(PAGE))
    }

    /// Iterates over every dependency edge set.
    pub fn dependencies(&self) -> impl Iterator<Item = Dependency> + '_ {
        Pages::new(move || self.inner.next_dependencies(PAGE))
    }
}

/// Flattens host pages into one iterator; an empty page ends it.
struct Pages<T, F: FnMut() -> Vec<T>> {
    next_page: F,
    page: std::vec::IntoIter<T>,
    done: bool,
}

impl<T, F: FnMut() -> Vec<T>> Pages<T, F> {
    fn new(next_page: F) -> Self {
        Pages {
            next_page,
            page: Vec::new().into_iter(),
            done: false,
        }
    }
}

impl<T, F: FnMut() -> Vec<T>> Iterator for Pages<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        loop {
            if let Some(item) = self.page.next() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            let page = (self.next_page)();
            if page.is_empty() {
                self.done = true;
            }
            self.page = page.into_iter();
        }
    }
}

impl Finding {
    /// A finding of `rule_id` about the component `component_ref` (or the document when `None`).
    pub fn new(
        rule_id: impl Into<String>,
        severity: Severity,
        component_ref: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            rule_id: rule_id.into(),
            severity,
            component_ref,
            message: message.into(),
            remediation: None,
        }
    }

    /// Adds a remediation hint.
    pub fn with_remediation(mut self, remediation: impl Into<String>) -> Self {
        self.remediation = Some(remediation.into());
        self
    }
}

impl Evaluation {
    /// An evaluation that passes when no finding has error severity.
    pub fn from_findings(findings: Vec<Finding>) -> Self {
        let passed = !findings
            .iter()
            .any(|f| matches!(f.severity, Severity::Error));
        Evaluation { passed, findings }
    }
}

#[doc(hidden)]
pub fn __evaluate<P: Policy>(sbom: &sbom_state::SbomReader) -> Result<Evaluation, PluginError> {
    P::evaluate(&Sbom { inner: sbom })
}

/// Exports a type implementing [`policy::Policy`] as the plugin's `policy` world.
#[macro_export]
macro_rules! export_policy {
    ($policy:ident) => {
        // Exported only for wasm: natively the policy is a plain library, so several plugins
        // can link into one test or benchmark binary.
        #[cfg(target_arch = "wasm32")]
        const _: () = {
            impl $crate::bindings::policy::exports::traceguard::plugin::evaluator::Guest for $policy {
                fn evaluate(
                    sbom: &$crate::bindings::policy::traceguard::plugin::sbom_state::SbomReader,
                ) -> ::std::result::Result<$crate::policy::Evaluation, $crate::PluginError> {
                    $crate::policy::__evaluate::<$policy>(sbom)
                }
            }
            $crate::__export_policy_impl!($policy with_types_in $crate::bindings::policy);
        };
    };
}
