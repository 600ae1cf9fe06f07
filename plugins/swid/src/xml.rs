//! Streaming reader of one ISO/IEC 19770-2:2015 SWID tag with `quick-xml`: the root's
//! attributes, `Entity`, `Link` and `Meta` elements are kept (they are few); each `File` of a
//! `Payload` or `Evidence` is handed to a callback as soon as it is read.

use std::collections::BTreeMap;
use std::io::BufRead;

use quick_xml::NsReader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use traceguard_sdk::Hash;

/// The SWID 2015 namespace.
pub const SWID_NS: &str = "http://standards.iso.org/iso/19770/-2/2015/schema.xsd";
/// The NISTIR 8060 extension namespace (`n8060:pathSeparator`, `n8060:mutable` …).
pub const N8060_NS: &str = "http://csrc.nist.gov/ns/swid/2015-extensions/1.0";
/// Deepest element nesting accepted (bounds memory on hostile input).
const MAX_DEPTH: usize = 256;

/// An element's attributes: qualified name as written → value, plus the resolved extras.
#[derive(Debug, Clone, Default)]
pub struct Attrs {
    /// Attributes without a namespace prefix, and `xml:lang`, by name.
    pub plain: BTreeMap<String, String>,
    /// `n8060:` extension attributes by local name.
    pub n8060: BTreeMap<String, String>,
    /// `…:hash` attributes: (namespace URI of the algorithm, value).
    pub hashes: Vec<(String, String)>,
}

impl Attrs {
    /// A plain attribute.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.plain.get(name).map(String::as_str)
    }
}

/// One `Entity`, `Link` or `Meta` element with its location.
#[derive(Debug, Clone)]
pub struct Element {
    /// XPath-like location, e.g. `/SoftwareIdentity/Entity[2]`.
    pub path: String,
    /// Its attributes.
    pub attrs: Attrs,
}

/// A `Payload` or `Evidence` container.
#[derive(Debug, Clone)]
pub struct Container {
    /// `Payload` or `Evidence`.
    pub kind: String,
    /// Location.
    pub path: String,
    /// Its attributes.
    pub attrs: Attrs,
    /// Number of `File` elements anywhere inside.
    pub files: usize,
    /// Number of `File` elements that are direct children.
    pub direct_files: usize,
}

/// One `File` inside a `Payload` or `Evidence`.
#[derive(Debug, Clone)]
pub struct FileItem {
    /// `Payload` or `Evidence`.
    pub container: String,
    /// Location.
    pub path: String,
    /// `Directory` names and the file name joined with `/`.
    pub file_path: String,
    /// Its attributes.
    pub attrs: Attrs,
}

/// Everything of a tag except its files.
#[derive(Debug, Clone, Default)]
pub struct Tag {
    /// True when the root element is `SoftwareIdentity` in the 2015 namespace.
    pub root_ok: bool,
    /// What the root element was, when it was not a 2015 `SoftwareIdentity`.
    pub root_found: Option<String>,
    /// Attributes of `SoftwareIdentity`.
    pub attrs: Attrs,
    /// `Entity` elements.
    pub entities: Vec<Element>,
    /// `Link` elements.
    pub links: Vec<Element>,
    /// `Meta` elements.
    pub metas: Vec<Element>,
    /// `Payload` and `Evidence` elements.
    pub containers: Vec<Container>,
    /// `Directory` elements without a `name` (schema violation), by location.
    pub unnamed: Vec<String>,
}

/// A malformed-XML failure with its byte offset.
#[derive(Debug, Clone)]
pub struct XmlError {
    /// Byte offset in the document.
    pub position: u64,
    /// What went wrong.
    pub message: String,
}

/// One open element: local name (with the name of a `Directory`), location, sibling counters.
struct Open {
    name: String,
    path: String,
    counts: BTreeMap<String, usize>,
}

