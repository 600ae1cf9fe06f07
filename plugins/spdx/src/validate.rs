//! Validation of SPDX 2.x documents while they stream past: identifiers, required fields per
//! version, relationship targets, checksums. Keeps only sets of identifiers, the dependency
//! edges and the references not yet resolved — never the components themselves.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, DefaultHasher};

use traceguard_sdk::parser::{Sink, Validation};
use traceguard_sdk::{
    Dependency, Diagnostic, DiagnosticEntry, DocumentInfo, PluginError, Severity,
};

use crate::checks;
use crate::model::{
    Edge, ElementKind, Header, RawElement, Relationship, relationship_edge, strip_agent,
};
use crate::rules;

/// SPDX 2.x versions this parser reads.
pub const SUPPORTED: &[&str] = &["SPDX-2.1", "SPDX-2.2", "SPDX-2.3"];

/// Checksum algorithms defined by SPDX 2.2.
const ALGORITHMS_22: &[&str] = &[
    "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "MD2", "MD4", "MD5", "MD6",
];
/// Checksum algorithms added by SPDX 2.3.
const ALGORITHMS_23: &[&str] = &[
    "SHA3-256",
    "SHA3-384",
    "SHA3-512",
    "BLAKE2b-256",
    "BLAKE2b-384",
    "BLAKE2b-512",
    "BLAKE3",
    "ADLER32",
];

/// The declared SPDX version, once known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    /// SPDX 2.1 requires what 2.2 requires (2.3 relaxed it), and lacks what 2.3 added.
    V21,
    V22,
    V23,
    Unsupported,
}

/// A check that depends on the declared version, kept until `spdxVersion` has been read.
#[derive(Debug, Clone)]
enum VersionFact {
    /// A field SPDX 2.2 requires is missing (SPDX 2.3 made it optional).
    Requires22 { path: String, field: &'static str },
    /// A field or value that only SPDX 2.3 defines is used.
    Uses23 { path: String, what: String },
}

/// A relationship end that was not yet a known SPDXID when read.
#[derive(Debug, Clone)]
struct PendingRef {
    id: String,
    path: String,
    /// True when the relationship is a dependency edge (then a dangling end is an error).
    edge: bool,
}

/// The most diagnostics kept; further ones are only counted (bounded memory on hostile input,
/// and on real documents whose every file lacks a field).
pub const MAX_DIAGNOSTICS: usize = 1000;

/// Accumulates validation state and pushes components as they arrive.
#[derive(Debug)]
pub struct Collector {
    level: Validation,
    /// Errors that leave the document uninterpretable: they reject it at every level.
    unreadable: u64,
    /// Diagnostics not kept past [`MAX_DIAGNOSTICS`], and how many of them were errors.
    overflow: u64,
    overflow_errors: u64,
    version: Option<Version>,
    /// Every SPDXID seen. Only looked up, never iterated, and hashed with fixed keys (no
    /// `RandomState`), so the work done — and the gas charged — is the same on every run.
    ids: HashSet<String, BuildHasherDefault<DefaultHasher>>,
    diagnostics: Vec<DiagnosticEntry>,
    /// Dependency edges (from, to) in document order; sorted and grouped once at the end, which
    /// costs far less than a tree node per edge set and per target.
    edges: Vec<(String, String)>,
    pending: Vec<PendingRef>,
    deferred: Vec<VersionFact>,
}

impl Collector {
    /// An empty collector judging at the level of the running parse.
    pub fn new() -> Self {
        Collector {
            level: Validation::current(),
            unreadable: 0,
            overflow: 0,
            overflow_errors: 0,
            version: None,
            ids: HashSet::default(),
            diagnostics: Vec::new(),
            edges: Vec::new(),
            pending: Vec::new(),
            deferred: Vec::new(),
        }
    }

    /// Whether semantic checks run (not at `validation: none`).
    pub fn checks(&self) -> bool {
        self.level.checks()
    }

    /// Records a diagnostic (error or warning); a plain [`Diagnostic`] has no rule.
    pub fn push(&mut self, diagnostic: impl Into<DiagnosticEntry>) {
        if !self.checks() {
            return;
        }
        let diagnostic = diagnostic.into();
        if self.diagnostics.len() < MAX_DIAGNOSTICS {
            self.diagnostics.push(diagnostic);
        } else {
            self.overflow += 1;
            self.overflow_errors += u64::from(diagnostic.severity == Severity::Error);
        }
    }

