//! SPDX 2.2/2.3 tag-value, read line by line. Only the element being read is in memory: it is
//! handed to the [`Collector`] when the next `PackageName:`, `FileName:`, `SnippetSPDXID:` or
//! `LicenseID:` starts a new section. Locations are `line N`.
//!
//! A file that follows a package (before the next package) is taken as contained in it, as the
//! SPDX 2.x tag-value format specifies; that gives a `CONTAINS` edge.

use std::io::BufRead;

use traceguard_sdk::parser::Sink;
use traceguard_sdk::{DiagnosticEntry, PluginError};

use crate::model::{Checksum, ElementKind, ExternalRef, Header, RawElement, Relationship};
use crate::rules;
use crate::validate::Collector;

/// What the lines being read describe.
enum Section {
    Document,
    Element(Box<RawElement>),
    /// A snippet or an extracted licence: its tags are skipped.
    Other,
}

struct Reader<'s, 'a> {
    collector: Collector,
    header: Header,
    sink: &'s mut Sink<'a>,
    section: Section,
    /// SPDXID of the package files are currently contained in.
    package: Option<String>,
}

/// Parses an SPDX 2.x tag-value document from `reader` into `sink`.
pub fn parse(mut reader: impl BufRead, sink: &mut Sink<'_>) -> Result<(), PluginError> {
    let mut r = Reader {
        collector: Collector::new(),
        header: Header::default(),
        sink,
        section: Section::Document,
        package: None,
    };
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| PluginError::new(format!("reading the document failed: {e}")))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let start = line_no;
        let Ok(line) = std::str::from_utf8(&buf) else {
            r.collector.push(DiagnosticEntry::error(
                rules::STRUCTURE,
                format!("line {start}"),
                "line is not valid UTF-8",
            ));
            continue;
        };
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((tag, value)) = line.split_once(':') else {
            r.collector.push(DiagnosticEntry::error(
                rules::STRUCTURE,
                format!("line {start}"),
                format!("expected `Tag: value`, found {:?}", truncate(line)),
            ));
            continue;
        };
        let tag = tag.trim().to_string();
        let mut value = value.trim().to_string();
        if let Some(rest) = value.strip_prefix("<text>") {
            let mut text = rest.to_string();
            let mut closed = rest.contains("</text>");
            while !closed {
                buf.clear();
                let n = reader
                    .read_until(b'\n', &mut buf)
                    .map_err(|e| PluginError::new(format!("reading the document failed: {e}")))?;
                if n == 0 {
                    r.collector.push(DiagnosticEntry::error(
                        rules::STRUCTURE,
                        format!("line {start}"),
                        format!("`{tag}` opens <text> that is never closed"),
                    ));
                    break;
                }
                line_no += 1;
                let more = String::from_utf8_lossy(&buf);
                closed = more.contains("</text>");
                text.push('\n');
                text.push_str(more.trim_end_matches(['\n', '\r']));
            }
            value = text.split("</text>").next().unwrap_or_default().to_string();
        }
        r.tag(&tag, value, start)?;
    }
    r.flush()?;
    let Reader {
        collector,
        header,
        sink,
        ..
    } = r;
    collector.finish(header, sink)
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}

impl Reader<'_, '_> {
    fn flush(&mut self) -> Result<(), PluginError> {
        match std::mem::replace(&mut self.section, Section::Other) {
            Section::Element(el) => self.collector.element(*el, self.sink),
            _ => Ok(()),
        }
    }

    fn start(&mut self, kind: ElementKind, name: String, line: usize) -> Result<(), PluginError> {
        self.flush()?;
        let mut el = RawElement::new(kind, format!("line {line}"), false);
        el.name = Some(name);
        self.section = Section::Element(Box::new(el));
        Ok(())
    }

    fn header_tag(&mut self, field: &str, line: usize) {
        self.header
            .paths
            .insert(field.to_string(), format!("line {line}"));
    }

    fn tag(&mut self, tag: &str, value: String, line: usize) -> Result<(), PluginError> {
        let at = format!("line {line}");
        match tag {
            "PackageName" => return self.start(ElementKind::Package, value, line),
            "FileName" => return self.start(ElementKind::File, value, line),
            "SnippetSPDXID" => {
                self.flush()?;
                self.collector.register_id(&value, at);
                return Ok(());
            }
            "LicenseID" => {
                self.flush()?;
                return Ok(());
            }
            "Relationship" => {
                let parts: Vec<&str> = value.split_whitespace().collect();
                match parts.as_slice() {
                    [from, kind, to] => self.collector.relationship(Relationship {
                        from: from.to_string(),
                        kind: kind.to_string(),
                        to: to.to_string(),
                        path: at,
                    }),
                    _ => self.collector.push(DiagnosticEntry::error(
                        rules::RELATIONSHIP,
                        at,
                        "Relationship must be `<SPDXID> <TYPE> <SPDXID>`",
                    )),
                }
                return Ok(());
            }
            _ => {}
        }
        match &mut self.section {
            Section::Document => self.document_tag(tag, value, line),
            Section::Element(el) => {
                let contained = element_tag(el, tag, value, &at, &mut self.collector);
                if contained {
                    // A new SPDXID on a file: it is contained in the current package.
                    if let (ElementKind::File, Some(pkg), Some(id)) =
                        (el.kind, &self.package, &el.spdx_id)
                    {
                        self.collector.relationship(Relationship {
                            from: pkg.clone(),
                            kind: "CONTAINS".into(),
                            to: id.clone(),
                            path: at,
                        });
                    }
                    if let (ElementKind::Package, Some(id)) = (el.kind, &el.spdx_id) {
                        self.package = Some(id.clone());
                    }
                }
            }
            Section::Other => {}
        }
        Ok(())
    }

