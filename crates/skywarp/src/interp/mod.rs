//! Interpolation (reproject's `reproject_interp`): the first kernel on the executor.
//!
//! [`kernels`] holds the numeric core (scipy's stencils, edge and NaN rules), [`spline`] the B-spline
//! coefficients of the whole input for orders 2 and 3, and [`Interp`] adapts them to [`Kernel`]:
//! stencils once per block, applied to every plane that shares the block's mapping (broadcast images,
//! cube channels, with a third-axis stencil for cubes).

pub mod kernels;
pub mod spline;

use skywarp_wcs::Wcs;

use self::kernels::{clip_coord, mirror, sample_direct, stencil, Order, Stencils};
use self::spline::SplineCoefficients;
use crate::coords::{CoordMode, DEFAULT_TOLERANCE};
use crate::executor::{run, RunOptions, RunStats};
use crate::geometry::Geometry;
use crate::kernel::{BlockCtx, BlockGeometry, GridNeeds, Kernel};
use crate::region::{Rect, Region};
use crate::sink::Sink;
use crate::source::Source;
use crate::window::WindowCache;
use crate::Result;

/// The interpolation kernel: `order` and, once prepared, the spline coefficients of orders 2 and 3.
pub struct Interp {
    order: Order,
    coeffs: Option<SplineCoefficients>,
}

impl Interp {
    pub fn new(order: Order) -> Interp {
        Interp {
            order,
            coeffs: None,
        }
    }
}

/// Per-thread buffers of [`Interp`], reused from block to block so the hot loop never allocates.
#[derive(Default)]
pub struct InterpWorker {
    st: Stencils,
    windows: WindowCache,
    /// One output plane and no third axis: stencils are used once, so sample directly.
    single: bool,
    acc: Vec<f64>,
}

impl Kernel for Interp {
    type Worker = InterpWorker;

    fn needs(&self) -> GridNeeds {
        GridNeeds::CENTRES
    }

    fn prepare(&mut self, source: &dyn Source, geo: &Geometry) -> Result<()> {
        // Spline orders interpolate coefficients of the whole image (computed once, out of core when
        // large).
        if self.order.degree() >= 2 {
            let nz = geo.zmap.as_ref().map(|_| geo.nz_in);
            self.coeffs = Some(SplineCoefficients::build(source, self.order.degree(), nz)?);
        }
        Ok(())
    }

    fn new_worker(&self) -> InterpWorker {
        InterpWorker::default()
    }

    /// Every stencil of the block (mirrored indices stay inside it): the bounding box of the mapped
    /// positions (NaNs ignored), clamped to the half-pixel border where reproject's edge rule still
    /// gives values, grown by the order's margin.
    fn window(&self, geom: &BlockGeometry, (ny_in, nx_in): (usize, usize)) -> Option<Rect> {
        let (mut xmin, mut xmax, mut ymin, mut ymax) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (&x, &y) in geom.cx.iter().zip(geom.cy) {
            xmin = xmin.min(x);
            xmax = xmax.max(x);
            ymin = ymin.min(y);
            ymax = ymax.max(y);
        }
        let (xlim, ylim) = (nx_in as f64 - 0.5, ny_in as f64 - 0.5);
        if !(xmax >= -0.5 && xmin <= xlim && ymax >= -0.5 && ymin <= ylim) {
            return None;
        }
        let (xmin, xmax) = (xmin.max(0.0), xmax.min(xlim));
        let (ymin, ymax) = (ymin.max(0.0), ymax.min(ylim));
        let m = self.order.margin() as i64;
        let c0 = (xmin.floor() as i64 - m).max(0) as usize;
        let c1 = (xmax.floor() as i64 + m + 1).min(nx_in as i64 - 1) as usize;
        let r0 = (ymin.floor() as i64 - m).max(0) as usize;
        let r1 = (ymax.floor() as i64 + m + 1).min(ny_in as i64 - 1) as usize;
        Some(Rect::new(r0, c0, r1 - r0 + 1, c1 - c0 + 1))
    }

    fn begin_block(&self, w: &mut InterpWorker, ctx: &BlockCtx) -> Result<()> {
        let win = ctx
            .window
            .expect("the executor calls begin_block only with a window");
        w.single = ctx.geo.nlead == 1 && ctx.geo.zmap.is_none();
        if !w.single {
            let (g, o) = (&ctx.geom, (win.row0, win.col0));
            let full = ctx.geo.plane_in();
            w.st.build(self.order.degree(), g.cx, g.cy, full, o, win.ncols);
        }
        w.windows.reset(win.len(), self.coeffs.is_some());
        w.acc.resize(ctx.geom.rect.len(), 0.0);
        Ok(())
    }

