//! [`PixelMapper`]: output pixel → input pixel, the hot path of every resampling algorithm.

use crate::frames::FrameTransform;
use crate::wcs::{AxisKind, Wcs};
use crate::{Result, WcsError};

/// Maps pixel positions of an output WCS onto pixel positions of an input WCS.
///
/// Route: output pixel → output world (WCSLIB) → celestial frame change (if the frames differ) →
/// input world → input pixel (WCSLIB). Non-celestial world axes are carried across unchanged and must
/// therefore describe the same quantity in the same unit on both sides (same CTYPE and CUNIT).
///
/// With `roundtrip` on (reproject's default `roundtrip_coords=True`), every input position is mapped
/// back and the point is rejected (NaN) if it lands more than one pixel from where it started on any
/// axis — this catches positions that are valid one way but not the other (e.g. the far side of a
/// zenithal projection, or a point of the solar sphere that the input's observer sees but the
/// output's does not). As in reproject's `pixel_to_pixel_with_roundtrip` (`|back − start| > 1`), a
/// way back that gives NaN does not reject the point by itself.
///
/// A mapper owns private copies of both WCS (WCSLIB's structs are not safe to share): clone it once per
/// worker thread. It keeps its scratch buffers (resized, never shrunk), so mapping batches of a steady
/// size does not allocate.
#[derive(Clone)]
pub struct PixelMapper {
    out: Wcs,
    inp: Wcs,
    forward: Option<FrameTransform>,
    backward: Option<FrameTransform>,
    /// `perm[i]` = index of the output world axis that feeds input world axis `i`.
    perm: Vec<usize>,
    /// The inverse of `perm`, for the way back of the round trip.
    inv_perm: Vec<usize>,
    /// Celestial (lng, lat) axes of the output and input, when both have them.
    cel: Option<((usize, usize), (usize, usize))>,
    roundtrip: bool,
    world_out: Vec<f64>,
    world_in: Vec<f64>,
    lon: Vec<f64>,
    lat: Vec<f64>,
    back: Vec<f64>,
}

impl std::fmt::Debug for PixelMapper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PixelMapper")
            .field("out", &self.out)
            .field("inp", &self.inp)
            .field("perm", &self.perm)
            .field("roundtrip", &self.roundtrip)
            .finish()
    }
}

impl PixelMapper {
    /// Build a mapper from `wcs_out` pixels to `wcs_in` pixels.
    pub fn new(wcs_out: &Wcs, wcs_in: &Wcs, roundtrip: bool) -> Result<PixelMapper> {
        if wcs_out.naxis() != wcs_in.naxis() {
            return Err(WcsError::Incompatible(format!(
                "output WCS has {} axes, input WCS has {}",
                wcs_out.naxis(),
                wcs_in.naxis()
            )));
        }
        let kinds_out = wcs_out.axis_kinds();
        let kinds_in = wcs_in.axis_kinds();
        let mut perm = vec![usize::MAX; wcs_in.naxis()];
        let mut used = vec![false; wcs_out.naxis()];
        let mut cel = None;
        let (mut forward, mut backward) = (None, None);
        match (wcs_out.celestial_axes(), wcs_in.celestial_axes()) {
            (Some(co), Some(ci)) => {
                perm[ci.0] = co.0;
                perm[ci.1] = co.1;
                used[co.0] = true;
                used[co.1] = true;
                cel = Some((co, ci));
                let fo = wcs_out
                    .celestial_frame()?
                    .expect("celestial axes imply a frame");
                let fi = wcs_in
                    .celestial_frame()?
                    .expect("celestial axes imply a frame");
                let t = FrameTransform::new(&fo, &fi)?;
                if !t.is_identity() {
                    forward = Some(t);
                    backward = Some(FrameTransform::new(&fi, &fo)?);
                }
            }
            (None, None) => {}
            _ => {
                return Err(WcsError::Incompatible(
                    "one WCS has celestial axes and the other does not".to_string(),
                ))
            }
        }
        // Every other input axis takes the first unused output axis of the same kind, type and unit.
        for i in 0..wcs_in.naxis() {
            if perm[i] != usize::MAX {
                continue;
            }
            let found = (0..wcs_out.naxis()).find(|&o| {
                !used[o]
                    && kinds_out[o] == kinds_in[i]
                    && !matches!(kinds_out[o], AxisKind::Longitude | AxisKind::Latitude)
                    && wcs_out.ctypes()[o] == wcs_in.ctypes()[i]
                    && wcs_out.cunits()[o] == wcs_in.cunits()[i]
            });
            match found {
                Some(o) => {
                    perm[i] = o;
                    used[o] = true;
                }
                None => {
                    return Err(WcsError::Incompatible(format!(
                        "input axis {} ({} [{}]) has no matching output axis",
                        i + 1,
                        wcs_in.ctypes()[i],
                        wcs_in.cunits()[i]
                    )))
                }
            }
        }
        Ok(PixelMapper {
            out: wcs_out.clone(),
            inp: wcs_in.clone(),
            forward,
            backward,
            inv_perm: invert(&perm),
            perm,
            cel,
            roundtrip,
            world_out: Vec::new(),
            world_in: Vec::new(),
            lon: Vec::new(),
            lat: Vec::new(),
            back: Vec::new(),
        })
    }

