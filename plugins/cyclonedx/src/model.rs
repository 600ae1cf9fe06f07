//! State shared by the JSON and XML readers: located values, the diagnostic report (with rules
//! that depend on a spec version not yet known), the bom-ref registry and document facts.

use std::collections::{BTreeMap, HashSet};
use std::hash::{BuildHasherDefault, DefaultHasher};
use std::rc::Rc;

use traceguard_sdk::parser::{Sink, Validation};
use traceguard_sdk::{Diagnostic, DiagnosticEntry, DocumentInfo, PluginError, Severity};

use crate::rules;

/// The most diagnostics kept; further ones are only counted (bounded memory on hostile input).
pub const MAX_DIAGNOSTICS: usize = 1000;

/// The newest CycloneDX minor version whose rules this parser knows.
pub const NEWEST_MINOR: u8 = 7;

/// A value read from the document together with where it was found.
#[derive(Debug, Clone)]
pub struct Field {
    /// The value as written (XML text trimmed).
    pub value: String,
    /// JSON pointer or XPath-like location.
    pub path: Loc,
}

impl Field {
    /// A located value.
    pub fn new(value: impl Into<String>, path: impl Into<String>) -> Self {
        Field {
            value: value.into(),
            path: Loc::Text(path.into()),
        }
    }
}

/// Where a [`Field`] was found. JSON paths are spelled out only if a diagnostic needs them:
/// most fields never get one, and building every path cost several strings per component.
#[derive(Debug, Clone)]
pub enum Loc {
    /// A path spelled out.
    Text(String),
    /// A JSON place not spelled out yet.
    Below(Below),
}

impl Default for Loc {
    fn default() -> Self {
        Loc::Text(String::new())
    }
}

impl From<&Loc> for String {
    fn from(loc: &Loc) -> String {
        match loc {
            Loc::Text(path) => path.clone(),
            Loc::Below(place) => place.into(),
        }
    }
}

/// Most steps a [`Below`] holds before it spells its base out.
const STEPS: usize = 5;

/// A JSON pointer kept as a shared base and a few member or element steps below it, so that
/// naming the place of every member of every component costs no string. The base is an `Rc`:
/// with an `Arc` the native parse paid an atomic count for every place.
#[derive(Debug, Clone)]
pub struct Below {
    base: Rc<str>,
    steps: [Step; STEPS],
    len: u8,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Key(&'static str),
    Index(usize),
}

impl Below {
    /// The place `base` (a JSON pointer) itself.
    pub fn new(base: Rc<str>) -> Self {
        Below {
            base,
            steps: [Step::Index(0); STEPS],
            len: 0,
        }
    }

    /// The member `key` of the object here.
    pub fn key(&self, key: &'static str) -> Self {
        self.step(Step::Key(key))
    }

    /// Element `index` of the array here.
    pub fn index(&self, index: usize) -> Self {
        self.step(Step::Index(index))
    }

    fn step(&self, step: Step) -> Self {
        let mut next = if usize::from(self.len) == STEPS {
            Below::new(Rc::from(String::from(self)))
        } else {
            self.clone()
        };
        next.steps[usize::from(next.len)] = step;
        next.len += 1;
        next
    }
}

impl From<&Below> for String {
    /// The JSON pointer, spelled out.
    fn from(place: &Below) -> String {
        let mut s = String::from(&*place.base);
        for step in &place.steps[..usize::from(place.len)] {
            match *step {
                Step::Key(key) => crate::json_walk::push_key(&mut s, key),
                Step::Index(index) => crate::json_walk::push_index(&mut s, index),
            }
        }
        s
    }
}

/// A diagnostic that applies only when the spec minor version is in `from..below`.
struct Pending {
    diagnostic: DiagnosticEntry,
    from: u8,
    below: u8,
}

/// Collects diagnostics, bom-refs and dependency references while a document is read.
pub struct Report {
    level: Validation,
    /// Errors that leave part of the document unreadable: they reject it at every level.
    unreadable: u64,
    minor: Option<u8>,
    pending: Vec<Pending>,
    /// Unconditional errors that did not fit in `pending`.
    overflow_errors: u64,
    overflow: u64,
    /// Every bom-ref seen. Only looked up, never iterated, and hashed with fixed keys (no
    /// `RandomState`), so the work done — and the gas charged — is the same on every run.
    seen: HashSet<String, BuildHasherDefault<DefaultHasher>>,
    wanted: BTreeMap<String, String>,
    /// While set, a duplicate bom-ref is only a warning (see [`Report::bom_ref`]).
    pub lenient_refs: bool,
}

impl Report {
    /// An empty report judging at `level`; the spec version is unknown until [`Report::set_minor`].
    pub fn new(level: Validation) -> Self {
        Report {
            level,
            unreadable: 0,
            minor: None,
            pending: Vec::new(),
            overflow_errors: 0,
            overflow: 0,
            seen: HashSet::default(),
            wanted: BTreeMap::new(),
            lenient_refs: false,
        }
    }

