//! SPDX 2.2/2.3 YAML. YAML is read whole (the document tree is in memory, unlike JSON and
//! tag-value, which stream); the tree then goes through the same per-element code as JSON,
//! with JSON pointers as locations.

use serde_json::Value;
use traceguard_sdk::parser::Sink;
use traceguard_sdk::{Diagnostic, PluginError};

use crate::json::Doc;
use crate::model::ElementKind;
use crate::object::type_error;

/// Deepest flow nesting (`[`/`{`) accepted; the YAML parser slows down quadratically on deeper
/// nesting, so it is refused before parsing.
const MAX_FLOW_DEPTH: usize = 128;

/// The line of the first flow collection nested deeper than [`MAX_FLOW_DEPTH`], skipping quoted
/// scalars and comments.
fn too_deep(bytes: &[u8]) -> Option<usize> {
    let (mut depth, mut line, mut quote, mut comment) = (0usize, 1usize, None, false);
    let mut prev = b'\n';
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line += 1;
            comment = false;
        }
        match quote {
            _ if comment => {}
            Some(b'"') if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => quote = Some(b),
                b'#' if prev.is_ascii_whitespace() => comment = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some(line);
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
        prev = b;
        i += 1;
    }
    None
}

/// Parses an SPDX 2.x YAML document held in `bytes` into `sink`.
pub fn parse(bytes: &[u8], sink: &mut Sink<'_>) -> Result<(), PluginError> {
    if let Some(line) = too_deep(bytes) {
        return Err(PluginError::with_diagnostics(
            "malformed SPDX YAML document",
            vec![Diagnostic::error(
                format!("line {line}"),
                format!("collections nested deeper than {MAX_FLOW_DEPTH}"),
            )],
        ));
    }
    let tree: Value = serde_yaml_ng::from_slice(bytes).map_err(|e| {
        let path = match e.location() {
            Some(at) => format!("line {} column {}", at.line(), at.column()),
            None => String::new(),
        };
        PluginError::with_diagnostics(
            "malformed SPDX YAML document",
            vec![Diagnostic::error(path, e.to_string())],
        )
    })?;
    let Value::Object(map) = tree else {
        return Err(PluginError::with_diagnostics(
            "not an SPDX YAML document",
            vec![type_error("", "a mapping", &tree)],
        ));
    };
    let mut doc = Doc::new(sink);
    for (key, value) in &map {
        if !matches!(
            key.as_str(),
            "packages" | "files" | "snippets" | "relationships"
        ) {
            doc.header_field(key, value);
        }
    }
    for (field, kind) in [
        ("packages", Some(ElementKind::Package)),
        ("files", Some(ElementKind::File)),
        ("snippets", None),
        ("relationships", None),
    ] {
        let items = match map.get(field) {
            None | Some(Value::Null) => continue,
            Some(Value::Array(items)) => items,
            Some(other) => {
                doc.collector
                    .push(type_error(&format!("/{field}"), "a sequence", other));
                continue;
            }
        };
        for (i, item) in items.iter().enumerate() {
            let path = format!("/{field}/{i}");
            match (field, kind) {
                (_, Some(kind)) => doc.element(item, kind, path)?,
                ("snippets", None) => doc.snippet(item, path),
                _ => doc.relationship(item, path),
            }
        }
    }
    doc.finish()
}
