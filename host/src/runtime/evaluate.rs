//! The `policy` world's call: `evaluate` over one stored SBOM, read by the plugin through a
//! paged `sbom-reader` resource; its findings are priced as stored rows.

use std::sync::Arc;

use wasmtime::component::Resource;

use crate::bindings::policy::Policy;
use crate::bindings::{
    Component as SbomComponent, Dependency, DiagnosticEntry, DocumentInfo, Evaluation,
};
use crate::gas::GasClass;

use super::io::ReaderState;
use super::{
    CallSpec, Invocation, InvokeError, LoadedPlugin, PluginKind, Prepared, Sandbox, failed,
    wrong_kind,
};

/// One stored SBOM as handed to a policy.
#[derive(Clone)]
pub struct SbomSnapshot {
    /// Document-level facts.
    pub info: DocumentInfo,
    /// Its components.
    pub components: Arc<[SbomComponent]>,
    /// Its dependency edge sets.
    pub dependencies: Arc<[Dependency]>,
    /// The diagnostics stored with it, in the order the parser reported them.
    pub diagnostics: Arc<[DiagnosticEntry]>,
}

impl SbomSnapshot {
    /// An SBOM with no components: what a policy is checked against at `policy add`, and the
    /// no-op benchmark's input.
    pub fn empty() -> Self {
        SbomSnapshot {
            info: DocumentInfo {
                format: "none".into(),
                spec_version: String::new(),
                name: None,
                created: None,
                tools: Vec::new(),
                supplier: None,
            },
            components: Arc::new([]),
            dependencies: Arc::new([]),
            diagnostics: Arc::new([]),
        }
    }
}

impl Sandbox {
    /// Runs a policy over one SBOM snapshot.
    pub fn evaluate(
        &self,
        plugin: &LoadedPlugin,
        sbom: SbomSnapshot,
        spec: &CallSpec,
    ) -> Invocation<Evaluation> {
        let cpu = cpu_time::ThreadTime::now();
        let Prepared::Policy(pre) = &plugin.prepared else {
            return wrong_kind(plugin, PluginKind::Policy);
        };
        // Held until the store (and the pool slot its instance occupies) is gone: declared
        // first, dropped last.
        let _permit = self.permits.acquire();
        let mut store = self.store(spec);
        let reader = match store.data_mut().table.push(ReaderState::new(
            sbom.info,
            sbom.components,
            sbom.dependencies,
            sbom.diagnostics,
        )) {
            Ok(r) => r,
            Err(e) => return failed(InvokeError::Instantiate(e.to_string())),
        };
        let rep = reader.rep();
        let result = self.execute(
            spec,
            &mut store,
            |s| pre.instantiate(s),
            |s, instance: &Policy| {
                instance
                    .traceguard_plugin_evaluator()
                    .call_evaluate(s, Resource::new_borrow(rep))
            },
        );
        let _ = store.data_mut().table.delete(reader);
        let result = match result {
            Ok(Ok(evaluation)) => {
                // Findings are stored rows: price them like sink output.
                let meter = &mut store.data_mut().meter;
                let bytes: u64 = evaluation.findings.iter().map(finding_size).sum();
                meter.usage.add(GasClass::ByteOut, bytes);
                meter
                    .usage
                    .add(GasClass::RowWritten, evaluation.findings.len() as u64);
                if evaluation.findings.len() as u64 > self.config.limits.output_rows
                    || bytes > self.config.limits.output_bytes
                {
                    Err(InvokeError::OutputLimit(format!(
                        "{} findings ({bytes} bytes)",
                        evaluation.findings.len()
                    )))
                } else {
                    Ok(evaluation)
                }
            }
            Ok(Err(error)) => Err(InvokeError::Rejected {
                error,
                reported: Vec::new(),
            }),
            Err(e) => Err(e),
        };
        self.finish(spec, store, result, cpu)
    }
}

fn finding_size(f: &crate::bindings::Finding) -> u64 {
    32 + (f.rule_id.len() + f.message.len()) as u64
        + f.component_ref.as_ref().map_or(0, |s| s.len() as u64)
        + f.remediation.as_ref().map_or(0, |s| s.len() as u64)
}
