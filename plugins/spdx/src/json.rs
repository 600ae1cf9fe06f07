//! SPDX 2.2/2.3 JSON: serde_json visitors hand each package, file, snippet and relationship to
//! the [`Collector`] as soon as it is read, so only one element is in memory at a time.
//!
//! Documents up to [`crate::IN_MEMORY_JSON`] are parsed from memory ([`parse_slice`]): serde_json
//! reads a slice with several times fewer instructions (so less gas) than a reader, and strings
//! and member names then borrow from the document. Larger documents stream ([`parse`]). Either
//! way a package or file is read straight into [`Members`] (a slot per field SPDX defines, no
//! map, no names) and a relationship into its three members; values are the SDK's borrowed
//! [`Json`], and values this reader does not use are parsed and dropped without being built.

use std::borrow::Cow;
use std::fmt;
use std::io::Read;

use serde::de::{self, Deserialize, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use traceguard_sdk::check;
use traceguard_sdk::json::{Json, JsonVisitor, Name};
use traceguard_sdk::parser::Sink;
use traceguard_sdk::{Diagnostic, DiagnosticEntry, PluginError};

use crate::model::{ElementKind, Header, Relationship};
use crate::object::{self, Members, RelationshipMembers};
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
    /// Diagnostics of the element being read; kept to reuse its allocation.
    diags: Vec<DiagnosticEntry>,
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
            diags: Vec::new(),
        }
    }

    /// Hands the diagnostics of the last element to the collector.
    fn flush(&mut self) {
        if !self.diags.is_empty() {
            for diagnostic in self.diags.drain(..) {
                self.collector.push(diagnostic);
            }
        }
    }

    /// Handles one package or file at `path`.
    pub fn element(&mut self, members: Members<'_>, path: String) -> Result<(), PluginError> {
        let el = object::element(members, path, &mut self.diags);
        self.flush();
        self.collector.element(el, self.sink)
    }

    /// Handles an element of `packages` or `files` at `path` that is not an object.
    pub fn not_an_element(
        &mut self,
        kind: ElementKind,
        value: &Json<'_>,
        path: String,
    ) -> Result<(), PluginError> {
        let el = object::not_an_element(kind, value, path, &mut self.diags);
        self.flush();
        self.collector.element(el, self.sink)
    }

    /// Handles one relationship at `path`.
    pub fn relationship(&mut self, members: RelationshipMembers<'_>, path: String) {
        let rel = object::relationship(members, path, &mut self.diags);
        self.flush();
        if let Some(rel) = rel {
            self.collector.relationship(rel);
        }
    }

    /// Handles an element of `relationships` at `path` that is not an object.
    pub fn not_a_relationship(&mut self, value: &Json<'_>, path: &str) {
        self.collector
            .push(object::type_error(path, "an object", value));
    }

    /// Handles one snippet at `path` (only its SPDXID matters).
    pub fn snippet(&mut self, value: &Json<'_>, path: String) {
        let id = object::snippet_id(value, &path, &mut self.diags);
        self.flush();
        if let Some(id) = id {
            self.collector.register_id(&id, format!("{path}/SPDXID"));
        }
    }

    /// Handles one top-level field that is not an element array (`Json::Null` will do for a
    /// field that is not [`object::is_header_field`]).
    pub fn header_field(&mut self, key: &str, value: Json<'_>) {
        let describes = object::header_field(&mut self.header, key, value, &mut self.diags);
        self.flush();
        if let ("spdxVersion", Some(version)) = (key, self.header.spdx_version.clone()) {
            self.collector.set_version(&version, "/spdxVersion".into());
        }
        for (i, target) in describes.into_iter().enumerate() {
            self.collector.relationship(Relationship {
                from: "SPDXRef-DOCUMENT".into(),
                kind: "DESCRIBES".into(),
                to: target,
                path: object::index("/documentDescribes", i),
            });
        }
    }

    /// Finishes the document: header checks, dangling references, output.
    pub fn finish(self) -> Result<(), PluginError> {
        self.collector.finish(self.header, self.sink)
    }
}

/// Parses SPDX 2.x JSON from `reader` (which should be buffered) into `sink`, streaming.
pub fn parse(reader: impl Read, sink: &mut Sink<'_>) -> Result<(), PluginError> {
    run(serde_json::Deserializer::from_reader(reader), sink, None)
}

