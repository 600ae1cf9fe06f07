//! The plugin registry: built-in plugins embedded in the binary, installed ones stored in
//! DuckDB, all content-addressed, and a component's imports/exports read without compiling it.

use crate::runtime::{ComponentShape, LoadError};

/// A first-party plugin compiled into the binary by `build.rs`.
pub struct Builtin {
    /// The name it is registered under.
    pub name: &'static str,
    /// The component bytes.
    pub bytes: &'static [u8],
}

/// Every built-in plugin (`plugins/` workspace members).
pub const BUILTINS: &[Builtin] = include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// The built-in plugin called `name`.
pub fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}

/// The bytes of the built-in plugin with content address `id`.
pub fn builtin_bytes(id: &str) -> Option<&'static [u8]> {
    BUILTINS
        .iter()
        .find(|b| crate::runtime::plugin_id(b.bytes) == id)
        .map(|b| b.bytes)
}

/// Reads a component's top-level imports and exports (instance and function names).
pub fn shape(bytes: &[u8]) -> Result<ComponentShape, LoadError> {
    use wasmparser::{Encoding, Parser, Payload};
    let invalid = |e: wasmparser::BinaryReaderError| LoadError::Invalid(e.to_string());
    let mut shape = ComponentShape {
        imports: Vec::new(),
        exports: Vec::new(),
    };
    let mut depth = 0usize;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(invalid)? {
            Payload::Version { encoding, .. } if depth == 0 && encoding != Encoding::Component => {
                return Err(LoadError::Invalid(
                    "this is a core WebAssembly module, not a component".into(),
                ));
            }
            Payload::ModuleSection { .. } | Payload::ComponentSection { .. } => depth += 1,
            Payload::End(_) => depth = depth.saturating_sub(1),
            Payload::ComponentImportSection(reader) if depth == 0 => {
                for import in reader {
                    shape
                        .imports
                        .push(import.map_err(invalid)?.name.name.to_string());
                }
            }
            Payload::ComponentExportSection(reader) if depth == 0 => {
                for export in reader {
                    shape
                        .exports
                        .push(export.map_err(invalid)?.name.name.to_string());
                }
            }
            _ => {}
        }
    }
    Ok(shape)
}
