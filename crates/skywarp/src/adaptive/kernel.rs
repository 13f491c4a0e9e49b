//! [`Adaptive`]: the adaptive resampling core as a [`Kernel`] of the one executor.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use skywarp_wcs::{PixelMapper, Wcs};

use crate::mapping::Mapping;

use super::jacobian::Lattice;
use super::sample::{
    replan, sample_plane, InputWindow, Plan, PlaneShape, Replan, Scratch, WindowBounds,
};
use super::{
    halo, plan_block, AdaptiveKernel, AdaptiveOptions, BlockLattices, BoundaryMode, PlanScratch,
};
use crate::geometry::Geometry;
use crate::kernel::{BlockCtx, BlockGeometry, GridNeeds, Kernel};
use crate::region::{Rect, Region};
use crate::source::Source;
use crate::window::WindowCache;
use crate::{Error, Result};

/// reproject_adaptive's kernel. Plans (Jacobians, SVD, sample boxes) are made once per block and
/// reused for every plane of a broadcast stack.
pub struct Adaptive {
    opts: AdaptiveOptions,
    /// The exact mapping. It maps the kernel's own lattices when the grid's ring of centres does not
    /// serve (`exact_lattices`, see [`needs_exact`]; exact coordinates keep blocked runs
    /// bit-identical to one block), and otherwise the few pixels whose box edges the grid's
    /// positions leave on a knife edge (see [`Adaptive::replan_near`]).
    mapper: Mutex<Box<dyn Mapping>>,
    exact_lattices: bool,
    /// Distinguishes runs in the per-thread plan memo.
    run: u64,
    out_shape: PlaneShape,
}

static RUNS: AtomicU64 = AtomicU64::new(1);

impl Adaptive {
    /// The kernel for options `opts` (validated) mapping `wcs_out` pixels to `wcs_in` pixels.
    pub fn new(
        opts: AdaptiveOptions,
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        roundtrip: bool,
    ) -> Result<Self> {
        opts.validate()?;
        let mapper = Box::new(PixelMapper::new(wcs_out, wcs_in, roundtrip)?);
        Ok(Self::build(opts, mapper))
    }

    /// The kernel for options `opts` (validated) on a run through `mapping` (see
    /// [`crate::run_mapped`]): the same kernel, its own exact lattices (when it needs them) mapped
    /// through a copy of `mapping`.
    pub fn with_mapping(opts: AdaptiveOptions, mapping: &dyn Mapping) -> Result<Self> {
        opts.validate()?;
        Ok(Self::build(opts, mapping.clone_box()))
    }

    fn build(opts: AdaptiveOptions, mapper: Box<dyn Mapping>) -> Self {
        Adaptive {
            exact_lattices: needs_exact(&opts),
            opts,
            mapper: Mutex::new(mapper),
            run: 0,
            out_shape: PlaneShape { ny: 0, nx: 0 },
        }
    }

    /// Plans and window of the block described by `geom` (the grid's ring of centres, or exact
    /// lattices through the worker's mapper).
    fn make_plans(
        &self,
        geom: &BlockGeometry,
        shape_in: PlaneShape,
        m: &mut Memo,
    ) -> Result<Option<Rect>> {
        let o = &self.opts;
        let b = geom.rect;
        let h = halo(o);
        // the thread's copy of this run's mapping (a copy left by an earlier run is replaced)
        if m.mapper.as_ref().is_none_or(|(run, _)| *run != self.run) {
            let proto = self.mapper.lock().expect("mapper lock").clone_box();
            m.mapper = Some((self.run, proto));
        }
        let lat = if self.exact_lattices {
            let mapper = &mut m.mapper.as_mut().expect("set above").1;
            let (nr, nc) = (b.nrows + 2 * h, b.ncols + 2 * h);
            let spec = LatticeSpec {
                block: b,
                halo: h,
                offset: (0.0, 0.0),
                dims: (nr, nc),
            };
            let [cx, cy, ..] = &mut m.lat;
            exact_lattice(mapper, spec, (&mut m.pts, &mut m.res), cx, cy)?;
            if o.center_jacobian {
                let mid_x = LatticeSpec {
                    offset: (0.0, -0.5),
                    dims: (nr, nc + 1),
                    ..spec
                };
                let mid_y = LatticeSpec {
                    offset: (-0.5, 0.0),
                    dims: (nr + 1, nc),
                    ..spec
                };
                let [_, _, a, b, c, d] = &mut m.lat;
                exact_lattice(mapper, mid_x, (&mut m.pts, &mut m.res), a, b)?;
                exact_lattice(mapper, mid_y, (&mut m.pts, &mut m.res), c, d)?;
            }
            let l = &m.lat;
            BlockLattices {
                block: b,
                out_shape: self.out_shape,
                centres: Lattice {
                    x: &l[0],
                    y: &l[1],
                    nrows: nr,
                    ncols: nc,
                },
                midpoints: o.center_jacobian.then_some((
                    Lattice {
                        x: &l[2],
                        y: &l[3],
                        nrows: nr,
                        ncols: nc + 1,
                    },
                    Lattice {
                        x: &l[4],
                        y: &l[5],
                        nrows: nr + 1,
                        ncols: nc,
                    },
                )),
                halo: h,
            }
        } else {
            BlockLattices {
                block: b,
                out_shape: self.out_shape,
                centres: Lattice {
                    x: geom.rx,
                    y: geom.ry,
                    nrows: b.nrows + 2,
                    ncols: b.ncols + 2,
                },
                midpoints: None,
                halo: 1,
            }
        };
        let mut win = plan_block(&lat, o, shape_in, &mut m.psc, &mut m.plans);
        if !self.exact_lattices && !m.psc.row.near.is_empty() {
            win = self.replan_near(b, shape_in, m, win)?;
        }
        // A block of fixed values (grid-constant fill outside the input) reads nothing but must
        // still be written: a one-pixel window makes the executor call the kernel.
        let fixed = || {
            m.plans
                .iter()
                .any(|p| matches!(p, Plan::Fixed(v) if !v.is_nan()))
        };
        Ok(win.or_else(|| fixed().then_some(Rect::new(0, 0, 1, 1))))
    }
}