/// Parses an SPDX 2.x JSON document held in memory into `sink`.
///
/// The whole document is checked as UTF-8 first, in one pass that skips ASCII sixteen bytes a
/// step, and then read as text, so serde_json checks no string again (in the sandbox its check
/// per string ran byte by byte). A document that is not UTF-8 is read as bytes instead, so
/// serde_json reports where, as it does when streaming.
pub fn parse_slice(bytes: &[u8], sink: &mut Sink<'_>) -> Result<(), PluginError> {
    match check::utf8(bytes) {
        Ok(text) => run(serde_json::Deserializer::from_str(text), sink, Some(bytes)),
        Err(_) => run(
            serde_json::Deserializer::from_slice(bytes),
            sink,
            Some(bytes),
        ),
    }
}

/// Reads the document `de` deserializes; `slice` is the document when it is read from memory.
fn run<'de, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    sink: &mut Sink<'_>,
    slice: Option<&[u8]>,
) -> Result<(), PluginError> {
    let mut doc = Doc::new(sink);
    let result = Root(&mut doc).deserialize(&mut de).and_then(|()| de.end());
    if let Some(failure) = doc.failure.take() {
        return Err(failure);
    }
    match result {
        Ok(()) => doc.finish(),
        Err(e) => {
            doc.flush();
            let mut diagnostics = doc.collector.into_diagnostics();
            let (line, column) = match slice {
                Some(bytes) => as_streamed(bytes, &e),
                None => (e.line(), e.column()),
            };
            let mut message = e.to_string();
            if (line, column) != (e.line(), e.column()) {
                let suffix = format!(" at line {} column {}", e.line(), e.column());
                if message.ends_with(&suffix) {
                    message.truncate(message.len() - suffix.len());
                    message.push_str(&format!(" at line {line} column {column}"));
                }
            }
            diagnostics.push(Diagnostic::error(
                format!("line {line} column {column}"),
                message,
            ));
            Err(PluginError::with_diagnostics(
                "malformed SPDX JSON document",
                diagnostics,
            ))
        }
    }
}

/// Where the streaming reader places error `e`, found reading `bytes` from memory, so that a
/// document is told the same whichever way it was read.
///
/// serde_json places an error after the last byte it consumed. Reading a stream, a byte it
/// only peeked at is consumed from the stream's point of view, so an error raised while a byte
/// is peeked lies one byte further on. Of the errors this reader can meet, only the type error
/// of a section that is not an array is raised so, when the value is an object (its `{` peeked)
/// or a number (the byte after it peeked).
fn as_streamed(bytes: &[u8], e: &serde_json::Error) -> (usize, usize) {
    let at = (e.line(), e.column());
    if e.classify() != serde_json::error::Category::Data || e.line() == 0 {
        return at;
    }
    let message = e.to_string();
    let peeked = [
        "invalid type: map,",
        "invalid type: integer ",
        "invalid type: floating point ",
    ]
    .iter()
    .any(|kind| message.starts_with(kind));
    if !peeked || !message.contains(", expected an array of ") {
        return at;
    }
    let mut line_start = 0;
    for _ in 1..e.line() {
        match bytes[line_start..].iter().position(|&b| b == b'\n') {
            Some(i) => line_start += i + 1,
            None => return at,
        }
    }
    match bytes.get(line_start + e.column()) {
        None => at,
        Some(b'\n') => (e.line() + 1, 0),
        Some(_) => (e.line(), e.column() + 1),
    }
}

/// Reads and drops any JSON value, with every check of reading it into a value (syntax, and
/// serde_json's nesting limit, which `IgnoredAny` does not apply), but without building it.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_key::<Skip>()?.is_some() {
            map.next_value::<Skip>()?;
        }
        Ok(Skip)
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
        while let Some(Name(key)) = map.next_key()? {
            let section = match key.as_ref() {
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
                    field: &key,
                })?,
                None if matches!(
                    key.as_ref(),
                    "hasExtractedLicensingInfos"
                        | "annotations"
                        | "externalDocumentRefs"
                        | "comment"
                ) =>
                {
                    map.next_value::<IgnoredAny>()?;
                }
                None if object::is_header_field(&key) => {
                    let value: Json<'de> = map.next_value()?;
                    self.0.header_field(&key, value);
                }
                None => {
                    map.next_value::<Skip>()?;
                    self.0.header_field(&key, Json::Null);
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
struct Items<'d, 's, 'a, 'k> {
    doc: &'d mut Doc<'s, 'a>,
    section: Section,
    field: &'k str,
}

impl<'de> DeserializeSeed<'de> for Items<'_, '_, '_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Items<'_, '_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of {}", self.field)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let base = object::pointer("", self.field);
        let mut i = 0usize;
        loop {
            let done = match self.section {
                Section::Element(kind) => match seq.next_element_seed(ElementSeed(kind))? {
                    None => true,
                    Some(item) => {
                        let path = object::index(&base, i);
                        let handled = match item {
                            Item::Read(members) => self.doc.element(members, path),
                            Item::Other(value) => self.doc.not_an_element(kind, &value, path),
                        };
                        if let Err(e) = handled {
                            self.doc.failure = Some(e);
                            return Err(de::Error::custom("the sink refused a component"));
                        }
                        false
                    }
                },
                Section::Snippets => match seq.next_element::<Json<'de>>()? {
                    None => true,
                    Some(value) => {
                        self.doc.snippet(&value, object::index(&base, i));
                        false
                    }
                },
                Section::Relationships => match seq.next_element_seed(RelationshipSeed)? {
                    None => true,
                    Some(Item::Read(members)) => {
                        self.doc.relationship(members, object::index(&base, i));
                        false
                    }
                    Some(Item::Other(value)) => {
                        self.doc
                            .not_a_relationship(&value, &object::index(&base, i));
                        false
                    }
                },
            };
            if done {
                return Ok(());
            }
            i += 1;
        }
    }
}