    /// Number of pixel axes on each side (equal).
    pub fn naxis(&self) -> usize {
        self.out.naxis()
    }

    /// Whether the round-trip check is on.
    pub fn roundtrip(&self) -> bool {
        self.roundtrip
    }

    /// The output WCS this mapper maps from.
    pub fn wcs_out(&self) -> &Wcs {
        &self.out
    }

    /// The input WCS this mapper maps to.
    pub fn wcs_in(&self) -> &Wcs {
        &self.inp
    }

    /// Map `out_pix` (0-based, interleaved, `naxis` numbers per point) to `in_pix` (same layout).
    /// Points without a valid mapping (off the projection, failed round trip) come out NaN.
    pub fn map(&mut self, out_pix: &[f64], in_pix: &mut [f64]) -> Result<()> {
        let nax = self.naxis();
        assert_eq!(out_pix.len(), in_pix.len(), "map: length mismatch");
        let len = out_pix.len();
        self.world_out.resize(len, 0.0);
        self.world_in.resize(len, 0.0);
        self.out.pix2world(out_pix, &mut self.world_out)?;
        transfer(
            &self.world_out,
            &mut self.world_in,
            &self.perm,
            nax,
            self.cel.map(|(_, ci)| ci),
            self.forward.as_ref(),
            &mut self.lon,
            &mut self.lat,
        );
        self.inp.world2pix(&self.world_in, in_pix)?;
        if self.roundtrip {
            self.back.resize(len, 0.0);
            // Back: input pixel → input world → output world → output pixel.
            self.inp.pix2world(in_pix, &mut self.world_in)?;
            transfer(
                &self.world_in,
                &mut self.world_out,
                &self.inv_perm,
                nax,
                self.cel.map(|(co, _)| co),
                self.backward.as_ref(),
                &mut self.lon,
                &mut self.lat,
            );
            self.out.world2pix(&self.world_out, &mut self.back)?;
            for ((p_in, p_out), p_back) in in_pix
                .chunks_exact_mut(nax)
                .zip(out_pix.chunks_exact(nax))
                .zip(self.back.chunks_exact(nax))
            {
                let far = p_out.iter().zip(p_back).any(|(a, b)| (a - b).abs() > 1.0);
                if far {
                    p_in.fill(f64::NAN);
                }
            }
        }
        Ok(())
    }
}

fn invert(perm: &[usize]) -> Vec<usize> {
    let mut inv = vec![0; perm.len()];
    for (i, &p) in perm.iter().enumerate() {
        inv[p] = i;
    }
    inv
}

/// Reorder world coordinates from one WCS's axis order to the other's (`dst[i] = src[perm[i]]`) and apply
/// the celestial frame change to the destination's (lng, lat) pair.
#[allow(clippy::too_many_arguments)]
fn transfer(
    src: &[f64],
    dst: &mut [f64],
    perm: &[usize],
    nax: usize,
    dst_cel: Option<(usize, usize)>,
    frame: Option<&FrameTransform>,
    lon: &mut Vec<f64>,
    lat: &mut Vec<f64>,
) {
    for (d, s) in dst.chunks_exact_mut(nax).zip(src.chunks_exact(nax)) {
        for (i, &p) in perm.iter().enumerate() {
            d[i] = s[p];
        }
    }
    if let (Some((lng, lt)), Some(t)) = (dst_cel, frame) {
        let n = dst.len() / nax;
        lon.clear();
        lat.clear();
        lon.extend(dst.chunks_exact(nax).map(|c| c[lng]));
        lat.extend(dst.chunks_exact(nax).map(|c| c[lt]));
        t.apply(&mut lon[..n], &mut lat[..n]);
        for ((c, &a), &b) in dst.chunks_exact_mut(nax).zip(lon.iter()).zip(lat.iter()) {
            c[lng] = a;
            c[lt] = b;
        }
    }
}
