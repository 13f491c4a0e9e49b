//! The Jacobian d(input pixel)/d(output pixel) of every output pixel of a block, as reproject 0.21
//! forms it, and its despiking.
//!
//! A Jacobian is stored as `[j00, j01, j10, j11]` with `j00 = dx_in/dx_out`, `j01 = dx_in/dy_out`,
//! `j10 = dy_in/dx_out`, `j11 = dy_in/dy_out` (x = column, y = row).

/// Input-pixel coordinates (NaN = no mapping) on a lattice of output positions, row-major.
#[derive(Clone, Copy, Debug)]
pub struct Lattice<'a> {
    pub x: &'a [f64],
    pub y: &'a [f64],
    pub nrows: usize,
    pub ncols: usize,
}

impl Lattice<'_> {
    #[inline]
    fn at(&self, r: usize, c: usize) -> (f64, f64) {
        let k = r * self.ncols + c;
        (self.x[k], self.y[k])
    }
}

/// Jacobians of a rectangle of output pixels, row-major.
#[derive(Clone, Debug, Default)]
pub struct JacobianField {
    pub nrows: usize,
    pub ncols: usize,
    pub j: Vec<[f64; 4]>,
}

/// reproject's default ("uncentred") form from output pixel centres: the mean of the backward and
/// forward differences to the neighbouring centres along each axis. `centres` covers a rectangle grown
/// by one pixel on every side beyond the pixels wanted; the field covers the inner rectangle.
pub fn uncentred(centres: &Lattice, out: &mut JacobianField) {
    let (nr, nc) = (centres.nrows - 2, centres.ncols - 2);
    out.nrows = nr;
    out.ncols = nc;
    out.j.clear();
    out.j.reserve(nr * nc);
    for r in 1..=nr {
        for c in 1..=nc {
            let p = centres.at(r, c);
            let (l, rt) = (centres.at(r, c - 1), centres.at(r, c + 1));
            let (u, d) = (centres.at(r - 1, c), centres.at(r + 1, c));
            // Sum of the two half-pixel differences, halved, in the order reproject adds them.
            out.j.push([
                ((p.0 - l.0) + (rt.0 - p.0)) / 2.0,
                ((p.0 - u.0) + (d.0 - p.0)) / 2.0,
                ((p.1 - l.1) + (rt.1 - p.1)) / 2.0,
                ((p.1 - u.1) + (d.1 - p.1)) / 2.0,
            ]);
        }
    }
}

/// `center_jacobian` form, as reproject: differences across the pixel between the midpoints of its
/// edges (±0.5 px along each axis). `mid_x` holds the midpoints of the vertical edges (one more column
/// than pixels), `mid_y` those of the horizontal edges (one more row).
pub fn centred(mid_x: &Lattice, mid_y: &Lattice, out: &mut JacobianField) {
    let (nr, nc) = (mid_x.nrows, mid_x.ncols - 1);
    debug_assert_eq!((mid_y.nrows, mid_y.ncols), (nr + 1, nc));
    out.nrows = nr;
    out.ncols = nc;
    out.j.clear();
    out.j.reserve(nr * nc);
    for r in 0..nr {
        for c in 0..nc {
            let (l, rt) = (mid_x.at(r, c), mid_x.at(r, c + 1));
            let (u, d) = (mid_y.at(r, c), mid_y.at(r + 1, c));
            out.j.push([rt.0 - l.0, d.0 - u.0, rt.1 - l.1, d.1 - u.1]);
        }
    }
}

/// Where a field of Jacobians sits in the output image, for despiking (whose rule differs on the
/// image's edge rows and columns).
#[derive(Clone, Copy, Debug)]
pub struct FieldPlace {
    /// Output image row and column of the field's element (0, 0) (negative: beyond the image).
    pub row0: isize,
    pub col0: isize,
    /// Output image rows and columns.
    pub ny: usize,
    pub nx: usize,
}

#[inline]
fn mag2(j: &[f64; 4]) -> f64 {
    j[0] * j[0] + j[1] * j[1] + j[2] * j[2] + j[3] * j[3]
}

