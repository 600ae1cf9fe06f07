//! `traceguard-sdk`: everything a third-party author needs to write a TraceGuard plugin.
//!
//! A plugin is a short Rust file: implement [`parser::SbomParser`] or [`policy::Policy`] on a
//! unit struct, call [`export_sbom_parser!`] or [`export_policy!`] once, and build with
//! `cargo build --release --target wasm32-wasip2`. The generated WIT bindings stay private
//! plumbing; the types re-exported here are the contract ([`CONTRACT`]), whose WIT ships in
//! this crate (`wit/`, a folder per minor version).

pub mod check;
pub mod heap;
#[cfg(feature = "json")]
pub mod json;
pub mod mem;
pub mod parser;
pub mod policy;

/// Package-URL parsing ([`traceguard_purl`]), re-exported so parsers and the host share one implementation.
pub use traceguard_purl as purl;

/// The plugin's global allocator in the sandbox (feature `talc`, on by default): talc behind
/// [`heap::SizeClasses`]; native builds keep the system's. A plugin that declares its own
/// `#[global_allocator]` must depend on the SDK with `default-features = false`, or the two
/// allocators conflict at compile time.
#[cfg(all(
    feature = "talc",
    target_family = "wasm",
    not(target_feature = "atomics")
))]
#[global_allocator]
static ALLOCATOR: heap::SizeClasses<talc::wasm::WasmDynamicTalc> =
    heap::SizeClasses::new(talc::wasm::new_wasm_dynamic_allocator());

/// The WIT contract this SDK speaks (`traceguard:plugin@x.y.z`), read from its WIT.
pub const CONTRACT: &str = env!("TRACEGUARD_CONTRACT");

/// The version of [`CONTRACT`] (`x.y.z`).
pub const CONTRACT_VERSION: &str = env!("TRACEGUARD_CONTRACT_VERSION");

#[doc(hidden)]
pub mod bindings {
    /// Bindings of the `sbom-parser` world; also the home of the shared `types` and `host`.
    pub mod sbom_parser {
        wit_bindgen::generate!({
            path: "wit/0.1",
            world: "sbom-parser",
            pub_export_macro: true,
            default_bindings_module: "traceguard_sdk::bindings::sbom_parser",
            additional_derives: [PartialEq, Eq],
            generate_all,
        });
    }

    /// Bindings of the `policy` world, sharing `types` and `host` with `sbom_parser`.
    pub mod policy {
        wit_bindgen::generate!({
            path: "wit/0.1",
            world: "policy",
            pub_export_macro: true,
            default_bindings_module: "traceguard_sdk::bindings::policy",
            with: {
                "traceguard:plugin/types@0.1.1": crate::bindings::sbom_parser::traceguard::plugin::types,
                "traceguard:plugin/host@0.1.1": crate::bindings::sbom_parser::traceguard::plugin::host,
            },
            generate_all,
        });
    }
}

use bindings::sbom_parser::traceguard::plugin::{host, types};

pub use types::{
    Component, ComponentKind, Dependency, Diagnostic, DiagnosticEntry, DocumentInfo, Finding, Hash,
    PluginError, Severity,
};

impl PluginError {
    /// An error with a message and no diagnostics.
    pub fn new(message: impl Into<String>) -> Self {
        PluginError {
            message: message.into(),
            diagnostics: Vec::new(),
        }
    }

    /// An error carrying every diagnostic that caused it ([`DiagnosticEntry`]s lose their rule:
    /// a refusal carries plain diagnostics).
    pub fn with_diagnostics<D: Into<Diagnostic>>(
        message: impl Into<String>,
        diagnostics: Vec<D>,
    ) -> Self {
        PluginError {
            message: message.into(),
            diagnostics: diagnostics.into_iter().map(Into::into).collect(),
        }
    }
}

impl Diagnostic {
    /// A diagnostic of the given severity at `path`.
    pub fn new(severity: Severity, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            path: path.into(),
            message: message.into(),
        }
    }

    /// An error-severity diagnostic at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, path, message)
    }

    /// A warning-severity diagnostic at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, path, message)
    }

    /// This diagnostic as found by the check `rule`.
    pub fn with_rule(self, rule: impl Into<String>) -> DiagnosticEntry {
        DiagnosticEntry {
            rule: rule.into(),
            severity: self.severity,
            path: self.path,
            message: self.message,
        }
    }
}

impl From<DiagnosticEntry> for Diagnostic {
    fn from(entry: DiagnosticEntry) -> Self {
        entry.into_diagnostic()
    }
}

impl From<Diagnostic> for DiagnosticEntry {
    /// A diagnostic whose parser names no rule (the 0.1.0 `report`): stored with an empty rule.
    fn from(d: Diagnostic) -> Self {
        d.with_rule("")
    }
}

