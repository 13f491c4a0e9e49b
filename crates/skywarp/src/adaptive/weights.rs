//! The kernel weights of one output pixel over its sample box, computed fast.
//!
//! The Gaussian weight of input pixel (x, y) is exp(k·q) with k = −2/width² and q = |J·(x − cx, y − cy)|²
//! a quadratic form in the pixel indices; along a row and a column the ratio of successive weights is
//! itself geometric, so the whole box follows from 6 exponentials by two multiplications per sample.
//! The recurrences start at the input pixel nearest the centre (inside the box or not) and run
//! outwards, where the weights only fall, so nothing overflows; and since every weight is the product
//! along the same path from that pixel, it does not depend on where the box was clipped (reproject's
//! `ignore` and `ignore_threshold` modes give the same bits, as its per-sample exponentials do). When
//! the kernel is so elongated that the start column's weights could underflow, every weight is
//! computed directly instead. Hann weights use a polynomial for 1 + cos πt on |t| < 1 (absolute error
//! ≈ 1e-16) instead of two calls to `cos`.

use super::lanes::SeedLanes;
use super::sample::Sampling;

/// Largest −k·q on the start column for which the recurrence is used (exp(−300) ≈ 5e-131: far from
/// underflow, so the weights it multiplies out are accurate).
pub(crate) const MAX_START_EXPONENT: f64 = 300.0;

/// 2^(j/64) for j = 0..64, correctly rounded (computed with 60-digit decimal arithmetic), as bits.
const EXP2_64THS: [u64; 64] = [
    0x3ff0000000000000,
    0x3ff02c9a3e778061,
    0x3ff059b0d3158574,
    0x3ff0874518759bc8,
    0x3ff0b5586cf9890f,
    0x3ff0e3ec32d3d1a2,
    0x3ff11301d0125b51,
    0x3ff1429aaea92de0,
    0x3ff172b83c7d517b,
    0x3ff1a35beb6fcb75,
    0x3ff1d4873168b9aa,
    0x3ff2063b88628cd6,
    0x3ff2387a6e756238,
    0x3ff26b4565e27cdd,
    0x3ff29e9df51fdee1,
    0x3ff2d285a6e4030b,
    0x3ff306fe0a31b715,
    0x3ff33c08b26416ff,
    0x3ff371a7373aa9cb,
    0x3ff3a7db34e59ff7,
    0x3ff3dea64c123422,
    0x3ff4160a21f72e2a,
    0x3ff44e086061892d,
    0x3ff486a2b5c13cd0,
    0x3ff4bfdad5362a27,
    0x3ff4f9b2769d2ca7,
    0x3ff5342b569d4f82,
    0x3ff56f4736b527da,
    0x3ff5ab07dd485429,
    0x3ff5e76f15ad2148,
    0x3ff6247eb03a5585,
    0x3ff6623882552225,
    0x3ff6a09e667f3bcd,
    0x3ff6dfb23c651a2f,
    0x3ff71f75e8ec5f74,
    0x3ff75feb564267c9,
    0x3ff7a11473eb0187,
    0x3ff7e2f336cf4e62,
    0x3ff82589994cce13,
    0x3ff868d99b4492ed,
    0x3ff8ace5422aa0db,
    0x3ff8f1ae99157736,
    0x3ff93737b0cdc5e5,
    0x3ff97d829fde4e50,
    0x3ff9c49182a3f090,
    0x3ffa0c667b5de565,
    0x3ffa5503b23e255d,
    0x3ffa9e6b5579fdbf,
    0x3ffae89f995ad3ad,
    0x3ffb33a2b84f15fb,
    0x3ffb7f76f2fb5e47,
    0x3ffbcc1e904bc1d2,
    0x3ffc199bdd85529c,
    0x3ffc67f12e57d14b,
    0x3ffcb720dcef9069,
    0x3ffd072d4a07897c,
    0x3ffd5818dcfba487,
    0x3ffda9e603db3285,
    0x3ffdfc97337b9b5f,
    0x3ffe502ee78b3ff6,
    0x3ffea4afa2a490da,
    0x3ffefa1bee615a27,
    0x3fff50765b6e4540,
    0x3fffa7c1819e90d8,
];