/// Reads the tag from `reader`, calling `on_file` for every `File` of a `Payload`/`Evidence`
/// (with the tag read so far, so the root's `tagId` is known).
pub fn read(
    reader: impl BufRead,
    mut on_file: impl FnMut(&Tag, FileItem) -> Result<(), String>,
) -> Result<Tag, XmlError> {
    let mut xml = NsReader::from_reader(reader);
    xml.config_mut().trim_text(true);
    let mut buf = Vec::new();
    let mut tag = Tag::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut root_counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut container: Option<usize> = None;
    loop {
        buf.clear();
        let position = xml.buffer_position();
        let event = match xml.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(e) => {
                return Err(XmlError {
                    position: xml.error_position(),
                    message: e.to_string(),
                });
            }
        };
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e.clone().into_owned()), false),
            Event::Empty(e) => (Some(e.clone().into_owned()), true),
            Event::End(_) => {
                if let Some(open) = stack.pop()
                    && matches!(open.name.as_str(), "Payload" | "Evidence")
                    && stack.len() == 1
                {
                    container = None;
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let Some(e) = start else { continue };
        if stack.len() >= MAX_DEPTH {
            return Err(XmlError {
                position,
                message: format!("elements nested deeper than {MAX_DEPTH}"),
            });
        }
        let name = <str as ToString>::to_string(e.local_name().as_ref());
        let ns_text = match xml.resolver().resolve_element(e.name()).0 {
            ResolveResult::Bound(n) => Some(<str as ToString>::to_string(n.as_ref())),
            _ => None,
        };
        let in_swid = ns_text.as_deref() == Some(SWID_NS);
        let attrs = attributes(&xml, &e).map_err(|message| XmlError { position, message })?;
        let n = {
            let counts = match stack.last_mut() {
                Some(parent) => &mut parent.counts,
                None => &mut root_counts,
            };
            let n = counts.entry(name.clone()).or_insert(0);
            *n += 1;
            *n
        };
        let parent_path = stack.last().map(|p| p.path.as_str()).unwrap_or("");
        let path = if stack.is_empty() {
            format!("/{name}")
        } else {
            format!("{parent_path}/{name}[{n}]")
        };
        let depth = stack.len();
        if depth == 0 {
            if in_swid && name == "SoftwareIdentity" {
                tag.root_ok = true;
                tag.attrs = attrs.clone();
            } else {
                let ns_text = ns_text.unwrap_or_else(|| "no namespace".into());
                tag.root_found = Some(format!("{name} ({ns_text})"));
            }
        } else if tag.root_ok && in_swid {
            let element = Element {
                path: path.clone(),
                attrs: attrs.clone(),
            };
            match (depth, name.as_str()) {
                (1, "Entity") => tag.entities.push(element),
                (1, "Link") => tag.links.push(element),
                (1, "Meta") => tag.metas.push(element),
                (1, "Payload" | "Evidence") => {
                    tag.containers.push(Container {
                        kind: name.clone(),
                        path: path.clone(),
                        attrs: attrs.clone(),
                        files: 0,
                        direct_files: 0,
                    });
                    container = Some(tag.containers.len() - 1);
                }
                (_, "Directory") if container.is_some() && attrs.get("name").is_none() => {
                    tag.unnamed.push(path.clone());
                }
                (_, "File") => {
                    if let Some(c) = container.and_then(|i| tag.containers.get_mut(i)) {
                        c.files += 1;
                        if depth == 2 {
                            c.direct_files += 1;
                        }
                        let kind = c.kind.clone();
                        let file_path = directory_path(&stack, attrs.get("name").unwrap_or(""));
                        let item = FileItem {
                            container: kind,
                            path: path.clone(),
                            file_path,
                            attrs: attrs.clone(),
                        };
                        on_file(&tag, item).map_err(|message| XmlError { position, message })?;
                    }
                }
                _ => {}
            }
        }
        if !empty {
            stack.push(Open {
                name: dir_label(&name, &attrs),
                path,
                counts: BTreeMap::new(),
            });
        }
    }
    Ok(tag)
}

/// The stack label of an element: a `Directory` remembers its name for file paths.
fn dir_label(name: &str, attrs: &Attrs) -> String {
    match (name, attrs.get("name")) {
        ("Directory", Some(dir)) => format!("Directory\u{0}{dir}"),
        _ => name.to_string(),
    }
}

/// `dirA/dirB/file` from the open `Directory` elements and the file name.
fn directory_path(stack: &[Open], file: &str) -> String {
    let mut parts: Vec<&str> = stack
        .iter()
        .filter_map(|o| o.name.strip_prefix("Directory\u{0}"))
        .collect();
    parts.push(file);
    parts.join("/")
}

/// Reads the attributes of `e`, resolving namespaces of prefixed ones.
fn attributes<R>(xml: &NsReader<R>, e: &BytesStart<'_>) -> Result<Attrs, String> {
    let mut out = Attrs::default();
    for attr in e.attributes() {
        let attr = attr.map_err(|err| err.to_string())?;
        let key = attr.key;
        let qualified = <str as ToString>::to_string(key.as_ref());
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|err| err.to_string())?
            .into_owned();
        if qualified.starts_with("xmlns") {
            continue;
        }
        if key.prefix().is_none() || qualified == "xml:lang" {
            out.plain.insert(qualified, value);
            continue;
        }
        let (ns, local) = xml.resolver().resolve_attribute(key);
        let local = <str as ToString>::to_string(local.as_ref());
        let ns = match ns {
            ResolveResult::Bound(n) => <str as ToString>::to_string(n.as_ref()),
            _ => String::new(),
        };
        if ns == N8060_NS {
            out.n8060.insert(local, value);
        } else if local == "hash" {
            out.hashes.push((ns, value));
        }
    }
    Ok(out)
}

/// The hash of a `…:hash` attribute whose namespace names the algorithm (XML Encryption /
/// XML Signature URIs), as a normalised [`Hash`]; `None` for an unknown namespace.
pub fn hash_of(namespace: &str, value: &str) -> Option<Hash> {
    let fragment = namespace.rsplit('#').next().unwrap_or("");
    let algorithm = match fragment {
        "sha1" => "SHA-1",
        "sha224" => "SHA-224",
        "sha256" => "SHA-256",
        "sha384" => "SHA-384",
        "sha512" => "SHA-512",
        "sha3-256" => "SHA3-256",
        "sha3-384" => "SHA3-384",
        "sha3-512" => "SHA3-512",
        "md5" => "MD5",
        _ => return None,
    };
    Some(Hash {
        algorithm: algorithm.into(),
        value: value.trim().to_string(),
    })
}
