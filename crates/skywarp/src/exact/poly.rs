//! Small convex polygons on the stack: half-plane clipping, splitting by axis-parallel lines, area and
//! first moments. Everything here is planar and scale-free: its precision depends only on how close the
//! coordinates are to the origin, so callers work in coordinates local to the pixel being clipped.

/// Enough for a quadrilateral clipped by four more lines (each clip adds at most one vertex to a
/// convex polygon).
pub(crate) const MAXV: usize = 8;

/// A convex polygon (vertices in order, either orientation).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Poly {
    pub n: usize,
    pub x: [f64; MAXV],
    pub y: [f64; MAXV],
}

impl Poly {
    pub const EMPTY: Poly = Poly {
        n: 0,
        x: [0.0; MAXV],
        y: [0.0; MAXV],
    };

    pub fn quad(x: [f64; 4], y: [f64; 4]) -> Poly {
        let mut p = Poly::EMPTY;
        p.n = 4;
        p.x[..4].copy_from_slice(&x);
        p.y[..4].copy_from_slice(&y);
        p
    }

    #[inline]
    fn push(&mut self, x: f64, y: f64) {
        // A convex polygon cut by lines never exceeds MAXV; a degenerate (non-convex, self-crossing)
        // input could, and then drops vertices rather than overflowing.
        if self.n < MAXV {
            self.x[self.n] = x;
            self.y[self.n] = y;
            self.n += 1;
        }
    }

    /// Twice the signed area (positive counter-clockwise), by the shoelace formula.
    #[inline]
    pub fn area2(&self) -> f64 {
        let mut s = 0.0;
        for i in 0..self.n {
            let j = if i + 1 == self.n { 0 } else { i + 1 };
            s += self.x[i] * self.y[j] - self.x[j] * self.y[i];
        }
        s
    }

    /// Signed area and first moments (∫x dA, ∫y dA), positive for counter-clockwise polygons.
    #[inline]
    pub fn moments(&self) -> (f64, f64, f64) {
        let (mut a, mut mx, mut my) = (0.0, 0.0, 0.0);
        for i in 0..self.n {
            let j = if i + 1 == self.n { 0 } else { i + 1 };
            let c = self.x[i] * self.y[j] - self.x[j] * self.y[i];
            a += c;
            mx += (self.x[i] + self.x[j]) * c;
            my += (self.y[i] + self.y[j]) * c;
        }
        (0.5 * a, mx * (1.0 / 6.0), my * (1.0 / 6.0))
    }

    /// Split by the line `x = v` (`vertical`) or `y = v`: the parts on the low and the high side.
    /// Vertices on the line go to both parts.
    #[cfg(test)]
    pub fn split(&self, vertical: bool, v: f64) -> (Poly, Poly) {
        let (mut lo, mut hi) = (Poly::EMPTY, Poly::EMPTY);
        self.split_into(vertical, v, &mut lo, &mut hi);
        (lo, hi)
    }

    /// [`Poly::split`] into caller-owned polygons (the hot loops keep their buffers).
    #[inline]
    pub fn split_into(&self, vertical: bool, v: f64, lo: &mut Poly, hi: &mut Poly) {
        if vertical {
            self.split_axis::<true>(v, lo, hi)
        } else {
            self.split_axis::<false>(v, lo, hi)
        }
    }

    #[inline(always)]
    fn split_axis<const VERTICAL: bool>(&self, v: f64, lo: &mut Poly, hi: &mut Poly) {
        lo.n = 0;
        hi.n = 0;
        let n = self.n;
        if n == 0 {
            return;
        }
        let coord = |i: usize| if VERTICAL { self.x[i] } else { self.y[i] };
        let mut ci = coord(0) - v;
        for i in 0..n {
            let j = if i + 1 == n { 0 } else { i + 1 };
            let cj = coord(j) - v;
            let (xi, yi) = (self.x[i], self.y[i]);
            if ci <= 0.0 {
                lo.push(xi, yi);
            }
            if ci >= 0.0 {
                hi.push(xi, yi);
            }
            if (ci < 0.0 && cj > 0.0) || (ci > 0.0 && cj < 0.0) {
                let t = ci / (ci - cj);
                let (x, y) = if VERTICAL {
                    (v, yi + t * (self.y[j] - yi))
                } else {
                    (xi + t * (self.x[j] - xi), v)
                };
                lo.push(x, y);
                hi.push(x, y);
            }
            ci = cj;
        }
    }