/// e^x to within 3 ulp, inlined: the seeds take six exponentials per output pixel, and calls into
/// libm were a fifth of the Gaussian kernel's time on case A. Outside ±700 (or NaN) it is libm's
/// `exp`, so underflow, overflow and NaN behave exactly as `exp`.
#[inline(always)]
pub(crate) fn exp_one(x: f64) -> f64 {
    if x.abs() <= 700.0 {
        exp_in_range(x)
    } else {
        x.exp()
    }
}

/// e^x for |x| ≤ 700 (any other x gives some finite number, without panicking): x = (64 m + j)
/// ln2/64 + r with |r| ≤ ln2/128, e^x = 2^m · 2^(j/64) · e^r, e^r by its Taylor polynomial of degree
/// 5 (truncation below 4e-17) evaluated in Estrin's form (half the latency of Horner's). No branch,
/// so that [`super::lanes`] computes it in vector registers.
#[inline(always)]
pub(crate) fn exp_in_range(x: f64) -> f64 {
    const ROUND: f64 = 6_755_399_441_055_744.0; // 1.5·2^52: adding it rounds to an integer
    const SIXTY_FOUR_OVER_LN2: f64 = 92.332_482_616_893_66;
    // ln2/64 split so that n·HI is exact for |n| < 2^22
    const LN2_64_HI: f64 = f64::from_bits(0x3f862e42fec00000);
    const LN2_64_LO: f64 = 6.619_564_634_077_006e-12;
    let t = x * SIXTY_FOUR_OVER_LN2 + ROUND;
    let n = t - ROUND;
    // the integer n sits in the low bits of t
    let ni = (t.to_bits() as i64).wrapping_sub(ROUND.to_bits() as i64);
    let r = (x - n * LN2_64_HI) - n * LN2_64_LO;
    let r2 = r * r;
    let p = (1.0 + r) + r2 * ((0.5 + r * (1.0 / 6.0)) + r2 * (1.0 / 24.0 + r * (1.0 / 120.0)));
    let j = (ni & 63) as usize;
    let m = ni >> 6; // floor division: |m| ≤ 1010
    let scale = f64::from_bits(((m + 1023) as u64) << 52);
    p * f64::from_bits(EXP2_64THS[j]) * scale
}

/// The starting values of the Gaussian recurrences of one sampling: the weight of the input pixel
/// nearest the centre, (xc, yc), the ratios to its neighbours along the row (`gr` right, `gl` left)
/// and the column (`gd` down, `gu` up), and the constant second ratios (`ra` along a row, `rc` along a
/// column, `rr`/`rl` by which a row's right/left ratio changes from one row to the next down).
/// Computed for many samplings at once by [`super::lanes::SeedLanes`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Seed {
    pub xc: i64,
    pub yc: i64,
    pub wc: f64,
    pub gr: f64,
    pub gl: f64,
    pub gd: f64,
    pub gu: f64,
    pub ra: f64,
    pub rc: f64,
    pub rr: f64,
    pub rl: f64,
}

/// The seed of one sampling (`None`: the start column's weights could come near underflow (see
/// [`MAX_START_EXPONENT`]) and every weight must be computed directly).
pub fn seed(s: &Sampling, width: f64) -> Option<Seed> {
    let mut lanes = SeedLanes::default();
    lanes.set(0, &s.inv, s.cx, s.cy, s.reach);
    lanes.compute(width);
    lanes.get(0)
}

/// Calls `row(y, w0, gr, gl)` for every row y of `y0..=y1` with the weight `w0` of its pixel in
/// column `xc` and its ratios, walking out from row `yc` (rows between `yc` and the box are stepped
/// over, not visited).
#[inline(always)]
fn for_rows(sd: &Seed, y0: i64, y1: i64, mut row: impl FnMut(i64, f64, f64, f64)) {
    if (y0..=y1).contains(&sd.yc) {
        row(sd.yc, sd.wc, sd.gr, sd.gl);
    }
    let (mut v, mut g, mut gr, mut gl) = (sd.wc, sd.gd, sd.gr, sd.gl);
    for y in sd.yc + 1..=y1 {
        v *= g;
        g *= sd.rc;
        gr *= sd.rr;
        gl *= sd.rl;
        if y >= y0 {
            row(y, v, gr, gl);
        }
    }
    let (mut v, mut g, mut gr, mut gl) = (sd.wc, sd.gu, sd.gr, sd.gl);
    for y in (y0..sd.yc).rev() {
        v *= g;
        g *= sd.rc;
        gr *= sd.rl;
        gl *= sd.rr;
        if y <= y1 {
            row(y, v, gr, gl);
        }
    }
}

