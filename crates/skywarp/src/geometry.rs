//! The geometry of a run: validation of the request (with reproject's messages), which array axes the
//! WCS axes are, and for cubes the separable mapping of the third axis.

use skywarp_wcs::{AxisKind, Wcs};

use crate::mapping::Mapping;
use crate::{Error, Result};

/// How the WCS pixel axes relate to the array axes, for the whole run.
///
/// Output plane `p` (flattened leading axes, as in [`crate::Region::plane`]) is broadcast group
/// `p / nz_out` and, for a cube, output channel `p % nz_out`; input planes are numbered the same way
/// with `nz_in` channels per group.
#[derive(Clone, Debug)]
pub struct Geometry {
    /// Number of WCS pixel axes (2 or 3).
    pub naxis: usize,
    /// Celestial pixel axes (x, y) in FITS order — always (0, 1) here.
    pub ax: (usize, usize),
    /// For a 3-D WCS: the output→input mapping of the third pixel axis, per output index.
    pub zmap: Option<Vec<f64>>,
    /// Output third-axis pixel at which the (z-independent) celestial plane mapping is evaluated.
    pub z_anchor: f64,
    /// Input length of the third axis (1 for 2-D).
    pub nz_in: usize,
    /// Number of leading (broadcast) groups.
    pub nlead: usize,
    /// Input and output array shapes (numpy order, leading axes included).
    pub shape_in: Vec<usize>,
    pub shape_out: Vec<usize>,
}

impl Geometry {
    /// Validate the request (reproject's messages) and work out how the axes map.
    pub fn new(
        mapper: &mut dyn Mapping,
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        shape_in: &[usize],
        shape_out: &[usize],
    ) -> Result<Geometry> {
        validate(wcs_in, wcs_out, shape_in, shape_out)?;
        supported_naxis(wcs_in.naxis())?;
        celestial_first(wcs_in, wcs_out)?;
        layout(mapper, shape_in, shape_out)
    }

    /// The geometry of a run through a mapping whose WCS the engine cannot inspect (no axis types):
    /// the shape rules of [`Geometry::new`], pixel axes 0 and 1 taken as the image plane, and for 3
    /// axes the same numerical separability test — a cube whose plane mapping changes along the third
    /// axis is refused, not approximated. The caller checks what depends on world axis types.
    pub fn for_mapping(
        mapper: &mut dyn Mapping,
        shape_in: &[usize],
        shape_out: &[usize],
    ) -> Result<Geometry> {
        validate_shapes(mapper.naxis(), shape_in, shape_out)?;
        nonempty(shape_in, shape_out)?;
        layout(mapper, shape_in, shape_out)
    }

    /// (rows, cols) of an input plane.
    pub fn plane_in(&self) -> (usize, usize) {
        let d = self.shape_in.len();
        (self.shape_in[d - 2], self.shape_in[d - 1])
    }

    /// (rows, cols) of an output plane.
    pub fn plane_out(&self) -> (usize, usize) {
        let d = self.shape_out.len();
        (self.shape_out[d - 2], self.shape_out[d - 1])
    }

    /// Output channels per broadcast group (1 for 2-D).
    pub fn nz_out(&self) -> usize {
        self.zmap.as_ref().map_or(1, |z| z.len())
    }

    /// Number of output planes.
    pub fn n_planes_out(&self) -> usize {
        self.nlead * self.nz_out()
    }

    /// (broadcast group, output channel) of output plane `plane_out`.
    pub fn split_out(&self, plane_out: usize) -> (usize, usize) {
        let nz = self.nz_out();
        (plane_out / nz, plane_out % nz)
    }

    /// Input plane of channel `z_in` (0 for 2-D) in broadcast group `lead`.
    pub fn plane_in_index(&self, lead: usize, z_in: usize) -> usize {
        lead * self.nz_in + z_in
    }
}