impl DiagnosticEntry {
    /// A diagnostic of `severity` found by the check `rule` (`<format>/<rule>`) at `path`.
    pub fn new(
        rule: impl Into<String>,
        severity: Severity,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        DiagnosticEntry {
            rule: rule.into(),
            severity,
            path: path.into(),
            message: message.into(),
        }
    }

    /// An error-severity diagnostic of `rule` at `path`.
    pub fn error(
        rule: impl Into<String>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(rule, Severity::Error, path, message)
    }

    /// A warning-severity diagnostic of `rule` at `path`.
    pub fn warning(
        rule: impl Into<String>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(rule, Severity::Warning, path, message)
    }

    /// The diagnostic without its rule, as a [`PluginError`] carries it.
    pub fn into_diagnostic(self) -> Diagnostic {
        Diagnostic {
            severity: self.severity,
            path: self.path,
            message: self.message,
        }
    }
}

impl ComponentKind {
    /// The kind's WIT name (`library`, `operating-system`, …), as the host stores it.
    pub fn name(&self) -> &'static str {
        match self {
            ComponentKind::Application => "application",
            ComponentKind::Framework => "framework",
            ComponentKind::Library => "library",
            ComponentKind::Container => "container",
            ComponentKind::Platform => "platform",
            ComponentKind::OperatingSystem => "operating-system",
            ComponentKind::Device => "device",
            ComponentKind::DeviceDriver => "device-driver",
            ComponentKind::Firmware => "firmware",
            ComponentKind::File => "file",
            ComponentKind::MachineLearningModel => "machine-learning-model",
            ComponentKind::Data => "data",
            ComponentKind::Other => "other",
        }
    }
}

impl Component {
    /// A library component with only a reference and a name set.
    pub fn new(bom_ref: impl Into<String>, name: impl Into<String>) -> Self {
        Component {
            bom_ref: bom_ref.into(),
            name: name.into(),
            version: None,
            purl: None,
            cpe: None,
            licenses: Vec::new(),
            hashes: Vec::new(),
            supplier: None,
            kind: ComponentKind::Library,
        }
    }

    /// `name@version`, or the name alone when the version is unknown: how findings name a
    /// component.
    pub fn label(&self) -> String {
        match &self.version {
            Some(v) if !v.is_empty() => format!("{}@{v}", self.name),
            _ => self.name.clone(),
        }
    }
}

/// Reads one configuration value set by the operator for this invocation.
pub fn config(key: &str) -> Option<String> {
    if let Some(value) = native::config(key) {
        return value;
    }
    host::config(key)
}

/// Unix seconds at the start of the invocation (fixed for its whole duration, so results are reproducible).
///
/// In a native run ([`policy::evaluate_native`], [`policy::evaluate_native_at`]) the value is
/// the run's clock instead of the host's: the system time when the run started, or the
/// instant given to `evaluate_native_at`.
pub fn now() -> u64 {
    if let Some(now) = native::now() {
        return now;
    }
    host::now()
}

/// The context of a native run ([`policy::evaluate_native`]): a thread-local configuration
/// map and clock that [`config`] and [`now`] consult instead of the host while it is
/// installed. Inside the sandbox nothing installs it, so every read goes to the host as before.
mod native {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    /// What a native run answers in place of the host.
    struct Run {
        config: BTreeMap<String, String>,
        now: u64,
    }

    thread_local! {
        static RUN: RefCell<Option<Run>> = const { RefCell::new(None) };
    }

    /// Restores the previous run context (usually none) when dropped.
    pub(crate) struct Installed(Option<Run>);

    impl Drop for Installed {
        fn drop(&mut self) {
            let previous = self.0.take();
            RUN.with(|r| *r.borrow_mut() = previous);
        }
    }

    /// Makes `pairs` the configuration and `now` the clock of this thread until the guard is
    /// dropped.
    pub(crate) fn install(pairs: &[(&str, &str)], now: u64) -> Installed {
        let config = pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect();
        Installed(RUN.with(|r| r.borrow_mut().replace(Run { config, now })))
    }

    /// `Some(value)` while a native run is installed, `None` otherwise.
    pub(crate) fn config(key: &str) -> Option<Option<String>> {
        RUN.with(|r| r.borrow().as_ref().map(|run| run.config.get(key).cloned()))
    }

    /// The run's clock while a native run is installed, `None` otherwise.
    pub(crate) fn now() -> Option<u64> {
        RUN.with(|r| r.borrow().as_ref().map(|run| run.now))
    }
}

/// Logging into the invocation's log, which the host bounds and shows to the operator.
pub mod log {
    use super::host::{self, LogLevel};

    /// Logs at debug level.
    pub fn debug(message: &str) {
        host::log(LogLevel::Debug, message);
    }
    /// Logs at info level.
    pub fn info(message: &str) {
        host::log(LogLevel::Info, message);
    }
    /// Logs at warn level.
    pub fn warn(message: &str) {
        host::log(LogLevel::Warn, message);
    }
    /// Logs at error level.
    pub fn error(message: &str) {
        host::log(LogLevel::Error, message);
    }
}
