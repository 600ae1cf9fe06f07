//! SBOM ingestion through the service: format detection over every parser plugin, staging
//! the document in the blob store, and streaming the parse into one ingest transaction.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use crate::bindings::{Detection, DocumentInfo};
use crate::runtime::{CallSpec, InputState, ParseOutput, PluginKind};
use crate::state::blobs::Staged;
use crate::state::{Committed, Ingest, LedgerRow, NewSbom, PluginRow, StateError, Validation};

use super::{
    Call, DETECT_GAS, DiagnosticOut, InvokeOptions, InvokeReport, Output, Persist, Service,
    ServiceError,
};

impl Service {
    /// Parses `document` with a parser plugin and stores the SBOM for `tenant`.
    pub fn parse(
        &self,
        tenant: &str,
        plugin: &str,
        document: &[u8],
        opts: &InvokeOptions,
    ) -> Result<InvokeReport, ServiceError> {
        self.ingest(tenant, plugin, Document::Bytes(document), opts, None)
    }

    /// Streams `document` through a parser plugin into the tenant's state: the raw bytes are
    /// staged in the blob store (which gives the SBOM id), the parser reads them in chunks, and
    /// its batches are appended to one transaction that commits with the ledger row, or not at
    /// all. `progress`, if given, counts the bytes the parser has read.
    pub fn ingest(
        &self,
        tenant: &str,
        plugin: &str,
        document: Document<'_>,
        opts: &InvokeOptions,
        progress: Option<Arc<AtomicU64>>,
    ) -> Result<InvokeReport, ServiceError> {
        // Nothing is staged or written for a tenant that cannot pay for the parse.
        self.affordable(tenant, opts.gas_limit)?;
        let (row, loaded) = self.plugin(Some(tenant), plugin)?;
        Self::expect_kind(&row, &loaded, PluginKind::SbomParser)?;
        // The caller's level (an option, or the `validation` configuration value of a plain
        // invoke), else the tenant's; the parser reads it as configuration.
        let named = opts.config.get(Validation::CONFIG_KEY);
        let validation = match (opts.validation, named) {
            (Some(level), _) => level,
            (None, Some(name)) => {
                super::parse_validation(name).map_err(ServiceError::InvalidConfig)?
            }
            (None, None) => self.state.tenant_validation(tenant)?,
        };
        let mut opts = opts.clone();
        opts.config.insert(
            Validation::CONFIG_KEY.to_string(),
            validation.name().to_string(),
        );
        let opts = &opts;
        let staged = self.stage(&document)?;
        let reader = staged.reader().map_err(|error| ServiceError::Document {
            what: document.describe(),
            error,
        })?;
        let mut input = InputState::reader(Box::new(reader), staged.size);
        if let Some(counter) = progress {
            input = input.tracking(counter);
        }
        let sbom_id = staged.id.clone();
        let (ingest, feed) = self.state.begin_ingest(tenant, &sbom_id)?;
        self.run_charged(
            Call {
                tenant,
                row: &row,
                opts,
                subject: Some(sbom_id.clone()),
            },
            |spec| self.sandbox.parse(&loaded, input, Box::new(feed), spec),
            |out: ParseOutput| {
                let info = out.document.unwrap_or_else(|| DocumentInfo {
                    format: "unknown".into(),
                    spec_version: String::new(),
                    name: None,
                    created: None,
                    tools: Vec::new(),
                    supplier: None,
                });
                let output = Output::Sbom {
                    sbom_id: sbom_id.clone(),
                    format: info.format.clone(),
                    spec_version: info.spec_version.clone(),
                    name: info.name.clone(),
                    components: out.components,
                    dependencies: out.dependencies,
                    validation,
                    diagnostics: out.diagnostics.iter().map(DiagnosticOut::from).collect(),
                    duplicate: false,
                };
                let sbom = NewSbom {
                    id: sbom_id.clone(),
                    document: info,
                    components: out.components,
                    dependencies: out.dependencies,
                    diagnostics: out.diagnostics,
                    validation,
                };
                (output, Persist::Ingest(Box::new((ingest, sbom, staged))))
            },
            // A failed parse stores nothing: its ingest transaction rolls back.
            |_| None,
        )
        .inspect(|report| {
            if let Some(Output::Sbom {
                sbom_id,
                duplicate: false,
                ..
            }) = &report.output
            {
                self.saw_sbom(tenant, report.invocation_id, sbom_id);
            }
        })
    }

