//! The format-neutral intermediate form of SPDX 2.x elements, shared by the JSON, YAML and
//! tag-value readers, and its mapping onto the normalised TraceGuard model.

use traceguard_sdk::{Component, ComponentKind, Hash};

/// Whether an element is an SPDX package or an SPDX file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ElementKind {
    /// An SPDX package (`packages[]`, `PackageName:`).
    #[default]
    Package,
    /// An SPDX file (`files[]`, `FileName:`).
    File,
}

/// One checksum as written in the document, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checksum {
    /// SPDX algorithm name, e.g. `SHA1`, `SHA256`, `BLAKE2b-384`.
    pub algorithm: String,
    /// The hex digest.
    pub value: String,
    /// Location (JSON pointer or `line N`).
    pub path: String,
}

/// One `externalRefs` entry of a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalRef {
    /// `referenceCategory`, e.g. `PACKAGE-MANAGER`, `SECURITY`.
    pub category: String,
    /// `referenceType`, e.g. `purl`, `cpe23Type`.
    pub kind: String,
    /// `referenceLocator`.
    pub locator: String,
    /// Location (JSON pointer or `line N`).
    pub path: String,
}

/// A package or file as read, before validation and normalisation.
#[derive(Debug, Clone, Default)]
pub struct RawElement {
    /// Package or file.
    pub kind: ElementKind,
    /// Location of the element (JSON pointer such as `/packages/3`, or `line N`).
    pub path: String,
    /// True when `path` is a JSON pointer that field names can be appended to.
    pub pointer: bool,
    /// `SPDXID`.
    pub spdx_id: Option<String>,
    /// `name` (package) or `fileName` (file).
    pub name: Option<String>,
    /// `versionInfo`.
    pub version: Option<String>,
    /// `supplier`, still with its `Organization: `/`Person: ` prefix.
    pub supplier: Option<String>,
    /// `downloadLocation` (packages only).
    pub download_location: Option<String>,
    /// `copyrightText`.
    pub copyright: Option<String>,
    /// `licenseConcluded`.
    pub license_concluded: Option<String>,
    /// `licenseDeclared` (packages only).
    pub license_declared: Option<String>,
    /// `licenseInfoInFiles` (files only).
    pub license_info: Vec<String>,
    /// `checksums`.
    pub checksums: Vec<Checksum>,
    /// `externalRefs`.
    pub external_refs: Vec<ExternalRef>,
    /// `primaryPackagePurpose`.
    pub purpose: Option<String>,
    /// `hasFiles` (packages only), read as `CONTAINS` relationships.
    pub has_files: Vec<String>,
    /// Fields seen that SPDX 2.3 introduced (`primaryPackagePurpose`, `builtDate`, …).
    pub v23_fields: Vec<&'static str>,
    /// Tag-value only: the line of each field (by its SPDX JSON name) that was present.
    pub lines: Vec<(&'static str, String)>,
}

impl RawElement {
    /// A new element of `kind` located at `path`.
    pub fn new(kind: ElementKind, path: String, pointer: bool) -> Self {
        RawElement {
            kind,
            path,
            pointer,
            ..RawElement::default()
        }
    }

    /// The location of field `field` of this element.
    pub fn at(&self, field: &str) -> String {
        if self.pointer {
            // Built by hand: this runs for every element, and `format!` cost several times more.
            let mut at = String::with_capacity(self.path.len() + 1 + field.len());
            at.push_str(&self.path);
            at.push('/');
            at.push_str(field);
            at
        } else {
            self.lines
                .iter()
                .find(|(f, _)| *f == field)
                .map_or_else(|| self.path.clone(), |(_, line)| line.clone())
        }
    }

    /// The purl from a `PACKAGE-MANAGER` (or `PACKAGE_MANAGER`) `purl` external reference.
    pub fn purl(&self) -> Option<&ExternalRef> {
        self.external_refs.get(self.purl_index()?)
    }

    /// Where [`RawElement::purl`] is in `external_refs`.
    fn purl_index(&self) -> Option<usize> {
        self.external_refs.iter().position(|r| {
            // `_` read as `-`, compared in place: this runs for every package, twice.
            let category = r.category.as_bytes();
            category.len() == b"PACKAGE-MANAGER".len()
                && category
                    .iter()
                    .zip(b"PACKAGE-MANAGER")
                    .all(|(&a, &b)| a == b || (a == b'_' && b == b'-'))
                && (r.kind == "purl" || r.kind.ends_with("#purl") || r.kind.ends_with("/purl"))
        })
    }

