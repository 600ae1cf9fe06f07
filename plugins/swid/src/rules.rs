//! The checks: ISO/IEC 19770-2:2015 schema rules (`GEN-1`, `SWID-1-1`, `SWID-2-1`), which
//! reject a tag, and the NISTIR 8060 guideline rules, reported as warnings whose message starts
//! with the rule id and states the rule's level (`[MUST]` / `[SHOULD]`).

use std::collections::{BTreeMap, BTreeSet};

use traceguard_sdk::DiagnosticEntry;

use crate::xml::{Attrs, Element, Tag};

/// The `regid` an Entity has when the attribute is absent (XSD default).
const DEFAULT_REGID: &str = "http://invalid.unavailable";

/// Whether the tag is assessed as authoritative (written by the software's creator, licensor,
/// distributor or aggregator) or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authority {
    /// NISTIR 8060 "authoritative" rules apply.
    Authoritative,
    /// NISTIR 8060 "non-authoritative" rules apply.
    NonAuthoritative,
}

/// The kind of tag, from its `corpus`/`patch`/`supplemental` flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagType {
    /// A primary tag (no flag set).
    Primary,
    /// `patch="true"`.
    Patch,
    /// `supplemental="true"`.
    Supplemental,
    /// `corpus="true"`.
    Corpus,
}

/// `true`/`1` per `xs:boolean`.
pub fn flag(attrs: &Attrs, name: &str) -> bool {
    matches!(attrs.get(name).map(str::trim), Some("true" | "1"))
}

/// The tag type as NISTIR 8060 assesses it (patch before supplemental before corpus).
pub fn tag_type(tag: &Tag) -> TagType {
    if flag(&tag.attrs, "patch") {
        TagType::Patch
    } else if flag(&tag.attrs, "supplemental") {
        TagType::Supplemental
    } else if flag(&tag.attrs, "corpus") {
        TagType::Corpus
    } else {
        TagType::Primary
    }
}

/// The role tokens of an Entity.
pub fn roles(e: &Element) -> Vec<&str> {
    e.attrs
        .get("role")
        .unwrap_or("")
        .split_whitespace()
        .collect()
}

fn sorted_roles(e: &Element) -> Vec<&str> {
    let mut r = roles(e);
    r.sort_unstable();
    r
}

fn has_role(e: &Element, role: &str) -> bool {
    roles(e).contains(&role)
}

/// Authoritative when a `tagCreator` Entity is also the software creator, licensor, distributor
/// or aggregator — the inference NIST's validator makes when no assessment is chosen.
pub fn inferred_authority(tag: &Tag) -> Authority {
    let authoritative = tag.entities.iter().any(|e| {
        has_role(e, "tagCreator")
            && ["aggregator", "distributor", "licensor", "softwareCreator"]
                .iter()
                .any(|r| has_role(e, r))
    });
    if authoritative {
        Authority::Authoritative
    } else {
        Authority::NonAuthoritative
    }
}

/// The rule code of a diagnostic of NISTIR 8060 rule `id`: `swid/` and the id in lower case
/// (`GEN-14-1` is `swid/gen-14-1`).
pub fn code(id: &str) -> String {
    format!("swid/{}", id.to_ascii_lowercase())
}

/// Rule code of a hash whose digest does not match its algorithm.
pub const HASH: &str = "swid/hash-digest";
/// Rule code of a package URL that does not follow the purl specification.
pub const PURL: &str = "swid/purl";
/// Rule code of a malformed CPE name.
pub const CPE: &str = "swid/cpe";

/// A NISTIR 8060 guideline violation as a warning: `"<id>: [<level>] <message>"`.
pub(crate) fn rule(
    out: &mut Vec<DiagnosticEntry>,
    id: &str,
    must: bool,
    path: &str,
    message: String,
) {
    let level = if must { "MUST" } else { "SHOULD" };
    out.push(DiagnosticEntry::warning(
        code(id),
        path,
        format!("{id}: [{level}] {message}"),
    ));
}

/// A schema violation as an error: `"<id>: <message>"`.
pub(crate) fn schema(out: &mut Vec<DiagnosticEntry>, id: &str, path: &str, message: String) {
    out.push(DiagnosticEntry::error(
        code(id),
        path,
        format!("{id}: {message}"),
    ));
}

