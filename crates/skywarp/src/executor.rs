//! The one executor every kernel runs on: validation and geometry, output blocks on a rayon pool with
//! one persistent worker per pool thread, the coordinate grid, clamped and size-checked input windows,
//! sinks, cancellation and progress. Kernels ([`Kernel`]) only compute.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use skywarp_wcs::{PixelMapper, Wcs};

use crate::coords::{BlockCoords, CoordMode, CoordStats, DEFAULT_TOLERANCE};
use crate::geometry::Geometry;
use crate::kernel::{BlockCtx, BlockGeometry, GridNeeds, Kernel};
use crate::mapping::Mapping;
use crate::region::{Rect, Region};
use crate::sink::Sink;
use crate::source::Source;
use crate::{Error, Result};

/// Options of a run that do not belong to any kernel; `Default` gives reproject's defaults (round trip
/// on) with the adaptive coordinate grid.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// reproject's `roundtrip_coords`.
    pub roundtrip: bool,
    pub coords: CoordMode,
    /// Output block (rows, cols) in the celestial plane; `None` = [`DEFAULT_BLOCK`].
    pub block: Option<(usize, usize)>,
    /// Worker threads; `None` = all cores.
    pub threads: Option<usize>,
    /// Set from another thread (e.g. on Ctrl-C) to stop the run after the blocks under way.
    pub cancel: Option<Arc<AtomicBool>>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            roundtrip: true,
            coords: CoordMode::Grid(DEFAULT_TOLERANCE),
            block: None,
            threads: None,
            cancel: None,
        }
    }
}

/// Default block edge: large enough that window reads and per-block set-up are negligible, small enough
/// that two threads get many blocks and memory stays at a few MiB per thread.
pub const DEFAULT_BLOCK: usize = 256;

/// Input windows larger than this (pixels) are refused: kernels index windows with 32-bit offsets, and
/// a window this large means a block far too big for the input's scale.
pub const MAX_WINDOW_PIXELS: usize = u32::MAX as usize;

/// What a run did, for reports and benchmarks.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunStats {
    pub blocks: usize,
    pub coord: CoordStats,
}

