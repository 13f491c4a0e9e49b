//! The Gaussian and Hann sums of eight (AVX-512) or four (AVX2) output pixels at once, in vector
//! registers.
//!
//! [`weights::gaussian_sum`](super::weights::gaussian_sum) walks one pixel's sample box: rows out
//! from the start row, and in each row the recurrences v ← v·g, g ← g·ra out from the start
//! column, adding w·v to one sum for the rightward walk and another for the leftward one. The boxes
//! are small (about 4×4 input pixels at equal scales), so one pixel at a time spends most of its
//! instructions on loop control. Here each of eight or four lanes walks its own pixel's box in lockstep:
//! the same steps (row offset, column offset from the start pixel) for every lane, over the largest
//! extents among them, with a lane's sums left untouched where a step falls outside its box. Each
//! lane does exactly the scalar walk's operations in the same order — the same recurrences from the
//! same seed, products and sums rounded the same way, a masked-off step changing nothing — so the
//! results are the scalar path's bits, on every processor. The Hann boxes are summed the same way,
//! in the scalar path's row-major order, with the weights computed per sample as the scalar path
//! computes them.

use std::arch::x86_64::*;

use super::options::BadValueMode;

/// Most pixels in one group.
pub const MAX_GROUP: usize = 8;

/// A group of pixels' walks: where their seeds are in the [`SeedLanes`](super::lanes::SeedLanes)
/// of their chunk, the offset of the start pixel in the input window's data and, relative to it,
/// the box extents in input pixels (rows `up` above and `down` below it, columns `left` and
/// `right`; as floats, which the lanes compare), with their largest values over the group.
///
/// The lanes are filled one scalar at a time and read as vectors by gathers: a wide load of
/// memory just written by narrow stores cannot be forwarded from the store buffer and stalls
/// (perf put a quarter of the filling loop's samples on it), while a gather reads each element on
/// its own.
#[derive(Default)]
pub struct Group {
    pub lane: [i64; MAX_GROUP],
    pub start: [i64; MAX_GROUP],
    pub up: [f64; MAX_GROUP],
    pub down: [f64; MAX_GROUP],
    pub left: [f64; MAX_GROUP],
    pub right: [f64; MAX_GROUP],
    /// Largest up, down, left, right.
    pub max: [usize; 4],
}

impl Group {
    /// Puts a walk in lane `n` (`ext`: up, down, left, right).
    #[inline]
    pub fn set(&mut self, n: usize, lane: usize, start: usize, ext: [usize; 4]) {
        if n == 0 {
            self.max = [0; 4];
        }
        self.lane[n] = lane as i64;
        self.start[n] = start as i64;
        self.up[n] = ext[0] as f64;
        self.down[n] = ext[1] as f64;
        self.left[n] = ext[2] as f64;
        self.right[n] = ext[3] as f64;
        for (m, e) in self.max.iter_mut().zip(ext) {
            *m = (*m).max(e);
        }
    }
}

/// The Gaussian seeds of a chunk by field: wc, rr, ra, gr, rc, gd, gl, gu, rl (see
/// [`Seed`](super::weights::Seed)).
pub type SeedFields = [[f64; super::lanes::LANES]; 9];

/// How many pixels a group holds on this processor: 8 with AVX-512F, 4 with AVX2, 0 (no vector
/// sums) otherwise.
pub fn group_width() -> usize {
    let width = if std::arch::is_x86_feature_detected!("avx512f") {
        8
    } else if std::arch::is_x86_feature_detected!("avx2") {
        4
    } else {
        0
    };
    #[cfg(test)]
    if let Some(w) = WIDTH_LIMIT.get() {
        return width.min(w);
    }
    width
}