/// An element of an array of objects: the object's members as read, or anything else (which is
/// reported as such).
enum Item<'de, T> {
    Read(T),
    Other(Json<'de>),
}

/// Forwards the visits of values that are not objects to [`JsonVisitor`], as [`Item::Other`].
macro_rules! other_than_objects {
    () => {
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            JsonVisitor.visit_seq(seq).map(Item::Other)
        }

        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            JsonVisitor.visit_bool(v).map(Item::Other)
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            JsonVisitor.visit_i64(v).map(Item::Other)
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            JsonVisitor.visit_u64(v).map(Item::Other)
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            JsonVisitor.visit_f64(v).map(Item::Other)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            JsonVisitor.visit_str(v).map(Item::Other)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            JsonVisitor.visit_unit().map(Item::Other)
        }
    };
}

/// Reads one element of `packages` or `files` into [`Members`].
struct ElementSeed(ElementKind);

impl<'de> DeserializeSeed<'de> for ElementSeed {
    type Value = Item<'de, Members<'de>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ElementSeed {
    type Value = Item<'de, Members<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Members::new(self.0);
        while let Some(key) = map.next_key_seed(KeySeed(&members))? {
            match key {
                Ok(slot) if Members::reads(slot) => {
                    let value: Json<'de> = map.next_value()?;
                    members.set(slot, value);
                }
                Ok(slot) => {
                    map.next_value::<Skip>()?;
                    members.set(slot, Json::Null);
                }
                Err(name) => {
                    map.next_value::<Skip>()?;
                    members.unknown(name);
                }
            }
        }
        Ok(Item::Read(members))
    }

    other_than_objects!();
}

/// A member name of a package or file: its slot in [`Members`], or (not a field of the kind)
/// the name itself. A field's name is never copied, even when streaming.
struct KeySeed<'m, 'de>(&'m Members<'de>);

impl<'de> DeserializeSeed<'de> for KeySeed<'_, 'de> {
    type Value = Result<usize, Cow<'de, str>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_, 'de> {
    type Value = Result<usize, Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(self.0.slot(v).ok_or(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.0.slot(v).ok_or_else(|| Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(self.0.slot(&v).ok_or(Cow::Owned(v)))
    }
}

/// Reads one element of `relationships` into [`RelationshipMembers`].
struct RelationshipSeed;

impl<'de> DeserializeSeed<'de> for RelationshipSeed {
    type Value = Item<'de, RelationshipMembers<'de>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RelationshipSeed {
    type Value = Item<'de, RelationshipMembers<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = RelationshipMembers::default();
        while let Some(RelationshipKey(key)) = map.next_key()? {
            let slot = match key {
                Some(name) => members.slot(name),
                None => None,
            };
            match slot {
                Some(slot) => *slot = Some(map.next_value()?),
                None => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(Item::Read(members))
    }

    other_than_objects!();
}

/// A member name of a relationship: one of the three it reads, or `None` (not copied).
struct RelationshipKey(Option<&'static str>);

impl<'de> Deserialize<'de> for RelationshipKey {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(RelationshipKeyVisitor)
    }
}

struct RelationshipKeyVisitor;

impl<'de> Visitor<'de> for RelationshipKeyVisitor {
    type Value = RelationshipKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RelationshipKey, E> {
        Ok(RelationshipKey(match v {
            "spdxElementId" => Some("spdxElementId"),
            "relationshipType" => Some("relationshipType"),
            "relatedSpdxElement" => Some("relatedSpdxElement"),
            _ => None,
        }))
    }
}
