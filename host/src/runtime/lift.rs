//! Pushed batches read straight out of guest memory.
//!
//! A parser pushes `list<component>` and `list<dependency>` batches of up to [`MAX_BATCH`]
//! entries, ten or so strings each. wasmtime's typed lift makes a `String` of every one; its
//! lazy views (`WasmList`, `WasmStr`) still pay a lift context per nested list, a type dispatch
//! per field and a store lookup per string: 2–3 ms of an 18 ms sandboxed parse of 5,915
//! components, where this reader takes about 0.3 ms. The two push imports instead take a
//! [`Pushed`] batch, whose [`Lift`] reads the canonical ABI layout of the list from the lift's
//! own view of guest memory and copies every string once, into the batch's one buffer.
//!
//! What wasmtime checks is checked here too: list and string bounds and alignment (in its
//! words), option discriminants, enum cases (by wasmtime's own lift of the enum), UTF-8 (once
//! per batch, naming the entry and field at fault), and the hostcall fuel that bounds what one
//! call may make the host copy (128 MiB by default). As with the typed lift, a push is read
//! whole before the host looks at the output limit; the batch's buffer may reach twice its
//! length in capacity. Strings in an encoding other than UTF-8 go through the typed lift.
//!
//! [`Lift`] and `LiftContext` are wasmtime's hidden API (what `#[derive(Lift)]` expands to), so
//! host/Cargo.toml pins wasmtime exactly. The type check is the generated record's: a plugin
//! built against another contract fails at link time, before anything here reads it.

use wasmtime::component::__internal::wasmtime_environ::component::StringEncoding;
use wasmtime::component::__internal::{CanonicalAbiInfo, InstanceType, InterfaceType, LiftContext};
use wasmtime::component::{ComponentType, Lift};
use wasmtime::{Result, ValRaw, bail};

use super::batch::{ComponentBatch, DependencyBatch, SPAN_BYTES};
use super::io::MAX_BATCH;
use crate::bindings::{Component, ComponentKind, Dependency};

/// A batch as a push import receives it: read, or left unread because it has more than
/// [`MAX_BATCH`] entries (the host refuses it).
pub(crate) enum Pushed<B> {
    Read(B),
    TooLong,
}

impl<B> Pushed<B> {
    /// A push of `len` entries: `read` unless there are too many.
    pub(crate) fn of(len: usize, read: impl FnOnce() -> Result<B>) -> Result<Self> {
        if len > MAX_BATCH {
            return Ok(Pushed::TooLong);
        }
        read().map(Pushed::Read)
    }
}

/// Canonical ABI layout of `record component` (see sdk/wit/0.1/types.wit): byte offsets of its fields.
mod component {
    pub const SIZE: usize = 84;
    pub const BOM_REF: usize = 0;
    pub const NAME: usize = 8;
    pub const VERSION: usize = 16;
    pub const PURL: usize = 28;
    pub const CPE: usize = 40;
    pub const LICENSES: usize = 52;
    pub const HASHES: usize = 60;
    pub const SUPPLIER: usize = 68;
    pub const KIND: usize = 80;
}
/// Layout of `record hash`.
mod hash {
    pub const SIZE: usize = 16;
    pub const ALGORITHM: usize = 0;
    pub const VALUE: usize = 8;
}
/// Layout of `record dependency`.
mod dependency {
    pub const SIZE: usize = 16;
    pub const REF: usize = 0;
    pub const DEPENDS_ON: usize = 8;
}
/// A `string` or `list<T>`: pointer and length, 4 bytes each.
const POINTER_PAIR: usize = 8;
/// Where an `option<string>`'s string sits, after its discriminant byte.
const OPTION_PAYLOAD: usize = 4;

/// Hostcall fuel is charged in steps of at least this many bytes: one call into wasmtime per
/// step rather than per string. A single larger string is charged before it is copied, so the
/// host copies at most this much past the budget before the push traps.
const FUEL_STEP: usize = 64 << 10;

/// The memory of a lift, read the way wasmtime reads it.
struct Guest<'a, 'c> {
    cx: &'a mut LiftContext<'c>,
    memory: &'c [u8],
    /// Bytes read or kept but not yet charged as hostcall fuel.
    unpaid: usize,
}

impl<'a, 'c> Guest<'a, 'c> {
    fn new(cx: &'a mut LiftContext<'c>) -> Self {
        let memory = cx.memory();
        Guest {
            cx,
            memory,
            unpaid: 0,
        }
    }

