//! The kernel weights of one output pixel over its sample box, computed fast.
//!
//! The Gaussian weight of input pixel (x, y) is exp(k·q) with k = −2/width² and q = |J·(x − cx, y − cy)|²
//! a quadratic form in the box indices; along a row and a column the ratio of successive weights is
//! itself geometric, so the whole box follows from 6 exponentials by two multiplications per sample.
//! The recurrences start at the box pixel nearest the centre and run outwards, where the weights only
//! fall, so nothing overflows; when the kernel is so elongated that the start column's weights could
//! underflow, every weight is computed directly instead. Hann weights use a polynomial for 1 + cos πt
//! on |t| < 1 (absolute error ≈ 1e-16) instead of two calls to `cos`.

use super::sample::{floor, Sampling};

/// Largest −k·q at the start column for which the recurrence is used (exp(−300) ≈ 5e-131: far from
/// underflow, so the weights it multiplies out are accurate).
const MAX_START_EXPONENT: f64 = 300.0;

/// Fill `w` (row-major, `rows × cols` of the box) with the Gaussian weights of `s`.
pub fn gaussian(s: &Sampling, width: f64, w: &mut [f64]) {
    let cols = (s.x1 - s.x0 + 1) as usize;
    let rows = (s.y1 - s.y0 + 1) as usize;
    let k = -2.0 / (width * width);
    let j = &s.inv;
    // q = a dx² + 2b dx dy + c dy²
    let a = j[0] * j[0] + j[2] * j[2];
    let b = j[0] * j[1] + j[2] * j[3];
    let c = j[1] * j[1] + j[3] * j[3];
    let dx0 = s.x0 as f64 - s.cx;
    let dy0 = s.y0 as f64 - s.cy;
    // start: the box pixel nearest the centre
    let jc = (floor(0.5 - dx0).max(0.0) as usize).min(cols - 1);
    let ic = (floor(0.5 - dy0).max(0.0) as usize).min(rows - 1);
    let (dxc, dyc) = (dx0 + jc as f64, dy0 + ic as f64);
    // worst exponent on the start column: the box rows farthest from the centre
    let dy_far = dy0.abs().max((dy0 + (rows - 1) as f64).abs());
    let worst = -k * (a * dxc * dxc + 2.0 * (b * dxc).abs() * dy_far + c * dy_far * dy_far);
    let recurrence_safe = worst <= MAX_START_EXPONENT; // false for NaN too
    if !recurrence_safe {
        return gaussian_direct(s, k, cols, w);
    }
    let q = |dx: f64, dy: f64| a * dx * dx + 2.0 * b * dx * dy + c * dy * dy;
    // ratios of successive weights: along a row (j → j ± 1) at row i they are
    // exp(k (a (±2 dx + 1) ± 2 b dy_i)), themselves geometric in i with ratio exp(±2 k b)
    let rr = (2.0 * k * b).exp();
    let rl = 1.0 / rr;
    let ra = (2.0 * k * a).exp();
    let gr_c = (k * (a * (2.0 * dxc + 1.0) + 2.0 * b * dyc)).exp();
    // the ratios either way multiply to exp(2 k a): one exponential fewer
    let gl_c = ra / gr_c;
    // down the start column: ratio exp(k (c (±2 dy + 1) ± 2 b dxc)), geometric with exp(2 k c)
    let rc = (2.0 * k * c).exp();
    let gd = (k * (c * (2.0 * dyc + 1.0) + 2.0 * b * dxc)).exp();
    let gu = rc / gd;
    let wc = (k * q(dxc, dyc)).exp();
    let mut fill_row = |i: usize, w0: f64, gr: f64, gl: f64| {
        let row = &mut w[i * cols..(i + 1) * cols];
        row[jc] = w0;
        let (mut v, mut g) = (w0, gr);
        for x in &mut row[jc + 1..] {
            v *= g;
            g *= ra;
            *x = v;
        }
        let (mut v, mut g) = (w0, gl);
        for x in row[..jc].iter_mut().rev() {
            v *= g;
            g *= ra;
            *x = v;
        }
    };
    fill_row(ic, wc, gr_c, gl_c);
    let (mut v, mut g, mut gr, mut gl) = (wc, gd, gr_c, gl_c);
    for i in ic + 1..rows {
        v *= g;
        g *= rc;
        gr *= rr;
        gl *= rl;
        fill_row(i, v, gr, gl);
    }
    let (mut v, mut g, mut gr, mut gl) = (wc, gu, gr_c, gl_c);
    for i in (0..ic).rev() {
        v *= g;
        g *= rc;
        gr *= rl;
        gl *= rr;
        fill_row(i, v, gr, gl);
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