/// Fill `w` (row-major, `rows × cols` of the box) with the Gaussian weights of `s` of `width`
/// output pixels, by the recurrences from `seed` (`None`: by an exponential each).
pub fn gaussian(s: &Sampling, seed: Option<&Seed>, width: f64, w: &mut [f64]) {
    let cols = (s.x1 - s.x0 + 1) as usize;
    let Some(&sd) = seed else {
        return gaussian_direct(s, -2.0 / (width * width), cols, w);
    };
    let (x0, x1, xc, ra) = (s.x0, s.x1, sd.xc, sd.ra);
    // one row: its start-column weight w0 and ratios, walked out from xc to the box's columns
    for_rows(&sd, s.y0, s.y1, |y, w0, gr, gl| {
        let row = &mut w[(y - s.y0) as usize * cols..][..cols];
        if (x0..=x1).contains(&xc) {
            row[(xc - x0) as usize] = w0;
        }
        walk(w0, gr, ra, xc + 1, x1 + 1 - x0.max(xc + 1), row, x0);
        // leftwards: the same walk on the mirrored row
        let (mut v, mut g) = (w0, gl);
        let mut x = xc - 1;
        while x > x1 {
            v *= g;
            g *= ra;
            x -= 1;
        }
        for o in row[..((x + 1 - x0).max(0) as usize).min(cols)]
            .iter_mut()
            .rev()
        {
            v *= g;
            g *= ra;
            *o = v;
        }
    });
}

/// The sample box of one output pixel inside the input: `data[base + i * stride + m]` is box
/// row i, column m (`rows × cols`).
#[derive(Clone, Copy, Debug)]
pub struct BoxView<'a> {
    pub data: &'a [f64],
    pub base: usize,
    pub stride: usize,
}

/// Σ w·v and Σ w over the Gaussian weights of `s` and the box `view` (entirely inside the input),
/// the weights made from `sd` by the same recurrences as [`gaussian`] (the same bits) but never
/// stored. `value` maps an input value to what it contributes (`None`: left out, as a zero weight
/// is). `None` when the box does not hold the start pixel (then weigh with [`gaussian`]).
#[inline]
pub fn gaussian_sum(
    s: &Sampling,
    sd: &Seed,
    view: BoxView,
    value: impl Fn(f64) -> Option<f64>,
) -> Option<(f64, f64)> {
    let (x0, x1, xc, ra) = (s.x0, s.x1, sd.xc, sd.ra);
    if !(x0..=x1).contains(&xc) || !(s.y0..=s.y1).contains(&sd.yc) {
        return None;
    }
    let cols = (x1 - x0 + 1) as usize;
    let mc = (xc - x0) as usize;
    // Two running sums, one per walk (rightwards from the centre column, leftwards from it), stepped
    // in lockstep: the two recurrences and the two sums are independent chains the processor
    // overlaps, where one walk after the other waits on each multiply and add in turn.
    let (mut right_sums, mut left_sums) = (Sums::default(), Sums::default());
    for_rows(sd, s.y0, s.y1, |y, w0, gr, gl| {
        let row = &view.data[view.base + (y - s.y0) as usize * view.stride..][..cols];
        let (left, right) = row.split_at(mc);
        right_sums.add(w0, right[0], &value);
        // both walks for as long as the shorter lasts, then the rest of the longer
        let n = (right.len() - 1).min(left.len());
        let (both_right, right) = right[1..].split_at(n);
        let (left, both_left) = left.split_at(left.len() - n);
        let (mut vr, mut g_r, mut vl, mut g_l) = (w0, gr, w0, gl);
        for (&dr, &dl) in both_right.iter().zip(both_left.iter().rev()) {
            vr *= g_r;
            g_r *= ra;
            vl *= g_l;
            g_l *= ra;
            right_sums.add(vr, dr, &value);
            left_sums.add(vl, dl, &value);
        }
        for &d in right {
            vr *= g_r;
            g_r *= ra;
            right_sums.add(vr, d, &value);
        }
        for &d in left.iter().rev() {
            vl *= g_l;
            g_l *= ra;
            left_sums.add(vl, d, &value);
        }
    });
    Some((
        right_sums.acc + left_sums.acc,
        right_sums.wsum + left_sums.wsum,
    ))
}

