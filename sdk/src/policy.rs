//! Writing a `policy` plugin: [`Policy`] over an [`Sbom`] of the invoking tenant.

use crate::bindings::policy::exports::traceguard::plugin::evaluator as wit;
use crate::bindings::policy::traceguard::plugin::sbom_state;
use crate::{Component, Dependency, DiagnosticEntry, DocumentInfo, Finding, PluginError, Severity};

pub use wit::Evaluation;

/// Components or dependencies requested per page from the host.
const PAGE: u32 = 1024;

/// A policy check. Implement it on a unit struct and export it with [`crate::export_policy!`].
pub trait Policy {
    /// Evaluates the policy over `sbom` and returns the verdict with its findings.
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError>;
}

/// One stored SBOM of the invoking tenant, read page by page from the host
/// (or from memory when the policy runs natively through [`evaluate_native`]).
pub struct Sbom<'a> {
    source: Source<'a>,
}

enum Source<'a> {
    Host(&'a sbom_state::SbomReader),
    Memory(NativeSbom<'a>),
}

/// An SBOM held in memory for a native run ([`evaluate_native_sbom`]): what the host's reader
/// would page out of state.
#[derive(Clone, Copy, Debug)]
pub struct NativeSbom<'a> {
    /// Document-level facts.
    pub info: &'a DocumentInfo,
    /// Components in document order.
    pub components: &'a [Component],
    /// Dependency edge sets.
    pub dependencies: &'a [Dependency],
    /// Diagnostics stored with the SBOM, in the order the parser reported them.
    pub diagnostics: &'a [DiagnosticEntry],
}

impl<'a> Sbom<'a> {
    /// Document-level facts of the SBOM.
    pub fn info(&self) -> DocumentInfo {
        match &self.source {
            Source::Host(inner) => inner.info(),
            Source::Memory(sbom) => sbom.info.clone(),
        }
    }

    /// Iterates over every component, fetching pages from the host as it goes.
    pub fn components(&self) -> impl Iterator<Item = Component> + '_ {
        let next_page: Box<dyn FnMut() -> Vec<Component> + '_> = match &self.source {
            Source::Host(inner) => Box::new(move || inner.next_components(PAGE)),
            Source::Memory(sbom) => memory_pages(sbom.components),
        };
        Pages::new(next_page)
    }

    /// Iterates over every dependency edge set.
    pub fn dependencies(&self) -> impl Iterator<Item = Dependency> + '_ {
        let next_page: Box<dyn FnMut() -> Vec<Dependency> + '_> = match &self.source {
            Source::Host(inner) => Box::new(move || inner.next_dependencies(PAGE)),
            Source::Memory(sbom) => memory_pages(sbom.dependencies),
        };
        Pages::new(next_page)
    }

    /// Iterates over the diagnostics the parser stored with the SBOM, in the order it reported
    /// them. A host older than contract 0.1.1 cannot run a policy that calls this.
    pub fn diagnostics(&self) -> impl Iterator<Item = DiagnosticEntry> + '_ {
        let next_page: Box<dyn FnMut() -> Vec<DiagnosticEntry> + '_> = match &self.source {
            Source::Host(inner) => Box::new(move || inner.next_diagnostics(PAGE)),
            Source::Memory(sbom) => memory_pages(sbom.diagnostics),
        };
        Pages::new(next_page)
    }
}

/// Pages of at most [`PAGE`] items over a slice, like the host hands them out.
fn memory_pages<'s, T: Clone>(items: &'s [T]) -> Box<dyn FnMut() -> Vec<T> + 's> {
    let mut rest = items;
    Box::new(move || {
        let (page, tail) = rest.split_at(rest.len().min(PAGE as usize));
        rest = tail;
        page.to_vec()
    })
}

/// Runs policy `P` natively over an SBOM held in memory, outside any sandbox: for unit tests
/// and benchmarks of the same policy code. While it runs, [`crate::config`] answers from
/// `config` (a key absent there reads as `None`) instead of asking the host, and
/// [`crate::now`] answers with the system time (Unix seconds) read once when the run starts.
/// Use [`evaluate_native_at`] to fix the clock for reproducible results.
pub fn evaluate_native<P: Policy>(
    info: &DocumentInfo,
    components: &[Component],
    dependencies: &[Dependency],
    config: &[(&str, &str)],
) -> Result<Evaluation, PluginError> {
    // A clock before 1970 reads as 0, like the host's.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    evaluate_native_at::<P>(info, components, dependencies, config, now)
}

/// Like [`evaluate_native`], but [`crate::now`] answers `now_unix_secs` for the whole run, as
/// the host's fixed per-invocation clock would: for tests of time-dependent policies.
pub fn evaluate_native_at<P: Policy>(
    info: &DocumentInfo,
    components: &[Component],
    dependencies: &[Dependency],
    config: &[(&str, &str)],
    now_unix_secs: u64,
) -> Result<Evaluation, PluginError> {
    let sbom = NativeSbom {
        info,
        components,
        dependencies,
        diagnostics: &[],
    };
    evaluate_native_sbom::<P>(sbom, config, now_unix_secs)
}

