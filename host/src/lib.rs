//! TraceGuard: a single-binary host that runs sandboxed WebAssembly plugins (SBOM parsers,
//! policies) against embedded DuckDB state and charges each tenant gas for every invocation.
//!
//! Data flows one way: request → tenant → gas reservation ([`gas`]) → sandboxed call
//! ([`runtime`]) → state write and ledger row in one transaction ([`state`]) → settlement →
//! report ([`service`]). [`cli`] and the HTTP server [`api`] (`traceguard serve`) are two
//! front ends over the same service; what both write out ([`report`], [`dates`]) lives below
//! them.

pub mod api;
pub mod bench;
pub mod billing;
pub mod bindings;
pub mod cli;
pub mod dates;
pub mod gas;
pub mod oscal;
pub mod plugins;
pub mod report;
pub mod runtime;
pub mod service;
pub mod state;
