//! Pushed batches as the host keeps them: every string of a batch in one buffer.
//!
//! A batch is read out of guest memory once ([`super::lift`]) and stored from there: the
//! consumers read its strings through [`ComponentRef`] and [`DependencyRef`], with no `String`
//! per field. Gas and limits count the same bytes as for owned values ([`component_wire_size`]).

use std::ops::Range;

use wasmtime::Result;

use crate::bindings::{Component, ComponentKind, Dependency, Hash};

/// Wire bytes of a component besides its strings: 8 per field (13 with the optional ones).
const COMPONENT_FIXED: u64 = 8 * 13;
/// Wire bytes of a licence besides its text.
const LICENSE_FIXED: u64 = 8;
/// Wire bytes of a hash besides its two strings.
const HASH_FIXED: u64 = 16;
/// Wire bytes of a dependency edge set besides its strings.
const DEPENDENCY_FIXED: u64 = 16;
/// Wire bytes of one dependency target besides its text.
const TARGET_FIXED: u64 = 8;

/// Bytes a component occupies when it crosses the boundary (what the gas class `byte_out` and
/// the output limit count): its strings plus fixed sizes per field, licence and hash.
pub(crate) fn component_wire_size(string_bytes: u64, licenses: u64, hashes: u64) -> u64 {
    COMPONENT_FIXED + string_bytes + LICENSE_FIXED * licenses + HASH_FIXED * hashes
}

/// Bytes a dependency edge set occupies when it crosses the boundary.
pub(crate) fn dependency_wire_size(string_bytes: u64, targets: u64) -> u64 {
    DEPENDENCY_FIXED + string_bytes + TARGET_FIXED * targets
}

/// A string of a batch: a range of its text.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

/// The text of a batch: its strings, one after another (read through the batch's views).
#[derive(Debug, Clone, Default)]
pub struct Text(String);

impl Text {
    fn get(&self, span: Span) -> &str {
        // Spans come from `Bytes::push`, so they are in bounds and, once `Bytes::finish` has
        // passed, on character boundaries.
        &self.0[span.start..span.end]
    }

    fn bytes(&self) -> u64 {
        self.0.len() as u64
    }
}

/// The text of a batch being read: bytes, checked as UTF-8 once, when the batch is complete.
///
/// Checking the whole text at once is enough: if it is UTF-8 and no string starts with a
/// continuation byte, every string starts and ends on a character boundary (its end is the next
/// string's start, or the end), so each is UTF-8 on its own.
#[derive(Debug, Default)]
pub(crate) struct Bytes {
    buf: Vec<u8>,
    /// Where the first string that starts with a continuation byte starts.
    split: Option<usize>,
}

/// Host bytes one string of a batch takes besides its text (what hostcall fuel charges).
pub(crate) const SPAN_BYTES: usize = size_of::<Span>();

impl Bytes {
    fn push(&mut self, s: &[u8]) -> Span {
        let start = self.buf.len();
        if self.split.is_none() && s.first().is_some_and(|&b| (b as i8) < -0x40) {
            self.split = Some(start);
        }
        self.buf.extend_from_slice(s);
        Span {
            start,
            end: self.buf.len(),
        }
    }

    /// The text, or where in it a string is not UTF-8 and why, for [`not_utf8`] to name.
    fn finish(self) -> std::result::Result<Text, (usize, &'static str)> {
        if let Some(at) = self.split {
            return Err((at, "it starts inside a character"));
        }
        String::from_utf8(self.buf)
            .map(Text)
            .map_err(|e| (e.utf8_error().valid_up_to(), "an invalid byte sequence"))
    }
}

