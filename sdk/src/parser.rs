//! Writing an `sbom-parser` plugin: [`SbomParser`], the [`Input`] you read and the [`Sink`] you fill.

use std::io;

use crate::bindings::sbom_parser::exports::traceguard::plugin::parser as wit;
use crate::bindings::sbom_parser::traceguard::plugin::sbom_io;
use crate::{Component, Dependency, DiagnosticEntry, DocumentInfo, PluginError, Severity};

pub use wit::{Detection, Summary};

/// The most entries the host accepts in one push; [`Sink`] batches to exactly this size.
pub const BATCH: usize = 1024;
/// The chunk size requested from the host on each read.
const CHUNK: u32 = 64 * 1024;

/// How strictly a parser judges a document. The host chooses it for every parse (the caller's
/// choice, else the tenant's default, else [`Validation::Standard`]) and passes it as the
/// configuration value [`Validation::CONFIG_KEY`]; [`Validation::current`] reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Validation {
    /// Any error the specification defines rejects the document.
    Strict,
    /// A document is rejected only when it cannot be interpreted (not the syntax, an unknown
    /// spec version, a structure components cannot be read from); other errors are reported as
    /// diagnostics and the components are kept.
    #[default]
    Standard,
    /// No semantic checks and no diagnostics: only what the parse needs, still bounded on
    /// hostile input.
    None,
}

impl Validation {
    /// The configuration key the host sets for a parse.
    pub const CONFIG_KEY: &'static str = "validation";

    /// Every level, strictest first.
    pub const ALL: [Validation; 3] = [Validation::Strict, Validation::Standard, Validation::None];

    /// `strict`, `standard` or `none`.
    pub fn name(self) -> &'static str {
        match self {
            Validation::Strict => "strict",
            Validation::Standard => "standard",
            Validation::None => "none",
        }
    }

    /// The level named `name` (as [`Validation::name`] spells it).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.name() == name)
    }

    /// The level of the running parse: the host's configuration value, or
    /// [`Validation::Standard`] when it is unset or unknown.
    pub fn current() -> Self {
        crate::config(Self::CONFIG_KEY)
            .and_then(|name| Self::from_name(&name))
            .unwrap_or_default()
    }

    /// Whether semantic checks run at this level (everything but [`Validation::None`]).
    pub fn checks(self) -> bool {
        self != Validation::None
    }

    /// The rule of the note [`Validation::judge`] adds when diagnostics were only counted.
    pub const TRUNCATED_RULE: &'static str = "traceguard/diagnostics-truncated";

    /// Ends a parse that could be read to its end. `diagnostics` are those found (`overflow`
    /// more were only counted, of which `overflow_errors` errors). At [`Validation::Strict`] any
    /// error rejects the document with every diagnostic; otherwise the diagnostics the level
    /// keeps are returned, for the parser to [`Sink::report`].
    pub fn judge<D: Into<DiagnosticEntry>>(
        self,
        format: &str,
        diagnostics: Vec<D>,
        overflow: u64,
        overflow_errors: u64,
    ) -> Result<Vec<DiagnosticEntry>, PluginError> {
        if self == Validation::None {
            return Ok(Vec::new());
        }
        let mut diagnostics: Vec<DiagnosticEntry> =
            diagnostics.into_iter().map(Into::into).collect();
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count() as u64
            + overflow_errors;
        if overflow > 0 {
            diagnostics.push(DiagnosticEntry::new(
                Self::TRUNCATED_RULE,
                Severity::Info,
                "",
                format!(
                    "{overflow} further diagnostic(s) not kept ({} are kept at most)",
                    diagnostics.len()
                ),
            ));
        }
        if errors > 0 && self == Validation::Strict {
            return Err(PluginError::with_diagnostics(
                format!("invalid {format} document: {errors} error(s) (validation: strict)"),
                diagnostics,
            ));
        }
        Ok(diagnostics)
    }
}

/// An SBOM parser. Implement it on a unit struct and export it with [`crate::export_sbom_parser!`].
pub trait SbomParser {
    /// Says how confident this parser is that `head` (the first bytes, at most 4 KiB) is its format.
    fn detect(head: &[u8]) -> Detection;

    /// Parses the whole document from `input`, pushing what it finds into `sink`.
    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError>;
}

/// The document being parsed; implements [`std::io::Read`], pulling chunks from the host
/// (or from a byte slice when the parser runs natively through [`parse_native`]).
pub struct Input<'a> {
    source: Source<'a>,
}

