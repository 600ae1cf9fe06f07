//! Host-side bindings of the plugin contract `traceguard:plugin@0.1.x`, generated once here.
//!
//! Both worlds share one set of `types` and `host` bindings (the policy world points at the
//! parser world's), so a single [`crate::runtime`] linker serves every plugin kind.

#![allow(missing_docs)]

/// Bindings of the `sbom-parser` world; also home of the shared `types`, `host` and `sbom-io`.
pub mod parser {
    wasmtime::component::bindgen!({
        path: "../sdk/wit/0.1",
        world: "sbom-parser",
        with: {
            "traceguard:plugin/sbom-io.input": crate::runtime::io::InputState,
            "traceguard:plugin/sbom-io.sink": crate::runtime::io::SinkState,
        },
        imports: { default: trappable },
        additional_derives: [Clone, PartialEq],
    });
}

/// Bindings of the `policy` world.
pub mod policy {
    wasmtime::component::bindgen!({
        path: "../sdk/wit/0.1",
        world: "policy",
        with: {
            "traceguard:plugin/types": crate::bindings::parser::traceguard::plugin::types,
            "traceguard:plugin/host": crate::bindings::parser::traceguard::plugin::host,
            "traceguard:plugin/sbom-state.sbom-reader": crate::runtime::io::ReaderState,
        },
        imports: { default: trappable },
        additional_derives: [Clone, PartialEq],
    });
}

pub use parser::exports::traceguard::plugin::parser::{Detection, Summary};
pub use parser::traceguard::plugin::host::LogLevel;
pub use parser::traceguard::plugin::sbom_io::SinkError;
pub use parser::traceguard::plugin::types::{
    Component, ComponentKind, Dependency, Diagnostic, DiagnosticEntry, DocumentInfo, Finding, Hash,
    PluginError, Severity,
};
pub use policy::exports::traceguard::plugin::evaluator::Evaluation;

impl Severity {
    /// Lower-case name, as stored and printed.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses a lower-case name.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl ComponentKind {
    /// Every kind, in WIT order.
    pub const ALL: [ComponentKind; 13] = [
        ComponentKind::Application,
        ComponentKind::Framework,
        ComponentKind::Library,
        ComponentKind::Container,
        ComponentKind::Platform,
        ComponentKind::OperatingSystem,
        ComponentKind::Device,
        ComponentKind::DeviceDriver,
        ComponentKind::Firmware,
        ComponentKind::File,
        ComponentKind::MachineLearningModel,
        ComponentKind::Data,
        ComponentKind::Other,
    ];

    /// CycloneDX-style lower-case name, as stored and printed.
    pub fn name(self) -> &'static str {
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

    /// Parses a stored name; unknown names become `other`.
    pub fn parse(name: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|k| k.name() == name)
            .unwrap_or(ComponentKind::Other)
    }
}
