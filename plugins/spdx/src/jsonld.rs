//! SPDX 3.0.x JSON-LD (the serialisation with `@context` and `@graph`). The graph is read whole:
//! its elements may come in any order and a package's licences, supplier and relationships are
//! other graph elements, so they are resolved after reading.
//!
//! `software_Package` and `software_File` elements become components; `Relationship` elements
//! become dependency edges (same table as SPDX 2.x, camel case) and carry the licences
//! (`hasConcludedLicense`, `hasDeclaredLicense`); `CreationInfo` and `SpdxDocument` give the
//! document info.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};
use traceguard_sdk::parser::{Sink, Validation};
use traceguard_sdk::{
    Component, ComponentKind, Dependency, Diagnostic, DiagnosticEntry, DocumentInfo, Hash,
    PluginError, Severity,
};

use crate::checks;
use crate::model::{Edge, purpose_kind, relationship_edge};
use crate::rules;

/// SPDX 3 versions this parser reads.
pub const SUPPORTED: &[&str] = &["3.0.0", "3.0.1"];

/// The SPDX 3 version named by a JSON-LD `@context` (e.g. `https://spdx.org/rdf/3.0.1/spdx-context.jsonld`).
pub fn context_version(context: &str) -> Option<String> {
    let rest = &context[context.find("spdx.org/rdf/")? + "spdx.org/rdf/".len()..];
    let version = rest.split('/').next()?;
    version.starts_with('3').then(|| version.to_string())
}

fn str_field<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
    map.get(key).and_then(Value::as_str)
}