/// Run `kernel` from `source` (pixels on `wcs_in`) onto `wcs_out` with output shape `shape_out` (numpy
/// order, leading broadcast axes included), writing blocks into `sink`. `progress` is called with the
/// number of output pixels (per plane) each finished block covered.
#[allow(clippy::too_many_arguments)] // the run's inputs, each a different type; no usize lists
pub fn run<K: Kernel>(
    kernel: K,
    source: &dyn Source,
    wcs_in: &Wcs,
    wcs_out: &Wcs,
    shape_out: &[usize],
    sink: &dyn Sink,
    opts: &RunOptions,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<RunStats> {
    let shape_in = source.shape().to_vec();
    let mut mapper = PixelMapper::new(wcs_out, wcs_in, opts.roundtrip)?;
    let geo = Geometry::new(&mut mapper, wcs_in, wcs_out, &shape_in, shape_out)?;
    execute(kernel, source, Box::new(mapper), &geo, sink, opts, progress)
}

/// [`run`] through any [`Mapping`] of output pixels onto input pixels instead of a pair of FITS WCS
/// (the mapping applies its own round-trip check; `opts.roundtrip` is not consulted). The geometry
/// is [`Geometry::for_mapping`]'s: the caller has checked what depends on the world axis types.
pub fn run_mapped<K: Kernel>(
    kernel: K,
    source: &dyn Source,
    mut mapping: Box<dyn Mapping>,
    shape_out: &[usize],
    sink: &dyn Sink,
    opts: &RunOptions,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<RunStats> {
    let shape_in = source.shape().to_vec();
    let geo = Geometry::for_mapping(mapping.as_mut(), &shape_in, shape_out)?;
    execute(kernel, source, mapping, &geo, sink, opts, progress)
}

/// The run proper, once the mapping and geometry are known.
fn execute<K: Kernel>(
    mut kernel: K,
    source: &dyn Source,
    mapping: Box<dyn Mapping>,
    geo: &Geometry,
    sink: &dyn Sink,
    opts: &RunOptions,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<RunStats> {
    let pool = {
        let mut b = rayon::ThreadPoolBuilder::new();
        if let Some(t) = opts.threads {
            b = b.num_threads(crate::threads::cap_threads(t).threads);
        }
        b.build()
            .map_err(|e| Error::Unsupported(format!("cannot start worker threads: {e}")))?
    };
    pool.install(|| {
        kernel.prepare(source, geo)?;
        let run = Run {
            kernel: &kernel,
            source,
            geo,
            sink,
            opts,
        };
        run.blocks(mapping, progress)
    })
}

/// The shared, read-only state of a run.
struct Run<'a, K: Kernel> {
    kernel: &'a K,
    source: &'a dyn Source,
    geo: &'a Geometry,
    sink: &'a dyn Sink,
    opts: &'a RunOptions,
}

/// One pool thread's state, kept for the whole run: rayon may call an `_init` closure once per split,
/// and fresh multi-MiB buffers per block would cost page faults on every block.
struct Worker<W> {
    coords: BlockCoords,
    bufs: GeomBufs,
    values: Vec<f64>,
    foot: Vec<f64>,
    kernel: W,
}

/// The coordinate slices of [`BlockGeometry`], owned.
#[derive(Default)]
struct GeomBufs {
    cx: Vec<f64>,
    cy: Vec<f64>,
    rx: Vec<f64>,
    ry: Vec<f64>,
    kx: Vec<f64>,
    ky: Vec<f64>,
}

impl GeomBufs {
    fn view(&self, rect: Rect) -> BlockGeometry<'_> {
        BlockGeometry {
            rect,
            cx: &self.cx,
            cy: &self.cy,
            rx: &self.rx,
            ry: &self.ry,
            kx: &self.kx,
            ky: &self.ky,
        }
    }
}

impl<K: Kernel> Run<'_, K> {
    fn blocks(
        &self,
        mapper: Box<dyn Mapping>,
        progress: Option<&(dyn Fn(u64) + Sync)>,
    ) -> Result<RunStats> {
        let (ny_out, nx_out) = self.geo.plane_out();
        let (br, bc) = self.opts.block.unwrap_or((DEFAULT_BLOCK, DEFAULT_BLOCK));
        let (br, bc) = (br.max(1), bc.max(1));
        let plane = Rect::full((ny_out, nx_out));
        let area = self.sink.bounds().map_or(plane, |b| b.intersect(&plane));
        let (r1, c1) = (area.row_end(), area.col_end());
        let mut blocks = Vec::new();
        for r in (area.row0..r1).step_by(br) {
            for c in (area.col0..c1).step_by(bc) {
                blocks.push(Rect::new(r, c, br.min(r1 - r), bc.min(c1 - c)));
            }
        }
        let extra = if self.geo.naxis == 3 {
            vec![self.geo.z_anchor]
        } else {
            vec![]
        };
        // A mapping is Send but not Sync (WCSLIB's structs, Python handles): workers clone it under a
        // lock, once per worker.
        let proto = Mutex::new(mapper);
        let new_coords = || {
            let mapper = proto.lock().expect("mapper lock").clone_box();
            let mut c = BlockCoords::new(mapper, self.geo.ax, extra.clone(), self.opts.coords);
            c.set_input_plane(self.geo.plane_in());
            c
        };
        let new_worker = || Worker {
            coords: new_coords(),
            bufs: GeomBufs::default(),
            values: Vec::new(),
            foot: Vec::new(),
            kernel: self.kernel.new_worker(),
        };
        let slots: Vec<Mutex<Option<Worker<K::Worker>>>> = (0..rayon::current_num_threads() + 1)
            .map(|_| Mutex::new(None))
            .collect();
        let stats = Mutex::new(RunStats {
            blocks: blocks.len(),
            coord: CoordStats::default(),
        });
        blocks.par_iter().try_for_each(|&rect| -> Result<()> {
            let slot = rayon::current_thread_index().unwrap_or(slots.len() - 1);
            let mut guard = slots[slot].lock().expect("worker slot");
            let w = guard.get_or_insert_with(new_worker);
            if self.cancelled() {
                return Err(Error::Cancelled);
            }
            if !self.sink.wants_block(rect) {
                return Ok(());
            }
            let before = w.coords.stats;
            self.block(w, rect)?;
            {
                let mut s = stats.lock().expect("stats lock");
                s.coord.exact_points += w.coords.stats.exact_points - before.exact_points;
                s.coord.pixels += w.coords.stats.pixels - before.pixels;
            }
            if let Some(p) = progress {
                p(rect.len() as u64);
            }
            Ok(())
        })?;
        Ok(stats.into_inner().expect("stats lock"))
    }

    fn cancelled(&self) -> bool {
        self.opts
            .cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed))
    }

    /// Coordinates, window and every wanted output plane of one block.
    fn block(&self, w: &mut Worker<K::Worker>, rect: Rect) -> Result<()> {
        fill_coords(&mut w.coords, &mut w.bufs, self.kernel.needs(), rect)?;
        let geom = w.bufs.view(rect);
        let shape_in = self.geo.plane_in();
        let window = self
            .kernel
            .window(&geom, shape_in)
            .map(|r| r.intersect(&Rect::full(shape_in)))
            .filter(|r| !r.is_empty());
        if let Some(win) = window.filter(|r| r.len() > MAX_WINDOW_PIXELS) {
            return Err(Error::Unsupported(format!(
                "an input window of {}x{} pixels for one output block; use a smaller block size",
                win.nrows, win.ncols
            )));
        }
        let ctx = BlockCtx {
            geom,
            window,
            source: self.source,
            geo: self.geo,
        };
        if window.is_some() {
            self.kernel.begin_block(&mut w.kernel, &ctx)?;
        }
        let n = rect.len();
        w.values.resize(n, f64::NAN);
        w.foot.resize(n, 0.0);
        for plane_out in 0..self.geo.n_planes_out() {
            if !self.sink.wants_plane(plane_out) {
                continue;
            }
            w.values.fill(f64::NAN);
            w.foot.fill(0.0);
            if window.is_some() {
                self.kernel
                    .plane(&mut w.kernel, &ctx, plane_out, &mut w.values, &mut w.foot)?;
            }
            self.sink
                .write(Region::new(plane_out, rect), &w.values, &w.foot)?;
        }
        Ok(())
    }
}

