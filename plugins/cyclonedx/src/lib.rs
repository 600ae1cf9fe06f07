//! CycloneDX JSON parser plugin: CycloneDX 1.2–1.6 JSON into the normalised SBOM model.
//!
//! Nested components are flattened depth-first; components without a `bom-ref` get a
//! document-local reference derived from their JSON path so dependencies can still name them.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::Value;
use traceguard_sdk::parser::{Detection, Input, SbomParser, Sink};
use traceguard_sdk::{
    Component, ComponentKind, Dependency, Diagnostic, DocumentInfo, Hash, PluginError,
    export_sbom_parser,
};

/// The CycloneDX parser; run it natively with `traceguard_sdk::parser::parse_native::<CycloneDx>`.
pub struct CycloneDx;

const SUPPORTED: &[&str] = &["1.2", "1.3", "1.4", "1.5", "1.6"];

impl SbomParser for CycloneDx {
    fn detect(head: &[u8]) -> Detection {
        let text = String::from_utf8_lossy(head);
        let looks_json = text.trim_start().starts_with('{');
        let named = text.contains("\"bomFormat\"") && text.contains("CycloneDX");
        let confidence = match (looks_json, named) {
            (true, true) => 95,
            (true, false) if text.contains("\"specVersion\"") => 40,
            _ => 0,
        };
        Detection {
            confidence,
            format: "cyclonedx".into(),
            spec_version: spec_version_in(&text),
        }
    }

    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        let bytes = input.read_all();
        let bom: Bom = serde_json::from_slice(&bytes).map_err(|e| {
            PluginError::with_diagnostics(
                "not a valid CycloneDX JSON document",
                vec![Diagnostic::error(
                    format!("line {} column {}", e.line(), e.column()),
                    e.to_string(),
                )],
            )
        })?;
        drop(bytes);
        check_header(&bom)?;
        let spec_version = bom.spec_version.clone().unwrap_or_default();
        if !SUPPORTED.contains(&spec_version.as_str()) {
            sink.report(Diagnostic::warning(
                "/specVersion",
                format!("CycloneDX {spec_version} is newer than this parser (1.2–1.6); read on a best-effort basis"),
            ))?;
        }
        sink.document(document_info(&bom, spec_version))?;

        let mut seen = HashSet::new();
        let mut problems = Vec::new();
        let mut stack: Vec<(String, &RawComponent)> = bom
            .components
            .iter()
            .enumerate()
            .rev()
            .map(|(i, c)| (format!("/components/{i}"), c))
            .collect();
        while let Some((path, raw)) = stack.pop() {
            let component = normalise(raw, &path);
            if !seen.insert(component.bom_ref.clone()) {
                problems.push(Diagnostic::error(
                    format!("{path}/bom-ref"),
                    format!("duplicate bom-ref {:?}", component.bom_ref),
                ));
            }
            sink.component(component)?;
            for (i, child) in raw.components.iter().enumerate().rev() {
                stack.push((format!("{path}/components/{i}"), child));
            }
        }
        let subject = bom
            .metadata
            .as_ref()
            .and_then(|m| m.component.as_ref())
            .and_then(|c| c.bom_ref.clone());
        for (i, dep) in bom.dependencies.iter().enumerate() {
            for (j, target) in std::iter::once(&dep.r#ref)
                .chain(&dep.depends_on)
                .enumerate()
            {
                if !seen.contains(target) && subject.as_ref() != Some(target) {
                    let at = if j == 0 {
                        format!("/dependencies/{i}/ref")
                    } else {
                        format!("/dependencies/{i}/dependsOn/{}", j - 1)
                    };
                    sink.report(Diagnostic::warning(
                        at,
                        format!("dependency names unknown bom-ref {target:?}"),
                    ))?;
                }
            }
            sink.dependency(Dependency {
                ref_: dep.r#ref.clone(),
                depends_on: dep.depends_on.clone(),
            })?;
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(PluginError::with_diagnostics(
                format!("{} invalid component(s)", problems.len()),
                problems,
            ))
        }
    }
}

export_sbom_parser!(CycloneDx);

fn spec_version_in(text: &str) -> Option<String> {
    let at = text.find("\"specVersion\"")?;
    let rest = &text[at + "\"specVersion\"".len()..];
    let start = rest.find('"')? + 1;
    let len = rest[start..].find('"')?;
    Some(rest[start..start + len].to_string())
}

