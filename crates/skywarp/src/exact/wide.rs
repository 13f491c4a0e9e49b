//! Overlaps for large pixels, on the sphere.
//!
//! Pixels are spherical quadrilaterals with great-circle edges between their mapped corners. For each
//! output pixel, its corners and the corners of the input cells near it are projected onto the
//! gnomonic plane tangent at the pixel's centre, where great circles are straight lines: the spherical
//! intersection is then a planar convex clip, exact, and its solid angle follows from the planar
//! vertices in closed form (the Van Oosterom–Strackee formula for each triangle of a fan). The output
//! pixel's own solid angle is computed once per pixel.
//!
//! The corners come from world coordinates (unit vectors), which carry an absolute error of ~1e-16
//! radians: the relative error of an area is ~1e-16 / s for pixels of s radians, negligible for the
//! pixels this path is used for (see [`super::FINE_LIMIT`]).

use super::fine::corners;
use super::overlaps::Overlaps;
use super::poly::Poly;
use super::{cell_range, Rect};

/// Growth of the candidate box, as a fraction of the pixel's extent in input pixels (see [`pixel`]).
pub(crate) const GROW: f64 = 0.1;

pub type Vec3 = [f64; 3];

#[inline]
fn dot(a: &Vec3, b: &Vec3) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

#[inline]
fn cross(a: &Vec3, b: &Vec3) -> Vec3 {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

#[inline]
fn normalized(a: &Vec3) -> Vec3 {
    let n = dot(a, a).sqrt();
    [a[0] / n, a[1] / n, a[2] * (1.0 / n)]
}

/// The gnomonic plane tangent at a point of the sphere.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tangent {
    t: Vec3,
    e1: Vec3,
    e2: Vec3,
}

impl Tangent {
    pub fn new(t: Vec3) -> Tangent {
        let t = normalized(&t);
        // any direction not parallel to t
        let a = if t[0].abs() < 0.6 {
            [1.0, 0.0, 0.0]
        } else {
            [0.0, 1.0, 0.0]
        };
        let e1 = normalized(&cross(&a, &t));
        let e2 = cross(&t, &e1);
        Tangent { t, e1, e2 }
    }

    /// Gnomonic coordinates of a unit vector; `None` on or behind the tangent point's horizon (such a
    /// point is at least 90° from a pixel, so no cell reaching it can overlap the pixel here).
    #[inline]
    pub fn project(&self, u: &Vec3) -> Option<(f64, f64)> {
        let z = dot(u, &self.t);
        if z.is_nan() || z <= 1e-9 {
            return None;
        }
        Some((dot(u, &self.e1) / z, dot(u, &self.e2) / z))
    }
}

/// Signed solid angle of a polygon given by gnomonic coordinates (its edges are great circles):
/// positive when counter-clockwise in the plane. A fan of triangles from the first vertex, each by
/// Van Oosterom and Strackee's tan(Ω/2) = [r0 r1 r2] / (|r0||r1||r2| + (r0·r1)|r2| + (r0·r2)|r1| +
/// (r1·r2)|r0|) with r = (x, y, 1); the triple product is the planar cross product of the vertex
/// differences, so small polygons keep their relative precision.
pub(crate) fn solid_angle(p: &Poly) -> f64 {
    if p.n < 3 {
        return 0.0;
    }
    let (x0, y0) = (p.x[0], p.y[0]);
    let n0 = (1.0 + x0 * x0 + y0 * y0).sqrt();
    let mut s = 0.0;
    for k in 1..p.n - 1 {
        let (x1, y1, x2, y2) = (p.x[k], p.y[k], p.x[k + 1], p.y[k + 1]);
        let det = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        let n1 = (1.0 + x1 * x1 + y1 * y1).sqrt();
        let n2 = (1.0 + x2 * x2 + y2 * y2).sqrt();
        let d01 = x0 * x1 + y0 * y1 + 1.0;
        let d02 = x0 * x2 + y0 * y2 + 1.0;
        let d12 = x1 * x2 + y1 * y2 + 1.0;
        let den = n0 * n1 * n2 + d01 * n2 + d02 * n1 + d12 * n0;
        s += 2.0 * det.atan2(den);
    }
    s
}