#[cfg(test)]
thread_local! {
    /// Tests compare the group widths on one processor: this caps [`group_width`] on the thread.
    pub static WIDTH_LIMIT: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Σ w·v and Σ w of each of the first `n` lanes of `g` over `data` (rows `stride` apart), input
/// values mapped as `mode` says (`fill`: [`BadValueMode::Constant`]'s value); `n` ≤
/// [`group_width`].
///
/// Every sample a used lane reads must lie in `data`; this is checked, and `None` returned if not.
pub fn gaussian_sums(
    g: &Group,
    seeds: &SeedFields,
    n: usize,
    data: &[f64],
    stride: usize,
    mode: BadValueMode,
    fill: f64,
) -> Option<[(f64, f64); MAX_GROUP]> {
    let width = group_width();
    if n == 0 || n > width {
        return None;
    }
    for l in 0..n {
        let [up, down, left, right] =
            [g.up[l], g.down[l], g.left[l], g.right[l]].map(|e| e as usize);
        let start = usize::try_from(g.start[l]).ok()?;
        let first = start.checked_sub(up.checked_mul(stride)?.checked_add(left)?)?;
        let last = start + down * stride + right;
        if first >= data.len() || last >= data.len() || g.lane[l] as usize >= super::lanes::LANES {
            return None;
        }
    }
    // SAFETY: the processor supports the instructions (checked by `group_width`), and every index
    // the used lanes read (the start offset ± the extents) lies in `data` (checked above); unused
    // lanes read nothing.
    Some(unsafe {
        if width == 8 {
            sums_avx512(g, seeds, n, data, stride, mode, fill)
        } else {
            sums_avx2(g, seeds, n, data, stride, mode, fill)
        }
    })
}

/// All bits set in the first `n` of four lanes.
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn used_lanes(n: usize) -> __m256d {
    let iota = _mm256_set_epi64x(3, 2, 1, 0);
    _mm256_castsi256_pd(_mm256_cmpgt_epi64(_mm256_set1_epi64x(n as i64), iota))
}

/// The running sums of one walk of four lanes.
struct Sums4 {
    acc: __m256d,
    wsum: __m256d,
}

#[target_feature(enable = "avx2")]
unsafe fn sums_avx2(
    q: &Group,
    seeds: &SeedFields,
    n: usize,
    data: &[f64],
    stride: usize,
    mode: BadValueMode,
    fill: f64,
) -> [(f64, f64); MAX_GROUP] {
    let used = used_lanes(n);
    let iota = _mm256_set_epi64x(3, 2, 1, 0);
    let lane = _mm256_i64gather_epi64::<8>(q.lane.as_ptr(), iota);
    // (masked: an unused lane's index is whatever an earlier group left)
    let [wc, rr, ra, gr, rc, gd, gl, gu, rl] = std::array::from_fn(|k| {
        _mm256_mask_i64gather_pd::<8>(_mm256_setzero_pd(), seeds[k].as_ptr(), lane, used)
    });
    let ext = |e: &[f64; MAX_GROUP]| _mm256_i64gather_pd::<8>(e.as_ptr(), iota);
    let (up, down, left, right) = (ext(&q.up), ext(&q.down), ext(&q.left), ext(&q.right));
    let [max_up, max_down, max_left, max_right] = q.max;
    let start = _mm256_i64gather_epi64::<8>(q.start.as_ptr(), iota);
    let ptr = data.as_ptr();
    let zero = _mm256_setzero_pd();
    let inf = _mm256_set1_pd(f64::INFINITY);
    let fillv = _mm256_set1_pd(fill);
    let abs_mask = _mm256_castsi256_pd(_mm256_set1_epi64x(i64::MAX));
    let mut right_sums = Sums4 {
        acc: zero,
        wsum: zero,
    };
    let mut left_sums = Sums4 {
        acc: zero,
        wsum: zero,
    };
    // Sums::add for the lanes in `m`: a zero weight is skipped, and a value `mode` leaves out.
    let add = |sums: &mut Sums4, w: __m256d, m: __m256d, idx: __m256i| {
        let d = _mm256_mask_i64gather_pd::<8>(zero, ptr, idx, m);
        let mut m = _mm256_and_pd(m, _mm256_cmp_pd::<_CMP_NEQ_UQ>(w, zero));
        let finite = || _mm256_cmp_pd::<_CMP_LT_OQ>(_mm256_and_pd(d, abs_mask), inf);
        let d = match mode {
            BadValueMode::Strict => d,
            BadValueMode::Ignore => {
                m = _mm256_and_pd(m, finite());
                d
            }
            BadValueMode::Constant => _mm256_blendv_pd(fillv, d, finite()),
        };
        let acc = _mm256_add_pd(sums.acc, _mm256_mul_pd(w, d));
        let wsum = _mm256_add_pd(sums.wsum, w);
        sums.acc = _mm256_blendv_pd(sums.acc, acc, m);
        sums.wsum = _mm256_blendv_pd(sums.wsum, wsum, m);
    };
    // one row: `row_on` the lanes whose box holds it, `w0` the weight of its start-column pixel,
    // `g_r`, `g_l` its ratios, `base` the data offset of its start-column pixel
    let mut row =
        |row_on: __m256d, w0: __m256d, mut g_r: __m256d, mut g_l: __m256d, base: __m256i| {
            add(&mut right_sums, w0, row_on, base);
            let (mut vr, mut vl) = (w0, w0);
            for dx in 1..=max_right.max(max_left) {
                let d = _mm256_set1_pd(dx as f64);
                let step = _mm256_set1_epi64x(dx as i64);
                if dx <= max_right {
                    vr = _mm256_mul_pd(vr, g_r);
                    g_r = _mm256_mul_pd(g_r, ra);
                    let on = _mm256_and_pd(row_on, _mm256_cmp_pd::<_CMP_LE_OQ>(d, right));
                    add(&mut right_sums, vr, on, _mm256_add_epi64(base, step));
                }
                if dx <= max_left {
                    vl = _mm256_mul_pd(vl, g_l);
                    g_l = _mm256_mul_pd(g_l, ra);
                    let on = _mm256_and_pd(row_on, _mm256_cmp_pd::<_CMP_LE_OQ>(d, left));
                    add(&mut left_sums, vl, on, _mm256_sub_epi64(base, step));
                }
            }
        };
    // rows in the scalar walk's order: the start row, then down, then up
    row(used, wc, gr, gl, start);
    let (mut v, mut g, mut g_r, mut g_l) = (wc, gd, gr, gl);
    for dy in 1..=max_down {
        v = _mm256_mul_pd(v, g);
        g = _mm256_mul_pd(g, rc);
        g_r = _mm256_mul_pd(g_r, rr);
        g_l = _mm256_mul_pd(g_l, rl);
        let on = _mm256_and_pd(
            used,
            _mm256_cmp_pd::<_CMP_LE_OQ>(_mm256_set1_pd(dy as f64), down),
        );
        let base = _mm256_add_epi64(start, _mm256_set1_epi64x((dy * stride) as i64));
        row(on, v, g_r, g_l, base);
    }
    let (mut v, mut g, mut g_r, mut g_l) = (wc, gu, gr, gl);
    for dy in 1..=max_up {
        v = _mm256_mul_pd(v, g);
        g = _mm256_mul_pd(g, rc);
        g_r = _mm256_mul_pd(g_r, rl);
        g_l = _mm256_mul_pd(g_l, rr);
        let on = _mm256_and_pd(
            used,
            _mm256_cmp_pd::<_CMP_LE_OQ>(_mm256_set1_pd(dy as f64), up),
        );
        let base = _mm256_sub_epi64(start, _mm256_set1_epi64x((dy * stride) as i64));
        row(on, v, g_r, g_l, base);
    }
    let (mut acc, mut wsum) = ([0.0; 4], [0.0; 4]);
    _mm256_storeu_pd(
        acc.as_mut_ptr(),
        _mm256_add_pd(right_sums.acc, left_sums.acc),
    );
    _mm256_storeu_pd(
        wsum.as_mut_ptr(),
        _mm256_add_pd(right_sums.wsum, left_sums.wsum),
    );
    let mut out = [(0.0, 0.0); MAX_GROUP];
    for (o, (a, w)) in out.iter_mut().zip(acc.into_iter().zip(wsum)) {
        *o = (a, w);
    }
    out
}

/// [`sums_avx2`] with eight lanes and mask registers.
#[target_feature(enable = "avx512f")]
unsafe fn sums_avx512(
    q: &Group,
    seeds: &SeedFields,
    n: usize,
    data: &[f64],
    stride: usize,
    mode: BadValueMode,
    fill: f64,
) -> [(f64, f64); MAX_GROUP] {
    let used: __mmask8 = ((1u16 << n) - 1) as u8;
    let iota = _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0);
    let lane = _mm512_i64gather_epi64::<8>(iota, q.lane.as_ptr());
    // (masked: an unused lane's index is whatever an earlier group left)
    let [wc, rr, ra, gr, rc, gd, gl, gu, rl] = std::array::from_fn(|k| {
        _mm512_mask_i64gather_pd::<8>(_mm512_setzero_pd(), used, lane, seeds[k].as_ptr())
    });
    let ext = |e: &[f64; MAX_GROUP]| _mm512_i64gather_pd::<8>(iota, e.as_ptr());
    let (up, down, left, right) = (ext(&q.up), ext(&q.down), ext(&q.left), ext(&q.right));
    let [max_up, max_down, max_left, max_right] = q.max;
    let start = _mm512_i64gather_epi64::<8>(iota, q.start.as_ptr());
    let ptr = data.as_ptr();
    let zero = _mm512_setzero_pd();
    let inf = _mm512_set1_pd(f64::INFINITY);
    let fillv = _mm512_set1_pd(fill);
    let (mut racc, mut rw, mut lacc, mut lw) = (zero, zero, zero, zero);
    // Sums::add for the lanes in `m`: a zero weight is skipped, and a value `mode` leaves out.
    let add = |acc: &mut __m512d, wsum: &mut __m512d, w: __m512d, m: __mmask8, idx: __m512i| {
        let d = _mm512_mask_i64gather_pd::<8>(zero, m, idx, ptr);
        let mut m = _mm512_mask_cmp_pd_mask::<_CMP_NEQ_UQ>(m, w, zero);
        let finite = || _mm512_cmp_pd_mask::<_CMP_LT_OQ>(_mm512_abs_pd(d), inf);
        let d = match mode {
            BadValueMode::Strict => d,
            BadValueMode::Ignore => {
                m &= finite();
                d
            }
            BadValueMode::Constant => _mm512_mask_blend_pd(finite(), fillv, d),
        };
        *acc = _mm512_mask_add_pd(*acc, m, *acc, _mm512_mul_pd(w, d));
        *wsum = _mm512_mask_add_pd(*wsum, m, *wsum, w);
    };
    let mut row = |on: __mmask8, w0: __m512d, mut g_r: __m512d, mut g_l: __m512d, base: __m512i| {
        add(&mut racc, &mut rw, w0, on, base);
        let (mut vr, mut vl) = (w0, w0);
        for dx in 1..=max_right.max(max_left) {
            let d = _mm512_set1_pd(dx as f64);
            let step = _mm512_set1_epi64(dx as i64);
            if dx <= max_right {
                vr = _mm512_mul_pd(vr, g_r);
                g_r = _mm512_mul_pd(g_r, ra);
                let m = _mm512_mask_cmp_pd_mask::<_CMP_LE_OQ>(on, d, right);
                add(&mut racc, &mut rw, vr, m, _mm512_add_epi64(base, step));
            }
            if dx <= max_left {
                vl = _mm512_mul_pd(vl, g_l);
                g_l = _mm512_mul_pd(g_l, ra);
                let m = _mm512_mask_cmp_pd_mask::<_CMP_LE_OQ>(on, d, left);
                add(&mut lacc, &mut lw, vl, m, _mm512_sub_epi64(base, step));
            }
        }
    };
    // rows in the scalar walk's order: the start row, then down, then up
    row(used, wc, gr, gl, start);
    let (mut v, mut g, mut g_r, mut g_l) = (wc, gd, gr, gl);
    for dy in 1..=max_down {
        v = _mm512_mul_pd(v, g);
        g = _mm512_mul_pd(g, rc);
        g_r = _mm512_mul_pd(g_r, rr);
        g_l = _mm512_mul_pd(g_l, rl);
        let on = _mm512_mask_cmp_pd_mask::<_CMP_LE_OQ>(used, _mm512_set1_pd(dy as f64), down);
        let base = _mm512_add_epi64(start, _mm512_set1_epi64((dy * stride) as i64));
        row(on, v, g_r, g_l, base);
    }
    let (mut v, mut g, mut g_r, mut g_l) = (wc, gu, gr, gl);
    for dy in 1..=max_up {
        v = _mm512_mul_pd(v, g);
        g = _mm512_mul_pd(g, rc);
        g_r = _mm512_mul_pd(g_r, rl);
        g_l = _mm512_mul_pd(g_l, rr);
        let on = _mm512_mask_cmp_pd_mask::<_CMP_LE_OQ>(used, _mm512_set1_pd(dy as f64), up);
        let base = _mm512_sub_epi64(start, _mm512_set1_epi64((dy * stride) as i64));
        row(on, v, g_r, g_l, base);
    }
    let (mut acc, mut wsum) = ([0.0; 8], [0.0; 8]);
    _mm512_storeu_pd(acc.as_mut_ptr(), _mm512_add_pd(racc, lacc));
    _mm512_storeu_pd(wsum.as_mut_ptr(), _mm512_add_pd(rw, lw));
    let mut out = [(0.0, 0.0); MAX_GROUP];
    for (o, (a, w)) in out.iter_mut().zip(acc.into_iter().zip(wsum)) {
        *o = (a, w);
    }
    out
}

