//! The area scale of the input pixel plane: steradians per square input pixel, as a smooth field.
//!
//! It is sampled on fixed nodes anchored to the input image (so a cell's value never depends on how the
//! output is cut into blocks) and interpolated biquadratically. Each node's value comes from central
//! differences of the unit vector with a step of 2e-5 radians on the sky whatever the pixel size:
//! differences over one pixel of a 1e-5″ image would keep only ~6 digits of the world coordinates,
//! while this step keeps ~11, and its truncation error (~h²/3 ≈ 1e-10) is the same for the input and
//! output planes, so it cancels in their ratio.

use skywarp_wcs::Wcs;

use super::{lonlat_to_vec, Rect, Vec3};
use crate::{Error, Result};

/// Step of the central differences, on the sky (radians).
const STEP_RAD: f64 = 2e-5;

/// The input plane's area scale, interpolated between nodes.
#[derive(Clone, Debug)]
pub struct AreaScale {
    /// Node spacing, input pixels.
    d: f64,
    nx: usize,
    ny: usize,
    /// Input pixel position of node (0, 0).
    x0: f64,
    y0: f64,
    j: Vec<f64>,
    /// Cells are clamped to columns cmin..=cmax and rows rmin..=rmax before evaluation (cells off the image
    /// only enter output pixel areas, where the extension by the edge value is accurate enough).
    cmin: i64,
    rmin: i64,
    cmax: i64,
    rmax: i64,
}

impl AreaScale {
    /// The area scale of `wcs` (2-D celestial) over an input of `(rows, cols)` pixels of about
    /// `scale` radians.
    pub fn from_wcs(wcs: &mut Wcs, (rows, cols): (usize, usize), scale: f64) -> Result<AreaScale> {
        let d = 64usize.max(rows.max(cols).div_ceil(256));
        let (nx, ny) = ((cols.div_ceil(d) + 1).max(3), (rows.div_ceil(d) + 1).max(3));
        let h = STEP_RAD / scale;
        let (x0, y0) = (-0.5, -0.5);
        let mut pix = Vec::with_capacity(nx * ny * 8);
        for q in 0..ny {
            for p in 0..nx {
                let (x, y) = (x0 + (p * d) as f64, y0 + (q * d) as f64);
                pix.extend([x + h, y, x - h, y, x, y + h, x, y - h]);
            }
        }
        let mut world = vec![0.0; pix.len()];
        wcs.pix2world(&pix, &mut world)?;
        let (lng, lat) = wcs
            .celestial_axes()
            .ok_or_else(|| Error::Value("the input WCS has no celestial axes".into()))?;
        let u: Vec<Vec3> = world
            .chunks_exact(2)
            .map(|w| lonlat_to_vec(w[lng], w[lat]))
            .collect();
        let mut j: Vec<f64> = u
            .chunks_exact(4)
            .map(|v| {
                let dx = [v[0][0] - v[1][0], v[0][1] - v[1][1], v[0][2] - v[1][2]];
                let dy = [v[2][0] - v[3][0], v[2][1] - v[3][1], v[2][2] - v[3][2]];
                let c = [
                    dx[1] * dy[2] - dx[2] * dy[1],
                    dx[2] * dy[0] - dx[0] * dy[2],
                    dx[0] * dy[1] - dx[1] * dy[0],
                ];
                (c[0] * c[0] + c[1] * c[1] + c[2] * c[2]).sqrt() / (4.0 * h * h)
            })
            .collect();
        // Nodes off the projection take the mean of the others (they only shape edge pixels' areas).
        let good: Vec<f64> = j
            .iter()
            .copied()
            .filter(|v| v.is_finite() && *v > 0.0)
            .collect();
        if good.is_empty() {
            return Err(Error::Value(
                "cannot compute the pixel areas of the input WCS".into(),
            ));
        }
        let mean = good.iter().sum::<f64>() / good.len() as f64;
        for v in &mut j {
            if !(v.is_finite() && *v > 0.0) {
                *v = mean;
            }
        }
        Ok(AreaScale {
            d: d as f64,
            nx,
            ny,
            x0,
            y0,
            j,
            cmin: 0,
            rmin: 0,
            cmax: cols as i64 - 1,
            rmax: rows as i64 - 1,
        })
    }

    /// A linear field `j0 + gx·x + gy·y` (tests).
    #[cfg(test)]
    pub fn linear(j0: f64, gx: f64, gy: f64) -> AreaScale {
        let e = 1e3;
        let f = |x: f64, y: f64| j0 + gx * x + gy * y;
        AreaScale {
            d: e,
            nx: 3,
            ny: 3,
            x0: -e,
            y0: -e,
            j: (0..9)
                .map(|k| f(e * ((k % 3) as f64 - 1.0), e * ((k / 3) as f64 - 1.0)))
                .collect(),
            cmin: i64::MIN,
            rmin: i64::MIN,
            cmax: i64::MAX,
            rmax: i64::MAX,
        }
    }

    #[cfg(test)]
    pub fn uniform(j: f64) -> AreaScale {
        AreaScale::linear(j, 0.0, 0.0)
    }

