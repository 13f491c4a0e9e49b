//! Output-pixel → input-pixel coordinates for a block, from the exact mapping evaluated on an adaptive
//! grid: pixel centres, the ring of centres one pixel around a block, and pixel corners.
//!
//! Lattices. Centres are the integer output positions; corners the positions shifted by half a pixel
//! (node (i, j) at (i - 0.5, j - 0.5)). Each lattice is cut into fixed tiles of [`TILE`]² nodes
//! anchored at node (0, 0) (negative tiles too, for the ring and corners just outside the output) —
//! fixed, so that a node's coordinates never depend on how the output is cut into blocks or threads
//! (blocked and threaded runs are bit-identical to one block), and the ring shares the centres' tiles,
//! so a ring node equals the centre it coincides with bit for bit. For each tile the exact mapping is evaluated on a
//! node grid of spacing `s = TILE`, then on the grid of spacing `s/2`; the `s/2` nodes that the `s`
//! grid does not contain are compared with the bilinear interpolation of the `s` grid, which measures
//! the `s` grid's interpolation error `err` (in input pixels, worst axis). The `s/2` grid is accepted
//! when its own error is within the tolerance: once two successive levels show the error falling with
//! the square of the spacing (as bilinear interpolation of a smooth mapping must), its error is
//! predicted as `err / 4`; before that, `err` itself must be within the tolerance. Otherwise `s` is
//! halved and the test repeats, down to exact evaluation at every pixel. Once the spacing is below
//! [`LOCAL_BELOW`], each quarter of a square goes on on its own (measured on its own), so a seam or
//! a discontinuity drags only its neighbourhood, not its whole tile, down to exact mapping.
//!
//! Invalid nodes (off a projection, failed round trip). A square (a tile, or part of one) meeting an
//! invalid node is split into four (quadtree, down to [`MIN_SQUARE`]), and each part refined on its
//! own; only the parts of [`MIN_SQUARE`]² that still meet the valid/invalid boundary are mapped
//! exactly at every node, so NaN boundaries are exact. A square whose corners are all invalid is
//! declared invalid (NaN) without mapping every node when its perimeter (every [`PERIMETER_STEP`]-th
//! node) and an interior probe grid of spacing [`PROBE`] are invalid too: the boundary of a valid
//! region would have to cross the perimeter, unless the region were an island smaller than the probe
//! spacing or a sliver narrower than the perimeter step — not what projection limits and round-trip
//! failures look like. A square of at most [`FAR_FILL`]² nodes whose valid nodes all lie far beyond
//! one edge of the input (see relevance below) is NaN too: no kernel reads there, so where exactly
//! validity ends does not matter (the output is NaN either way); near the input the boundary stays
//! exact.
//!
//! Relevance. Once the grid knows the input plane ([`BlockCoords::set_input_plane`]), positions far
//! beyond one of its edges need no accuracy: they are only guaranteed to stay beyond that edge.

use crate::mapping::Mapping;
use crate::region::Rect;
use crate::Result;

/// Tile edge in output pixels (a power of two).
pub const TILE: usize = 64;

/// Smallest square of the quadtree around invalid nodes (a power of two).
pub const MIN_SQUARE: usize = 4;

/// Node spacing from which a square that is not yet within tolerance refines its quarters on their own
/// (above it, the whole square goes on to the next level, so smooth tiles are refined as one).
pub const LOCAL_BELOW: usize = 8;

/// Largest square around invalid nodes that is declared NaN when its valid nodes all lie far beyond
/// one input edge (no kernel reads there, so where exactly validity ends does not matter).
pub const FAR_FILL: usize = 16;

/// Spacing of the perimeter nodes checked before a square is declared invalid.
pub const PERIMETER_STEP: usize = 1;

/// Spacing of the interior probe grid of a square declared invalid.
pub const PROBE: usize = 16;