/// A group of pixels' Hann boxes: the padded inverse Jacobians by element, the centres, the box
/// origins (first column and row, as floats) and sizes, and the offset of the box origin in the
/// input window's data. Filled one scalar at a time, read by gathers (see [`Group`]).
#[derive(Default)]
pub struct HannGroup {
    pub inv: [[f64; MAX_GROUP]; 4],
    pub cx: [f64; MAX_GROUP],
    pub cy: [f64; MAX_GROUP],
    pub x0: [f64; MAX_GROUP],
    pub y0: [f64; MAX_GROUP],
    /// Box rows and columns, as floats (the lanes compare them).
    pub rows: [f64; MAX_GROUP],
    pub cols: [f64; MAX_GROUP],
    pub start: [i64; MAX_GROUP],
    /// Largest rows and columns.
    pub max: [usize; 2],
}

impl HannGroup {
    /// Puts the box of `s` (`rows` × `cols` from data offset `start`) in lane `n`.
    #[inline]
    pub fn set(
        &mut self,
        n: usize,
        s: &super::sample::Sampling,
        rows: usize,
        cols: usize,
        start: usize,
    ) {
        if n == 0 {
            self.max = [0, 0];
        }
        for (e, v) in self.inv.iter_mut().zip(s.inv) {
            e[n] = v;
        }
        self.cx[n] = s.cx;
        self.cy[n] = s.cy;
        self.x0[n] = s.x0 as f64;
        self.y0[n] = s.y0 as f64;
        self.max = [self.max[0].max(rows), self.max[1].max(cols)];
        self.rows[n] = rows as f64;
        self.cols[n] = cols as f64;
        self.start[n] = start as i64;
    }
}

