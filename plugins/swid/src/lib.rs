//! SWID tag parser plugin: ISO/IEC 19770-2:2015 tags (XML namespace
//! `http://standards.iso.org/iso/19770/-2/2015/schema.xsd`), read with `quick-xml`, checked
//! against the NISTIR 8060 guidelines.
//!
//! # Mapping
//!
//! | SWID | normalised model |
//! |---|---|
//! | `SoftwareIdentity` | one component of kind `application`: bom-ref = `tagId`, `name`, `version`; supplier = the `softwareCreator` Entity's name (else the `tagCreator`'s); purl from `Meta/@purl` or a `Link` whose `href` is a `pkg:` URL; CPE from `Meta/@cpe`/`Meta/@cpeName` or a `cpe:` `Link` |
//! | `Payload`/`Evidence` `File` | component of kind `file`: bom-ref = `<tagId>#<Payload or Evidence>:<dir/…/name>`, name = that path, `version`, hashes from `…:hash` attributes (algorithm from the XML-Enc/DSig namespace: `SHA-256` …); the tag depends on each file |
//! | `Link rel="requires"` / `rel="component"` | dependency: the tag depends on the `href` (`swid:` prefix removed) |
//! | document | format `swid`, spec version `2015`, name = tag name, supplier = `tagCreator` Entity's name |
//!
//! Files are pushed while the XML streams; the tag's own elements (entities, links, metas) are
//! kept until the end because the rules need them.
//!
//! # Rules and what they do to a tag
//!
//! A tag is **rejected** (error diagnostics) only for the ISO/IEC 19770-2:2015 schema rules,
//! without which the tag cannot be identified: `GEN-1` (well-formed XML; root
//! `SoftwareIdentity` in the 2015 namespace with `name` and `tagId`; Entity `name` and `role`;
//! Link `href`; File/Directory `name`; boolean and integer attributes), `SWID-1-1` (an Entity
//! with the role `tagCreator`) and `SWID-2-1` (all `tagCreator` Entities share one `regid`), and
//! for hash values of the wrong length for their algorithm (`traceguard_sdk::check::hash`).
//!
//! The NISTIR 8060 guideline rules never reject: each violation is a **warning** whose message
//! starts with the rule id and its level, e.g. `GEN-4-1: [MUST] Entity "ACME" has no regid`.
//! Levels are this plugin's reading of NISTIR 8060, confirmed by NIST's unit tests where they
//! exist (`GEN-6`, `GEN-10` give WARNING there, the others FAIL):
//!
//! | rules | applies to | level |
//! |---|---|---|
//! | `GEN-2-1/2` xml:lang present, non-empty | all | MUST |
//! | `GEN-7-1` Entities sharing a regid have the same roles | all | MUST |
//! | `GEN-11-1` a `swid:` Link href is a valid URI naming a tag | all | MUST |
//! | `GEN-14-1/2` File size, `GEN-15-1/2` File version (not for `n8060:mutable` files) | all | SHOULD |
//! | `GEN-18-1…4` no MD5/SHA-1/SHA-224/RIPEMD-160 file hashes | all | SHOULD |
//! | `GEN-22/23/24-1`, `GEN-22/23-2` Payload/Evidence `n8060:pathSeparator`/`envVarPrefix`/`envVarSuffix` present (and non-empty; an empty `envVarSuffix` is accepted, as NIST's own templates use it) | all | SHOULD |
//! | `GEN-4-1/2/3` every Entity has a regid, non-empty, not `http://invalid.unavailable` | authoritative | MUST |
//! | `GEN-8-1` the tagCreator is also softwareCreator/licensor/distributor/aggregator | authoritative | MUST |
//! | `GEN-9-1` a softwareCreator Entity | authoritative | MUST |
//! | `GEN-16-1`, `GEN-19-1/2` Payload files have a (SHA-256) hash | authoritative | MUST |
//! | `GEN-5-1/2/3` tagCreator regid | non-authoritative | MUST |
//! | `GEN-6-1/2/3` every Entity's regid | non-authoritative | SHOULD |
//! | `GEN-10-1` a softwareCreator Entity | non-authoritative | SHOULD |
//! | `GEN-17-1`, `GEN-20-1` Evidence files have a (SHA-256) hash | non-authoritative | SHOULD |
//! | `PRI-1-*` flags, `PRI-2/3` version(+scheme), `PRI-6` Payload not Evidence | primary, authoritative | MUST (`PRI-3` SHOULD) |
//! | `PRI-4/5` version(+scheme), `PRI-7` Evidence not Payload | primary, non-authoritative | SHOULD |
//! | `PRI-8-1` a Payload/Evidence lists a File, `PRI-13-*` Meta product/colloquialVersion/revision/edition | primary | SHOULD |
//! | `COR-1…4`, `PAT-1/3/4`, `SUP-1/2` | corpus, patch, supplemental tags | as NISTIR 8060 |
//!
//! Whether a tag is assessed as authoritative is a choice of the caller, as in NIST's
//! validator: [`SwidAuthoritative`] and [`SwidNonAuthoritative`] fix it; [`Swid`] (the exported
//! plugin) reads the host configuration key `swid.authoritative` (`true`/`false`) on wasm and
//! otherwise infers it like NIST does (authoritative when a `tagCreator` Entity also has the
//! role `softwareCreator`, `licensor`, `distributor` or `aggregator`) — under inference
//! `GEN-8-1` cannot fail.