enum Source<'a> {
    Host(&'a sbom_io::Input),
    Bytes(io::Cursor<&'a [u8]>),
}

impl Input<'_> {
    /// Total size of the document in bytes.
    pub fn size(&self) -> u64 {
        match &self.source {
            Source::Host(input) => input.size(),
            Source::Bytes(cursor) => cursor.get_ref().len() as u64,
        }
    }

    /// Reads the whole document into memory. Prefer streaming through [`std::io::Read`] for large inputs.
    pub fn read_all(&mut self) -> Vec<u8> {
        let mut all = Vec::with_capacity(usize::try_from(self.size()).unwrap_or(0));
        // Reading from the host or a slice cannot fail.
        let _ = io::Read::read_to_end(self, &mut all);
        all
    }
}

impl io::Read for Input<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.source {
            Source::Bytes(cursor) => cursor.read(buf),
            Source::Host(input) => {
                let want = u32::try_from(buf.len()).unwrap_or(u32::MAX).min(CHUNK);
                if want == 0 {
                    return Ok(0);
                }
                let chunk = input.read(want);
                // The host never returns more than asked; guard anyway rather than panic.
                let n = chunk.len().min(buf.len());
                buf[..n].copy_from_slice(&chunk[..n]);
                Ok(n)
            }
        }
    }
}

/// Everything a parser produced when run natively with [`parse_native`]: what the host would
/// have received, in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Collected {
    /// The document-level facts, if the parser set them.
    pub document: Option<DocumentInfo>,
    pub components: Vec<Component>,
    pub dependencies: Vec<Dependency>,
    /// Diagnostics reported without failing the parse, with their rules.
    pub diagnostics: Vec<DiagnosticEntry>,
}

/// Runs parser `P` natively over `bytes` at [`Validation::Standard`] (the host's default),
/// outside any sandbox: for unit tests, fuzzing and native-vs-sandbox benchmarks of the same
/// parser code.
pub fn parse_native<P: SbomParser>(bytes: &[u8]) -> Result<Collected, PluginError> {
    parse_native_at::<P>(bytes, Validation::Standard)
}

/// For fuzz and property tests: parses `bytes` natively at every level and checks that the
/// levels nest — a document a stricter level accepts is accepted by every laxer one, with the
/// same components and dependencies — panicking with the evidence if they do not. Returns the
/// [`Validation::Strict`] result.
pub fn parse_native_every_level<P: SbomParser>(bytes: &[u8]) -> Result<Collected, PluginError> {
    let [strict, standard, none] = Validation::ALL.map(|level| parse_native_at::<P>(bytes, level));
    for (stricter, laxer, names) in [
        (&strict, &standard, "strict/standard"),
        (&standard, &none, "standard/none"),
    ] {
        match (stricter, laxer) {
            (Ok(a), Ok(b)) => assert!(
                a.components == b.components && a.dependencies == b.dependencies,
                "{names}: both accept but read different components or dependencies"
            ),
            (Ok(_), Err(e)) => {
                panic!("{names}: the stricter level accepts, the laxer refuses: {e:?}")
            }
            (Err(_), _) => {}
        }
    }
    strict
}

/// [`parse_native`] at the validation level `level`.
pub fn parse_native_at<P: SbomParser>(
    bytes: &[u8],
    level: Validation,
) -> Result<Collected, PluginError> {
    let _run = crate::native::install(&[(Validation::CONFIG_KEY, level.name())], 0);
    let mut collected = Collected::default();
    let mut input = Input {
        source: Source::Bytes(io::Cursor::new(bytes)),
    };
    let mut sink = Sink::new(Target::Memory(&mut collected));
    P::parse(&mut input, &mut sink)?;
    sink.finish()?;
    Ok(collected)
}

/// Where a parser puts what it found. Components, dependencies and diagnostics are batched and
/// pushed to the host [`BATCH`] at a time, so a large document never sits whole in guest memory
/// and thousands of diagnostics cost a few host calls, not thousands.
pub struct Sink<'a> {
    target: Target<'a>,
    components: Vec<Component>,
    dependencies: Vec<Dependency>,
    diagnostics: Vec<DiagnosticEntry>,
    pushed_components: u64,
    pushed_dependencies: u64,
}