/// The error for a batch whose text is not UTF-8 at byte `at`: names the entry and field whose
/// string holds that byte, from `strings` (entry index, field, span).
fn not_utf8(
    what: &str,
    (at, why): (usize, &str),
    strings: impl Iterator<Item = (usize, &'static str, Span)>,
) -> wasmtime::Error {
    let mut strings = strings;
    match strings.find(|(_, _, s)| s.start <= at && at < s.end) {
        Some((entry, field, span)) => wasmtime::format_err!(
            "{what} {entry} of the pushed batch: its `{field}` is not valid utf-8 ({why} at byte {})",
            at - span.start
        ),
        None => wasmtime::format_err!("a pushed string is not valid utf-8 ({why})"),
    }
}

/// Components pushed in one call (`T` is [`Bytes`] while the batch is read).
#[derive(Debug, Clone, Default)]
pub struct ComponentBatch<T = Text> {
    text: T,
    rows: Vec<ComponentRow>,
    licenses: Vec<Span>,
    /// (algorithm, value) of each hash.
    hashes: Vec<(Span, Span)>,
}

#[derive(Debug, Clone)]
struct ComponentRow {
    bom_ref: Span,
    name: Span,
    version: Option<Span>,
    purl: Option<Span>,
    cpe: Option<Span>,
    supplier: Option<Span>,
    licenses: Range<usize>,
    hashes: Range<usize>,
    kind: ComponentKind,
}

/// One component of a [`ComponentBatch`], borrowed.
#[derive(Debug, Clone, Copy)]
pub struct ComponentRef<'a> {
    batch: &'a ComponentBatch,
    row: &'a ComponentRow,
}

impl<'a> ComponentRef<'a> {
    /// Document-local identifier.
    pub fn bom_ref(&self) -> &'a str {
        self.batch.text.get(self.row.bom_ref)
    }

    /// Name.
    pub fn name(&self) -> &'a str {
        self.batch.text.get(self.row.name)
    }

    /// Version, if given.
    pub fn version(&self) -> Option<&'a str> {
        self.row.version.map(|s| self.batch.text.get(s))
    }

    /// Package URL as written, if given.
    pub fn purl(&self) -> Option<&'a str> {
        self.row.purl.map(|s| self.batch.text.get(s))
    }

    /// CPE, if given.
    pub fn cpe(&self) -> Option<&'a str> {
        self.row.cpe.map(|s| self.batch.text.get(s))
    }

    /// Supplier, if given.
    pub fn supplier(&self) -> Option<&'a str> {
        self.row.supplier.map(|s| self.batch.text.get(s))
    }

    /// Licences as SPDX expressions.
    pub fn licenses(&self) -> impl ExactSizeIterator<Item = &'a str> + use<'a> {
        let text = &self.batch.text;
        self.batch.licenses[self.row.licenses.clone()]
            .iter()
            .map(|&s| text.get(s))
    }

    /// Hashes as (algorithm, value).
    pub fn hashes(&self) -> impl ExactSizeIterator<Item = (&'a str, &'a str)> + use<'a> {
        let text = &self.batch.text;
        self.batch.hashes[self.row.hashes.clone()]
            .iter()
            .map(|&(a, v)| (text.get(a), text.get(v)))
    }

    /// What kind of thing the component is.
    pub fn kind(&self) -> ComponentKind {
        self.row.kind
    }

    /// The component as an owned value.
    pub fn to_component(&self) -> Component {
        Component {
            bom_ref: self.bom_ref().to_string(),
            name: self.name().to_string(),
            version: self.version().map(String::from),
            purl: self.purl().map(String::from),
            cpe: self.cpe().map(String::from),
            licenses: self.licenses().map(String::from).collect(),
            hashes: self
                .hashes()
                .map(|(algorithm, value)| Hash {
                    algorithm: algorithm.to_string(),
                    value: value.to_string(),
                })
                .collect(),
            supplier: self.supplier().map(String::from),
            kind: self.kind(),
        }
    }
}

impl ComponentBatch {
    /// Host bytes one component takes besides its strings (what hostcall fuel charges).
    pub(crate) const ROW_BYTES: usize = size_of::<ComponentRow>();

    /// An empty batch to read `capacity` components into.
    pub(crate) fn builder(capacity: usize) -> ComponentBatch<Bytes> {
        ComponentBatch {
            text: Bytes::default(),
            rows: Vec::with_capacity(capacity),
            licenses: Vec::with_capacity(capacity),
            hashes: Vec::with_capacity(capacity),
        }
    }

