//! The interface every resampling algorithm implements to run on the one executor
//! ([`crate::executor::run`]): what the kernel needs from the coordinate grid, which input window a
//! block reads, and how one output plane of a block is computed. Blocks, threads, window reads,
//! cancellation and progress belong to the executor; a kernel only computes.

use crate::geometry::Geometry;
use crate::region::{Rect, Region};
use crate::source::Source;
use crate::window::WindowCache;
use crate::Result;

/// Which input-pixel coordinates the grid must serve for every block.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GridNeeds {
    /// Output pixel centres.
    pub centres: bool,
    /// Centres of the block grown by one pixel on every side (uncentred differences, Jacobians).
    pub ring: bool,
    /// Pixel corners (half-pixel offsets); also the centred (±0.5 px) Jacobian.
    pub corners: bool,
}

impl GridNeeds {
    /// Pixel centres only (interpolation).
    pub const CENTRES: GridNeeds = GridNeeds {
        centres: true,
        ring: false,
        corners: false,
    };
}

/// Input-pixel coordinates (0-based, x = column, y = row, NaN = no mapping) for one output block.
/// Slices a kernel did not ask for (see [`GridNeeds`]) are empty.
#[derive(Clone, Copy, Debug)]
pub struct BlockGeometry<'a> {
    /// The output block.
    pub rect: Rect,
    /// `nrows * ncols`, row-major: input (x, y) of output pixel centres (row0 + i, col0 + j).
    pub cx: &'a [f64],
    pub cy: &'a [f64],
    /// `(nrows + 2) * (ncols + 2)`: centres of the block grown by one pixel on every side, i.e. output
    /// pixel (row0 - 1 + i, col0 - 1 + j).
    pub rx: &'a [f64],
    pub ry: &'a [f64],
    /// `(nrows + 1) * (ncols + 1)`: pixel corners, node (i, j) = output position
    /// (row0 - 0.5 + i, col0 - 0.5 + j).
    pub kx: &'a [f64],
    pub ky: &'a [f64],
}

/// Everything a kernel sees of one block.
pub struct BlockCtx<'a> {
    pub geom: BlockGeometry<'a>,
    /// The input window the kernel asked for, clamped to the input plane (`None`: the block misses the
    /// input; the executor then writes NaN / footprint 0 without calling the kernel).
    pub window: Option<Rect>,
    pub source: &'a dyn Source,
    pub geo: &'a Geometry,
}

impl BlockCtx<'_> {
    /// The block's input window of input plane `plane_in`, read from the source through `cache` (once
    /// per block and plane; `cache` must have been [`WindowCache::reset`] for this block's window).
    pub fn read<'c>(&self, cache: &'c mut WindowCache, plane_in: usize) -> Result<&'c [f64]> {
        let Some(rect) = self.window else {
            return Ok(&[]);
        };
        let (data, _) = cache.get(plane_in, |buf, _| {
            self.source.read(Region::new(plane_in, rect), buf)
        })?;
        Ok(data)
    }
}

/// A resampling algorithm. One value of the kernel (its options and prepared tables) is shared by all
/// threads; each pool thread owns one [`Kernel::Worker`] for the whole run.
pub trait Kernel: Send + Sync {
    /// Per-thread scratch, created once per pool thread and reused for every block.
    type Worker: Send;

    /// Which coordinates the grid must serve.
    fn needs(&self) -> GridNeeds;

    /// Called once before the run, on the run's thread pool (e.g. interpolation's spline
    /// coefficients, exact's per-input-pixel tables).
    fn prepare(&mut self, _source: &dyn Source, _geo: &Geometry) -> Result<()> {
        Ok(())
    }

    fn new_worker(&self) -> Self::Worker;

    /// The input window (rows/cols of an input plane) this block reads, including the kernel's margin;
    /// `None` when the block cannot touch the input. The executor clamps it to the input plane and
    /// checks its size.
    fn window(&self, geom: &BlockGeometry, shape_in: (usize, usize)) -> Option<Rect>;

    /// Plane-independent work for a block (stencils, sample boxes, overlap weights), once per block
    /// that touches the input.
    fn begin_block(&self, w: &mut Self::Worker, ctx: &BlockCtx) -> Result<()>;

    /// One output plane of the block: write `values` and `footprint` (`rect.len()` each, row-major;
    /// on entry NaN and 0). The footprint reaches the sink unchanged.
    fn plane(
        &self,
        w: &mut Self::Worker,
        ctx: &BlockCtx,
        plane_out: usize,
        values: &mut [f64],
        footprint: &mut [f64],
    ) -> Result<()>;
}
