//! Pushed batches as the host keeps them: every string of a batch in one buffer.
//!
//! wasmtime's typed lift makes a `String` (an allocation, a UTF-8 check and a copy) of every
//! field of every pushed component, ten or so per component, each freed again once stored. The
//! sink's `push-*` imports instead take the batch as wasmtime's lazy views ([`WasmList`],
//! [`WasmStr`]), and [`lift_components`] / [`lift_dependencies`] copy each string into the
//! batch's one buffer; the consumers read it back through [`ComponentRef`] and
//! [`DependencyRef`]. Gas and limits count the same bytes as before ([`component_wire_size`]).

use std::ops::Range;

use wasmtime::component::{ComponentType, Lift, WasmList, WasmStr};
use wasmtime::{Result, StoreContext, StoreContextMut};

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

/// The text of a batch. Copies strings until they would pass `cap` bytes; past it the text is
/// `full` (the batch is over the output limit and will be refused) and copies no more, but
/// every string is still read and checked, so a refused batch is charged its whole size and
/// malformed data still traps. Reading more than `budget` bytes is an error.
#[derive(Debug, Clone, Default)]
struct Text {
    buf: String,
    cap: usize,
    full: bool,
    /// String bytes pushed, copied or not.
    read: u64,
    budget: u64,
}

impl Text {
    fn new(cap: u64, budget: u64) -> Self {
        Text {
            buf: String::new(),
            cap: usize::try_from(cap).unwrap_or(usize::MAX),
            full: false,
            read: 0,
            budget,
        }
    }

    /// Appends `s`, or once the text is full only counts it (the span is then empty: the batch
    /// is refused, so no one reads it).
    fn push(&mut self, s: &str) -> Span {
        self.read += s.len() as u64;
        if self.full || self.buf.len().saturating_add(s.len()) > self.cap {
            self.full = true;
            return Span { start: 0, end: 0 };
        }
        let start = self.buf.len();
        self.buf.push_str(s);
        Span {
            start,
            end: self.buf.len(),
        }
    }

