//! Reading SPDX 2.x JSON/YAML objects (one package, file, relationship or header field at a
//! time) into the intermediate model, with a diagnostic for every field of the wrong type.
//!
//! Values are [`Json`]s that borrow from the document when it is parsed from memory. A package
//! or file arrives as [`Members`]: each field SPDX defines for it in a slot of its own, so
//! reading it takes no look-up by name and no map, and fields this reader does not use are
//! only noted as present.

use std::borrow::Cow;

use traceguard_sdk::DiagnosticEntry;
use traceguard_sdk::json::{Json, Object};

use crate::model::{Checksum, ElementKind, ExternalRef, Header, RawElement, Relationship};
use crate::rules;

/// Package fields defined by SPDX 2.3 JSON (anything else is reported as a warning).
const PACKAGE_FIELDS: &[&str] = &[
    "SPDXID",
    "annotations",
    "attributionTexts",
    "builtDate",
    "checksums",
    "comment",
    "copyrightText",
    "description",
    "downloadLocation",
    "externalRefs",
    "filesAnalyzed",
    "hasFiles",
    "homepage",
    "licenseComments",
    "licenseConcluded",
    "licenseDeclared",
    "licenseInfoFromFiles",
    "name",
    "originator",
    "packageFileName",
    "packageVerificationCode",
    "primaryPackagePurpose",
    "releaseDate",
    "sourceInfo",
    "summary",
    "supplier",
    "validUntilDate",
    "versionInfo",
];

/// File fields defined by SPDX 2.3 JSON.
const FILE_FIELDS: &[&str] = &[
    "SPDXID",
    "annotations",
    "artifactOfs",
    "attributionTexts",
    "checksums",
    "comment",
    "copyrightText",
    "fileContributors",
    "fileDependencies",
    "fileName",
    "fileTypes",
    "licenseComments",
    "licenseConcluded",
    "licenseInfoInFiles",
    "noticeText",
];

/// Every field of [`PACKAGE_FIELDS`] and [`FILE_FIELDS`], sorted (a test checks it): the slots of
/// [`Members`] (see [`field_slot`]).
const FIELDS: &[&str] = &[
    "SPDXID",
    "annotations",
    "artifactOfs",
    "attributionTexts",
    "builtDate",
    "checksums",
    "comment",
    "copyrightText",
    "description",
    "downloadLocation",
    "externalRefs",
    "fileContributors",
    "fileDependencies",
    "fileName",
    "fileTypes",
    "filesAnalyzed",
    "hasFiles",
    "homepage",
    "licenseComments",
    "licenseConcluded",
    "licenseDeclared",
    "licenseInfoFromFiles",
    "licenseInfoInFiles",
    "name",
    "noticeText",
    "originator",
    "packageFileName",
    "packageVerificationCode",
    "primaryPackagePurpose",
    "releaseDate",
    "sourceInfo",
    "summary",
    "supplier",
    "validUntilDate",
    "versionInfo",
];

/// The slot of `name` in [`FIELDS`] (a test checks the two agree). A `match` compares the
/// length first and then one or two names; a binary search called `memcmp` about six times, and
/// this runs for every member of every package.
fn field_slot(name: &str) -> Option<usize> {
    Some(match name {
        "SPDXID" => 0,
        "annotations" => 1,
        "artifactOfs" => 2,
        "attributionTexts" => 3,
        "builtDate" => 4,
        "checksums" => 5,
        "comment" => 6,
        "copyrightText" => 7,
        "description" => 8,
        "downloadLocation" => 9,
        "externalRefs" => 10,
        "fileContributors" => 11,
        "fileDependencies" => 12,
        "fileName" => 13,
        "fileTypes" => 14,
        "filesAnalyzed" => 15,
        "hasFiles" => 16,
        "homepage" => 17,
        "licenseComments" => 18,
        "licenseConcluded" => 19,
        "licenseDeclared" => 20,
        "licenseInfoFromFiles" => 21,
        "licenseInfoInFiles" => 22,
        "name" => 23,
        "noticeText" => 24,
        "originator" => 25,
        "packageFileName" => 26,
        "packageVerificationCode" => 27,
        "primaryPackagePurpose" => 28,
        "releaseDate" => 29,
        "sourceInfo" => 30,
        "summary" => 31,
        "supplier" => 32,
        "validUntilDate" => 33,
        "versionInfo" => 34,
        _ => return None,
    })
}

