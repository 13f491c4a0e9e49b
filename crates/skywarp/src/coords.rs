//! Output-pixel → input-pixel coordinates for a block, from the exact mapping evaluated on an adaptive
//! grid.
//!
//! Method. The output plane is cut into fixed tiles of [`TILE`]² pixels anchored at pixel (0, 0) — fixed,
//! so that a pixel's coordinates never depend on how the output is cut into blocks or threads (blocked
//! and threaded runs are bit-identical to one block). For each tile the exact mapping is evaluated on a
//! node grid of spacing `s = TILE`, then on the grid of spacing `s/2`; the `s/2` nodes that the `s`
//! grid does not contain are compared with the bilinear interpolation of the `s` grid, which measures
//! the `s` grid's interpolation error `err` (in input pixels, worst axis). The `s/2` grid is accepted
//! when its own error is within the tolerance: once two successive levels show the error falling with
//! the square of the spacing (as bilinear interpolation of a smooth mapping must), its error is
//! predicted as `err / 4`; before that, `err` itself must be within the tolerance. Otherwise `s` is
//! halved and the test repeats, down to exact evaluation at every pixel. A tile with any invalid node (off the
//! projection, failed round trip) is evaluated exactly at every pixel, so NaN boundaries are exact.

use skywarp_wcs::PixelMapper;

use crate::region::Rect;
use crate::Result;

/// Tile edge in output pixels (a power of two).
pub const TILE: usize = 64;

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

/// Computes 2-D coordinates for blocks of one output plane through a [`PixelMapper`] whose WCS are
/// 2-D, or 3-D with the third pixel axis held at `z_fixed` (separable cubes).
pub struct BlockCoords {
    mapper: PixelMapper,
    mode: CoordMode,
    /// Value of the extra pixel axes (beyond the two celestial ones) while mapping the plane.
    extra: Vec<f64>,
    /// Which pixel axes are the plane's x and y.
    ax: (usize, usize),
    pin: Vec<f64>,
    pout: Vec<f64>,
    pub stats: CoordStats,
}

impl BlockCoords {
    pub fn new(mapper: PixelMapper, ax: (usize, usize), extra: Vec<f64>, mode: CoordMode) -> Self {
        BlockCoords {
            mapper,
            mode,
            extra,
            ax,
            pin: Vec::new(),
            pout: Vec::new(),
            stats: CoordStats::default(),
        }
    }