    /// Picks the parser for a document by asking every parser plugin every tenant can use
    /// (built-in or installed by the operator) how sure it is about the document's first bytes.
    /// Detection runs sandboxed under a small fixed gas limit and is not billed, which is why a
    /// tenant's own parsers do not take part (they are named explicitly instead). Returns the
    /// plugin (parse with its id, so a tenant's plugin of the same name cannot stand in) and
    /// its answer, or `None` when no parser recognises the document.
    pub fn detect(&self, head: &[u8]) -> Result<Option<(PluginRow, Detection)>, ServiceError> {
        let spec = CallSpec {
            gas_limit: DETECT_GAS,
            config: Arc::new(BTreeMap::new()),
            now: 0,
        };
        let mut best: Option<(PluginRow, Detection)> = None;
        for row in self.state.plugins()? {
            if row.kind != PluginKind::SbomParser.name() {
                continue;
            }
            // A plugin that cannot be loaded simply does not take part.
            let Ok((row, loaded)) = self.plugin(None, &row.id) else {
                continue;
            };
            let Ok(answer) = self.sandbox.detect(&loaded, head, &spec).result else {
                continue; // a plugin that fails to answer simply does not claim the document
            };
            // Highest confidence wins; on a tie a built-in beats an installed plugin, then
            // the name decides, so the choice is deterministic.
            let better = answer.confidence > 0
                && best.as_ref().is_none_or(|(b_row, b)| {
                    (answer.confidence, row.builtin, std::cmp::Reverse(&row.name))
                        > (b.confidence, b_row.builtin, std::cmp::Reverse(&b_row.name))
                });
            if better {
                best = Some((row, answer));
            }
        }
        Ok(best)
    }

    fn stage(&self, document: &Document<'_>) -> Result<Staged, ServiceError> {
        let staged = match document {
            Document::Bytes(bytes) => self.blobs.stage(*bytes),
            Document::File(path) => std::fs::File::open(path).and_then(|f| self.blobs.stage(f)),
        };
        staged.map_err(|error| ServiceError::Document {
            what: document.describe(),
            error,
        })
    }
}

/// Keeps the raw document, then commits the ingest. A document that cannot be kept fails the
/// ingest like any other state error: rolled back, ledger row recorded.
pub(super) fn persist_sbom(
    ingest: Ingest,
    sbom: NewSbom,
    blob: Staged,
    ledger: LedgerRow,
) -> Result<Committed, StateError> {
    match blob.keep() {
        Ok(()) => ingest.commit(sbom, ledger),
        Err(e) => ingest.abort(ledger, format!("cannot keep the raw document: {e}")),
    }
}

/// Where a document to ingest comes from.
pub enum Document<'a> {
    /// Bytes in memory (an HTTP body, a test).
    Bytes(&'a [u8]),
    /// A file, streamed.
    File(&'a Path),
}

impl Document<'_> {
    /// Its size in bytes (a file's, as it is now).
    pub fn size(&self) -> Result<u64, ServiceError> {
        match self {
            Document::Bytes(bytes) => Ok(bytes.len() as u64),
            Document::File(path) => {
                std::fs::metadata(path)
                    .map(|m| m.len())
                    .map_err(|error| ServiceError::Document {
                        what: self.describe(),
                        error,
                    })
            }
        }
    }

    fn describe(&self) -> String {
        match self {
            Document::Bytes(_) => "the document".into(),
            Document::File(path) => path.display().to_string(),
        }
    }
}

/// The blob directory of a database: beside the file, named after it.
pub(super) fn blobs_dir(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(".blobs");
    db.with_file_name(name)
}
