//! CycloneDX parser plugin: CycloneDX 1.2–1.7 JSON and XML into the normalised SBOM model.
//!
//! Both formats are streamed: components, dependencies and services are read, judged and
//! pushed one at a time, so a large document never sits whole in guest memory. Nested
//! components are flattened depth-first; components without a `bom-ref` get a document-local
//! reference derived from their path (`#/components/0/components/1`, or for XML
//! `#/bom/components/component[1]/components/component[2]`).
//!
//! The document is checked against the rules of the CycloneDX schemas (required fields,
//! enumerations, hash digests, licence choices, serial number, timestamps, unique bom-refs …).
//! An invalid document is rejected with every diagnostic found; warnings (unknown licence ids in
//! expressions, malformed purls or CPEs, dangling dependency references) are reported without
//! rejecting it. Spec versions newer than 1.7 are read on a best-effort basis with a warning.

use std::io::{BufRead, BufReader, Read};

use traceguard_sdk::parser::{Detection, Input, SbomParser, Sink};
use traceguard_sdk::{Diagnostic, PluginError, export_sbom_parser};

mod json;
mod json_walk;
mod model;
pub mod rules;
mod validate;
mod xml;
mod xml_walk;

/// The CycloneDX parser; run it natively with `traceguard_sdk::parser::parse_native::<CycloneDx>`.
pub struct CycloneDx;

/// Read buffer size: one host chunk.
const BUFFER: usize = 64 * 1024;
/// JSON documents up to this size are read whole and parsed from memory; larger ones stream.
const IN_MEMORY_JSON: u64 = 16 << 20;

impl SbomParser for CycloneDx {
    fn detect(head: &[u8]) -> Detection {
        let text = String::from_utf8_lossy(head);
        let trimmed = text.trim_start_matches('\u{feff}').trim_start();
        let (confidence, spec_version) = if trimmed.starts_with('{') {
            let named = text.contains("\"bomFormat\"") && text.contains("CycloneDX");
            // Generators that write members in their own order (cyclonedx-py puts `bomFormat`
            // and `specVersion` last) are recognised by members only CycloneDX has.
            let confidence = if named {
                95
            } else if text.contains("\"specVersion\"") {
                40
            } else if text.contains("\"bom-ref\"") {
                35
            } else {
                0
            };
            (confidence, json_spec_version(&text))
        } else if trimmed.starts_with('<') && (text.contains("<bom") || text.contains(":bom")) {
            match text.find(xml::NAMESPACE) {
                Some(at) => {
                    let rest = &text[at + xml::NAMESPACE.len()..];
                    let end = rest
                        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                        .unwrap_or(rest.len());
                    (95, Some(rest[..end].to_string()))
                }
                None if trimmed.starts_with('<') && text.contains("<bom") => (30, None),
                None => (0, None),
            }
        } else {
            (0, None)
        };
        Detection {
            confidence,
            format: "cyclonedx".into(),
            spec_version,
        }
    }

    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        let size = input.size();
        let mut reader = BufReader::with_capacity(BUFFER, input);
        let io_error = |e: std::io::Error| {
            PluginError::with_diagnostics(
                "could not read the document",
                vec![Diagnostic::error("", e.to_string())],
            )
        };
        // Skip a UTF-8 byte order mark and leading whitespace to see which syntax this is. An
        // in-memory JSON document gets its whitespace back, so positions count from its start.
        let mut first = None;
        let mut at_start = true;
        let mut leading = Vec::new();
        loop {
            let buf = reader.fill_buf().map_err(io_error)?;
            if buf.is_empty() {
                break;
            }
            if at_start && buf.starts_with(b"\xEF\xBB\xBF") {
                reader.consume(3);
                at_start = false;
                continue;
            }
            at_start = false;
            let skip = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
            if size <= IN_MEMORY_JSON {
                leading.extend_from_slice(&buf[..skip]);
            }
            if skip < buf.len() {
                first = buf.get(skip).copied();
                reader.consume(skip);
                break;
            }
            reader.consume(skip);
        }
        match first {
            Some(b'<') => xml::parse(reader, sink),
            // serde_json parses a slice several times faster than a reader (fewer
            // instructions, so less gas); only large documents pay for streaming.
            Some(_) if size <= IN_MEMORY_JSON => {
                let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
                bytes.append(&mut leading);
                reader.read_to_end(&mut bytes).map_err(io_error)?;
                json::parse_slice(&bytes, sink)
            }
            Some(_) => json::parse(reader, sink),
            None => Err(PluginError::with_diagnostics(
                "empty document",
                vec![Diagnostic::error("", "the document is empty")],
            )),
        }
    }
}

export_sbom_parser!(CycloneDx);

fn json_spec_version(text: &str) -> Option<String> {
    let at = text.find("\"specVersion\"")?;
    let rest = &text[at + "\"specVersion\"".len()..];
    let start = rest.find('"')? + 1;
    let len = rest[start..].find('"')?;
    Some(rest[start..start + len].to_string())
}