/// How coordinates are computed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CoordMode {
    /// Exact mapping at every output pixel (reproject's behaviour).
    Exact,
    /// Adaptive grid with this maximum interpolation error, in input pixels.
    Grid(f64),
}

/// Default tolerance: 1e-6 input pixels keeps results within reproject's 1e-6 relative test tolerance
/// even on sharp stars (value error ≈ position error × gradient).
pub const DEFAULT_TOLERANCE: f64 = 1e-6;

/// Counters for reporting how much exact work the grid saved.
#[derive(Clone, Copy, Debug, Default)]
pub struct CoordStats {
    pub exact_points: u64,
    pub pixels: u64,
}

/// A rectangle of lattice nodes (may start at negative indices: the ring and corners reach outside).
#[derive(Clone, Copy, Debug)]
struct Span {
    r0: i64,
    c0: i64,
    nrows: usize,
    ncols: usize,
}

impl Span {
    fn intersect(&self, o: &Span) -> Option<Span> {
        let (r0, c0) = (self.r0.max(o.r0), self.c0.max(o.c0));
        let r1 = (self.r0 + self.nrows as i64).min(o.r0 + o.nrows as i64);
        let c1 = (self.c0 + self.ncols as i64).min(o.c0 + o.ncols as i64);
        (r1 > r0 && c1 > c0).then(|| Span {
            r0,
            c0,
            nrows: (r1 - r0) as usize,
            ncols: (c1 - c0) as usize,
        })
    }
}

/// A square of `size` nodes a side at lattice node (r0, c0).
#[derive(Clone, Copy, Debug)]
struct Square {
    r0: i64,
    c0: i64,
    size: usize,
}

impl Square {
    fn span(&self) -> Span {
        Span {
            r0: self.r0,
            c0: self.c0,
            nrows: self.size,
            ncols: self.size,
        }
    }

    fn quarters(&self) -> [Square; 4] {
        let h = self.size / 2;
        let q = |dr: usize, dc: usize| Square {
            r0: self.r0 + dr as i64,
            c0: self.c0 + dc as i64,
            size: h,
        };
        [q(0, 0), q(0, h), q(h, 0), q(h, h)]
    }
}

/// Where requested nodes go: `span` of the lattice, row-major into `xs`, `ys`.
struct Dst<'a> {
    span: Span,
    xs: &'a mut [f64],
    ys: &'a mut [f64],
}

/// Computes 2-D coordinates for blocks of one output plane through a [`Mapping`] of 2 pixel axes, or
/// of 3 with the third pixel axis held at `extra` (separable cubes).
pub struct BlockCoords {
    mapper: Box<dyn Mapping>,
    mode: CoordMode,
    /// Value of the extra pixel axes (beyond the two celestial ones) while mapping the plane.
    extra: Vec<f64>,
    /// Which pixel axes are the plane's x and y.
    ax: (usize, usize),
    /// Output position of lattice node 0 (0 for centres, -0.5 for corners) during a request.
    offset: f64,
    /// The input plane (rows, cols) as f64, once known: positions far beyond it need no accuracy.
    input: Option<(f64, f64)>,
    /// Mapped nodes of the current tile ((TILE + 1)² from `tile`), so that no node is mapped twice.
    tile: (i64, i64),
    tx: Vec<f64>,
    ty: Vec<f64>,
    known: Vec<bool>,
    todo: Vec<usize>,
    pts: Vec<(f64, f64)>,
    pin: Vec<f64>,
    pout: Vec<f64>,
    pub stats: CoordStats,
}

impl BlockCoords {
    pub fn new(
        mapper: Box<dyn Mapping>,
        ax: (usize, usize),
        extra: Vec<f64>,
        mode: CoordMode,
    ) -> Self {
        BlockCoords {
            mapper,
            mode,
            extra,
            ax,
            offset: 0.0,
            input: None,
            tile: (0, 0),
            tx: Vec::new(),
            ty: Vec::new(),
            known: Vec::new(),
            todo: Vec::new(),
            pts: Vec::new(),
            pin: Vec::new(),
            pout: Vec::new(),
            stats: CoordStats::default(),
        }
    }

