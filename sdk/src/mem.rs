//! `memcmp` and `bcmp` for plugins in the sandbox, eight bytes a step.
//!
//! wasi-libc's `memcmp` (built without SIMD) compares a byte at a time, and every string
//! equality that is not inlined ends there: hash-set hits, `match` on strings, binary searches
//! of licence ids. In the CycloneDX parse that was 6 % of the sandboxed time for strings of
//! twenty to forty bytes. Defining the two symbols in the plugin keeps the linker from taking
//! wasi-libc's (each of its functions is an archive member of its own, pulled in only when
//! still undefined). Native builds keep the platform's.
//!
//! The loops below must not be compiled back into a call to `memcmp` (that would recurse).
//! LLVM does not recognise comparison loops as `memcmp` today; should that change, every
//! plugin test would overflow its stack at once, and this module would move into a crate of
//! its own marked `#![no_builtins]`.

#![allow(unsafe_code)] // these are the C functions; each block below says why it holds

/// Compares `n` bytes at `a` and `b` as C's `memcmp` does: the sign of the first difference,
/// as unsigned bytes.
///
/// # Safety
///
/// `a` and `b` must be valid for reads of `n` bytes.
pub unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i + 8 <= n {
        // SAFETY: i + 8 <= n, and the caller vouches for n bytes at each pointer.
        let (x, y) = unsafe {
            (
                u64::from_le_bytes(a.add(i).cast::<[u8; 8]>().read_unaligned()),
                u64::from_le_bytes(b.add(i).cast::<[u8; 8]>().read_unaligned()),
            )
        };
        if x != y {
            // Little-endian: the lowest differing bit is in the first differing byte.
            let shift = (x ^ y).trailing_zeros() / 8 * 8;
            return i32::from((x >> shift) as u8) - i32::from((y >> shift) as u8);
        }
        i += 8;
    }
    while i < n {
        // SAFETY: i < n.
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
        i += 1;
    }
    0
}

/// C's `memcmp`, for the sandbox.
///
/// # Safety
///
/// As for C's `memcmp`: `a` and `b` valid for reads of `n` bytes.
#[cfg(all(feature = "mem", target_family = "wasm"))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: the caller's promise is `compare`'s.
    unsafe { compare(a, b, n) }
}

/// C's `bcmp` (zero if and only if equal), for the sandbox.
///
/// # Safety
///
/// As for C's `bcmp`: `a` and `b` valid for reads of `n` bytes.
#[cfg(all(feature = "mem", target_family = "wasm"))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: the caller's promise is `compare`'s.
    unsafe { compare(a, b, n) }
}

#[cfg(test)]
mod tests {
    use super::compare;

    #[test]
    fn compare_has_the_sign_of_slice_order_at_every_length_and_difference() {
        let base: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(37) ^ 0x5a).collect();
        for n in 0..=base.len() {
            // SAFETY: both slices hold at least n bytes.
            assert_eq!(unsafe { compare(base.as_ptr(), base.as_ptr(), n) }, 0);
            for at in 0..n {
                for delta in [1u8, 0x7f, 0x80, 0xff] {
                    let mut other = base.clone();
                    other[at] = other[at].wrapping_add(delta);
                    // A later difference must not matter.
                    if at + 1 < n {
                        other[n - 1] = other[n - 1].wrapping_sub(delta);
                    }
                    let want = base[..n].cmp(&other[..n]) as i32;
                    // SAFETY: as above.
                    let got = unsafe { compare(base.as_ptr(), other.as_ptr(), n) };
                    assert_eq!(got.signum(), want, "n {n}, difference at {at} by {delta}");
                    assert_eq!(got, i32::from(base[at]) - i32::from(other[at]));
                }
            }
        }
    }
}
