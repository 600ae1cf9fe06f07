//! Errors of the sandbox: why a component is not a usable plugin, and why an invocation
//! failed. Every invocation failure is charged and leaves no state behind.

use std::time::Duration;

use crate::bindings::{DiagnosticEntry, PluginError};

use super::CONTRACT;

/// Why a component could not be loaded as a plugin.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The bytes are not a valid WebAssembly component.
    #[error(
        "not a valid WebAssembly component: {0}\n\
         hint: build plugins with `cargo build --release --target wasm32-wasip2` (core modules are not plugins)"
    )]
    Invalid(String),
    /// The component exports no TraceGuard world this host knows.
    #[error(
        "component exports none of the TraceGuard plugin interfaces (it exports: {exports}); \
         this host runs `{CONTRACT}` worlds `sbom-parser` (export `parser`) and `policy` (export `evaluator`)"
    )]
    UnknownWorld {
        /// What the component does export.
        exports: String,
    },
    /// An import cannot be satisfied by the host.
    #[error(
        "plugin cannot be linked: {0}\n\
         hint: plugins may import only `{CONTRACT}` interfaces and WASI 0.2; nothing else is provided"
    )]
    Link(String),
}

/// Why an invocation failed. Every variant is charged and leaves no state behind.
#[derive(Debug, thiserror::Error)]
pub enum InvokeError {
    /// The plugin returned an error value (e.g. an invalid document), with its diagnostics.
    #[error("plugin rejected the input: {}", .error.message)]
    Rejected {
        /// The error the plugin returned.
        error: PluginError,
        /// Diagnostics it reported before returning.
        reported: Vec<DiagnosticEntry>,
    },
    /// The invocation used its whole gas limit.
    #[error(
        "out of gas: the invocation used its whole limit of {limit} gas; raise --gas-limit if the input is legitimately large"
    )]
    OutOfGas {
        /// The limit that was reached (and charged).
        limit: u64,
    },
    /// The plugin ran past its wall-clock deadline (charged the whole limit, like out of gas:
    /// fuel is not flushed before an interrupt, so what it burned cannot be measured).
    #[error(
        "deadline exceeded: the plugin ran longer than {0:?} and was stopped; the whole gas limit is charged"
    )]
    Timeout(Duration),
    /// The plugin asked to sleep past its deadline. Time in the sandbox is virtual, so the
    /// call is stopped at once, as timed out (and charged the same way).
    #[error("deadline exceeded: {0}; the whole gas limit is charged")]
    Slept(String),
    /// The host stopped the call (the server shut down past its grace period). Charged what
    /// it used, which is at most its limit.
    #[error(
        "interrupted: the server stopped this call while shutting down; it is charged the gas it used, retry it"
    )]
    Interrupted,
    /// The plugin tried to exceed its memory or table limit.
    #[error("resource limit: {0}")]
    ResourceLimit(String),
    /// The plugin exhausted its stack, typically by unbounded recursion.
    #[error("plugin overflowed its call stack (unbounded recursion?) and was stopped")]
    StackOverflow,
    /// The plugin produced more output than allowed.
    #[error("plugin output exceeded a limit: {0}")]
    OutputLimit(String),
    /// The plugin trapped (a Rust panic, `unreachable`, a bad memory access, …).
    #[error("plugin trapped: {trap}{}", if .stderr.is_empty() { String::new() } else { format!("\nplugin stderr: {}", .stderr) })]
    Trap {
        /// The trap, with the wasm backtrace when available.
        trap: String,
        /// What the plugin wrote to stderr, e.g. its panic message.
        stderr: String,
    },
    /// The plugin's result contradicts what it pushed.
    #[error("plugin returned inconsistent output: {0}")]
    InvalidOutput(String),
    /// The plugin could not be instantiated.
    #[error("plugin could not be instantiated: {0}")]
    Instantiate(String),
    /// The host failed while serving the plugin (reading the document, storing its output).
    /// Not the plugin's fault, so not charged.
    #[error("host failure during the invocation: {0}")]
    Host(String),
}

impl InvokeError {
    /// The outcome recorded in the ledger for this failure.
    pub fn outcome(&self) -> &'static str {
        match self {
            InvokeError::Rejected { .. } => "rejected",
            InvokeError::OutOfGas { .. } => "out_of_gas",
            InvokeError::Timeout(_) | InvokeError::Slept(_) => "timeout",
            InvokeError::Interrupted => "interrupted",
            InvokeError::ResourceLimit(_) => "resource_limit",
            InvokeError::StackOverflow => "stack_overflow",
            InvokeError::OutputLimit(_) => "output_limit",
            InvokeError::Trap { .. } => "trap",
            InvokeError::InvalidOutput(_) => "invalid_output",
            InvokeError::Instantiate(_) => "instantiate_failed",
            InvokeError::Host(_) => "host_error",
        }
    }
}