/// reproject's despiking of the Jacobians of the output pixels `rows × cols` (image coordinates) of
/// `field`: a pixel whose squared magnitude exceeds 10 × the third-lowest of its 3×3 neighbourhood
/// takes the mean of the neighbours below that threshold. Image edge pixels (not corners) are judged
/// with the threshold of the adjacent inner pixel over the neighbours on their side. The field must
/// reach two pixels beyond `rows × cols` inside the image (less at its edges).
///
/// One deliberate difference: reproject replaces in place, so a later pixel's mean can include an
/// earlier pixel's replacement; here every mean is of the original Jacobians, so the result does not
/// depend on how the image is cut into blocks. They agree whenever no replaced pixel is a
/// below-threshold neighbour of another spike.
pub fn despike(
    field: &JacobianField,
    place: FieldPlace,
    rows: std::ops::Range<usize>,
    cols: std::ops::Range<usize>,
    out: &mut Vec<[f64; 4]>,
) {
    let at = |r: usize, c: usize| {
        let (i, k) = (r as isize - place.row0, c as isize - place.col0);
        &field.j[i as usize * field.ncols + k as usize]
    };
    let threshold = |r: usize, c: usize| {
        let mut nb = [0.0f64; 9];
        for (k, v) in nb.iter_mut().enumerate() {
            let m = mag2(at(r + k / 3 - 1, c + k % 3 - 1));
            // NaN (no mapping) sorted last, as reproject's comparator tends to place it
            *v = if m.is_nan() { f64::INFINITY } else { m };
        }
        nb.sort_unstable_by(f64::total_cmp);
        10.0 * nb[2]
    };
    let (ny, nx) = (place.ny, place.nx);
    out.clear();
    for r in rows {
        for c in cols.clone() {
            let j = at(r, c);
            // the pixel whose threshold judges (r, c), and the neighbourhood that replaces it
            let inner_r = (1..ny.saturating_sub(1)).contains(&r);
            let inner_c = (1..nx.saturating_sub(1)).contains(&c);
            let judge = match (inner_r, inner_c) {
                (true, true) => Some((r, c, r - 1..r + 2, c - 1..c + 2)),
                (false, true) if ny >= 3 && r == 0 => Some((1, c, 0..2, c - 1..c + 2)),
                (false, true) if ny >= 3 => Some((r - 1, c, r - 1..r + 1, c - 1..c + 2)),
                (true, false) if nx >= 3 && c == 0 => Some((r, 1, r - 1..r + 2, 0..2)),
                (true, false) if nx >= 3 => Some((r, c - 1, r - 1..r + 2, c - 1..c + 1)),
                _ => None,
            };
            let Some((jr, jc, nrows, ncols)) = judge else {
                out.push(*j);
                continue;
            };
            let thresh = threshold(jr, jc);
            // (a NaN magnitude is no spike)
            let spike = mag2(j) > thresh;
            if !spike {
                out.push(*j);
                continue;
            }
            let mut sum = [0.0f64; 4];
            let mut n = 0usize;
            for i in nrows {
                for k in ncols.clone() {
                    if (i, k) == (r, c) {
                        continue;
                    }
                    let nj = at(i, k);
                    if mag2(nj) < thresh {
                        n += 1;
                        for (s, v) in sum.iter_mut().zip(nj) {
                            *s += v;
                        }
                    }
                }
            }
            // no contributing neighbour: 0/0 = NaN, as in reproject
            out.push(sum.map(|s| s / n as f64));
        }
    }
}

/// The Jacobian with its singular values raised to at least 1 (so magnification falls back to a
/// kernel one input pixel wide), its inverse, and the padded singular values.
#[derive(Clone, Copy, Debug)]
pub struct Padded {
    pub forward: [f64; 4],
    pub inverse: [f64; 4],
    pub s: (f64, f64),
}

