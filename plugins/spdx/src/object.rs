//! Reading SPDX 2.x JSON/YAML objects (one package, file, relationship or header field at a
//! time) into the intermediate model, with a diagnostic for every field of the wrong type.

use serde_json::{Map, Value};
use traceguard_sdk::Diagnostic;

use crate::model::{Checksum, ElementKind, ExternalRef, Header, RawElement, Relationship};

/// Package fields defined by SPDX 2.3 JSON (anything else is reported as a warning). Sorted.
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

/// Package fields SPDX 2.3 added to 2.2.
const V23_PACKAGE_FIELDS: &[&str] = &[
    "primaryPackagePurpose",
    "releaseDate",
    "builtDate",
    "validUntilDate",
];

/// Reads field `key` of `map` as a string; `null` counts as absent, other types are errors.
fn string(
    map: &Map<String, Value>,
    key: &str,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    match map.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            diags.push(type_error(&format!("{path}/{key}"), "a string", other));
            None
        }
    }
}

/// Reads field `key` of `map` as an array (absent or `null` → empty).
fn array<'m>(
    map: &'m Map<String, Value>,
    key: &str,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) -> &'m [Value] {
    match map.get(key) {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(other) => {
            diags.push(type_error(&format!("{path}/{key}"), "an array", other));
            &[]
        }
    }
}

/// Reads field `key` of `map` as an array of strings.
fn strings(
    map: &Map<String, Value>,
    key: &str,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (i, item) in array(map, key, path, diags).iter().enumerate() {
        match item {
            Value::String(s) => out.push(s.clone()),
            other => diags.push(type_error(&format!("{path}/{key}/{i}"), "a string", other)),
        }
    }
    out
}