mod files;
mod rules;
mod tagtype;
mod xml;

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufReader;

use traceguard_sdk::parser::{Detection, Input, SbomParser, Sink, Validation};
use traceguard_sdk::{
    Component, ComponentKind, Dependency, DiagnosticEntry, DocumentInfo, PluginError, check,
    export_sbom_parser,
};

use files::FileFacts;
pub use rules::Authority;
use rules::{inferred_authority, tag_type};
use xml::{FileItem, SWID_NS, Tag, hash_of};

/// The SWID parser exported as the plugin; assessment from config `swid.authoritative` or inferred.
pub struct Swid;
/// The SWID parser assessing every tag as authoritative (NIST phase `swid.*.auth`).
pub struct SwidAuthoritative;
/// The SWID parser assessing every tag as non-authoritative (NIST phase `swid.*.non-auth`).
pub struct SwidNonAuthoritative;

fn detect(head: &[u8]) -> Detection {
    let text = String::from_utf8_lossy(head);
    let looks_xml = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<');
    let confidence = match (
        looks_xml,
        text.contains("SoftwareIdentity"),
        text.contains(SWID_NS),
    ) {
        (true, true, true) => 95,
        (true, true, false) => 30,
        _ => 0,
    };
    Detection {
        confidence,
        format: "swid".into(),
        spec_version: (confidence == 95).then(|| "2015".into()),
    }
}

impl SbomParser for Swid {
    fn detect(head: &[u8]) -> Detection {
        detect(head)
    }
    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        parse(input, sink, configured_authority())
    }
}

impl SbomParser for SwidAuthoritative {
    fn detect(head: &[u8]) -> Detection {
        detect(head)
    }
    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        parse(input, sink, Some(Authority::Authoritative))
    }
}

impl SbomParser for SwidNonAuthoritative {
    fn detect(head: &[u8]) -> Detection {
        detect(head)
    }
    fn parse(input: &mut Input<'_>, sink: &mut Sink<'_>) -> Result<(), PluginError> {
        parse(input, sink, Some(Authority::NonAuthoritative))
    }
}

export_sbom_parser!(Swid);

/// The assessment the operator configured (`swid.authoritative`), only inside the sandbox.
#[cfg(target_arch = "wasm32")]
fn configured_authority() -> Option<Authority> {
    match traceguard_sdk::config("swid.authoritative")
        .as_deref()
        .map(str::trim)
    {
        Some("true") => Some(Authority::Authoritative),
        Some("false") => Some(Authority::NonAuthoritative),
        _ => None,
    }
}

/// Natively there is no host configuration: infer.
#[cfg(not(target_arch = "wasm32"))]
fn configured_authority() -> Option<Authority> {
    None
}

/// One `File` as a component with a unique bom-ref (`…[2]`, `…[3]` for repeated paths).
fn file_component(tag_id: &str, file: &FileItem, used: &mut BTreeMap<String, usize>) -> Component {
    let base = format!("{tag_id}#{}:{}", file.container, file.file_path);
    let seen = used.entry(base.clone()).or_insert(0);
    *seen += 1;
    let bom_ref = if *seen == 1 {
        base
    } else {
        format!("{base}[{seen}]")
    };
    let mut c = Component::new(bom_ref, file.file_path.clone());
    c.kind = ComponentKind::File;
    c.version = file.attrs.get("version").map(str::to_string);
    c.hashes = file
        .attrs
        .hashes
        .iter()
        .filter_map(|(ns, v)| hash_of(ns, v))
        .collect();
    c
}

