//! [`Exact`]: the overlap computation of [`super`] as a [`Kernel`] of the executor.

use std::sync::Mutex;

use skywarp_wcs::{FrameTransform, Wcs};

use super::area::AreaScale;
use super::fine::FineBlock;
use super::overlaps::Overlaps;
use super::wide::{self, WideBlock, WideScratch, GROW};
use super::{cell_range, fine, lonlat_to_vec, pixel_scale, Vec3, FINE_LIMIT};
use crate::executor::{run, RunOptions, RunStats};
use crate::kernel::{BlockCtx, BlockGeometry, GridNeeds, Kernel};
use crate::region::Rect;
use crate::sink::Sink;
use crate::source::Source;
use crate::window::WindowCache;
use crate::{Error, Result};

/// reproject's message for anything but a 2-D celestial input.
const ONLY_2D: &str =
    "Currently only data with a 2-d celestial WCS can be reprojected using flux-conserving algorithm";

/// Which numerical path a run takes (see [`super`]).
enum Path {
    /// Area scales of the input and output planes.
    Fine(AreaScale, AreaScale),
    /// The celestial frame change from the input to the output, if any.
    Wide(Option<FrameTransform>),
}

/// The exact-overlap kernel. It keeps its own copies of both WCS: the spherical path needs world
/// coordinates of the pixel corners, the planar path the input plane's area scale.
pub struct Exact {
    path: Path,
    /// Prototypes the workers clone (Wcs is Send, not Sync).
    wcs: Mutex<(Wcs, Wcs)>,
}

impl Exact {
    /// The kernel for reprojecting planes of `(rows, cols)` = `plane_in` on `wcs_in` onto planes of
    /// `plane_out` on `wcs_out`. The path is chosen from the larger of the two pixel scales.
    pub fn new(
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        plane_in: (usize, usize),
        plane_out: (usize, usize),
    ) -> Result<Exact> {
        let celestial_2d = |w: &Wcs| w.naxis() == 2 && w.celestial_axes().is_some();
        if !celestial_2d(wcs_in) {
            return Err(Error::Unsupported(ONLY_2D.into()));
        }
        if !celestial_2d(wcs_out) {
            return Err(Error::Value(
                "the output WCS of an exact reprojection must be 2-d celestial".into(),
            ));
        }
        // reproject_exact's spherical polygons assume directions on the celestial sphere; sunpy's
        // solar frames are 3-D (helioprojective points live on the Sun's surface), so the overlap
        // of two solar pixels is not a great-circle polygon problem. Refused rather than wrong.
        for w in [wcs_in, wcs_out] {
            if w.celestial_frame()?.is_some_and(|f| f.is_solar()) {
                return Err(Error::Unsupported(
                    "exact reprojection does not support solar frames (helioprojective, \
                     heliographic); use interpolation or adaptive resampling"
                        .into(),
                ));
            }
        }
        let (mut wi, mut wo) = (wcs_in.clone(), wcs_out.clone());
        let s_in = pixel_scale(&mut wi, plane_in);
        let s_out = pixel_scale(&mut wo, plane_out);
        let path = match (s_in, s_out) {
            (Some(si), Some(so)) if si.max(so) <= FINE_LIMIT => Path::Fine(
                AreaScale::from_wcs(&mut wi, plane_in, si)?,
                AreaScale::from_wcs(&mut wo, plane_out, so)?,
            ),
            _ => {
                let fi = wcs_in.celestial_frame()?.expect("celestial axes checked");
                let fo = wcs_out.celestial_frame()?.expect("celestial axes checked");
                let t = FrameTransform::new(&fi, &fo).map_err(skywarp_wcs::WcsError::from)?;
                Path::Wide((!t.is_identity()).then_some(t))
            }
        };
        Ok(Exact {
            path,
            wcs: Mutex::new((wi, wo)),
        })
    }

    /// Whether the run takes the planar (small pixel) path.
    pub fn is_fine(&self) -> bool {
        matches!(self.path, Path::Fine(..))
    }
}

/// Per-thread state of [`Exact`]: private WCS copies, the block's overlaps and scratch buffers.
pub struct ExactWorker {
    wcs_in: Wcs,
    wcs_out: Wcs,
    ov: Overlaps,
    scratch: WideScratch,
    /// Area scales of the window's cells and the block's pixels (planar path).
    tables: [Vec<[f64; 3]>; 2],
    pix: Vec<f64>,
    world: Vec<f64>,
    out_vec: Vec<Vec3>,
    in_vec: Vec<Vec3>,
    cache: WindowCache,
}

/// Unit vectors (in the frame `to` converts into, else the WCS's own) of the 2-D pixel positions `pix`.
fn unit_vectors(
    wcs: &mut Wcs,
    pix: &[f64],
    world: &mut Vec<f64>,
    to: Option<&FrameTransform>,
    out: &mut Vec<Vec3>,
) -> Result<()> {
    world.resize(pix.len(), 0.0);
    wcs.pix2world(pix, world)?;
    let (lng, lat) = wcs.celestial_axes().expect("celestial axes checked");
    out.clear();
    out.extend(world.chunks_exact(2).map(|w| {
        let u = lonlat_to_vec(w[lng], w[lat]);
        match to {
            Some(t) if u[0].is_finite() => {
                let v = t.apply_unit_vector(u);
                let n = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
                [v[0] / n, v[1] / n, v[2] / n]
            }
            _ => u,
        }
    }));
    Ok(())
}

/// Pixel positions of the `(rows + 1) × (cols + 1)` corner nodes of `rect`, interleaved (x, y).
fn corner_nodes(rect: Rect, pix: &mut Vec<f64>) {
    pix.clear();
    for i in 0..=rect.nrows {
        for j in 0..=rect.ncols {
            pix.push(rect.col0 as f64 - 0.5 + j as f64);
            pix.push(rect.row0 as f64 - 0.5 + i as f64);
        }
    }
}