/// Whether two strings are equal, at compile time.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The slot of field `name` in [`FIELDS`], at compile time (a name not there fails the build).
const fn slot(name: &str) -> usize {
    let mut i = 0;
    while i < FIELDS.len() {
        if same(FIELDS[i], name) {
            return i;
        }
        i += 1;
    }
    panic!("not an SPDX element field")
}

/// The set of slots of `fields`, one bit each.
const fn mask(fields: &[&str]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < fields.len() {
        m |= 1 << slot(fields[i]);
        i += 1;
    }
    m
}

const _: () = assert!(FIELDS.len() <= 64, "slots are bits of a u64");

const SPDXID: usize = slot("SPDXID");
const NAME: usize = slot("name");
const FILE_NAME: usize = slot("fileName");
const COPYRIGHT: usize = slot("copyrightText");
const LICENSE_CONCLUDED: usize = slot("licenseConcluded");
const CHECKSUMS: usize = slot("checksums");
const LICENSE_INFO_IN_FILES: usize = slot("licenseInfoInFiles");
const VERSION_INFO: usize = slot("versionInfo");
const SUPPLIER: usize = slot("supplier");
const DOWNLOAD_LOCATION: usize = slot("downloadLocation");
const LICENSE_DECLARED: usize = slot("licenseDeclared");
const PURPOSE: usize = slot("primaryPackagePurpose");
const HAS_FILES: usize = slot("hasFiles");
const FILES_ANALYZED: usize = slot("filesAnalyzed");
const EXTERNAL_REFS: usize = slot("externalRefs");

/// Package fields SPDX 2.3 added to 2.2 (their presence is noted), with their slots.
const V23_PACKAGE_FIELDS: [(&str, usize); 4] = [
    ("primaryPackagePurpose", PURPOSE),
    ("releaseDate", slot("releaseDate")),
    ("builtDate", slot("builtDate")),
    ("validUntilDate", slot("validUntilDate")),
];

/// The slots of the fields each kind defines.
const PACKAGE_MASK: u64 = mask(PACKAGE_FIELDS);
const FILE_MASK: u64 = mask(FILE_FIELDS);

/// The slots whose values this reader uses; the others are only noted as present.
const READ_MASK: u64 = mask(&[
    "SPDXID",
    "name",
    "fileName",
    "copyrightText",
    "licenseConcluded",
    "checksums",
    "licenseInfoInFiles",
    "versionInfo",
    "supplier",
    "downloadLocation",
    "licenseDeclared",
    "primaryPackagePurpose",
    "hasFiles",
    "filesAnalyzed",
    "externalRefs",
]);

/// The members of one package or file object, as read: the value of each field its kind
/// defines in that field's slot (a repeated field keeps its last value, as a parsed map does),
/// and the names of the others.
pub struct Members<'de> {
    kind: ElementKind,
    /// A value for every field present; `Json::Null` for the fields whose value is not used.
    slots: [Option<Json<'de>>; FIELDS.len()],
    /// Names of members that are not fields of this kind, in document order, maybe repeated.
    unknown: Vec<Cow<'de, str>>,
}

impl<'de> Members<'de> {
    /// No members yet, for an element of `kind`.
    pub fn new(kind: ElementKind) -> Self {
        Members {
            kind,
            slots: [const { None }; FIELDS.len()],
            unknown: Vec::new(),
        }
    }

    /// The members of `object`, read as an element of `kind` (YAML, and JSON read whole).
    pub fn from_object(kind: ElementKind, object: Object<'de>) -> Self {
        let mut members = Members::new(kind);
        for (name, value) in object {
            match members.slot(&name) {
                Some(slot) => members.set(slot, value),
                None => members.unknown(name),
            }
        }
        members
    }