    /// Tell the grid the input plane's (rows, cols). From then on, the error measure ignores positions
    /// beyond the plane's edges by more than [`RELEVANCE_MARGIN`] plus four output pixels' worth of
    /// input pixels (where no kernel reads): an all-sky output onto a small input then needs exact
    /// work only near the input. Without it, every position is held to the tolerance.
    pub fn set_input_plane(&mut self, (rows, cols): (usize, usize)) {
        self.input = Some((rows as f64, cols as f64));
    }

    /// Coordinates of the pixel centres of block `rect` (row-major outputs, `rect.len()` each).
    pub fn block(&mut self, rect: Rect, xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        self.stats.pixels += rect.len() as u64;
        let span = Span {
            r0: rect.row0 as i64,
            c0: rect.col0 as i64,
            nrows: rect.nrows,
            ncols: rect.ncols,
        };
        self.lattice(0.0, span, xs, ys)
    }

    /// Centres of `rect` grown by one pixel on every side: `(nrows + 2) * (ncols + 2)` nodes, node
    /// (i, j) = output pixel (row0 - 1 + i, col0 - 1 + j).
    pub fn ring(&mut self, rect: Rect, xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        let span = Span {
            r0: rect.row0 as i64 - 1,
            c0: rect.col0 as i64 - 1,
            nrows: rect.nrows + 2,
            ncols: rect.ncols + 2,
        };
        self.lattice(0.0, span, xs, ys)
    }

    /// Pixel corners of `rect`: `(nrows + 1) * (ncols + 1)` nodes, node (i, j) = output position
    /// (row0 - 0.5 + i, col0 - 0.5 + j).
    pub fn corners(&mut self, rect: Rect, xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        let span = Span {
            r0: rect.row0 as i64,
            c0: rect.col0 as i64,
            nrows: rect.nrows + 1,
            ncols: rect.ncols + 1,
        };
        self.lattice(-0.5, span, xs, ys)
    }

    /// Nodes `span` of the lattice whose node 0 sits at output position (`offset`, `offset`).
    fn lattice(&mut self, offset: f64, span: Span, xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        self.offset = offset;
        let n = span.nrows * span.ncols;
        let mut dst = Dst {
            span,
            xs: &mut xs[..n],
            ys: &mut ys[..n],
        };
        match self.mode {
            CoordMode::Exact => self.exact_rows(span, &mut dst),
            CoordMode::Grid(tol) => {
                let t = TILE as i64;
                let (t0r, t1r) = (
                    span.r0.div_euclid(t),
                    (span.r0 + span.nrows as i64 - 1).div_euclid(t),
                );
                let (t0c, t1c) = (
                    span.c0.div_euclid(t),
                    (span.c0 + span.ncols as i64 - 1).div_euclid(t),
                );
                for tr in t0r..=t1r {
                    for tc in t0c..=t1c {
                        let sq = Square {
                            r0: tr * t,
                            c0: tc * t,
                            size: TILE,
                        };
                        self.begin_tile(sq);
                        self.square(sq, tol, &mut dst)?;
                    }
                }
                Ok(())
            }
        }
    }

    /// Output position of lattice node (r, c), as (x, y).
    #[inline]
    fn pos(&self, r: i64, c: i64) -> (f64, f64) {
        (c as f64 + self.offset, r as f64 + self.offset)
    }