/// Scratch for [`block`]: gnomonic coordinates of a patch of input corner nodes.
#[derive(Debug, Default)]
pub struct WideScratch {
    nodes: Vec<Option<(f64, f64)>>,
}

/// Geometry of one output block for the spherical path.
pub struct WideBlock<'a> {
    /// `(nrows + 1) × (ncols + 1)` corner nodes of the block in input pixel coordinates (to find the
    /// candidate cells).
    pub kx: &'a [f64],
    pub ky: &'a [f64],
    pub nrows: usize,
    pub ncols: usize,
    /// The same corner nodes as unit vectors (NaN where the output WCS has no world position).
    pub out_vec: &'a [Vec3],
    /// The input window and the unit vectors of its `(nrows + 1) × (ncols + 1)` corner nodes, node
    /// (i, j) at input pixel (row0 - 0.5 + i, col0 - 0.5 + j), in the output's celestial frame.
    pub window: Rect,
    pub in_vec: &'a [Vec3],
}

/// Overlap weights of a block on the sphere.
pub fn block(b: &WideBlock, scratch: &mut WideScratch, out: &mut Overlaps) {
    out.clear();
    for i in 0..b.nrows {
        for j in 0..b.ncols {
            pixel(b, i, j, scratch, out);
        }
    }
}