    /// The slot of member `name` if it is a field of this kind.
    pub fn slot(&self, name: &str) -> Option<usize> {
        let slot = field_slot(name)?;
        let defined = match self.kind {
            ElementKind::Package => PACKAGE_MASK,
            ElementKind::File => FILE_MASK,
        };
        (defined & (1 << slot) != 0).then_some(slot)
    }

    /// Whether the value of the field in `slot` is used (else [`Members::set`] may be given
    /// `Json::Null` for it, and its value need not be built).
    pub fn reads(slot: usize) -> bool {
        READ_MASK & (1 << slot) != 0
    }

    /// Sets the field in `slot` (from [`Members::slot`]).
    pub fn set(&mut self, slot: usize, value: Json<'de>) {
        if let Some(s) = self.slots.get_mut(slot) {
            *s = Some(value);
        }
    }

    /// Notes a member that is not a field of this kind.
    pub fn unknown(&mut self, name: Cow<'de, str>) {
        self.unknown.push(name);
    }

    fn take(&mut self, slot: usize) -> Option<Json<'de>> {
        self.slots.get_mut(slot)?.take()
    }

    fn has(&self, slot: usize) -> bool {
        self.slots.get(slot).is_some_and(Option::is_some)
    }
}

/// Reads `value` (field `key` of the object at `path`) as a string; `null` counts as absent,
/// other types are errors.
fn string(
    value: Option<Json<'_>>,
    path: &str,
    key: &str,
    diags: &mut Vec<DiagnosticEntry>,
) -> Option<String> {
    match value {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) => Some(s.into_owned()),
        Some(other) => {
            diags.push(type_error(&pointer(path, key), "a string", &other));
            None
        }
    }
}

/// Reads field `key` of `object` as a string (see [`string`]).
fn member_string(
    object: &Object<'_>,
    key: &str,
    path: &str,
    diags: &mut Vec<DiagnosticEntry>,
) -> Option<String> {
    match object.get(key) {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) => Some(s.to_string()),
        Some(other) => {
            diags.push(type_error(&pointer(path, key), "a string", other));
            None
        }
    }
}

/// Reads `value` (field `key` at `path`) as an array (absent or `null` → empty).
fn array<'de>(
    value: Option<Json<'de>>,
    path: &str,
    key: &str,
    diags: &mut Vec<DiagnosticEntry>,
) -> Vec<Json<'de>> {
    match value {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::Array(items)) => items,
        Some(other) => {
            diags.push(type_error(&pointer(path, key), "an array", &other));
            Vec::new()
        }
    }
}

/// Reads `value` (field `key` at `path`) as an array of strings.
fn strings(
    value: Option<Json<'_>>,
    path: &str,
    key: &str,
    diags: &mut Vec<DiagnosticEntry>,
) -> Vec<String> {
    let items = array(value, path, key, diags);
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        match item {
            Json::String(s) => out.push(s.into_owned()),
            other => diags.push(type_error(
                &index(&pointer(path, key), i),
                "a string",
                &other,
            )),
        }
    }
    out
}

/// An error diagnostic for a value of the wrong JSON type.
pub fn type_error(path: &str, expected: &str, found: &Json<'_>) -> DiagnosticEntry {
    DiagnosticEntry::error(
        rules::STRUCTURE,
        path,
        format!("expected {expected}, found {}", found.kind()),
    )
}

/// `path/key`, for a key that needs no escaping. Built by hand: paths are made for every
/// checksum and external reference, and the formatting machinery cost more than the rest.
pub fn pointer(path: &str, key: &str) -> String {
    let mut s = String::with_capacity(path.len() + key.len() + 1);
    s.push_str(path);
    s.push('/');
    s.push_str(key);
    s
}

/// `path/i`.
pub fn index(path: &str, i: usize) -> String {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut n = i;
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(path.len() + 1 + digits.len() - start);
    s.push_str(path);
    s.push('/');
    s.extend(digits[start..].iter().map(|&d| char::from(d)));
    s
}