    /// Records an error that leaves the document uninterpretable (an spdxVersion this parser does
    /// not read, or none): it rejects the document at every level.
    pub fn unreadable(&mut self, diagnostic: impl Into<DiagnosticEntry>) {
        self.unreadable += 1;
        self.diagnostics.push(diagnostic.into());
    }

    /// Every diagnostic so far, for a rejection that happens before [`Collector::finish`].
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
            .into_iter()
            .map(DiagnosticEntry::into_diagnostic)
            .collect()
    }

    /// Sets the declared `spdxVersion`; an unsupported version is an error naming it.
    pub fn set_version(&mut self, version: &str, path: String) {
        let parsed = match version.trim() {
            "SPDX-2.1" => Version::V21,
            "SPDX-2.2" => Version::V22,
            "SPDX-2.3" => Version::V23,
            other => {
                self.unreadable(DiagnosticEntry::error(rules::SPEC_VERSION,
                    path,
                    format!(
                        "unsupported spdxVersion {other:?}: this parser reads {} (and SPDX 3.0.x JSON-LD)",
                        SUPPORTED.join(", ")
                    ),
                ));
                Version::Unsupported
            }
        };
        self.version = Some(parsed);
        for fact in std::mem::take(&mut self.deferred) {
            self.apply(fact);
        }
    }

    /// Whether the fields only SPDX 2.1/2.2 require can still matter: the declared version is
    /// one of those, or not known yet. Saves building their paths for 2.3 documents.
    fn may_require_22(&self) -> bool {
        matches!(self.version, None | Some(Version::V21 | Version::V22))
    }

    fn fact(&mut self, fact: VersionFact) {
        if self.version.is_some() {
            self.apply(fact);
        } else {
            self.deferred.push(fact);
        }
    }

    fn apply(&mut self, fact: VersionFact) {
        let declared = match self.version {
            Some(Version::V21) => "SPDX-2.1",
            Some(Version::V22) => "SPDX-2.2",
            _ => return,
        };
        match fact {
            VersionFact::Requires22 { path, field } => self.push(DiagnosticEntry::error(rules::REQUIRED,
                path,
                format!("`{field}` is required by {declared} (the declared spdxVersion)"),
            )),
            VersionFact::Uses23 { path, what } => self.push(DiagnosticEntry::error(rules::SPEC_VERSION,
                path,
                format!("{what} is not defined in {declared} (the declared spdxVersion); it was added in SPDX-2.3"),
            )),
        }
    }

    /// Registers an SPDXID; a duplicate is an error.
    pub fn register_id(&mut self, id: &str, path: String) {
        if !self.checks() {
            return;
        }
        if !id.starts_with("SPDXRef-") {
            self.push(DiagnosticEntry::error(
                rules::SPDX_ID,
                path.clone(),
                format!("SPDXID {id:?} must start with \"SPDXRef-\""),
            ));
        }
        if !self.ids.insert(id.to_string()) {
            self.push(DiagnosticEntry::error(
                rules::SPDX_ID,
                path,
                format!("duplicate SPDXID {id:?}"),
            ));
        }
    }

    /// Validates one package or file and pushes it to `sink` as a component.
    pub fn element(&mut self, el: RawElement, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        if self.checks() {
            self.check_element(&el);
        }
        if let Some(id) = &el.spdx_id {
            for file in &el.has_files {
                let rel = Relationship {
                    from: id.clone(),
                    kind: "CONTAINS".into(),
                    to: file.clone(),
                    path: el.at("hasFiles"),
                };
                self.relationship(rel);
            }
        }
        sink.component(el.into_component())
    }