    /// Sets the CycloneDX minor version (`6` for 1.6) whose rules apply.
    pub fn set_minor(&mut self, minor: u8) {
        self.minor = Some(minor);
    }

    /// The minor version whose rules apply, if known yet.
    pub fn minor(&self) -> Option<u8> {
        self.minor
    }

    /// Whether semantic checks run (not at `validation: none`).
    pub fn checks(&self) -> bool {
        self.level.checks()
    }

    fn push(&mut self, diagnostic: DiagnosticEntry, from: u8, below: u8) {
        if !self.level.checks() {
            return;
        }
        if let Some(minor) = self.minor
            && !(from..below).contains(&minor)
        {
            return;
        }
        if self.pending.len() < MAX_DIAGNOSTICS {
            self.pending.push(Pending {
                diagnostic,
                from,
                below,
            });
        } else {
            self.overflow += 1;
            if diagnostic.severity == Severity::Error && from == 0 && below == u8::MAX {
                self.overflow_errors += 1;
            }
        }
    }

    /// An error of `rule` that makes the document invalid in every version.
    pub fn error(
        &mut self,
        rule: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(DiagnosticEntry::error(rule, path, message), 0, u8::MAX);
    }

    /// An error that leaves part of the document unreadable (a component that is not an object,
    /// a list of components that is not a list): it rejects the document at every level.
    pub fn unreadable(
        &mut self,
        rule: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.unreadable += 1;
        let diagnostic = DiagnosticEntry::error(rule, path, message);
        if self.pending.len() < MAX_DIAGNOSTICS {
            self.pending.push(Pending {
                diagnostic,
                from: 0,
                below: u8::MAX,
            });
        }
    }

    /// An error only for spec versions older than 1.`below`.
    pub fn error_below(
        &mut self,
        rule: &'static str,
        below: u8,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(DiagnosticEntry::error(rule, path, message), 0, below);
    }

    /// An error only for spec versions 1.`from` up to (not including) 1.`below`.
    pub fn error_between(
        &mut self,
        rule: &'static str,
        from: u8,
        below: u8,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(DiagnosticEntry::error(rule, path, message), from, below);
    }

    /// An error only from spec version 1.`from` on.
    pub fn error_from(
        &mut self,
        rule: &'static str,
        from: u8,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(DiagnosticEntry::error(rule, path, message), from, u8::MAX);
    }

    /// A warning of `rule`: reported, but the document is still accepted.
    pub fn warning(
        &mut self,
        rule: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(DiagnosticEntry::warning(rule, path, message), 0, u8::MAX);
    }

