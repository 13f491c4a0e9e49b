//! Run-time CPU feature dispatch for the few hot loops (band combination, calibration): each has
//! a generic body marked `#[inline(always)]` and a thin `#[target_feature]` wrapper, so the same
//! source is compiled once for the baseline target and once for AVX2, and
//! the AVX2 copy is used when the CPU has it. Results are identical (no FMA contraction).

/// True when the CPU supports AVX2 (cached by the standard library).
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn avx2() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
}