fn str_list(map: &Map<String, Value>, key: &str) -> Vec<String> {
    match map.get(key) {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

fn element_type(map: &Map<String, Value>) -> &str {
    str_field(map, "type")
        .or_else(|| str_field(map, "@type"))
        .unwrap_or("")
}

fn element_id(map: &Map<String, Value>) -> Option<&str> {
    str_field(map, "spdxId").or_else(|| str_field(map, "@id"))
}

/// Parses an SPDX 3.0.x JSON-LD document held in `bytes` into `sink`.
pub fn parse(bytes: &[u8], sink: &mut Sink<'_>) -> Result<(), PluginError> {
    let tree: Value = serde_json::from_slice(bytes).map_err(|e| {
        PluginError::with_diagnostics(
            "malformed SPDX JSON-LD document",
            vec![Diagnostic::error(
                format!("line {} column {}", e.line(), e.column()),
                e.to_string(),
            )],
        )
    })?;
    let mut diags = Vec::new();
    let Value::Object(root) = &tree else {
        return Err(PluginError::with_diagnostics(
            "not an SPDX JSON-LD document",
            vec![Diagnostic::error(
                "",
                "expected a JSON object with @context and @graph",
            )],
        ));
    };
    let context_version = match root.get("@context") {
        Some(Value::String(c)) => context_version(c),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .find_map(context_version),
        _ => None,
    };
    // Problems that leave the document uninterpretable: they reject it at every level.
    let mut unreadable = 0u64;
    if context_version.is_none() {
        unreadable += 1;
        diags.push(DiagnosticEntry::error(
            rules::SPEC_VERSION,
            "/@context",
            "no SPDX 3 @context (https://spdx.org/rdf/3.0.x/spdx-context.jsonld)",
        ));
    }
    let graph: &[Value] = match root.get("@graph") {
        Some(Value::Array(items)) => items,
        _ => {
            unreadable += 1;
            diags.push(DiagnosticEntry::error(
                rules::REQUIRED,
                "/@graph",
                "document has no @graph array",
            ));
            &[]
        }
    };

    // First pass: index every element by id, check ids, collect agents and licences.
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    let mut names: BTreeMap<&str, &str> = BTreeMap::new();
    let mut creation: Option<&Map<String, Value>> = None;
    let mut document: Option<&Map<String, Value>> = None;
    let mut licenses: BTreeMap<&str, String> = BTreeMap::new();
    for (i, item) in graph.iter().enumerate() {
        let path = format!("/@graph/{i}");
        let Value::Object(map) = item else {
            unreadable += 1;
            diags.push(DiagnosticEntry::error(
                rules::STRUCTURE,
                path,
                "graph element is not an object",
            ));
            continue;
        };
        let kind = element_type(map);
        if kind.is_empty() {
            diags.push(DiagnosticEntry::error(
                rules::REQUIRED,
                format!("{path}/type"),
                "graph element has no type",
            ));
        }
        if kind == "CreationInfo" {
            creation.get_or_insert(map);
            if let Some(id) = str_field(map, "@id") {
                ids.insert(id);
            }
            continue;
        }
        let Some(id) = element_id(map) else {
            diags.push(DiagnosticEntry::error(
                rules::SPDX_ID,
                format!("{path}/spdxId"),
                format!("{kind} element has no spdxId"),
            ));
            continue;
        };
        if !ids.insert(id) {
            diags.push(DiagnosticEntry::error(
                rules::SPDX_ID,
                format!("{path}/spdxId"),
                format!("duplicate spdxId {id:?}"),
            ));
        }
        if let Some(name) = str_field(map, "name") {
            names.insert(id, name);
        }
        match kind {
            "SpdxDocument" => {
                document.get_or_insert(map);
            }
            "simplelicensing_LicenseExpression" => {
                if let Some(expr) = str_field(map, "simplelicensing_licenseExpression") {
                    licenses.insert(id, expr.to_string());
                }
            }
            k if k.starts_with("expandedlicensing_") => {
                if let Some(name) =
                    str_field(map, "expandedlicensing_licenseId").or(names.get(id).copied())
                {
                    licenses.insert(id, name.to_string());
                }
            }
            _ => {}
        }
    }
    if creation.is_none() {
        diags.push(DiagnosticEntry::error(
            rules::REQUIRED,
            "/@graph",
            "document has no CreationInfo",
        ));
    }
    let spec_version = creation
        .and_then(|c| str_field(c, "specVersion"))
        .map(str::to_string)
        .or(context_version.clone())
        .unwrap_or_default();
    if !SUPPORTED.contains(&spec_version.as_str()) {
        diags.push(DiagnosticEntry::error(
            rules::SPEC_VERSION,
            "/@graph",
            format!(
                "unsupported SPDX specVersion {spec_version:?}: this parser reads SPDX {} JSON-LD",
                SUPPORTED.join(", ")
            ),
        ));
    }

    // Second pass: relationships (edges, licences), then components.
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut concluded: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut declared: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (i, item) in graph.iter().enumerate() {
        let Value::Object(map) = item else { continue };
        if element_type(map) != "Relationship" {
            continue;
        }
        let path = format!("/@graph/{i}");
        let kind = str_field(map, "relationshipType").unwrap_or("");
        let Some(from) = str_field(map, "from") else {
            diags.push(DiagnosticEntry::error(
                rules::RELATIONSHIP,
                format!("{path}/from"),
                "relationship has no `from`",
            ));
            continue;
        };
        let to = str_list(map, "to");
        let edge = relationship_edge(kind);
        let licence_map = match kind {
            "hasConcludedLicense" => Some(&mut concluded),
            "hasDeclaredLicense" => Some(&mut declared),
            _ => None,
        };
        if let Some(target) = licence_map {
            for t in &to {
                if let Some(expr) = licenses.get(t.as_str()) {
                    target.entry(from).or_default().push(expr.clone());
                }
            }
            continue;
        }
        for end in std::iter::once(from).chain(to.iter().map(String::as_str)) {
            if !ids.contains(end) {
                let message = format!("relationship names unknown spdxId {end:?}");
                diags.push(if edge == Edge::None {
                    DiagnosticEntry::warning(rules::RELATIONSHIP, path.clone(), message)
                } else {
                    DiagnosticEntry::error(rules::RELATIONSHIP, path.clone(), message)
                });
            }
        }
        for t in to {
            match edge {
                Edge::Forward => edges.entry(from.to_string()).or_default().insert(t),
                Edge::Reverse => edges.entry(t).or_default().insert(from.to_string()),
                Edge::None => false,
            };
        }
    }

    let mut components = Vec::new();
    for (i, item) in graph.iter().enumerate() {
        let Value::Object(map) = item else { continue };
        let kind = match element_type(map) {
            "software_Package" => ComponentKind::Library,
            "software_File" => ComponentKind::File,
            _ => continue,
        };
        let Some(id) = element_id(map) else { continue };
        let path = format!("/@graph/{i}");
        components.push(component(
            map, id, kind, &path, &names, &concluded, &declared, &mut diags,
        ));
    }

    if unreadable > 0 {
        return Err(PluginError::with_diagnostics(
            format!("unreadable SPDX 3 document: {unreadable} part(s) cannot be read"),
            diags,
        ));
    }
    let (overflow, overflow_errors) = match diags.get(crate::validate::MAX_DIAGNOSTICS..) {
        Some(rest) => (
            rest.len() as u64,
            rest.iter()
                .filter(|d| d.severity == Severity::Error)
                .count() as u64,
        ),
        None => (0, 0),
    };
    diags.truncate(crate::validate::MAX_DIAGNOSTICS);
    let diags = Validation::current().judge("SPDX 3", diags, overflow, overflow_errors)?;
    let agents_of = |key: &str| -> Vec<String> {
        creation
            .map(|c| str_list(c, key))
            .unwrap_or_default()
            .iter()
            .map(|a| {
                names
                    .get(a.as_str())
                    .map_or_else(|| a.clone(), |n| n.to_string())
            })
            .collect()
    };
    let organisation = creation
        .map(|c| str_list(c, "createdBy"))
        .unwrap_or_default()
        .into_iter()
        .find(|a| {
            graph.iter().any(|g| {
                g.as_object().is_some_and(|m| {
                    element_id(m) == Some(a.as_str()) && element_type(m) == "Organization"
                })
            })
        });
    sink.document(DocumentInfo {
        format: "spdx".into(),
        spec_version,
        name: document
            .and_then(|d| str_field(d, "name"))
            .map(str::to_string),
        created: creation
            .and_then(|c| str_field(c, "created"))
            .map(str::to_string),
        tools: agents_of("createdUsing"),
        supplier: organisation.map(|o| names.get(o.as_str()).map_or(o.clone(), |n| n.to_string())),
    })?;
    for c in components {
        sink.component(c)?;
    }
    for (from, to) in edges {
        sink.dependency(Dependency {
            ref_: from,
            depends_on: to.into_iter().collect(),
        })?;
    }
    for d in diags {
        sink.report(d)?;
    }
    Ok(())
}

/// One `software_Package` or `software_File` as a component.
#[allow(clippy::too_many_arguments)]
fn component(
    map: &Map<String, Value>,
    id: &str,
    kind: ComponentKind,
    path: &str,
    names: &BTreeMap<&str, &str>,
    concluded: &BTreeMap<&str, Vec<String>>,
    declared: &BTreeMap<&str, Vec<String>>,
    diags: &mut Vec<DiagnosticEntry>,
) -> Component {
    let name = str_field(map, "name");
    if name.is_none_or(|n| n.trim().is_empty()) {
        let message = format!("{} has no name", element_type(map));
        diags.push(if kind == ComponentKind::File {
            DiagnosticEntry::error(rules::REQUIRED, format!("{path}/name"), message)
        } else {
            DiagnosticEntry::warning(rules::REQUIRED, format!("{path}/name"), message)
        });
    }
    let mut c = Component::new(id, name.unwrap_or_default());
    c.kind = match str_field(map, "software_primaryPurpose") {
        Some(p) if kind == ComponentKind::Library => purpose_kind(p),
        _ => kind,
    };
    c.version = str_field(map, "software_packageVersion").map(str::to_string);
    let identifiers: Vec<(&str, &str)> = match map.get("externalIdentifier") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_object)
            .filter_map(|m| {
                Some((
                    str_field(m, "externalIdentifierType")?,
                    str_field(m, "identifier")?,
                ))
            })
            .collect(),
        _ => Vec::new(),
    };
    let identifier = |t: &str| {
        identifiers
            .iter()
            .find(|(k, _)| *k == t)
            .map(|(_, v)| v.to_string())
    };
    c.purl = str_field(map, "software_packageUrl")
        .map(str::to_string)
        .or_else(|| identifier("packageUrl"));
    c.cpe = identifier("cpe23").or_else(|| identifier("cpe22"));
    if let Some(problem) = c.purl.as_deref().and_then(checks::purl) {
        diags.push(DiagnosticEntry::warning(
            rules::PURL,
            format!("{path}/software_packageUrl"),
            problem,
        ));
    }
    if let Some(problem) = c.cpe.as_deref().and_then(checks::cpe) {
        diags.push(DiagnosticEntry::warning(
            rules::CPE,
            format!("{path}/externalIdentifier"),
            problem,
        ));
    }
    if let Some(Value::Array(hashes)) = map.get("verifiedUsing") {
        for (j, h) in hashes.iter().enumerate() {
            let Some(h) = h.as_object() else { continue };
            if let (Some(algorithm), Some(value)) =
                (str_field(h, "algorithm"), str_field(h, "hashValue"))
            {
                if let Some(problem) = checks::hash(algorithm, value) {
                    diags.push(DiagnosticEntry::error(
                        rules::HASH,
                        format!("{path}/verifiedUsing/{j}"),
                        problem,
                    ));
                }
                c.hashes.push(Hash {
                    algorithm: algorithm.to_string(),
                    value: value.to_string(),
                });
            }
        }
    }
    c.licenses = concluded
        .get(id)
        .filter(|l| !l.is_empty())
        .or_else(|| declared.get(id))
        .cloned()
        .unwrap_or_default();
    for expr in &c.licenses {
        for problem in checks::license_expression(expr) {
            diags.push(DiagnosticEntry::warning(
                rules::LICENSE,
                path.to_string(),
                problem,
            ));
        }
    }
    c.supplier = str_field(map, "suppliedBy").map(|s| {
        names
            .get(s)
            .map_or_else(|| s.to_string(), |n| n.to_string())
    });
    c
}