    /// The checks of one package or file.
    fn check_element(&mut self, el: &RawElement) {
        let (name_field, kind_name) = match el.kind {
            ElementKind::Package => ("name", "package"),
            ElementKind::File => ("fileName", "file"),
        };
        match &el.spdx_id {
            Some(id) => self.register_id(id, el.at("SPDXID")),
            None => self.push(DiagnosticEntry::error(
                rules::SPDX_ID,
                el.at("SPDXID"),
                format!("{kind_name} has no SPDXID"),
            )),
        }
        if el.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
            self.push(DiagnosticEntry::error(
                rules::REQUIRED,
                el.at(name_field),
                format!("{kind_name} has no `{name_field}`"),
            ));
        }
        match el.kind {
            ElementKind::Package => {
                if el.download_location.is_none() {
                    self.push(DiagnosticEntry::error(
                        rules::REQUIRED,
                        el.at("downloadLocation"),
                        "package has no `downloadLocation` (use NOASSERTION when unknown)",
                    ));
                }
                for (field, value) in [
                    ("licenseConcluded", &el.license_concluded),
                    ("licenseDeclared", &el.license_declared),
                    ("copyrightText", &el.copyright),
                ] {
                    if value.is_none() && self.may_require_22() {
                        self.fact(VersionFact::Requires22 {
                            path: el.at(field),
                            field,
                        });
                    }
                }
            }
            ElementKind::File => {
                if !el.checksums.iter().any(|c| c.algorithm == "SHA1") {
                    self.push(DiagnosticEntry::error(
                        rules::REQUIRED,
                        el.at("checksums"),
                        "file has no SHA1 checksum (required by SPDX 2.x)",
                    ));
                }
                if el.license_concluded.is_none() {
                    self.fact(VersionFact::Requires22 {
                        path: el.at("licenseConcluded"),
                        field: "licenseConcluded",
                    });
                }
                if el.license_info.is_empty() {
                    self.fact(VersionFact::Requires22 {
                        path: el.at("licenseInfoInFiles"),
                        field: "licenseInfoInFiles",
                    });
                }
                if el.copyright.is_none() {
                    self.fact(VersionFact::Requires22 {
                        path: el.at("copyrightText"),
                        field: "copyrightText",
                    });
                }
            }
        }
        for field in &el.v23_fields {
            self.fact(VersionFact::Uses23 {
                path: el.at(field),
                what: format!("`{field}`"),
            });
        }
        for checksum in &el.checksums {
            if ALGORITHMS_23.contains(&checksum.algorithm.as_str()) {
                self.fact(VersionFact::Uses23 {
                    path: checksum.path.clone(),
                    what: format!("checksum algorithm {}", checksum.algorithm),
                });
            } else if !ALGORITHMS_22.contains(&checksum.algorithm.as_str()) {
                self.push(DiagnosticEntry::error(
                    rules::HASH,
                    checksum.path.clone(),
                    format!("unknown checksum algorithm {:?}", checksum.algorithm),
                ));
                continue;
            }
            if let Some(problem) = checks::hash(&checksum.algorithm, &checksum.value) {
                self.push(DiagnosticEntry::error(
                    rules::HASH,
                    checksum.path.clone(),
                    problem,
                ));
            }
        }
        for r in [el.purl(), el.cpe()].into_iter().flatten() {
            let (rule, problem) = if r.kind.ends_with("purl") {
                (rules::PURL, checks::purl(&r.locator))
            } else {
                (rules::CPE, checks::cpe(&r.locator))
            };
            if let Some(problem) = problem {
                self.push(DiagnosticEntry::warning(rule, r.path.clone(), problem));
            }
        }
        for (field, expression) in [
            ("licenseConcluded", &el.license_concluded),
            ("licenseDeclared", &el.license_declared),
        ] {
            if let Some(expression) = expression.as_deref().filter(|e| crate::model::asserted(e)) {
                for problem in checks::license_expression(expression) {
                    self.push(DiagnosticEntry::warning(
                        rules::LICENSE,
                        el.at(field),
                        problem,
                    ));
                }
            }
        }
    }

    /// Records a relationship: a dependency edge (see [`relationship_edge`]) and checks of both ends.
    pub fn relationship(&mut self, rel: Relationship) {
        let edge = relationship_edge(&rel.kind);
        for end in [&rel.from, &rel.to] {
            if self.checks() && !self.resolves(end) {
                self.pending.push(PendingRef {
                    id: end.clone(),
                    path: rel.path.clone(),
                    edge: edge != Edge::None,
                });
            }
        }
        if is_placeholder(&rel.from) || is_placeholder(&rel.to) {
            return;
        }
        let (from, to) = match edge {
            Edge::Forward => (rel.from, rel.to),
            Edge::Reverse => (rel.to, rel.from),
            Edge::None => return,
        };
        self.edges.push((from, to));
    }

    fn resolves(&self, id: &str) -> bool {
        is_placeholder(id) || id.starts_with("DocumentRef-") || self.ids.contains(id)
    }

    /// Checks the document header and every pending reference; on success sets the document
    /// info, pushes the dependency edges and reports the warnings, otherwise rejects the
    /// document with every diagnostic found.
    pub fn finish(mut self, header: Header, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        let at = |field: &str| {
            header
                .paths
                .get(field)
                .cloned()
                .unwrap_or_else(|| header.missing_path(field))
        };
        match &header.spdx_version {
            None => self.unreadable(DiagnosticEntry::error(
                rules::REQUIRED,
                at("spdxVersion"),
                "document has no `spdxVersion`: which SPDX rules apply is unknown",
            )),
            Some(_) if self.version.is_some() => {}
            Some(v) => self.set_version(v, at("spdxVersion")),
        }
        match header.data_license.as_deref() {
            Some("CC0-1.0") => {}
            Some(other) => self.push(DiagnosticEntry::error(
                rules::DATA_LICENSE,
                at("dataLicense"),
                format!("dataLicense must be \"CC0-1.0\", found {other:?}"),
            )),
            None => self.push(DiagnosticEntry::error(
                rules::REQUIRED,
                at("dataLicense"),
                "document has no `dataLicense` (CC0-1.0)",
            )),
        }
        let doc_id = header.spdx_id.clone().unwrap_or_default();
        match header.spdx_id.as_deref() {
            Some("SPDXRef-DOCUMENT") => {}
            Some(other) => self.push(DiagnosticEntry::error(
                rules::SPDX_ID,
                at("SPDXID"),
                format!("document SPDXID must be \"SPDXRef-DOCUMENT\", found {other:?}"),
            )),
            None => self.push(DiagnosticEntry::error(
                rules::SPDX_ID,
                at("SPDXID"),
                "document has no `SPDXID`",
            )),
        }
        if header.name.is_none() {
            self.push(DiagnosticEntry::error(
                rules::REQUIRED,
                at("name"),
                "document has no `name`",
            ));
        }
        if header.namespace.is_none() {
            self.push(DiagnosticEntry::error(
                rules::REQUIRED,
                at("documentNamespace"),
                "document has no `documentNamespace`",
            ));
        }
        if !header.creation_info {
            self.push(DiagnosticEntry::error(
                rules::REQUIRED,
                at("creationInfo"),
                "document has no `creationInfo`",
            ));
        } else {
            if header.creators.is_empty() {
                self.push(DiagnosticEntry::error(
                    rules::REQUIRED,
                    at("creators"),
                    "creationInfo has no `creators`",
                ));
            }
            if header.created.is_none() {
                self.push(DiagnosticEntry::error(
                    rules::REQUIRED,
                    at("created"),
                    "creationInfo has no `created`",
                ));
            }
        }
        for pending in std::mem::take(&mut self.pending) {
            if self.ids.contains(&pending.id) || pending.id == doc_id {
                continue;
            }
            let message = format!("relationship names unknown SPDXID {:?}", pending.id);
            self.push(if pending.edge {
                DiagnosticEntry::error(rules::RELATIONSHIP, pending.path, message)
            } else {
                DiagnosticEntry::warning(rules::RELATIONSHIP, pending.path, message)
            });
        }
        if self.unreadable > 0 {
            return Err(PluginError::with_diagnostics(
                "unreadable SPDX document: which SPDX version's rules apply is unknown",
                self.diagnostics,
            ));
        }
        let kept = self.level.judge(
            "SPDX",
            self.diagnostics,
            self.overflow,
            self.overflow_errors,
        )?;
        sink.document(document_info(&header))?;
        // Edge sets in order of their source, each target once, in order: what a map of sets
        // would give.
        let mut edges = std::mem::take(&mut self.edges);
        edges.sort_unstable();
        edges.dedup();
        let mut edges = edges.into_iter().peekable();
        while let Some((from, to)) = edges.next() {
            let mut depends_on = vec![to];
            while let Some((_, to)) = edges.next_if(|(next, _)| *next == from) {
                depends_on.push(to);
            }
            sink.dependency(Dependency {
                ref_: from,
                depends_on,
            })?;
        }
        for diagnostic in kept {
            sink.report(diagnostic)?;
        }
        Ok(())
    }
}

/// `NOASSERTION` and `NONE` stand for "no element" in relationships.
fn is_placeholder(id: &str) -> bool {
    id == "NOASSERTION" || id == "NONE"
}

fn document_info(header: &Header) -> DocumentInfo {
    let spec_version = header
        .spdx_version
        .as_deref()
        .map(|v| v.trim().trim_start_matches("SPDX-").to_string())
        .unwrap_or_default();
    DocumentInfo {
        format: "spdx".into(),
        spec_version,
        name: header.name.clone(),
        created: header.created.clone(),
        tools: header
            .creators
            .iter()
            .filter(|c| c.trim_start().starts_with("Tool:"))
            .filter_map(|c| strip_agent(c))
            .collect(),
        supplier: header
            .creators
            .iter()
            .find(|c| c.trim_start().starts_with("Organization:"))
            .and_then(|c| strip_agent(c)),
    }
}