    /// Adds `bytes` to what the push costs in hostcall fuel, charging once a step is due.
    fn charge(&mut self, bytes: usize) -> Result<()> {
        self.unpaid = self.unpaid.saturating_add(bytes);
        if self.unpaid >= FUEL_STEP {
            self.settle()?;
        }
        Ok(())
    }

    /// Charges what is unpaid.
    fn settle(&mut self) -> Result<()> {
        let unpaid = std::mem::take(&mut self.unpaid);
        if self.cx.consume_fuel(unpaid).is_err() {
            bail!(
                "the plugin pushed more data in one call than the most the host copies in one call (wasmtime's hostcall fuel); push fewer entries at a time"
            );
        }
        Ok(())
    }

    /// The `len` entries of `size` bytes of a list at `ptr`, each charged as `host` bytes.
    fn entries(&mut self, ptr: u32, len: u32, size: usize, host: usize) -> Result<&'c [u8]> {
        let (ptr, len) = (ptr as usize, len as usize);
        let bytes = len
            .checked_mul(size)
            .and_then(|n| self.memory.get(ptr..ptr.checked_add(n)?));
        let Some(bytes) = bytes else {
            bail!("list pointer/length out of bounds of memory");
        };
        if !ptr.is_multiple_of(4) {
            bail!("list pointer is not aligned");
        }
        self.charge(len.saturating_mul(host))?;
        Ok(bytes)
    }

    /// The bytes of the string whose pointer and length are at `at` in `entry` (checked as
    /// UTF-8 with the rest of the batch, see [`super::batch`]).
    #[inline]
    fn string(&mut self, entry: &[u8], at: usize) -> Result<&'c [u8]> {
        let (ptr, len) = pointer_pair(entry, at);
        let (ptr, len) = (ptr as usize, len as usize);
        let Some(bytes) = self.memory.get(ptr..ptr.saturating_add(len)) else {
            bail!("string pointer/length out of bounds of memory");
        };
        self.charge(len)?;
        Ok(bytes)
    }

    /// The `option<string>` at `at` in `entry`.
    #[inline]
    fn option(&mut self, entry: &[u8], at: usize) -> Result<Option<&'c [u8]>> {
        match entry[at] {
            0 => Ok(None),
            1 => self.string(entry, at + OPTION_PAYLOAD).map(Some),
            _ => bail!("invalid option discriminant"),
        }
    }

    /// The `list<T>` whose pointer and length are at `at` in `entry`, as in [`Self::entries`].
    #[inline]
    fn list(&mut self, entry: &[u8], at: usize, size: usize, host: usize) -> Result<&'c [u8]> {
        let (ptr, len) = pointer_pair(entry, at);
        self.entries(ptr, len, size, host)
    }
}

/// The little-endian `u32` pair at `at` in `bytes`.
#[inline]
fn pointer_pair(bytes: &[u8], at: usize) -> (u32, u32) {
    let pair = &bytes[at..at + POINTER_PAIR];
    let word = |w: &[u8]| u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
    (word(&pair[..4]), word(&pair[4..]))
}

/// The type of the `n`th field of the record a `list<record>` type holds.
fn field_type(cx: &LiftContext<'_>, list: InterfaceType, n: usize) -> Result<InterfaceType> {
    if let InterfaceType::List(list) = list
        && let InterfaceType::Record(record) = cx.types[list].element
        && let Some(field) = cx.types[record].fields.get(n)
    {
        return Ok(field.ty);
    }
    bail!("the pushed list does not have the contract's type")
}

