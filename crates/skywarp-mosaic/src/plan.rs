//! Planning a mosaic: where each input lands in the output, and how the output is cut into row bands.

pub use skywarp::Rect;
use skywarp_wcs::{PixelMapper, Wcs};

use crate::Result;

/// Samples per edge, vertices included (reproject's `n_samples=11`).
const EDGE_SAMPLES: usize = 11;

/// Points along the four edges of an `ny × nx` image (the outer edges of its border pixels, 0-based
/// pixel coordinates), as reproject's `sample_array_edges`: interleaved (x, y).
pub fn edge_points(ny: usize, nx: usize) -> Vec<f64> {
    let (w, h) = (nx as f64, ny as f64);
    let lin = |i: usize, len: f64| -0.5 + len * i as f64 / (EDGE_SAMPLES - 1) as f64;
    let mut pts = Vec::with_capacity(8 * EDGE_SAMPLES);
    for i in 0..EDGE_SAMPLES {
        for y in [-0.5, h - 0.5] {
            pts.extend([lin(i, w), y]);
        }
        for x in [-0.5, w - 0.5] {
            pts.extend([x, lin(i, h)]);
        }
    }
    pts
}

/// Where one input falls in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// The output rectangle its edges enclose (reproject's cutout bounds).
    Inside(Rect),
    /// Its edges do not map (e.g. an all-sky image): the whole output is reprojected.
    Everywhere(Rect),
    /// It misses the output.
    Outside,
}

impl Placement {
    pub fn rect(&self) -> Option<Rect> {
        match self {
            Placement::Inside(r) | Placement::Everywhere(r) => Some(*r),
            Placement::Outside => None,
        }
    }
}

/// Place an `ny × nx` input with WCS `wcs_in` in an output of `shape_out` (rows, cols) on `wcs_out`:
/// map points along its edges to the output and take the pixels they span, as reproject does.
pub fn place(
    wcs_in: &Wcs,
    shape_in: (usize, usize),
    wcs_out: &Wcs,
    shape_out: (usize, usize),
) -> Result<Placement> {
    // The mapper maps its first WCS' pixels to its second's: input → output here, no round trip
    // (astropy's pixel_to_pixel).
    let mut mapper = PixelMapper::new(wcs_in, wcs_out, false)?;
    let pts = edge_points(shape_in.0, shape_in.1);
    let mut out = vec![0.0; pts.len()];
    mapper.map(&pts, &mut out)?;
    let whole = Rect {
        row0: 0,
        col0: 0,
        nrows: shape_out.0,
        ncols: shape_out.1,
    };
    if out.iter().any(|v| v.is_nan()) {
        return Ok(Placement::Everywhere(whole));
    }
    let span = |axis: usize, len: usize| -> Option<(usize, usize)> {
        let vals = out.iter().skip(axis).step_by(2);
        let (lo, hi) = vals.fold((f64::MAX, f64::MIN), |(a, b), &v| (a.min(v), b.max(v)));
        let imin = ((lo + 0.5).floor()).max(0.0);
        let imax = ((hi + 0.5).ceil()).min(len as f64);
        (imax > imin).then_some((imin as usize, imax as usize))
    };
    match (span(1, shape_out.0), span(0, shape_out.1)) {
        (Some((r0, r1)), Some((c0, c1))) => Ok(Placement::Inside(Rect {
            row0: r0,
            col0: c0,
            nrows: r1 - r0,
            ncols: c1 - c0,
        })),
        _ => Ok(Placement::Outside),
    }
}

/// The intersection of two rectangles, if not empty.
pub fn intersect(a: &Rect, b: &Rect) -> Option<Rect> {
    let o = a.intersect(b);
    (!o.is_empty()).then_some(o)
}

/// Output rows `row0..row0 + nrows`, all columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    pub row0: usize,
    pub nrows: usize,
}

/// What one band costs, in bytes per output row.
#[derive(Clone, Copy, Debug)]
pub struct RowCost {
    /// Per output column (accumulators).
    pub per_column: usize,
    /// Per column of every input covering the row (stacks, weights).
    pub per_input_column: usize,
}

/// Cut `height` output rows into bands of whole `step`-row groups (the engine's block rows, so no
/// block straddles two bands), each within `budget` bytes when possible (one group at least).
pub fn bands(
    height: usize,
    width: usize,
    rects: &[Rect],
    cost: RowCost,
    step: usize,
    budget: usize,
) -> Vec<Band> {
    let step = step.max(1);
    let group_cost = |r0: usize| -> usize {
        let r1 = (r0 + step).min(height);
        let g = Rect {
            row0: r0,
            col0: 0,
            nrows: r1 - r0,
            ncols: width,
        };
        let inputs: usize = rects
            .iter()
            .filter_map(|r| intersect(r, &g))
            .map(|r| r.ncols * r.nrows)
            .sum();
        (r1 - r0) * width * cost.per_column + inputs * cost.per_input_column
    };
    let mut out: Vec<Band> = Vec::new();
    let mut r = 0;
    let mut used = 0;
    while r < height {
        let c = group_cost(r);
        let n = step.min(height - r);
        match out.last_mut() {
            Some(b) if b.row0 + b.nrows == r && used + c <= budget => {
                b.nrows += n;
                used += c;
            }
            _ => {
                out.push(Band { row0: r, nrows: n });
                used = c;
            }
        }
        r += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_cover_the_border() {
        let p = edge_points(30, 40);
        assert_eq!(p.len(), 8 * EDGE_SAMPLES);
        let xs: Vec<f64> = p.iter().step_by(2).copied().collect();
        let ys: Vec<f64> = p.iter().skip(1).step_by(2).copied().collect();
        assert_eq!(xs.iter().cloned().fold(f64::MAX, f64::min), -0.5);
        assert_eq!(xs.iter().cloned().fold(f64::MIN, f64::max), 39.5);
        assert_eq!(ys.iter().cloned().fold(f64::MIN, f64::max), 29.5);
    }

    #[test]
    fn bands_respect_budget_and_steps() {
        let rects = [Rect {
            row0: 0,
            col0: 0,
            nrows: 1000,
            ncols: 100,
        }];
        let cost = RowCost {
            per_column: 16,
            per_input_column: 8,
        };
        let b = bands(1000, 100, &rects, cost, 64, 64 * 100 * 24 * 3);
        assert!(b.iter().all(|b| b.row0 % 64 == 0));
        assert_eq!(b.iter().map(|b| b.nrows).sum::<usize>(), 1000);
        assert_eq!(b[0].nrows, 192);
        // a budget too small still makes progress, one group at a time
        let b = bands(1000, 100, &rects, cost, 64, 1);
        assert_eq!(b.len(), 16);
    }
}
