//! The `sbom-parser` world's calls: `detect` over a document's first bytes, and `parse`, which
//! streams the document in through an `input` resource and the plugin's output out through a
//! `sink` into a [`BatchSink`].

use wasmtime::component::Resource;

use crate::bindings::parser::SbomParser;
use crate::bindings::{Detection, DiagnosticEntry, DocumentInfo, PluginError, Summary};
use crate::gas::GasClass;

use super::ctx::LimitTrap;
use super::io::SinkState;
use super::{
    BatchSink, CallSpec, DETECT_HEAD, InputState, Invocation, InvokeError, LoadedPlugin,
    PluginKind, Prepared, Sandbox, failed, wrong_kind,
};

/// What a successful parse produced.
pub struct ParseOutput {
    /// Document-level facts, if the parser sent them.
    pub document: Option<DocumentInfo>,
    /// Components pushed (they went to the call's [`BatchSink`]).
    pub components: u64,
    /// Dependency edge sets pushed.
    pub dependencies: u64,
    /// Diagnostics the parser reported, with their rules.
    pub diagnostics: Vec<DiagnosticEntry>,
}

impl Sandbox {
    /// Runs a parser over `document`, streaming what it pushes into `out`.
    pub fn parse(
        &self,
        plugin: &LoadedPlugin,
        document: InputState,
        out: Box<dyn BatchSink>,
        spec: &CallSpec,
    ) -> Invocation<ParseOutput> {
        let cpu = cpu_time::ThreadTime::now();
        let Prepared::Parser(pre) = &plugin.prepared else {
            return wrong_kind(plugin, PluginKind::SbomParser);
        };
        // Held until the store (and the pool slot its instance occupies) is gone: declared
        // first, dropped last.
        let _permit = self.permits.acquire();
        let mut store = self.store(spec);
        let table = &mut store.data_mut().table;
        let (input, sink) = match (table.push(document), table.push(SinkState::new(out))) {
            (Ok(i), Ok(s)) => (i, s),
            (Err(e), _) | (_, Err(e)) => return failed(InvokeError::Instantiate(e.to_string())),
        };
        let (input_rep, sink_rep) = (input.rep(), sink.rep());
        let result = self.execute(
            spec,
            &mut store,
            |s| pre.instantiate(s),
            |s, instance: &SbomParser| {
                instance.traceguard_plugin_parser().call_parse(
                    s,
                    Resource::new_borrow(input_rep),
                    Resource::new_borrow(sink_rep),
                )
            },
        );
        let table = &mut store.data_mut().table;
        let input_failed = match table.delete(input) {
            Ok(input) => input.failed,
            Err(e) => Some(format!("the input resource vanished: {e}")),
        };
        let result = match table.delete(sink) {
            Ok(sink) => parse_result(result, input_failed, sink),
            Err(e) => Err(InvokeError::Host(format!(
                "the sink resource vanished: {e}"
            ))),
        };
        self.finish(spec, store, result, cpu)
    }

    /// Asks a parser whether it recognises a document from its first bytes.
    pub fn detect(
        &self,
        plugin: &LoadedPlugin,
        head: &[u8],
        spec: &CallSpec,
    ) -> Invocation<Detection> {
        let cpu = cpu_time::ThreadTime::now();
        let Prepared::Parser(pre) = &plugin.prepared else {
            return wrong_kind(plugin, PluginKind::SbomParser);
        };
        let head = head[..head.len().min(DETECT_HEAD)].to_vec();
        // Held until the store (and the pool slot its instance occupies) is gone: declared
        // first, dropped last.
        let _permit = self.permits.acquire();
        let mut store = self.store(spec);
        let result = self.execute(
            spec,
            &mut store,
            |s| pre.instantiate(s),
            |s, instance: &SbomParser| {
                s.data_mut()
                    .meter
                    .charge(GasClass::ByteIn, head.len() as u64);
                instance.traceguard_plugin_parser().call_detect(s, &head)
            },
        );
        self.finish(spec, store, result, cpu)
    }
}

fn parse_result(
    result: Result<Result<Summary, PluginError>, InvokeError>,
    input_failed: Option<String>,
    sink: SinkState,
) -> Result<ParseOutput, InvokeError> {
    if let Some(why) = input_failed.or(sink.storage_failed) {
        return Err(InvokeError::Host(why));
    }
    let summary = match result {
        // A plugin that pushes again after a refusal traps; if that push could not even be
        // read, the lift's error comes first, but the call still ended over its output limit.
        Err(InvokeError::Trap { trap, .. }) if sink.overflow.is_some() => {
            let why = sink.overflow.unwrap_or_default();
            let limit = LimitTrap::Output(format!("{why}; then it trapped: {trap}"));
            return Err(InvokeError::OutputLimit(limit.to_string()));
        }
        Err(e) => return Err(e),
        Ok(_) if sink.overflow.is_some() => {
            return Err(InvokeError::OutputLimit(sink.overflow.unwrap_or_default()));
        }
        Ok(Err(error)) => {
            return Err(InvokeError::Rejected {
                error,
                reported: sink.diagnostics,
            });
        }
        Ok(Ok(summary)) => summary,
    };
    if summary.components != sink.components || summary.dependencies != sink.dependencies {
        return Err(InvokeError::InvalidOutput(format!(
            "summary claims {} components and {} dependencies but {} and {} were pushed",
            summary.components, summary.dependencies, sink.components, sink.dependencies
        )));
    }
    Ok(ParseOutput {
        document: sink.document,
        components: sink.components,
        dependencies: sink.dependencies,
        diagnostics: sink.diagnostics,
    })
}