/// Reads a pushed `list<component>`.
fn read_components(
    cx: &mut LiftContext<'_>,
    ty: InterfaceType,
    ptr: u32,
    len: u32,
) -> Result<ComponentBatch> {
    let kind_type = field_type(cx, ty, 8)?;
    let mut guest = Guest::new(cx);
    let entries = guest.entries(ptr, len, component::SIZE, ComponentBatch::ROW_BYTES)?;
    let mut batch = ComponentBatch::builder(len as usize);
    // Whole records (arrays), so the field reads below need no bounds checks.
    for entry in entries.as_chunks::<{ component::SIZE }>().0 {
        let licenses = guest.list(entry, component::LICENSES, POINTER_PAIR, SPAN_BYTES)?;
        let hashes = guest.list(entry, component::HASHES, hash::SIZE, 2 * SPAN_BYTES)?;
        let kind = ComponentKind::linear_lift_from_memory(
            guest.cx,
            kind_type,
            &entry[component::KIND..component::KIND + 1],
        )?;
        let mut row = batch.row(
            guest.string(entry, component::BOM_REF)?,
            guest.string(entry, component::NAME)?,
            kind,
        );
        row.version(guest.option(entry, component::VERSION)?);
        row.purl(guest.option(entry, component::PURL)?);
        row.cpe(guest.option(entry, component::CPE)?);
        row.supplier(guest.option(entry, component::SUPPLIER)?);
        for license in licenses.as_chunks::<POINTER_PAIR>().0 {
            row.license(guest.string(license, 0)?);
        }
        for hash in hashes.as_chunks::<{ hash::SIZE }>().0 {
            row.hash(
                guest.string(hash, hash::ALGORITHM)?,
                guest.string(hash, hash::VALUE)?,
            );
        }
        row.finish();
    }
    guest.settle()?;
    batch.finish()
}

/// Reads a pushed `list<dependency>`.
fn read_dependencies(cx: &mut LiftContext<'_>, ptr: u32, len: u32) -> Result<DependencyBatch> {
    let mut guest = Guest::new(cx);
    let entries = guest.entries(ptr, len, dependency::SIZE, DependencyBatch::ROW_BYTES)?;
    let mut batch = DependencyBatch::builder(len as usize);
    for entry in entries.as_chunks::<{ dependency::SIZE }>().0 {
        let targets = guest.list(entry, dependency::DEPENDS_ON, POINTER_PAIR, SPAN_BYTES)?;
        let mut row = batch.row(guest.string(entry, dependency::REF)?);
        for target in targets.as_chunks::<POINTER_PAIR>().0 {
            row.target(guest.string(target, 0)?);
        }
        row.finish();
    }
    guest.settle()?;
    batch.finish()
}

