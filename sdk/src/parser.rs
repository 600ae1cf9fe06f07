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

/// The document being parsed; implements [`std::io::Read`], pulling chunks from the host.
pub struct Input<'a> {
    inner: &'a sbom_io::Input,
}

impl Input<'_> {
    /// Total size of the document in bytes.
    pub fn size(&self) -> u64 {
        self.inner.size()
    }

    /// Reads the whole document into memory. Prefer streaming through [`std::io::Read`] for large inputs.
    pub fn read_all(&mut self) -> Vec<u8> {
        let mut all = Vec::with_capacity(usize::try_from(self.size()).unwrap_or(0));
        loop {
            let chunk = self.inner.read(CHUNK);
            if chunk.is_empty() {
                return all;
            }
            all.extend_from_slice(&chunk);
        }
    }
}

impl io::Read for Input<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want = u32::try_from(buf.len()).unwrap_or(u32::MAX).min(CHUNK);
        if want == 0 {
            return Ok(0);
        }
        let chunk = self.inner.read(want);
        // The host never returns more than asked; guard anyway rather than panic.
        let n = chunk.len().min(buf.len());
        buf[..n].copy_from_slice(&chunk[..n]);
        Ok(n)
    }
}

/// Where a parser puts what it found. Components and dependencies are batched and pushed to
/// the host [`BATCH`] at a time, so a large document never sits whole in guest memory.
pub struct Sink<'a> {
    inner: &'a sbom_io::Sink,
    components: Vec<Component>,
    dependencies: Vec<Dependency>,
    pushed_components: u64,
    pushed_dependencies: u64,
}

impl Sink<'_> {
    /// Sets the document-level facts (format, spec version, name, tools …).
    pub fn document(&mut self, info: DocumentInfo) -> Result<(), PluginError> {
        self.inner.document(&info).map_err(sink_error)
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
        self.inner.report(&diagnostic).map_err(sink_error)
    }

    fn flush_components(&mut self) -> Result<(), PluginError> {
        if !self.components.is_empty() {
            self.inner
                .push_components(&self.components)
                .map_err(sink_error)?;
            self.pushed_components += self.components.len() as u64;
            self.components.clear();
        }
        Ok(())
    }

    fn flush_dependencies(&mut self) -> Result<(), PluginError> {
        if !self.dependencies.is_empty() {
            self.inner
                .push_dependencies(&self.dependencies)
                .map_err(sink_error)?;
            self.pushed_dependencies += self.dependencies.len() as u64;
            self.dependencies.clear();
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
    let mut input = Input { inner: doc };
    let mut sink = Sink {
        inner: out,
        components: Vec::with_capacity(BATCH),
        dependencies: Vec::new(),
        pushed_components: 0,
        pushed_dependencies: 0,
    };
    P::parse(&mut input, &mut sink)?;
    sink.finish()
}

/// Exports a type implementing [`parser::SbomParser`] as the plugin's `sbom-parser` world.
#[macro_export]
macro_rules! export_sbom_parser {
    ($parser:ident) => {
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
