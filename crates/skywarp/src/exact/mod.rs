//! Exact, flux-conserving reprojection by spherical pixel overlap (reproject's `reproject_exact`,
//! Montage's `mProject`).
//!
//! Definition (reproject's and Montage's): input and output pixels are quadrilaterals whose corners are
//! the mapped pixel corners (±0.5 px), with great-circle edges. Input pixel i contributes to output
//! pixel o with weight w = area(i ∩ o) / area(o) on the unit sphere; the output value is Σ v·w / Σ w
//! (surface brightness) and the footprint Σ w, the fractional coverage. A NaN input pixel makes every
//! output pixel it overlaps NaN; an output pixel with no overlap is NaN with footprint 0.
//!
//! Two numerical paths compute the same overlaps, chosen once per run from the pixel scales:
//! - [`fine`]: pixels up to [`FINE_LIMIT`] — clipping in the input pixel plane, scale-free, with the
//!   plane's smooth area scale ([`area`]); flux conserved to rounding however small the pixels.
//! - [`wide`]: larger pixels — clipping on the sphere in a gnomonic plane per output pixel, exact for
//!   great-circle edges, from unit vectors (precise at these scales).
//!
//! The weights of a block are computed once ([`Overlaps`]) and applied to every plane.

pub mod area;
pub mod fine;
mod kernel;
pub mod overlaps;
pub mod poly;
pub mod wide;

pub use area::AreaScale;
pub use kernel::{reproject_exact, Exact, ExactWorker};
pub use overlaps::Overlaps;
pub use wide::Vec3;

use skywarp_wcs::Wcs;

pub use crate::region::Rect;

/// Largest pixel size (radians, ≈ 2″) handled in the input pixel plane. There, neglecting the
/// curvature of great-circle edges moves < 1e-6 of a pixel's area; on the sphere, unit vectors keep
/// areas to ~1e-16 / 1e-5 = 1e-11 relative.
pub const FINE_LIMIT: f64 = 1e-5;

/// Index of input cell (row, col) in a row-major window, if the window holds it.
#[inline]
pub(crate) fn cell_index(w: &Rect, row: i64, col: i64) -> Option<usize> {
    let (r, c) = (row - w.row0 as i64, col - w.col0 as i64);
    (r >= 0 && c >= 0 && (r as usize) < w.nrows && (c as usize) < w.ncols)
        .then(|| r as usize * w.ncols + c as usize)
}

/// Unit vector of (lon, lat) in degrees (NaN in, NaN out).
#[inline]
pub fn lonlat_to_vec(lon: f64, lat: f64) -> Vec3 {
    let (sl, cl) = lon.to_radians().sin_cos();
    let (sb, cb) = lat.to_radians().sin_cos();
    [cb * cl, cb * sl, sb]
}

/// Angular size of a pixel (radians, the square root of its solid angle) near the centre of a
/// `(rows, cols)` image, or `None` if the WCS has no valid position there.
pub fn pixel_scale(wcs: &mut Wcs, (rows, cols): (usize, usize)) -> Option<f64> {
    let (lng, lat) = wcs.celestial_axes()?;
    let probes = [
        (0.5, 0.5),
        (0.25, 0.25),
        (0.75, 0.75),
        (0.25, 0.75),
        (0.75, 0.25),
    ];
    for (fx, fy) in probes {
        let (x, y) = ((cols as f64 - 1.0) * fx, (rows as f64 - 1.0) * fy);
        let pix = [x, y, x + 1.0, y, x, y + 1.0];
        let mut world = [0.0; 6];
        if wcs.pix2world(&pix, &mut world).is_err() {
            continue;
        }
        let u: Vec<Vec3> = world
            .chunks_exact(2)
            .map(|w| lonlat_to_vec(w[lng], w[lat]))
            .collect();
        let dx = [u[1][0] - u[0][0], u[1][1] - u[0][1], u[1][2] - u[0][2]];
        let dy = [u[2][0] - u[0][0], u[2][1] - u[0][1], u[2][2] - u[0][2]];
        let c = [
            dx[1] * dy[2] - dx[2] * dy[1],
            dx[2] * dy[0] - dx[0] * dy[2],
            dx[0] * dy[1] - dx[1] * dy[0],
        ];
        let s = (c[0] * c[0] + c[1] * c[1] + c[2] * c[2]).sqrt().sqrt();
        if s.is_finite() && s > 0.0 {
            return Some(s);
        }
    }
    None
}

/// The input cells an output pixel with corners (x, y) (input pixels) may overlap: columns c0..=c1,
/// rows r0..=r1 (unclamped), the corners' bounding box grown by `grow` pixels; `None` when a corner
/// has no mapping or the box is absurdly large (the pixel straddles a discontinuity of the input
/// projection, e.g. a longitude seam, and is treated as having no mapping).
#[inline]
pub(crate) fn cell_range(x: &[f64; 4], y: &[f64; 4], grow: f64) -> Option<[i64; 4]> {
    if x.iter().chain(y).any(|v| !v.is_finite()) {
        return None;
    }
    let fold = |s: &[f64; 4], f: fn(f64, f64) -> f64, init: f64| s.iter().copied().fold(init, f);
    let (xmin, xmax) = (fold(x, f64::min, f64::MAX), fold(x, f64::max, f64::MIN));
    let (ymin, ymax) = (fold(y, f64::min, f64::MAX), fold(y, f64::max, f64::MIN));
    let g = grow * (xmax - xmin).max(ymax - ymin) + if grow > 0.0 { 0.05 } else { 0.0 };
    let (c0, c1) = (xmin - g + 0.5, xmax + g + 0.5);
    let (r0, r1) = (ymin - g + 0.5, ymax + g + 0.5);
    if (c1 - c0 + 1.0) * (r1 - r0 + 1.0) > MAX_CELLS || c0.abs().max(r0.abs()) > 1e15 {
        return None;
    }
    Some([floor(c0), floor(c1), floor(r0), floor(r1)])
}

/// An output pixel whose quadrilateral would cover more input cells than this has no mapping.
const MAX_CELLS: f64 = 16_777_216.0;

/// `v.floor()` as an integer, inline (the libm call costs more than the rest of a cell range); `v`
/// must be within ±2⁶³.
#[inline]
fn floor(v: f64) -> i64 {
    let t = v as i64;
    if (t as f64) > v {
        t - 1
    } else {
        t
    }
}