/// Σ w·v and Σ w of the Hann boxes of the first `n` lanes of `g`, as
/// [`weights::hann`](super::weights::hann) and the box sum compute them one pixel at a time — the
/// same weights and the same row-major order of the sums, so the same bits. Checked as
/// [`gaussian_sums`].
pub fn hann_sums(
    g: &HannGroup,
    n: usize,
    data: &[f64],
    stride: usize,
    mode: BadValueMode,
    fill: f64,
) -> Option<[(f64, f64); MAX_GROUP]> {
    let width = group_width();
    if n == 0 || n > width {
        return None;
    }
    for l in 0..n {
        let (rows, cols) = (g.rows[l] as usize, g.cols[l] as usize);
        let start = usize::try_from(g.start[l]).ok()?;
        if rows == 0 || cols == 0 || rows > g.max[0] || cols > g.max[1] {
            return None;
        }
        let last = (rows - 1)
            .checked_mul(stride)?
            .checked_add(start + cols - 1)?;
        if last >= data.len() {
            return None;
        }
    }
    // SAFETY: the processor supports the instructions (checked by `group_width`), and every index
    // the used lanes read (the box from its origin) lies in `data` (checked above); unused lanes
    // read nothing.
    Some(unsafe {
        if width == 8 {
            hann_avx512(g, n, data, stride, mode, fill)
        } else {
            hann_avx2(g, n, data, stride, mode, fill)
        }
    })
}

