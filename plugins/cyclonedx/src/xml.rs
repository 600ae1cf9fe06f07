//! CycloneDX XML, streamed with quick-xml: the `bom` element's children are read one at a time,
//! and inside `components`, `dependencies` and `services` one item at a time, each as a small
//! [`Element`] tree that is judged, pushed and dropped before the next is read.

use std::collections::BTreeMap;
use std::io::BufRead;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use traceguard_sdk::parser::Sink;
use traceguard_sdk::{Diagnostic, PluginError};

use crate::model::{Field, Out};
use crate::xml_walk;

/// The namespace of CycloneDX 1.x XML, followed by the minor version.
pub const NAMESPACE: &str = "http://cyclonedx.org/schema/bom/";

/// Elements nested deeper than this are refused (bounded memory and stack).
const MAX_DEPTH: usize = 128;

/// One element of an item subtree. Elements outside the CycloneDX namespace keep their
/// qualified name prefixed with `{foreign}`, so they never match a CycloneDX element name.
#[derive(Debug, Default)]
pub struct Element {
    /// Local name (CycloneDX namespace) or `{foreign}prefix:name`.
    pub name: String,
    /// Attributes in document order, values unescaped.
    pub attrs: Vec<(String, String)>,
    /// Character data directly inside the element (entities resolved).
    pub text: String,
    /// Child elements in document order.
    pub children: Vec<Element>,
}

impl Element {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Children named `name` with their 1-based position among them.
    pub fn named<'e>(&'e self, name: &'e str) -> impl Iterator<Item = (usize, &'e Element)> {
        self.children
            .iter()
            .filter(move |c| c.name == name)
            .enumerate()
            .map(|(i, c)| (i + 1, c))
    }

    /// The trimmed text of the element.
    pub fn value(&self) -> &str {
        self.text.trim()
    }
}

/// Reads a CycloneDX XML document from `reader` into `sink`.
pub fn parse(reader: impl BufRead, sink: &mut Sink<'_>) -> Result<(), PluginError> {
    let mut out = Out::new(sink);
    let mut doc = Doc {
        reader: Reader::from_reader(reader),
        buf: Vec::new(),
        prefix: None,
        namespace: String::new(),
    };
    match doc.run(&mut out) {
        Ok(()) => out.finish(),
        Err(last) => Err(out.fail("not a valid CycloneDX XML document", last)),
    }
}

struct Doc<R> {
    reader: Reader<R>,
    buf: Vec<u8>,
    /// The prefix bound to the CycloneDX namespace on the root (`None`: default namespace).
    prefix: Option<String>,
    namespace: String,
}

/// An owned start tag (name, attributes) or the end of the enclosing element.
enum Next {
    Start(Element, bool),
    End,
    Eof,
}

/// A diagnostic located at the reader's position.
fn error_at<R>(reader: &Reader<R>, message: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        format!("byte {}", reader.buffer_position()),
        message.to_string(),
    )
}

/// An [`Element`] for a start tag: attributes unescaped, the name resolved against the
/// CycloneDX prefix (`None`: default namespace) and namespace.
fn element_of(
    start: &BytesStart<'_>,
    cdx_prefix: Option<&str>,
    namespace: &str,
) -> Result<Element, String> {
    let qname: &str = start.name().0;
    let mut attrs = Vec::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("malformed attribute: {e}"))?;
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|e| format!("malformed attribute value: {e}"))?;
        attrs.push((attr.key.0.to_string(), value.into_owned()));
    }
    let (prefix, local) = match qname.split_once(':') {
        Some((p, l)) => (Some(p), l),
        None => (None, qname),
    };
    let redeclared = attrs
        .iter()
        .any(|(k, v)| k == "xmlns" && !namespace.is_empty() && *v != namespace);
    let name = if prefix == cdx_prefix && !redeclared {
        local.to_string()
    } else {
        format!("{{foreign}}{qname}")
    };
    Ok(Element {
        name,
        attrs,
        text: String::new(),
        children: Vec::new(),
    })
}

impl<R: BufRead> Doc<R> {
    fn error(&self, message: impl std::fmt::Display) -> Diagnostic {
        error_at(&self.reader, message)
    }