/// Fill the coordinate slices a kernel declared for block `rect`; the others are left empty. With the
/// ring, the centres are its interior (the same lattice and tiles, so the same bits).
fn fill_coords(c: &mut BlockCoords, b: &mut GeomBufs, needs: GridNeeds, rect: Rect) -> Result<()> {
    let sized = |v: &mut Vec<f64>, on: bool, n: usize| v.resize(if on { n } else { 0 }, 0.0);
    let ring = Rect::new(0, 0, rect.nrows + 2, rect.ncols + 2);
    let corners = Rect::new(0, 0, rect.nrows + 1, rect.ncols + 1);
    sized(&mut b.cx, needs.centres, rect.len());
    sized(&mut b.cy, needs.centres, rect.len());
    sized(&mut b.rx, needs.ring, ring.len());
    sized(&mut b.ry, needs.ring, ring.len());
    sized(&mut b.kx, needs.corners, corners.len());
    sized(&mut b.ky, needs.corners, corners.len());
    if needs.ring {
        c.ring(rect, &mut b.rx, &mut b.ry)?;
        if needs.centres {
            c.stats.pixels += rect.len() as u64;
            let w = ring.ncols;
            for r in 0..rect.nrows {
                let (src, dst) = ((r + 1) * w + 1, r * rect.ncols);
                b.cx[dst..dst + rect.ncols].copy_from_slice(&b.rx[src..src + rect.ncols]);
                b.cy[dst..dst + rect.ncols].copy_from_slice(&b.ry[src..src + rect.ncols]);
            }
        }
    } else if needs.centres {
        c.block(rect, &mut b.cx, &mut b.cy)?;
    }
    if needs.corners {
        c.corners(rect, &mut b.kx, &mut b.ky)?;
    }
    Ok(())
}
