//! Combining reprojected inputs, one output band at a time.
//!
//! reproject 0.21's rules, inputs taken in order, with `f` = footprint × weight of the input at the
//! pixel and `a` its value (0 where it is NaN or its weight is NaN, and then `f` = 0):
//! * mean / sum: Σ a·f (a = 0 where f = 0) and Σ f; mean divides;
//! * first: the first input whose pixel is reached while the running footprint is still 0;
//! * last: the last input with f > 0;
//! * min / max: the extreme a among inputs with f > 0 (each replacing the footprint with its own f);
//! * median (reproject's main branch): the median of the a of the inputs with f > 0, NaN-aware, with
//!   footprint Σ f.
//!
//! Uncovered pixels (footprint 0) take the blank value. Pixels of a band are updated by one input at
//! a time (the runs of the inputs follow each other), so the order is reproject's whatever the
//! threads do; within one run blocks are disjoint, and each row is locked while a block updates it.

use std::sync::Mutex;

use crate::plan::{intersect, Band, Rect};
use crate::{Error, Result};

/// How overlapping inputs are combined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Combine {
    Mean,
    Sum,
    First,
    Last,
    Min,
    Max,
    Median,
}

impl std::str::FromStr for Combine {
    type Err = Error;
    fn from_str(s: &str) -> Result<Combine> {
        Ok(match s {
            "mean" => Combine::Mean,
            "sum" => Combine::Sum,
            "first" => Combine::First,
            "last" => Combine::Last,
            "min" => Combine::Min,
            "max" => Combine::Max,
            "median" => Combine::Median,
            _ => {
                return Err(Error::Value(
                    "combine_function should be one of mean/sum/first/last/min/max/median".into(),
                ))
            }
        })
    }
}

impl Combine {
    /// The running value before any input (reproject fills min/max outputs with ±inf).
    pub fn start(self) -> f64 {
        match self {
            Combine::Min => f64::INFINITY,
            Combine::Max => f64::NEG_INFINITY,
            _ => 0.0,
        }
    }

    /// Whether the values of every input must be kept for the band (median).
    pub fn keeps_inputs(self) -> bool {
        self == Combine::Median
    }

    /// Add one input's pixel (`a`, `f` after weights and resets) to the running value and footprint.
    #[inline]
    pub fn add(self, v: &mut f64, fp: &mut f64, a: f64, f: f64) {
        match self {
            Combine::Mean | Combine::Sum | Combine::Median => {
                if f != 0.0 {
                    *v += a * f;
                }
                *fp += f;
            }
            Combine::First => {
                if *fp == 0.0 {
                    (*v, *fp) = (a, f);
                }
            }
            Combine::Last => {
                if f > 0.0 {
                    (*v, *fp) = (a, f);
                }
            }
            Combine::Min => {
                if f > 0.0 && a < *v {
                    (*v, *fp) = (a, f);
                }
            }
            Combine::Max => {
                if f > 0.0 && a > *v {
                    (*v, *fp) = (a, f);
                }
            }
        }
    }

    /// [`Combine::add`] along a row: `pix[c]` = (value, footprint × weight) into `v[c]`, `fp[c]`.
    /// The rule is chosen once per row, not per pixel (the loops are then plain enough for the
    /// compiler to keep in registers), with the same arithmetic.
    #[inline]
    pub fn add_row(self, v: &mut [f64], fp: &mut [f64], pix: &[(f64, f64)]) {
        match self {
            Combine::Mean | Combine::Sum | Combine::Median => {
                for ((v, fp), &(a, f)) in v.iter_mut().zip(fp.iter_mut()).zip(pix) {
                    if f != 0.0 {
                        *v += a * f;
                    }
                    *fp += f;
                }
            }
            c => {
                for ((v, fp), &(a, f)) in v.iter_mut().zip(fp.iter_mut()).zip(pix) {
                    c.add(v, fp, a, f);
                }
            }
        }
    }

    /// The output value of a pixel from its running value and footprint.
    #[inline]
    pub fn finish(self, v: f64, fp: f64, blank: f64) -> f64 {
        if fp == 0.0 {
            return blank;
        }
        match self {
            Combine::Mean => v / fp,
            _ => v,
        }
    }
}

/// Running values and footprints of one band (all columns), in the caller's buffers (reused from band
/// to band, so no band pays for fresh pages), one lock per row.
pub struct BandAcc<'a> {
    pub band: Band,
    pub width: usize,
    rows: Vec<Mutex<(&'a mut [f64], &'a mut [f64])>>,
}

