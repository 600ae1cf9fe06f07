//! A borrowed JSON value for parsers: [`Json`]. Unlike `serde_json::Value`, an object is a
//! vector of its members in document order (serde_json's `BTreeMap` allocates a node of several
//! hundred bytes and a key string per member, for objects that mostly have one to three
//! members), and member names and strings borrow from the document when it is parsed from
//! memory (`serde_json::from_str`, `serde_json::Deserializer::from_str`). Shared by the
//! CycloneDX and SPDX parsers, so both read JSON at the same cost.
//!
//! Needs the `json` feature.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A JSON value; strings and member names borrow from the input (`'de`) where they can.
#[derive(Clone, Debug)]
pub enum Json<'de> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json keeps it.
    Number(serde_json::Number),
    /// A string: borrowed from the document unless it had escapes or was read from a stream.
    String(Cow<'de, str>),
    /// An array.
    Array(Vec<Json<'de>>),
    /// An object.
    Object(Object<'de>),
}

/// A JSON object: its members in document order, each name once (a repeated name keeps the
/// last value, as a parsed map does).
#[derive(Clone, Debug, Default)]
pub struct Object<'de> {
    members: Vec<(Cow<'de, str>, Json<'de>)>,
}

impl<'de> Json<'de> {
    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Object<'de>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&[Json<'de>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is a non-negative integer that fits a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// Whether this is an array.
    pub fn is_array(&self) -> bool {
        matches!(self, Json::Array(_))
    }

    /// The member `key` of an object; `None` for anything else.
    pub fn get(&self, key: &str) -> Option<&Json<'de>> {
        self.as_object()?.get(key)
    }

    /// "a string", "an object" …, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

impl<'de> Object<'de> {
    /// The value of member `key`, if present. A linear search: objects are small, and a
    /// search through a few members costs less than hashing or a tree.
    pub fn get(&self, key: &str) -> Option<&Json<'de>> {
        self.members
            .iter()
            .find(|(k, _)| k.as_ref() == key)
            .map(|(_, v)| v)
    }

    /// The members in document order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'de>)> {
        self.members.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// The member names in document order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(|(k, _)| k.as_ref())
    }

    /// The member values in document order.
    pub fn values(&self) -> impl Iterator<Item = &Json<'de>> {
        self.members.iter().map(|(_, v)| v)
    }

    /// Whether member `key` is present (with any value, `null` included).
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// How many members the object has.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether the object has no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Adds a member as read. Call [`Object::keep_last_of_each_name`] after the last one.
    pub fn push(&mut self, key: Cow<'de, str>, value: Json<'de>) {
        self.members.push((key, value));
    }

    /// Drops every member whose name comes again later. Objects are read by pushing every
    /// member and deduplicating once, so a hostile object with a million members costs
    /// O(n log n), not a look-up per member.
    pub fn keep_last_of_each_name(&mut self) {
        /// Up to this many members, names are compared pairwise, without allocating.
        const SMALL: usize = 8;
        let n = self.members.len();
        if n < 2 {
            return;
        }
        let mut small = [true; SMALL];
        let mut large;
        let keep: &mut [bool] = if n <= SMALL {
            for (i, keep) in small.iter_mut().enumerate().take(n) {
                *keep = !self.members[i + 1..]
                    .iter()
                    .any(|(k, _)| *k == self.members[i].0);
            }
            &mut small[..n]
        } else {
            let mut order: Vec<usize> = (0..n).collect();
            // Stable: equal names stay in document order, so a run ends with the last written.
            order.sort_by(|&a, &b| self.members[a].0.cmp(&self.members[b].0));
            large = vec![true; n];
            for pair in order.windows(2) {
                if self.members[pair[0]].0 == self.members[pair[1]].0 {
                    large[pair[0]] = false;
                }
            }
            &mut large
        };
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut i = 0;
        self.members.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

/// Reads any JSON value into a [`Json`]; other visitors hand it the values they do not read
/// themselves (`JsonVisitor.visit_map(map)`).
pub struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json<'de>, E> {
        // As serde_json's own value does: a non-finite number has no JSON form.
        Ok(serde_json::Number::from_f64(v).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        Json::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut object = Object::default();
        while let Some(Name(key)) = map.next_key()? {
            object.push(key, map.next_value()?);
        }
        object.keep_last_of_each_name();
        Ok(Json::Object(object))
    }
}

