//! SPDX parser plugin: SPDX 2.1 / 2.2 / 2.3 as JSON, tag-value and YAML, and SPDX 3.0.x JSON-LD,
//! into the normalised SBOM model. The serialisation is recognised by content, never by file
//! name.
//!
//! # Mapping
//!
//! | SPDX | normalised model |
//! |---|---|
//! | package | component: bom-ref = `SPDXID`, `name`, `versionInfo`, purl from `externalRefs` `PACKAGE-MANAGER`/`purl`, CPE from `SECURITY` `cpe23Type` (else `cpe22Type`), licences = `licenseConcluded` unless `NOASSERTION`/`NONE`, else `licenseDeclared`, `checksums` → hashes (algorithm as SPDX names it), supplier without `Organization: `/`Person: `, kind from `primaryPackagePurpose` (default library) |
//! | file | component of kind `file`: `fileName`, checksums, `licenseConcluded` else `licenseInfoInFiles` |
//! | snippet | not a component; its SPDXID is known for relationship checks |
//! | document | document info: `name`, `creationInfo.created`, `Tool:` creators → tools, first `Organization:` creator → supplier |
//!
//! Relationships become dependency edges (`ref` depends on `depends-on`), one edge set per
//! `ref`, sorted:
//!
//! | relationship `A TYPE B` | edge |
//! |---|---|
//! | `DEPENDS_ON`, `CONTAINS`, `DESCRIBES`, `DYNAMIC_LINK`, `STATIC_LINK`, `HAS_PREREQUISITE` (SPDX 3: `dependsOn`, `contains`, `describes`, `hasDynamicLink`, `hasStaticLink`, `hasPrerequisite`, `has…Dependency`) | A → B |
//! | `DEPENDENCY_OF`, `CONTAINED_BY`, `DESCRIBED_BY`, `PREREQUISITE_FOR`, `BUILD_`/`DEV_`/`OPTIONAL_`/`PROVIDED_`/`TEST_`/`RUNTIME_DEPENDENCY_OF`, `PACKAGE_OF` | B → A |
//! | package `hasFiles`, a tag-value file following its package | package → file (`CONTAINS`) |
//! | `documentDescribes` | `SPDXRef-DOCUMENT` → B (`DESCRIBES`) |
//! | anything else (`GENERATED_FROM`, `COPY_OF`, `SPECIFICATION_FOR`, `VARIANT_OF`, …) | no edge |
//!
//! Edges to `NOASSERTION`/`NONE` are dropped; `DocumentRef-…:` targets are kept as refs.
//!
//! # Validation
//!
//! A document with any error is rejected with every diagnostic found (each with a JSON
//! pointer for JSON/YAML/JSON-LD, `line N` for tag-value); warnings are reported through the
//! sink and do not reject. Errors: malformed JSON/YAML (with line and column), a field of the
//! wrong type, an unsupported `spdxVersion` (named in the message), missing required fields
//! (`spdxVersion`, `dataLicense` = `CC0-1.0`, document `SPDXID` = `SPDXRef-DOCUMENT`, `name`,
//! `documentNamespace`, `creationInfo` with `creators` and `created`; element `SPDXID` and
//! name, package `downloadLocation`, file SHA1 checksum; under SPDX-2.2 also the licence and
//! copyright fields 2.2 requires), fields or checksum algorithms that only SPDX-2.3 defines in
//! a document declaring SPDX-2.2, duplicate SPDXIDs, SPDXIDs without the `SPDXRef-` prefix,
//! hashes of the wrong length, and dangling references in relationships that are dependency
//! edges. Warnings: dangling references in other relationships, unknown fields, invalid purls
//! and CPEs, licence expressions with unknown or deprecated ids (checks shared through
//! `traceguard_sdk::check`).
//!
//! # Memory
//!
//! JSON documents up to 16 MiB are read whole and parsed from memory (strings borrow from it,
//! and serde_json reads a slice with far fewer instructions than a stream); larger ones stream.
//! Either way one package/file is in memory at a time, and the validator keeps only identifier
//! sets, edges and unresolved references. Tag-value is read line by line; YAML and SPDX 3
//! JSON-LD are read whole.

mod checks;
mod json;
mod jsonld;
mod model;
mod object;
pub mod rules;
mod tagvalue;
mod validate;

use std::io::{BufReader, Cursor, Read};

use traceguard_sdk::parser::{Detection, Input, SbomParser, Sink};
use traceguard_sdk::{Diagnostic, PluginError, export_sbom_parser};

/// The SPDX parser; run it natively with `traceguard_sdk::parser::parse_native::<Spdx>`.
pub struct Spdx;

/// Read buffer size when streaming: one host chunk.
const BUFFER: usize = 64 * 1024;

/// How many bytes are inspected to tell the serialisations apart.
const SNIFF: usize = 4096;

/// JSON documents up to this size are read whole and parsed from memory (see
/// [`json::parse_slice`]); larger ones stream. The same bound as the CycloneDX parser's.
const IN_MEMORY_JSON: u64 = 16 << 20;