/// An element of `packages` or `files` at `path` that is not an object: an empty element, and
/// the error.
pub fn not_an_element(
    kind: ElementKind,
    value: &Json<'_>,
    path: String,
    diags: &mut Vec<DiagnosticEntry>,
) -> RawElement {
    diags.push(type_error(&path, "an object", value));
    RawElement::new(kind, path, true)
}

/// Reads one element of `packages` or `files` at JSON pointer `path`.
pub fn element(mut m: Members<'_>, path: String, diags: &mut Vec<DiagnosticEntry>) -> RawElement {
    let kind = m.kind;
    if !m.unknown.is_empty() {
        // In name order, each name once, as when the object was a sorted map.
        let mut unknown = std::mem::take(&mut m.unknown);
        unknown.sort_unstable();
        unknown.dedup();
        for key in unknown {
            diags.push(DiagnosticEntry::warning(
                rules::UNKNOWN_MEMBER,
                format!("{path}/{}", escape(&key)),
                format!("unknown field {key:?} ignored"),
            ));
        }
    }
    let name_slot = match kind {
        ElementKind::Package => NAME,
        ElementKind::File => FILE_NAME,
    };
    let p = path.as_str();
    let spdx_id = string(m.take(SPDXID), p, "SPDXID", diags);
    let name = string(m.take(name_slot), p, FIELDS[name_slot], diags);
    let copyright = string(m.take(COPYRIGHT), p, "copyrightText", diags);
    let license_concluded = string(m.take(LICENSE_CONCLUDED), p, "licenseConcluded", diags);
    let checksums = checksums(array(m.take(CHECKSUMS), p, "checksums", diags), p, diags);
    let mut el = RawElement::new(kind, String::new(), true);
    el.spdx_id = spdx_id;
    el.name = name;
    el.copyright = copyright;
    el.license_concluded = license_concluded;
    el.checksums = checksums;
    if kind == ElementKind::File {
        el.license_info = strings(
            m.take(LICENSE_INFO_IN_FILES),
            p,
            "licenseInfoInFiles",
            diags,
        );
        el.path = path;
        return el;
    }
    el.version = string(m.take(VERSION_INFO), p, "versionInfo", diags);
    el.supplier = string(m.take(SUPPLIER), p, "supplier", diags);
    el.download_location = string(m.take(DOWNLOAD_LOCATION), p, "downloadLocation", diags);
    el.license_declared = string(m.take(LICENSE_DECLARED), p, "licenseDeclared", diags);
    // Noted before its value is taken: present, even as `null`, is what counts.
    let has_purpose = m.has(PURPOSE);
    el.purpose = string(m.take(PURPOSE), p, "primaryPackagePurpose", diags);
    el.has_files = strings(m.take(HAS_FILES), p, "hasFiles", diags);
    match m.take(FILES_ANALYZED) {
        None | Some(Json::Null) | Some(Json::Bool(_)) => {}
        Some(other) => diags.push(type_error(
            &pointer(p, "filesAnalyzed"),
            "a boolean",
            &other,
        )),
    }
    for (field, slot) in V23_PACKAGE_FIELDS {
        if (slot == PURPOSE && has_purpose) || m.has(slot) {
            el.v23_fields.push(field);
        }
    }
    let refs = array(m.take(EXTERNAL_REFS), p, "externalRefs", diags);
    el.external_refs = external_refs(refs, p, diags);
    el.path = path;
    el
}

/// The `checksums` of the element at `path`.
fn checksums(items: Vec<Json<'_>>, path: &str, diags: &mut Vec<DiagnosticEntry>) -> Vec<Checksum> {
    let mut out = Vec::with_capacity(items.len());
    if items.is_empty() {
        return out;
    }
    let base = pointer(path, "checksums");
    for (i, c) in items.iter().enumerate() {
        let at = index(&base, i);
        let Json::Object(c) = c else {
            diags.push(type_error(&at, "an object", c));
            continue;
        };
        let algorithm = member_string(c, "algorithm", &at, diags);
        let value = member_string(c, "checksumValue", &at, diags);
        match (algorithm, value) {
            (Some(algorithm), Some(value)) => out.push(Checksum {
                algorithm,
                value,
                path: at,
            }),
            _ => diags.push(DiagnosticEntry::error(
                rules::HASH,
                at,
                "checksum needs `algorithm` and `checksumValue`",
            )),
        }
    }
    out
}