/// An error diagnostic for a value of the wrong JSON type.
pub fn type_error(path: &str, expected: &str, found: &Value) -> Diagnostic {
    let kind = match found {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    Diagnostic::error(path, format!("expected {expected}, found {kind}"))
}

/// Reads one element of `packages` or `files` at JSON pointer `path`.
pub fn element(
    value: &Value,
    kind: ElementKind,
    path: String,
    diags: &mut Vec<Diagnostic>,
) -> RawElement {
    let mut el = RawElement::new(kind, path.clone(), true);
    let Value::Object(map) = value else {
        diags.push(type_error(&path, "an object", value));
        return el;
    };
    let (fields, name_key) = match kind {
        ElementKind::Package => (PACKAGE_FIELDS, "name"),
        ElementKind::File => (FILE_FIELDS, "fileName"),
    };
    for key in map.keys() {
        // Both lists are sorted: a binary search is a few comparisons instead of up to 28.
        if fields.binary_search(&key.as_str()).is_err() {
            diags.push(Diagnostic::warning(
                format!("{path}/{}", escape(key)),
                format!("unknown field {key:?} ignored"),
            ));
        }
    }
    el.spdx_id = string(map, "SPDXID", &path, diags);
    el.name = string(map, name_key, &path, diags);
    el.copyright = string(map, "copyrightText", &path, diags);
    el.license_concluded = string(map, "licenseConcluded", &path, diags);
    for (i, c) in array(map, "checksums", &path, diags).iter().enumerate() {
        let at = format!("{path}/checksums/{i}");
        let Value::Object(c) = c else {
            diags.push(type_error(&at, "an object", c));
            continue;
        };
        let algorithm = string(c, "algorithm", &at, diags);
        let value = string(c, "checksumValue", &at, diags);
        match (algorithm, value) {
            (Some(algorithm), Some(value)) => el.checksums.push(Checksum {
                algorithm,
                value,
                path: at,
            }),
            _ => diags.push(Diagnostic::error(
                at,
                "checksum needs `algorithm` and `checksumValue`",
            )),
        }
    }
    if kind == ElementKind::File {
        el.license_info = strings(map, "licenseInfoInFiles", &path, diags);
        return el;
    }
    el.version = string(map, "versionInfo", &path, diags);
    el.supplier = string(map, "supplier", &path, diags);
    el.download_location = string(map, "downloadLocation", &path, diags);
    el.license_declared = string(map, "licenseDeclared", &path, diags);
    el.purpose = string(map, "primaryPackagePurpose", &path, diags);
    el.has_files = strings(map, "hasFiles", &path, diags);
    match map.get("filesAnalyzed") {
        None | Some(Value::Null) | Some(Value::Bool(_)) => {}
        Some(other) => diags.push(type_error(
            &format!("{path}/filesAnalyzed"),
            "a boolean",
            other,
        )),
    }
    for field in V23_PACKAGE_FIELDS {
        if map.contains_key(*field) {
            el.v23_fields.push(field);
        }
    }
    for (i, r) in array(map, "externalRefs", &path, diags).iter().enumerate() {
        let at = format!("{path}/externalRefs/{i}");
        let Value::Object(r) = r else {
            diags.push(type_error(&at, "an object", r));
            continue;
        };
        let category = string(r, "referenceCategory", &at, diags);
        let kind = string(r, "referenceType", &at, diags);
        let locator = string(r, "referenceLocator", &at, diags);
        match (category, kind, locator) {
            (Some(category), Some(kind), Some(locator)) => el.external_refs.push(ExternalRef {
                category,
                kind,
                locator,
                path: format!("{at}/referenceLocator"),
            }),
            _ => diags.push(Diagnostic::error(
                at,
                "external reference needs `referenceCategory`, `referenceType` and `referenceLocator`",
            )),
        }
    }
    el
}

/// Reads one element of `relationships` at JSON pointer `path`.
pub fn relationship(
    value: &Value,
    path: String,
    diags: &mut Vec<Diagnostic>,
) -> Option<Relationship> {
    let Value::Object(map) = value else {
        diags.push(type_error(&path, "an object", value));
        return None;
    };
    let from = string(map, "spdxElementId", &path, diags);
    let kind = string(map, "relationshipType", &path, diags);
    let to = string(map, "relatedSpdxElement", &path, diags);
    match (from, kind, to) {
        (Some(from), Some(kind), Some(to)) => Some(Relationship {
            from,
            kind,
            to,
            path,
        }),
        _ => {
            diags.push(Diagnostic::error(
                path,
                "relationship needs `spdxElementId`, `relationshipType` and `relatedSpdxElement`",
            ));
            None
        }
    }
}

/// The SPDXID of one element of `snippets`, if it has one of the right type.
pub fn snippet_id(value: &Value, path: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
    match value {
        Value::Object(map) => {
            let id = string(map, "SPDXID", path, diags);
            if id.is_none() {
                diags.push(Diagnostic::error(
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

/// Reads one top-level field other than the element arrays into `header`; returns the
/// `documentDescribes` targets when `key` is that field.
pub fn header_field(
    header: &mut Header,
    key: &str,
    value: &Value,
    diags: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let path = format!("/{}", escape(key));
    header.paths.insert(key.to_string(), path.clone());
    let text = |diags: &mut Vec<Diagnostic>| match value {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => {
            diags.push(type_error(&path, "a string", other));
            None
        }
    };
    match key {
        "spdxVersion" => header.spdx_version = text(diags),
        "dataLicense" => header.data_license = text(diags),
        "SPDXID" => header.spdx_id = text(diags),
        "name" => header.name = text(diags),
        "documentNamespace" => header.namespace = text(diags),
        "documentDescribes" => {
            let mut wrapper = Map::new();
            wrapper.insert(key.to_string(), value.clone());
            return strings(&wrapper, key, "", diags);
        }
        "creationInfo" => match value {
            Value::Object(info) => {
                header.creation_info = true;
                header.created = string(info, "created", &path, diags);
                header.creators = strings(info, "creators", &path, diags);
                header
                    .paths
                    .insert("created".into(), format!("{path}/created"));
                header
                    .paths
                    .insert("creators".into(), format!("{path}/creators"));
            }
            other => diags.push(type_error(&path, "an object", other)),
        },
        _ => {}
    }
    Vec::new()
}

/// Escapes a key for use in a JSON pointer (RFC 6901).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}
