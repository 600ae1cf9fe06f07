//! Judging and normalising the item subtrees read by [`crate::xml`], with XPath-like paths
//! such as `/bom/components/component[3]/hashes/hash[1]`.

use std::collections::BTreeMap;

use traceguard_sdk::{Dependency, Hash};

use crate::model::{Field, Loc, Out};
use crate::rules;
use crate::validate::{self, CitationFacts, ComponentFacts, Domain, LicenseEntry};
use crate::xml::Element;

fn attr(el: &Element, name: &str, path: &str) -> Option<Field> {
    el.attr(name)
        .map(|v| Field::new(v.trim(), join(&[path, "/@", name])))
}

fn child(el: &Element, name: &str, path: &str) -> Option<Field> {
    el.named(name)
        .next()
        .map(|(_, c)| Field::new(c.value(), join(&[path, "/", name])))
}

/// Concatenates path pieces (cheaper than `format!`, and paths are built for every value read).
fn join(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() + 8);
    for p in parts {
        s.push_str(p);
    }
    s
}

/// `path/name[i]`.
fn nth_path(path: &str, name: &str, i: usize) -> String {
    use std::fmt::Write;
    let mut s = join(&[path, "/", name, "["]);
    let _ = write!(s, "{i}]");
    s
}

/// Leaf elements that [`scan`] checks even without attributes or children.
const TIME_ELEMENTS: &[&str] = &[
    "timestamp",
    "created",
    "published",
    "updated",
    "timeStart",
    "timeEnd",
];