    /// Registers a `bom-ref`: it must be non-empty and unique in the whole document.
    ///
    /// A duplicate is an error, except while `lenient_refs` is set (sections other than
    /// components, services and metadata): there it is a warning, because the specification's
    /// own valid examples reuse bom-refs there (1.5 `formulation` workspaces) and the JSON schema
    /// cannot express the rule.
    pub fn bom_ref(&mut self, field: &Field) {
        if !self.checks() {
            return;
        }
        if field.value.is_empty() {
            // refType has minLength 1 from 1.5; before, an empty bom-ref is merely useless.
            self.error_from(rules::BOM_REF, 5, &field.path, "bom-ref must not be empty");
        } else if !self.seen.insert(field.value.clone()) {
            let message = format!(
                "duplicate bom-ref {:?}: every bom-ref must be unique",
                field.value
            );
            if self.lenient_refs {
                self.warning(rules::BOM_REF, &field.path, message);
            } else {
                self.error(rules::BOM_REF, &field.path, message);
            }
        } else {
            self.wanted.remove(&field.value);
        }
    }

    /// Notes a reference (from a dependency) that must name a bom-ref somewhere in the document;
    /// `path` is asked for only while the reference is unresolved (the first place is kept).
    pub fn reference(&mut self, value: &str, path: impl FnOnce() -> String) {
        if self.checks()
            && !value.is_empty()
            && !self.seen.contains(value)
            && !self.wanted.contains_key(value)
        {
            self.wanted.insert(value.to_string(), path());
        }
    }

    /// The diagnostics that apply so far (for a document that cannot be read to its end).
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        let minor = self.minor.unwrap_or(NEWEST_MINOR);
        self.pending
            .into_iter()
            .filter(|p| (p.from..p.below).contains(&minor))
            .map(|p| p.diagnostic.into_diagnostic())
            .collect()
    }

    /// Ends the document: dangling references become warnings. A document with an unreadable
    /// part is rejected; otherwise the level judges the diagnostics that apply under the final
    /// spec version (1.7 if none was given), and those it keeps are reported to `sink`.
    pub fn finish(mut self, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        for (target, path) in std::mem::take(&mut self.wanted) {
            self.warning(
                rules::DEPENDENCY,
                path,
                format!("dependency names unknown bom-ref {target:?}"),
            );
        }
        let minor = self.minor.unwrap_or(NEWEST_MINOR);
        let diagnostics: Vec<DiagnosticEntry> = self
            .pending
            .into_iter()
            .filter(|p| (p.from..p.below).contains(&minor))
            .map(|p| p.diagnostic)
            .collect();
        if self.unreadable > 0 {
            return Err(PluginError::with_diagnostics(
                format!(
                    "unreadable CycloneDX document: {} part(s) cannot be read as the specification defines them",
                    self.unreadable
                ),
                diagnostics,
            ));
        }
        let kept = self.level.judge(
            "CycloneDX",
            diagnostics,
            self.overflow,
            self.overflow_errors,
        )?;
        for d in kept {
            sink.report(d)?;
        }
        Ok(())
    }
}

/// Document-level facts gathered while reading, turned into [`DocumentInfo`] at the end.
#[derive(Debug, Default)]
pub struct DocFacts {
    /// The spec version as written.
    pub spec_version: Option<String>,
    /// `name@version` of `metadata.component`.
    pub name: Option<String>,
    /// `metadata.timestamp`.
    pub created: Option<String>,
    /// Tool names (with versions).
    pub tools: Vec<String>,
    /// `metadata.supplier.name`.
    pub supplier: Option<String>,
}

impl DocFacts {
    /// The normalised document info.
    pub fn into_info(self) -> DocumentInfo {
        DocumentInfo {
            format: "cyclonedx".into(),
            spec_version: self.spec_version.unwrap_or_default(),
            name: self.name,
            created: self.created,
            tools: self.tools,
            supplier: self.supplier,
        }
    }
}

