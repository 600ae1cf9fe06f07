//! A size-class cache in front of a general allocator, for plugins in the sandbox.
//!
//! Parsers and interpreters allocate and free small blocks for every value they read: in the
//! CycloneDX plugin, talc's allocate and free were ~30 % of the guest's time. Freed blocks of
//! up to [`MAX_CACHED`] bytes go onto a free list per 16-byte size class instead, and the next
//! allocation of that class pops one: a few instructions, where talc searches its bins. Each
//! class keeps at most [`CLASS_BUDGET`] bytes; beyond that, frees go back to the inner
//! allocator, so memory parked in one class stays bounded (32 classes × 512 KiB at most).
//!
//! Not thread-safe: the global instance exists only on wasm without threads, where one plugin
//! instance runs on one thread.

#![allow(unsafe_code)] // an allocator is unsafe by contract; each block below says why it holds

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr;

/// Size classes are multiples of this (also the alignment every cached block has).
const GRAIN: usize = 16;
/// Largest request served from the free lists.
pub const MAX_CACHED: usize = 512;
const CLASSES: usize = MAX_CACHED / GRAIN;
/// Most bytes one class keeps on its free list.
pub const CLASS_BUDGET: usize = 512 << 10;

struct Lists {
    /// Head of each class's free list; a free block's first word points to the next one.
    head: [*mut u8; CLASSES],
    /// Blocks on each list.
    len: [usize; CLASSES],
}

/// The cache around an inner allocator `A`.
pub struct SizeClasses<A> {
    inner: A,
    lists: UnsafeCell<Lists>,
}

// SAFETY: only the global instance needs `Sync`, and it exists only on wasm without threads
// (see lib.rs), where no second thread can observe the lists.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
unsafe impl<A: Sync> Sync for SizeClasses<A> {}

impl<A> SizeClasses<A> {
    /// Wraps `inner`, with empty free lists.
    pub const fn new(inner: A) -> Self {
        SizeClasses {
            inner,
            lists: UnsafeCell::new(Lists {
                head: [ptr::null_mut(); CLASSES],
                len: [0; CLASSES],
            }),
        }
    }
}

/// The class serving `layout`, if it is small enough and no more aligned than a class block.
fn class(layout: Layout) -> Option<usize> {
    (layout.size() <= MAX_CACHED && layout.align() <= GRAIN)
        .then(|| layout.size().saturating_sub(1) / GRAIN)
}

/// The layout every block of class `c` is carved with.
fn class_layout(c: usize) -> Layout {
    // SAFETY: the size is a non-zero multiple of GRAIN, a power of two, far below isize::MAX.
    unsafe { Layout::from_size_align_unchecked((c + 1) * GRAIN, GRAIN) }
}