/// The children of `el` that [`scan`] can find anything in, each with its path (`path/name`, or
/// `path/name[i]` when the name repeats among the siblings), computed in one pass.
fn children<'e>(el: &'e Element, path: &str) -> Vec<(String, &'e Element)> {
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &el.children {
        *totals.entry(c.name.as_str()).or_default() += 1;
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for c in &el.children {
        let nth = seen.entry(c.name.as_str()).or_default();
        *nth += 1;
        let worth = !c.children.is_empty()
            || !c.attrs.is_empty()
            || TIME_ELEMENTS.contains(&c.name.as_str());
        if !worth {
            continue;
        }
        let p = if totals.get(c.name.as_str()).copied().unwrap_or(0) > 1 {
            nth_path(path, &c.name, *nth)
        } else {
            join(&[path, "/", &c.name])
        };
        out.push((p, c));
    }
    out
}

/// Checks the attributes of the root `bom` element.
pub fn bom_attributes(out: &mut Out<'_, '_>, root: &Element) {
    if let Some(serial) = attr(root, "serialNumber", "/bom") {
        validate::serial_number(&mut out.report, &serial);
    }
    if let Some(version) = attr(root, "version", "/bom")
        && version.value.parse::<u64>().map_or(true, |v| v < 1)
    {
        out.report.error(
            rules::STRUCTURE,
            &version.path,
            "version must be an integer of at least 1",
        );
    }
}

/// A child of `bom` other than the three streamed lists.
pub fn section(out: &mut Out<'_, '_>, tree: &Element) {
    let path = format!("/bom/{}", tree.name);
    if tree.name == "metadata" {
        metadata(out, tree, &path);
    } else {
        out.report.lenient_refs = true;
        scan(out, tree, &path);
        out.report.lenient_refs = false;
    }
}

/// Elements of a component handled by [`component`] itself.
const COMPONENT_ELEMENTS: &[&str] = &[
    "name",
    "version",
    "versionRange",
    "purl",
    "cpe",
    "scope",
    "publisher",
    "supplier",
    "hashes",
    "licenses",
    "swid",
    "components",
];

/// Validates a component and, if `emit`, pushes it; then its nested components, depth-first.
pub fn component(out: &mut Out<'_, '_>, el: &Element, path: &str, emit: bool) {
    let mut facts = ComponentFacts {
        path: Loc::Text(path.to_string()),
        kind: attr(el, "type", path),
        bom_ref: el
            .attr("bom-ref")
            .map(|v| Field::new(v, join(&[path, "/@bom-ref"]))),
        names: el
            .named("name")
            .map(|(i, c)| {
                let at = if i == 1 {
                    join(&[path, "/name"])
                } else {
                    nth_path(path, "name", i)
                };
                Field::new(c.value(), at)
            })
            .collect(),
        version: child(el, "version", path),
        version_range: child(el, "versionRange", path),
        is_external: matches!(el.attr("isExternal").map(str::trim), Some("true" | "1")),
        purl: child(el, "purl", path),
        cpe: child(el, "cpe", path),
        scope: child(el, "scope", path),
        publisher: child(el, "publisher", path).map(|f| f.value),
        supplier: el
            .named("supplier")
            .next()
            .and_then(|(_, s)| child(s, "name", path))
            .map(|f| f.value),
        ..ComponentFacts::default()
    };
    if let Some((_, h)) = el.named("hashes").next() {
        facts.hashes = hashes(out, h, &join(&[path, "/hashes"]));
    }
    if let Some((_, l)) = el.named("licenses").next() {
        facts.licenses = licenses(out, l, &join(&[path, "/licenses"]));
    }
    if let Some((_, s)) = el.named("swid").next() {
        let swid_path = join(&[path, "/swid"]);
        facts.swid = Some((
            swid_path.clone(),
            attr(s, "tagId", &swid_path),
            attr(s, "name", &swid_path),
        ));
    }
    let fallback = if facts.bom_ref.is_none() {
        format!("#{path}")
    } else {
        String::new()
    };
    let normalised = validate::component(&mut out.report, facts, fallback);
    if emit {
        out.component(normalised);
    }
    for (_, list) in el.named("components") {
        for (i, c) in list.named("component") {
            component(
                out,
                c,
                &nth_path(&join(&[path, "/components"]), "component", i),
                emit,
            );
        }
    }
    for (c_path, c) in children(el, path) {
        if !COMPONENT_ELEMENTS.contains(&c.name.as_str()) {
            scan(out, c, &c_path);
        }
    }
}

/// Looks for checkable structures in `el` and below: bom-refs, hashes, licences, external
/// references, properties, patches, issues, data flows, nested components and services.
pub fn scan(out: &mut Out<'_, '_>, el: &Element, path: &str) {
    if el.name != "component"
        && let Some(r) = el.attr("bom-ref")
    {
        out.report
            .bom_ref(&Field::new(r, format!("{path}/@bom-ref")));
    }
    match el.name.as_str() {
        "hashes" => {
            hashes(out, el, path);
        }
        "licenses" => {
            licenses(out, el, path);
        }
        "externalReferences" => typed_list(out, el, path, "reference", Domain::ExternalReference),
        "patches" => typed_list(out, el, path, "patch", Domain::Patch),
        "resolves" => typed_list(out, el, path, "issue", Domain::Issue),
        "properties" => {
            for (i, p) in el.named("property") {
                property(out, p, &nth_path(path, "property", i));
            }
        }
        "component" => component(out, el, path, false),
        "citations" => {
            for (i, c) in el.named("citation") {
                citation(out, c, &nth_path(path, "citation", i));
            }
        }
        "timestamp" | "created" | "published" | "updated" | "timeStart" | "timeEnd"
            if el.children.is_empty() =>
        {
            validate::date_time(&mut out.report, &Field::new(el.value(), path), false);
        }
        "ancestors" | "descendants" | "variants" | "components" => {
            for (i, c) in el.named("component") {
                component(out, c, &format!("{path}/component[{i}]"), false);
            }
        }
        "services" => {
            for (i, s) in el.named("service") {
                service(out, s, &format!("{path}/service[{i}]"));
            }
        }
        "data" => {
            for (c_path, c) in children(el, path) {
                if let Some(flow) = attr(c, "flow", &c_path) {
                    validate::enumeration(&mut out.report, Domain::DataFlow, &flow);
                }
                scan_children(out, c, &c_path);
            }
        }
        _ => scan_children(out, el, path),
    }
}

fn scan_children(out: &mut Out<'_, '_>, el: &Element, path: &str) {
    for (c_path, c) in children(el, path) {
        scan(out, c, &c_path);
    }
}

fn typed_list(out: &mut Out<'_, '_>, el: &Element, path: &str, item: &str, domain: Domain) {
    for (i, entry) in el.named(item) {
        typed_entry(out, entry, &nth_path(path, item, i), domain);
    }
}

/// An element whose required `type` attribute is an enumeration.
fn typed_entry(out: &mut Out<'_, '_>, entry: &Element, path: &str, domain: Domain) {
    match attr(entry, "type", path) {
        Some(t) => {
            validate::enumeration(&mut out.report, domain, &t);
        }
        None => out.report.error(rules::REQUIRED, path, "type is required"),
    }
    scan_children(out, entry, path);
}

fn property(out: &mut Out<'_, '_>, p: &Element, path: &str) {
    if p.attr("name").is_none() {
        out.report
            .error(rules::REQUIRED, path, "property name is required");
    }
}

/// One child (at `path`) of a top-level section other than metadata and the three lists, read
/// on its own so that a large section (e.g. 100k vulnerabilities) is never whole in memory.
pub fn section_item(out: &mut Out<'_, '_>, section: &str, item: &Element, path: &str) {
    match (section, item.name.as_str()) {
        ("externalReferences", "reference") => {
            typed_entry(out, item, path, Domain::ExternalReference);
        }
        ("properties", "property") => property(out, item, path),
        ("citations", "citation") => citation(out, item, path),
        _ => scan(out, item, path),
    }
}

/// Judges one citation (1.7), then scans its children like any other element.
fn citation(out: &mut Out<'_, '_>, c: &Element, path: &str) {
    if let Some(r) = c.attr("bom-ref") {
        out.report
            .bom_ref(&Field::new(r, format!("{path}/@bom-ref")));
    }
    let facts = CitationFacts {
        path: path.to_string(),
        pointers: c.named("pointers").next().is_some(),
        expressions: c.named("expressions").next().is_some(),
        attributed_to: c.named("attributedTo").count(),
        process: c.named("process").count(),
        timestamp: child(c, "timestamp", path),
    };
    validate::citation(&mut out.report, facts, false);
    for (child_path, child) in children(c, path) {
        if child.name != "timestamp" {
            scan(out, child, &child_path);
        }
    }
}

fn hashes(out: &mut Out<'_, '_>, el: &Element, path: &str) -> Vec<Hash> {
    let mut found = Vec::new();
    for (i, h) in el.named("hash") {
        let h_path = nth_path(path, "hash", i);
        let alg = attr(h, "alg", &h_path);
        let content = Field::new(h.value(), h_path.clone());
        if let Some(hash) = validate::hash(&mut out.report, &h_path, alg, Some(content)) {
            found.push(hash);
        }
    }
    found
}

fn licenses(out: &mut Out<'_, '_>, el: &Element, path: &str) -> Vec<String> {
    let mut entries = Vec::new();
    let (mut nl, mut ne) = (0, 0);
    for c in &el.children {
        let c_path = match c.name.as_str() {
            "license" => {
                nl += 1;
                nth_path(path, "license", nl)
            }
            "expression" => {
                ne += 1;
                nth_path(path, "expression", ne)
            }
            _ => continue,
        };
        if let Some(r) = c.attr("bom-ref") {
            out.report
                .bom_ref(&Field::new(r, format!("{c_path}/@bom-ref")));
        }
        let acknowledgement = attr(c, "acknowledgement", &c_path);
        if c.name == "expression" {
            entries.push(LicenseEntry::Expression {
                expression: Field::new(c.value(), c_path),
                acknowledgement,
            });
            continue;
        }
        let fields = |name: &str| -> Vec<Field> {
            c.named(name)
                .map(|(i, x)| Field::new(x.value(), nth_path(&c_path, name, i)))
                .collect()
        };
        let encoding = c
            .named("text")
            .next()
            .and_then(|(_, t)| attr(t, "encoding", &format!("{c_path}/text")));
        entries.push(LicenseEntry::License {
            path: Loc::Text(c_path.clone()),
            ids: fields("id"),
            names: fields("name"),
            acknowledgement,
            encoding,
        });
        for (x_path, x) in children(c, &c_path) {
            if !matches!(x.name.as_str(), "id" | "name" | "text" | "url") {
                scan(out, x, &x_path);
            }
        }
    }
    validate::licenses(&mut out.report, path, entries, 0)
}

/// A `dependency` element: `ref` and nested `dependency` (and 1.6 `provides`) references.
pub fn dependency(out: &mut Out<'_, '_>, el: &Element, path: &str) {
    let mut depends_on = Vec::new();
    for (kind, name) in [("dependency", "dependency"), ("provides", "provides")] {
        for (i, d) in el.named(name) {
            let d_path = nth_path(path, name, i);
            match attr(d, "ref", &d_path) {
                Some(r) if r.value.is_empty() => {
                    out.report
                        .error_from(rules::DEPENDENCY, 5, &r.path, "ref must not be empty")
                }
                Some(r) => {
                    out.report.reference(&r.value, || String::from(&r.path));
                    if kind == "dependency" {
                        depends_on.push(r.value);
                    }
                }
                None => out
                    .report
                    .error(rules::REQUIRED, &d_path, "dependency ref is required"),
            }
        }
    }
    match attr(el, "ref", path) {
        None => out
            .report
            .error(rules::REQUIRED, path, "dependency ref is required"),
        Some(r) if r.value.is_empty() => out.report.error_from(
            rules::DEPENDENCY,
            5,
            &r.path,
            "dependency ref must not be empty",
        ),
        Some(r) => {
            out.report.reference(&r.value, || String::from(&r.path));
            out.dependency(Dependency {
                ref_: r.value,
                depends_on,
            });
        }
    }
}

/// A `service` element: `name` is required; everything inside is scanned.
pub fn service(out: &mut Out<'_, '_>, el: &Element, path: &str) {
    if el.named("name").next().is_none() {
        out.report
            .error(rules::REQUIRED, path, "service name is required");
    }
    if let Some(r) = el.attr("bom-ref") {
        out.report
            .bom_ref(&Field::new(r, format!("{path}/@bom-ref")));
    }
    scan_children(out, el, path);
}

fn metadata(out: &mut Out<'_, '_>, el: &Element, path: &str) {
    // Extension elements of other namespaces are allowed; CycloneDX ones must be known.
    for c in el
        .children
        .iter()
        .filter(|c| !c.name.starts_with("{foreign}"))
    {
        validate::metadata_member(&mut out.report, &c.name, &join(&[path, "/", &c.name]));
    }
    if let Some((_, d)) = el.named("distributionConstraints").next()
        && let Some(tlp) = child(d, "tlp", &join(&[path, "/distributionConstraints"]))
    {
        validate::enumeration(&mut out.report, Domain::Tlp, &tlp);
    }
    if let Some(ts) = child(el, "timestamp", path) {
        validate::date_time(&mut out.report, &ts, false);
        out.doc.created = Some(ts.value);
    }
    if let Some((_, c)) = el.named("component").next() {
        let name = child(c, "name", path).map(|f| f.value);
        let version = child(c, "version", path).map(|f| f.value);
        out.doc.name = name.map(|n| match version {
            Some(v) => format!("{n}@{v}"),
            None => n,
        });
    }
    out.doc.supplier = el
        .named("supplier")
        .next()
        .and_then(|(_, s)| child(s, "name", path))
        .map(|f| f.value);
    if let Some((_, tools)) = el.named("tools").next() {
        // Up to 1.4: tools/tool; from 1.5 also tools/components/component and tools/services/service.
        let mut list: Vec<&Element> = tools.named("tool").map(|(_, t)| t).collect();
        for group in ["components", "services"] {
            for (_, g) in tools.named(group) {
                list.extend(g.children.iter());
            }
        }
        out.doc.tools = list
            .into_iter()
            .filter_map(|t| {
                let name = child(t, "name", "")?.value;
                Some(match child(t, "version", "") {
                    Some(v) => format!("{name} {}", v.value),
                    None => name,
                })
            })
            .collect();
    }
    for (c_path, c) in children(el, path) {
        if c.name != "timestamp" {
            scan(out, c, &c_path);
        }
    }
}