/// The serialisation of an SPDX document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Json,
    JsonLd,
    TagValue,
    Yaml,
}

/// What the start of a document shows: serialisation, spec version (when seen) and how sure.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Sniffed {
    syntax: Syntax,
    version: Option<String>,
    confidence: u8,
}

/// Recognises the serialisation and spec version from the start of a document. The version
/// field may lie beyond the inspected head (keys sorted alphabetically put `spdxVersion` last),
/// so other SPDX-only keys and tags are recognised too, with less confidence.
fn sniff(head: &[u8]) -> Option<Sniffed> {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let found = |syntax, version, confidence| {
        Some(Sniffed {
            syntax,
            version,
            confidence,
        })
    };
    if text.starts_with('{') {
        if text.contains("\"@context\"") || text.contains("\"@graph\"") {
            if let Some(at) = text.find("spdx.org/rdf/3") {
                return found(Syntax::JsonLd, jsonld::context_version(&text[at..]), 95);
            }
            if text.contains("\"spdxId\"") {
                return found(Syntax::JsonLd, None, 60);
            }
            return None;
        }
        if text.contains("\"spdxVersion\"") {
            return found(Syntax::Json, quoted_after(text, "\"spdxVersion\""), 95);
        }
        if text.contains("\"SPDXID\"") && text.contains("SPDXRef-") {
            return found(Syntax::Json, None, 80);
        }
        return None;
    }
    let mut best: Option<Sniffed> = None;
    for line in text.lines() {
        let line = line.trim_end();
        if let Some(v) = line.strip_prefix("SPDXVersion:") {
            return found(Syntax::TagValue, Some(version_number(v.trim())), 95);
        }
        if let Some(v) = line.strip_prefix("spdxVersion:") {
            let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
            return found(Syntax::Yaml, Some(version_number(v)), 90);
        }
        let tag_value = [
            "DataLicense:",
            "DocumentNamespace:",
            "DocumentName:",
            "Creator:",
        ];
        let yaml = ["dataLicense:", "documentNamespace:", "creationInfo:"];
        if best.is_none() && tag_value.iter().any(|t| line.starts_with(t)) {
            best = found(Syntax::TagValue, None, 80);
        } else if best.is_none() && yaml.iter().any(|t| line.starts_with(t)) {
            best = found(Syntax::Yaml, None, 75);
        }
    }
    best
}

/// `SPDX-2.3` → `2.3`.
fn version_number(v: &str) -> String {
    v.trim_start_matches("SPDX-").to_string()
}

/// The JSON string value following `key` in `text`.
fn quoted_after(text: &str, key: &str) -> Option<String> {
    let rest = &text[text.find(key)? + key.len()..];
    let rest = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    Some(version_number(&rest[..rest.find('"')?]))
}

impl SbomParser for Spdx {
    fn detect(head: &[u8]) -> Detection {
        let (confidence, spec_version) = match sniff(head) {
            Some(s) => (s.confidence, s.version),
            None => (0, None),
        };
        Detection {
            confidence,
            format: "spdx".into(),
            spec_version,
        }
    }

    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        let size = input.size();
        let mut head = Vec::with_capacity(SNIFF);
        input
            .by_ref()
            .take(SNIFF as u64)
            .read_to_end(&mut head)
            .map_err(|e| PluginError::new(format!("reading the document failed: {e}")))?;
        // Windows tools write a UTF-8 byte order mark; no SPDX syntax has one.
        if head.starts_with(b"\xEF\xBB\xBF") {
            head.drain(..3);
        }
        let Some(Sniffed { syntax, .. }) = sniff(&head) else {
            return Err(PluginError::with_diagnostics(
                "not an SPDX document",
                vec![Diagnostic::error(
                    "",
                    "no spdxVersion (JSON/YAML), SPDXVersion: (tag-value) or SPDX 3 @context found at the start of the document",
                )],
            ));
        };
        let whole = |mut head: Vec<u8>, input: &mut Input<'_>| {
            head.reserve(
                usize::try_from(size)
                    .unwrap_or(0)
                    .saturating_sub(head.len()),
            );
            input
                .read_to_end(&mut head)
                .map_err(|e| PluginError::new(format!("reading the document failed: {e}")))?;
            Ok::<_, PluginError>(head)
        };
        match syntax {
            Syntax::Json if size <= IN_MEMORY_JSON => json::parse_slice(&whole(head, input)?, sink),
            Syntax::Json => json::parse(
                BufReader::with_capacity(BUFFER, Cursor::new(head).chain(input)),
                sink,
            ),
            Syntax::TagValue => tagvalue::parse(
                BufReader::with_capacity(BUFFER, Cursor::new(head).chain(input)),
                sink,
            ),
            Syntax::Yaml => yaml::parse(&whole(head, input)?, sink),
            Syntax::JsonLd => jsonld::parse(&whole(head, input)?, sink),
        }
    }
}

mod yaml;

export_sbom_parser!(Spdx);