    /// Components in the batch.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the batch holds no component.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The components, in push order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = ComponentRef<'_>> {
        self.rows
            .iter()
            .map(|row| ComponentRef { batch: self, row })
    }

    /// The components as owned values.
    pub fn to_components(&self) -> Vec<Component> {
        self.iter().map(|c| c.to_component()).collect()
    }

    /// Bytes the batch occupied crossing the boundary (see [`component_wire_size`]).
    pub fn wire_size(&self) -> u64 {
        COMPONENT_FIXED * self.rows.len() as u64
            + self.text.bytes()
            + LICENSE_FIXED * self.licenses.len() as u64
            + HASH_FIXED * self.hashes.len() as u64
    }
}

impl ComponentBatch<Bytes> {
    /// Starts a component; the optional fields, licences and hashes follow, and
    /// [`NewComponent::finish`] adds it.
    pub(crate) fn row(
        &mut self,
        bom_ref: &[u8],
        name: &[u8],
        kind: ComponentKind,
    ) -> NewComponent<'_> {
        let row = ComponentRow {
            bom_ref: self.text.push(bom_ref),
            name: self.text.push(name),
            version: None,
            purl: None,
            cpe: None,
            supplier: None,
            licenses: self.licenses.len()..self.licenses.len(),
            hashes: self.hashes.len()..self.hashes.len(),
            kind,
        };
        NewComponent { batch: self, row }
    }

    /// The batch, once its text is checked as UTF-8.
    pub(crate) fn finish(self) -> Result<ComponentBatch> {
        let ComponentBatch {
            text,
            rows,
            licenses,
            hashes,
        } = self;
        let text = text.finish().map_err(|bad| {
            let strings = rows.iter().enumerate().flat_map(|(i, row)| {
                let optional = [
                    ("version", row.version),
                    ("purl", row.purl),
                    ("cpe", row.cpe),
                    ("supplier", row.supplier),
                ];
                [("bom-ref", row.bom_ref), ("name", row.name)]
                    .into_iter()
                    .chain(optional.into_iter().filter_map(|(f, s)| Some((f, s?))))
                    .chain(
                        licenses[row.licenses.clone()]
                            .iter()
                            .map(|&s| ("licenses", s)),
                    )
                    .chain(
                        hashes[row.hashes.clone()]
                            .iter()
                            .flat_map(|&(a, v)| [("hashes", a), ("hashes", v)]),
                    )
                    .map(move |(field, span)| (i, field, span))
            });
            not_utf8("component", bad, strings)
        })?;
        Ok(ComponentBatch {
            text,
            rows,
            licenses,
            hashes,
        })
    }
}

impl TryFrom<&[Component]> for ComponentBatch {
    type Error = wasmtime::Error;

    fn try_from(components: &[Component]) -> Result<Self> {
        let mut batch = ComponentBatch::builder(components.len());
        for c in components {
            let mut row = batch.row(c.bom_ref.as_bytes(), c.name.as_bytes(), c.kind);
            row.version(c.version.as_deref().map(str::as_bytes));
            row.purl(c.purl.as_deref().map(str::as_bytes));
            row.cpe(c.cpe.as_deref().map(str::as_bytes));
            row.supplier(c.supplier.as_deref().map(str::as_bytes));
            for l in &c.licenses {
                row.license(l.as_bytes());
            }
            for h in &c.hashes {
                row.hash(h.algorithm.as_bytes(), h.value.as_bytes());
            }
            row.finish();
        }
        batch.finish()
    }
}

/// A component being added to a [`ComponentBatch`].
pub(crate) struct NewComponent<'a> {
    batch: &'a mut ComponentBatch<Bytes>,
    row: ComponentRow,
}

