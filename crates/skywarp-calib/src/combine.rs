//! Per-pixel combination of a stack of frames: median, mean, sigma-clipped mean, min/max
//! rejection.
//!
//! Conventions (numpy / astropy, the tools the results are compared with):
//!
//! * **median**: `numpy.nanmedian`. NaN values are ignored; with an even number of remaining
//!   values the result is the mean of the two middle ones; a pixel with no value left is NaN.
//!   Infinities take part like any other value.
//! * **mean**: `numpy.nanmean` (NaN ignored, accumulated in `f64`).
//! * **sigma clip**: `astropy.stats.sigma_clip(..., axis=0)` (its fast C path, which is the one
//!   taken for `cenfunc` median/mean and `stdfunc` std): non-finite values are dropped; then,
//!   repeatedly, the centre (median or mean) and the population standard deviation (ddof = 0) of
//!   the remaining values give the bounds `centre - sigma_lower*std ..= centre + sigma_upper*std`,
//!   values outside are dropped, until nothing changes, nothing is left, or `maxiters` passes
//!   were made. The survivors are the finite values inside the **final** bounds, and their mean
//!   is the result (`np.ma.mean` of the masked array, as `ccdproc.combine(method='average',
//!   sigma_clip=True)` computes it).
//! * **min/max rejection**: of the non-NaN values, the `nlow` lowest and the `nhigh` highest are
//!   dropped and the rest averaged; NaN when no more than `nlow + nhigh` values are left.
//!
//! The stack is laid out frame-major (`n` planes of `stride` values each), which is how bands are
//! decoded from the files. The median of small stacks (the common case: 3–128 frames) runs a
//! data-independent sorting network over 8 pixels at a time, which the compiler turns into SIMD
//! min/max; pixels with NaN among their values take the scalar path.

use std::fmt;
use std::str::FromStr;

use crate::error::{CalibError, Result};

/// The centre of the sigma-clipping bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CenterFunc {
    /// The median (astropy's default `cenfunc`).
    Median,
    /// The mean (ccdproc `Combiner.sigma_clipping`'s default `func`).
    Mean,
}

/// Sigma-clipping parameters, with astropy's `sigma_clip` meaning and defaults
/// (`sigma=3`, `maxiters=5`, `cenfunc='median'`, `stdfunc='std'`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SigmaClip {
    /// Lower bound in standard deviations below the centre.
    pub sigma_lower: f64,
    /// Upper bound in standard deviations above the centre.
    pub sigma_upper: f64,
    /// Maximum number of clipping passes; `None` iterates until nothing changes.
    pub maxiters: Option<u32>,
    /// Centre function.
    pub cenfunc: CenterFunc,
}

impl Default for SigmaClip {
    fn default() -> Self {
        SigmaClip {
            sigma_lower: 3.0,
            sigma_upper: 3.0,
            maxiters: Some(5),
            cenfunc: CenterFunc::Median,
        }
    }
}

/// How the values of one pixel across frames are combined.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum CombineMethod {
    /// NaN-ignoring median (numpy `nanmedian`).
    #[default]
    Median,
    /// NaN-ignoring mean (numpy `nanmean`).
    Mean,
    /// Mean of the values surviving astropy-style sigma clipping.
    SigmaClip(SigmaClip),
    /// Mean after dropping the `nlow` lowest and `nhigh` highest values.
    MinMax {
        /// Values dropped at the low end.
        nlow: usize,
        /// Values dropped at the high end.
        nhigh: usize,
    },
}

impl CombineMethod {
    /// Short name: `median`, `mean`, `sigma-clip`, `minmax`.
    pub fn name(&self) -> &'static str {
        match self {
            CombineMethod::Median => "median",
            CombineMethod::Mean => "mean",
            CombineMethod::SigmaClip(_) => "sigma-clip",
            CombineMethod::MinMax { .. } => "minmax",
        }
    }

    /// Checks the parameters.
    pub fn validate(&self) -> Result<()> {
        if let CombineMethod::SigmaClip(p) = self {
            if !(p.sigma_lower.is_finite()
                && p.sigma_lower >= 0.0
                && p.sigma_upper.is_finite()
                && p.sigma_upper >= 0.0)
            {
                return Err(CalibError::InvalidOption(format!(
                    "sigma-clip bounds must be finite and >= 0 (lower {}, upper {})",
                    p.sigma_lower, p.sigma_upper
                )));
            }
            if p.maxiters == Some(0) {
                return Err(CalibError::InvalidOption(
                    "sigma-clip maxiters must be at least 1".into(),
                ));
            }
        }
        Ok(())
    }
}

