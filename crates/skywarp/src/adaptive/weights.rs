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

use super::sample::{floor, Sampling};

/// Largest −k·q on the start column for which the recurrence is used (exp(−300) ≈ 5e-131: far from
/// underflow, so the weights it multiplies out are accurate).
const MAX_START_EXPONENT: f64 = 300.0;

/// The starting values of the Gaussian recurrences of one sampling: the weight of the input pixel
/// nearest the centre, (xc, yc), the ratios to its neighbours along the row (`gr` right, `gl` left)
/// and the column (`gd` down, `gu` up), and the constant second ratios (`ra` along a row, `rc` along a
/// column, `rr`/`rl` by which a row's right/left ratio changes from one row to the next down).
#[derive(Clone, Copy, Debug)]
struct Seed {
    xc: i64,
    yc: i64,
    wc: f64,
    gr: f64,
    gl: f64,
    gd: f64,
    gu: f64,
    ra: f64,
    rc: f64,
    rr: f64,
    rl: f64,
}

/// The recurrences' seeds for `s`, or `Err(k)` (the exponent's factor) when the weights on the
/// start column could come near underflow (see [`MAX_START_EXPONENT`]) and must be computed directly.
fn seed(s: &Sampling, width: f64) -> Result<Seed, f64> {
    let k = -2.0 / (width * width);
    let j = &s.inv;
    // q = a dx² + 2b dx dy + c dy²
    let a = j[0] * j[0] + j[2] * j[2];
    let b = j[0] * j[1] + j[2] * j[3];
    let c = j[1] * j[1] + j[3] * j[3];
    // worst exponent on the start column over the unclipped sample region (|dx| ≤ 0.5 there)
    let r = s.reach;
    let worst = -k * (a * 0.25 + (b * r).abs() + c * r * r);
    let recurrence_safe = worst <= MAX_START_EXPONENT; // false for NaN too
    if !recurrence_safe {
        return Err(k);
    }
    // start: the input pixel nearest the centre
    let (xc, yc) = (floor(s.cx + 0.5) as i64, floor(s.cy + 0.5) as i64);
    let (dxc, dyc) = (xc as f64 - s.cx, yc as f64 - s.cy);
    let q = a * dxc * dxc + 2.0 * b * dxc * dyc + c * dyc * dyc;
    // ratios of successive weights: along a row (x → x ± 1) at row y they are
    // exp(k (a (±2 dxc + 1) ± 2 b dy)), themselves geometric in y with ratio exp(±2 k b)
    let rr = (2.0 * k * b).exp();
    let ra = (2.0 * k * a).exp();
    let gr = (k * (a * (2.0 * dxc + 1.0) + 2.0 * b * dyc)).exp();
    // down the start column: ratio exp(k (c (±2 dy + 1) ± 2 b dxc)), geometric with exp(2 k c)
    let rc = (2.0 * k * c).exp();
    let gd = (k * (c * (2.0 * dyc + 1.0) + 2.0 * b * dxc)).exp();
    Ok(Seed {
        xc,
        yc,
        wc: (k * q).exp(),
        gr,
        // the ratios either way multiply to exp(2 k a) (exp(2 k c)): one exponential fewer each
        gl: ra / gr,
        gd,
        gu: rc / gd,
        ra,
        rc,
        rr,
        rl: 1.0 / rr,
    })
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

/// Fill `w` (row-major, `rows × cols` of the box) with the Gaussian weights of `s`.
pub fn gaussian(s: &Sampling, width: f64, w: &mut [f64]) {
    let cols = (s.x1 - s.x0 + 1) as usize;
    let sd = match seed(s, width) {
        Ok(sd) => sd,
        Err(k) => return gaussian_direct(s, k, cols, w),
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
/// the weights made by the same recurrences as [`gaussian`] (the same bits) but never stored.
/// `value` maps an input value to what it contributes (`None`: left out, as a zero weight is).
/// `None` when the recurrence does not serve (then weigh with [`gaussian`]).
#[inline]
pub fn gaussian_sum(
    s: &Sampling,
    width: f64,
    view: BoxView,
    value: impl Fn(f64) -> Option<f64>,
) -> Option<(f64, f64)> {
    let sd = seed(s, width).ok()?;
    let (x0, x1, xc, ra) = (s.x0, s.x1, sd.xc, sd.ra);
    if !(x0..=x1).contains(&xc) || !(s.y0..=s.y1).contains(&sd.yc) {
        return None;
    }
    let cols = (x1 - x0 + 1) as usize;
    let mc = (xc - x0) as usize;
    let (mut acc, mut wsum) = (0.0f64, 0.0f64);
    let mut add = |w: f64, d: f64| {
        // zero weights are skipped, so that a NaN they would multiply does not propagate
        if w != 0.0 {
            if let Some(d) = value(d) {
                acc += w * d;
                wsum += w;
            }
        }
    };
    for_rows(&sd, s.y0, s.y1, |y, w0, gr, gl| {
        let row = &view.data[view.base + (y - s.y0) as usize * view.stride..][..cols];
        let (left, right) = row.split_at(mc);
        add(w0, right[0]);
        let (mut v, mut g) = (w0, gr);
        for &d in &right[1..] {
            v *= g;
            g *= ra;
            add(v, d);
        }
        let (mut v, mut g) = (w0, gl);
        for &d in left.iter().rev() {
            v *= g;
            g *= ra;
            add(v, d);
        }
    });
    Some((acc, wsum))
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
            gaussian(&s, 1.3, &mut a);
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
        gaussian(&s, 1.3, &mut a);
        let mut b = a.clone();
        gaussian_direct(&s, -2.0 / (1.3 * 1.3), 5, &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn clipping_the_box_does_not_change_a_weight() {
        let full = sampling([0.8, 0.3, -0.2, 0.7], 5.3, 8.6, (4, 4));
        let n = 81;
        let mut a = vec![0.0; n];
        gaussian(&full, 1.3, &mut a);
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
            gaussian(&clip, 1.3, &mut b);
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