enum Target<'a> {
    Host(&'a sbom_io::Sink),
    Memory(&'a mut Collected),
}

impl<'a> Sink<'a> {
    fn new(target: Target<'a>) -> Self {
        Sink {
            target,
            components: Vec::with_capacity(BATCH),
            dependencies: Vec::new(),
            diagnostics: Vec::new(),
            pushed_components: 0,
            pushed_dependencies: 0,
        }
    }

    /// Sets the document-level facts (format, spec version, name, tools …).
    pub fn document(&mut self, info: DocumentInfo) -> Result<(), PluginError> {
        match &mut self.target {
            Target::Host(sink) => sink.document(&info).map_err(sink_error),
            Target::Memory(collected) => {
                if collected.document.is_some() {
                    return Err(sink_error(sbom_io::SinkError::Invalid(
                        "document info was already set".into(),
                    )));
                }
                collected.document = Some(info);
                Ok(())
            }
        }
    }

    /// Adds one component; pushed to the host when a batch is full.
    pub fn component(&mut self, component: Component) -> Result<(), PluginError> {
        self.components.push(component);
        if self.components.len() >= BATCH {
            self.flush_components()?;
        }
        Ok(())
    }

    /// Adds one dependency edge set; pushed to the host when a batch is full.
    pub fn dependency(&mut self, dependency: Dependency) -> Result<(), PluginError> {
        self.dependencies.push(dependency);
        if self.dependencies.len() >= BATCH {
            self.flush_dependencies()?;
        }
        Ok(())
    }

    /// Records a diagnostic (typically a warning) without stopping the parse; a [`crate::Diagnostic`]
    /// without a rule is stored with an empty one. Pushed to the host when a batch is full.
    pub fn report(&mut self, diagnostic: impl Into<DiagnosticEntry>) -> Result<(), PluginError> {
        self.diagnostics.push(diagnostic.into());
        if self.diagnostics.len() >= BATCH {
            self.flush_diagnostics()?;
        }
        Ok(())
    }

    fn flush_diagnostics(&mut self) -> Result<(), PluginError> {
        if !self.diagnostics.is_empty() {
            match &mut self.target {
                Target::Host(sink) => {
                    sink.report_batch(&self.diagnostics).map_err(sink_error)?;
                    self.diagnostics.clear();
                }
                Target::Memory(collected) => collected.diagnostics.append(&mut self.diagnostics),
            }
        }
        Ok(())
    }

    fn flush_components(&mut self) -> Result<(), PluginError> {
        if !self.components.is_empty() {
            self.pushed_components += self.components.len() as u64;
            match &mut self.target {
                Target::Host(sink) => {
                    sink.push_components(&self.components).map_err(sink_error)?;
                    self.components.clear();
                }
                Target::Memory(collected) => collected.components.append(&mut self.components),
            }
        }
        Ok(())
    }

    fn flush_dependencies(&mut self) -> Result<(), PluginError> {
        if !self.dependencies.is_empty() {
            self.pushed_dependencies += self.dependencies.len() as u64;
            match &mut self.target {
                Target::Host(sink) => {
                    sink.push_dependencies(&self.dependencies)
                        .map_err(sink_error)?;
                    self.dependencies.clear();
                }
                Target::Memory(collected) => collected.dependencies.append(&mut self.dependencies),
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Summary, PluginError> {
        self.flush_components()?;
        self.flush_dependencies()?;
        self.flush_diagnostics()?;
        Ok(Summary {
            components: self.pushed_components,
            dependencies: self.pushed_dependencies,
        })
    }
}

fn sink_error(e: sbom_io::SinkError) -> PluginError {
    let message = match e {
        sbom_io::SinkError::BatchTooLarge(max) => format!("host refused a batch larger than {max}"),
        sbom_io::SinkError::LimitExceeded(what) => format!("host limit exceeded: {what}"),
        sbom_io::SinkError::Invalid(why) => format!("host rejected output: {why}"),
    };
    PluginError::new(message)
}

#[doc(hidden)]
pub fn __detect<P: SbomParser>(head: Vec<u8>) -> Detection {
    P::detect(&head)
}

#[doc(hidden)]
pub fn __parse<P: SbomParser>(
    doc: &sbom_io::Input,
    out: &sbom_io::Sink,
) -> Result<Summary, PluginError> {
    let mut input = Input {
        source: Source::Host(doc),
    };
    let mut sink = Sink::new(Target::Host(out));
    P::parse(&mut input, &mut sink)?;
    sink.finish()
}

/// Exports a type implementing [`parser::SbomParser`] as the plugin's `sbom-parser` world.
#[macro_export]
macro_rules! export_sbom_parser {
    ($parser:ident) => {
        // Exported only for wasm: natively the parser is a plain library (see `parse_native`),
        // and several plugins can link into one test or benchmark binary.
        #[cfg(target_arch = "wasm32")]
        const _: () = {
            impl $crate::bindings::sbom_parser::exports::traceguard::plugin::parser::Guest for $parser {
                fn detect(head: ::std::vec::Vec<u8>) -> $crate::parser::Detection {
                    $crate::parser::__detect::<$parser>(head)
                }
                fn parse(
                    doc: &$crate::bindings::sbom_parser::traceguard::plugin::sbom_io::Input,
                    out: &$crate::bindings::sbom_parser::traceguard::plugin::sbom_io::Sink,
                ) -> ::std::result::Result<$crate::parser::Summary, $crate::PluginError> {
                    $crate::parser::__parse::<$parser>(doc, out)
                }
            }
            $crate::__export_sbom_parser_impl!($parser with_types_in $crate::bindings::sbom_parser);
        };
    };
}