impl fmt::Display for CombineMethod {
    /// A description with every parameter, as written into HISTORY cards.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CombineMethod::Median => write!(f, "median"),
            CombineMethod::Mean => write!(f, "mean"),
            CombineMethod::SigmaClip(p) => {
                let iters = p.maxiters.map_or("none".to_string(), |m| m.to_string());
                let cen = match p.cenfunc {
                    CenterFunc::Median => "median",
                    CenterFunc::Mean => "mean",
                };
                write!(
                    f,
                    "sigma-clip mean (sigma_lower {}, sigma_upper {}, maxiters {iters}, cenfunc {cen}, stdfunc std)",
                    p.sigma_lower, p.sigma_upper
                )
            }
            CombineMethod::MinMax { nlow, nhigh } => {
                write!(f, "minmax mean (nlow {nlow}, nhigh {nhigh})")
            }
        }
    }
}

impl FromStr for CombineMethod {
    type Err = CalibError;

    /// `median`, `mean` (or `average`), `sigma-clip` (astropy defaults), `minmax` (nlow = nhigh = 1).
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "median" => Ok(CombineMethod::Median),
            "mean" | "average" => Ok(CombineMethod::Mean),
            "sigma-clip" | "sigmaclip" | "sigma_clip" => {
                Ok(CombineMethod::SigmaClip(SigmaClip::default()))
            }
            "minmax" => Ok(CombineMethod::MinMax { nlow: 1, nhigh: 1 }),
            other => Err(CalibError::InvalidOption(format!(
                "unknown combine method '{other}' (expected median, mean, sigma-clip or minmax)"
            ))),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// One pixel at a time.

/// Median of the non-NaN values (numpy `nanmedian`); reorders `values`.
pub fn nanmedian(values: &mut [f32]) -> f32 {
    let k = partition_non_nan(values);
    median_of(&mut values[..k])
}

/// Median of values that contain no NaN; reorders them. NaN when empty.
fn median_of(v: &mut [f32]) -> f32 {
    let k = v.len();
    if k == 0 {
        return f32::NAN;
    }
    let mid = k / 2;
    let (lower, hi, _) = v.select_nth_unstable_by(mid, f32::total_cmp);
    let hi = *hi;
    if k % 2 == 1 {
        hi
    } else {
        let lo = lower.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        mid2(lo, hi)
    }
}

/// Mean of the two middle values, rounded once to `f32` (as numpy's float32 mean of two values).
#[inline(always)]
fn mid2(lo: f32, hi: f32) -> f32 {
    ((lo as f64 + hi as f64) * 0.5) as f32
}

/// Moves the non-NaN values to the front; returns how many there are.
fn partition_non_nan(values: &mut [f32]) -> usize {
    let mut k = 0;
    for i in 0..values.len() {
        if !values[i].is_nan() {
            values.swap(i, k);
            k += 1;
        }
    }
    k
}

/// Mean of the non-NaN values, accumulated in `f64` (numpy `nanmean`). NaN when none.
pub fn nanmean(values: &[f32]) -> f32 {
    let (mut s, mut c) = (0.0f64, 0usize);
    for &v in values {
        if !v.is_nan() {
            s += v as f64;
            c += 1;
        }
    }
    if c == 0 {
        f32::NAN
    } else {
        (s / c as f64) as f32
    }
}

/// The sigma-clipping bounds of astropy's fast path (`compute_sigma_clipped_bounds`) over the
/// finite `values` (reordered and shrunk in place). `None` when there is no finite value.
pub fn sigma_clip_bounds(values: &mut Vec<f64>, p: &SigmaClip) -> Option<(f64, f64)> {
    values.retain(|v| v.is_finite());
    if values.is_empty() {
        return None;
    }
    let mut iteration = 0u32;
    loop {
        let count = values.len();
        let mean = values.iter().sum::<f64>() / count as f64;
        let cen = match p.cenfunc {
            CenterFunc::Median => median_f64(values),
            CenterFunc::Mean => mean,
        };
        let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / count as f64;
        let std = var.sqrt();
        let lo = cen - p.sigma_lower * std;
        let hi = cen + p.sigma_upper * std;
        values.retain(|&v| v >= lo && v <= hi);
        if values.len() == count || values.is_empty() {
            return Some((lo, hi));
        }
        iteration += 1;
        if let Some(m) = p.maxiters {
            if iteration >= m {
                return Some((lo, hi));
            }
        }
    }
}

/// Median of `f64` values without NaN (mean of the two middle ones for even counts).
fn median_f64(v: &mut [f64]) -> f64 {
    let k = v.len();
    let mid = k / 2;
    let (lower, hi, _) = v.select_nth_unstable_by(mid, f64::total_cmp);
    let hi = *hi;
    if k % 2 == 1 {
        hi
    } else {
        let lo = lower.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        0.5 * (lo + hi)
    }
}

/// Sigma-clipped mean of one pixel's values (see the module docs). `scratch` is reused between
/// calls to avoid allocating.
pub fn sigma_clipped_mean(values: &[f32], p: &SigmaClip, scratch: &mut Vec<f64>) -> f32 {
    scratch.clear();
    scratch.extend(values.iter().map(|&v| v as f64));
    let Some((lo, hi)) = sigma_clip_bounds(scratch, p) else {
        return f32::NAN;
    };
    let (mut s, mut c) = (0.0f64, 0usize);
    for &v in values {
        let v = v as f64;
        if v.is_finite() && v >= lo && v <= hi {
            s += v;
            c += 1;
        }
    }
    if c == 0 {
        f32::NAN
    } else {
        (s / c as f64) as f32
    }
}

/// Mean of the non-NaN values after dropping the `nlow` lowest and `nhigh` highest; reorders
/// `values`. NaN when at most `nlow + nhigh` values are left.
pub fn minmax_mean(values: &mut [f32], nlow: usize, nhigh: usize) -> f32 {
    let k = partition_non_nan(values);
    if k <= nlow + nhigh {
        return f32::NAN;
    }
    let v = &mut values[..k];
    v.sort_unstable_by(f32::total_cmp);
    let kept = &v[nlow..k - nhigh];
    (kept.iter().map(|&x| x as f64).sum::<f64>() / kept.len() as f64) as f32
}

// ---------------------------------------------------------------------------------------------
// Sorting network for the median.

/// Pixels combined at once by the network path (a multiple of every SIMD width in use).
const LANES: usize = 8;
/// Largest stack the network path handles; bigger stacks use selection per pixel.
const NETWORK_MAX: usize = 128;

/// A sorting network (Batcher's odd–even merge sort, cut down to `n` inputs) pruned to the
/// comparators the middle output(s) depend on.
#[derive(Debug, Clone)]
pub(crate) struct MedianNetwork {
    n: usize,
    pairs: Vec<(u16, u16)>,
}

impl MedianNetwork {
    pub(crate) fn new(n: usize) -> MedianNetwork {
        assert!(
            (1..=NETWORK_MAX).contains(&n),
            "network size {n} out of range"
        );
        let p = n.next_power_of_two();
        let mut all = Vec::new();
        batcher_sort(0, p, &mut all);
        // Inputs n..p are +inf padding: comparators touching them never move anything.
        all.retain(|&(_, j)| j < n);
        // Keep only what the middle outputs depend on (walk backwards from them).
        let mut needed = vec![false; n];
        needed[n / 2] = true;
        if n.is_multiple_of(2) {
            needed[n / 2 - 1] = true;
        }
        let mut kept = Vec::with_capacity(all.len());
        for &(i, j) in all.iter().rev() {
            if needed[i] || needed[j] {
                needed[i] = true;
                needed[j] = true;
                kept.push((i as u16, j as u16));
            }
        }
        kept.reverse();
        MedianNetwork { n, pairs: kept }
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Sorts enough of `v` (one array per input, `LANES` pixels each) that the middle outputs
    /// are in place, then returns the median of each lane. `v` must hold no NaN.
    #[inline(always)]
    fn run(&self, v: &mut [[f32; LANES]]) -> [f32; LANES] {
        debug_assert_eq!(v.len(), self.n);
        for &(i, j) in &self.pairs {
            let (i, j) = (i as usize, j as usize);
            let a = v[i];
            let b = v[j];
            v[i] = std::array::from_fn(|l| if b[l] < a[l] { b[l] } else { a[l] });
            v[j] = std::array::from_fn(|l| if b[l] < a[l] { a[l] } else { b[l] });
        }
        self.middle(v)
    }

    /// The median lanes once the network has run.
    #[inline(always)]
    fn middle(&self, v: &[[f32; LANES]]) -> [f32; LANES] {
        let n = self.n;
        if n % 2 == 1 {
            v[n / 2]
        } else {
            let (lo, hi) = (v[n / 2 - 1], v[n / 2]);
            std::array::from_fn(|l| (lo[l] + hi[l]) * 0.5)
        }
    }

    /// [`MedianNetwork::run`] with explicit AVX min/max: left to itself the compiler turns each
    /// comparator into masked stores, whose reloads stall on store forwarding.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn run_avx2(&self, v: &mut [[f32; LANES]]) -> [f32; LANES] {
        use std::arch::x86_64::{_mm256_loadu_ps, _mm256_max_ps, _mm256_min_ps, _mm256_storeu_ps};
        const _: () = assert!(LANES == 8);
        assert_eq!(v.len(), self.n);
        let p = v.as_mut_ptr() as *mut f32;
        for &(i, j) in &self.pairs {
            // SAFETY: i, j < n = v.len() (checked at construction); each array is 8 f32.
            let (pi, pj) = (p.add(i as usize * LANES), p.add(j as usize * LANES));
            let (a, b) = (_mm256_loadu_ps(pi), _mm256_loadu_ps(pj));
            _mm256_storeu_ps(pi, _mm256_min_ps(a, b));
            _mm256_storeu_ps(pj, _mm256_max_ps(a, b));
        }
        self.middle(v)
    }
}

/// Batcher's odd–even merge sort on `lo..lo+n` (`n` a power of two).
fn batcher_sort(lo: usize, n: usize, out: &mut Vec<(usize, usize)>) {
    if n > 1 {
        let m = n / 2;
        batcher_sort(lo, m, out);
        batcher_sort(lo + m, m, out);
        batcher_merge(lo, n, 1, out);
    }
}

fn batcher_merge(lo: usize, n: usize, r: usize, out: &mut Vec<(usize, usize)>) {
    let step = r * 2;
    if step < n {
        batcher_merge(lo, n, step, out);
        batcher_merge(lo + r, n, step, out);
        let mut i = lo + r;
        while i + r < lo + n {
            out.push((i, i + r));
            i += step;
        }
    } else {
        out.push((lo, lo + r));
    }
}

// ---------------------------------------------------------------------------------------------
// Whole bands.

/// Combines pixel ranges of a frame-major stack with one method. Cheap to share between
/// threads (`&Combiner`); each call allocates its own small scratch space.
#[derive(Debug, Clone)]
pub struct Combiner {
    method: CombineMethod,
    n: usize,
    network: Option<MedianNetwork>,
}

impl Combiner {
    /// A combiner for stacks of `n` frames.
    pub fn new(method: CombineMethod, n: usize) -> Combiner {
        let network = (method == CombineMethod::Median && (2..=NETWORK_MAX).contains(&n))
            .then(|| MedianNetwork::new(n));
        Combiner { method, n, network }
    }

