//! SPDX 2.2/2.3 YAML. YAML is read whole (the document tree is in memory, unlike JSON and
//! tag-value, which stream); the tree then goes through the same per-element code as JSON,
//! with JSON pointers as locations.
//!
//! The tree is read as a `serde_json::Value`, as it always was, so that errors about the YAML
//! itself (a key that is not a string …) read as before; each part of it is then handed on as
//! the SDK's [`Json`], the value the JSON reader reads.

use std::borrow::Cow;

use serde_json::Value;
use traceguard_sdk::json::{Json, Object};
use traceguard_sdk::parser::Sink;
use traceguard_sdk::{Diagnostic, PluginError};

use crate::json::Doc;
use crate::model::ElementKind;
use crate::object::{self, Members, RelationshipMembers, type_error};

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

/// `value` as a [`Json`] (owning its strings).
fn to_json(value: Value) -> Json<'static> {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(b),
        Value::Number(n) => Json::Number(n),
        Value::String(s) => Json::String(Cow::Owned(s)),
        Value::Array(items) => Json::Array(items.into_iter().map(to_json).collect()),
        Value::Object(map) => {
            let mut object = Object::default();
            for (key, value) in map {
                object.push(Cow::Owned(key), to_json(value));
            }
            object.keep_last_of_each_name();
            Json::Object(object)
        }
    }
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
    let Value::Object(mut map) = tree else {
        return Err(PluginError::with_diagnostics(
            "not an SPDX YAML document",
            vec![type_error("", "a mapping", &to_json(tree))],
        ));
    };
    let mut doc = Doc::new(sink);
    // In name order (the map is sorted), as this reader always went.
    for (key, value) in &map {
        if !matches!(
            key.as_str(),
            "packages" | "files" | "snippets" | "relationships"
        ) {
            let value = if object::is_header_field(key) {
                to_json(value.clone())
            } else {
                Json::Null
            };
            doc.header_field(key, value);
        }
    }
    for (field, kind) in [
        ("packages", Some(ElementKind::Package)),
        ("files", Some(ElementKind::File)),
        ("snippets", None),
        ("relationships", None),
    ] {
        let items = match map.remove(field) {
            None | Some(Value::Null) => continue,
            Some(Value::Array(items)) => items,
            Some(other) => {
                doc.collector.push(type_error(
                    &format!("/{field}"),
                    "a sequence",
                    &to_json(other),
                ));
                continue;
            }
        };
        for (i, item) in items.into_iter().enumerate() {
            let path = object::index(&format!("/{field}"), i);
            match (field, kind, to_json(item)) {
                (_, Some(kind), Json::Object(o)) => {
                    doc.element(Members::from_object(kind, o), path)?
                }
                (_, Some(kind), other) => doc.not_an_element(kind, &other, path)?,
                ("snippets", None, value) => doc.snippet(&value, path),
                (_, _, Json::Object(o)) => {
                    doc.relationship(RelationshipMembers::from_object(o), path)
                }
                (_, _, other) => doc.not_a_relationship(&other, &path),
            }
        }
    }
    doc.finish()
}