/// Σ w·v and Σ w of one walk.
#[derive(Default)]
struct Sums {
    acc: f64,
    wsum: f64,
}

impl Sums {
    #[inline(always)]
    fn add(&mut self, w: f64, d: f64, value: &impl Fn(f64) -> Option<f64>) {
        // zero weights are skipped, so that a NaN they would multiply does not propagate
        if w != 0.0 {
            if let Some(d) = value(d) {
                self.acc += w * d;
                self.wsum += w;
            }
        }
    }
}

/// Walks the geometric recurrence v ← v·g, g ← g·ra from column `from` (its first step) rightwards,
/// writing the `n` values that fall in `row` (which starts at column `x0`).
#[inline]
fn walk(mut v: f64, mut g: f64, ra: f64, from: i64, n: i64, row: &mut [f64], x0: i64) {
    let mut x = from;
    while x < x0 {
        v *= g;
        g *= ra;
        x += 1;
    }
    if n <= 0 {
        return;
    }
    for o in &mut row[(x - x0) as usize..][..n as usize] {
        v *= g;
        g *= ra;
        *o = v;
    }
}

/// Every weight by its own exponential (reproject's way), for very elongated kernels.
fn gaussian_direct(s: &Sampling, k: f64, cols: usize, w: &mut [f64]) {
    let j = &s.inv;
    let dx0 = s.x0 as f64 - s.cx;
    for (i, row) in w.chunks_exact_mut(cols).enumerate() {
        let dy = s.y0 as f64 + i as f64 - s.cy;
        let (p, r) = (j[1] * dy, j[3] * dy);
        for (m, x) in row.iter_mut().enumerate() {
            let dx = dx0 + m as f64;
            let (t0, t1) = (j[0] * dx + p, j[2] * dx + r);
            *x = ((t0 * t0 + t1 * t1) * k).exp();
        }
    }
}

/// 1 + cos(πt) = 2 cos²(πt/2) for |t| < 1, by the Taylor series of cos on |πt/2| < π/2 (11 terms:
/// truncation below 1e-16).
#[inline]
fn one_plus_cos_pi(t: f64) -> f64 {
    let u = t * std::f64::consts::FRAC_PI_2;
    let u2 = u * u;
    // Horner over (−1)^n u^{2n} / (2n)!: p ← 1 − u² / ((2n − 1) 2n) · p for n = 10 … 1
    const INV: [f64; 10] = {
        let mut t = [0.0; 10];
        let mut n = 1;
        while n <= 10 {
            t[n - 1] = 1.0 / (((2 * n - 1) * (2 * n)) as f64);
            n += 1;
        }
        t
    };
    let mut p = 1.0f64;
    for inv in INV.iter().rev() {
        p = 1.0 - u2 * inv * p;
    }
    2.0 * p * p
}

