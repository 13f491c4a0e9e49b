//! Overlaps for small pixels, in the input pixel plane.
//!
//! Each output pixel is the quadrilateral of its four corner nodes mapped into input pixel
//! coordinates; it is swept column by column and row by row against the unit input cells, which is
//! planar clipping in coordinates local to the pixel, so the precision does not depend on the pixel
//! scale (reproject's clipping of unit vectors loses digits as pixels shrink). A planar piece becomes
//! a spherical area through the input plane's area scale `J` (steradians per square input pixel),
//! modelled over each cell as linear about the cell centre: area = J·a + ∇J·m with `a` the piece's
//! planar area and `m` its first moment about the centre. Because the pieces of a cell tile it and
//! their moments sum to zero, the pieces of every input pixel add up to exactly `J` at its centre:
//! the flux of each input pixel is conserved to rounding, at any pixel scale.
//!
//! An output pixel's own solid angle comes from the output plane's area scale (see
//! [`FineBlock::scale_out`]), so the footprint of a fully covered pixel is 1 to within the noise of the
//! mapped corners.
//!
//! What this neglects is that the pixels' edges are great circles, which are curved in the input
//! pixel plane of most projections: the curvature moves a fraction ~ s·tan(b)/12 of a pixel's area
//! across each edge (s the pixel size in radians). That is below 1e-6 for the pixels this path is
//! used for (see [`super::FINE_LIMIT`]); larger pixels take the spherical path ([`super::wide`]).

use super::area::AreaScale;
use super::overlaps::Overlaps;
use super::poly::Poly;
use super::{cell_index, cell_range, Rect};

/// The four corners of output pixel (i, j) of a block, counter-clockwise in output pixel order:
/// nodes (i, j), (i, j + 1), (i + 1, j + 1), (i + 1, j) of the `(nrows + 1) × (ncols + 1)` grid.
#[inline]
pub(crate) fn corners(k: &[f64], ncols: usize, i: usize, j: usize) -> [f64; 4] {
    let m = ncols + 1;
    [
        k[i * m + j],
        k[i * m + j + 1],
        k[(i + 1) * m + j + 1],
        k[(i + 1) * m + j],
    ]
}

/// One output block for the planar path.
pub struct FineBlock<'a> {
    /// `(nrows + 1) × (ncols + 1)` corner nodes of the block in input pixel coordinates.
    pub kx: &'a [f64],
    pub ky: &'a [f64],
    /// The output block.
    pub rect: Rect,
    /// The input window the weights index (cells outside it, off the input image, still count in
    /// each output pixel's area so the footprint is fractional).
    pub window: Option<Rect>,
    /// Area scale of the input plane.
    pub scale_in: &'a AreaScale,
    /// Area scale of the output plane, giving each output pixel's solid angle. Without it, a pixel's
    /// area is the sum of its pieces (exact for a noise-free geometry; with it, the noise of the
    /// mapped corners — ~1e-14° of world coordinates, a millionth of a 1e-4″ pixel — stays out of
    /// the flux: value × footprint × solid angle is the flux of the pieces, whatever the noise).
    pub scale_out: Option<&'a AreaScale>,
}

/// Overlap weights of an output block; `tables` is scratch for the area scales of the window's cells
/// and of the block's pixels.
pub fn block(b: &FineBlock, tables: &mut [Vec<[f64; 3]>; 2], out: &mut Overlaps) {
    out.clear();
    let [table, own_table] = tables;
    match (b.window, b.scale_out) {
        (Some(win), Some(so)) => {
            b.scale_in.fill(win, table);
            so.fill(b.rect, own_table);
        }
        _ => table.clear(),
    }
    let nc = b.rect.ncols;
    let mut sc = Scratch {
        cols: Sweep::EMPTY,
        rows: Sweep::EMPTY,
        lo: Poly::EMPTY,
        rlo: Poly::EMPTY,
    };
    for i in 0..b.rect.nrows {
        for j in 0..nc {
            let (x, y) = (corners(b.kx, nc, i, j), corners(b.ky, nc, i, j));
            let own = b.scale_out.map(|_| own_table[i * nc + j][0]);
            pixel(x, y, b, table, own, &mut sc, out);
        }
    }
}

/// The polygons one pixel's sweep works in, kept from pixel to pixel.
struct Scratch {
    cols: Sweep,
    rows: Sweep,
    lo: Poly,
    rlo: Poly,
}