    /// The CPE from a `SECURITY` external reference, `cpe23Type` preferred over `cpe22Type`.
    pub fn cpe(&self) -> Option<&ExternalRef> {
        self.external_refs.get(self.cpe_index()?)
    }

    /// Where [`RawElement::cpe`] is in `external_refs`.
    fn cpe_index(&self) -> Option<usize> {
        let security = |kind: &str| {
            self.external_refs.iter().position(|r| {
                r.category == "SECURITY"
                    && (r.kind == kind
                        || r.kind.strip_suffix(kind).is_some_and(|p| p.ends_with('#')))
            })
        };
        security("cpe23Type").or_else(|| security("cpe22Type"))
    }

    /// The normalised component (`bom_ref` falls back to the element's location), made of this
    /// element's strings (moved, not copied: this runs for every package and file).
    pub fn into_component(mut self) -> Component {
        // Two different references: a purl's category is never a CPE's.
        let (purl, cpe) = (self.purl_index(), self.cpe_index());
        let mut locator = |i: Option<usize>| {
            let r = self.external_refs.get_mut(i?)?;
            Some(std::mem::take(&mut r.locator))
        };
        let (purl_locator, cpe_locator) = (locator(purl), locator(cpe));
        let licenses = self.take_licenses();
        let supplier = self.supplier.as_deref().and_then(strip_agent);
        let kind = match self.kind {
            ElementKind::File => ComponentKind::File,
            ElementKind::Package => self
                .purpose
                .as_deref()
                .map(purpose_kind)
                .unwrap_or(ComponentKind::Library),
        };
        let bom_ref = match self.spdx_id.take() {
            Some(id) => id,
            None => format!("#{}", self.path),
        };
        let mut component = Component::new(bom_ref, self.name.take().unwrap_or_default());
        component.version = self.version.take();
        component.purl = purl_locator;
        component.cpe = cpe_locator;
        component.licenses = licenses;
        component.hashes = self
            .checksums
            .into_iter()
            .map(|c| Hash {
                algorithm: c.algorithm,
                value: c.value,
            })
            .collect();
        component.supplier = supplier;
        component.kind = kind;
        component
    }

    /// `licenseConcluded` unless it is `NOASSERTION`/`NONE`, else `licenseDeclared` (packages)
    /// or `licenseInfoInFiles` (files), again without `NOASSERTION`/`NONE`; moved out.
    fn take_licenses(&mut self) -> Vec<String> {
        if self.license_concluded.as_deref().is_some_and(asserted) {
            return self.license_concluded.take().into_iter().collect();
        }
        match self.kind {
            ElementKind::Package => self
                .license_declared
                .take()
                .into_iter()
                .filter(|l| asserted(l))
                .collect(),
            ElementKind::File => std::mem::take(&mut self.license_info)
                .into_iter()
                .filter(|l| asserted(l))
                .collect(),
        }
    }
}

/// True unless the value is empty, `NOASSERTION` or `NONE`.
pub fn asserted(value: &str) -> bool {
    let v = value.trim();
    !(v.is_empty() || v == "NOASSERTION" || v == "NONE")
}

/// Strips the `Organization: `/`Person: `/`Tool: ` prefix of an SPDX agent; `None` for
/// `NOASSERTION` and empty values.
pub fn strip_agent(agent: &str) -> Option<String> {
    let agent = agent.trim();
    let rest = ["Organization:", "Person:", "Tool:"]
        .iter()
        .find_map(|p| agent.strip_prefix(p))
        .unwrap_or(agent)
        .trim();
    let rest = rest.strip_suffix("()").map(str::trim_end).unwrap_or(rest);
    asserted(rest).then(|| rest.to_string())
}

/// The component kind for an SPDX 2.3 `primaryPackagePurpose` (or an SPDX 3 `primaryPurpose`,
/// compared case- and separator-insensitively).
pub fn purpose_kind(purpose: &str) -> ComponentKind {
    let mut buffer = [0; KEY];
    let Some(key) = normalised(purpose, &mut buffer) else {
        return ComponentKind::Other;
    };
    match key {
        "APPLICATION" | "EXECUTABLE" => ComponentKind::Application,
        "FRAMEWORK" => ComponentKind::Framework,
        "LIBRARY" | "MODULE" => ComponentKind::Library,
        "CONTAINER" => ComponentKind::Container,
        "OPERATINGSYSTEM" => ComponentKind::OperatingSystem,
        "DEVICE" => ComponentKind::Device,
        "DEVICEDRIVER" => ComponentKind::DeviceDriver,
        "FIRMWARE" => ComponentKind::Firmware,
        "FILE" => ComponentKind::File,
        "MODEL" => ComponentKind::MachineLearningModel,
        "DATA" | "CONFIGURATION" => ComponentKind::Data,
        _ => ComponentKind::Other,
    }
}

/// Room for a normalised key: longer than any key [`purpose_kind`] or [`relationship_edge`]
/// knows (the longest, `HASDEVELOPMENTDEPENDENCY`, has 24 letters).
const KEY: usize = 32;

/// `text`'s ASCII letters and digits, upper-cased, written into `buffer` without allocating
/// (these run for every package and relationship); `None` when they do not fit, i.e. for a key
/// that cannot be a known one.
fn normalised<'b>(text: &str, buffer: &'b mut [u8; KEY]) -> Option<&'b str> {
    let mut len = 0;
    for b in text.bytes().filter(u8::is_ascii_alphanumeric) {
        *buffer.get_mut(len)? = b.to_ascii_uppercase();
        len += 1;
    }
    // Only ASCII letters and digits were written.
    std::str::from_utf8(&buffer[..len]).ok()
}