fn pixel(b: &WideBlock, i: usize, j: usize, scratch: &mut WideScratch, out: &mut Overlaps) {
    let m = b.ncols + 1;
    let ids = [
        i * m + j,
        i * m + j + 1,
        (i + 1) * m + j + 1,
        (i + 1) * m + j,
    ];
    let v = ids.map(|k| b.out_vec[k]);
    let (x, y) = (corners(b.kx, b.ncols, i, j), corners(b.ky, b.ncols, i, j));
    if v.iter()
        .flatten()
        .chain(&x)
        .chain(&y)
        .any(|c| !c.is_finite())
    {
        return out.skip_pixel();
    }
    let tan = Tangent::new([
        v[0][0] + v[1][0] + v[2][0] + v[3][0],
        v[0][1] + v[1][1] + v[2][1] + v[3][1],
        v[0][2] + v[1][2] + v[2][2] + v[3][2],
    ]);
    let mut q = Poly::EMPTY;
    for u in &v {
        let Some((gx, gy)) = tan.project(u) else {
            return out.skip_pixel();
        };
        q.x[q.n] = gx;
        q.y[q.n] = gy;
        q.n += 1;
    }
    if q.area2() < 0.0 {
        q.reverse();
    }
    let area = solid_angle(&q);
    // Candidate cells: the corners' bounding box in input pixels, grown for the bulge of great-circle
    // edges (a sagitta of ~L²/8 per radian of curvature) and the cells' own curved edges.
    let Some([c0, c1, r0, r1]) = cell_range(&x, &y, GROW) else {
        return out.skip_pixel();
    };
    let w = b.window;
    let c0 = c0.max(w.col0 as i64);
    let r0 = r0.max(w.row0 as i64);
    let c1 = c1.min((w.col0 + w.ncols) as i64 - 1);
    let r1 = r1.min((w.row0 + w.nrows) as i64 - 1);
    if c1 < c0 || r1 < r0 {
        return out.finish_pixel(area);
    }
    let (c0, c1, r0, r1) = (c0 as usize, c1 as usize, r0 as usize, r1 as usize);
    // project the patch of corner nodes once
    let (pc, pr) = (c1 - c0 + 2, r1 - r0 + 2);
    scratch.nodes.clear();
    let wm = w.ncols + 1;
    for r in 0..pr {
        for c in 0..pc {
            let node = (r0 - w.row0 + r) * wm + (c0 - w.col0 + c);
            let u = &b.in_vec[node];
            scratch.nodes.push(if u[0].is_finite() {
                tan.project(u)
            } else {
                None
            });
        }
    }
    let (qx, qy) = (
        [q.x[0], q.x[1], q.x[2], q.x[3]],
        [q.y[0], q.y[1], q.y[2], q.y[3]],
    );
    for r in 0..pr - 1 {
        for c in 0..pc - 1 {
            let n = [
                scratch.nodes[r * pc + c],
                scratch.nodes[r * pc + c + 1],
                scratch.nodes[(r + 1) * pc + c + 1],
                scratch.nodes[(r + 1) * pc + c],
            ];
            let [Some(a), Some(bb), Some(cc), Some(d)] = n else {
                continue;
            };
            let cell = Poly::quad([a.0, bb.0, cc.0, d.0], [a.1, bb.1, cc.1, d.1]);
            let piece = cell.clip_quad(&qx, &qy);
            let wgt = solid_angle(&piece).abs();
            if wgt > 0.0 {
                out.push((r0 + r - w.row0) * w.ncols + (c0 + c - w.col0), wgt);
            }
        }
    }
    out.finish_pixel(area);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A toy gnomonic WCS: pixel (x, y) → unit vector, with `scale` radians per pixel, rotated by
    /// `rot`, tangent at (lon0, lat0) radians, reference pixel (cx, cy).
    #[derive(Clone, Copy)]
    pub(crate) struct Toy {
        pub lon0: f64,
        pub lat0: f64,
        pub scale: f64,
        pub rot: f64,
        pub cx: f64,
        pub cy: f64,
    }

    impl Toy {
        fn frame(&self) -> (Vec3, Vec3, Vec3) {
            let (sl, cl) = self.lon0.sin_cos();
            let (sb, cb) = self.lat0.sin_cos();
            let t = [cb * cl, cb * sl, sb];
            let east = [-sl, cl, 0.0];
            let north = cross(&t, &east);
            (t, east, north)
        }

        pub fn sphere(&self, x: f64, y: f64) -> Vec3 {
            let (t, e, n) = self.frame();
            let (s, c) = self.rot.sin_cos();
            let (dx, dy) = (x - self.cx, y - self.cy);
            let (u, v) = (
                self.scale * (c * dx - s * dy),
                self.scale * (s * dx + c * dy),
            );
            normalized(&[
                t[0] + u * e[0] + v * n[0],
                t[1] + u * e[1] + v * n[1],
                t[2] + u * e[2] + v * n[2],
            ])
        }

        pub fn pixel_of(&self, p: &Vec3) -> (f64, f64) {
            let (t, e, n) = self.frame();
            let z = dot(p, &t);
            let (u, v) = (dot(p, &e) / z / self.scale, dot(p, &n) / z / self.scale);
            let (s, c) = self.rot.sin_cos();
            (c * u + s * v + self.cx, -s * u + c * v + self.cy)
        }
    }

    pub(crate) struct Setup {
        pub kx: Vec<f64>,
        pub ky: Vec<f64>,
        pub out_vec: Vec<Vec3>,
        pub in_vec: Vec<Vec3>,
    }

    pub(crate) fn setup(o: &Toy, i: &Toy, nout: (usize, usize), win: Rect) -> Setup {
        let (mut kx, mut ky, mut out_vec) = (Vec::new(), Vec::new(), Vec::new());
        for r in 0..=nout.0 {
            for c in 0..=nout.1 {
                let u = o.sphere(c as f64 - 0.5, r as f64 - 0.5);
                let (x, y) = i.pixel_of(&u);
                kx.push(x);
                ky.push(y);
                out_vec.push(u);
            }
        }
        let mut in_vec = Vec::new();
        for r in 0..=win.nrows {
            for c in 0..=win.ncols {
                let (x, y) = ((win.col0 + c) as f64 - 0.5, (win.row0 + r) as f64 - 0.5);
                in_vec.push(i.sphere(x, y));
            }
        }
        Setup {
            kx,
            ky,
            out_vec,
            in_vec,
        }
    }

    fn cell_area(i: &Toy, r: usize, c: usize) -> f64 {
        let (x, y) = (c as f64, r as f64);
        let v = [
            i.sphere(x - 0.5, y - 0.5),
            i.sphere(x + 0.5, y - 0.5),
            i.sphere(x + 0.5, y + 0.5),
            i.sphere(x - 0.5, y + 0.5),
        ];
        let tan = Tangent::new(v[0]);
        let p = v.map(|u| tan.project(&u).unwrap());
        solid_angle(&Poly::quad(p.map(|a| a.0), p.map(|a| a.1))).abs()
    }

    #[test]
    fn solid_angle_of_an_octant() {
        // the triangle x, y, z axes: seen from the tangent at (1,1,1)/√3 its gnomonic polygon
        let tan = Tangent::new([1.0, 1.0, 1.0]);
        let p: Vec<_> = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
            .iter()
            .map(|u| tan.project(u).unwrap())
            .collect();
        let mut poly = Poly::EMPTY;
        for (x, y) in p {
            poly.x[poly.n] = x;
            poly.y[poly.n] = y;
            poly.n += 1;
        }
        let a = solid_angle(&poly).abs();
        assert!((a - std::f64::consts::FRAC_PI_2).abs() < 1e-14, "{a}");
    }

    #[test]
    fn same_grid_gives_unit_weights() {
        let g = Toy {
            lon0: 1.0,
            lat0: 0.7,
            scale: 0.02,
            rot: 0.3,
            cx: 4.0,
            cy: 3.0,
        };
        let win = Rect::new(0, 0, 8, 9);
        let s = setup(&g, &g, (8, 9), win);
        let b = WideBlock {
            kx: &s.kx,
            ky: &s.ky,
            nrows: 8,
            ncols: 9,
            out_vec: &s.out_vec,
            window: win,
            in_vec: &s.in_vec,
        };
        let mut ov = Overlaps::default();
        block(&b, &mut WideScratch::default(), &mut ov);
        for k in 0..72 {
            let (st, e) = (ov.start[k] as usize, ov.start[k + 1] as usize);
            let total: f64 = ov.weight[st..e].iter().sum();
            assert!((total - 1.0).abs() < 1e-12, "{k}: {total}");
            let own = (st..e).find(|&x| ov.cell[x] as usize == k).unwrap();
            assert!((ov.weight[own] - 1.0).abs() < 1e-10);
        }
    }

    #[test]
    fn one_degree_pixels_conserve_every_input_pixel() {
        // 1° output pixels rotated and offset against 1.3° input pixels: Σ_o w·area(o) per input cell
        // equals the cell's exact spherical area for every cell the output covers.
        let o = Toy {
            lon0: 0.3,
            lat0: 1.1,
            scale: 1f64.to_radians(),
            rot: 0.4,
            cx: 20.0,
            cy: 20.0,
        };
        let i = Toy {
            lon0: 0.32,
            lat0: 1.09,
            scale: 1.3f64.to_radians(),
            rot: -0.2,
            cx: 5.0,
            cy: 5.0,
        };
        let win = Rect::new(0, 0, 11, 11);
        let n = (41, 41);
        let s = setup(&o, &i, n, win);
        let b = WideBlock {
            kx: &s.kx,
            ky: &s.ky,
            nrows: n.0,
            ncols: n.1,
            out_vec: &s.out_vec,
            window: win,
            in_vec: &s.in_vec,
        };
        let mut ov = Overlaps::default();
        block(&b, &mut WideScratch::default(), &mut ov);
        let mut got = vec![0.0; 121];
        for r in 0..n.0 {
            for c in 0..n.1 {
                let k = r * n.1 + c;
                let area = cell_area(&o, r, c);
                for x in ov.start[k] as usize..ov.start[k + 1] as usize {
                    got[ov.cell[x] as usize] += ov.weight[x] * area;
                }
            }
        }
        for r in 0..11 {
            for c in 0..11 {
                let want = cell_area(&i, r, c);
                let rel = (got[r * 11 + c] - want).abs() / want;
                assert!(rel < 1e-11, "({r}, {c}): {rel}");
            }
        }
    }
}