/// A remainder polygon cut piece by piece along one axis, in two buffers so no cut copies it.
struct Sweep {
    p: [Poly; 2],
    k: usize,
}

impl Sweep {
    const EMPTY: Sweep = Sweep {
        p: [Poly::EMPTY; 2],
        k: 0,
    };

    /// Start from `p` (copying only its vertices).
    #[inline]
    fn load(&mut self, p: &Poly) {
        let d = &mut self.p[0];
        d.n = p.n;
        d.x[..p.n].copy_from_slice(&p.x[..p.n]);
        d.y[..p.n].copy_from_slice(&p.y[..p.n]);
        self.k = 0;
    }

    fn rest(&self) -> &Poly {
        &self.p[self.k]
    }

    /// Cut the remainder at `v`: the low part goes to `lo`, the high part stays the remainder.
    #[inline]
    fn cut(&mut self, vertical: bool, v: f64, lo: &mut Poly) {
        let (a, b) = self.p.split_at_mut(1);
        let (src, dst) = if self.k == 0 {
            (&a[0], &mut b[0])
        } else {
            (&b[0], &mut a[0])
        };
        src.split_into(vertical, v, lo, dst);
        self.k ^= 1;
    }
}

/// Clip one output pixel's quadrilateral against the input cells it covers. With the pixel's own
/// solid angle given (`own`), only cells of the window matter, looked up in `table`; without it, every
/// cell counts towards the pixel's area.
fn pixel(
    x: [f64; 4],
    y: [f64; 4],
    b: &FineBlock,
    table: &[[f64; 3]],
    own: Option<f64>,
    sc: &mut Scratch,
    out: &mut Overlaps,
) {
    let Some([c0, c1, r0, r1]) = cell_range(&x, &y, 0.0) else {
        return out.skip_pixel();
    };
    let [cs, ce, rs, re] = match (own, b.window) {
        (None, _) => [c0, c1, r0, r1],
        (Some(_), None) => return out.finish_pixel(own.unwrap_or(0.0)),
        (Some(_), Some(w)) => [
            c0.max(w.col0 as i64),
            c1.min((w.col0 + w.ncols) as i64 - 1),
            r0.max(w.row0 as i64),
            r1.min((w.row0 + w.nrows) as i64 - 1),
        ],
    };
    // Local coordinates: cell (c0, r0) is centred on the origin.
    let (fc0, fr0) = (c0 as f64, r0 as f64);
    let mut q = Poly::quad(x.map(|v| v - fc0), y.map(|v| v - fr0));
    if q.area2() < 0.0 {
        q.reverse();
    }
    let mut area = 0.0;
    let Scratch {
        cols,
        rows,
        lo,
        rlo,
    } = sc;
    cols.load(&q);
    if cs > c0 {
        cols.cut(true, (cs - c0) as f64 - 0.5, lo);
    }
    for c in cs..=ce {
        let dc = (c - c0) as f64;
        let strip = if c < c1 {
            cols.cut(true, dc + 0.5, lo);
            &*lo
        } else {
            cols.rest()
        };
        if strip.n < 3 {
            continue;
        }
        rows.load(strip);
        if rs > r0 {
            rows.cut(false, (rs - r0) as f64 - 0.5, rlo);
        }
        for r in rs..=re {
            let dr = (r - r0) as f64;
            let piece = if r < r1 {
                rows.cut(false, dr + 0.5, rlo);
                &*rlo
            } else {
                rows.rest()
            };
            if piece.n < 3 {
                continue;
            }
            let (a, mx, my) = piece.moments();
            if a <= 0.0 {
                continue;
            }
            let cell = match (own, b.window) {
                (Some(_), Some(w)) => Some((r as usize - w.row0) * w.ncols + (c as usize - w.col0)),
                _ => b.window.and_then(|w| cell_index(&w, r, c)),
            };
            let [j, gx, gy] = match own {
                Some(_) => table[cell.expect("inside the window")],
                None => {
                    let (j, gx, gy) = b.scale_in.at(c, r);
                    [j, gx, gy]
                }
            };
            // moments about the cell centre (dc, dr) in local coordinates
            let w = j * a + gx * (mx - a * dc) + gy * (my - a * dr);
            area += w;
            if let Some(cell) = cell {
                out.push(cell, w);
            }
        }
    }
    out.finish_pixel(own.unwrap_or(area));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_t(b: &FineBlock, out: &mut Overlaps) {
        block(b, &mut [Vec::new(), Vec::new()], out);
    }

    fn fb<'a>(
        kx: &'a [f64],
        ky: &'a [f64],
        (nrows, ncols): (usize, usize),
        window: Rect,
        scale_in: &'a AreaScale,
    ) -> FineBlock<'a> {
        FineBlock {
            kx,
            ky,
            rect: Rect::new(0, 0, nrows, ncols),
            window: Some(window),
            scale_in,
            scale_out: None,
        }
    }

    /// Corner nodes of an output grid mapped into the input plane by an affine map.
    fn affine_corners(nrows: usize, ncols: usize, m: [f64; 6]) -> (Vec<f64>, Vec<f64>) {
        let (mut kx, mut ky) = (Vec::new(), Vec::new());
        for i in 0..=nrows {
            for j in 0..=ncols {
                let (u, v) = (j as f64 - 0.5, i as f64 - 0.5);
                kx.push(m[0] + m[1] * u + m[2] * v);
                ky.push(m[3] + m[4] * u + m[5] * v);
            }
        }
        (kx, ky)
    }

    #[test]
    fn identity_gives_unit_weights() {
        let (kx, ky) = affine_corners(4, 5, [0.0, 1.0, 0.0, 0.0, 0.0, 1.0]);
        let win = Rect::new(0, 0, 4, 5);
        let mut ov = Overlaps::default();
        let scale = AreaScale::uniform(2.0);
        block_t(&fb(&kx, &ky, (4, 5), win, &scale), &mut ov);
        for k in 0..20 {
            let (s, e) = (ov.start[k] as usize, ov.start[k + 1] as usize);
            assert_eq!(e - s, 1);
            assert_eq!(ov.cell[s] as usize, k);
            assert!((ov.weight[s] - 1.0).abs() < 1e-15);
        }
    }

    #[test]
    fn half_pixel_shift_shares_four_quarters() {
        let (kx, ky) = affine_corners(3, 3, [0.5, 1.0, 0.0, 0.5, 0.0, 1.0]);
        let win = Rect::new(0, 0, 5, 5);
        let mut ov = Overlaps::default();
        let scale = AreaScale::uniform(1.0);
        block_t(&fb(&kx, &ky, (3, 3), win, &scale), &mut ov);
        // output (1, 1) is centred on input (1.5, 1.5): cells (1,1), (1,2), (2,1), (2,2)
        let k = 4;
        let (s, e) = (ov.start[k] as usize, ov.start[k + 1] as usize);
        let mut cells: Vec<_> = ov.cell[s..e].to_vec();
        cells.sort();
        assert_eq!(cells, vec![6, 7, 11, 12]);
        for w in &ov.weight[s..e] {
            assert!((w - 0.25).abs() < 1e-15);
        }
    }

    #[test]
    fn every_input_pixel_inside_keeps_its_area() {
        // rotated, scaled, sheared output grid covering a 6×6 input: the weights times the output
        // areas summed per input cell give back J for every cell the output covers entirely.
        let m = [-0.62, 0.37, -0.21, -10.2, 0.24, 0.41];
        let (n, nin) = (40, 6);
        let (kx, ky) = affine_corners(n, n, m);
        let win = Rect::new(0, 0, nin, nin);
        let scale = AreaScale::linear(1.3e-12, 2e-15, -3e-15);
        let mut ov = Overlaps::default();
        block_t(&fb(&kx, &ky, (n, n), win, &scale), &mut ov);
        let mut got = vec![0.0; nin * nin];
        // area of an output pixel: the planar determinant times the linear J at its centre
        for i in 0..n {
            for j in 0..n {
                let k = i * n + j;
                let (u, v) = (j as f64, i as f64);
                let (cx, cy) = (m[0] + m[1] * u + m[2] * v, m[3] + m[4] * u + m[5] * v);
                let det = (m[1] * m[5] - m[2] * m[4]).abs();
                let area = det * scale.eval(cx, cy);
                for idx in ov.start[k] as usize..ov.start[k + 1] as usize {
                    got[ov.cell[idx] as usize] += ov.weight[idx] * area;
                }
            }
        }
        for r in 0..nin {
            for c in 0..nin {
                let want = scale.eval(c as f64, r as f64);
                let rel = (got[r * nin + c] - want).abs() / want;
                assert!(rel < 1e-13, "cell ({r}, {c}): {rel}");
            }
        }
    }
}