/// reproject's padding of the singular values of `m`, without trigonometry.
///
/// reproject decomposes `m = R(φ) · diag(s0, s1) · R(θ)` by the closed form with
/// `E, F, G, H = (m00 ± m11)/2, (m10 ± m01)/2`, `q = |(E, H)|`, `r = |(F, G)|`, `s0 = q + r`,
/// `s1 = q − r` (negative for a mirroring `m`), `φ ± θ = atan2(H, E), atan2(G, F)`. Writing
/// `diag(s0, s1) = a·I + b·diag(1, −1)` gives `m' = a·R(φ+θ) + b·R(φ−θ)·diag(1, −1)` for any
/// singular values, and the cosines and sines of φ ± θ are `(E, H)/q` and `(F, G)/r` — so the padded
/// matrix and its inverse `R(−θ)·diag(1/s0, 1/s1)·R(−φ)` need no angle at all.
#[inline]
pub fn pad(m: &[f64; 4]) -> Padded {
    let e = (m[0] + m[3]) / 2.0;
    let f = (m[0] - m[3]) / 2.0;
    let g = (m[2] + m[1]) / 2.0;
    let h = (m[2] - m[1]) / 2.0;
    let q = (e * e + h * h).sqrt();
    let r = (f * f + g * g).sqrt();
    // atan2(0, 0) = 0: the identity rotation
    let (c2, s2) = if q > 0.0 {
        let iq = 1.0 / q;
        (e * iq, h * iq)
    } else {
        (1.0, 0.0)
    };
    let (c1, s1) = if r > 0.0 {
        let ir = 1.0 / r;
        (f * ir, g * ir)
    } else {
        (1.0, 0.0)
    };
    let s = ((q + r).max(1.0), (q - r).max(1.0));
    let (a, b) = ((s.0 + s.1) / 2.0, (s.0 - s.1) / 2.0);
    let (ai, bi) = ((1.0 / s.0 + 1.0 / s.1) / 2.0, (1.0 / s.0 - 1.0 / s.1) / 2.0);
    Padded {
        forward: [
            a * c2 + b * c1,
            -a * s2 + b * s1,
            a * s2 + b * s1,
            a * c2 - b * c1,
        ],
        inverse: [
            ai * c2 + bi * c1,
            ai * s2 + bi * s1,
            -ai * s2 + bi * s1,
            ai * c2 - bi * c1,
        ],
        s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lattice_of(f: impl Fn(f64, f64) -> (f64, f64), n: usize, off: f64) -> (Vec<f64>, Vec<f64>) {
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for r in 0..n {
            for c in 0..n {
                let (x, y) = f(c as f64 + off, r as f64 + off);
                xs.push(x);
                ys.push(y);
            }
        }
        (xs, ys)
    }

    #[test]
    fn both_forms_recover_an_affine_map() {
        let f = |x: f64, y: f64| (2.0 * x + 0.5 * y + 3.0, -0.25 * x + 1.5 * y);
        let (xs, ys) = lattice_of(f, 6, -1.0);
        let mut a = JacobianField::default();
        uncentred(
            &Lattice {
                x: &xs,
                y: &ys,
                nrows: 6,
                ncols: 6,
            },
            &mut a,
        );
        // edge midpoints of a 4×4 block: x offset by -0.5 (5 columns), y offset by -0.5 (5 rows)
        let grid = |dx: f64, dy: f64, nr: usize, nc: usize| {
            let (mut xs, mut ys) = (Vec::new(), Vec::new());
            for r in 0..nr {
                for c in 0..nc {
                    let (x, y) = f(c as f64 + dx, r as f64 + dy);
                    xs.push(x);
                    ys.push(y);
                }
            }
            (xs, ys)
        };
        let (mxx, mxy) = grid(-0.5, 0.0, 4, 5);
        let (myx, myy) = grid(0.0, -0.5, 5, 4);
        let mut b = JacobianField::default();
        let mid_x = Lattice {
            x: &mxx,
            y: &mxy,
            nrows: 4,
            ncols: 5,
        };
        centred(
            &mid_x,
            &Lattice {
                x: &myx,
                y: &myy,
                nrows: 5,
                ncols: 4,
            },
            &mut b,
        );
        assert_eq!((a.nrows, a.ncols, b.nrows, b.ncols), (4, 4, 4, 4));
        for j in a.j.iter().chain(&b.j) {
            for (v, w) in j.iter().zip([2.0, 0.5, -0.25, 1.5]) {
                assert!((v - w).abs() < 1e-12, "{j:?}");
            }
        }
    }

    #[test]
    fn padding_clamps_singular_values_and_inverts() {
        // rotation by 30 degrees scaled by 0.5 (magnification): padded to the pure rotation
        let (c, s) = (30f64.to_radians().cos(), 30f64.to_radians().sin());
        let p = pad(&[0.5 * c, -0.5 * s, 0.5 * s, 0.5 * c]);
        assert!((p.s.0 - 1.0).abs() < 1e-15 && (p.s.1 - 1.0).abs() < 1e-15);
        for (v, w) in p.forward.iter().zip([c, -s, s, c]) {
            assert!((v - w).abs() < 1e-12);
        }
        // anisotropic shrink: product with inverse is the identity
        let m = [3.0, 1.0, -0.5, 2.0];
        let p = pad(&m);
        let id = [
            p.forward[0] * p.inverse[0] + p.forward[1] * p.inverse[2],
            p.forward[0] * p.inverse[1] + p.forward[1] * p.inverse[3],
            p.forward[2] * p.inverse[0] + p.forward[3] * p.inverse[2],
            p.forward[2] * p.inverse[1] + p.forward[3] * p.inverse[3],
        ];
        for (v, w) in id.iter().zip([1.0, 0.0, 0.0, 1.0]) {
            assert!((v - w).abs() < 1e-12, "{id:?}");
        }
        for (v, w) in p.forward.iter().zip(m) {
            assert!((v - w).abs() < 1e-12, "{:?}", p.forward);
        }
    }

    /// reproject's trigonometric form, for comparison.
    fn pad_by_angles(m: &[f64; 4]) -> ([f64; 4], [f64; 4]) {
        let (e, f) = ((m[0] + m[3]) / 2.0, (m[0] - m[3]) / 2.0);
        let (g, h) = ((m[2] + m[1]) / 2.0, (m[2] - m[1]) / 2.0);
        let (q, r) = ((e * e + h * h).sqrt(), (f * f + g * g).sqrt());
        let (a1, a2) = (g.atan2(f), h.atan2(e));
        let (th, ph) = ((a2 - a1) / 2.0, (a2 + a1) / 2.0);
        let u = [ph.cos(), -ph.sin(), ph.sin(), ph.cos()];
        let v = [th.cos(), th.sin(), -th.sin(), th.cos()];
        let s = ((q + r).max(1.0), (q - r).max(1.0));
        let compose = |u: [f64; 4], s: (f64, f64), v: [f64; 4]| {
            let (t00, t01, t10, t11) = (u[0] * s.0, u[1] * s.1, u[2] * s.0, u[3] * s.1);
            [
                t00 * v[0] + t01 * v[1],
                t00 * v[2] + t01 * v[3],
                t10 * v[0] + t11 * v[1],
                t10 * v[2] + t11 * v[3],
            ]
        };
        (compose(u, s, v), compose(v, (1.0 / s.0, 1.0 / s.1), u))
    }

    #[test]
    fn padding_agrees_with_reproject_angles() {
        let cases = [
            [0.5, 0.1, -0.2, 0.3],
            [3.0, 1.0, -0.5, 2.0],
            [-1.2, 0.4, 0.3, 0.9], // mirroring
            [2.5, 0.0, 0.0, 0.4],  // one axis magnified
            [0.0, 0.0, 0.0, 0.0],
            [1e-3, 5.0, -7.0, 2e-3],
            [0.8660254, -0.5, 0.5, 0.8660254],
        ];
        for m in cases {
            let p = pad(&m);
            let (f, i) = pad_by_angles(&m);
            for (a, b) in p.forward.iter().zip(f).chain(p.inverse.iter().zip(i)) {
                assert!(
                    (a - b).abs() < 1e-13,
                    "{m:?}: {:?} vs {f:?} / {:?} vs {i:?}",
                    p.forward,
                    p.inverse
                );
            }
        }
    }

    #[test]
    fn despike_replaces_a_spike_by_its_neighbours_mean() {
        let n = 5;
        let mut field = JacobianField {
            nrows: n,
            ncols: n,
            j: vec![[1.0, 0.0, 0.0, 1.0]; n * n],
        };
        field.j[2 * n + 2] = [100.0, 0.0, 0.0, 100.0];
        field.j[2 * n + 3] = [1.0, 0.5, 0.0, 1.0];
        // an edge spike, judged by its inner neighbour's threshold
        field.j[4] = [50.0, 0.0, 0.0, 1.0];
        let place = FieldPlace {
            row0: 0,
            col0: 0,
            ny: n,
            nx: n,
        };
        let mut out = Vec::new();
        despike(&field, place, 0..n, 0..n, &mut out);
        let mean_j01 = 0.5 / 8.0;
        assert!(
            (out[2 * n + 2][1] - mean_j01).abs() < 1e-15,
            "{:?}",
            out[2 * n + 2]
        );
        assert_eq!(out[2 * n + 2][0], 1.0);
        assert_eq!(out[2 * n + 3], [1.0, 0.5, 0.0, 1.0]);
        // (0, 4) is a corner: never despiked
        assert_eq!(out[4], [50.0, 0.0, 0.0, 1.0]);
        field.j[4] = [1.0, 0.0, 0.0, 1.0];
        field.j[3] = [50.0, 0.0, 0.0, 1.0];
        despike(&field, place, 0..1, 3..4, &mut out);
        assert_eq!(out[0], [1.0, 0.0, 0.0, 1.0]);
    }
}