    /// The method.
    pub fn method(&self) -> CombineMethod {
        self.method
    }

    /// Combines pixels `start..start + out.len()` of the stack into `out`. The stack holds `n`
    /// planes of `stride` values: the value of frame `i` at pixel `p` is `stack[i * stride + p]`.
    pub fn combine_range(&self, stack: &[f32], stride: usize, start: usize, out: &mut [f32]) {
        let n = self.n;
        assert!(
            n == 0 || stack.len() >= (n - 1) * stride + start + out.len(),
            "stack too short"
        );
        if n == 0 {
            out.fill(f32::NAN);
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if crate::simd::avx2() {
            // SAFETY: the CPU supports AVX2 (checked at run time).
            return unsafe { self.combine_avx2(stack, stride, start, out) };
        }
        self.combine_generic(stack, stride, start, out)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn combine_avx2(&self, stack: &[f32], stride: usize, start: usize, out: &mut [f32]) {
        self.combine_impl(stack, stride, start, out, true)
    }

    #[inline(always)]
    fn combine_generic(&self, stack: &[f32], stride: usize, start: usize, out: &mut [f32]) {
        self.combine_impl(stack, stride, start, out, false)
    }

    #[inline(always)]
    fn combine_impl(
        &self,
        stack: &[f32],
        stride: usize,
        start: usize,
        out: &mut [f32],
        avx2: bool,
    ) {
        match self.method {
            CombineMethod::Mean => mean_range(self.n, stack, stride, start, out),
            CombineMethod::Median => match &self.network {
                Some(net) => median_range_network(net, stack, stride, start, out, avx2),
                None => self.scalar_range(stack, stride, start, out),
            },
            _ => self.scalar_range(stack, stride, start, out),
        }
    }

    /// One pixel at a time through the per-pixel functions.
    fn scalar_range(&self, stack: &[f32], stride: usize, start: usize, out: &mut [f32]) {
        let mut vals = vec![0f32; self.n];
        let mut scratch = Vec::with_capacity(self.n);
        for (k, o) in out.iter_mut().enumerate() {
            let p = start + k;
            for (i, v) in vals.iter_mut().enumerate() {
                *v = stack[i * stride + p];
            }
            *o = self.pixel(&mut vals, &mut scratch);
        }
    }

    /// Combines one pixel's values (reordered in place).
    fn pixel(&self, vals: &mut [f32], scratch: &mut Vec<f64>) -> f32 {
        match self.method {
            CombineMethod::Median => nanmedian(vals),
            CombineMethod::Mean => nanmean(vals),
            CombineMethod::SigmaClip(p) => sigma_clipped_mean(vals, &p, scratch),
            CombineMethod::MinMax { nlow, nhigh } => minmax_mean(vals, nlow, nhigh),
        }
    }
}

/// Mean over frames, in blocks of pixels so that the `f64` accumulators stay in registers/L1.
#[inline(always)]
fn mean_range(n: usize, stack: &[f32], stride: usize, start: usize, out: &mut [f32]) {
    const BLOCK: usize = 256;
    let mut sum = [0f64; BLOCK];
    let mut cnt = [0u32; BLOCK];
    for (b, o) in out.chunks_mut(BLOCK).enumerate() {
        let m = o.len();
        let p0 = start + b * BLOCK;
        sum[..m].fill(0.0);
        cnt[..m].fill(0);
        for i in 0..n {
            let src = &stack[i * stride + p0..i * stride + p0 + m];
            for ((s, c), &v) in sum[..m].iter_mut().zip(cnt[..m].iter_mut()).zip(src) {
                let ok = !v.is_nan();
                *s += if ok { v as f64 } else { 0.0 };
                *c += ok as u32;
            }
        }
        for ((o, &s), &c) in o.iter_mut().zip(&sum[..m]).zip(&cnt[..m]) {
            *o = if c == 0 {
                f32::NAN
            } else {
                (s / c as f64) as f32
            };
        }
    }
}

/// Median through the sorting network, `LANES` pixels at a time; lanes with a NaN anywhere in
/// the chunk, and the ragged end, go through [`nanmedian`].
#[inline(always)]
fn median_range_network(
    net: &MedianNetwork,
    stack: &[f32],
    stride: usize,
    start: usize,
    out: &mut [f32],
    avx2: bool,
) {
    #[cfg(not(target_arch = "x86_64"))]
    let _ = avx2;
    let n = net.n;
    let mut v = vec![[0f32; LANES]; n];
    let mut vals = vec![0f32; n];
    let scalar = |p: usize, vals: &mut [f32]| {
        for (i, x) in vals.iter_mut().enumerate() {
            *x = stack[i * stride + p];
        }
        nanmedian(vals)
    };
    let full = out.len() / LANES * LANES;
    let (body, tail) = out.split_at_mut(full);
    for (c, o) in body.chunks_exact_mut(LANES).enumerate() {
        let p = start + c * LANES;
        let mut nan = false;
        for (i, lane) in v.iter_mut().enumerate() {
            let src: &[f32; LANES] = stack[i * stride + p..i * stride + p + LANES]
                .try_into()
                .expect("LANES values");
            *lane = *src;
            nan |= src.iter().fold(false, |acc, x| acc | x.is_nan());
        }
        if nan {
            for (l, ol) in o.iter_mut().enumerate() {
                *ol = scalar(p + l, &mut vals);
            }
        } else {
            #[cfg(target_arch = "x86_64")]
            if avx2 {
                // SAFETY: only true when called from the AVX2 path (CPU checked at run time).
                o.copy_from_slice(&unsafe { net.run_avx2(&mut v) });
                continue;
            }
            o.copy_from_slice(&net.run(&mut v));
        }
    }
    for (l, o) in tail.iter_mut().enumerate() {
        *o = scalar(start + full + l, &mut vals);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tiny deterministic generator (xorshift) so the tests need no crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn uniform(&mut self) -> f64 {
            (self.next() >> 11) as f64 / (1u64 << 53) as f64
        }
        fn normal(&mut self) -> f64 {
            let (u, v) = (self.uniform().max(1e-300), self.uniform());
            (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
        }
    }

    // Straightforward references: sort everything, no cleverness.
    fn ref_median(vals: &[f32]) -> f32 {
        let mut v: Vec<f64> = vals
            .iter()
            .filter(|x| !x.is_nan())
            .map(|&x| x as f64)
            .collect();
        if v.is_empty() {
            return f32::NAN;
        }
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let k = v.len();
        if k % 2 == 1 {
            v[k / 2] as f32
        } else {
            ((v[k / 2 - 1] + v[k / 2]) / 2.0) as f32
        }
    }

    fn ref_mean(vals: &[f32]) -> f32 {
        let v: Vec<f64> = vals
            .iter()
            .filter(|x| !x.is_nan())
            .map(|&x| x as f64)
            .collect();
        if v.is_empty() {
            f32::NAN
        } else {
            (v.iter().sum::<f64>() / v.len() as f64) as f32
        }
    }

    /// astropy's loop written the obvious way: survivors as a boolean mask over the original values.
    fn ref_sigma_clip(vals: &[f32], p: &SigmaClip) -> f32 {
        let data: Vec<f64> = vals.iter().map(|&x| x as f64).collect();
        let mut alive: Vec<bool> = data.iter().map(|x| x.is_finite()).collect();
        if !alive.iter().any(|&a| a) {
            return f32::NAN;
        }
        let mut bounds;
        let mut it = 0;
        loop {
            let cur: Vec<f64> = data
                .iter()
                .zip(&alive)
                .filter(|(_, &a)| a)
                .map(|(&x, _)| x)
                .collect();
            let n = cur.len() as f64;
            let mean = cur.iter().sum::<f64>() / n;
            let mut s = cur.clone();
            s.sort_by(|a, b| a.partial_cmp(b).unwrap());
            let med = if s.len() % 2 == 1 {
                s[s.len() / 2]
            } else {
                (s[s.len() / 2 - 1] + s[s.len() / 2]) / 2.0
            };
            let std = (cur.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
            let c = if p.cenfunc == CenterFunc::Median {
                med
            } else {
                mean
            };
            bounds = (c - p.sigma_lower * std, c + p.sigma_upper * std);
            let before = alive.iter().filter(|&&a| a).count();
            for (a, &x) in alive.iter_mut().zip(&data) {
                if *a && (x < bounds.0 || x > bounds.1) {
                    *a = false;
                }
            }
            let after = alive.iter().filter(|&&a| a).count();
            it += 1;
            if after == before || after == 0 || p.maxiters.is_some_and(|m| it >= m) {
                break;
            }
        }
        let kept: Vec<f64> = data
            .iter()
            .filter(|x| x.is_finite() && **x >= bounds.0 && **x <= bounds.1)
            .copied()
            .collect();
        if kept.is_empty() {
            f32::NAN
        } else {
            (kept.iter().sum::<f64>() / kept.len() as f64) as f32
        }
    }

    fn ref_minmax(vals: &[f32], nlow: usize, nhigh: usize) -> f32 {
        let mut v: Vec<f64> = vals
            .iter()
            .filter(|x| !x.is_nan())
            .map(|&x| x as f64)
            .collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        if v.len() <= nlow + nhigh {
            return f32::NAN;
        }
        let k = &v[nlow..v.len() - nhigh];
        (k.iter().sum::<f64>() / k.len() as f64) as f32
    }

    fn same(a: f32, b: f32) -> bool {
        (a.is_nan() && b.is_nan()) || a == b
    }

    fn close(a: f32, b: f32, rel: f32) -> bool {
        (a.is_nan() && b.is_nan()) || (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-30)
    }

    #[test]
    fn median_small_known_values() {
        assert_eq!(nanmedian(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(nanmedian(&mut [4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(nanmedian(&mut [f32::NAN, 4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(nanmedian(&mut [f32::NAN, 5.0, f32::NAN]), 5.0);
        assert_eq!(nanmedian(&mut [7.0]), 7.0);
        assert!(nanmedian(&mut [f32::NAN, f32::NAN]).is_nan());
        assert!(nanmedian(&mut []).is_nan());
        assert_eq!(nanmedian(&mut [1.0, f32::INFINITY, 2.0]), 2.0);
        assert_eq!(nanmedian(&mut [1.0, f32::INFINITY]), f32::INFINITY);
    }

    #[test]
    fn mean_minmax_known_values() {
        assert_eq!(nanmean(&[1.0, 2.0, f32::NAN, 6.0]), 3.0);
        assert!(nanmean(&[f32::NAN]).is_nan());
        // drop 1 low + 1 high of [1, 2, 3, 10] -> mean(2, 3)
        assert_eq!(minmax_mean(&mut [10.0, 1.0, 3.0, 2.0], 1, 1), 2.5);
        assert_eq!(minmax_mean(&mut [10.0, f32::NAN, 1.0, 3.0, 2.0], 0, 2), 1.5);
        assert!(minmax_mean(&mut [1.0, 2.0, f32::NAN], 1, 1).is_nan());
        assert_eq!(minmax_mean(&mut [1.0, 2.0, 4.0], 0, 0), 7.0 / 3.0);
    }

    #[test]
    fn sigma_clip_known_values() {
        let p = SigmaClip::default();
        // One outlier among ten values near 10: removed, the mean of the rest remains.
        let mut v = vec![
            10.0f32, 10.1, 9.9, 10.2, 9.8, 10.0, 10.05, 9.95, 10.0, 100.0,
        ];
        let expect = v[..9].iter().map(|&x| x as f64).sum::<f64>() / 9.0;
        assert!(close(
            sigma_clipped_mean(&v, &p, &mut Vec::new()),
            expect as f32,
            1e-7
        ));
        // NaN / inf dropped first.
        v.push(f32::NAN);
        v.push(f32::INFINITY);
        assert!(close(
            sigma_clipped_mean(&v, &p, &mut Vec::new()),
            expect as f32,
            1e-7
        ));
        // All equal: std = 0, all survive.
        assert_eq!(sigma_clipped_mean(&[4.0; 5], &p, &mut Vec::new()), 4.0);
        // Nothing finite.
        assert!(sigma_clipped_mean(&[f32::NAN, f32::NEG_INFINITY], &p, &mut Vec::new()).is_nan());
        assert!(sigma_clipped_mean(&[], &p, &mut Vec::new()).is_nan());
        // A single value survives itself.
        assert_eq!(
            sigma_clipped_mean(&[f32::NAN, 3.5], &p, &mut Vec::new()),
            3.5
        );
        // Two values: std = half the gap, both within 3 sigma of their median.
        assert_eq!(sigma_clipped_mean(&[1.0, 3.0], &p, &mut Vec::new()), 2.0);
    }

    #[test]
    fn sigma_clip_iterations_and_asymmetric_bounds() {
        // Values crafted so each pass removes one more outlier: maxiters decides the answer.
        let vals = [
            0.0f32, 0.1, -0.1, 0.05, -0.05, 0.02, -0.02, 0.0, 0.01, -0.01, 1.0, 3.0, 30.0,
        ];
        for maxiters in [Some(1), Some(2), Some(3), None] {
            for cenfunc in [CenterFunc::Median, CenterFunc::Mean] {
                let p = SigmaClip {
                    sigma_lower: 3.0,
                    sigma_upper: 3.0,
                    maxiters,
                    cenfunc,
                };
                let got = sigma_clipped_mean(&vals, &p, &mut Vec::new());
                let want = ref_sigma_clip(&vals, &p);
                assert!(
                    close(got, want, 1e-6),
                    "{maxiters:?} {cenfunc:?}: {got} vs {want}"
                );
            }
        }
        // maxiters 1 with median centre removes only 30; until convergence removes 3 and 1 as well.
        let one = SigmaClip {
            maxiters: Some(1),
            ..SigmaClip::default()
        };
        let conv = SigmaClip {
            maxiters: None,
            ..SigmaClip::default()
        };
        let m1 = sigma_clipped_mean(&vals, &one, &mut Vec::new());
        let mc = sigma_clipped_mean(&vals, &conv, &mut Vec::new());
        let mean_of =
            |k: usize| (vals[..k].iter().map(|&x| x as f64).sum::<f64>() / k as f64) as f32;
        assert!(close(m1, mean_of(12), 1e-6), "{m1}");
        assert!(close(mc, mean_of(10), 1e-6), "{mc}");
        // Only the upper bound active: low outlier kept.
        let lowout = [-50.0f32, 0.0, 0.1, -0.1, 0.05, 0.0, -0.05, 0.02, 0.0, -0.02];
        let up_only = SigmaClip {
            sigma_lower: 1e6,
            sigma_upper: 3.0,
            ..SigmaClip::default()
        };
        let sym = SigmaClip::default();
        assert!(close(
            sigma_clipped_mean(&lowout, &up_only, &mut Vec::new()),
            nanmean(&lowout),
            1e-6
        ));
        assert!(close(
            sigma_clipped_mean(&lowout, &sym, &mut Vec::new()),
            nanmean(&lowout[1..]),
            1e-6
        ));
        // sigma 0: only values equal to the median survive.
        let zero = SigmaClip {
            sigma_lower: 0.0,
            sigma_upper: 0.0,
            maxiters: Some(1),
            ..SigmaClip::default()
        };
        assert_eq!(
            sigma_clipped_mean(&[1.0, 2.0, 2.0, 3.0, 9.0], &zero, &mut Vec::new()),
            2.0
        );
    }

    #[test]
    fn network_sorts_all_zero_one_inputs() {
        // 0-1 principle: a network selects the median of every input iff it does for all 0/1 inputs.
        for n in 1..=16usize {
            let net = MedianNetwork::new(n);
            for bits in 0u32..(1 << n) {
                let vals: Vec<f32> = (0..n).map(|i| ((bits >> i) & 1) as f32).collect();
                let mut v: Vec<[f32; LANES]> = vals.iter().map(|&x| [x; LANES]).collect();
                let got = net.run(&mut v)[0];
                assert_eq!(got, ref_median(&vals), "n {n} bits {bits:b}");
            }
        }
    }

    #[test]
    fn network_sizes_are_pruned() {
        // Batcher on 16 inputs has 63 comparators; a median needs fewer.
        assert!(MedianNetwork::new(16).len() < 63);
        assert!(MedianNetwork::new(10).len() < 63);
        for n in [1, 2, 3, 17, 64, 100, 128] {
            let net = MedianNetwork::new(n);
            assert!(net
                .pairs
                .iter()
                .all(|&(i, j)| (i as usize) < n && (j as usize) < n && i < j));
        }
    }

    /// A stack of `n` frames × `npix` pixels with some NaNs (and some all-NaN pixels).
    fn make_stack(rng: &mut Rng, n: usize, npix: usize, nan_frac: f64) -> Vec<f32> {
        let mut s = vec![0f32; n * npix];
        for (k, x) in s.iter_mut().enumerate() {
            let p = k % npix;
            *x = if rng.uniform() < nan_frac || p % 97 == 13 {
                f32::NAN
            } else {
                (100.0 + 5.0 * rng.normal() + if rng.uniform() < 0.05 { 200.0 } else { 0.0 }) as f32
            };
        }
        s
    }

    fn column(stack: &[f32], n: usize, npix: usize, p: usize) -> Vec<f32> {
        (0..n).map(|i| stack[i * npix + p]).collect()
    }

    #[test]
    fn combiner_matches_references_odd_even_nan() {
        let mut rng = Rng(0x9e3779b97f4a7c15);
        for n in [1usize, 2, 3, 4, 5, 8, 9, 10, 11, 16, 21, 40, 129, 200] {
            for nan_frac in [0.0, 0.02, 0.3] {
                let npix = 517; // not a multiple of LANES: exercises the tail
                let stack = make_stack(&mut rng, n, npix, nan_frac);
                let methods = [
                    CombineMethod::Median,
                    CombineMethod::Mean,
                    CombineMethod::SigmaClip(SigmaClip::default()),
                    CombineMethod::SigmaClip(SigmaClip {
                        sigma_lower: 2.0,
                        sigma_upper: 2.5,
                        maxiters: None,
                        cenfunc: CenterFunc::Mean,
                    }),
                    CombineMethod::MinMax { nlow: 1, nhigh: 1 },
                    CombineMethod::MinMax { nlow: 0, nhigh: 2 },
                ];
                for m in methods {
                    let c = Combiner::new(m, n);
                    let mut out = vec![0f32; npix];
                    // In two uneven pieces, as threads would.
                    let (a, b) = out.split_at_mut(203);
                    c.combine_range(&stack, npix, 0, a);
                    c.combine_range(&stack, npix, 203, b);
                    for (p, &got) in out.iter().enumerate() {
                        let col = column(&stack, n, npix, p);
                        let want = match m {
                            CombineMethod::Median => ref_median(&col),
                            CombineMethod::Mean => ref_mean(&col),
                            CombineMethod::SigmaClip(sp) => ref_sigma_clip(&col, &sp),
                            CombineMethod::MinMax { nlow, nhigh } => ref_minmax(&col, nlow, nhigh),
                        };
                        let ok = match m {
                            CombineMethod::Median => same(got, want),
                            _ => close(got, want, 1e-6),
                        };
                        assert!(
                            ok,
                            "{m} n {n} nan {nan_frac} pixel {p}: {got} vs {want} ({col:?})"
                        );
                        if p % 97 == 13 {
                            assert!(got.is_nan(), "all-NaN pixel must give NaN");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn dispatched_and_generic_code_agree_bitwise() {
        let mut rng = Rng(7);
        for n in [3usize, 10, 40] {
            let npix = 333;
            let stack = make_stack(&mut rng, n, npix, 0.01);
            for m in [CombineMethod::Median, CombineMethod::Mean] {
                let c = Combiner::new(m, n);
                let (mut a, mut b) = (vec![0f32; npix], vec![0f32; npix]);
                c.combine_range(&stack, npix, 0, &mut a);
                c.combine_generic(&stack, npix, 0, &mut b);
                assert!(
                    a.iter().zip(&b).all(|(x, y)| x.to_bits() == y.to_bits()),
                    "{m} n {n}"
                );
            }
        }
    }

    #[test]
    fn parse_and_describe() {
        assert_eq!(
            "median".parse::<CombineMethod>().unwrap(),
            CombineMethod::Median
        );
        assert_eq!(
            "Average".parse::<CombineMethod>().unwrap(),
            CombineMethod::Mean
        );
        assert!("foo".parse::<CombineMethod>().is_err());
        let s = CombineMethod::SigmaClip(SigmaClip::default()).to_string();
        assert!(
            s.contains("maxiters 5") && s.contains("cenfunc median"),
            "{s}"
        );
        assert!(CombineMethod::SigmaClip(SigmaClip {
            maxiters: Some(0),
            ..SigmaClip::default()
        })
        .validate()
        .is_err());
    }
}