    /// The part on the left of the directed line through `a` towards `b` (the inside of a
    /// counter-clockwise clip polygon's edge).
    #[inline]
    pub fn clip_left(&self, a: (f64, f64), b: (f64, f64)) -> Poly {
        let mut out = Poly::EMPTY;
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let side = |x: f64, y: f64| dx * (y - a.1) - dy * (x - a.0);
        for i in 0..self.n {
            let j = if i + 1 == self.n { 0 } else { i + 1 };
            let (si, sj) = (side(self.x[i], self.y[i]), side(self.x[j], self.y[j]));
            if si >= 0.0 {
                out.push(self.x[i], self.y[i]);
            }
            if (si < 0.0 && sj > 0.0) || (si > 0.0 && sj < 0.0) {
                let t = si / (si - sj);
                out.push(
                    self.x[i] + t * (self.x[j] - self.x[i]),
                    self.y[i] + t * (self.y[j] - self.y[i]),
                );
            }
        }
        out
    }

    /// Intersection with a convex counter-clockwise quadrilateral.
    #[inline]
    pub fn clip_quad(&self, qx: &[f64; 4], qy: &[f64; 4]) -> Poly {
        let mut p = *self;
        for k in 0..4 {
            if p.n < 3 {
                return Poly::EMPTY;
            }
            let l = (k + 1) % 4;
            p = p.clip_left((qx[k], qy[k]), (qx[l], qy[l]));
        }
        p
    }

    /// Reverse the vertex order (flip the orientation).
    pub fn reverse(&mut self) {
        self.x[..self.n].reverse();
        self.y[..self.n].reverse();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, s: f64) -> Poly {
        Poly::quad([x0, x0 + s, x0 + s, x0], [y0, y0, y0 + s, y0 + s])
    }

    #[test]
    fn area_and_moments_of_a_square() {
        let (a, mx, my) = square(1.0, 2.0, 2.0).moments();
        assert_eq!(a, 4.0);
        assert!((mx / a - 2.0).abs() < 1e-15 && (my / a - 3.0).abs() < 1e-15);
    }

    #[test]
    fn split_partitions_the_area() {
        let p = Poly::quad([0.1, 2.3, 2.9, -0.4], [-0.2, 0.3, 1.9, 1.1]);
        let (lo, hi) = p.split(true, 1.05);
        assert!((lo.area2() + hi.area2() - p.area2()).abs() < 1e-14);
        assert!(lo.x[..lo.n].iter().all(|&x| x <= 1.05));
        let (lo, hi) = p.split(false, 0.5);
        assert!((lo.area2() + hi.area2() - p.area2()).abs() < 1e-14);
    }

    #[test]
    fn clipping_two_squares() {
        // unit squares offset by (0.25, 0.5): overlap 0.75 * 0.5
        let a = square(0.0, 0.0, 1.0);
        let b = square(0.25, 0.5, 1.0);
        let c = a.clip_quad(
            &[b.x[0], b.x[1], b.x[2], b.x[3]],
            &[b.y[0], b.y[1], b.y[2], b.y[3]],
        );
        assert!((0.5 * c.area2() - 0.375).abs() < 1e-15);
        // disjoint
        let d = square(3.0, 0.0, 1.0);
        let e = a.clip_quad(
            &[d.x[0], d.x[1], d.x[2], d.x[3]],
            &[d.y[0], d.y[1], d.y[2], d.y[3]],
        );
        assert!(e.area2().abs() < 1e-15);
    }

    #[test]
    fn rotated_square_inside_a_grid_cell_keeps_its_area() {
        let (s, c) = (0.3f64.sin(), 0.3f64.cos());
        let h = 0.2;
        let xs = [-h, h, h, -h];
        let ys = [-h, -h, h, h];
        let p = Poly::quad(
            std::array::from_fn(|k| c * xs[k] - s * ys[k]),
            std::array::from_fn(|k| s * xs[k] + c * ys[k]),
        );
        let q = p.clip_quad(&[-0.5, 0.5, 0.5, -0.5], &[-0.5, -0.5, 0.5, 0.5]);
        assert!((q.area2() - p.area2()).abs() < 1e-15);
    }
}