    /// Appends a string from guest memory, checking it is UTF-8 and within the budget.
    fn lift<T: 'static>(&mut self, s: &WasmStr, store: StoreContext<'_, T>) -> Result<Span> {
        let s = s.to_str(store)?;
        if self.read.saturating_add(s.len() as u64) > self.budget {
            wasmtime::bail!(
                "the plugin pushed more than {} bytes of strings in one call, the most the host copies in one call; push fewer entries at a time",
                self.budget
            );
        }
        Ok(self.push(&s))
    }

    fn get(&self, span: Span) -> &str {
        // Spans come from `push`, so they are in bounds and on character boundaries.
        &self.buf[span.start..span.end]
    }

    /// String bytes of the batch as pushed (also those not copied once full).
    fn bytes(&self) -> u64 {
        self.read
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
    fn new(capacity: usize, cap: u64, budget: u64) -> Self {
        ComponentBatch {
            text: Text::new(cap, budget),
            rows: Vec::with_capacity(capacity),
            licenses: Vec::new(),
            hashes: Vec::new(),
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

    /// Bytes the batch occupied crossing the boundary (see [`component_wire_size`]), also for a
    /// batch whose strings were not all copied.
    pub fn wire_size(&self) -> u64 {
        COMPONENT_FIXED * self.rows.len() as u64
            + self.text.bytes()
            + LICENSE_FIXED * self.licenses.len() as u64
            + HASH_FIXED * self.hashes.len() as u64
    }
}

impl From<&[Component]> for ComponentBatch {
    fn from(components: &[Component]) -> Self {
        let mut batch = ComponentBatch::new(components.len(), u64::MAX, u64::MAX);
        for c in components {
            let text = &mut batch.text;
            let row = ComponentRow {
                bom_ref: text.push(&c.bom_ref),
                name: text.push(&c.name),
                version: c.version.as_deref().map(|s| text.push(s)),
                purl: c.purl.as_deref().map(|s| text.push(s)),
                cpe: c.cpe.as_deref().map(|s| text.push(s)),
                supplier: c.supplier.as_deref().map(|s| text.push(s)),
                licenses: batch.licenses.len()..batch.licenses.len() + c.licenses.len(),
                hashes: batch.hashes.len()..batch.hashes.len() + c.hashes.len(),
                kind: c.kind,
            };
            for l in &c.licenses {
                batch.licenses.push(batch.text.push(l));
            }
            for h in &c.hashes {
                let algorithm = batch.text.push(&h.algorithm);
                batch.hashes.push((algorithm, batch.text.push(&h.value)));
            }
            batch.rows.push(row);
        }
        batch
    }
}

/// A pushed `component`, as wasmtime lifts it lazily: strings and lists stay in guest memory.
#[derive(ComponentType, Lift)]
#[component(record)]
pub(crate) struct ComponentIn {
    #[component(name = "bom-ref")]
    bom_ref: WasmStr,
    name: WasmStr,
    version: Option<WasmStr>,
    purl: Option<WasmStr>,
    cpe: Option<WasmStr>,
    licenses: WasmList<WasmStr>,
    hashes: WasmList<HashIn>,
    supplier: Option<WasmStr>,
    kind: ComponentKind,
}

/// A pushed `hash`, lazily lifted.
#[derive(ComponentType, Lift)]
#[component(record)]
pub(crate) struct HashIn {
    algorithm: WasmStr,
    value: WasmStr,
}

/// A pushed `dependency`, lazily lifted.
#[derive(ComponentType, Lift)]
#[component(record)]
pub(crate) struct DependencyIn {
    #[component(name = "ref")]
    ref_: WasmStr,
    #[component(name = "depends-on")]
    depends_on: WasmList<WasmStr>,
}

/// Copies a pushed `list<component>` out of guest memory, checking every string as UTF-8.
/// Copying stops once the strings pass `cap` bytes (the output the limit still allows: such a
/// push is refused), reading once they pass `budget` bytes (an error). Malformed lists or
/// strings are an error too; the call then traps.
pub(crate) fn lift_components<T: 'static>(
    mut store: StoreContextMut<'_, T>,
    list: &WasmList<ComponentIn>,
    cap: u64,
    budget: u64,
) -> Result<ComponentBatch> {
    let items = list.iter(&mut store)?.collect::<Result<Vec<_>>>()?;
    let mut batch = ComponentBatch::new(items.len(), cap, budget);
    let (mut licenses, mut hashes) = (Vec::new(), Vec::new());
    for c in &items {
        // Nested lists are lifted (as views) first: that needs the store mutably.
        licenses.clear();
        for s in c.licenses.iter(&mut store)? {
            licenses.push(s?);
        }
        hashes.clear();
        for h in c.hashes.iter(&mut store)? {
            hashes.push(h?);
        }
        let text = &mut batch.text;
        let mut opt = |s: &Option<WasmStr>| {
            s.as_ref()
                .map(|s| text.lift(s, (&store).into()))
                .transpose()
        };
        let (version, purl, cpe, supplier) = (
            opt(&c.version)?,
            opt(&c.purl)?,
            opt(&c.cpe)?,
            opt(&c.supplier)?,
        );
        let row = ComponentRow {
            bom_ref: batch.text.lift(&c.bom_ref, (&store).into())?,
            name: batch.text.lift(&c.name, (&store).into())?,
            version,
            purl,
            cpe,
            supplier,
            licenses: batch.licenses.len()..batch.licenses.len() + licenses.len(),
            hashes: batch.hashes.len()..batch.hashes.len() + hashes.len(),
            kind: c.kind,
        };
        for s in &licenses {
            batch.licenses.push(batch.text.lift(s, (&store).into())?);
        }
        for h in &hashes {
            let algorithm = batch.text.lift(&h.algorithm, (&store).into())?;
            batch
                .hashes
                .push((algorithm, batch.text.lift(&h.value, (&store).into())?));
        }
        batch.rows.push(row);
    }
    Ok(batch)
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
    fn new(capacity: usize, cap: u64, budget: u64) -> Self {
        DependencyBatch {
            text: Text::new(cap, budget),
            rows: Vec::with_capacity(capacity),
            targets: Vec::new(),
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

    /// Bytes the batch occupied crossing the boundary (see [`dependency_wire_size`]), also for
    /// a batch whose strings were not all copied.
    pub fn wire_size(&self) -> u64 {
        DEPENDENCY_FIXED * self.rows.len() as u64
            + self.text.bytes()
            + TARGET_FIXED * self.targets.len() as u64
    }
}

impl From<&[Dependency]> for DependencyBatch {
    fn from(dependencies: &[Dependency]) -> Self {
        let mut batch = DependencyBatch::new(dependencies.len(), u64::MAX, u64::MAX);
        for d in dependencies {
            let reference = batch.text.push(&d.ref_);
            let start = batch.targets.len();
            for t in &d.depends_on {
                batch.targets.push(batch.text.push(t));
            }
            batch.rows.push((reference, start..batch.targets.len()));
        }
        batch
    }
}

/// State rows of an edge set with `targets` targets: one per edge, one for a set with none.
fn rows_of(targets: usize) -> u64 {
    targets.max(1) as u64
}

/// Copies a pushed `list<dependency>` out of guest memory, like [`lift_components`].
pub(crate) fn lift_dependencies<T: 'static>(
    mut store: StoreContextMut<'_, T>,
    list: &WasmList<DependencyIn>,
    cap: u64,
    budget: u64,
) -> Result<DependencyBatch> {
    let items = list.iter(&mut store)?.collect::<Result<Vec<_>>>()?;
    let mut batch = DependencyBatch::new(items.len(), cap, budget);
    let mut targets = Vec::new();
    for d in &items {
        targets.clear();
        for t in d.depends_on.iter(&mut store)? {
            targets.push(t?);
        }
        let reference = batch.text.lift(&d.ref_, (&store).into())?;
        let start = batch.targets.len();
        for t in &targets {
            batch.targets.push(batch.text.lift(t, (&store).into())?);
        }
        batch.rows.push((reference, start..batch.targets.len()));
    }
    Ok(batch)
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
    fn text_stops_copying_at_its_cap_but_counts_everything() {
        let mut text = Text::new(10, u64::MAX);
        let a = text.push("abcdef");
        assert_eq!(text.get(a), "abcdef");
        assert!(!text.full);
        text.push("ghijk");
        assert!(text.full, "6 + 5 bytes pass a cap of 10");
        // Nothing more is copied once full, even what would fit; all of it is counted.
        text.push("x");
        assert_eq!(text.buf, "abcdef");
        assert_eq!(text.bytes(), 12);
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