/// The ISO/IEC 19770-2:2015 schema rules that make a tag unusable (errors).
pub fn schema_rules(tag: &Tag) -> Vec<DiagnosticEntry> {
    let mut out = Vec::new();
    if !tag.root_ok {
        let found = tag.root_found.clone().unwrap_or_else(|| "nothing".into());
        schema(
            &mut out,
            "GEN-1",
            "/",
            format!(
                "the root element must be SoftwareIdentity in namespace {}, found {found}",
                crate::xml::SWID_NS
            ),
        );
        return out;
    }
    let root = "/SoftwareIdentity";
    for attr in ["name", "tagId"] {
        if tag.attrs.get(attr).is_none_or(|v| v.trim().is_empty()) {
            schema(
                &mut out,
                "GEN-1",
                &format!("{root}/@{attr}"),
                format!("SoftwareIdentity has no {attr}"),
            );
        }
    }
    for attr in ["corpus", "patch", "supplemental"] {
        if let Some(v) = tag.attrs.get(attr)
            && !matches!(v.trim(), "true" | "false" | "1" | "0")
        {
            schema(
                &mut out,
                "GEN-1",
                &format!("{root}/@{attr}"),
                format!("{attr} must be a boolean, found {v:?}"),
            );
        }
    }
    if let Some(v) = tag.attrs.get("tagVersion")
        && v.trim().parse::<i64>().is_err()
    {
        schema(
            &mut out,
            "GEN-1",
            &format!("{root}/@tagVersion"),
            format!("tagVersion must be an integer, found {v:?}"),
        );
    }
    for e in &tag.entities {
        for attr in ["name", "role"] {
            if e.attrs.get(attr).is_none() {
                schema(&mut out, "GEN-1", &e.path, format!("Entity has no {attr}"));
            }
        }
    }
    for l in &tag.links {
        if l.attrs.get("href").is_none() {
            schema(&mut out, "GEN-1", &l.path, "Link has no href".into());
        }
    }
    for path in &tag.unnamed {
        schema(&mut out, "GEN-1", path, "Directory has no name".into());
    }
    let creators: Vec<&Element> = tag
        .entities
        .iter()
        .filter(|e| has_role(e, "tagCreator"))
        .collect();
    if creators.is_empty() {
        schema(
            &mut out,
            "SWID-1-1",
            root,
            "the tag has no Entity with the role tagCreator".into(),
        );
    }
    let creator_regids: BTreeSet<Option<&str>> =
        creators.iter().map(|e| e.attrs.get("regid")).collect();
    for e in &creators {
        if creator_regids.len() > 1 {
            schema(
                &mut out,
                "SWID-2-1",
                &e.path,
                "all tagCreator Entities must have the same regid".into(),
            );
        }
    }
    out
}

/// True when `href` is a URI as RFC 3986 allows (scheme, then only URI characters and valid
/// percent escapes); a `swid:` link must also name a tag.
fn valid_uri(href: &str) -> bool {
    let Some((scheme, rest)) = href.split_once(':') else {
        return false;
    };
    let scheme_ok = !scheme.is_empty()
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'));
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3);
            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?#".contains(&b)) {
            return false;
        }
        i += 1;
    }
    scheme_ok && !rest.is_empty()
}