/// A member name, borrowed from the input when it can be. Read keys as `Name` (not `String`)
/// to avoid an allocation per member.
pub struct Name<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Name<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(NameVisitor)
    }
}

/// Reads a [`Name`], borrowing it when the deserializer can.
struct NameVisitor;

impl<'de> Visitor<'de> for NameVisitor {
    type Value = Name<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Owned(v)))
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Number(n) => n.serialize(s),
            Json::String(v) => s.serialize_str(v),
            Json::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(o) => {
                let mut map = s.serialize_map(Some(o.members.len()))?;
                for (k, v) in o.iter() {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// The members by value, in document order (each name once).
impl<'de> IntoIterator for Object<'de> {
    type Item = (Cow<'de, str>, Json<'de>);
    type IntoIter = std::vec::IntoIter<(Cow<'de, str>, Json<'de>)>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.into_iter()
    }
}

/// The value as compact JSON text (for error messages).
impl fmt::Display for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Json<'_> {
        serde_json::from_str(text).expect("valid JSON")
    }

    #[test]
    fn reads_every_kind_and_writes_it_back() {
        let text = r#"{"a":null,"b":true,"c":-3,"d":18446744073709551615,"e":1.5,"f":"x\"y","g":[1,{"h":[]}],"i":{}}"#;
        let value = parse(text);
        assert_eq!(value.to_string(), text);
        assert_eq!(value.get("c").map(Json::kind), Some("a number"));
        assert_eq!(value.get("d").and_then(Json::as_u64), Some(u64::MAX));
        assert_eq!(value.get("f").and_then(Json::as_str), Some("x\"y"));
        assert!(value.get("g").is_some_and(Json::is_array));
        assert!(value.get("missing").is_none());
        assert!(Json::Null.get("a").is_none());
    }

    #[test]
    fn strings_and_names_borrow_from_the_document_unless_escaped() {
        let value = parse(r#"{"name":"plain","esc\u0061ped":"a\nb"}"#);
        let object = value.as_object().expect("object");
        let (name, plain) = object.members.first().expect("member");
        assert!(matches!(name, Cow::Borrowed("name")));
        assert!(matches!(plain, Json::String(Cow::Borrowed("plain"))));
        let (escaped, value) = object.members.get(1).expect("member");
        assert!(matches!(escaped, Cow::Owned(n) if n == "escaped"));
        assert!(matches!(value, Json::String(Cow::Owned(v)) if v == "a\nb"));
    }

    #[test]
    fn a_repeated_name_keeps_its_last_value_in_small_and_large_objects() {
        let value = parse(r#"{"a":1,"b":2,"a":3}"#);
        let keys: Vec<&str> = value.as_object().expect("object").keys().collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(value.get("a").and_then(Json::as_u64), Some(3));

        let mut text = String::from("{");
        for i in 0..1000 {
            text.push_str(&format!("\"k{}\":{i},", i % 300));
        }
        text.push_str("\"last\":0}");
        let value = parse(&text);
        let object = value.as_object().expect("object");
        assert_eq!(object.keys().count(), 301);
        for k in 0..300 {
            let last = (0..1000).filter(|i| i % 300 == k).max().expect("written");
            assert_eq!(
                object.get(&format!("k{k}")).and_then(Json::as_u64),
                Some(last as u64)
            );
        }
        // Document order of the kept (last) members.
        let keys: Vec<&str> = object.keys().take(3).collect();
        assert_eq!(keys, ["k100", "k101", "k102"]);
    }

    #[test]
    fn pushed_members_keep_the_last_of_each_name() {
        let mut object = Object::default();
        object.push("a".into(), Json::Bool(false));
        object.push("b".into(), Json::Null);
        object.push("a".into(), Json::Bool(true));
        object.keep_last_of_each_name();
        assert_eq!(object.keys().collect::<Vec<_>>(), ["b", "a"]);
        assert!(matches!(object.get("a"), Some(Json::Bool(true))));
        assert_eq!(object.values().count(), 2);
        assert_eq!(object.iter().count(), 2);
    }
}