/// The `externalRefs` of the package at `path`.
fn external_refs(
    items: Vec<Json<'_>>,
    path: &str,
    diags: &mut Vec<DiagnosticEntry>,
) -> Vec<ExternalRef> {
    let mut out = Vec::with_capacity(items.len());
    if items.is_empty() {
        return out;
    }
    let base = pointer(path, "externalRefs");
    for (i, r) in items.iter().enumerate() {
        let at = index(&base, i);
        let Json::Object(r) = r else {
            diags.push(type_error(&at, "an object", r));
            continue;
        };
        let category = member_string(r, "referenceCategory", &at, diags);
        let kind = member_string(r, "referenceType", &at, diags);
        let locator = member_string(r, "referenceLocator", &at, diags);
        match (category, kind, locator) {
            (Some(category), Some(kind), Some(locator)) => out.push(ExternalRef {
                category,
                kind,
                locator,
                path: pointer(&at, "referenceLocator"),
            }),
            _ => diags.push(DiagnosticEntry::error(rules::REQUIRED,
                at,
                "external reference needs `referenceCategory`, `referenceType` and `referenceLocator`",
            )),
        }
    }
    out
}

/// The members of a relationship object this reader uses (the others are not kept).
#[derive(Default)]
pub struct RelationshipMembers<'de> {
    /// `spdxElementId`.
    pub from: Option<Json<'de>>,
    /// `relationshipType`.
    pub kind: Option<Json<'de>>,
    /// `relatedSpdxElement`.
    pub to: Option<Json<'de>>,
}

impl<'de> RelationshipMembers<'de> {
    /// The slot of member `name`, if this reader uses it.
    pub fn slot(&mut self, name: &str) -> Option<&mut Option<Json<'de>>> {
        match name {
            "spdxElementId" => Some(&mut self.from),
            "relationshipType" => Some(&mut self.kind),
            "relatedSpdxElement" => Some(&mut self.to),
            _ => None,
        }
    }

    /// The members of `object` (YAML, and JSON read whole).
    pub fn from_object(object: Object<'de>) -> Self {
        let mut members = RelationshipMembers::default();
        for (name, value) in object {
            if let Some(slot) = members.slot(&name) {
                *slot = Some(value);
            }
        }
        members
    }
}

/// Reads one element of `relationships` at JSON pointer `path`.
pub fn relationship(
    m: RelationshipMembers<'_>,
    path: String,
    diags: &mut Vec<DiagnosticEntry>,
) -> Option<Relationship> {
    let from = string(m.from, &path, "spdxElementId", diags);
    let kind = string(m.kind, &path, "relationshipType", diags);
    let to = string(m.to, &path, "relatedSpdxElement", diags);
    match (from, kind, to) {
        (Some(from), Some(kind), Some(to)) => Some(Relationship {
            from,
            kind,
            to,
            path,
        }),
        _ => {
            diags.push(DiagnosticEntry::error(
                rules::RELATIONSHIP,
                path,
                "relationship needs `spdxElementId`, `relationshipType` and `relatedSpdxElement`",
            ));
            None
        }
    }
}

/// The SPDXID of one element of `snippets`, if it has one of the right type.
pub fn snippet_id(
    value: &Json<'_>,
    path: &str,
    diags: &mut Vec<DiagnosticEntry>,
) -> Option<String> {
    match value {
        Json::Object(map) => {
            let id = member_string(map, "SPDXID", path, diags);
            if id.is_none() {
                diags.push(DiagnosticEntry::error(
                    rules::SPDX_ID,
                    format!("{path}/SPDXID"),
                    "snippet has no SPDXID",
                ));
            }
            id
        }
        other => {
            diags.push(type_error(path, "an object", other));
            None
        }
    }
}

