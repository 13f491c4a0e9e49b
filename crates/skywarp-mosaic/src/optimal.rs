//! The output grid of a mosaic: reproject's `find_optimal_celestial_wcs`, rule for rule.
//!
//! Every input contributes its four pixel corners (the outer edges of its corner pixels), a reference
//! position and a pixel scale. The output is a `projection` WCS in `frame` (default: the first input's)
//! centred on `reference` (default: the mean direction of the inputs' reference positions), with square
//! pixels of `resolution` (default: the finest input), `crpix` and shape chosen so that every corner
//! falls inside. `auto_rotate` turns the grid to the minimum-area rectangle around the corners
//! (computed here by rotating calipers, so no geometry library is needed).
//!
//! The two kinds of input reproject distinguishes are kept: a FITS WCS gives its reference at CRPIX and
//! its scale from the CD matrix; a generic (APE-14) WCS, its reference at the image centre and its
//! scale from the separations of neighbouring pixels there.

use skywarp_fits::Header;
use skywarp_wcs::{Frame, FrameTransform, Wcs};

use crate::{Error, Result};

/// How reproject learns an input's reference position and pixel scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// An astropy `WCS` / FITS header: reference at CRPIX, scale from the CD matrix.
    Fits,
    /// Any other APE-14 WCS: reference at the image centre, scale from neighbouring pixels there.
    Ape14,
}

/// One input of [`find_optimal_celestial_wcs`]: its WCS and its image shape (rows, columns).
#[derive(Clone, Debug)]
pub struct GridInput {
    pub wcs: Wcs,
    pub shape: Vec<usize>,
    pub kind: InputKind,
}

/// The sign of the longitude CDELT (reproject's `negative_lon_cdelt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LonCdelt {
    /// Negative, as on the sky seen from inside (reproject's current default).
    #[default]
    Negative,
    Positive,
    /// Negative for RA/GLON/ELON/HLON/SLON longitudes, positive otherwise.
    Auto,
}

/// Options of [`find_optimal_celestial_wcs`]; `Default` gives reproject's defaults.
#[derive(Clone, Debug)]
pub struct GridOptions {
    /// Output frame; `None`: the first input's.
    pub frame: Option<Frame>,
    /// Three-letter projection code.
    pub projection: String,
    /// Pixel size in degrees; `None`: the finest input pixel scale.
    pub resolution_deg: Option<f64>,
    /// Reference (longitude, latitude) in degrees *in the output frame*; `None`: the mean direction of
    /// the inputs' references.
    pub reference: Option<(f64, f64)>,
    pub auto_rotate: bool,
    pub lon_cdelt: LonCdelt,
}

impl Default for GridOptions {
    fn default() -> Self {
        GridOptions {
            frame: None,
            projection: "TAN".into(),
            resolution_deg: None,
            reference: None,
            auto_rotate: false,
            lon_cdelt: LonCdelt::Negative,
        }
    }
}

/// Longitude types whose CDELT is negative under [`LonCdelt::Auto`] (reproject's list).
const NEGATIVE_CDELT_CTYPES: [&str; 5] = ["RA--", "GLON", "ELON", "HLON", "SLON"];

/// The celestial output grid found by [`find_optimal_celestial_wcs`].
#[derive(Clone, Debug, PartialEq)]
pub struct OptimalGrid {
    pub frame: Frame,
    /// CTYPE1, CTYPE2 (e.g. "RA---TAN", "DEC--TAN").
    pub ctype: [String; 2],
    /// RADESYS and EQUINOX as astropy's `celestial_frame_to_wcs` sets them.
    pub radesys: Option<String>,
    pub equinox: Option<f64>,
    /// Degrees.
    pub crval: [f64; 2],
    /// Degrees per pixel.
    pub cdelt: [f64; 2],
    /// The rotation, `None` when `auto_rotate` is off (no PC keywords then, as reproject).
    pub pc: Option<[[f64; 2]; 2]>,
    /// 1-based, as in FITS.
    pub crpix: [f64; 2],
    /// (rows, columns).
    pub shape: (usize, usize),
}