    /// Exact mapping of points `(x, y)` (in `self.pts`) → `(x_in, y_in)` written into `xs`, `ys`.
    fn exact(&mut self, xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        let nax = self.mapper.naxis();
        self.pout.clear();
        for &(x, y) in &self.pts {
            let base = self.pout.len();
            self.pout.resize(base + nax, 0.0);
            let mut k = 0;
            for a in 0..nax {
                self.pout[base + a] = if a == self.ax.0 {
                    x
                } else if a == self.ax.1 {
                    y
                } else {
                    let v = self.extra[k];
                    k += 1;
                    v
                };
            }
        }
        self.pin.resize(self.pout.len(), 0.0);
        self.mapper.map(&self.pout, &mut self.pin)?;
        for (i, p) in self.pin.chunks_exact(nax).enumerate() {
            xs[i] = p[self.ax.0];
            ys[i] = p[self.ax.1];
        }
        self.stats.exact_points += self.pts.len() as u64;
        Ok(())
    }

    /// Exact mapping of every node of `part` (inside `dst.span`) into `dst`, row by row.
    fn exact_rows(&mut self, part: Span, dst: &mut Dst) -> Result<()> {
        let w = dst.span.ncols;
        for r in part.r0..part.r0 + part.nrows as i64 {
            self.pts.clear();
            for c in part.c0..part.c0 + part.ncols as i64 {
                let p = self.pos(r, c);
                self.pts.push(p);
            }
            let o = (r - dst.span.r0) as usize * w + (part.c0 - dst.span.c0) as usize;
            let n = part.ncols;
            self.exact(&mut dst.xs[o..o + n], &mut dst.ys[o..o + n])?;
        }
        Ok(())
    }

    /// Start tile `sq`: forget the cached nodes of the previous one.
    fn begin_tile(&mut self, sq: Square) {
        let n = (TILE + 1) * (TILE + 1);
        self.tile = (sq.r0, sq.c0);
        self.known.clear();
        self.known.resize(n, false);
        self.tx.resize(n, 0.0);
        self.ty.resize(n, 0.0);
    }

    /// Index in the tile cache of lattice node (r, c) (inside the current tile or on its far edges).
    #[inline]
    fn slot(&self, r: i64, c: i64) -> usize {
        (r - self.tile.0) as usize * (TILE + 1) + (c - self.tile.1) as usize
    }

    /// Map every node of `nodes` not mapped yet in this tile, in one batch, into the tile cache.
    fn ensure(&mut self, nodes: &mut dyn Iterator<Item = (i64, i64)>) -> Result<()> {
        self.pts.clear();
        self.todo.clear();
        for (r, c) in nodes {
            let k = self.slot(r, c);
            if !self.known[k] {
                self.known[k] = true;
                self.todo.push(k);
                let p = self.pos(r, c);
                self.pts.push(p);
            }
        }
        let (mut xs, mut ys) = (vec![0.0; self.pts.len()], vec![0.0; self.pts.len()]);
        self.exact(&mut xs, &mut ys)?;
        for (i, &k) in self.todo.iter().enumerate() {
            self.tx[k] = xs[i];
            self.ty[k] = ys[i];
        }
        Ok(())
    }

    /// The node grid of spacing `s` over `sq` (row-major, `(size / s + 1)²` nodes), mapped as needed.
    fn nodes(&mut self, sq: Square, s: usize) -> Result<(Vec<f64>, Vec<f64>)> {
        let m = sq.size / s + 1;
        let at = |k: usize| (sq.r0 + ((k / m) * s) as i64, sq.c0 + ((k % m) * s) as i64);
        self.ensure(&mut (0..m * m).map(at))?;
        let (mut xs, mut ys) = (Vec::with_capacity(m * m), Vec::with_capacity(m * m));
        for k in 0..m * m {
            let (r, c) = at(k);
            let i = self.slot(r, c);
            xs.push(self.tx[i]);
            ys.push(self.ty[i]);
        }
        Ok((xs, ys))
    }