    fn plane(
        &self,
        w: &mut InterpWorker,
        ctx: &BlockCtx,
        plane_out: usize,
        values: &mut [f64],
        footprint: &mut [f64],
    ) -> Result<()> {
        let win = ctx
            .window
            .expect("the executor calls plane only with a window");
        let geo = ctx.geo;
        let order = self.order.degree();
        let (lead, kz) = geo.split_out(plane_out);
        // the input planes this output plane draws on, with their weights
        let zstencil = match &geo.zmap {
            None => Some((0i64, [1.0, 0.0, 0.0, 0.0], 0usize)),
            Some(zm) => clip_coord(zm[kz], geo.nz_in).map(|z| {
                let mut wz = [0.0; 4];
                let s = stencil(z, order, &mut wz);
                (s, wz, order)
            }),
        };
        if let Some((zstart, zw, zorder)) = zstencil {
            for (k, &wz) in zw.iter().enumerate().take(zorder + 1) {
                let z_in = match geo.zmap {
                    Some(_) => mirror(zstart + k as i64, geo.nz_in as i64) as usize,
                    None => 0,
                };
                let plane_in = geo.plane_in_index(lead, z_in);
                let (data, mask) = w.windows.get(plane_in, |buf, mbuf| match &self.coeffs {
                    Some(cf) => {
                        cf.read(Region::new(plane_in, win), buf, mbuf);
                        Ok(())
                    }
                    None => ctx.source.read(Region::new(plane_in, win), buf),
                })?;
                if w.single {
                    let (g, full, o) = (&ctx.geom, geo.plane_in(), (win.row0, win.col0));
                    sample_direct(order, g.cx, g.cy, full, o, win.ncols, data, mask, values);
                } else {
                    // first plane writes, later ones accumulate (NaN anywhere propagates)
                    w.st.apply(data, mask, wz, k == 0, &mut w.acc);
                }
            }
            if !w.single {
                values.copy_from_slice(&w.acc);
            }
        }
        // the footprint of interpolation, reproject's rule: 1 wherever the value is not NaN (an ±inf
        // input pixel that reaches the output still counts as covered)
        for (f, v) in footprint.iter_mut().zip(values.iter()) {
            *f = if v.is_nan() { 0.0 } else { 1.0 };
        }
        Ok(())
    }
}

/// Options of [`reproject_interp`]; `Default` gives reproject's defaults (bilinear, round trip on) with
/// the adaptive coordinate grid.
#[derive(Clone, Debug)]
pub struct InterpOptions {
    pub order: Order,
    /// reproject's `roundtrip_coords`.
    pub roundtrip: bool,
    pub coords: CoordMode,
    /// Output block (rows, cols) in the celestial plane; `None` = automatic.
    pub block: Option<(usize, usize)>,
    /// Worker threads; `None` = all cores.
    pub threads: Option<usize>,
    /// Set from another thread (e.g. on Ctrl-C) to stop the run after the blocks under way.
    pub cancel: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

impl Default for InterpOptions {
    fn default() -> Self {
        InterpOptions {
            order: Order::Bilinear,
            roundtrip: true,
            coords: CoordMode::Grid(DEFAULT_TOLERANCE),
            block: None,
            threads: None,
            cancel: None,
        }
    }
}

impl InterpOptions {
    /// The options that are not interpolation's.
    pub fn run_options(&self) -> RunOptions {
        RunOptions {
            roundtrip: self.roundtrip,
            coords: self.coords,
            block: self.block,
            threads: self.threads,
            cancel: self.cancel.clone(),
        }
    }
}

/// Reproject `source` (pixels on `wcs_in`) onto `wcs_out` with output shape `shape_out` (numpy order,
/// leading broadcast axes included) by interpolation, writing blocks into `sink`: [`run`] with the
/// [`Interp`] kernel.
pub fn reproject_interp(
    source: &dyn Source,
    wcs_in: &Wcs,
    wcs_out: &Wcs,
    shape_out: &[usize],
    sink: &dyn Sink,
    opts: &InterpOptions,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<RunStats> {
    let kernel = Interp::new(opts.order);
    let run_opts = opts.run_options();
    run(
        kernel, source, wcs_in, wcs_out, shape_out, sink, &run_opts, progress,
    )
}
