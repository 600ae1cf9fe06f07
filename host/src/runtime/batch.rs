//! Pushed batches as the host keeps them: every string of a batch in one buffer.
//!
//! A batch is read out of guest memory once ([`super::lift`]) and stored from there: the
//! consumers read its strings through [`ComponentRef`] and [`DependencyRef`], with no `String`
//! per field. Gas and limits count the same bytes as for owned values ([`component_wire_size`]).

use std::ops::Range;

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

/// The text of a batch: its strings, one after another.
#[derive(Debug, Clone, Default)]
struct Text(String);

impl Text {
    fn push(&mut self, s: &str) -> Span {
        let start = self.0.len();
        self.0.push_str(s);
        Span {
            start,
            end: self.0.len(),
        }
    }

    fn get(&self, span: Span) -> &str {
        // Spans come from `push`, so they are in bounds and on character boundaries.
        &self.0[span.start..span.end]
    }

    fn bytes(&self) -> u64 {
        self.0.len() as u64
    }
}

/// Components pushed in one call.
#[derive(Debug, Clone, Default)]
pub struct ComponentBatch {
    text: Text,
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
    /// Host bytes one licence, or half a hash, takes besides its text.
    pub(crate) const SPAN_BYTES: usize = size_of::<Span>();

    /// An empty batch with room for `capacity` components.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        ComponentBatch {
            text: Text::default(),
            rows: Vec::with_capacity(capacity),
            licenses: Vec::with_capacity(capacity),
            hashes: Vec::with_capacity(capacity),
        }
    }

    /// Starts a component; the optional fields, licences and hashes follow, and
    /// [`NewComponent::finish`] adds it.
    pub(crate) fn row(
        &mut self,
        bom_ref: &str,
        name: &str,
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

impl From<&[Component]> for ComponentBatch {
    fn from(components: &[Component]) -> Self {
        let mut batch = ComponentBatch::with_capacity(components.len());
        for c in components {
            let mut row = batch.row(&c.bom_ref, &c.name, c.kind);
            row.version(c.version.as_deref());
            row.purl(c.purl.as_deref());
            row.cpe(c.cpe.as_deref());
            row.supplier(c.supplier.as_deref());
            for l in &c.licenses {
                row.license(l);
            }
            for h in &c.hashes {
                row.hash(&h.algorithm, &h.value);
            }
            row.finish();
        }
        batch
    }
}

/// A component being added to a [`ComponentBatch`].
pub(crate) struct NewComponent<'a> {
    batch: &'a mut ComponentBatch,
    row: ComponentRow,
}

impl NewComponent<'_> {
    fn optional(&mut self, s: Option<&str>) -> Option<Span> {
        s.map(|s| self.batch.text.push(s))
    }

    pub(crate) fn version(&mut self, version: Option<&str>) {
        self.row.version = self.optional(version);
    }

    pub(crate) fn purl(&mut self, purl: Option<&str>) {
        self.row.purl = self.optional(purl);
    }

    pub(crate) fn cpe(&mut self, cpe: Option<&str>) {
        self.row.cpe = self.optional(cpe);
    }

    pub(crate) fn supplier(&mut self, supplier: Option<&str>) {
        self.row.supplier = self.optional(supplier);
    }

    pub(crate) fn license(&mut self, license: &str) {
        let span = self.batch.text.push(license);
        self.batch.licenses.push(span);
        self.row.licenses.end += 1;
    }

    pub(crate) fn hash(&mut self, algorithm: &str, value: &str) {
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

/// Dependency edge sets pushed in one call.
#[derive(Debug, Clone, Default)]
pub struct DependencyBatch {
    text: Text,
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
    /// Host bytes one target takes besides its text.
    pub(crate) const SPAN_BYTES: usize = size_of::<Span>();

    /// An empty batch with room for `capacity` edge sets.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        DependencyBatch {
            text: Text::default(),
            rows: Vec::with_capacity(capacity),
            targets: Vec::with_capacity(capacity),
        }
    }

    /// Starts an edge set from `reference`; its targets follow, and [`NewDependency::finish`]
    /// adds it.
    pub(crate) fn row(&mut self, reference: &str) -> NewDependency<'_> {
        let reference = self.text.push(reference);
        let start = self.targets.len();
        NewDependency {
            batch: self,
            row: (reference, start..start),
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

impl From<&[Dependency]> for DependencyBatch {
    fn from(dependencies: &[Dependency]) -> Self {
        let mut batch = DependencyBatch::with_capacity(dependencies.len());
        for d in dependencies {
            let mut row = batch.row(&d.ref_);
            for t in &d.depends_on {
                row.target(t);
            }
            row.finish();
        }
        batch
    }
}

/// An edge set being added to a [`DependencyBatch`].
pub(crate) struct NewDependency<'a> {
    batch: &'a mut DependencyBatch,
    row: (Span, Range<usize>),
}

impl NewDependency<'_> {
    pub(crate) fn target(&mut self, target: &str) {
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
        let batch = ComponentBatch::from(&components[..]);
        assert_eq!(batch.len(), 7);
        assert_eq!(batch.to_components(), components);
        // Gas and limits count the same bytes as for the owned values.
        let owned: u64 = components.iter().map(WireSize::wire_size).sum();
        assert_eq!(batch.wire_size(), owned);
        assert_eq!(ComponentBatch::from(&[][..]).wire_size(), 0);

        let dependencies: Vec<Dependency> = (0..5)
            .map(|i| Dependency {
                ref_: format!("r{i}"),
                depends_on: (0..i).map(|t| format!("t{t}")).collect(),
            })
            .collect();
        let batch = DependencyBatch::from(&dependencies[..]);
        assert_eq!(batch.to_dependencies(), dependencies);
        let owned: u64 = dependencies.iter().map(WireSize::wire_size).sum();
        assert_eq!(batch.wire_size(), owned);
        // One row per edge, and one for the set with none.
        assert_eq!(batch.rows(), 1 + 1 + 2 + 3 + 4);
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
            ComponentBatch::from(std::slice::from_ref(&c)).wire_size(),
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
            ComponentBatch::from(std::slice::from_ref(&c)).wire_size(),
            104 + strings as u64 + 8 * 2 + 16
        );
        let d = Dependency {
            ref_: "abc".into(),
            depends_on: vec!["de".into(), "f".into()],
        };
        assert_eq!(
            DependencyBatch::from(std::slice::from_ref(&d)).wire_size(),
            16 + 6 + 8 * 2
        );
    }
}