impl NewComponent<'_> {
    fn optional(&mut self, s: Option<&[u8]>) -> Option<Span> {
        s.map(|s| self.batch.text.push(s))
    }

    pub(crate) fn version(&mut self, version: Option<&[u8]>) {
        self.row.version = self.optional(version);
    }

    pub(crate) fn purl(&mut self, purl: Option<&[u8]>) {
        self.row.purl = self.optional(purl);
    }

    pub(crate) fn cpe(&mut self, cpe: Option<&[u8]>) {
        self.row.cpe = self.optional(cpe);
    }

    pub(crate) fn supplier(&mut self, supplier: Option<&[u8]>) {
        self.row.supplier = self.optional(supplier);
    }

    pub(crate) fn license(&mut self, license: &[u8]) {
        let span = self.batch.text.push(license);
        self.batch.licenses.push(span);
        self.row.licenses.end += 1;
    }

    pub(crate) fn hash(&mut self, algorithm: &[u8], value: &[u8]) {
        let algorithm = self.batch.text.push(algorithm);
        let value = self.batch.text.push(value);
        self.batch.hashes.push((algorithm, value));
        self.row.hashes.end += 1;
    }

    /// Adds the component to the batch.
    pub(crate) fn finish(self) {
        self.batch.rows.push(self.row);
    }
}

/// Dependency edge sets pushed in one call (`T` is [`Bytes`] while the batch is read).
#[derive(Debug, Clone, Default)]
pub struct DependencyBatch<T = Text> {
    text: T,
    /// Each set's `ref` and the range of its targets.
    rows: Vec<(Span, Range<usize>)>,
    targets: Vec<Span>,
}

/// One dependency edge set of a [`DependencyBatch`], borrowed.
#[derive(Debug, Clone, Copy)]
pub struct DependencyRef<'a> {
    batch: &'a DependencyBatch,
    row: &'a (Span, Range<usize>),
}

impl<'a> DependencyRef<'a> {
    /// The bom-ref that depends on the targets.
    pub fn reference(&self) -> &'a str {
        self.batch.text.get(self.row.0)
    }

    /// The bom-refs it depends on.
    pub fn depends_on(&self) -> impl ExactSizeIterator<Item = &'a str> + use<'a> {
        let text = &self.batch.text;
        self.batch.targets[self.row.1.clone()]
            .iter()
            .map(|&s| text.get(s))
    }

    /// The edge set as an owned value.
    pub fn to_dependency(&self) -> Dependency {
        Dependency {
            ref_: self.reference().to_string(),
            depends_on: self.depends_on().map(String::from).collect(),
        }
    }
}

impl DependencyBatch {
    /// Host bytes one edge set takes besides its strings (what hostcall fuel charges).
    pub(crate) const ROW_BYTES: usize = size_of::<(Span, Range<usize>)>();

    /// An empty batch to read `capacity` edge sets into.
    pub(crate) fn builder(capacity: usize) -> DependencyBatch<Bytes> {
        DependencyBatch {
            text: Bytes::default(),
            rows: Vec::with_capacity(capacity),
            targets: Vec::with_capacity(capacity),
        }
    }

    /// Edge sets in the batch.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the batch holds no edge set.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The edge sets, in push order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = DependencyRef<'_>> {
        self.rows
            .iter()
            .map(|row| DependencyRef { batch: self, row })
    }

    /// The edge sets as owned values.
    pub fn to_dependencies(&self) -> Vec<Dependency> {
        self.iter().map(|d| d.to_dependency()).collect()
    }

    /// State rows the batch writes: one per edge, and one for a set with no targets.
    pub fn rows(&self) -> u64 {
        self.rows.iter().map(|(_, t)| rows_of(t.len())).sum()
    }

    /// Bytes the batch occupied crossing the boundary (see [`dependency_wire_size`]).
    pub fn wire_size(&self) -> u64 {
        DEPENDENCY_FIXED * self.rows.len() as u64
            + self.text.bytes()
            + TARGET_FIXED * self.targets.len() as u64
    }
}