impl Adaptive {
    /// Plans again, from exact positions, the pixels of block `b` whose box edges came within
    /// [`NEAR_WHOLE`](super::lanes::NEAR_WHOLE) of a whole input pixel from the grid's positions (`m.psc.row.near`).
    ///
    /// Which way such an edge rounds decides whether a row or column of samples is in the box, or
    /// whether a strict boundary blanks the pixel. The grid's positions are within its tolerance of
    /// the exact ones, but that is enough to flip these decisions: on a pixel-aligned pair (the same
    /// WCS, an integer shift, a cutout) nearly every edge is a whole pixel and the grid gave
    /// reproject's decisions at only about one pixel in six. Exact positions of the pixel and its
    /// four neighbours (its Jacobian's) give the decisions reproject's exact positions give. Only
    /// these pixels' own coordinates change, so blocked runs still equal one block.
    fn replan_near(
        &self,
        b: Rect,
        shape_in: PlaneShape,
        m: &mut Memo,
        win: Option<Rect>,
    ) -> Result<Option<Rect>> {
        let mapper = &mut m.mapper.as_mut().expect("set by make_plans").1;
        let near = &m.psc.row.near;
        m.pts.clear();
        for &k in near {
            let (x, y) = ((b.col0 + k % b.ncols) as f64, (b.row0 + k / b.ncols) as f64);
            // centre, left, right, up, down
            m.pts
                .extend([x, y, x - 1.0, y, x + 1.0, y, x, y - 1.0, x, y + 1.0]);
        }
        m.res.resize(m.pts.len(), 0.0);
        mapper.map(&m.pts, &mut m.res)?;
        let (jac, cx, cy) = (&mut m.near_jac, &mut m.near_cx, &mut m.near_cy);
        jac.clear();
        cx.clear();
        cy.clear();
        for q in m.res.chunks_exact(10) {
            let (p, l, r, u, d) = (
                (q[0], q[1]),
                (q[2], q[3]),
                (q[4], q[5]),
                (q[6], q[7]),
                (q[8], q[9]),
            );
            // as jacobian::uncentred forms it from the ring
            jac.push([
                ((p.0 - l.0) + (r.0 - p.0)) / 2.0,
                ((p.0 - u.0) + (d.0 - p.0)) / 2.0,
                ((p.1 - l.1) + (r.1 - p.1)) / 2.0,
                ((p.1 - u.1) + (d.1 - p.1)) / 2.0,
            ]);
            cx.push(p.0);
            cy.push(p.1);
        }
        let r = Replan {
            idx: near,
            jac,
            cx,
            cy,
        };
        let mut bounds = WindowBounds::default();
        bounds.add_rect(win);
        replan(
            &r,
            &self.opts,
            shape_in,
            &mut m.psc.row.lanes,
            &mut m.plans,
            &mut bounds,
        );
        Ok(bounds.rect())
    }
}

/// Whether the kernel maps its own lattices exactly instead of taking the grid's ring of centres:
/// despiking needs three rings; reproject's centred Jacobian differences the pixels' edge midpoints,
/// which the grid does not serve; and the grid holds positions to the tolerance only up to a margin
/// beyond the input (16 input pixels plus 4 output pixels), while the `nearest` boundary and cyclic
/// axes read the input from any position, and a Gaussian sample region wider than 8 output pixels
/// reaches beyond that margin.
fn needs_exact(o: &AdaptiveOptions) -> bool {
    o.despike_jacobian
        || o.center_jacobian
        || o.boundary_mode == BoundaryMode::Nearest
        || o.x_cyclic
        || o.y_cyclic
        || (o.kernel == AdaptiveKernel::Gaussian && o.sample_region_width > 8.0)
}

/// Which output positions a lattice holds: node (i, j) is (row0 − halo + i + offset.0,
/// col0 − halo + j + offset.1), `dims` = (rows, cols) of nodes.
#[derive(Clone, Copy)]
struct LatticeSpec {
    block: Rect,
    halo: usize,
    offset: (f64, f64),
    dims: (usize, usize),
}

