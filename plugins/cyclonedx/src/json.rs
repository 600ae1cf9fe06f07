//! CycloneDX JSON, streamed: the top-level object is walked key by key with serde_json's
//! streaming deserializer, and the `components`, `dependencies` and `services` arrays element by
//! element, so only one component subtree is in memory at a time: a component as a
//! [`RawComponent`], anything else as a [`Json`] value.

use std::borrow::Cow;
use std::fmt;
use std::io::Read;
use std::rc::Rc;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use traceguard_sdk::check;
use traceguard_sdk::json::{Json, JsonVisitor, Name};
use traceguard_sdk::parser::Sink;
use traceguard_sdk::{Diagnostic, PluginError};

use crate::json_walk::{self, RawComponent, WHOLE_KEYS, at, pointer};
use crate::model::{Below, Field, Out};
use crate::rules;
use crate::validate;

/// Reads a CycloneDX JSON document from `reader` into `sink`, streaming.
pub fn parse(reader: impl Read, sink: &mut Sink<'_>) -> Result<(), PluginError> {
    run(serde_json::Deserializer::from_reader(reader), sink)
}

/// Reads a CycloneDX JSON document held in memory into `sink`.
///
/// The whole document is checked as UTF-8 first (JSON text must be UTF-8), in one pass that
/// skips ASCII sixteen bytes a step; serde_json then reads it as text and checks no string again.
/// In the sandbox the per-string checks ran byte by byte and cost more than the one pass.
pub fn parse_slice(bytes: &[u8], sink: &mut Sink<'_>) -> Result<(), PluginError> {
    match check::utf8(bytes) {
        Ok(text) => run(serde_json::Deserializer::from_str(text), sink),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column =
                valid.len() - valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
            Err(PluginError::with_diagnostics(
                "not a valid CycloneDX JSON document",
                vec![Diagnostic::error(
                    format!("line {line} column {column}"),
                    format!(
                        "invalid UTF-8 at byte {} (not counting a byte order mark): JSON text must be UTF-8",
                        e.valid_up_to()
                    ),
                )],
            ))
        }
    }
}

fn run<'de, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    sink: &mut Sink<'_>,
) -> Result<(), PluginError> {
    let mut out = Out::new(sink);
    let mut top = Top {
        out: &mut out,
        format: false,
        spec: false,
        version: false,
    };
    let result = (&mut top).deserialize(&mut de).and_then(|()| de.end());
    let (format, spec, version) = (top.format, top.spec, top.version);
    if let Err(e) = result {
        let at = if e.line() == 0 {
            String::new()
        } else {
            format!("line {} column {}", e.line(), e.column())
        };
        return Err(out.fail(
            "not a valid CycloneDX JSON document",
            Diagnostic::error(at, e.to_string()),
        ));
    }
    if !format {
        out.report
            .error(rules::REQUIRED, "/bomFormat", "bomFormat is required");
    }
    if !spec {
        // Which rules apply is unknown: the document cannot be interpreted.
        out.report
            .unreadable(rules::REQUIRED, "/specVersion", "specVersion is required");
    }
    if !version {
        out.report.error_below(
            rules::REQUIRED,
            5,
            "/version",
            "version is required before CycloneDX 1.5",
        );
    }
    out.finish()
}

struct Top<'o, 'a, 'b> {
    out: &'o mut Out<'a, 'b>,
    format: bool,
    spec: bool,
    version: bool,
}

impl<'de> DeserializeSeed<'de> for &mut Top<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut Top<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a CycloneDX BOM object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Name(key)) = map.next_key()? {
            let list = match key.as_ref() {
                "components" => Some(List::Components),
                "dependencies" => Some(List::Dependencies),
                "services" => Some(List::Services),
                _ => None,
            };
            match list {
                Some(kind) => map.next_value_seed(ListSeed {
                    out: &mut *self.out,
                    kind,
                })?,
                None if is_header(&key) => {
                    let value: Json<'de> = map.next_value()?;
                    self.top_value(&key, value);
                }
                // Any other section (vulnerabilities, compositions, formulation …) is scanned
                // one array element at a time too; duplicate bom-refs there are only warnings.
                None => {
                    self.out.report.lenient_refs = true;
                    map.next_value_seed(SectionSeed {
                        out: &mut *self.out,
                        key: &key,
                    })?;
                    self.out.report.lenient_refs = false;
                }
            }
            if self.out.fatal.is_some() {
                return Err(de::Error::custom("reading stopped"));
            }
        }
        Ok(())
    }
}

impl Top<'_, '_, '_> {
    fn top_value(&mut self, key: &str, value: Json<'_>) {
        let path = pointer("", key);
        let out = &mut *self.out;
        match key {
            "bomFormat" => {
                self.format = true;
                if value.as_str() != Some("CycloneDX") {
                    // Another format's document: nothing here can be read as CycloneDX.
                    out.report.unreadable(
                        rules::STRUCTURE,
                        path,
                        format!("bomFormat must be \"CycloneDX\", not {value}"),
                    );
                }
            }
            "specVersion" => {
                self.spec = true;
                match value.as_str() {
                    Some(v) => out.spec_version(&Field::new(v, path)),
                    None => out.report.unreadable(
                        rules::STRUCTURE,
                        path,
                        "specVersion must be a string",
                    ),
                }
            }
            "serialNumber" => match value.as_str() {
                Some(v) => validate::serial_number(&mut out.report, &Field::new(v, path)),
                None => out
                    .report
                    .error(rules::STRUCTURE, path, "serialNumber must be a string"),
            },
            "version" => {
                self.version = true;
                if value.as_u64().is_none_or(|v| v < 1) {
                    out.report.error(
                        rules::STRUCTURE,
                        path,
                        "version must be an integer of at least 1",
                    );
                }
            }
            "metadata" => json_walk::metadata(out, &value),
            _ => {}
        }
    }
}

