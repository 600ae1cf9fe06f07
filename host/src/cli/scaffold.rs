//! `traceguard plugin new`: a plugin crate that builds as generated, from the binary alone.
//!
//! The SDK this binary was built with (its sources and the contract's WIT) is embedded and
//! written into the new crate as `traceguard-sdk/`, so an author with only the binary (off-grid)
//! has everything from TraceGuard the plugin needs; `--sdk PATH` uses a checkout instead.

use std::path::{Path, PathBuf};

use anyhow::Context;

/// The SDK crate's files (relative path, contents), embedded by `build.rs`.
const SDK_FILES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/sdk_files.rs"));

/// Where the embedded SDK goes inside a new plugin crate.
const VENDORED_SDK: &str = "traceguard-sdk";

const PARSER_TEMPLATE: &str = r#"//! {name}: an SBOM parser plugin for TraceGuard.

use std::io::Read;

use traceguard_sdk::parser::{Detection, Input, SbomParser, Sink};
use traceguard_sdk::{Component, DiagnosticEntry, DocumentInfo, PluginError, export_sbom_parser};

struct Plugin;

impl SbomParser for Plugin {
    fn detect(head: &[u8]) -> Detection {
        // Claim plain-text lists of `name@version`; say 0 for anything that looks structured.
        let text = String::from_utf8_lossy(head);
        let confidence = if text.trim_start().starts_with(['{', '<']) { 0 } else { 10 };
        Detection { confidence, format: "{name}".into(), spec_version: None }
    }

    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        let mut text = String::new();
        input.read_to_string(&mut text).map_err(|e| PluginError::new(format!("input is not UTF-8: {e}")))?;
        sink.document(DocumentInfo {
            format: "{name}".into(),
            spec_version: "1".into(),
            name: None,
            created: None,
            tools: Vec::new(),
            supplier: None,
        })?;
        for (line_no, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, version)) = line.split_once('@') else {
                // A rule code (`<format>/<check>`) lets tenants list, count and gate on it.
                let at = format!("line {}", line_no + 1);
                sink.report(DiagnosticEntry::warning("{name}/line-format", at, "expected name@version"))?;
                continue;
            };
            let mut component = Component::new(format!("line-{}", line_no + 1), name);
            component.version = Some(version.to_string());
            sink.component(component)?;
        }
        Ok(())
    }
}

export_sbom_parser!(Plugin);
"#;

const POLICY_TEMPLATE: &str = r#"//! {name}: a policy plugin for TraceGuard.

use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{Finding, PluginError, Severity, export_policy};

struct Plugin;

impl Policy for Plugin {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        // Example rule: every component needs a version.
        let findings = sbom
            .components()
            .filter(|c| c.version.is_none())
            .map(|c| {
                Finding::new("{name}/version-required", Severity::Error, Some(c.bom_ref.clone()), format!("{} has no version", c.name))
                    .with_remediation("record the component's version in the SBOM")
            })
            .collect();
        Ok(Evaluation::from_findings(findings))
    }
}

export_policy!(Plugin);
"#;

/// Writes a new plugin crate `name` of `kind` under `dir`; returns its path.
pub fn scaffold(
    name: &str,
    kind: &str,
    dir: Option<&Path>,
    sdk: Option<&Path>,
) -> anyhow::Result<PathBuf> {
    anyhow::ensure!(
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && name.starts_with(|c: char| c.is_ascii_lowercase()),
        "invalid crate name `{name}`: use lower-case letters, digits, `-` and `_`, starting with a letter"
    );
    let checkout = match sdk {
        Some(p) => Some(p.canonicalize().with_context(|| {
            format!(
                "traceguard-sdk not found at {}; pass --sdk PATH to a checkout's sdk/ directory, \
                 or leave --sdk out to use the SDK built into this binary",
                p.display()
            )
        })?),
        None => None,
    };
    let root = dir.unwrap_or(Path::new(".")).join(name);
    anyhow::ensure!(
        !root.exists(),
        "{} already exists; choose another name or --dir",
        root.display()
    );
    std::fs::create_dir_all(root.join("src"))
        .with_context(|| format!("cannot create {}", root.display()))?;
    let sdk = match checkout {
        Some(path) => path.display().to_string(),
        None => {
            write_sdk(&root)?;
            VENDORED_SDK.to_string()
        }
    };
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
         [lib]\ncrate-type = [\"cdylib\"]\n\n\
         [dependencies]\ntraceguard-sdk = {{ path = {:?} }}\n\n\
         [profile.release]\nopt-level = \"s\"\nlto = true\nstrip = \"debuginfo\"\npanic = \"abort\"\n\n\
         # A plugin is its own workspace, built for wasm32-wasip2.\n[workspace]\n",
        sdk
    );
    let template = if kind == "policy" {
        POLICY_TEMPLATE
    } else {
        PARSER_TEMPLATE
    };
    let files = [
        (root.join("Cargo.toml"), manifest),
        (root.join("src/lib.rs"), template.replace("{name}", name)),
        (root.join(".gitignore"), "/target\n".to_string()),
    ];
    for (path, text) in files {
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(root)
}

/// Writes the embedded SDK into `root/traceguard-sdk/`, and its lock file as the plugin's, so
/// the plugin builds with the dependency versions the SDK was tested with.
fn write_sdk(root: &Path) -> anyhow::Result<()> {
    for (relative, bytes) in SDK_FILES {
        let path = root.join(VENDORED_SDK).join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        if *relative == "Cargo.lock" {
            let lock = root.join("Cargo.lock");
            std::fs::write(&lock, bytes)
                .with_context(|| format!("cannot write {}", lock.display()))?;
        }
    }
    Ok(())
}
