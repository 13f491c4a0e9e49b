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

/// Overlap weights of an output block.
pub fn block(b: &FineBlock, out: &mut Overlaps) {
    out.clear();
    let nc = b.rect.ncols;
    for i in 0..b.rect.nrows {
        for j in 0..nc {
            let (x, y) = (corners(b.kx, nc, i, j), corners(b.ky, nc, i, j));
            let own = b.scale_out.map(|s| {
                let (c, r) = (b.rect.col0 + j, b.rect.row0 + i);
                s.at(c as i64, r as i64).0
            });
            pixel(x, y, b.window, b.scale_in, own, out);
        }
    }
}

/// Clip one output pixel's quadrilateral against the input cells it covers.
fn pixel(
    x: [f64; 4],
    y: [f64; 4],
    window: Option<Rect>,
    scale: &AreaScale,
    own: Option<f64>,
    out: &mut Overlaps,
) {
    let Some([c0, c1, r0, r1]) = cell_range(&x, &y, 0.0) else {
        return out.skip_pixel();
    };
    let (c0, c1, r0, r1) = (c0 as f64, c1 as f64, r0 as f64, r1 as f64);
    // Local coordinates: cell (c0, r0) is centred on the origin.
    let mut q = Poly::quad(x.map(|v| v - c0), y.map(|v| v - r0));
    let sign = if q.area2() < 0.0 { -1.0 } else { 1.0 };
    if sign < 0.0 {
        q.reverse();
    }
    let (nc, nr) = ((c1 - c0) as usize, (r1 - r0) as usize);
    let (c0, r0) = (c0 as i64, r0 as i64);
    let mut area = 0.0;
    let mut rest = q;
    for dc in 0..=nc {
        let strip = if dc < nc {
            let (lo, hi) = rest.split(true, dc as f64 + 0.5);
            rest = hi;
            lo
        } else {
            rest
        };
        if strip.n < 3 {
            continue;
        }
        let mut rest_row = strip;
        for dr in 0..=nr {
            let piece = if dr < nr {
                let (lo, hi) = rest_row.split(false, dr as f64 + 0.5);
                rest_row = hi;
                lo
            } else {
                rest_row
            };
            if piece.n < 3 {
                continue;
            }
            let (a, mx, my) = piece.moments();
            if a <= 0.0 {
                continue;
            }
            let (col, row) = (c0 + dc as i64, r0 + dr as i64);
            let (j, gx, gy) = scale.at(col, row);
            // moments about the cell centre (dc, dr) in local coordinates
            let w = j * a + gx * (mx - a * dc as f64) + gy * (my - a * dr as f64);
            area += w;
            if let Some(win) = window {
                if let Some(cell) = cell_index(&win, row, col) {
                    out.push(cell, w);
                }
            }
        }
    }
    out.finish_pixel(own.unwrap_or(area));
}

#[cfg(test)]
mod tests {
    use super::*;

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
        block(&fb(&kx, &ky, (4, 5), win, &scale), &mut ov);
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
        block(&fb(&kx, &ky, (3, 3), win, &scale), &mut ov);
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
        block(&fb(&kx, &ky, (n, n), win, &scale), &mut ov);
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