impl DependencyBatch<Bytes> {
    /// Starts an edge set from `reference`; its targets follow, and [`NewDependency::finish`]
    /// adds it.
    pub(crate) fn row(&mut self, reference: &[u8]) -> NewDependency<'_> {
        let reference = self.text.push(reference);
        let start = self.targets.len();
        NewDependency {
            batch: self,
            row: (reference, start..start),
        }
    }

    /// The batch, once its text is checked as UTF-8.
    pub(crate) fn finish(self) -> Result<DependencyBatch> {
        let DependencyBatch {
            text,
            rows,
            targets,
        } = self;
        let text = text.finish().map_err(|bad| {
            let strings = rows.iter().enumerate().flat_map(|(i, (reference, range))| {
                std::iter::once(("ref", *reference))
                    .chain(targets[range.clone()].iter().map(|&s| ("depends-on", s)))
                    .map(move |(field, span)| (i, field, span))
            });
            not_utf8("dependency", bad, strings)
        })?;
        Ok(DependencyBatch {
            text,
            rows,
            targets,
        })
    }
}

impl TryFrom<&[Dependency]> for DependencyBatch {
    type Error = wasmtime::Error;

    fn try_from(dependencies: &[Dependency]) -> Result<Self> {
        let mut batch = DependencyBatch::builder(dependencies.len());
        for d in dependencies {
            let mut row = batch.row(d.ref_.as_bytes());
            for t in &d.depends_on {
                row.target(t.as_bytes());
            }
            row.finish();
        }
        batch.finish()
    }
}

/// An edge set being added to a [`DependencyBatch`].
pub(crate) struct NewDependency<'a> {
    batch: &'a mut DependencyBatch<Bytes>,
    row: (Span, Range<usize>),
}

impl NewDependency<'_> {
    pub(crate) fn target(&mut self, target: &[u8]) {
        let span = self.batch.text.push(target);
        self.batch.targets.push(span);
        self.row.1.end += 1;
    }

    /// Adds the edge set to the batch.
    pub(crate) fn finish(self) {
        self.batch.rows.push(self.row);
    }
}