fn parse(
    input: &mut Input<'_>,
    sink: &mut Sink<'_>,
    authority: Option<Authority>,
) -> Result<(), PluginError> {
    let mut errors: Vec<DiagnosticEntry> = Vec::new();
    let mut warnings: Vec<DiagnosticEntry> = Vec::new();
    let mut facts: Vec<FileFacts> = Vec::new();
    let mut files: BTreeMap<String, usize> = BTreeMap::new();
    let mut file_refs: BTreeSet<String> = BTreeSet::new();
    let mut sink_failure: Option<PluginError> = None;
    let result = xml::read(BufReader::new(input), |tag, file| {
        let tag_id = tag.attrs.get("tagId").unwrap_or("");
        let component = file_component(tag_id, &file, &mut files);
        file_refs.insert(component.bom_ref.clone());
        for h in &component.hashes {
            if let Some(problem) = check::hash(&h.algorithm, &h.value) {
                errors.push(DiagnosticEntry::error(
                    rules::HASH,
                    file.path.clone(),
                    problem,
                ));
            }
        }
        let f = FileFacts::of(&file);
        errors.extend(f.schema());
        if f.may_fire(rules::flag(&tag.attrs, "patch")) {
            facts.push(f);
        }
        sink.component(component).map_err(|e| {
            let message = e.message.clone();
            sink_failure = Some(e);
            message
        })
    });
    if let Some(failure) = sink_failure {
        return Err(failure);
    }
    let tag = match result {
        Ok(tag) => tag,
        Err(e) => {
            errors.push(DiagnosticEntry::error(
                rules::code("GEN-1"),
                format!("byte {}", e.position),
                format!("GEN-1: the tag is not well-formed XML: {}", e.message),
            ));
            return Err(PluginError::with_diagnostics("malformed SWID tag", errors));
        }
    };
    errors.extend(rules::schema_rules(&tag));
    if tag.root_ok {
        let authority = authority.unwrap_or_else(|| inferred_authority(&tag));
        let ty = tag_type(&tag);
        warnings.extend(rules::guidelines(&tag, authority, ty));
        for f in &facts {
            f.guidelines(authority, ty, &mut warnings);
        }
    }
    let (purl, cpe) = identifiers(&tag);
    for (rule, value, problem) in [
        (rules::PURL, &purl, purl.as_deref().and_then(check::purl)),
        (rules::CPE, &cpe, cpe.as_deref().and_then(check::cpe)),
    ] {
        if let (Some(_), Some(problem)) = (value, problem) {
            warnings.push(DiagnosticEntry::warning(rule, "/SoftwareIdentity", problem));
        }
    }
    // Without a SoftwareIdentity root, a name and a tagId the tag cannot be identified: that
    // rejects it at every validation level. Everything else is judged by the level.
    let identified = tag.root_ok
        && ["name", "tagId"]
            .iter()
            .all(|a| tag.attrs.get(a).is_some_and(|v| !v.trim().is_empty()));
    if !identified {
        let count = errors.len();
        errors.extend(warnings);
        return Err(PluginError::with_diagnostics(
            format!("unreadable SWID tag: it cannot be identified ({count} error(s))"),
            errors,
        ));
    }
    errors.extend(warnings);
    let kept = Validation::current().judge("SWID", errors, 0, 0)?;
    finish(&tag, purl, cpe, file_refs, sink)?;
    for d in kept {
        sink.report(d)?;
    }
    Ok(())
}

/// purl and CPE of the tag from `Meta` attributes or `Link` hrefs.
fn identifiers(tag: &Tag) -> (Option<String>, Option<String>) {
    let meta = |names: &[&str]| {
        tag.metas.iter().find_map(|m| {
            names
                .iter()
                .find_map(|n| m.attrs.get(n))
                .map(str::to_string)
        })
    };
    let link = |prefix: &str| {
        tag.links
            .iter()
            .filter_map(|l| l.attrs.get("href"))
            .find(|h| h.starts_with(prefix))
            .map(str::to_string)
    };
    (
        meta(&["purl"]).or_else(|| link("pkg:")),
        meta(&["cpe", "cpeName", "cpe23"]).or_else(|| link("cpe:")),
    )
}

fn entity_name(tag: &Tag, role: &str) -> Option<String> {
    tag.entities
        .iter()
        .find(|e| rules::roles(e).contains(&role))
        .and_then(|e| e.attrs.get("name"))
        .map(str::to_string)
}

/// Pushes the document info, the tag's component and its dependencies.
fn finish(
    tag: &Tag,
    purl: Option<String>,
    cpe: Option<String>,
    files: BTreeSet<String>,
    sink: &mut Sink<'_>,
) -> Result<(), PluginError> {
    let tag_id = tag.attrs.get("tagId").unwrap_or("").to_string();
    let name = tag.attrs.get("name").unwrap_or("").to_string();
    sink.document(DocumentInfo {
        format: "swid".into(),
        spec_version: "2015".into(),
        name: Some(name.clone()),
        created: None,
        tools: Vec::new(),
        supplier: entity_name(tag, "tagCreator"),
    })?;
    let mut c = Component::new(tag_id.clone(), name);
    c.kind = ComponentKind::Application;
    c.version = tag.attrs.get("version").map(str::to_string);
    c.supplier = entity_name(tag, "softwareCreator").or_else(|| entity_name(tag, "tagCreator"));
    c.purl = purl;
    c.cpe = cpe;
    sink.component(c)?;
    let mut depends_on = files;
    for l in &tag.links {
        let rel = l.attrs.get("rel").unwrap_or("");
        if rel
            .split_whitespace()
            .any(|r| r == "requires" || r == "component")
            && let Some(href) = l.attrs.get("href")
        {
            depends_on.insert(href.strip_prefix("swid:").unwrap_or(href).to_string());
        }
    }
    if !depends_on.is_empty() {
        sink.dependency(Dependency {
            ref_: tag_id,
            depends_on: depends_on.into_iter().collect(),
        })?;
    }
    Ok(())
}