    fn element(&self, start: &BytesStart<'_>) -> Result<Element, Diagnostic> {
        element_of(start, self.prefix.as_deref(), &self.namespace).map_err(|m| self.error(m))
    }

    /// The next start tag, end tag or end of input, skipping text, comments and declarations.
    fn next(&mut self) -> Result<Next, Diagnostic> {
        loop {
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e,
                Err(e) => return Err(error_at(&self.reader, format!("malformed XML: {e}"))),
            };
            let (tag, empty) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(_) => return Ok(Next::End),
                Event::Eof => return Ok(Next::Eof),
                _ => continue,
            };
            let element = element_of(tag, self.prefix.as_deref(), &self.namespace)
                .map_err(|m| error_at(&self.reader, m))?;
            return Ok(Next::Start(element, empty));
        }
    }

    /// Reads the rest of an element whose start tag was `root` into a tree.
    fn subtree(&mut self, root: Element, empty: bool) -> Result<Element, Diagnostic> {
        if empty {
            return Ok(root);
        }
        let mut stack = vec![root];
        loop {
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e,
                Err(e) => return Err(error_at(&self.reader, format!("malformed XML: {e}"))),
            };
            let (prefix, namespace) = (self.prefix.as_deref(), self.namespace.as_str());
            match event {
                Event::Start(e) => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(error_at(
                            &self.reader,
                            format!("elements nested deeper than {MAX_DEPTH}"),
                        ));
                    }
                    let child =
                        element_of(&e, prefix, namespace).map_err(|m| error_at(&self.reader, m))?;
                    stack.push(child);
                }
                Event::Empty(e) => {
                    let child =
                        element_of(&e, prefix, namespace).map_err(|m| error_at(&self.reader, m))?;
                    if let Some(top) = stack.last_mut() {
                        top.children.push(child);
                    }
                }
                Event::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        top.text.push_str(&t.xml10_content());
                    }
                }
                Event::CData(c) => {
                    if let Some(top) = stack.last_mut() {
                        top.text.push_str(&c.xml10_content());
                    }
                }
                Event::GeneralRef(r) => {
                    let resolved = if r.is_char_ref() {
                        match r.resolve_char_ref() {
                            Ok(Some(c)) => c.to_string(),
                            _ => return Err(error_at(&self.reader, "invalid character reference")),
                        }
                    } else {
                        match &*r.into_inner() {
                            "amp" => "&".into(),
                            "lt" => "<".into(),
                            "gt" => ">".into(),
                            "quot" => "\"".into(),
                            "apos" => "'".into(),
                            other => {
                                return Err(error_at(
                                    &self.reader,
                                    format!("unknown entity &{other};"),
                                ));
                            }
                        }
                    };
                    if let Some(top) = stack.last_mut() {
                        top.text.push_str(&resolved);
                    }
                }
                Event::End(_) => {
                    let Some(done) = stack.pop() else {
                        return Err(error_at(&self.reader, "unbalanced end tag"));
                    };
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(done),
                        None => return Ok(done),
                    }
                }
                Event::Eof => return Err(error_at(&self.reader, "unexpected end of document")),
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
    }

    fn run(&mut self, out: &mut Out<'_, '_>) -> Result<(), Diagnostic> {
        // The root element, after the prolog.
        let (root_tag, empty) = loop {
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e.into_owned(),
                Err(e) => return Err(self.error(format!("malformed XML: {e}"))),
            };
            match event {
                Event::Start(e) => break (e, false),
                Event::Empty(e) => break (e, true),
                Event::Eof => return Err(self.error("no root element")),
                Event::Text(t) if !t.xml10_content().trim().is_empty() => {
                    return Err(self.error("text before the root element"));
                }
                _ => {}
            }
        };
        let qname = root_tag.name().0.to_string();
        let (prefix, local) = match qname.split_once(':') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, qname.clone()),
        };
        if local != "bom" {
            return Err(self.error(format!("root element must be bom, not {qname}")));
        }
        self.prefix = prefix;
        let root = self.element(&root_tag)?;
        let xmlns = match &self.prefix {
            Some(p) => format!("xmlns:{p}"),
            None => "xmlns".into(),
        };
        let namespace = root.attr(&xmlns).unwrap_or_default().to_string();
        let Some(version) = namespace.strip_prefix(NAMESPACE).map(str::to_string) else {
            let message = format!(
                "the bom element must be in the CycloneDX namespace {NAMESPACE}1.x, not {namespace:?}"
            );
            out.fatal = Some(PluginError::with_diagnostics(
                message.clone(),
                vec![Diagnostic::error(format!("/bom/@{xmlns}"), message)],
            ));
            return Ok(());
        };
        self.namespace = namespace.clone();
        out.spec_version(&Field::new(version, format!("/bom/@{xmlns}")));
        if out.fatal.is_some() {
            return Ok(());
        }
        xml_walk::bom_attributes(out, &root);
        if empty {
            return Ok(());
        }
        loop {
            match self.next()? {
                Next::End | Next::Eof => break,
                Next::Start(el, empty) => {
                    let section = el.name.clone();
                    let item = match section.as_str() {
                        "components" => Some("component"),
                        "dependencies" => Some("dependency"),
                        "services" => Some("service"),
                        _ => None,
                    };
                    match item {
                        Some(item) if !empty => self.list(out, &section, item)?,
                        Some(_) => {}
                        None if section == "metadata" || empty => {
                            let tree = self.subtree(el, empty)?;
                            xml_walk::section(out, &tree);
                        }
                        None => self.section(out, &el)?,
                    }
                }
            }
            if out.fatal.is_some() {
                return Ok(());
            }
        }
        // Only comments and processing instructions may follow the root element.
        loop {
            self.buf.clear();
            match self.reader.read_event_into(&mut self.buf) {
                Ok(Event::Eof) => return Ok(()),
                Ok(Event::Start(_) | Event::Empty(_)) => {
                    return Err(self.error("content after the root element"));
                }
                Ok(_) => {}
                Err(e) => return Err(self.error(format!("malformed XML: {e}"))),
            }
        }
    }

    /// Reads the children of another top-level section (`vulnerabilities`, `compositions` …) one
    /// at a time; duplicate bom-refs there are only warnings (see `Report::bom_ref`).
    fn section(&mut self, out: &mut Out<'_, '_>, el: &Element) -> Result<(), Diagnostic> {
        let path = format!("/bom/{}", el.name);
        out.report.lenient_refs = true;
        if let Some(r) = el.attr("bom-ref") {
            out.report
                .bom_ref(&Field::new(r, format!("{path}/@bom-ref")));
        }
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let result = loop {
            match self.next() {
                Err(e) => break Err(e),
                Ok(Next::End) => break Ok(()),
                Ok(Next::Eof) => break Err(self.error("unexpected end of document")),
                Ok(Next::Start(child, empty)) => {
                    let tree = match self.subtree(child, empty) {
                        Ok(t) => t,
                        Err(e) => break Err(e),
                    };
                    let n = counts.entry(tree.name.clone()).or_default();
                    *n += 1;
                    let item_path = format!("{path}/{}[{n}]", tree.name);
                    xml_walk::section_item(out, &el.name, &tree, &item_path);
                }
            }
        };
        out.report.lenient_refs = false;
        result
    }

    /// Reads the items of a `components`/`dependencies`/`services` list one at a time.
    fn list(&mut self, out: &mut Out<'_, '_>, section: &str, item: &str) -> Result<(), Diagnostic> {
        let mut index = 0usize;
        loop {
            match self.next()? {
                Next::End => return Ok(()),
                Next::Eof => return Err(self.error("unexpected end of document")),
                Next::Start(el, empty) => {
                    let tree = self.subtree(el, empty)?;
                    if tree.name == item {
                        index += 1;
                        let path = format!("/bom/{section}/{item}[{index}]");
                        match item {
                            "component" => xml_walk::component(out, &tree, &path, true),
                            "dependency" => xml_walk::dependency(out, &tree, &path),
                            _ => xml_walk::service(out, &tree, &path),
                        }
                    } else {
                        xml_walk::scan(out, &tree, &format!("/bom/{section}/{}", tree.name));
                    }
                }
            }
            if out.fatal.is_some() {
                return Ok(());
            }
        }
    }
}