/// Exact input positions of the lattice `spec`, into `xs`, `ys` (`pts`, `res`: scratch).
fn exact_lattice(
    mapper: &mut Box<dyn Mapping>,
    spec: LatticeSpec,
    (pts, res): (&mut Vec<f64>, &mut Vec<f64>),
    xs: &mut Vec<f64>,
    ys: &mut Vec<f64>,
) -> Result<()> {
    let (b, h) = (spec.block, spec.halo as f64);
    pts.clear();
    for i in 0..spec.dims.0 {
        let y = b.row0 as f64 - h + i as f64 + spec.offset.0;
        for j in 0..spec.dims.1 {
            pts.extend([b.col0 as f64 - h + j as f64 + spec.offset.1, y]);
        }
    }
    res.resize(pts.len(), 0.0);
    mapper.map(pts, res)?;
    xs.clear();
    ys.clear();
    for p in res.chunks_exact(2) {
        xs.push(p[0]);
        ys.push(p[1]);
    }
    Ok(())
}

/// Plans made by [`Kernel::window`] for the block about to start, handed to
/// [`Kernel::begin_block`] (which the executor calls next on the same thread) so they are made once.
#[derive(Default)]
struct Memo {
    key: Option<(u64, Rect)>,
    plans: Vec<Plan>,
    psc: PlanScratch,
    /// The thread's copy of the exact mapping, with the run it belongs to.
    mapper: Option<(u64, Box<dyn Mapping>)>,
    pts: Vec<f64>,
    res: Vec<f64>,
    /// Exact lattices: centres x, y; vertical-edge midpoints x, y; horizontal-edge midpoints x, y.
    lat: [Vec<f64>; 6],
    /// Exact Jacobians and positions of the pixels [`Adaptive::replan_near`] plans again.
    near_jac: Vec<[f64; 4]>,
    near_cx: Vec<f64>,
    near_cy: Vec<f64>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// Per-thread state.
#[derive(Default)]
pub struct AdaptiveWorker {
    plans: Vec<Plan>,
    sc: Scratch,
    windows: WindowCache,
}

fn plane_shape((ny, nx): (usize, usize)) -> PlaneShape {
    PlaneShape { ny, nx }
}

impl Kernel for Adaptive {
    type Worker = AdaptiveWorker;

    fn needs(&self) -> GridNeeds {
        if self.exact_lattices {
            // despiking and the centred Jacobian map their own lattices
            return GridNeeds::CENTRES;
        }
        GridNeeds {
            centres: false,
            ring: true,
            corners: false,
        }
    }

    fn prepare(&mut self, _source: &dyn Source, geo: &Geometry) -> Result<()> {
        if geo.naxis != 2 {
            return Err(Error::Unsupported(format!(
                "adaptive resampling of a {}-dimensional WCS: it resamples 2-D celestial images \
                 (extra leading array axes are broadcast), as reproject_adaptive",
                geo.naxis
            )));
        }
        self.run = RUNS.fetch_add(1, Ordering::Relaxed);
        self.out_shape = plane_shape(geo.plane_out());
        Ok(())
    }

    fn new_worker(&self) -> AdaptiveWorker {
        AdaptiveWorker::default()
    }

    fn window(&self, geom: &BlockGeometry, shape_in: (usize, usize)) -> Option<Rect> {
        MEMO.with_borrow_mut(|m| {
            m.key = None;
            // an error of the exact mapping: read nothing now, begin_block reports it
            let win = self.make_plans(geom, plane_shape(shape_in), m).ok()?;
            m.key = Some((self.run, geom.rect));
            win
        })
    }

    fn begin_block(&self, w: &mut AdaptiveWorker, ctx: &BlockCtx) -> Result<()> {
        let win = ctx
            .window
            .expect("the executor calls begin_block only with a window");
        let key = Some((self.run, ctx.geom.rect));
        MEMO.with_borrow_mut(|m| -> Result<()> {
            if m.key != key {
                self.make_plans(&ctx.geom, plane_shape(ctx.geo.plane_in()), m)?;
            }
            m.key = None;
            std::mem::swap(&mut w.plans, &mut m.plans);
            Ok(())
        })?;
        w.windows.reset(win.len(), false);
        Ok(())
    }

    fn plane(
        &self,
        w: &mut AdaptiveWorker,
        ctx: &BlockCtx,
        plane_out: usize,
        values: &mut [f64],
        footprint: &mut [f64],
    ) -> Result<()> {
        let win = ctx
            .window
            .expect("the executor calls plane only with a window");
        let (lead, _) = ctx.geo.split_out(plane_out);
        let plane_in = ctx.geo.plane_in_index(lead, 0);
        let (data, _) = w.windows.get(plane_in, |buf, _| {
            ctx.source.read(Region::new(plane_in, win), buf)
        })?;
        let input = InputWindow { data, rect: win };
        let shape = plane_shape(ctx.geo.plane_in());
        sample_plane(
            &w.plans,
            Some(&input),
            shape,
            &self.opts,
            &mut w.sc,
            values,
            footprint,
        );
        Ok(())
    }
}