/// Like [`evaluate_native_at`], over an SBOM that may carry diagnostics.
pub fn evaluate_native_sbom<P: Policy>(
    sbom: NativeSbom<'_>,
    config: &[(&str, &str)],
    now_unix_secs: u64,
) -> Result<Evaluation, PluginError> {
    let _run = crate::native::install(config, now_unix_secs);
    P::evaluate(&Sbom {
        source: Source::Memory(sbom),
    })
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
    P::evaluate(&Sbom {
        source: Source::Host(sbom),
    })
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

/// Parses a `severity` configuration value (`info`, `warning` or `error`).
pub fn parse_severity(value: &str) -> Result<Severity, PluginError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "info" => Ok(Severity::Info),
        "warning" => Ok(Severity::Warning),
        "error" => Ok(Severity::Error),
        _ => Err(PluginError::new(format!(
            "config `severity`: {value:?} is not a severity; allowed are info, warning, error"
        ))),
    }
}

/// Whether `text` matches `pattern`, where `*` matches any run of characters (including none)
/// and every other character matches itself.
pub fn glob(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    // Where the last `*` was in the pattern, and the text position it currently covers up to.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, t));
            p += 1;
        } else if p < pattern.len() && pattern[p] == text[t] {
            p += 1;
            t += 1;
        } else if let Some((sp, st)) = star {
            // Let the last `*` swallow one more character and retry after it.
            p = sp + 1;
            t = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// Sorts findings into the deterministic order every first-party policy reports: by rule id,
/// component reference (document-level first) and message; severity and remediation break the
/// remaining ties.
pub fn sort_findings(findings: &mut [Finding]) {
    fn rank(s: &Severity) -> u8 {
        match s {
            Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Error => 2,
        }
    }
    findings.sort_by(|a, b| {
        (
            &a.rule_id,
            &a.component_ref,
            &a.message,
            rank(&a.severity),
            &a.remediation,
        )
            .cmp(&(
                &b.rule_id,
                &b.component_ref,
                &b.message,
                rank(&b.severity),
                &b.remediation,
            ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("abc", "abc"));
        assert!(!glob("abc", "abd"));
        assert!(!glob("abc", "ab"));
        assert!(!glob("ab", "abc"));
        assert!(glob("*", ""));
        assert!(glob("*", "anything"));
        assert!(glob("2.1*", "2.1"));
        assert!(glob("2.1*", "2.14.1"));
        assert!(!glob("2.1*", "2.2.0"));
        assert!(glob("evil-*", "evil-"));
        assert!(!glob("evil-*", "evil"));
        assert!(glob("*-core", "log4j-core"));
        assert!(glob("a*b*c", "aXXbYYbZc"));
        assert!(!glob("a*b*c", "aXXbYYbZ"));
        assert!(glob("**x", "yyx"));
        // Characters, not bytes: `*` never splits a multi-byte character.
        assert!(glob("gr*n", "grün"));
        assert!(!glob("grü", "gru"));
    }

    /// Reports what it saw: component and dependency counts, and the `limit` configuration.
    struct Counter;

    impl Policy for Counter {
        fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
            let message = format!(
                "{} {} {} {:?}",
                sbom.info().format,
                sbom.components().count(),
                sbom.dependencies().count(),
                crate::config("limit"),
            );
            Ok(Evaluation::from_findings(vec![Finding::new(
                "count",
                Severity::Info,
                None,
                message,
            )]))
        }
    }

    #[test]
    fn evaluate_native_pages_and_scopes_config() {
        let info = DocumentInfo {
            format: "cyclonedx".into(),
            spec_version: "1.6".into(),
            name: None,
            created: None,
            tools: Vec::new(),
            supplier: None,
        };
        // More than two pages, so the paging iterator crosses page boundaries.
        let components: Vec<Component> = (0..2 * PAGE + 5)
            .map(|i| Component::new(format!("c{i}"), "n"))
            .collect();
        let dependencies = vec![Dependency {
            ref_: "c0".into(),
            depends_on: vec!["c1".into()],
        }];
        let run = |config: &[(&str, &str)]| {
            evaluate_native::<Counter>(&info, &components, &dependencies, config)
                .map(|e| e.findings[0].message.clone())
        };
        assert_eq!(
            run(&[("limit", "3")]),
            Ok("cyclonedx 2053 1 Some(\"3\")".into())
        );
        assert_eq!(run(&[]), Ok("cyclonedx 2053 1 None".into()));
        assert!(crate::native::config("limit").is_none());
    }

    /// Reports the clock it sees.
    struct Clock;

    impl Policy for Clock {
        fn evaluate(_: &Sbom<'_>) -> Result<Evaluation, PluginError> {
            let message = crate::now().to_string();
            Ok(Evaluation::from_findings(vec![Finding::new(
                "clock",
                Severity::Info,
                None,
                message,
            )]))
        }
    }

    #[test]
    fn native_runs_fix_the_clock() {
        let info = DocumentInfo {
            format: "spdx".into(),
            spec_version: "2.3".into(),
            name: None,
            created: None,
            tools: Vec::new(),
            supplier: None,
        };
        let clock = |evaluation: Result<Evaluation, PluginError>| -> u64 {
            evaluation.expect("evaluates").findings[0]
                .message
                .parse()
                .expect("a number")
        };
        let fixed = evaluate_native_at::<Clock>(&info, &[], &[], &[], 1_714_564_800);
        assert_eq!(clock(fixed), 1_714_564_800);
        assert_eq!(
            clock(evaluate_native_at::<Clock>(&info, &[], &[], &[], 0)),
            0
        );

        let system = || {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("after 1970")
                .as_secs()
        };
        let before = system();
        let seen = clock(evaluate_native::<Clock>(&info, &[], &[], &[]));
        let after = system();
        assert!(
            (before..=after).contains(&seen),
            "{before} <= {seen} <= {after}"
        );
        // Nothing stays installed after a run.
        assert!(crate::native::now().is_none());
    }
}