impl<'a> BandAcc<'a> {
    /// Start the band in `values` and `footprint` (at least `band.nrows × width` each).
    pub fn new(
        band: Band,
        width: usize,
        combine: Combine,
        values: &'a mut [f64],
        footprint: &'a mut [f64],
    ) -> BandAcc<'a> {
        let n = band.nrows * width;
        values[..n].fill(combine.start());
        footprint[..n].fill(0.0);
        let rows = values[..n]
            .chunks_mut(width)
            .zip(footprint[..n].chunks_mut(width))
            .map(Mutex::new)
            .collect();
        BandAcc { band, width, rows }
    }

    /// Run `f` on output row `row` (full-output index): its values and footprints.
    pub fn with_row<R>(&self, row: usize, f: impl FnOnce(&mut [f64], &mut [f64]) -> R) -> R {
        let mut g = self.rows[row - self.band.row0]
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let (v, fp) = &mut *g;
        f(v, fp)
    }
}

/// One input's reprojected pixels over a rectangle of the band (NaN where it does not contribute):
/// the weights before values are combined, every input's values for a median or for background
/// offsets.
pub struct Stack {
    pub rect: Rect,
    rows: Vec<Mutex<Vec<f64>>>,
}

impl Stack {
    pub fn new(rect: Rect) -> Stack {
        Stack {
            rect,
            rows: (0..rect.nrows)
                .map(|_| Mutex::new(vec![f64::NAN; rect.ncols]))
                .collect(),
        }
    }

    /// Run `f` on row `row` (full-output index) of the stack.
    pub fn with_row<R>(&self, row: usize, f: impl FnOnce(&mut [f64]) -> R) -> R {
        let mut g = self.rows[row - self.rect.row0]
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        f(&mut g)
    }

    /// Copy of row `row` (full-output index).
    pub fn row(&self, row: usize) -> Vec<f64> {
        self.with_row(row, |r| r.to_vec())
    }
}

/// Replace the values of a band's median pixels by the median of the stacked inputs covering them.
pub fn median_into(acc: &BandAcc, stacks: &[&Stack], blank: f64) {
    use rayon::prelude::*;
    let (r0, n) = (acc.band.row0, acc.band.nrows);
    (r0..r0 + n).into_par_iter().for_each(|row| {
        let line = Rect {
            row0: row,
            col0: 0,
            nrows: 1,
            ncols: acc.width,
        };
        let parts: Vec<(Rect, Vec<f64>)> = stacks
            .iter()
            .filter_map(|s| intersect(&s.rect, &line).map(|r| (r, s.row(row))))
            .collect();
        let mut vals = Vec::with_capacity(parts.len());
        acc.with_row(row, |v, fp| {
            for c in 0..acc.width {
                vals.clear();
                for (r, data) in &parts {
                    if (r.col0..r.col0 + r.ncols).contains(&c) {
                        let x = data[c - r.col0];
                        if !x.is_nan() {
                            vals.push(x);
                        }
                    }
                }
                v[c] = if fp[c] == 0.0 || vals.is_empty() {
                    blank
                } else {
                    median(&mut vals)
                };
            }
        });
    });
}

/// numpy's median: the middle value, or the mean of the two middle values.
pub fn median(vals: &mut [f64]) -> f64 {
    let n = vals.len();
    let mid = n / 2;
    let (_, m, _) = vals.select_nth_unstable_by(mid, f64::total_cmp);
    let hi = *m;
    if n % 2 == 1 {
        return hi;
    }
    let lo = vals[..mid]
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    lo + (hi - lo) / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(&mut [5.0]), 5.0);
    }

    #[test]
    fn rules_follow_reproject() {
        let run = |c: Combine, px: &[(f64, f64)]| {
            let (mut v, mut f) = (c.start(), 0.0);
            for &(a, fp) in px {
                c.add(&mut v, &mut f, a, fp);
            }
            (c.finish(v, f, -1.0), f)
        };
        let px = [(0.0, 0.0), (2.0, 1.0), (5.0, 0.5), (1.0, 1.0)];
        assert_eq!(run(Combine::Sum, &px), (2.0 + 2.5 + 1.0, 2.5));
        assert_eq!(run(Combine::Mean, &px), (5.5 / 2.5, 2.5));
        assert_eq!(run(Combine::First, &px), (2.0, 1.0));
        assert_eq!(run(Combine::Last, &px), (1.0, 1.0));
        assert_eq!(run(Combine::Min, &px), (1.0, 1.0));
        assert_eq!(run(Combine::Max, &px), (5.0, 0.5));
        assert_eq!(run(Combine::Max, &[(3.0, 0.0)]), (-1.0, 0.0));
        assert!("average".parse::<Combine>().is_err());
    }
}
