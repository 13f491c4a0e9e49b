//! Background matching: the offset between every two overlapping inputs (the median of their
//! differences where both cover the output, as reproject measures it) and the corrections that
//! best explain them.
//!
//! reproject fits the corrections by stochastic gradient descent over a randomly shuffled order, so
//! two runs differ; here the same least-squares problem — minimise Σ (O_ij − (c_i − c_j))² over the
//! measured pairs — is solved exactly, per connected group of overlapping inputs, with the
//! corrections of each group summing to zero (reproject's zero-mean constraint) or, for the group of
//! a reference input, with that input's correction zero. Consistent offsets are recovered exactly.
//!
//! Differences are collected band by band while the output is swept, so memory stays bounded: each
//! pair keeps at most `cap` samples, taken on a regular lattice of output pixels when the overlap is
//! larger (its median then estimates the full one).

use crate::combine::{median, Stack};
use crate::plan::{intersect, Rect};
use crate::{Error, Result};

/// Differences collected for every overlapping pair.
pub struct PairDiffs {
    n: usize,
    /// (i, j, stride, samples) for i < j.
    pairs: Vec<(usize, usize, usize, Vec<f64>)>,
}

impl PairDiffs {
    /// Pairs of inputs whose output rectangles overlap; each keeps one pixel in `stride` (along rows
    /// and columns, anchored to the output) so that at most about `cap` samples are kept.
    pub fn new(rects: &[Option<Rect>], cap: usize) -> PairDiffs {
        let mut pairs = Vec::new();
        for i in 0..rects.len() {
            for j in i + 1..rects.len() {
                if let (Some(a), Some(b)) = (&rects[i], &rects[j]) {
                    if let Some(o) = intersect(a, b) {
                        let ratio = o.len() as f64 / cap.max(1) as f64;
                        let stride = ratio.sqrt().ceil().max(1.0) as usize;
                        pairs.push((i, j, stride, Vec::new()));
                    }
                }
            }
        }
        PairDiffs {
            n: rects.len(),
            pairs,
        }
    }

    /// Add the differences of one band: `stacks[i]` holds input i's values over its part of the
    /// band (NaN where it does not cover the output).
    pub fn add_band(&mut self, stacks: &[Option<Stack>]) {
        for (i, j, stride, samples) in &mut self.pairs {
            let (Some(a), Some(b)) = (&stacks[*i], &stacks[*j]) else {
                continue;
            };
            let Some(o) = intersect(&a.rect, &b.rect) else {
                continue;
            };
            let s = *stride;
            for row in (o.row0..o.row0 + o.nrows).filter(|r| r % s == 0) {
                let (ra, rb) = (a.row(row), b.row(row));
                let first = o.col0.div_ceil(s) * s;
                for c in (first..o.col0 + o.ncols).step_by(s) {
                    let (x, y) = (ra[c - a.rect.col0], rb[c - b.rect.col0]);
                    if !x.is_nan() && !y.is_nan() {
                        samples.push(x - y);
                    }
                }
            }
        }
    }

    /// The offset matrix: O[i][j] = median(a_i − a_j) over the common pixels, NaN where unknown.
    pub fn offsets(mut self) -> Vec<Vec<f64>> {
        let mut o = vec![vec![f64::NAN; self.n]; self.n];
        for (i, j, _, samples) in &mut self.pairs {
            if !samples.is_empty() {
                let m = median(samples);
                o[*i][*j] = m;
                o[*j][*i] = -m;
            }
        }
        o
    }
}

/// The corrections c (to subtract from each input) minimising Σ (O_ij − (c_i − c_j))²: zero-mean per
/// group of connected inputs, or zero at `reference` for the reference's group.
pub fn solve(offsets: &[Vec<f64>], reference: Option<usize>) -> Result<Vec<f64>> {
    let n = offsets.len();
    if let Some(r) = reference {
        if r >= n {
            return Err(Error::Value(format!(
                "background_reference {r} is out of range for {n} inputs"
            )));
        }
    }
    let mut c = vec![0.0; n];
    let mut group = vec![usize::MAX; n];
    for start in 0..n {
        if group[start] != usize::MAX {
            continue;
        }
        // inputs connected to `start` by measured offsets
        let mut members = vec![start];
        group[start] = start;
        let mut k = 0;
        while k < members.len() {
            let i = members[k];
            for (j, o) in offsets[i].iter().enumerate() {
                if !o.is_nan() && group[j] == usize::MAX {
                    group[j] = start;
                    members.push(j);
                }
            }
            k += 1;
        }
        members.sort_unstable();
        let sol = solve_group(offsets, &members, reference.filter(|r| members.contains(r)))?;
        for (&i, v) in members.iter().zip(sol) {
            c[i] = v;
        }
    }
    Ok(c)
}

