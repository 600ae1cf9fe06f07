//! A small implementation of the NIST Decima unit-test templates used by
//! `tests/corpora/swid/unit-tests`: a descriptor names a template (a SWID tag, or another
//! template), edits it with `delete`, `insert-child`, `modify-attribute` and `add-attribute`
//! (XPath subset: `/a/b`, `//a`, `[@x='v']`, `/@attr`), and states the expected result per rule.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use quick_xml::Reader;
use quick_xml::events::Event;

/// The corpus directory.
pub fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpora/swid")
}

/// A minimal element tree (no text nodes: SWID tags carry none).
#[derive(Debug, Clone, PartialEq)]
pub struct Elem {
    /// Element name as written, without a `swid:` prefix.
    pub name: String,
    /// Attributes as written (qualified names).
    pub attrs: Vec<(String, String)>,
    /// Child elements.
    pub children: Vec<Elem>,
}

impl Elem {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn set_attr(&mut self, name: &str, value: &str) {
        match self.attrs.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = value.to_string(),
            None => self.attrs.push((name.to_string(), value.to_string())),
        }
    }

    fn at_mut(&mut self, path: &[usize]) -> &mut Elem {
        let mut e = self;
        for &i in path {
            e = &mut e.children[i];
        }
        e
    }
}

/// Parses XML into an element tree (panics on malformed test files).
pub fn parse(xml: &[u8]) -> Elem {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(true);
    let mut buf = Vec::new();
    let mut stack: Vec<Elem> = vec![Elem {
        name: String::new(),
        attrs: Vec::new(),
        children: Vec::new(),
    }];
    loop {
        buf.clear();
        let event = reader
            .read_event_into(&mut buf)
            .expect("well-formed test XML");
        let (e, empty) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                let done = stack.pop().expect("balanced");
                stack.last_mut().expect("parent").children.push(done);
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let qname = e.name();
        let raw: &str = qname.as_ref();
        let name = raw.strip_prefix("swid:").unwrap_or(raw).to_string();
        let attrs = e
            .attributes()
            .map(|a| {
                let a = a.expect("attribute");
                let key: &str = a.key.as_ref();
                let value = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .expect("value")
                    .into_owned();
                (key.to_string(), value)
            })
            .collect();
        let elem = Elem {
            name,
            attrs,
            children: Vec::new(),
        };
        if empty {
            stack.last_mut().expect("parent").children.push(elem);
        } else {
            stack.push(elem);
        }
    }
    stack
        .pop()
        .expect("document")
        .children
        .into_iter()
        .next()
        .expect("root element")
}

/// Serialises an element tree as an XML document.
pub fn serialize(root: &Elem) -> Vec<u8> {
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }
    fn write(e: &Elem, out: &mut String) {
        out.push('<');
        out.push_str(&e.name);
        for (k, v) in &e.attrs {
            out.push_str(&format!(" {k}=\"{}\"", esc(v)));
        }
        if e.children.is_empty() {
            out.push_str("/>");
        } else {
            out.push('>');
            for c in &e.children {
                write(c, out);
            }
            out.push_str(&format!("</{}>", e.name));
        }
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write(root, &mut out);
    out.into_bytes()
}

/// Element paths (child indices from the root) selected by `xpath`, and the attribute it ends in.
fn select(root: &Elem, xpath: &str) -> (Vec<Vec<usize>>, Option<String>) {
    let (elements, attr) = match xpath.rfind("/@") {
        Some(i) => (&xpath[..i], Some(xpath[i + 2..].to_string())),
        None => (xpath, None),
    };
    // None is the document node.
    let mut current: Vec<Option<Vec<usize>>> = vec![None];
    let mut rest = elements;
    while !rest.is_empty() {
        let descendant = rest.starts_with("//");
        rest = rest.trim_start_matches('/');
        let end = rest.find('/').unwrap_or(rest.len());
        let step = &rest[..end];
        rest = &rest[end..];
        let (name, pred) = match step.find('[') {
            Some(i) => {
                let p = step[i + 1..].trim_end_matches(']').trim_start_matches('@');
                let (k, v) = p.split_once('=').expect("predicate");
                (
                    &step[..i],
                    Some((k.to_string(), v.trim_matches('\'').to_string())),
                )
            }
            None => (step, None),
        };
        let name = name.strip_prefix("swid:").unwrap_or(name);
        let mut next = Vec::new();
        for ctx in &current {
            let mut candidates = Vec::new();
            match ctx {
                None => {
                    candidates.push(Vec::new());
                    if descendant {
                        descendants(root, &mut Vec::new(), &mut candidates);
                    }
                }
                Some(path) => {
                    let e = get(root, path);
                    if descendant {
                        descendants(e, &mut path.clone(), &mut candidates);
                    } else {
                        candidates.extend((0..e.children.len()).map(|i| {
                            let mut p = path.clone();
                            p.push(i);
                            p
                        }));
                    }
                }
            }
            for c in candidates {
                let e = get(root, &c);
                let pred_ok = pred.as_ref().is_none_or(|(k, v)| e.attr(k) == Some(v));
                if e.name == name && pred_ok && !next.contains(&Some(c.clone())) {
                    next.push(Some(c));
                }
            }
        }
        current = next;
    }
    (current.into_iter().flatten().collect(), attr)
}