/// Parses a spec version (`1.N`): the minor version and, for versions newer than this parser, a
/// warning; older or unknown versions are an error message.
pub fn spec_minor(version: &str) -> Result<(u8, Option<String>), String> {
    let minor = version
        .strip_prefix("1.")
        .and_then(|m| m.parse::<u8>().ok());
    match minor {
        Some(m @ 2..=NEWEST_MINOR) => Ok((m, None)),
        Some(m) if m > NEWEST_MINOR => Ok((
            m,
            Some(format!(
                "CycloneDX {version} is newer than this parser (1.2–1.7); read on a best-effort basis with 1.7 rules"
            )),
        )),
        Some(_) => Err(format!(
            "CycloneDX {version} is not supported (only 1.2–1.7 and newer 1.x)"
        )),
        None => Err(format!(
            "unknown CycloneDX spec version {version:?} (expected 1.2–1.7)"
        )),
    }
}

/// What a reader writes to: the sink, the report and the document facts. A sink error is kept
/// as `fatal` and stops the reader.
pub struct Out<'a, 'b> {
    /// Where components and dependencies go.
    pub sink: &'a mut Sink<'b>,
    /// Diagnostics, bom-refs and references.
    pub report: Report,
    /// Document-level facts.
    pub doc: DocFacts,
    /// The first error that must stop reading (a sink error or an unsupported version).
    pub fatal: Option<PluginError>,
    /// Components pushed so far.
    pub components: u64,
}

impl<'a, 'b> Out<'a, 'b> {
    /// A fresh output around `sink`, judging at the level of the running parse.
    pub fn new(sink: &'a mut Sink<'b>) -> Self {
        Out {
            sink,
            report: Report::new(Validation::current()),
            doc: DocFacts::default(),
            fatal: None,
            components: 0,
        }
    }

    /// Pushes a component unless reading has already failed.
    pub fn component(&mut self, component: traceguard_sdk::Component) {
        if self.fatal.is_none() {
            self.components += 1;
            if let Err(e) = self.sink.component(component) {
                self.fatal = Some(e);
            }
        }
    }

    /// Pushes a dependency unless reading has already failed.
    pub fn dependency(&mut self, dependency: traceguard_sdk::Dependency) {
        if self.fatal.is_none()
            && let Err(e) = self.sink.dependency(dependency)
        {
            self.fatal = Some(e);
        }
    }

    /// Applies the spec version found in the document: sets the rules, warns about versions newer
    /// than this parser, and stops on older or unknown ones.
    pub fn spec_version(&mut self, field: &Field) {
        match spec_minor(&field.value) {
            Ok((minor, warning)) => {
                self.report.set_minor(minor);
                if let Some(w) = warning {
                    self.report.warning(rules::SPEC_VERSION, &field.path, w);
                }
            }
            Err(message) => {
                self.fatal = Some(PluginError::with_diagnostics(
                    message.clone(),
                    vec![Diagnostic::error(&field.path, message)],
                ));
            }
        }
        self.doc.spec_version = Some(field.value.clone());
    }

    /// Ends the document: the fatal error if any, else the report's verdict, then the document info.
    pub fn finish(mut self) -> Result<(), PluginError> {
        if let Some(fatal) = self.fatal.take() {
            return Err(fatal);
        }
        self.report.finish(self.sink)?;
        self.sink.document(self.doc.into_info())
    }

    /// Fails with every diagnostic found so far plus `last` (a syntax error that stops reading).
    pub fn fail(self, message: &str, last: Diagnostic) -> PluginError {
        if let Some(fatal) = self.fatal {
            return fatal;
        }
        let mut diagnostics = self.report.into_diagnostics();
        diagnostics.push(last);
        PluginError::with_diagnostics(message, diagnostics)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_walk::{at, pointer};

    #[test]
    fn a_place_spells_the_pointer_its_steps_make_past_its_capacity() {
        let mut place = Below::new(Rc::from("/components"));
        let mut path = String::from("/components");
        for depth in 0..3 * STEPS {
            assert_eq!(String::from(&place), path, "depth {depth}");
            if depth % 2 == 0 {
                place = place.index(depth * 7);
                path = at(&path, depth * 7);
            } else {
                place = place.key("a/b~c");
                path = pointer(&path, "a/b~c");
            }
        }
        assert_eq!(String::from(&place), path);
        assert!(path.ends_with("/a~1b~0c/98"), "{path}");
    }
}