fn validate(wcs_in: &Wcs, wcs_out: &Wcs, shape_in: &[usize], shape_out: &[usize]) -> Result<()> {
    let n = wcs_in.naxis();
    // Messages as reproject's _validate_wcs words them, so Python users see the same errors.
    if n != wcs_out.naxis() {
        return Err(Error::Value(
            "Number of dimensions in input and output WCS should match".into(),
        ));
    }
    validate_shapes(n, shape_in, shape_out)?;
    validate_types(wcs_in, wcs_out)?;
    nonempty(shape_in, shape_out)
}

/// reproject's shape rules for `n` WCS axes (its messages).
fn validate_shapes(n: usize, shape_in: &[usize], shape_out: &[usize]) -> Result<()> {
    if shape_out.len() < n {
        return Err(Error::Value("Too few dimensions in shape_out".into()));
    }
    if shape_in.len() < n {
        return Err(Error::Value("Too few dimensions in input data".into()));
    }
    if shape_in.len() != shape_out.len() {
        return Err(Error::Value(
            "Number of dimensions in input and output data should match".into(),
        ));
    }
    if shape_in[..shape_in.len() - n] != shape_out[..shape_out.len() - n] {
        return Err(Error::Value(
            "Dimensions to be looped over must match exactly".into(),
        ));
    }
    Ok(())
}

/// reproject's rules on the world axis types: celestial and spectral on both sides or neither.
fn validate_types(wcs_in: &Wcs, wcs_out: &Wcs) -> Result<()> {
    match (
        wcs_in.celestial_axes().is_some(),
        wcs_out.celestial_axes().is_some(),
    ) {
        (true, false) => {
            return Err(Error::Value(
                "Input WCS has celestial components but output WCS does not".into(),
            ))
        }
        (false, true) => {
            return Err(Error::Value(
                "Output WCS has celestial components but input WCS does not".into(),
            ))
        }
        _ => {}
    }
    match (wcs_in.spectral_axis(), wcs_out.spectral_axis()) {
        (Some(i), Some(o)) => {
            let (ti, to) = (&wcs_in.ctypes()[i], &wcs_out.ctypes()[o]);
            if ti.get(..4) != to.get(..4) {
                return Err(Error::Value(format!(
                    "The input ({ti}) and output ({to}) spectral coordinate types are not equivalent."
                )));
            }
        }
        (Some(_), None) => {
            return Err(Error::Value(
                "Input WCS has a spectral component but output WCS does not".into(),
            ))
        }
        (None, Some(_)) => {
            return Err(Error::Value(
                "Output WCS has a spectral component but input WCS does not".into(),
            ))
        }
        _ => {}
    }
    Ok(())
}

fn nonempty(shape_in: &[usize], shape_out: &[usize]) -> Result<()> {
    if shape_in.iter().chain(shape_out).any(|&s| s == 0) {
        return Err(Error::Value(
            "input and output shapes must not contain zero-length axes".into(),
        ));
    }
    Ok(())
}

fn supported_naxis(n: usize) -> Result<()> {
    if !(2..=3).contains(&n) {
        return Err(Error::Unsupported(format!(
            "{n}-dimensional WCS: the engine supports 2-D images and 3-D cubes (extra leading axes are broadcast)"
        )));
    }
    Ok(())
}

/// The engine wants the celestial axes first (the image plane).
fn celestial_first(wcs_in: &Wcs, wcs_out: &Wcs) -> Result<()> {
    let n = wcs_in.naxis();
    for w in [wcs_in, wcs_out] {
        let kinds = w.axis_kinds();
        let plane_ok = w
            .celestial_axes()
            .is_none_or(|(a, b)| (a == 0 && b == 1) || (a == 1 && b == 0));
        if !plane_ok || (n == 3 && matches!(kinds[2], AxisKind::Longitude | AxisKind::Latitude)) {
            return Err(Error::Unsupported(
                "the celestial axes must be the first two WCS axes (NAXIS1, NAXIS2)".into(),
            ));
        }
    }
    Ok(())
}