/// Normal equations of one connected group, with the constraint row: L c = b, Σ c = 0 (or c_ref = 0),
/// solved by Gaussian elimination with partial pivoting on the bordered system.
fn solve_group(
    offsets: &[Vec<f64>],
    members: &[usize],
    reference: Option<usize>,
) -> Result<Vec<f64>> {
    let m = members.len();
    if m == 1 {
        return Ok(vec![0.0]);
    }
    let dim = m + 1;
    let mut a = vec![0.0; dim * dim];
    let mut b = vec![0.0; dim];
    for (p, &i) in members.iter().enumerate() {
        for (q, &j) in members.iter().enumerate() {
            let o = offsets[i][j];
            if p != q && !o.is_nan() {
                a[p * dim + p] += 1.0;
                a[p * dim + q] -= 1.0;
                b[p] += o;
            }
        }
        let w = match reference {
            Some(r) => f64::from(u8::from(r == i)),
            None => 1.0,
        };
        a[p * dim + m] = w;
        a[m * dim + p] = w;
    }
    gauss(&mut a, &mut b, dim)?;
    Ok(b[..m].to_vec())
}

fn gauss(a: &mut [f64], b: &mut [f64], n: usize) -> Result<()> {
    for col in 0..n {
        let piv = (col..n)
            .max_by(|&x, &y| a[x * n + col].abs().total_cmp(&a[y * n + col].abs()))
            .unwrap_or(col);
        if a[piv * n + col].abs() < 1e-300 {
            return Err(Error::Value(
                "background matching: the offsets do not determine the corrections".into(),
            ));
        }
        if piv != col {
            for k in 0..n {
                a.swap(col * n + k, piv * n + k);
            }
            b.swap(col, piv);
        }
        for r in col + 1..n {
            let f = a[r * n + col] / a[col * n + col];
            if f != 0.0 {
                for k in col..n {
                    a[r * n + k] -= f * a[col * n + k];
                }
                b[r] -= f * b[col];
            }
        }
    }
    for r in (0..n).rev() {
        let mut s = b[r];
        for k in r + 1..n {
            s -= a[r * n + k] * b[k];
        }
        b[r] = s / a[r * n + r];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix(levels: &[f64], pairs: &[(usize, usize)]) -> Vec<Vec<f64>> {
        let n = levels.len();
        let mut o = vec![vec![f64::NAN; n]; n];
        for &(i, j) in pairs {
            o[i][j] = levels[i] - levels[j];
            o[j][i] = levels[j] - levels[i];
        }
        o
    }

    #[test]
    fn consistent_offsets_are_recovered() {
        let levels = [1.0, -2.0, 0.5, 3.0];
        let o = matrix(&levels, &[(0, 1), (1, 2), (2, 3), (0, 3)]);
        let mean = levels.iter().sum::<f64>() / 4.0;
        let c = solve(&o, None).unwrap();
        for (ci, l) in c.iter().zip(levels) {
            assert!((ci - (l - mean)).abs() < 1e-12);
        }
        for r in [0, 2] {
            let c = solve(&o, Some(r)).unwrap();
            assert!(c[r].abs() < 1e-12);
            for (ci, l) in c.iter().zip(levels) {
                assert!((ci - (l - levels[r])).abs() < 1e-12);
            }
        }
        assert!(solve(&o, Some(4)).is_err());
    }

    #[test]
    fn disconnected_groups_each_zero_mean() {
        let o = matrix(&[1.0, 3.0, 10.0, 20.0, 7.0], &[(0, 1), (2, 3)]);
        let c = solve(&o, None).unwrap();
        assert!((c[0] + 1.0).abs() < 1e-12 && (c[1] - 1.0).abs() < 1e-12);
        assert!((c[2] + 5.0).abs() < 1e-12 && (c[3] - 5.0).abs() < 1e-12);
        assert_eq!(c[4], 0.0);
    }
}