fn get<'e>(root: &'e Elem, path: &[usize]) -> &'e Elem {
    path.iter().fold(root, |e, &i| &e.children[i])
}

fn descendants(e: &Elem, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (i, c) in e.children.iter().enumerate() {
        path.push(i);
        out.push(path.clone());
        descendants(c, path, out);
        path.pop();
    }
}

/// Applies the edit operations that are children of a `template` element to `tag`.
fn apply(tag: &mut Elem, template: &Elem) {
    for op in &template.children {
        let xpath = op.attr("xpath").unwrap_or("");
        let (mut paths, attr) = select(tag, xpath);
        match op.name.as_str() {
            "delete" => {
                paths.sort();
                for p in paths.iter().rev() {
                    match &attr {
                        Some(a) => tag.at_mut(p).attrs.retain(|(k, _)| k != a),
                        None => {
                            if let Some((last, parent)) = p.split_last() {
                                tag.at_mut(parent).children.remove(*last);
                            }
                        }
                    }
                }
            }
            "insert-child" => {
                for p in &paths {
                    tag.at_mut(p).children.extend(op.children.iter().cloned());
                }
            }
            "modify-attribute" => {
                let a = attr.clone().expect("attribute xpath");
                let value = op.attr("value").unwrap_or("");
                for p in &paths {
                    tag.at_mut(p).set_attr(&a, value);
                }
            }
            "add-attribute" => {
                let name = op.attr("name").unwrap_or("");
                let name = match op.attr("ns") {
                    Some("http://www.w3.org/XML/1998/namespace") => format!("xml:{name}"),
                    _ => name.to_string(),
                };
                let value = op.attr("value").unwrap_or("");
                for p in &paths {
                    tag.at_mut(p).set_attr(&name, value);
                }
            }
            other => panic!("unsupported template operation {other}"),
        }
    }
}

/// Resolves `classpath:templates/x.xml` (or a path relative to the corpus) to a tag tree,
/// following template chains.
pub fn materialize(reference: &str) -> Elem {
    let rel = reference.strip_prefix("classpath:").unwrap_or(reference);
    let doc = parse(&std::fs::read(corpus().join(rel)).expect("template file"));
    if doc.name != "template" {
        return doc;
    }
    let mut tag = materialize(doc.attr("template").expect("template reference"));
    apply(&mut tag, &doc);
    for (prefix, uri) in [
        (
            "xmlns:n8060",
            "http://csrc.nist.gov/ns/swid/2015-extensions/1.0",
        ),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ] {
        if tag.attr(prefix).is_none() {
            tag.attrs.push((prefix.to_string(), uri.to_string()));
        }
    }
    tag
}

/// One Decima unit test: the materialised tag and what NIST expects.
#[derive(Debug)]
pub struct UnitTest {
    /// File name.
    pub name: String,
    /// The tag the template produces, serialised.
    pub tag: Vec<u8>,
    /// `swid.primary.auth`, `swid.primary.non-auth`, or `None` (schema assessment only).
    pub phase: Option<String>,
    /// (rule id, `FAIL` or `WARNING`) expected.
    pub expected: Vec<(String, String)>,
}

/// Reads the unit-test descriptor at `path`.
pub fn unit_test(path: &Path) -> UnitTest {
    let doc = parse(&std::fs::read(path).expect("descriptor"));
    let child = |name: &str| doc.children.iter().find(|c| c.name == name);
    let template = child("template").expect("template element");
    let mut tag = materialize(template.attr("template").expect("template reference"));
    apply(&mut tag, template);
    for (prefix, uri) in [
        (
            "xmlns:n8060",
            "http://csrc.nist.gov/ns/swid/2015-extensions/1.0",
        ),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ] {
        if tag.attr(prefix).is_none() {
            tag.attrs.push((prefix.to_string(), uri.to_string()));
        }
    }
    let phase = child("assessments")
        .and_then(|a| {
            a.children
                .iter()
                .find(|c| c.name == "schematron-assessment")
        })
        .and_then(|s| s.attr("phase"))
        .map(str::to_string);
    let expected = child("assertions")
        .map(|a| {
            a.children
                .iter()
                .filter(|c| c.name == "assert-derived-requirement")
                .filter_map(|c| {
                    Some((
                        c.attr("requirement-id")?.to_string(),
                        c.attr("result")?.to_string(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    UnitTest {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        tag: serialize(&tag),
        phase,
        expected,
    }
}