    /// Exact mapping of points `(x, y)` → `(x_in, y_in)` written into `xs`, `ys`.
    fn exact(&mut self, pts: &[(f64, f64)], xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        let nax = self.mapper.naxis();
        self.pout.clear();
        for &(x, y) in pts {
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
        self.stats.exact_points += pts.len() as u64;
        Ok(())
    }

    /// Coordinates of the pixel centres of block `rect` (row-major outputs).
    pub fn block(&mut self, rect: Rect, xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        let Rect {
            row0,
            col0,
            nrows,
            ncols,
        } = rect;
        self.stats.pixels += (nrows * ncols) as u64;
        match self.mode {
            CoordMode::Exact => {
                let mut pts = Vec::with_capacity(ncols);
                for r in 0..nrows {
                    pts.clear();
                    pts.extend((0..ncols).map(|c| ((col0 + c) as f64, (row0 + r) as f64)));
                    let o = r * ncols;
                    self.exact(&pts, &mut xs[o..o + ncols], &mut ys[o..o + ncols])?;
                }
                Ok(())
            }
            CoordMode::Grid(tol) => {
                let (t0r, t1r) = (row0 / TILE, (row0 + nrows - 1) / TILE);
                let (t0c, t1c) = (col0 / TILE, (col0 + ncols - 1) / TILE);
                let mut tx = vec![0.0; TILE * TILE];
                let mut ty = vec![0.0; TILE * TILE];
                for trow in t0r..=t1r {
                    for tcol in t0c..=t1c {
                        self.tile(trow * TILE, tcol * TILE, tol, &mut tx, &mut ty)?;
                        // copy the tile ∩ block
                        let r_lo = (trow * TILE).max(row0);
                        let r_hi = ((trow + 1) * TILE).min(row0 + nrows);
                        let c_lo = (tcol * TILE).max(col0);
                        let c_hi = ((tcol + 1) * TILE).min(col0 + ncols);
                        for r in r_lo..r_hi {
                            let src = (r - trow * TILE) * TILE + (c_lo - tcol * TILE);
                            let dst = (r - row0) * ncols + (c_lo - col0);
                            let n = c_hi - c_lo;
                            xs[dst..dst + n].copy_from_slice(&tx[src..src + n]);
                            ys[dst..dst + n].copy_from_slice(&ty[src..src + n]);
                        }
                    }
                }
                Ok(())
            }
        }
    }

    /// Evaluate the node grid of spacing `s` over the tile at (r0, c0). With `coarser` (the grid of
    /// spacing `2s`), its nodes are copied and only the new ones are mapped.
    fn nodes(
        &mut self,
        r0: usize,
        c0: usize,
        s: usize,
        coarser: Option<(&[f64], &[f64])>,
    ) -> Result<(Vec<f64>, Vec<f64>)> {
        let m = TILE / s + 1;
        let mut xs = vec![0.0; m * m];
        let mut ys = vec![0.0; m * m];
        let is_old =
            |k: usize| coarser.is_some() && (k / m).is_multiple_of(2) && (k % m).is_multiple_of(2);
        let new: Vec<usize> = (0..m * m).filter(|&k| !is_old(k)).collect();
        let pts: Vec<(f64, f64)> = new
            .iter()
            .map(|&k| ((c0 + (k % m) * s) as f64, (r0 + (k / m) * s) as f64))
            .collect();
        let mut nx = vec![0.0; pts.len()];
        let mut ny = vec![0.0; pts.len()];
        self.exact(&pts, &mut nx, &mut ny)?;
        for (j, &k) in new.iter().enumerate() {
            xs[k] = nx[j];
            ys[k] = ny[j];
        }
        if let Some((gx, gy)) = coarser {
            let mc = TILE / (2 * s) + 1;
            for i in 0..mc {
                for j in 0..mc {
                    xs[2 * i * m + 2 * j] = gx[i * mc + j];
                    ys[2 * i * m + 2 * j] = gy[i * mc + j];
                }
            }
        }
        Ok((xs, ys))
    }

    fn tile(
        &mut self,
        r0: usize,
        c0: usize,
        tol: f64,
        tx: &mut [f64],
        ty: &mut [f64],
    ) -> Result<()> {
        let mut s = TILE;
        let mut prev_err: Option<f64> = None;
        let (mut gx, mut gy) = self.nodes(r0, c0, s, None)?;
        let accepted = loop {
            if gx.iter().chain(gy.iter()).any(|v| !v.is_finite()) || s == 1 {
                break None;
            }
            let h = s / 2;
            let (hx, hy) = self.nodes(r0, c0, h, Some((&gx, &gy)))?;
            let m = TILE / s + 1;
            let mh = TILE / h + 1;
            let mut err: f64 = 0.0;
            let mut bad = false;
            for i in 0..mh {
                for j in 0..mh {
                    if i % 2 == 0 && j % 2 == 0 {
                        continue;
                    }
                    let k = i * mh + j;
                    if !hx[k].is_finite() || !hy[k].is_finite() {
                        bad = true;
                        continue;
                    }
                    let (fy, fx) = (i as f64 / 2.0, j as f64 / 2.0);
                    err = err.max((bilerp(&gx, m, fy, fx) - hx[k]).abs());
                    err = err.max((bilerp(&gy, m, fy, fx) - hy[k]).abs());
                }
            }
            if bad {
                break None;
            }
            // Bilinear interpolation error scales with the square of the spacing. Once two successive
            // levels show that law (the error fell to ≤ 0.3 of the previous level's, 0.25 in theory),
            // the h grid's error is predicted as err / 4 and accepted when that is within the
            // tolerance; before that, only a measured err within the tolerance is accepted.
            let asymptotic = prev_err.is_some_and(|p: f64| err <= 0.3 * p);
            let predicted = if asymptotic { err / 4.0 } else { err };
            if predicted <= tol || h == 1 {
                // (the h = 1 grid *is* the exact mapping at every pixel)
                break Some((hx, hy, h));
            }
            prev_err = Some(err);
            s = h;
            gx = hx;
            gy = hy;
        };
        match accepted {
            Some((nx, ny, h)) => {
                fill_tile(&nx, h, tx);
                fill_tile(&ny, h, ty);
            }
            None => {
                let mut pts = Vec::with_capacity(TILE);
                for r in 0..TILE {
                    pts.clear();
                    pts.extend((0..TILE).map(|c| ((c0 + c) as f64, (r0 + r) as f64)));
                    let o = r * TILE;
                    self.exact(&pts, &mut tx[o..o + TILE], &mut ty[o..o + TILE])?;
                }
            }
        }
        Ok(())
    }
}

/// Fill a TILE×TILE array from a node grid of spacing `h` (a power of two): interpolate each row of the
/// tile between node rows, then along the row between node columns. Node values are reproduced
/// exactly (weights 0 contribute nothing), so `h = 1` copies the exact mapping bit for bit.
fn fill_tile(g: &[f64], h: usize, out: &mut [f64]) {
    debug_assert!(h.is_power_of_two());
    let m = TILE / h + 1;
    let shift = h.trailing_zeros();
    let inv = 1.0 / h as f64;
    // the fractions t/h, exact in binary since h is a power of two
    let frac: Vec<f64> = (0..h).map(|t| t as f64 * inv).collect();
    let mut line = vec![0.0; m];
    for r in 0..TILE {
        let (i, ty) = (r >> shift, frac[r & (h - 1)]);
        for (j, l) in line.iter_mut().enumerate() {
            let a = g[i * m + j];
            *l = if ty == 0.0 {
                a
            } else {
                a + (g[(i + 1) * m + j] - a) * ty
            };
        }
        let row = &mut out[r * TILE..(r + 1) * TILE];
        for (j, seg) in row.chunks_exact_mut(h).enumerate() {
            let (a, d) = (line[j], line[j + 1] - line[j]);
            seg[0] = a; // the node itself, exactly
            for (o, &t) in seg[1..].iter_mut().zip(&frac[1..]) {
                *o = a + d * t;
            }
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