/// Lifts a pushed list at `ptr` of `len` entries: unread if too long, through wasmtime's typed
/// lift (`typed`) if its strings are not UTF-8, else by `read`.
fn lift<B>(
    cx: &mut LiftContext<'_>,
    ty: InterfaceType,
    (ptr, len): (u32, u32),
    typed: fn(&mut LiftContext<'_>, InterfaceType, &[ValRaw; 2]) -> Result<B>,
    read: fn(&mut LiftContext<'_>, InterfaceType, u32, u32) -> Result<B>,
) -> Result<Pushed<B>> {
    Pushed::of(len as usize, || {
        if cx.options().string_encoding == StringEncoding::Utf8 {
            read(cx, ty, ptr, len)
        } else {
            typed(cx, ty, &[ValRaw::u32(ptr), ValRaw::u32(len)])
        }
    })
}

/// Implements the component traits of `Pushed<$batch>` as those of `list<$item>`.
macro_rules! pushed_list {
    ($batch:ty, $item:ty, $read:expr) => {
        // SAFETY: the lowered form and ABI are those of a list (a pointer pair), which is what
        // the type check admits.
        #[allow(unsafe_code)]
        unsafe impl ComponentType for Pushed<$batch> {
            type Lower = [ValRaw; 2];
            const ABI: CanonicalAbiInfo = CanonicalAbiInfo::POINTER_PAIR;

            fn typecheck(ty: &InterfaceType, types: &InstanceType<'_>) -> Result<()> {
                <[$item] as ComponentType>::typecheck(ty, types)
            }
        }

        // SAFETY: both lifts read the pointer pair that `Lower` and `ABI` above describe, and
        // then the list layout `typecheck` admitted (the record layouts are pinned by the tests
        // below); guest memory is read only through bounds-checked slices.
        #[allow(unsafe_code)]
        unsafe impl Lift for Pushed<$batch> {
            fn linear_lift_from_flat(
                cx: &mut LiftContext<'_>,
                ty: InterfaceType,
                src: &Self::Lower,
            ) -> Result<Self> {
                let pair = (src[0].get_u32(), src[1].get_u32());
                lift(cx, ty, pair, typed::<$batch, $item>, $read)
            }

            fn linear_lift_from_memory(
                cx: &mut LiftContext<'_>,
                ty: InterfaceType,
                bytes: &[u8],
            ) -> Result<Self> {
                lift(
                    cx,
                    ty,
                    pointer_pair(bytes, 0),
                    typed::<$batch, $item>,
                    $read,
                )
            }
        }
    };
}

/// wasmtime's typed lift of a `list<T>`, made a batch.
fn typed<B, T>(cx: &mut LiftContext<'_>, ty: InterfaceType, src: &[ValRaw; 2]) -> Result<B>
where
    T: Lift,
    B: for<'a> TryFrom<&'a [T], Error = wasmtime::Error>,
{
    let items = <Vec<T> as Lift>::linear_lift_from_flat(cx, ty, src)?;
    B::try_from(&items[..])
}

pushed_list!(ComponentBatch, Component, read_components);
pushed_list!(DependencyBatch, Dependency, |cx, _, ptr, len| {
    read_dependencies(cx, ptr, len)
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::Hash;

    /// Offsets of consecutive fields with these ABIs, and the record's size.
    fn layout(fields: &[CanonicalAbiInfo]) -> (Vec<usize>, usize) {
        let mut offset = 0;
        let offsets = fields
            .iter()
            .map(|f| f.next_field32_size(&mut offset))
            .collect();
        (
            offsets,
            CanonicalAbiInfo::record(fields.iter()).size32 as usize,
        )
    }

    #[test]
    fn the_offsets_read_are_the_canonical_abi_of_the_contract_s_records() {
        const S: CanonicalAbiInfo = <String as ComponentType>::ABI;
        const O: CanonicalAbiInfo = <Option<String> as ComponentType>::ABI;
        let (offsets, size) = layout(&[
            S,
            S,
            O,
            O,
            O,
            <Vec<String> as ComponentType>::ABI,
            <Vec<Hash> as ComponentType>::ABI,
            O,
            <ComponentKind as ComponentType>::ABI,
        ]);
        use component::*;
        assert_eq!(
            offsets,
            [
                BOM_REF, NAME, VERSION, PURL, CPE, LICENSES, HASHES, SUPPLIER, KIND
            ]
        );
        assert_eq!((size, <Component as ComponentType>::SIZE32), (SIZE, SIZE));
        assert_eq!(<Hash as ComponentType>::SIZE32, hash::SIZE);
        assert_eq!(
            layout(&[S, S]),
            (vec![hash::ALGORITHM, hash::VALUE], hash::SIZE)
        );
        let (offsets, size) = layout(&[S, <Vec<String> as ComponentType>::ABI]);
        assert_eq!(
            (offsets, size),
            (
                vec![dependency::REF, dependency::DEPENDS_ON],
                dependency::SIZE
            )
        );
        assert_eq!(<Dependency as ComponentType>::SIZE32, dependency::SIZE);
        assert_eq!(S.size32 as usize, POINTER_PAIR);
        // An option's payload follows its one-byte discriminant at the payload's alignment.
        assert_eq!(
            <Option<String> as wasmtime::component::__internal::ComponentVariant>::PAYLOAD_OFFSET32,
            OPTION_PAYLOAD
        );
    }

    #[test]
    fn the_offsets_follow_the_contract_s_field_order() {
        // The layout test above lists field types by hand; two fields of one type swapped in
        // the WIT would still pass it (and the link-time type check, since the host's bindings
        // follow the WIT). Pin the order of the names the offsets stand for.
        let mut resolve = wit_parser::Resolve::default();
        let wit = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sdk/wit/0.1");
        resolve.push_dir(&wit).expect("the contract parses");
        let fields = |record: &str| -> Vec<String> {
            let ty = resolve
                .types
                .iter()
                .find(|(_, t)| t.name.as_deref() == Some(record))
                .map(|(_, t)| &t.kind)
                .expect("record in the contract");
            let wit_parser::TypeDefKind::Record(r) = ty else {
                panic!("{record} is not a record");
            };
            r.fields.iter().map(|f| f.name.clone()).collect()
        };
        assert_eq!(
            fields("component"),
            [
                "bom-ref", "name", "version", "purl", "cpe", "licenses", "hashes", "supplier",
                "kind"
            ]
        );
        assert_eq!(fields("hash"), ["algorithm", "value"]);
        assert_eq!(fields("dependency"), ["ref", "depends-on"]);
    }

    #[test]
    fn pointer_pairs_are_little_endian() {
        let bytes = [9, 1, 0, 0, 0, 2, 0, 0, 0];
        assert_eq!(pointer_pair(&bytes, 1), (1, 2));
    }
}