impl Kernel for Exact {
    type Worker = ExactWorker;

    fn needs(&self) -> GridNeeds {
        GridNeeds {
            centres: false,
            ring: false,
            corners: true,
        }
    }

    fn new_worker(&self) -> ExactWorker {
        let (wcs_in, wcs_out) = self.wcs.lock().expect("wcs lock").clone();
        ExactWorker {
            wcs_in,
            wcs_out,
            ov: Overlaps::default(),
            scratch: WideScratch::default(),
            tables: [Vec::new(), Vec::new()],
            pix: Vec::new(),
            world: Vec::new(),
            out_vec: Vec::new(),
            in_vec: Vec::new(),
            cache: WindowCache::default(),
        }
    }

    /// The union of the cells every output pixel of the block may overlap (the same ranges the
    /// overlap paths clip against), clamped to the input. On the planar path, the cells of the corner
    /// nodes' bounding box (a superset, found in one pass).
    fn window(&self, geom: &BlockGeometry, (ny, nx): (usize, usize)) -> Option<Rect> {
        let (nr, nc) = (geom.rect.nrows, geom.rect.ncols);
        let mut b = [i64::MAX, i64::MIN, i64::MAX, i64::MIN];
        let mut add = |x: &[f64; 4], y: &[f64; 4], grow: f64| {
            if let Some([c0, c1, r0, r1]) = cell_range(x, y, grow) {
                b = [b[0].min(c0), b[1].max(c1), b[2].min(r0), b[3].max(r1)];
            }
        };
        if self.is_fine() {
            let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
            for (&x, &y) in geom.kx.iter().zip(geom.ky) {
                if x.is_finite() && y.is_finite() {
                    lo = [lo[0].min(x), lo[1].min(y)];
                    hi = [hi[0].max(x), hi[1].max(y)];
                }
            }
            let (x, y) = ([lo[0], hi[0], hi[0], lo[0]], [lo[1], lo[1], hi[1], hi[1]]);
            if lo[0] <= hi[0] {
                add(&x, &y, 0.0);
            }
        } else {
            for i in 0..nr {
                for j in 0..nc {
                    let x = fine::corners(geom.kx, nc, i, j);
                    let y = fine::corners(geom.ky, nc, i, j);
                    add(&x, &y, GROW);
                }
            }
        }
        let (c0, c1) = (b[0].max(0), b[1].min(nx as i64 - 1));
        let (r0, r1) = (b[2].max(0), b[3].min(ny as i64 - 1));
        if c1 < c0 || r1 < r0 {
            return None;
        }
        let (c0, r0) = (c0 as usize, r0 as usize);
        Some(Rect::new(
            r0,
            c0,
            r1 as usize - r0 + 1,
            c1 as usize - c0 + 1,
        ))
    }

    fn begin_block(&self, w: &mut ExactWorker, ctx: &BlockCtx) -> Result<()> {
        let win = ctx
            .window
            .expect("the executor calls begin_block only with a window");
        let g = &ctx.geom;
        w.cache.reset(win.len(), false);
        match &self.path {
            Path::Fine(scale_in, scale_out) => {
                let b = FineBlock {
                    kx: g.kx,
                    ky: g.ky,
                    rect: g.rect,
                    window: Some(win),
                    scale_in,
                    scale_out: Some(scale_out),
                };
                fine::block(&b, &mut w.tables, &mut w.ov);
            }
            Path::Wide(frame) => {
                corner_nodes(g.rect, &mut w.pix);
                unit_vectors(&mut w.wcs_out, &w.pix, &mut w.world, None, &mut w.out_vec)?;
                corner_nodes(win, &mut w.pix);
                let to = frame.as_ref();
                unit_vectors(&mut w.wcs_in, &w.pix, &mut w.world, to, &mut w.in_vec)?;
                let b = WideBlock {
                    kx: g.kx,
                    ky: g.ky,
                    nrows: g.rect.nrows,
                    ncols: g.rect.ncols,
                    out_vec: &w.out_vec,
                    window: win,
                    in_vec: &w.in_vec,
                };
                wide::block(&b, &mut w.scratch, &mut w.ov);
            }
        }
        Ok(())
    }

    fn plane(
        &self,
        w: &mut ExactWorker,
        ctx: &BlockCtx,
        plane_out: usize,
        values: &mut [f64],
        footprint: &mut [f64],
    ) -> Result<()> {
        let (lead, _) = ctx.geo.split_out(plane_out);
        let data = ctx.read(&mut w.cache, ctx.geo.plane_in_index(lead, 0))?;
        w.ov.apply(data, values, footprint);
        Ok(())
    }
}

/// Exact reprojection of `source` (on `wcs_in`) onto `wcs_out` with output shape `shape_out` (numpy
/// order, leading axes broadcast). Like reproject's, it maps corners without a round-trip check
/// (`opts.roundtrip` is ignored).
pub fn reproject_exact(
    source: &dyn Source,
    wcs_in: &Wcs,
    wcs_out: &Wcs,
    shape_out: &[usize],
    sink: &dyn Sink,
    opts: &RunOptions,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<RunStats> {
    let plane = |s: &[usize]| match s.len() {
        0 | 1 => Err(Error::Value("Too few dimensions in shape_out".into())),
        d => Ok((s[d - 2], s[d - 1])),
    };
    let kernel = Exact::new(wcs_in, wcs_out, plane(source.shape())?, plane(shape_out)?)?;
    let opts = RunOptions {
        roundtrip: false,
        ..opts.clone()
    };
    run(
        kernel, source, wcs_in, wcs_out, shape_out, sink, &opts, progress,
    )
}