/// State rows of an edge set with `targets` targets: one per edge, one for a set with none.
fn rows_of(targets: usize) -> u64 {
    targets.max(1) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::io::WireSize;

    fn component(i: usize) -> Component {
        Component {
            bom_ref: format!("pkg:npm/c{i}@1"),
            name: format!("c{i}"),
            version: i.is_multiple_of(2).then(|| "1".to_string()),
            purl: Some(format!("pkg:npm/c{i}@1")),
            cpe: i
                .is_multiple_of(3)
                .then(|| "cpe:2.3:a:x:y:1:*:*:*:*:*:*:*".to_string()),
            licenses: (0..i % 3).map(|l| format!("MIT OR L-{l}-é")).collect(),
            hashes: (0..i % 2)
                .map(|_| Hash {
                    algorithm: "SHA-256".into(),
                    value: "ab".repeat(32),
                })
                .collect(),
            supplier: i.is_multiple_of(4).then(|| format!("Supplier {i}")),
            kind: if i.is_multiple_of(2) {
                ComponentKind::Library
            } else {
                ComponentKind::Application
            },
        }
    }

    #[test]
    fn a_batch_gives_back_what_went_in_and_its_wire_size() {
        let components: Vec<Component> = (0..7).map(component).collect();
        let batch = ComponentBatch::try_from(&components[..]).expect("UTF-8");
        assert_eq!(batch.len(), 7);
        assert_eq!(batch.to_components(), components);
        // Gas and limits count the same bytes as for the owned values.
        let owned: u64 = components.iter().map(WireSize::wire_size).sum();
        assert_eq!(batch.wire_size(), owned);
        assert_eq!(
            ComponentBatch::try_from(&[][..])
                .expect("empty")
                .wire_size(),
            0
        );

        let dependencies: Vec<Dependency> = (0..5)
            .map(|i| Dependency {
                ref_: format!("r{i}"),
                depends_on: (0..i).map(|t| format!("t{t}")).collect(),
            })
            .collect();
        let batch = DependencyBatch::try_from(&dependencies[..]).expect("UTF-8");
        assert_eq!(batch.to_dependencies(), dependencies);
        let owned: u64 = dependencies.iter().map(WireSize::wire_size).sum();
        assert_eq!(batch.wire_size(), owned);
        // One row per edge, and one for the set with none.
        assert_eq!(batch.rows(), 1 + 1 + 2 + 3 + 4);
    }

    #[test]
    fn a_batch_s_text_is_utf8_only_if_each_string_is() {
        let text = |strings: &[&[u8]]| {
            let mut bytes = Bytes::default();
            let spans: Vec<Span> = strings.iter().map(|s| bytes.push(s)).collect();
            bytes
                .finish()
                .map(|text| {
                    spans
                        .iter()
                        .map(|&s| text.get(s).to_string())
                        .collect::<Vec<_>>()
                })
                .map_err(|(at, why)| format!("{why} at {at}"))
        };
        assert_eq!(
            text(&["é".as_bytes(), b"", "x→".as_bytes()]),
            Ok(vec!["é".to_string(), String::new(), "x→".to_string()])
        );
        // "é" split across two strings: the whole text is UTF-8, neither string is.
        for split in [&[b"\xC3" as &[u8], b"\xA9"][..], &[b"a\xC3", b"", b"\xA9b"]] {
            let error = text(split).expect_err("not UTF-8 string by string");
            assert_eq!(
                error,
                format!("it starts inside a character at {}", split[0].len())
            );
        }
        let error = text(&[b"ok" as &[u8], b"ab\xFF"]).expect_err("not UTF-8");
        assert_eq!(error, "an invalid byte sequence at 4");
    }

    #[test]
    fn a_string_that_is_not_utf8_is_named_by_entry_and_field() {
        let mut batch = ComponentBatch::builder(2);
        batch.row(b"a", b"b", ComponentKind::Library).finish();
        let mut row = batch.row(b"c", b"d", ComponentKind::Library);
        row.version(Some(b"1"));
        row.license(b"MIT");
        row.license(b"GPL\xFF");
        row.finish();
        let error = batch.finish().expect_err("not UTF-8").to_string();
        assert_eq!(
            error,
            "component 1 of the pushed batch: its `licenses` is not valid utf-8 (an invalid byte sequence at byte 3)"
        );
        let mut batch = DependencyBatch::builder(1);
        let mut row = batch.row(b"x");
        row.target(b"y");
        row.target("é".as_bytes().get(1..).unwrap_or_default());
        row.finish();
        let error = batch.finish().expect_err("not UTF-8").to_string();
        assert_eq!(
            error,
            "dependency 0 of the pushed batch: its `depends-on` is not valid utf-8 (it starts inside a character at byte 0)"
        );
    }

    #[test]
    fn wire_sizes_are_the_contract_s_fixed_sizes_plus_the_strings() {
        // 8 per field of a component (13 with the optional ones), 8 per licence, 16 per hash;
        // 16 per edge set and 8 per target: what gas and the output limit have always counted.
        let c = component(0);
        let strings: usize = [&c.bom_ref, &c.name, "1", c.purl.as_deref().unwrap_or("")]
            .iter()
            .map(|s| s.len())
            .sum::<usize>()
            + c.cpe.as_deref().map_or(0, str::len)
            + c.supplier.as_deref().map_or(0, str::len);
        assert!(c.licenses.is_empty() && c.hashes.is_empty());
        assert_eq!(
            ComponentBatch::try_from(std::slice::from_ref(&c))
                .expect("UTF-8")
                .wire_size(),
            104 + strings as u64
        );
        let c = component(5);
        let strings = c.bom_ref.len()
            + c.name.len()
            + c.purl.as_deref().map_or(0, str::len)
            + c.licenses.iter().map(String::len).sum::<usize>()
            + c.hashes
                .iter()
                .map(|h| h.algorithm.len() + h.value.len())
                .sum::<usize>();
        assert_eq!(
            ComponentBatch::try_from(std::slice::from_ref(&c))
                .expect("UTF-8")
                .wire_size(),
            104 + strings as u64 + 8 * 2 + 16
        );
        let d = Dependency {
            ref_: "abc".into(),
            depends_on: vec!["de".into(), "f".into()],
        };
        assert_eq!(
            DependencyBatch::try_from(std::slice::from_ref(&d))
                .expect("UTF-8")
                .wire_size(),
            16 + 6 + 8 * 2
        );
    }
}