/// Fill `w` with the Hann weights of `s` (zero where |t0| ≥ 1 or |t1| ≥ 1, as reproject).
pub fn hann(s: &Sampling, w: &mut [f64]) {
    let cols = (s.x1 - s.x0 + 1) as usize;
    let j = &s.inv;
    let dx0 = s.x0 as f64 - s.cx;
    for (i, row) in w.chunks_exact_mut(cols).enumerate() {
        let dy = s.y0 as f64 + i as f64 - s.cy;
        let (p, r) = (j[1] * dy, j[3] * dy);
        for (m, x) in row.iter_mut().enumerate() {
            let dx = dx0 + m as f64;
            let (t0, t1) = ((j[0] * dx + p).abs(), (j[2] * dx + r).abs());
            *x = if t0 >= 1.0 || t1 >= 1.0 {
                0.0
            } else {
                one_plus_cos_pi(t0) * one_plus_cos_pi(t1)
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sampling(inv: [f64; 4], cx: f64, cy: f64, half: (i64, i64)) -> Sampling {
        let (x, y) = (cx.round() as i64, cy.round() as i64);
        Sampling {
            cx,
            cy,
            inv,
            scale: 1.0,
            reach: half.0.max(half.1) as f64,
            x0: x - half.0,
            x1: x + half.0,
            y0: y - half.1,
            y1: y + half.1,
        }
    }

    #[test]
    fn gaussian_recurrence_matches_direct_exponentials() {
        for (inv, half) in [
            ([1.0, 0.0, 0.0, 1.0], (2, 2)),
            ([0.866, -0.5, 0.5, 0.866], (2, 3)),
            ([0.3, 0.1, -0.05, 0.25], (7, 6)),
            ([0.9, 0.4, 0.2, 0.35], (9, 9)),
        ] {
            let s = sampling(inv, 10.37, -4.61, half);
            let n = ((2 * half.0 + 1) * (2 * half.1 + 1)) as usize;
            let (mut a, mut b) = (vec![0.0; n], vec![0.0; n]);
            gaussian(&s, seed(&s, 1.3).as_ref(), 1.3, &mut a);
            gaussian_direct(&s, -2.0 / 1.69, (2 * half.0 + 1) as usize, &mut b);
            for (x, y) in a.iter().zip(&b) {
                assert!(
                    (x - y).abs() <= 1e-13 * y.max(1e-300),
                    "{inv:?}: {x} vs {y}"
                );
            }
        }
        // an elongated kernel (weights far below exp(-300) on the start column) takes the direct path
        let s = sampling([0.02, 0.0, 0.0, 1.0], 3.2, 7.9, (2, 100));
        let mut a = vec![0.0; 5 * 201];
        gaussian(&s, seed(&s, 1.3).as_ref(), 1.3, &mut a);
        let mut b = a.clone();
        gaussian_direct(&s, -2.0 / (1.3 * 1.3), 5, &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn clipping_the_box_does_not_change_a_weight() {
        let full = sampling([0.8, 0.3, -0.2, 0.7], 5.3, 8.6, (4, 4));
        let n = 81;
        let mut a = vec![0.0; n];
        gaussian(&full, seed(&full, 1.3).as_ref(), 1.3, &mut a);
        // the box clipped (as `ignore` clips at the image edge) on every side, and to boxes that
        // do not contain the centre pixel
        for (dl, dt, dr, db) in [
            (3, 5, 0, 0),
            (0, 0, 6, 2),
            (6, 0, 0, 7),
            (0, 7, 6, 0),
            (2, 3, 4, 1),
        ] {
            let clip = Sampling {
                x0: full.x0 + dl,
                y0: full.y0 + dt,
                x1: full.x1 - dr,
                y1: full.y1 - db,
                ..full
            };
            let (rows, cols) = (
                (clip.y1 - clip.y0 + 1) as usize,
                (clip.x1 - clip.x0 + 1) as usize,
            );
            let mut b = vec![0.0; rows * cols];
            gaussian(&clip, seed(&clip, 1.3).as_ref(), 1.3, &mut b);
            for i in 0..rows {
                for k in 0..cols {
                    let want = a[(i + dt as usize) * 9 + k + dl as usize];
                    assert_eq!(
                        b[i * cols + k].to_bits(),
                        want.to_bits(),
                        "{dl} {dt} {dr} {db}"
                    );
                }
            }
        }
    }

    #[test]
    fn inline_exp_is_within_three_ulp_of_libm_and_falls_back_to_it() {
        let mut worst = 0.0f64;
        for i in -700_000..=700_000 {
            let x = i as f64 * 1.000_123e-3;
            let (got, want) = (exp_one(x), x.exp());
            worst = worst.max(((got - want) / want).abs());
        }
        assert!(worst <= 3.0 * f64::EPSILON, "relative error {worst:e}");
        for x in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -745.2,
            -710.0,
            709.7,
            710.0,
            0.0,
        ] {
            let (got, want) = (exp_one(x), x.exp());
            assert!(got.to_bits() == want.to_bits(), "{x}: {got} vs {want}");
        }
    }

    #[test]
    fn hann_polynomial_is_one_plus_cos() {
        for i in 0..=1000 {
            let t = i as f64 / 1000.0 * 0.999_999;
            let want = (t * std::f64::consts::PI).cos() + 1.0;
            assert!(
                (one_plus_cos_pi(t) - want).abs() < 1e-15,
                "{t}: {}",
                one_plus_cos_pi(t) - want
            );
        }
    }
}