/// Broadcast groups, and for a cube the separable third axis (checked numerically).
fn layout(mapper: &mut dyn Mapping, shape_in: &[usize], shape_out: &[usize]) -> Result<Geometry> {
    let n = mapper.naxis();
    supported_naxis(n)?;
    let nlead: usize = shape_out[..shape_out.len() - n].iter().product();
    if n == 2 {
        return Ok(Geometry {
            naxis: 2,
            ax: (0, 1),
            zmap: None,
            z_anchor: 0.0,
            nz_in: 1,
            nlead,
            shape_in: shape_in.to_vec(),
            shape_out: shape_out.to_vec(),
        });
    }
    // 3-D: the cube must be separable — the celestial mapping the same for every plane and the third
    // axis mapped independently of position — so the plane mapping is computed once per block and the
    // third axis once per plane. Checked numerically on a few points.
    let d = shape_out.len();
    let (ny, nx, nz) = (
        shape_out[d - 2] as f64,
        shape_out[d - 1] as f64,
        shape_out[d - 3] as f64,
    );
    let probes = [
        (nx / 2.0, ny / 2.0),
        (0.0, 0.0),
        (nx - 1.0, ny - 1.0),
        (nx - 1.0, 0.0),
        (0.0, ny - 1.0),
    ];
    let zs = [0.0, (nz - 1.0) / 2.0, nz - 1.0];
    let mut pts = Vec::new();
    for &(x, y) in &probes {
        for &z in &zs {
            pts.extend([x, y, z]);
        }
    }
    let mut res = vec![0.0; pts.len()];
    mapper.map(&pts, &mut res)?;
    // First probe whose points all map: its z values are the reference for the others.
    let mut anchor: Option<(f64, f64, f64, [f64; 3])> = None;
    for (pi, &(x, y)) in probes.iter().enumerate() {
        let group: Vec<&[f64]> = (0..zs.len())
            .map(|zi| &res[(pi * zs.len() + zi) * 3..][..3])
            .collect();
        if group.iter().any(|p| p.iter().any(|v| !v.is_finite())) {
            continue;
        }
        if group[1..]
            .iter()
            .any(|p| (p[0] - group[0][0]).abs() > 1e-8 || (p[1] - group[0][1]).abs() > 1e-8)
        {
            return Err(Error::Unsupported(
                "cube WCS whose celestial mapping changes along the third axis (not separable)"
                    .into(),
            ));
        }
        let zin = [group[0][2], group[1][2], group[2][2]];
        match anchor {
            None => anchor = Some((x, y, zs[0], zin)),
            Some((_, _, _, z0)) => {
                if zin.iter().zip(z0).any(|(a, b)| (a - b).abs() > 1e-8) {
                    return Err(Error::Unsupported(
                        "cube WCS whose third axis mapping depends on position (not separable)"
                            .into(),
                    ));
                }
            }
        }
    }
    let Some((ax_x, ax_y, z_anchor, _)) = anchor else {
        return Err(Error::Value(
            "no valid pixel mapping found between the output and input cubes".into(),
        ));
    };
    let nzo = shape_out[d - 3];
    let mut pts = Vec::with_capacity(nzo * 3);
    for k in 0..nzo {
        pts.extend([ax_x, ax_y, k as f64]);
    }
    let mut res = vec![0.0; pts.len()];
    mapper.map(&pts, &mut res)?;
    let zmap = res.chunks_exact(3).map(|p| p[2]).collect();
    Ok(Geometry {
        naxis: 3,
        ax: (0, 1),
        zmap: Some(zmap),
        z_anchor,
        nz_in: shape_in[shape_in.len() - 3],
        nlead,
        shape_in: shape_in.to_vec(),
        shape_out: shape_out.to_vec(),
    })
}
