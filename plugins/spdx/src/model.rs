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
            format!("{}/{field}", self.path)
        } else {
            self.lines
                .iter()
                .find(|(f, _)| *f == field)
                .map_or_else(|| self.path.clone(), |(_, line)| line.clone())
        }
    }

    /// The purl from a `PACKAGE-MANAGER` `purl` external reference.
    pub fn purl(&self) -> Option<&ExternalRef> {
        self.external_refs.iter().find(|r| {
            let category = r.category.replace('_', "-");
            category == "PACKAGE-MANAGER"
                && (r.kind == "purl" || r.kind.ends_with("#purl") || r.kind.ends_with("/purl"))
        })
    }

    /// The CPE from a `SECURITY` external reference, `cpe23Type` preferred over `cpe22Type`.
    pub fn cpe(&self) -> Option<&ExternalRef> {
        let security = |kind: &str| {
            self.external_refs.iter().find(|r| {
                r.category == "SECURITY"
                    && (r.kind == kind || r.kind.ends_with(&format!("#{kind}")))
            })
        };
        security("cpe23Type").or_else(|| security("cpe22Type"))
    }

    /// The normalised component (`bom_ref` falls back to the element's location).
    pub fn to_component(&self) -> Component {
        let mut component = Component::new(
            self.spdx_id
                .clone()
                .unwrap_or_else(|| format!("#{}", self.path)),
            self.name.clone().unwrap_or_default(),
        );
        component.version = self.version.clone();
        component.purl = self.purl().map(|r| r.locator.clone());
        component.cpe = self.cpe().map(|r| r.locator.clone());
        component.licenses = self.licenses();
        component.hashes = self
            .checksums
            .iter()
            .map(|c| Hash {
                algorithm: c.algorithm.clone(),
                value: c.value.clone(),
            })
            .collect();
        component.supplier = self.supplier.as_deref().and_then(strip_agent);
        component.kind = match self.kind {
            ElementKind::File => ComponentKind::File,
            ElementKind::Package => self
                .purpose
                .as_deref()
                .map(purpose_kind)
                .unwrap_or(ComponentKind::Library),
        };
        component
    }

    /// `licenseConcluded` unless it is `NOASSERTION`/`NONE`, else `licenseDeclared` (packages)
    /// or `licenseInfoInFiles` (files), again without `NOASSERTION`/`NONE`.
    pub fn licenses(&self) -> Vec<String> {
        if let Some(concluded) = self.license_concluded.as_deref().filter(|l| asserted(l)) {
            return vec![concluded.to_string()];
        }
        match self.kind {
            ElementKind::Package => self
                .license_declared
                .iter()
                .filter(|l| asserted(l))
                .cloned()
                .collect(),
            ElementKind::File => self
                .license_info
                .iter()
                .filter(|l| asserted(l))
                .cloned()
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
    let key: String = purpose
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    match key.as_str() {
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
    let key: String = kind
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    match key.as_str() {
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