fn check_header(bom: &Bom) -> Result<(), PluginError> {
    let mut errors = Vec::new();
    if bom.bom_format.as_deref() != Some("CycloneDX") {
        errors.push(Diagnostic::error(
            "/bomFormat",
            "bomFormat must be \"CycloneDX\"",
        ));
    }
    if bom.spec_version.is_none() {
        errors.push(Diagnostic::error("/specVersion", "specVersion is required"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(PluginError::with_diagnostics("not a CycloneDX BOM", errors))
    }
}

fn document_info(bom: &Bom, spec_version: String) -> DocumentInfo {
    let metadata = bom.metadata.as_ref();
    DocumentInfo {
        format: "cyclonedx".into(),
        spec_version,
        name: metadata
            .and_then(|m| m.component.as_ref())
            .map(|c| match &c.version {
                Some(v) => format!("{}@{v}", c.name),
                None => c.name.clone(),
            }),
        created: metadata.and_then(|m| m.timestamp.clone()),
        tools: metadata.map(|m| tool_names(&m.tools)).unwrap_or_default(),
        supplier: metadata
            .and_then(|m| m.supplier.as_ref())
            .and_then(|s| s.name.clone()),
    }
}

/// `metadata.tools` is an array of tools up to 1.4 and `{components, services}` from 1.5.
fn tool_names(tools: &Value) -> Vec<String> {
    let list: Vec<&Value> = match tools {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => map.values().filter_map(Value::as_array).flatten().collect(),
        _ => Vec::new(),
    };
    list.into_iter()
        .filter_map(|t| {
            let name = t.get("name")?.as_str()?;
            Some(match t.get("version").and_then(Value::as_str) {
                Some(v) => format!("{name} {v}"),
                None => name.to_string(),
            })
        })
        .collect()
}

fn normalise(raw: &RawComponent, path: &str) -> Component {
    Component {
        bom_ref: raw.bom_ref.clone().unwrap_or_else(|| format!("#{path}")),
        name: raw.name.clone(),
        version: raw.version.clone(),
        purl: raw.purl.clone(),
        cpe: raw.cpe.clone(),
        licenses: raw
            .licenses
            .iter()
            .filter_map(|l| match l {
                LicenseChoice::Expression { expression } => Some(expression.clone()),
                LicenseChoice::License { license } => {
                    license.id.clone().or_else(|| license.name.clone())
                }
            })
            .collect(),
        hashes: raw
            .hashes
            .iter()
            .map(|h| Hash {
                algorithm: h.alg.clone(),
                value: h.content.clone(),
            })
            .collect(),
        supplier: raw
            .supplier
            .as_ref()
            .and_then(|s| s.name.clone())
            .or_else(|| raw.publisher.clone()),
        kind: kind(&raw.kind),
    }
}

fn kind(t: &str) -> ComponentKind {
    match t {
        "application" => ComponentKind::Application,
        "framework" => ComponentKind::Framework,
        "library" => ComponentKind::Library,
        "container" => ComponentKind::Container,
        "platform" => ComponentKind::Platform,
        "operating-system" => ComponentKind::OperatingSystem,
        "device" => ComponentKind::Device,
        "device-driver" => ComponentKind::DeviceDriver,
        "firmware" => ComponentKind::Firmware,
        "file" => ComponentKind::File,
        "machine-learning-model" => ComponentKind::MachineLearningModel,
        "data" => ComponentKind::Data,
        _ => ComponentKind::Other,
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Bom {
    bom_format: Option<String>,
    spec_version: Option<String>,
    metadata: Option<Metadata>,
    #[serde(default)]
    components: Vec<RawComponent>,
    #[serde(default)]
    dependencies: Vec<RawDependency>,
}

#[derive(Deserialize)]
struct Metadata {
    timestamp: Option<String>,
    #[serde(default)]
    tools: Value,
    component: Option<RawComponent>,
    supplier: Option<Entity>,
}

#[derive(Deserialize)]
struct Entity {
    name: Option<String>,
}

#[derive(Deserialize)]
struct RawComponent {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(rename = "bom-ref")]
    bom_ref: Option<String>,
    name: String,
    version: Option<String>,
    purl: Option<String>,
    cpe: Option<String>,
    publisher: Option<String>,
    supplier: Option<Entity>,
    #[serde(default)]
    licenses: Vec<LicenseChoice>,
    #[serde(default)]
    hashes: Vec<RawHash>,
    #[serde(default)]
    components: Vec<RawComponent>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum LicenseChoice {
    Expression { expression: String },
    License { license: License },
}

#[derive(Deserialize)]
struct License {
    id: Option<String>,
    name: Option<String>,
}

#[derive(Deserialize)]
struct RawHash {
    alg: String,
    content: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawDependency {
    r#ref: String,
    #[serde(default)]
    depends_on: Vec<String>,
}