    /// Exact mapping of every node of `part` (inside the current tile and inside `dst.span`) into
    /// `dst`, through the tile cache.
    fn exact_part(&mut self, part: Span, dst: &mut Dst) -> Result<()> {
        let (r1, c1) = (part.r0 + part.nrows as i64, part.c0 + part.ncols as i64);
        self.ensure(&mut (part.r0..r1).flat_map(|r| (part.c0..c1).map(move |c| (r, c))))?;
        let w = dst.span.ncols;
        for r in part.r0..r1 {
            let o = (r - dst.span.r0) as usize * w + (part.c0 - dst.span.c0) as usize;
            let k = self.slot(r, part.c0);
            dst.xs[o..o + part.ncols].copy_from_slice(&self.tx[k..k + part.ncols]);
            dst.ys[o..o + part.ncols].copy_from_slice(&self.ty[k..k + part.ncols]);
        }
        Ok(())
    }

    /// Coordinates of the nodes of `sq` (a tile or part of one) that `dst` wants (none: nothing is
    /// computed — a part's result never depends on its neighbours).
    fn square(&mut self, sq: Square, tol: f64, dst: &mut Dst) -> Result<()> {
        if sq.span().intersect(&dst.span).is_none() {
            return Ok(());
        }
        let (gx, gy) = self.nodes(sq, sq.size)?;
        let invalid = |x: &f64, y: &f64| !x.is_finite() || !y.is_finite();
        if !gx.iter().zip(&gy).any(|(x, y)| invalid(x, y)) {
            return self.refine(sq, sq.size, None, tol, dst);
        }
        self.invalid(sq, (&gx, &gy), tol, dst)
    }

    /// `sq` meets an invalid node (`(gx, gy)` is the node grid that showed it): NaN when it is invalid
    /// throughout, or when it is small and its valid nodes all lie far beyond one input edge (see the
    /// module docs), else its quarters on their own, or exact mapping at the smallest size.
    fn invalid(
        &mut self,
        sq: Square,
        grid: (&[f64], &[f64]),
        tol: f64,
        dst: &mut Dst,
    ) -> Result<()> {
        let Some(part) = sq.span().intersect(&dst.span) else {
            return Ok(());
        };
        let valid = |(x, y): (&f64, &f64)| x.is_finite() && y.is_finite();
        let corners = !grid.0.iter().zip(grid.1).any(valid);
        let far = !corners && sq.size <= FAR_FILL && self.valid_far(sq, grid);
        if far || (corners && self.all_invalid(sq)?) {
            let w = dst.span.ncols;
            for r in 0..part.nrows {
                let o =
                    ((part.r0 - dst.span.r0) as usize + r) * w + (part.c0 - dst.span.c0) as usize;
                dst.xs[o..o + part.ncols].fill(f64::NAN);
                dst.ys[o..o + part.ncols].fill(f64::NAN);
            }
            Ok(())
        } else if sq.size > MIN_SQUARE {
            for q in sq.quarters() {
                self.square(q, tol, dst)?;
            }
            Ok(())
        } else {
            self.exact_part(part, dst)
        }
    }

    /// Whether every valid node of `grid` (over `sq`) lies beyond one and the same input edge, by
    /// [`RELEVANCE_MARGIN`] plus four output pixels' worth of input pixels.
    fn valid_far(&self, sq: Square, (gx, gy): (&[f64], &[f64])) -> bool {
        let Some((ny, nx)) = self.input else {
            return false;
        };
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (&x, &y) in gx.iter().zip(gy) {
            if x.is_finite() && y.is_finite() {
                (x0, x1) = (x0.min(x), x1.max(x));
                (y0, y1) = (y0.min(y), y1.max(y));
            }
        }
        let margin = RELEVANCE_MARGIN + 4.0 * (x1 - x0).max(y1 - y0) / sq.size as f64;
        edge_mask((x0, x1), (y0, y1), (nx, ny), margin) != 0
    }