// SAFETY: every block handed out is either fresh from `inner` with at least the requested size
// and alignment (the class layout covers both), or a block of the same class freed earlier and
// not handed out since: a block is on at most one list, and leaves it before it is returned.
unsafe impl<A: GlobalAlloc> GlobalAlloc for SizeClasses<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(layout) else {
            // SAFETY: the caller's contract for `layout` is passed on unchanged.
            return unsafe { self.inner.alloc(layout) };
        };
        // SAFETY: single-threaded (see the Sync impl), so this is the only reference.
        let lists = unsafe { &mut *self.lists.get() };
        let block = lists.head[c];
        if block.is_null() {
            // SAFETY: a valid, non-zero-sized layout.
            return unsafe { self.inner.alloc(class_layout(c)) };
        }
        // SAFETY: a free block's first word holds the next free block (written by `dealloc`);
        // blocks are GRAIN-aligned, enough for a pointer.
        lists.head[c] = unsafe { block.cast::<*mut u8>().read() };
        lists.len[c] -= 1;
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(c) = class(layout) else {
            // SAFETY: `block` came from `inner` with this layout (larger requests go straight
            // through in `alloc` and `realloc`).
            return unsafe { self.inner.dealloc(block, layout) };
        };
        // SAFETY: single-threaded (see the Sync impl).
        let lists = unsafe { &mut *self.lists.get() };
        if (lists.len[c] + 1) * (c + 1) * GRAIN > CLASS_BUDGET {
            // SAFETY: every block of class `c` was carved from `inner` with the class layout.
            return unsafe { self.inner.dealloc(block, class_layout(c)) };
        }
        // SAFETY: the block is ours again, at least GRAIN bytes and GRAIN-aligned.
        unsafe { block.cast::<*mut u8>().write(lists.head[c]) };
        lists.head[c] = block;
        lists.len[c] += 1;
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size`, rounded up to the alignment, fits isize.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class(layout), class(new_layout)) {
            // The block already has the class's full size.
            (Some(a), Some(b)) if a == b => block,
            (None, None) => {
                // SAFETY: the caller's contract is passed on; both sizes are inner's.
                unsafe { self.inner.realloc(block, layout, new_size) }
            }
            _ => {
                // SAFETY: as in `alloc` and `dealloc`; the two blocks are distinct, and the
                // copy stays within both.
                unsafe {
                    let moved = self.alloc(new_layout);
                    if !moved.is_null() {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                    moved
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;

    /// A deterministic stream of numbers for the test's choices.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, below: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % below
        }
    }

    struct Live {
        block: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn fill(block: *mut u8, len: usize, byte: u8) {
        // SAFETY: the test only fills blocks it allocated with at least `len` bytes.
        unsafe { ptr::write_bytes(block, byte, len) };
    }

    fn intact(live: &Live) -> bool {
        // SAFETY: as in `fill`.
        let bytes = unsafe { std::slice::from_raw_parts(live.block, live.layout.size()) };
        bytes.iter().all(|&b| b == live.fill)
    }

    #[test]
    fn random_allocations_keep_their_contents_and_never_overlap() {
        let heap = SizeClasses::new(System);
        let mut rng = Lcg(7);
        let mut live: Vec<Live> = Vec::new();
        for step in 0..200_000u32 {
            let fill_byte = (step % 251) as u8;
            match rng.next(10) {
                // Allocate: mostly small, sometimes beyond the cached classes.
                0..=4 => {
                    let size = if rng.next(8) == 0 {
                        1 + rng.next(4 * MAX_CACHED)
                    } else {
                        1 + rng.next(MAX_CACHED)
                    };
                    let align = [1, 2, 4, 8, 16, 32][rng.next(6)];
                    let layout = Layout::from_size_align(size, align).expect("layout");
                    // SAFETY: non-zero size.
                    let block = unsafe { heap.alloc(layout) };
                    assert!(!block.is_null());
                    assert_eq!(block as usize % align, 0, "alignment {align} kept");
                    fill(block, size, fill_byte);
                    live.push(Live {
                        block,
                        layout,
                        fill: fill_byte,
                    });
                }
                // Grow or shrink one.
                5..=6 if !live.is_empty() => {
                    let i = rng.next(live.len());
                    assert!(intact(&live[i]), "contents survive until realloc");
                    let new_size = 1 + rng.next(2 * MAX_CACHED);
                    let old = &live[i];
                    // SAFETY: `old` is live with this layout; non-zero new size.
                    let block = unsafe { heap.realloc(old.block, old.layout, new_size) };
                    assert!(!block.is_null());
                    let kept = old.layout.size().min(new_size);
                    // SAFETY: at least `kept` bytes in the moved block.
                    let head = unsafe { std::slice::from_raw_parts(block, kept) };
                    assert!(
                        head.iter().all(|&b| b == old.fill),
                        "realloc keeps the prefix"
                    );
                    let layout =
                        Layout::from_size_align(new_size, old.layout.align()).expect("layout");
                    fill(block, new_size, fill_byte);
                    live[i] = Live {
                        block,
                        layout,
                        fill: fill_byte,
                    };
                }
                // Free one.
                _ if !live.is_empty() => {
                    let gone = live.swap_remove(rng.next(live.len()));
                    assert!(intact(&gone), "contents survive until freed");
                    // SAFETY: live with this layout, freed once.
                    unsafe { heap.dealloc(gone.block, gone.layout) };
                }
                _ => {}
            }
        }
        // Writing every live block with its own byte left every other block intact: no two
        // live blocks overlap.
        assert!(live.iter().all(intact));
        for gone in live {
            // SAFETY: live with this layout, freed once.
            unsafe { heap.dealloc(gone.block, gone.layout) };
        }
    }

    #[test]
    fn a_freed_small_block_is_reused_and_each_list_stays_within_its_budget() {
        let heap = SizeClasses::new(System);
        let layout = Layout::from_size_align(24, 8).expect("layout");
        // SAFETY: non-zero size; each block freed once with its layout.
        unsafe {
            let a = heap.alloc(layout);
            heap.dealloc(a, layout);
            let b = heap.alloc(Layout::from_size_align(32, 8).expect("layout"));
            assert_eq!(
                a, b,
                "a 32-byte request reuses the freed block of its class"
            );
            heap.dealloc(b, Layout::from_size_align(32, 8).expect("layout"));

            let many: Vec<*mut u8> = (0..2 * CLASS_BUDGET / 32)
                .map(|_| heap.alloc(layout))
                .collect();
            for &p in &many {
                heap.dealloc(p, layout);
            }
            let lists = &*heap.lists.get();
            assert_eq!(
                lists.len[1] * 32,
                CLASS_BUDGET,
                "the rest went back to the inner allocator"
            );
            let mut walked = 0;
            let mut p = lists.head[1];
            while !p.is_null() {
                walked += 1;
                p = p.cast::<*mut u8>().read();
            }
            assert_eq!(walked, lists.len[1], "the list holds what it counts");
        }
    }
}