    fn document_tag(&mut self, tag: &str, value: String, line: usize) {
        let field = match tag {
            "SPDXVersion" => {
                self.collector.set_version(&value, format!("line {line}"));
                self.header.spdx_version = Some(value);
                "spdxVersion"
            }
            "DataLicense" => {
                self.header.data_license = Some(value);
                "dataLicense"
            }
            "SPDXID" => {
                self.header.spdx_id = Some(value);
                "SPDXID"
            }
            "DocumentName" => {
                self.header.name = Some(value);
                "name"
            }
            "DocumentNamespace" => {
                self.header.namespace = Some(value);
                "documentNamespace"
            }
            "Creator" => {
                self.header.creation_info = true;
                self.header.creators.push(value);
                "creators"
            }
            "Created" => {
                self.header.creation_info = true;
                self.header.created = Some(value);
                "created"
            }
            _ => return,
        };
        if !self.header.paths.contains_key(field) {
            self.header_tag(field, line);
        }
        if field == "creators" || field == "created" {
            self.header_tag("creationInfo", line);
        }
    }
}

/// The SPDX JSON name of a package or file tag, for locating diagnostics.
fn json_field(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "SPDXID" => "SPDXID",
        "PackageVersion" => "versionInfo",
        "PackageSupplier" => "supplier",
        "PackageDownloadLocation" => "downloadLocation",
        "PackageLicenseConcluded" | "LicenseConcluded" => "licenseConcluded",
        "PackageLicenseDeclared" => "licenseDeclared",
        "PackageCopyrightText" | "FileCopyrightText" => "copyrightText",
        "LicenseInfoInFile" => "licenseInfoInFiles",
        "PrimaryPackagePurpose" => "primaryPackagePurpose",
        "BuiltDate" => "builtDate",
        "ReleaseDate" => "releaseDate",
        "ValidUntilDate" => "validUntilDate",
        "FilesAnalyzed" => "filesAnalyzed",
        _ => return None,
    })
}

/// Applies one tag to a package or file; returns true when the tag was its `SPDXID`.
fn element_tag(
    el: &mut RawElement,
    tag: &str,
    value: String,
    at: &str,
    collector: &mut Collector,
) -> bool {
    if let Some(field) = json_field(tag)
        && !el.lines.iter().any(|(f, _)| *f == field)
    {
        el.lines.push((field, at.to_string()));
    }
    match (el.kind, tag) {
        (_, "SPDXID") => {
            el.spdx_id = Some(value);
            return true;
        }
        (ElementKind::Package, "PackageVersion") => el.version = Some(value),
        (ElementKind::Package, "PackageSupplier") => el.supplier = Some(value),
        (ElementKind::Package, "PackageDownloadLocation") => el.download_location = Some(value),
        (ElementKind::Package, "PackageLicenseConcluded")
        | (ElementKind::File, "LicenseConcluded") => el.license_concluded = Some(value),
        (ElementKind::Package, "PackageLicenseDeclared") => el.license_declared = Some(value),
        (ElementKind::Package, "PackageCopyrightText")
        | (ElementKind::File, "FileCopyrightText") => el.copyright = Some(value),
        (ElementKind::File, "LicenseInfoInFile") => el.license_info.push(value),
        (ElementKind::Package, "PrimaryPackagePurpose") => {
            el.purpose = Some(value);
            el.v23_fields.push("primaryPackagePurpose");
        }
        (ElementKind::Package, "BuiltDate") => el.v23_fields.push("builtDate"),
        (ElementKind::Package, "ReleaseDate") => el.v23_fields.push("releaseDate"),
        (ElementKind::Package, "ValidUntilDate") => el.v23_fields.push("validUntilDate"),
        (ElementKind::Package, "FilesAnalyzed") if value != "true" && value != "false" => {
            collector.push(DiagnosticEntry::error(
                rules::ENUM,
                at,
                format!("FilesAnalyzed must be true or false, found {value:?}"),
            ));
        }
        (ElementKind::Package, "PackageChecksum") | (ElementKind::File, "FileChecksum") => {
            match value.split_once(':') {
                Some((algorithm, digest)) => el.checksums.push(Checksum {
                    algorithm: algorithm.trim().to_string(),
                    value: digest.trim().to_string(),
                    path: at.to_string(),
                }),
                None => collector.push(DiagnosticEntry::error(
                    rules::HASH,
                    at,
                    "checksum must be `ALGORITHM: value`",
                )),
            }
        }
        (ElementKind::Package, "ExternalRef") => {
            let parts: Vec<&str> = value.split_whitespace().collect();
            match parts.as_slice() {
                [category, kind, locator] => el.external_refs.push(ExternalRef {
                    category: category.to_string(),
                    kind: kind.to_string(),
                    locator: locator.to_string(),
                    path: at.to_string(),
                }),
                _ => collector.push(DiagnosticEntry::error(
                    rules::STRUCTURE,
                    at,
                    "ExternalRef must be `CATEGORY TYPE LOCATOR`",
                )),
            }
        }
        _ => {}
    }
    false
}