    /// Whether the perimeter of `sq` (every [`PERIMETER_STEP`]-th node, and its last ones) and its
    /// interior probe grid map to invalid nodes only.
    fn all_invalid(&mut self, sq: Square) -> Result<bool> {
        let last = sq.size as i64 - 1;
        let along: Vec<i64> = (0..last).step_by(PERIMETER_STEP).chain([last]).collect();
        let step = PROBE.min(sq.size);
        let inner: Vec<i64> = (step as i64..last).step_by(step).collect();
        let mut nodes: Vec<(i64, i64)> = Vec::new();
        for &k in &along {
            nodes.extend([(0, k), (last, k), (k, 0), (k, last)]);
        }
        for &r in &inner {
            nodes.extend(inner.iter().map(|&c| (r, c)));
        }
        let nodes: Vec<(i64, i64)> = nodes.iter().map(|&(r, c)| (sq.r0 + r, sq.c0 + c)).collect();
        self.ensure(&mut nodes.iter().copied())?;
        Ok(nodes.iter().all(|&(r, c)| {
            let k = self.slot(r, c);
            !self.tx[k].is_finite() || !self.ty[k].is_finite()
        }))
    }

    /// For every cell of the `m × m` node grid (x, y) of spacing `s`: the input edges (bits 0–3: x low,
    /// x high, y low, y high) that all four of its nodes lie beyond, by the cell's margin, and that
    /// margin. Without an input plane, no cell is beyond anything.
    fn cells_beyond(&self, gx: &[f64], gy: &[f64], m: usize, s: usize) -> Vec<(u8, f64)> {
        let Some((ny, nx)) = self.input else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity((m - 1) * (m - 1));
        for ci in 0..m - 1 {
            for cj in 0..m - 1 {
                let ks = [
                    ci * m + cj,
                    ci * m + cj + 1,
                    (ci + 1) * m + cj,
                    (ci + 1) * m + cj + 1,
                ];
                let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
                for &k in &ks {
                    (x0, x1) = (x0.min(gx[k]), x1.max(gx[k]));
                    (y0, y1) = (y0.min(gy[k]), y1.max(gy[k]));
                }
                let margin = RELEVANCE_MARGIN + 4.0 * (x1 - x0).max(y1 - y0) / s as f64;
                let mask = edge_mask((x0, x1), (y0, y1), (nx, ny), margin);
                out.push((mask, margin));
            }
        }
        out
    }

    /// Whether the midpoint (i, j) of the half-spacing grid, mapped exactly to `p`, may be ignored by
    /// the error measure: every cell of the coarser grid it touches lies beyond an input edge, and `p`
    /// beyond that edge too. The finer cells there then interpolate beyond the edge as well (bilinear
    /// interpolation stays within the convex hull of a cell's nodes), so no kernel sees their error.
    fn irrelevant(
        &self,
        beyond: &[(u8, f64)],
        m: usize,
        (i, j): (usize, usize),
        p: (f64, f64),
    ) -> bool {
        let Some((ny, nx)) = self.input else {
            return false;
        };
        let cells = |k: usize| {
            let lo = if k % 2 == 1 {
                k / 2
            } else {
                (k / 2).saturating_sub(1)
            };
            lo..=(k / 2).min(m - 2)
        };
        cells(i).all(|ci| {
            cells(j).all(|cj| {
                let (mask, margin) = beyond[ci * (m - 1) + cj];
                mask & edge_mask((p.0, p.0), (p.1, p.1), (nx, ny), margin) != 0
            })
        })
    }