/// How a relationship becomes a dependency edge of the normalised model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// `from` depends on (or contains) `to`.
    Forward,
    /// `to` depends on (or contains) `from` (the `*_OF` / `*_BY` forms).
    Reverse,
    /// Not a dependency edge (e.g. `GENERATED_FROM`, `COPY_OF`, `SPECIFICATION_FOR`).
    None,
}

/// The edge an SPDX 2.x relationship type (or an SPDX 3 camel-case `relationshipType`)
/// stands for; see the crate documentation for the table.
pub fn relationship_edge(kind: &str) -> Edge {
    let mut buffer = [0; KEY];
    let Some(key) = normalised(kind, &mut buffer) else {
        return Edge::None;
    };
    match key {
        "DEPENDSON"
        | "CONTAINS"
        | "DESCRIBES"
        | "DYNAMICLINK"
        | "STATICLINK"
        | "HASPREREQUISITE"
        | "HASDYNAMICLINK"
        | "HASSTATICLINK"
        | "HASPROVIDEDDEPENDENCY"
        | "HASOPTIONALDEPENDENCY"
        | "HASDEVELOPMENTDEPENDENCY"
        | "HASTESTDEPENDENCY" => Edge::Forward,
        "DEPENDENCYOF"
        | "CONTAINEDBY"
        | "DESCRIBEDBY"
        | "PREREQUISITEFOR"
        | "BUILDDEPENDENCYOF"
        | "DEVDEPENDENCYOF"
        | "OPTIONALDEPENDENCYOF"
        | "PROVIDEDDEPENDENCYOF"
        | "TESTDEPENDENCYOF"
        | "RUNTIMEDEPENDENCYOF"
        | "PACKAGEOF" => Edge::Reverse,
        _ => Edge::None,
    }
}

/// One relationship as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    /// `spdxElementId`.
    pub from: String,
    /// `relationshipType`.
    pub kind: String,
    /// `relatedSpdxElement`.
    pub to: String,
    /// Location (JSON pointer or `line N`).
    pub path: String,
}

/// SPDX 2.x document-level facts as read.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// `spdxVersion`, e.g. `SPDX-2.3`.
    pub spdx_version: Option<String>,
    /// `dataLicense`.
    pub data_license: Option<String>,
    /// Document `SPDXID`.
    pub spdx_id: Option<String>,
    /// Document `name`.
    pub name: Option<String>,
    /// `documentNamespace`.
    pub namespace: Option<String>,
    /// True once a `creationInfo` (JSON/YAML) or any creation tag (tag-value) was seen.
    pub creation_info: bool,
    /// `creationInfo.created`.
    pub created: Option<String>,
    /// `creationInfo.creators`.
    pub creators: Vec<String>,
    /// True when locations are JSON pointers (JSON, YAML), false for tag-value lines.
    pub pointer: bool,
    /// Where each header field was found (field name as in SPDX JSON → location).
    pub paths: std::collections::BTreeMap<String, String>,
}

impl Header {
    /// Where a header field that is absent would have been (`/field`, or `line 1`).
    pub fn missing_path(&self, field: &str) -> String {
        match (self.pointer, field) {
            (true, "created" | "creators") => format!("/creationInfo/{field}"),
            (true, _) => format!("/{field}"),
            (false, _) => "line 1".into(),
        }
    }
}