impl OptimalGrid {
    /// The WCS keywords (with NAXIS1/NAXIS2), as a FITS header.
    pub fn header(&self) -> Result<Header> {
        let mut h = Header::new();
        h.set_i64("NAXIS", 2)?;
        h.set_i64("NAXIS1", self.shape.1 as i64)?;
        h.set_i64("NAXIS2", self.shape.0 as i64)?;
        h.set_i64("WCSAXES", 2)?;
        for i in 0..2 {
            let k = i + 1;
            h.set_f64(&format!("CRPIX{k}"), self.crpix[i])?;
        }
        if let Some(pc) = self.pc {
            for (i, row) in pc.iter().enumerate() {
                for (j, v) in row.iter().enumerate() {
                    h.set_f64(&format!("PC{}_{}", i + 1, j + 1), *v)?;
                }
            }
        }
        for k in 1..=2 {
            h.set_f64(&format!("CDELT{k}"), self.cdelt[k - 1])?;
        }
        for k in 1..=2 {
            h.set_str(&format!("CUNIT{k}"), "deg")?;
        }
        for k in 1..=2 {
            h.set_str(&format!("CTYPE{k}"), &self.ctype[k - 1])?;
        }
        for k in 1..=2 {
            h.set_f64(&format!("CRVAL{k}"), self.crval[k - 1])?;
        }
        if let Some(r) = &self.radesys {
            h.set_str("RADESYS", r)?;
        }
        if let Some(e) = self.equinox {
            h.set_f64("EQUINOX", e)?;
        }
        Ok(h)
    }

    /// The grid as a WCSLIB WCS.
    pub fn wcs(&self) -> Result<Wcs> {
        Ok(Wcs::from_cards(&self.header()?.to_cards_string())?)
    }
}

/// CTYPE prefixes, RADESYS and EQUINOX of a frame, as astropy's `celestial_frame_to_wcs` writes them.
fn frame_keywords(
    frame: &Frame,
) -> Result<(&'static str, &'static str, Option<String>, Option<f64>)> {
    Ok(match frame {
        Frame::Icrs => ("RA--", "DEC-", Some("ICRS".into()), None),
        Frame::Fk5 { equinox } => ("RA--", "DEC-", Some("FK5".into()), Some(*equinox)),
        Frame::Fk4 { equinox, .. } => ("RA--", "DEC-", Some("FK4".into()), Some(*equinox)),
        Frame::Fk4NoETerms { equinox, .. } => {
            ("RA--", "DEC-", Some("FK4-NO-E".into()), Some(*equinox))
        }
        Frame::Galactic => ("GLON", "GLAT", None, None),
        // astropy has no WCS for these frames either; solar mosaics need a target header (sunpy's
        // frames are not in astropy's celestial_frame_to_wcs registry without sunpy)
        Frame::Supergalactic | Frame::Ecliptic { .. } | Frame::Solar(_) => {
            return Err(Error::Value(
                "Could not determine WCS corresponding to the specified coordinate frame.".into(),
            ))
        }
    })
}

/// Reference direction, pixel scale (degrees) and corners of one input, in its own frame.
struct Described {
    frame: Frame,
    reference: (f64, f64),
    scale: f64,
    corners: [(f64, f64); 4],
}

