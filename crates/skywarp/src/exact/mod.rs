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
pub mod overlaps;
pub mod poly;
pub mod wide;

pub use area::AreaScale;
pub use overlaps::Overlaps;
pub use wide::Vec3;

use skywarp_wcs::Wcs;

/// Largest pixel size (radians, ≈ 2″) handled in the input pixel plane. There, neglecting the
/// curvature of great-circle edges moves < 1e-6 of a pixel's area; on the sphere, unit vectors keep
/// areas to ~1e-16 / 1e-5 = 1e-11 relative.
pub const FINE_LIMIT: f64 = 1e-5;

/// Rows `row0..row0+nrows`, columns `col0..col0+ncols` of one input plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    pub row0: usize,
    pub col0: usize,
    pub nrows: usize,
    pub ncols: usize,
}

impl Rect {
    pub const fn new(row0: usize, col0: usize, nrows: usize, ncols: usize) -> Rect {
        Rect {
            row0,
            col0,
            nrows,
            ncols,
        }
    }
}

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
