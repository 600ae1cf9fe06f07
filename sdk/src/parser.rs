//! Writing an `sbom-parser` plugin: [`SbomParser`], the [`Input`] you read and the [`Sink`] you fill.

use std::io;

use crate::bindings::sbom_parser::exports::traceguard::plugin::parser as wit;
use crate::bindings::sbom_parser::traceguard::plugin::sbom_io;
use crate::{Component, Dependency, Diagnostic, DocumentInfo, PluginError};

pub use wit::{Detection, Summary};

/// The most entries the host accepts in one push; [`Sink`] batches to exactly this size.
pub const BATCH: usize = 1024;
/// The chunk size requested from the host on each read.
const CHUNK: u32 = 64 * 1024;

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
    /// Diagnostics reported without failing the parse.
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs parser `P` natively over `bytes`, outside any sandbox: for unit tests, fuzzing and
/// native-vs-sandbox benchmarks of the same parser code.
pub fn parse_native<P: SbomParser>(bytes: &[u8]) -> Result<Collected, PluginError> {
    let mut collected = Collected::default();
    let mut input = Input {
        source: Source::Bytes(io::Cursor::new(bytes)),
    };
    let mut sink = Sink::new(Target::Memory(&mut collected));
    P::parse(&mut input, &mut sink)?;
    sink.finish()?;
    Ok(collected)
}

/// Where a parser puts what it found. Components and dependencies are batched and pushed to
/// the host [`BATCH`] at a time, so a large document never sits whole in guest memory.
pub struct Sink<'a> {
    target: Target<'a>,
    components: Vec<Component>,
    dependencies: Vec<Dependency>,
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

    /// Records a diagnostic (typically a warning) without stopping the parse.
    pub fn report(&mut self, diagnostic: Diagnostic) -> Result<(), PluginError> {
        match &mut self.target {
            Target::Host(sink) => sink.report(&diagnostic).map_err(sink_error),
            Target::Memory(collected) => {
                collected.diagnostics.push(diagnostic);
                Ok(())
            }
        }
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