fn describe(input: &GridInput) -> Result<Described> {
    let shape = &input.shape;
    let mut wcs = input.wcs.clone();
    if shape.len() != 2 {
        return Err(Error::Value(format!(
            "Input data is not 2-dimensional (got shape {})",
            py_tuple(shape)
        )));
    }
    if wcs.naxis() != 2 {
        return Err(Error::Value("Input WCS is not 2-dimensional".into()));
    }
    let frame = match wcs.celestial_frame()? {
        Some(f) if wcs.celestial_axes() == Some((0, 1)) => f,
        Some(_) => {
            return Err(Error::Unsupported(
                "input WCS with latitude before longitude".into(),
            ))
        }
        None => return Err(Error::Type("WCS does not have celestial components".into())),
    };
    let (ny, nx) = (shape[0] as f64, shape[1] as f64);
    let pix = [
        -0.5,
        -0.5,
        nx - 0.5,
        -0.5,
        nx - 0.5,
        ny - 0.5,
        -0.5,
        ny - 0.5,
    ];
    let mut world = [0.0; 8];
    wcs.pix2world(&pix, &mut world)?;
    let corners = [0, 1, 2, 3].map(|i| (world[2 * i], world[2 * i + 1]));
    let (reference, scale) = match input.kind {
        InputKind::Fits => {
            let c = wcs.crpix();
            let mut r = [0.0; 2];
            wcs.pix2world(&[c[0] - 1.0, c[1] - 1.0], &mut r)?;
            let m = wcs.pixel_scale_matrix();
            let col = |j: usize| (m[j] * m[j] + m[2 + j] * m[2 + j]).sqrt();
            ((r[0], r[1]), col(0).min(col(1)))
        }
        InputKind::Ape14 => {
            let (xp, yp) = ((nx - 1.0) / 2.0, (ny - 1.0) / 2.0);
            let mut w = [0.0; 6];
            wcs.pix2world(&[xp, yp, xp, yp + 1.0, xp + 1.0, yp], &mut w)?;
            let s_x = separation((w[0], w[1]), (w[4], w[5]));
            let s_y = separation((w[0], w[1]), (w[2], w[3]));
            ((w[0], w[1]), s_x.min(s_y))
        }
    };
    Ok(Described {
        frame,
        reference,
        scale,
        corners,
    })
}