    /// Refine `sq`, whose node grid of spacing `s` is mapped and valid: map the grid of spacing
    /// `h = s / 2`, measure the `s` grid's error against it per quarter of `sq`, and fill each quarter
    /// from the `h` grid when its predicted error is within `tol`; refine the others on their own.
    /// `prev` is the error the coarser level measured over `sq`.
    fn refine(
        &mut self,
        sq: Square,
        s: usize,
        prev: Option<f64>,
        tol: f64,
        dst: &mut Dst,
    ) -> Result<()> {
        if s == 1 {
            // the grid of spacing 1 *is* the exact mapping at every node
            let (gx, gy) = self.nodes(sq, 1)?;
            return self.fill(sq, 1, &gx, &gy, dst);
        }
        let h = s / 2;
        let (gx, gy) = self.nodes(sq, s)?;
        let (hx, hy) = self.nodes(sq, h)?;
        let (m, mh) = (sq.size / s + 1, sq.size / h + 1);
        let beyond = self.cells_beyond(&gx, &gy, m, s);
        let mid = (mh - 1) / 2;
        // errors per quarter (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right)
        let mut err = [0f64; 4];
        for i in 0..mh {
            for j in 0..mh {
                if i % 2 == 0 && j % 2 == 0 {
                    continue;
                }
                let k = i * mh + j;
                if !hx[k].is_finite() || !hy[k].is_finite() {
                    return self.invalid(sq, (&hx, &hy), tol, dst);
                }
                if self.irrelevant(&beyond, m, (i, j), (hx[k], hy[k])) {
                    continue;
                }
                let (fy, fx) = (i as f64 / 2.0, j as f64 / 2.0);
                let e = (bilerp(&gx, m, fy, fx) - hx[k])
                    .abs()
                    .max((bilerp(&gy, m, fy, fx) - hy[k]).abs());
                for (qi, qj) in [
                    (i <= mid, j <= mid),
                    (i <= mid, j >= mid),
                    (i >= mid, j <= mid),
                    (i >= mid, j >= mid),
                ]
                .iter()
                .enumerate()
                .filter(|(_, &(a, b))| a && b)
                .map(|(q, _)| (q / 2, q % 2))
                {
                    let q = qi * 2 + qj;
                    err[q] = err[q].max(e);
                }
            }
        }
        // Bilinear interpolation error scales with the square of the spacing. Once two successive
        // levels show that law over the whole square (its error fell to ≤ 0.3 of the previous
        // level's, 0.25 in theory), a quarter's h grid error is predicted as its err / 4 and accepted
        // when that is within the tolerance; before that, only a measured err within the tolerance
        // is accepted.
        let worst = err.iter().fold(0f64, |a, &b| a.max(b));
        let asymptotic = prev.is_some_and(|p| worst <= 0.3 * p);
        let ok = |e: f64| (if asymptotic { e / 4.0 } else { e }) <= tol || h == 1;
        if err.iter().all(|&e| ok(e)) {
            return self.fill(sq, h, &hx, &hy, dst);
        }
        if h >= LOCAL_BELOW {
            // still coarse: the whole square goes on to the next level
            return self.refine(sq, h, Some(worst), tol, dst);
        }
        for (q, quarter) in sq.quarters().into_iter().enumerate() {
            if quarter.span().intersect(&dst.span).is_none() {
                continue;
            }
            if ok(err[q]) {
                let (qx, qy) = self.nodes(quarter, h)?;
                self.fill(quarter, h, &qx, &qy, dst)?;
            } else {
                self.refine(quarter, h, Some(err[q]), tol, dst)?;
            }
        }
        Ok(())
    }

    /// Fill the nodes of `sq` that `dst` wants from its node grid (x, y) of spacing `h`.
    fn fill(&mut self, sq: Square, h: usize, gx: &[f64], gy: &[f64], dst: &mut Dst) -> Result<()> {
        if let Some(part) = sq.span().intersect(&dst.span) {
            fill_square(gx, sq, h, part, dst.span, dst.xs);
            fill_square(gy, sq, h, part, dst.span, dst.ys);
        }
        Ok(())
    }
}

/// Input pixels beyond the edge of the input plane from which positions need no accuracy: a kernel
/// reads at most this far outside (plus four output pixels' worth of input pixels, see
/// [`BlockCoords::set_input_plane`]).
pub const RELEVANCE_MARGIN: f64 = 16.0;