/// Whether [`header_field`] reads the value of top-level field `key` (for the others only
/// where they are matters).
pub fn is_header_field(key: &str) -> bool {
    matches!(
        key,
        "spdxVersion"
            | "dataLicense"
            | "SPDXID"
            | "name"
            | "documentNamespace"
            | "documentDescribes"
            | "creationInfo"
    )
}

/// Reads one top-level field other than the element arrays into `header`; returns the
/// `documentDescribes` targets when `key` is that field. Fields that are not
/// [`is_header_field`] may be given as `Json::Null`.
pub fn header_field(
    header: &mut Header,
    key: &str,
    value: Json<'_>,
    diags: &mut Vec<DiagnosticEntry>,
) -> Vec<String> {
    let path = format!("/{}", escape(key));
    header.paths.insert(key.to_string(), path.clone());
    let text = |value: Json<'_>, diags: &mut Vec<DiagnosticEntry>| match value {
        Json::String(s) => Some(s.into_owned()),
        Json::Null => None,
        other => {
            diags.push(type_error(&path, "a string", &other));
            None
        }
    };
    match key {
        "spdxVersion" => header.spdx_version = text(value, diags),
        "dataLicense" => header.data_license = text(value, diags),
        "SPDXID" => header.spdx_id = text(value, diags),
        "name" => header.name = text(value, diags),
        "documentNamespace" => header.namespace = text(value, diags),
        "documentDescribes" => return strings(Some(value), "", key, diags),
        "creationInfo" => match value {
            Json::Object(info) => {
                header.creation_info = true;
                header.created = member_string(&info, "created", &path, diags);
                header.creators = strings(info.get("creators").cloned(), &path, "creators", diags);
                header
                    .paths
                    .insert("created".into(), format!("{path}/created"));
                header
                    .paths
                    .insert("creators".into(), format!("{path}/creators"));
            }
            other => diags.push(type_error(&path, "an object", &other)),
        },
        _ => {}
    }
    Vec::new()
}

/// Escapes a key for use in a JSON pointer (RFC 6901).
pub fn escape(key: &str) -> Cow<'_, str> {
    if key.contains(['~', '/']) {
        Cow::Owned(key.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slots_are_the_sorted_union_of_package_and_file_fields() {
        let mut union: Vec<&str> = PACKAGE_FIELDS.iter().chain(FILE_FIELDS).copied().collect();
        union.sort_unstable();
        union.dedup();
        assert_eq!(union, FIELDS);
        for (i, field) in FIELDS.iter().enumerate() {
            assert_eq!(field_slot(field), Some(i), "{field}");
        }
        assert_eq!(field_slot("SPDXId"), None);
        assert!(PACKAGE_FIELDS.is_sorted() && FILE_FIELDS.is_sorted());
        for &(field, slot) in &V23_PACKAGE_FIELDS {
            assert_eq!(FIELDS[slot], field);
            assert!(!Members::reads(slot) || field == "primaryPackagePurpose");
        }
    }

    #[test]
    fn a_field_of_the_other_kind_is_unknown() {
        let package = Members::new(ElementKind::Package);
        let file = Members::new(ElementKind::File);
        assert_eq!(package.slot("name"), Some(NAME));
        assert_eq!(file.slot("name"), None);
        assert_eq!(file.slot("fileName"), Some(FILE_NAME));
        assert_eq!(package.slot("fileName"), None);
        assert_eq!(package.slot("nope"), None);
    }

    #[test]
    fn paths_are_built_as_pointers() {
        assert_eq!(index("/packages", 0), "/packages/0");
        assert_eq!(index("/packages", 1234567), "/packages/1234567");
        assert_eq!(pointer("/packages/3", "checksums"), "/packages/3/checksums");
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        assert!(matches!(escape("plain"), Cow::Borrowed("plain")));
    }
}