/// 1/((2n − 1) 2n) for n = 10 … 1: the Horner steps of [`weights`]' `one_plus_cos_pi`.
const HORNER: [f64; 10] = {
    let mut t = [0.0; 10];
    let mut n = 10;
    while n >= 1 {
        t[10 - n] = 1.0 / (((2 * n - 1) * (2 * n)) as f64);
        n -= 1;
    }
    t
};

#[target_feature(enable = "avx512f")]
unsafe fn one_plus_cos_pi_512(t: __m512d) -> __m512d {
    let one = _mm512_set1_pd(1.0);
    let u = _mm512_mul_pd(t, _mm512_set1_pd(std::f64::consts::FRAC_PI_2));
    let u2 = _mm512_mul_pd(u, u);
    let mut p = one;
    for inv in HORNER {
        p = _mm512_sub_pd(
            one,
            _mm512_mul_pd(_mm512_mul_pd(u2, _mm512_set1_pd(inv)), p),
        );
    }
    _mm512_mul_pd(_mm512_mul_pd(_mm512_set1_pd(2.0), p), p)
}

#[target_feature(enable = "avx512f")]
unsafe fn hann_avx512(
    g: &HannGroup,
    n: usize,
    data: &[f64],
    stride: usize,
    mode: BadValueMode,
    fill: f64,
) -> [(f64, f64); MAX_GROUP] {
    let used: __mmask8 = ((1u16 << n) - 1) as u8;
    let iota = _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0);
    let v = |a: &[f64; MAX_GROUP]| _mm512_i64gather_pd::<8>(iota, a.as_ptr());
    let (j0, j1, j2, j3) = (v(&g.inv[0]), v(&g.inv[1]), v(&g.inv[2]), v(&g.inv[3]));
    let (cx, cy) = (v(&g.cx), v(&g.cy));
    let y0 = v(&g.y0);
    let dx0 = _mm512_sub_pd(v(&g.x0), cx);
    let (rows, cols) = (v(&g.rows), v(&g.cols));
    let [max_rows, max_cols] = g.max;
    let start = _mm512_i64gather_epi64::<8>(iota, g.start.as_ptr());
    let ptr = data.as_ptr();
    let zero = _mm512_setzero_pd();
    let one = _mm512_set1_pd(1.0);
    let inf = _mm512_set1_pd(f64::INFINITY);
    let fillv = _mm512_set1_pd(fill);
    let (mut acc, mut wsum) = (zero, zero);
    for i in 0..max_rows {
        let fi = _mm512_set1_pd(i as f64);
        let row_on = _mm512_mask_cmp_pd_mask::<_CMP_LT_OQ>(used, fi, rows);
        // dy = (y0 + i) − cy, as the scalar weights
        let dy = _mm512_sub_pd(_mm512_add_pd(y0, fi), cy);
        let (p, r) = (_mm512_mul_pd(j1, dy), _mm512_mul_pd(j3, dy));
        let base = _mm512_add_epi64(start, _mm512_set1_epi64((i * stride) as i64));
        for m in 0..max_cols {
            let fm = _mm512_set1_pd(m as f64);
            let on = _mm512_mask_cmp_pd_mask::<_CMP_LT_OQ>(row_on, fm, cols);
            let dx = _mm512_add_pd(dx0, fm);
            let t0 = _mm512_abs_pd(_mm512_add_pd(_mm512_mul_pd(j0, dx), p));
            let t1 = _mm512_abs_pd(_mm512_add_pd(_mm512_mul_pd(j2, dx), r));
            let outside = _mm512_cmp_pd_mask::<_CMP_GE_OQ>(t0, one)
                | _mm512_cmp_pd_mask::<_CMP_GE_OQ>(t1, one);
            let w = _mm512_mul_pd(one_plus_cos_pi_512(t0), one_plus_cos_pi_512(t1));
            let w = _mm512_mask_blend_pd(outside, w, zero);
            let idx = _mm512_add_epi64(base, _mm512_set1_epi64(m as i64));
            let d = _mm512_mask_i64gather_pd::<8>(zero, on, idx, ptr);
            let mut on = _mm512_mask_cmp_pd_mask::<_CMP_NEQ_UQ>(on, w, zero);
            let finite = || _mm512_cmp_pd_mask::<_CMP_LT_OQ>(_mm512_abs_pd(d), inf);
            let d = match mode {
                BadValueMode::Strict => d,
                BadValueMode::Ignore => {
                    on &= finite();
                    d
                }
                BadValueMode::Constant => _mm512_mask_blend_pd(finite(), fillv, d),
            };
            acc = _mm512_mask_add_pd(acc, on, acc, _mm512_mul_pd(w, d));
            wsum = _mm512_mask_add_pd(wsum, on, wsum, w);
        }
    }
    let (mut a, mut w) = ([0.0; 8], [0.0; 8]);
    _mm512_storeu_pd(a.as_mut_ptr(), acc);
    _mm512_storeu_pd(w.as_mut_ptr(), wsum);
    std::array::from_fn(|l| (a[l], w[l]))
}