/// The edges of an `(nx, ny)` input plane, grown by `margin`, that the box (x0..x1, y0..y1) lies wholly
/// beyond: bit 0 left, 1 right, 2 below, 3 above.
fn edge_mask((x0, x1): (f64, f64), (y0, y1): (f64, f64), (nx, ny): (f64, f64), margin: f64) -> u8 {
    let lo = -0.5 - margin;
    u8::from(x1 < lo)
        | u8::from(x0 > nx - 0.5 + margin) << 1
        | u8::from(y1 < lo) << 2
        | u8::from(y0 > ny - 0.5 + margin) << 3
}

/// Fill the nodes `part` (inside square `sq` and inside `dst`, row-major over `dst`) from the node
/// grid `g` of spacing `h` (a power of two) over `sq`: interpolate each row between node rows, then
/// along the row between node columns. Node values are reproduced exactly (weights 0 contribute
/// nothing), so `h = 1` copies the exact mapping bit for bit, and every node gets the same arithmetic
/// whatever part of the square is asked for.
fn fill_square(g: &[f64], sq: Square, h: usize, part: Span, dst: Span, out: &mut [f64]) {
    debug_assert!(h.is_power_of_two());
    let m = sq.size / h + 1;
    let shift = h.trailing_zeros();
    let inv = 1.0 / h as f64;
    // the fractions t/h, exact in binary since h is a power of two
    let frac: Vec<f64> = (0..h).map(|t| t as f64 * inv).collect();
    let (lc0, lc1) = (
        (part.c0 - sq.c0) as usize,
        (part.c0 - sq.c0) as usize + part.ncols,
    );
    let (j0, j1) = (lc0 >> shift, ((lc1 - 1) >> shift) + 1);
    let mut line = vec![0.0; m];
    for r in 0..part.nrows {
        let lr = (part.r0 - sq.r0) as usize + r;
        let (i, ty) = (lr >> shift, frac[lr & (h - 1)]);
        for j in j0..=j1.min(m - 1) {
            let a = g[i * m + j];
            line[j] = if ty == 0.0 {
                a
            } else {
                a + (g[(i + 1) * m + j] - a) * ty
            };
        }
        let o =
            (part.r0 - dst.r0) as usize * dst.ncols + r * dst.ncols + (part.c0 - dst.c0) as usize;
        // node interval by node interval: one difference per interval, then a plain loop over its
        // fractions (no index arithmetic per pixel); the node itself is copied, exactly
        let row = &mut out[o..o + part.ncols];
        let mut k = 0;
        while k < row.len() {
            let lc = lc0 + k;
            let (j, t0) = (lc >> shift, lc & (h - 1));
            let n = (h - t0).min(row.len() - k);
            let seg = &mut row[k..k + n];
            let a = line[j];
            let skip = if t0 == 0 {
                seg[0] = a;
                1
            } else {
                0
            };
            if n > skip {
                let d = line[j + 1] - a;
                for (v, &t) in seg[skip..].iter_mut().zip(&frac[t0 + skip..t0 + n]) {
                    *v = a + d * t;
                }
            }
            k += n;
        }
    }
}
/// Bilinear interpolation in an `m × m` node grid at fractional node position (fy, fx). Exact at nodes
/// (no arithmetic on them), so a spacing of 1 reproduces the exact mapping bit for bit.
#[inline]
fn bilerp(g: &[f64], m: usize, fy: f64, fx: f64) -> f64 {
    let i = (fy.floor() as usize).min(m - 2);
    let j = (fx.floor() as usize).min(m - 2);
    let ty = fy - i as f64;
    let tx = fx - j as f64;
    if ty == 0.0 && tx == 0.0 {
        return g[i * m + j];
    }
    let a = g[i * m + j];
    let b = g[i * m + j + 1];
    let c = g[(i + 1) * m + j];
    let d = g[(i + 1) * m + j + 1];
    let top = a + (b - a) * tx;
    let bot = c + (d - c) * tx;
    top + (bot - top) * ty
}
