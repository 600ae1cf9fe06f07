//! SPDX 2.2/2.3 JSON, streamed: a `serde_json` deserializer over a buffered reader, with
//! visitors that hand each package, file, snippet and relationship to the [`Collector`] as
//! soon as it is parsed. Only one element is in memory at a time.

use std::fmt;
use std::io::Read;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use traceguard_sdk::parser::Sink;
use traceguard_sdk::{Diagnostic, PluginError};

use crate::model::{ElementKind, Header, Relationship};
use crate::object;
use crate::validate::Collector;

/// A document being read from JSON or YAML: validation state, header and the sink.
pub struct Doc<'s, 'a> {
    /// Validation state.
    pub collector: Collector,
    /// Document-level fields read so far.
    pub header: Header,
    /// Where components go.
    pub sink: &'s mut Sink<'a>,
    /// A sink failure, kept to be returned instead of the deserializer's error.
    pub failure: Option<PluginError>,
}

impl<'s, 'a> Doc<'s, 'a> {
    /// An empty document whose locations are JSON pointers.
    pub fn new(sink: &'s mut Sink<'a>) -> Self {
        Doc {
            collector: Collector::new(),
            header: Header {
                pointer: true,
                ..Header::default()
            },
            sink,
            failure: None,
        }
    }

    /// Handles one package or file at `path`.
    pub fn element(
        &mut self,
        value: &Value,
        kind: ElementKind,
        path: String,
    ) -> Result<(), PluginError> {
        let mut diags = Vec::new();
        let el = object::element(value, kind, path, &mut diags);
        self.collector.extend(diags);
        self.collector.element(el, self.sink)
    }

    /// Handles one relationship at `path`.
    pub fn relationship(&mut self, value: &Value, path: String) {
        let mut diags = Vec::new();
        let rel = object::relationship(value, path, &mut diags);
        self.collector.extend(diags);
        if let Some(rel) = rel {
            self.collector.relationship(rel);
        }
    }

    /// Handles one snippet at `path` (only its SPDXID matters).
    pub fn snippet(&mut self, value: &Value, path: String) {
        let mut diags = Vec::new();
        let id = object::snippet_id(value, &path, &mut diags);
        self.collector.extend(diags);
        if let Some(id) = id {
            self.collector.register_id(&id, format!("{path}/SPDXID"));
        }
    }

    /// Handles one top-level field that is not an element array.
    pub fn header_field(&mut self, key: &str, value: &Value) {
        let mut diags = Vec::new();
        let describes = object::header_field(&mut self.header, key, value, &mut diags);
        self.collector.extend(diags);
        if let ("spdxVersion", Some(version)) = (key, self.header.spdx_version.clone()) {
            self.collector.set_version(&version, "/spdxVersion".into());
        }
        for (i, target) in describes.into_iter().enumerate() {
            self.collector.relationship(Relationship {
                from: "SPDXRef-DOCUMENT".into(),
                kind: "DESCRIBES".into(),
                to: target,
                path: format!("/documentDescribes/{i}"),
            });
        }
    }

    /// Finishes the document: header checks, dangling references, output.
    pub fn finish(self) -> Result<(), PluginError> {
        self.collector.finish(self.header, self.sink)
    }
}

/// Parses SPDX 2.x JSON from `reader` (which should be buffered) into `sink`.
pub fn parse(reader: impl Read, sink: &mut Sink<'_>) -> Result<(), PluginError> {
    let mut doc = Doc::new(sink);
    let mut de = serde_json::Deserializer::from_reader(reader);
    let result = Root(&mut doc).deserialize(&mut de).and_then(|()| de.end());
    if let Some(failure) = doc.failure.take() {
        return Err(failure);
    }
    match result {
        Ok(()) => doc.finish(),
        Err(e) => {
            let mut diagnostics = doc.collector.into_diagnostics();
            diagnostics.push(Diagnostic::error(
                format!("line {} column {}", e.line(), e.column()),
                e.to_string(),
            ));
            Err(PluginError::with_diagnostics(
                "malformed SPDX JSON document",
                diagnostics,
            ))
        }
    }
}

/// The top-level object.
struct Root<'d, 's, 'a>(&'d mut Doc<'s, 'a>);

impl<'de> DeserializeSeed<'de> for Root<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Root<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an SPDX JSON document (an object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let section = match key.as_str() {
                "packages" => Some(Section::Element(ElementKind::Package)),
                "files" => Some(Section::Element(ElementKind::File)),
                "snippets" => Some(Section::Snippets),
                "relationships" => Some(Section::Relationships),
                _ => None,
            };
            match section {
                Some(section) => map.next_value_seed(Items {
                    doc: &mut *self.0,
                    section,
                    field: key,
                })?,
                None if matches!(
                    key.as_str(),
                    "hasExtractedLicensingInfos"
                        | "annotations"
                        | "externalDocumentRefs"
                        | "comment"
                ) =>
                {
                    map.next_value::<IgnoredAny>()?;
                }
                None => {
                    let value: Value = map.next_value()?;
                    self.0.header_field(&key, &value);
                }
            }
        }
        Ok(())
    }
}

/// Which array a sequence visitor is reading.
#[derive(Clone, Copy)]
enum Section {
    Element(ElementKind),
    Snippets,
    Relationships,
}

/// The items of `packages`, `files`, `snippets` or `relationships`, handled one by one.
struct Items<'d, 's, 'a> {
    doc: &'d mut Doc<'s, 'a>,
    section: Section,
    field: String,
}

impl<'de> DeserializeSeed<'de> for Items<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Items<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of {}", self.field)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0usize;
        while let Some(value) = seq.next_element::<Value>()? {
            let path = format!("/{}/{i}", self.field);
            match self.section {
                Section::Element(kind) => {
                    if let Err(e) = self.doc.element(&value, kind, path) {
                        self.doc.failure = Some(e);
                        return Err(de::Error::custom("the sink refused a component"));
                    }
                }
                Section::Snippets => self.doc.snippet(&value, path),
                Section::Relationships => self.doc.relationship(&value, path),
            }
            i += 1;
        }
        Ok(())
    }
}