/// The NISTIR 8060 rules on the tag as a whole (files are checked by `FileFacts`).
pub fn guidelines(tag: &Tag, authority: Authority, ty: TagType) -> Vec<DiagnosticEntry> {
    let mut out = Vec::new();
    let root = "/SoftwareIdentity";
    let a = &tag.attrs;
    // general
    match a.get("xml:lang") {
        None => {
            rule(
                &mut out,
                "GEN-2-1",
                true,
                root,
                "SoftwareIdentity has no xml:lang".into(),
            );
            rule(
                &mut out,
                "GEN-2-2",
                true,
                root,
                "SoftwareIdentity has no non-empty xml:lang".into(),
            );
        }
        Some("") => rule(
            &mut out,
            "GEN-2-2",
            true,
            &format!("{root}/@xml:lang"),
            "xml:lang is empty".into(),
        ),
        Some(_) => {}
    }
    // Distinct role sets per regid: more than one means every Entity with that regid clashes.
    let mut role_sets: BTreeMap<&str, BTreeSet<Vec<&str>>> = BTreeMap::new();
    for e in &tag.entities {
        if let Some(regid) = e.attrs.get("regid") {
            role_sets.entry(regid).or_default().insert(sorted_roles(e));
        }
    }
    for e in &tag.entities {
        let regid = e.attrs.get("regid");
        let clash = regid
            .and_then(|r| role_sets.get(r))
            .is_some_and(|sets| sets.len() > 1);
        if clash {
            rule(
                &mut out,
                "GEN-7-1",
                true,
                &e.path,
                format!(
                    "Entities with regid {:?} must all have the same roles",
                    regid.unwrap_or("")
                ),
            );
        }
    }
    for l in &tag.links {
        if let Some(href) = l.attrs.get("href").filter(|h| h.starts_with("swid:"))
            && !valid_uri(href)
        {
            rule(
                &mut out,
                "GEN-11-1",
                true,
                &l.path,
                format!("Link href {href:?} is not a valid swid: URI"),
            );
        }
    }
    for c in &tag.containers {
        for (id, attr) in [
            ("GEN-22", "pathSeparator"),
            ("GEN-23", "envVarPrefix"),
            ("GEN-24", "envVarSuffix"),
        ] {
            match c.attrs.n8060.get(attr) {
                None => rule(
                    &mut out,
                    &format!("{id}-1"),
                    false,
                    &c.path,
                    format!("{} has no n8060:{attr}", c.kind),
                ),
                // An empty envVarSuffix is how `$VAR`-style variables are written; NIST's own
                // templates use it and expect a pass, so GEN-24-2 is not reported.
                Some(v) if v.is_empty() && id != "GEN-24" => rule(
                    &mut out,
                    &format!("{id}-2"),
                    false,
                    &c.path,
                    format!("{} has an empty n8060:{attr}", c.kind),
                ),
                Some(_) => {}
            }
        }
    }
    let software_creator = tag.entities.iter().any(|e| has_role(e, "softwareCreator"));
    match authority {
        Authority::Authoritative => {
            if inferred_authority(tag) == Authority::NonAuthoritative {
                rule(&mut out, "GEN-8-1", true, root, "no tagCreator Entity is also softwareCreator, licensor, distributor or aggregator".into());
            }
            if !software_creator {
                rule(
                    &mut out,
                    "GEN-9-1",
                    true,
                    root,
                    "no Entity has the role softwareCreator".into(),
                );
            }
            for e in &tag.entities {
                regid_rules(&mut out, e, "GEN-4", true);
            }
        }
        Authority::NonAuthoritative => {
            if !software_creator {
                rule(
                    &mut out,
                    "GEN-10-1",
                    false,
                    root,
                    "no Entity has the role softwareCreator".into(),
                );
            }
            for e in &tag.entities {
                if has_role(e, "tagCreator") {
                    regid_rules(&mut out, e, "GEN-5", true);
                }
                regid_rules(&mut out, e, "GEN-6", false);
            }
        }
    }
    crate::tagtype::type_rules(&mut out, tag, authority, ty);
    out
}

/// `<id>-1` regid present, `<id>-2` non-empty, `<id>-3` not the default.
fn regid_rules(out: &mut Vec<DiagnosticEntry>, e: &Element, id: &str, must: bool) {
    let name = e.attrs.get("name").unwrap_or("");
    let regid = e.attrs.get("regid");
    if regid.is_none() {
        rule(
            out,
            &format!("{id}-1"),
            must,
            &e.path,
            format!("Entity {name:?} has no regid"),
        );
    }
    if regid.is_none_or(str::is_empty) {
        rule(
            out,
            &format!("{id}-2"),
            must,
            &e.path,
            format!("Entity {name:?} has no non-empty regid"),
        );
    }
    if regid.is_none_or(|r| r == DEFAULT_REGID) {
        rule(
            out,
            &format!("{id}-3"),
            must,
            &e.path,
            format!("Entity {name:?} has no regid other than {DEFAULT_REGID}"),
        );
    }
}