    /// Value and gradient at input pixel position (x, y): biquadratic Lagrange interpolation on the
    /// 3×3 nodes around it. Its error (~(node spacing)³, ≤ 1e-10 relative for the pixels of the planar
    /// path) matters: an output pixel's area and its input pieces are evaluated at points a pixel
    /// apart, so the flux error is the change of the model's relative error over one pixel.
    #[inline]
    fn interpolate(&self, x: f64, y: f64) -> (f64, f64, f64) {
        let (p, lx, dx) = weights((x - self.x0) / self.d, self.nx);
        let (q, ly, dy) = weights((y - self.y0) / self.d, self.ny);
        self.combine((p, &lx, &dx), (q, &ly, &dy))
    }

    /// Σ over the 3×3 nodes around (p, q) of the weights' products with the node values: value and
    /// gradient (per input pixel).
    #[inline]
    fn combine(&self, (p, lx, dx): Weights1, (q, ly, dy): Weights1) -> (f64, f64, f64) {
        // rows first, then columns: the order `fill` uses, so both give the same bits
        let mut k = [[0.0; 2]; 3];
        for (a, c) in k.iter_mut().enumerate() {
            let at = |b: usize| self.j[(q + b - 1) * self.nx + p - 1 + a];
            *c = [
                ly[0] * at(0) + ly[1] * at(1) + ly[2] * at(2),
                dy[0] * at(0) + dy[1] * at(1) + dy[2] * at(2),
            ];
        }
        let v = lx[0] * k[0][0] + lx[1] * k[1][0] + lx[2] * k[2][0];
        let gx = dx[0] * k[0][0] + dx[1] * k[1][0] + dx[2] * k[2][0];
        let gy = lx[0] * k[0][1] + lx[1] * k[1][1] + lx[2] * k[2][1];
        (v, gx / self.d, gy / self.d)
    }

    /// [`AreaScale::at`] for every cell of `win` (row-major), with the same arithmetic: per row, the
    /// node rows are combined once per node column, then each cell combines three of those.
    pub fn fill(&self, win: Rect, out: &mut Vec<[f64; 3]>) {
        let cols: Vec<_> = (win.col0..win.col0 + win.ncols)
            .map(|c| weights((self.clamp_col(c as i64) - self.x0) / self.d, self.nx))
            .collect();
        let mut comb = vec![[0.0; 2]; self.nx];
        out.clear();
        for r in win.row0..win.row0 + win.nrows {
            let (q, ly, dy) = weights((self.clamp_row(r as i64) - self.y0) / self.d, self.ny);
            for (p, c) in comb.iter_mut().enumerate() {
                let at = |b: usize| self.j[(q + b - 1) * self.nx + p];
                *c = [
                    ly[0] * at(0) + ly[1] * at(1) + ly[2] * at(2),
                    dy[0] * at(0) + dy[1] * at(1) + dy[2] * at(2),
                ];
            }
            for (p, lx, dx) in &cols {
                let k = &comb[p - 1..p + 2];
                let v = lx[0] * k[0][0] + lx[1] * k[1][0] + lx[2] * k[2][0];
                let gx = dx[0] * k[0][0] + dx[1] * k[1][0] + dx[2] * k[2][0];
                let gy = lx[0] * k[0][1] + lx[1] * k[1][1] + lx[2] * k[2][1];
                out.push([v, gx / self.d, gy / self.d]);
            }
        }
    }

    #[inline]
    fn clamp_col(&self, col: i64) -> f64 {
        col.clamp(self.cmin, self.cmax) as f64
    }

    #[inline]
    fn clamp_row(&self, row: i64) -> f64 {
        row.clamp(self.rmin, self.rmax) as f64
    }

    /// Value at an input pixel position (tests).
    #[cfg(test)]
    pub fn eval(&self, x: f64, y: f64) -> f64 {
        self.interpolate(x, y).0
    }

    /// Area scale and its gradient (per input pixel) at the centre of input cell (col, row), the
    /// cell clamped to the image.
    #[inline]
    pub fn at(&self, col: i64, row: i64) -> (f64, f64, f64) {
        let (c, r) = (
            col.clamp(self.cmin, self.cmax),
            row.clamp(self.rmin, self.rmax),
        );
        self.interpolate(c as f64, r as f64)
    }
}

/// Node index (the middle of three) and the Lagrange weights and their derivatives along one axis.
type Weights1<'a> = (usize, &'a [f64; 3], &'a [f64; 3]);

/// For fractional node position `f` on an axis of `n` nodes: the middle node of the three used and
/// the quadratic Lagrange weights of the three, with their derivatives (per node spacing).
#[inline]
fn weights(f: f64, n: usize) -> (usize, [f64; 3], [f64; 3]) {
    let p = (f.round().max(1.0) as usize).min(n - 2);
    let t = f - p as f64;
    (
        p,
        [0.5 * t * (t - 1.0), 1.0 - t * t, 0.5 * t * (t + 1.0)],
        [t - 0.5, -2.0 * t, t + 0.5],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_gives_the_bits_of_at() {
        let mut s = AreaScale::linear(3.0, 0.01, -0.02);
        // a curved field: squares of the linear one's node values
        for v in &mut s.j {
            *v *= *v;
        }
        s.d = 7.0;
        let win = Rect::new(3, 2, 9, 11);
        let mut t = Vec::new();
        s.fill(win, &mut t);
        for r in 0..win.nrows {
            for c in 0..win.ncols {
                let (v, gx, gy) = s.at((win.col0 + c) as i64, (win.row0 + r) as i64);
                assert_eq!(t[r * win.ncols + c], [v, gx, gy]);
            }
        }
    }
}