/// Top-level members read whole and handled by [`Top::top_value`].
fn is_header(key: &str) -> bool {
    matches!(
        key,
        "bomFormat" | "specVersion" | "serialNumber" | "version" | "metadata" | "$schema"
    )
}

/// Any other top-level member: arrays are scanned element by element, other values whole.
struct SectionSeed<'o, 'a, 'b, 'k> {
    out: &'o mut Out<'a, 'b>,
    key: &'k str,
}

impl SectionSeed<'_, '_, '_, '_> {
    fn whole(self, value: Json<'_>) {
        let path = pointer("", self.key);
        json_walk::scan(self.out, self.key, &value, &path);
    }
}

impl<'de> DeserializeSeed<'de> for SectionSeed<'_, '_, '_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SectionSeed<'_, '_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let path = pointer("", self.key);
        if WHOLE_KEYS.contains(&self.key) {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<Json<'de>>()? {
                items.push(item);
            }
            self.whole(Json::Array(items));
            return Ok(());
        }
        let mut i = 0usize;
        while let Some(item) = seq.next_element::<Json<'de>>()? {
            json_walk::scan_item(self.out, self.key, &item, &at(&path, i));
            i += 1;
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.whole(JsonVisitor.visit_map(map)?);
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.whole(JsonVisitor.visit_bool(v)?);
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.whole(JsonVisitor.visit_i64(v)?);
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.whole(JsonVisitor.visit_u64(v)?);
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.whole(JsonVisitor.visit_f64(v)?);
        Ok(())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.whole(Json::String(Cow::Borrowed(v)));
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.whole(Json::Null);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum List {
    Components,
    Dependencies,
    Services,
}

struct ListSeed<'o, 'a, 'b> {
    out: &'o mut Out<'a, 'b>,
    kind: List,
}

impl<'de> DeserializeSeed<'de> for ListSeed<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ListSeed<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0usize;
        let components = Below::new(Rc::from("/components"));
        // One element at a time: each is dropped before the next is read.
        loop {
            match self.kind {
                List::Components => match seq.next_element::<ComponentItem<'de>>()? {
                    None => break,
                    Some(ComponentItem::Component(c)) => {
                        json_walk::component(self.out, c, components.index(i), true)
                    }
                    Some(ComponentItem::Other(v)) => {
                        json_walk::not_a_component(self.out, &v, &at("/components", i))
                    }
                },
                List::Dependencies => match seq.next_element::<Json<'de>>()? {
                    None => break,
                    Some(item) => json_walk::dependency(self.out, &item, i),
                },
                List::Services => match seq.next_element::<Json<'de>>()? {
                    None => break,
                    Some(item) => json_walk::service(self.out, &item, &at("/services", i)),
                },
            }
            if self.out.fatal.is_some() {
                return Err(de::Error::custom("reading stopped"));
            }
            i += 1;
        }
        Ok(())
    }
}

/// An element of the top-level `components` array. Components are most of a document, so
/// their members are read straight into a [`RawComponent`]: no object, and no names for the
/// members it knows.
// Lives for one element and is matched at once; boxing would add an allocation per component.
#[allow(clippy::large_enum_variant)]
enum ComponentItem<'de> {
    Component(RawComponent<'de, 'de>),
    /// Not an object; reported as such.
    Other(Json<'de>),
}

impl<'de> Deserialize<'de> for ComponentItem<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ComponentItemVisitor)
    }
}

/// A member name: the [`RawComponent`] slot it goes to, or the name itself for `rest`.
struct MemberKey<'de>(Result<usize, Cow<'de, str>>);

impl<'de> Deserialize<'de> for MemberKey<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Name(name) = Name::deserialize(d)?;
        Ok(MemberKey(RawComponent::slot(&name).ok_or(name)))
    }
}

struct ComponentItemVisitor;

impl<'de> Visitor<'de> for ComponentItemVisitor {
    type Value = ComponentItem<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a component")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ComponentItem<'de>, A::Error> {
        let mut c = RawComponent::default();
        while let Some(MemberKey(slot)) = map.next_key()? {
            c.set(slot, map.next_value()?);
        }
        c.read();
        Ok(ComponentItem::Component(c))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<ComponentItem<'de>, A::Error> {
        JsonVisitor.visit_seq(seq).map(ComponentItem::Other)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<ComponentItem<'de>, E> {
        JsonVisitor.visit_bool(v).map(ComponentItem::Other)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<ComponentItem<'de>, E> {
        JsonVisitor.visit_i64(v).map(ComponentItem::Other)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<ComponentItem<'de>, E> {
        JsonVisitor.visit_u64(v).map(ComponentItem::Other)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<ComponentItem<'de>, E> {
        JsonVisitor.visit_f64(v).map(ComponentItem::Other)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<ComponentItem<'de>, E> {
        JsonVisitor.visit_str(v).map(ComponentItem::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<ComponentItem<'de>, E> {
        JsonVisitor.visit_unit().map(ComponentItem::Other)
    }
}