/// Python's repr of a shape tuple, for reproject's messages.
fn py_tuple(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Angular distance in degrees (Vincenty's formula, as astropy's `angular_separation`).
fn separation(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (l1, b1) = (a.0.to_radians(), a.1.to_radians());
    let (l2, b2) = (b.0.to_radians(), b.1.to_radians());
    let (sdl, cdl) = (l2 - l1).sin_cos();
    let (s1, c1) = b1.sin_cos();
    let (s2, c2) = b2.sin_cos();
    let num1 = c2 * sdl;
    let num2 = c1 * s2 - s1 * c2 * cdl;
    let den = s1 * s2 + c1 * c2 * cdl;
    num1.hypot(num2).atan2(den).to_degrees()
}

fn unit(lon: f64, lat: f64) -> [f64; 3] {
    let (sl, cl) = lon.to_radians().sin_cos();
    let (sb, cb) = lat.to_radians().sin_cos();
    [cb * cl, cb * sl, sb]
}

fn lonlat(v: [f64; 3]) -> (f64, f64) {
    let lon = v[1].atan2(v[0]).to_degrees().rem_euclid(360.0);
    let lat = v[2].atan2(v[0].hypot(v[1])).to_degrees();
    (lon, lat)
}

/// reproject's `find_optimal_celestial_wcs` (see the module doc).
pub fn find_optimal_celestial_wcs(inputs: &[GridInput], opts: &GridOptions) -> Result<OptimalGrid> {
    if inputs.is_empty() {
        return Err(Error::Value("no input images".into()));
    }
    let described = inputs.iter().map(describe).collect::<Result<Vec<_>>>()?;
    let frame = opts
        .frame
        .clone()
        .unwrap_or_else(|| described[0].frame.clone());
    let (lon4, lat4, radesys, equinox) = frame_keywords(&frame)?;
    let mut corners = Vec::with_capacity(4 * described.len());
    let mut mean = [0.0; 3];
    for d in &described {
        let t = FrameTransform::new(&d.frame, &frame).map_err(skywarp_wcs::WcsError::from)?;
        corners.extend(d.corners.iter().map(|&(l, b)| t.apply_one(l, b)));
        let (l, b) = t.apply_one(d.reference.0, d.reference.1);
        let v = unit(l, b);
        (0..3).for_each(|k| mean[k] += v[k] / described.len() as f64);
    }
    let crval = opts.reference.unwrap_or_else(|| lonlat(mean));
    let resolution = opts.resolution_deg.unwrap_or_else(|| {
        described
            .iter()
            .map(|d| d.scale)
            .fold(f64::INFINITY, f64::min)
    });
    if !(resolution.is_finite() && resolution > 0.0) {
        return Err(Error::Value(format!(
            "the output resolution must be a positive angle, got {resolution} deg"
        )));
    }
    let negative = match opts.lon_cdelt {
        LonCdelt::Negative => true,
        LonCdelt::Positive => false,
        LonCdelt::Auto => NEGATIVE_CDELT_CTYPES.contains(&lon4),
    };
    let projection = opts.projection.trim().to_ascii_uppercase();
    let mut grid = OptimalGrid {
        frame,
        ctype: [
            format!("{lon4}-{projection}"),
            format!("{lat4}-{projection}"),
        ],
        radesys,
        equinox,
        crval: [crval.0, crval.1],
        cdelt: [if negative { -resolution } else { resolution }, resolution],
        pc: None,
        crpix: [1.0, 1.0],
        shape: (1, 1),
    };
    let mut pts = project(&grid, &corners)?;
    if opts.auto_rotate {
        let angle = rotation_angle(&pts);
        let (s, c) = angle.sin_cos();
        grid.pc = Some([[c, -s], [s, c]]);
        pts = project(&grid, &corners)?;
    }
    let (mut xmin, mut xmax, mut ymin, mut ymax) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in &pts {
        if !(x.is_finite() && y.is_finite()) {
            return Err(Error::Value(
                "an input corner has no position in the output projection".into(),
            ));
        }
        xmin = xmin.min(x);
        xmax = xmax.max(x);
        ymin = ymin.min(y);
        ymax = ymax.max(y);
    }
    // The grid's lower-left pixel edge at (0.5, 0.5) in FITS pixels; Python's round (half to even).
    grid.crpix = [(1.0 - xmin) + 0.5, (1.0 - ymin) + 0.5];
    let nx = (xmax - xmin).round_ties_even();
    let ny = (ymax - ymin).round_ties_even();
    if !(nx >= 1.0 && ny >= 1.0 && nx * ny < 1e13) {
        return Err(Error::Value(format!(
            "the optimal grid would have {ny} x {nx} pixels"
        )));
    }
    grid.shape = (ny as usize, nx as usize);
    Ok(grid)
}

/// FITS (1-based) pixel positions of `corners` (degrees in the grid's frame) on `grid`.
fn project(grid: &OptimalGrid, corners: &[(f64, f64)]) -> Result<Vec<(f64, f64)>> {
    let mut wcs = grid.wcs()?;
    let world: Vec<f64> = corners.iter().flat_map(|&(l, b)| [l, b]).collect();
    let mut pix = vec![0.0; world.len()];
    wcs.world2pix(&world, &mut pix)?;
    Ok(pix
        .chunks_exact(2)
        .map(|p| (p[0] + 1.0, p[1] + 1.0))
        .collect())
}

/// The rotation reproject applies with `auto_rotate`: the angle (radians) of the minimum-area
/// rectangle around the points, folded into (−π/4, π/4]; 0 when the points are all the same.
pub fn rotation_angle(points: &[(f64, f64)]) -> f64 {
    let Some(edge) = min_area_rectangle_angle(points) else {
        return 0.0;
    };
    let q = std::f64::consts::FRAC_PI_2;
    let mut a = edge.rem_euclid(q);
    if a > q / 2.0 {
        a -= q;
    }
    a
}

/// Direction (radians) of one side of the minimum-area rectangle enclosing `points`: rotating calipers
/// over the convex hull (one side of the optimal rectangle lies along a hull edge). `None` when the
/// points are all the same.
pub fn min_area_rectangle_angle(points: &[(f64, f64)]) -> Option<f64> {
    let hull = convex_hull(points);
    if hull.len() < 2 {
        return None;
    }
    let mut best: Option<(f64, f64)> = None;
    for i in 0..hull.len() {
        let (a, b) = (hull[i], hull[(i + 1) % hull.len()]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = dx.hypot(dy);
        if len == 0.0 {
            continue;
        }
        let (ux, uy) = (dx / len, dy / len);
        let (mut umin, mut umax, mut vmin, mut vmax) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for p in &hull {
            let u = p.0 * ux + p.1 * uy;
            let v = -p.0 * uy + p.1 * ux;
            umin = umin.min(u);
            umax = umax.max(u);
            vmin = vmin.min(v);
            vmax = vmax.max(v);
        }
        let area = (umax - umin) * (vmax - vmin);
        if best.is_none_or(|(b, _)| area < b) {
            best = Some((area, dy.atan2(dx)));
        }
    }
    best.map(|(_, angle)| angle)
}

/// Andrew's monotone chain; counter-clockwise, no repeated or collinear points.
fn convex_hull(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut p: Vec<(f64, f64)> = points
        .iter()
        .copied()
        .filter(|q| q.0.is_finite() && q.1.is_finite())
        .collect();
    p.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    p.dedup();
    if p.len() < 3 {
        return p;
    }
    let cross = |o: (f64, f64), a: (f64, f64), b: (f64, f64)| {
        (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    };
    let mut hull: Vec<(f64, f64)> = Vec::with_capacity(2 * p.len());
    for pass in 0..2 {
        let start = hull.len();
        let iter: Box<dyn Iterator<Item = &(f64, f64)>> = if pass == 0 {
            Box::new(p.iter())
        } else {
            Box::new(p.iter().rev())
        };
        for &q in iter {
            while hull.len() >= start + 2
                && cross(hull[hull.len() - 2], hull[hull.len() - 1], q) <= 0.0
            {
                hull.pop();
            }
            hull.push(q);
        }
        hull.pop();
    }
    hull
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rectangle_angle_of_rotated_rectangle() {
        for deg in [0.0f64, 10.0, 33.0, 45.0, 60.0, 89.0, 120.0] {
            let t = deg.to_radians();
            let (s, c) = t.sin_cos();
            let rect = [
                (0.0, 0.0),
                (40.0, 0.0),
                (40.0, 30.0),
                (0.0, 30.0),
                (20.0, 15.0),
            ];
            let pts: Vec<_> = rect
                .iter()
                .map(|&(x, y)| (x * c - y * s + 5.0, x * s + y * c - 2.0))
                .collect();
            let a = min_area_rectangle_angle(&pts).unwrap();
            let d = (a - t).rem_euclid(std::f64::consts::FRAC_PI_2);
            assert!(
                d < 1e-12 || (std::f64::consts::FRAC_PI_2 - d) < 1e-12,
                "{deg}: {a}"
            );
        }
    }

    #[test]
    fn degenerate_points() {
        assert_eq!(min_area_rectangle_angle(&[(1.0, 1.0), (1.0, 1.0)]), None);
        assert_eq!(rotation_angle(&[]), 0.0);
    }

    #[test]
    fn identity_grid() {
        let mut h = Header::new();
        for (k, v) in [("CTYPE1", "RA---TAN"), ("CTYPE2", "DEC--TAN")] {
            h.set_str(k, v).unwrap();
        }
        for (k, v) in [
            ("CRPIX1", 10.0),
            ("CRPIX2", 15.0),
            ("CRVAL1", 43.0),
            ("CRVAL2", 23.0),
            ("CDELT1", -0.1),
            ("CDELT2", 0.1),
            ("EQUINOX", 2000.0),
        ] {
            h.set_f64(k, v).unwrap();
        }
        let cards = h.to_cards_string();
        let wcs = Wcs::from_cards(&cards).unwrap();
        let input = GridInput {
            wcs,
            shape: vec![30, 40],
            kind: InputKind::Fits,
        };
        let g = find_optimal_celestial_wcs(&[input], &GridOptions::default()).unwrap();
        assert_eq!(g.shape, (30, 40));
        assert!((g.crpix[0] - 10.0).abs() < 1e-6 && (g.crpix[1] - 15.0).abs() < 1e-6);
        assert!((g.crval[0] - 43.0).abs() < 1e-8 && (g.crval[1] - 23.0).abs() < 1e-8);
        assert_eq!(g.ctype, ["RA---TAN".to_string(), "DEC--TAN".to_string()]);
    }
}