#[target_feature(enable = "avx2")]
#[inline]
unsafe fn one_plus_cos_pi_256(t: __m256d) -> __m256d {
    let one = _mm256_set1_pd(1.0);
    let u = _mm256_mul_pd(t, _mm256_set1_pd(std::f64::consts::FRAC_PI_2));
    let u2 = _mm256_mul_pd(u, u);
    let mut p = one;
    for inv in HORNER {
        p = _mm256_sub_pd(
            one,
            _mm256_mul_pd(_mm256_mul_pd(u2, _mm256_set1_pd(inv)), p),
        );
    }
    _mm256_mul_pd(_mm256_mul_pd(_mm256_set1_pd(2.0), p), p)
}

/// [`hann_avx512`] with four lanes and blends.
#[target_feature(enable = "avx2")]
unsafe fn hann_avx2(
    g: &HannGroup,
    n: usize,
    data: &[f64],
    stride: usize,
    mode: BadValueMode,
    fill: f64,
) -> [(f64, f64); MAX_GROUP] {
    let used = used_lanes(n);
    let iota = _mm256_set_epi64x(3, 2, 1, 0);
    let v = |a: &[f64; MAX_GROUP]| _mm256_i64gather_pd::<8>(a.as_ptr(), iota);
    let (j0, j1, j2, j3) = (v(&g.inv[0]), v(&g.inv[1]), v(&g.inv[2]), v(&g.inv[3]));
    let (cx, cy) = (v(&g.cx), v(&g.cy));
    let y0 = v(&g.y0);
    let dx0 = _mm256_sub_pd(v(&g.x0), cx);
    let (rows, cols) = (v(&g.rows), v(&g.cols));
    let [max_rows, max_cols] = g.max;
    let start = _mm256_i64gather_epi64::<8>(g.start.as_ptr(), iota);
    let ptr = data.as_ptr();
    let zero = _mm256_setzero_pd();
    let one = _mm256_set1_pd(1.0);
    let inf = _mm256_set1_pd(f64::INFINITY);
    let fillv = _mm256_set1_pd(fill);
    let abs_mask = _mm256_castsi256_pd(_mm256_set1_epi64x(i64::MAX));
    let abs = |x: __m256d| _mm256_and_pd(x, abs_mask);
    let (mut acc, mut wsum) = (zero, zero);
    for i in 0..max_rows {
        let fi = _mm256_set1_pd(i as f64);
        let row_on = _mm256_and_pd(used, _mm256_cmp_pd::<_CMP_LT_OQ>(fi, rows));
        let dy = _mm256_sub_pd(_mm256_add_pd(y0, fi), cy);
        let (p, r) = (_mm256_mul_pd(j1, dy), _mm256_mul_pd(j3, dy));
        let base = _mm256_add_epi64(start, _mm256_set1_epi64x((i * stride) as i64));
        for m in 0..max_cols {
            let fm = _mm256_set1_pd(m as f64);
            let on = _mm256_and_pd(row_on, _mm256_cmp_pd::<_CMP_LT_OQ>(fm, cols));
            let dx = _mm256_add_pd(dx0, fm);
            let t0 = abs(_mm256_add_pd(_mm256_mul_pd(j0, dx), p));
            let t1 = abs(_mm256_add_pd(_mm256_mul_pd(j2, dx), r));
            let outside = _mm256_or_pd(
                _mm256_cmp_pd::<_CMP_GE_OQ>(t0, one),
                _mm256_cmp_pd::<_CMP_GE_OQ>(t1, one),
            );
            let w = _mm256_mul_pd(one_plus_cos_pi_256(t0), one_plus_cos_pi_256(t1));
            let w = _mm256_blendv_pd(w, zero, outside);
            let idx = _mm256_add_epi64(base, _mm256_set1_epi64x(m as i64));
            let d = _mm256_mask_i64gather_pd::<8>(zero, ptr, idx, on);
            let mut on = _mm256_and_pd(on, _mm256_cmp_pd::<_CMP_NEQ_UQ>(w, zero));
            let finite = || _mm256_cmp_pd::<_CMP_LT_OQ>(abs(d), inf);
            let d = match mode {
                BadValueMode::Strict => d,
                BadValueMode::Ignore => {
                    on = _mm256_and_pd(on, finite());
                    d
                }
                BadValueMode::Constant => _mm256_blendv_pd(fillv, d, finite()),
            };
            acc = _mm256_blendv_pd(acc, _mm256_add_pd(acc, _mm256_mul_pd(w, d)), on);
            wsum = _mm256_blendv_pd(wsum, _mm256_add_pd(wsum, w), on);
        }
    }
    let (mut a, mut w) = ([0.0; 4], [0.0; 4]);
    _mm256_storeu_pd(a.as_mut_ptr(), acc);
    _mm256_storeu_pd(w.as_mut_ptr(), wsum);
    std::array::from_fn(|l| if l < 4 { (a[l], w[l]) } else { (0.0, 0.0) })
}
