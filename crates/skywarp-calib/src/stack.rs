//! The streaming combination engine: a stack of frames is combined band by band.
//!
//! The output is cut into bands of rows (full width when a row of the stack fits, column tiles
//! otherwise). Bands are processed in order; for each one, every frame's rows are decoded straight
//! from its memory map into one frame-major buffer and pre-processed (bias subtraction, division
//! by the exposure, ...) in parallel over frames, then the buffer is combined into the output
//! rows in parallel over pixels. Rows a band behind the readers are released from the frames'
//! maps in batches of about 1 MiB per frame. Hence:
//!
//! * every input file is read exactly once, front to back, with a single read position per file
//!   (the kernel maps file pages a large folio — up to 2 MiB — at a time, so that is also what a
//!   file costs in resident memory);
//! * memory is bounded: one band buffer (at most 4 MiB, and never more than the budget) plus the
//!   output frame, however many frames are stacked — a stack far larger than RAM combines;
//! * both cores are busy on every band, and the band stays in the last-level cache between
//!   decoding and combining.
//!
//! Per-frame normalisation (flats divided by their own mean or median) needs a statistic of each
//! whole pre-processed frame before any pixel can be combined. When the whole stack fits in the
//! budget it is decoded once into memory and the statistics are taken there (each file read
//! once); otherwise a first streaming pass computes them, and those frames are read twice
//! ([`StackReport::passes`]).

use rayon::prelude::*;

use crate::combine::{CombineMethod, Combiner};
use crate::error::{CalibError, Result};
use crate::source::RowSource;

/// Default memory budget: 256 MiB.
pub const DEFAULT_MEMORY_BUDGET: usize = 256 << 20;

/// Rows decoded at a time by the first (statistics) pass.
const PASS_TARGET: usize = 1 << 20;

/// A rectangle of a frame: rows `row0..row0+nrows`, columns `col0..col0+ncols` of a frame
/// `width` pixels wide. Values handed to [`Prep`] are its pixels, row-major (`nrows * ncols`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tile {
    /// First row.
    pub row0: usize,
    /// Number of rows.
    pub nrows: usize,
    /// First column.
    pub col0: usize,
    /// Number of columns.
    pub ncols: usize,
    /// Width of the whole frame.
    pub width: usize,
}

impl Tile {
    /// Number of pixels.
    pub fn len(&self) -> usize {
        self.nrows * self.ncols
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Applies `f(values_row, frame_row)` to each row of the tile, pairing the tile's `values`
    /// with the same pixels of a whole `frame` (row-major, `width` wide).
    #[inline]
    pub fn zip_rows<F: FnMut(&mut [f32], &[f32])>(
        &self,
        values: &mut [f32],
        frame: &[f32],
        mut f: F,
    ) {
        if self.ncols == self.width {
            let off = self.row0 * self.width;
            f(values, &frame[off..off + values.len()]);
            return;
        }
        for (r, v) in values.chunks_exact_mut(self.ncols).enumerate() {
            let off = (self.row0 + r) * self.width + self.col0;
            f(v, &frame[off..off + self.ncols]);
        }
    }
}

/// Per-frame pre-processing applied to each decoded tile: `(frame index, tile, values)`. Must be
/// deterministic (the same tile may be processed twice when normalisation needs a first pass).
pub type Prep<'a> = dyn Fn(usize, &Tile, &mut [f32]) + Sync + 'a;

/// Division of each pre-processed frame by a statistic of itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Normalize {
    /// No normalisation.
    #[default]
    None,
    /// Divide by the mean of the frame's finite pixels (eloy: `flat /= np.mean(flat)`).
    Mean,
    /// Divide by the median of the frame's finite pixels (ccdproc's `scale=1/median` idiom).
    Median,
}

/// What a combination did, for provenance and tests.
#[derive(Clone, Debug, PartialEq)]
pub struct StackReport {
    /// Frames combined.
    pub n_frames: usize,
    /// `[height, width]`.
    pub shape: [usize; 2],
    /// Rows per band (the whole height when the stack was held in memory).
    pub band_rows: usize,
    /// Columns per tile (the width unless a row of the stack exceeds the budget).
    pub tile_cols: usize,
    /// Number of bands.
    pub bands: usize,
    /// Times each input was read: 1, or 2 when normalisation needed a first pass.
    pub passes: usize,
    /// Whether the whole stack was decoded into memory at once (normalisation within budget).
    pub resident: bool,
    /// Bytes of the stack buffer.
    pub buffer_bytes: usize,
    /// The normalisation divisor of each frame (empty without normalisation).
    pub scales: Vec<f64>,
}

/// Combines `sources` (all of one shape) pixel by pixel with `method`, each frame first passed
/// through `prep` and then divided by its `normalize` statistic, using at most about `budget`
/// bytes of buffers. Returns the combined frame (row-major) and a report.
pub fn combine_sources(
    sources: &[&dyn RowSource],
    prep: &Prep<'_>,
    normalize: Normalize,
    method: CombineMethod,
    budget: usize,
) -> Result<(Vec<f32>, StackReport)> {
    method.validate()?;
    let first = sources
        .first()
        .ok_or_else(|| CalibError::NoInput("no frames to combine".into()))?;
    let shape = first.shape();
    for s in &sources[1..] {
        if s.shape() != shape {
            return Err(CalibError::ShapeMismatch {
                name: s.name().to_string(),
                found: s.shape().to_vec(),
                expected: shape.to_vec(),
                reference: format!("the shape of {}", first.name()),
            });
        }
    }
    let [h, w] = shape;
    let n = sources.len();
    let combiner = Combiner::new(method, n);
    let stack_bytes = n * h * w * std::mem::size_of::<f32>();
    if normalize != Normalize::None && stack_bytes <= budget {
        return combine_resident(sources, prep, normalize, &combiner, shape);
    }
    let mut scales = Vec::new();
    let mut passes = 1;
    if normalize != Normalize::None {
        scales = sources
            .par_iter()
            .enumerate()
            .map(|(i, s)| {
                frame_statistic(
                    *s,
                    i,
                    prep,
                    normalize,
                    budget / rayon::current_num_threads().max(1),
                )
            })
            .collect::<Result<Vec<f64>>>()?;
        for (s, &v) in sources.iter().zip(&scales) {
            check_divisor(v, s.name(), normalize)?;
        }
        passes = 2;
    }
    combine_streaming(sources, prep, &combiner, shape, &scales, passes, budget)
}

/// The whole stack in memory (it fits the budget): decode, pre-process and normalise each frame
/// (in parallel over frames), then combine (in parallel over pixel ranges). One read per file.
fn combine_resident(
    sources: &[&dyn RowSource],
    prep: &Prep<'_>,
    normalize: Normalize,
    combiner: &Combiner,
    shape: [usize; 2],
) -> Result<(Vec<f32>, StackReport)> {
    let [h, w] = shape;
    let n = sources.len();
    let len = h * w;
    let tile = Tile {
        row0: 0,
        nrows: h,
        col0: 0,
        ncols: w,
        width: w,
    };
    let mut stack = vec![0f32; n * len];
    let scales = stack
        .par_chunks_mut(len.max(1))
        .zip(sources.par_iter())
        .enumerate()
        .map(|(i, (dst, s))| -> Result<f64> {
            s.read_rows(0, h, dst)?;
            s.release_rows(0, h);
            prep(i, &tile, dst);
            let v = statistic(dst, normalize);
            check_divisor(v, s.name(), normalize)?;
            let d = v as f32;
            dst.iter_mut().for_each(|x| *x /= d);
            Ok(v)
        })
        .collect::<Result<Vec<f64>>>()?;
    let mut out = vec![0f32; len];
    const CHUNK: usize = 16 * 1024;
    let stack_ref: &[f32] = &stack;
    out.par_chunks_mut(CHUNK)
        .enumerate()
        .for_each(|(c, o)| combiner.combine_range(stack_ref, len, c * CHUNK, o));
    Ok((
        out,
        StackReport {
            n_frames: n,
            shape,
            band_rows: h,
            tile_cols: w,
            bands: 1,
            passes: 1,
            resident: true,
            buffer_bytes: n * len * std::mem::size_of::<f32>(),
            scales,
        },
    ))
}

/// The streaming engine (see the module docs): bands in order, each decoded in parallel over
/// frames and combined in parallel over pixels.
fn combine_streaming(
    sources: &[&dyn RowSource],
    prep: &Prep<'_>,
    combiner: &Combiner,
    shape: [usize; 2],
    scales: &[f64],
    passes: usize,
    budget: usize,
) -> Result<(Vec<f32>, StackReport)> {
    let [h, w] = shape;
    let n = sources.len();
    let (rows, cols) = band_geometry(n, h, w, budget);
    let mut out = vec![0f32; h * w];
    let mut buf = vec![0f32; n * rows * cols];
    let mut tmp = vec![0f32; if cols < w { rows * cols } else { 0 }];
    let release_rows = ((1 << 20) / (w.max(1) * 4)).max(1);
    let mut released = 0usize;
    let mut bands = 0;
    let mut row0 = 0;
    while row0 < h {
        let nrows = rows.min(h - row0);
        bands += 1;
        // Release what lies at least a row behind, in batches of ~1 MiB per frame.
        let rel = if row0 > released + release_rows {
            Some((released, row0 - 1 - released))
        } else {
            None
        };
        if let Some((_, k)) = rel {
            released += k;
        }
        let mut col0 = 0;
        while col0 < w {
            let ncols = cols.min(w - col0);
            let tile = Tile {
                row0,
                nrows,
                col0,
                ncols,
                width: w,
            };
            let len = tile.len();
            let first_tile = col0 == 0;
            buf[..n * len]
                .par_chunks_mut(len)
                .zip(sources.par_iter())
                .enumerate()
                .try_for_each(|(i, (dst, s))| -> Result<()> {
                    if let (true, Some((r0, k))) = (first_tile, rel) {
                        s.release_rows(r0, k);
                    }
                    s.read_region(row0, nrows, col0, ncols, dst)?;
                    prep(i, &tile, dst);
                    if let Some(&d) = scales.get(i) {
                        let d = d as f32;
                        dst.iter_mut().for_each(|x| *x /= d);
                    }
                    Ok(())
                })?;
            let band: &[f32] = &buf[..n * len];
            const CHUNK: usize = 4096;
            let dst: &mut [f32] = if ncols == w {
                &mut out[row0 * w..(row0 + nrows) * w]
            } else {
                &mut tmp[..len]
            };
            dst.par_chunks_mut(CHUNK)
                .enumerate()
                .for_each(|(c, o)| combiner.combine_range(band, len, c * CHUNK, o));
            if ncols < w {
                for (r, t) in tmp[..len].chunks_exact(ncols).enumerate() {
                    out[(row0 + r) * w + col0..(row0 + r) * w + col0 + ncols].copy_from_slice(t);
                }
            }
            col0 += ncols;
        }
        row0 += nrows;
    }
    sources
        .par_iter()
        .for_each(|s| s.release_rows(released, h - released));
    Ok((
        out,
        StackReport {
            n_frames: n,
            shape,
            band_rows: rows,
            tile_cols: cols,
            bands,
            passes,
            resident: false,
            buffer_bytes: n * rows * cols * std::mem::size_of::<f32>(),
            scales: scales.to_vec(),
        },
    ))
}

/// Bytes of one band of the stack: large enough to amortise the per-band synchronisation,
/// small enough to stay in the last-level cache between decoding and combining.
const BAND_TARGET: usize = 4 << 20;

/// Rows per band and columns per tile for `n` frames of `[h, w]` within `budget` bytes.
pub fn band_geometry(n: usize, h: usize, w: usize, budget: usize) -> (usize, usize) {
    let px = n.max(1) * std::mem::size_of::<f32>();
    let target = BAND_TARGET.min(budget).max(1);
    let (h, w) = (h.max(1), w.max(1));
    if px * w <= target {
        ((target / (px * w)).clamp(1, h), w)
    } else {
        // Column tiles: as wide as the budget allows (at least 8 pixels, one SIMD chunk).
        (1, (target / px).clamp(8.min(w), w))
    }
}

fn check_divisor(v: f64, name: &str, how: Normalize) -> Result<()> {
    if v.is_finite() && v != 0.0 {
        Ok(())
    } else {
        Err(CalibError::Other {
            name: name.to_string(),
            reason: format!(
                "cannot normalise by the {} of the reduced frame: it is {v}",
                if how == Normalize::Mean {
                    "mean"
                } else {
                    "median"
                }
            ),
        })
    }
}

/// Mean or median of the finite values of a whole (pre-processed) frame.
fn statistic(v: &[f32], how: Normalize) -> f64 {
    match how {
        Normalize::None => 1.0,
        Normalize::Mean => {
            let (s, c) = sum_finite(v);
            if c == 0 {
                f64::NAN
            } else {
                s / c as f64
            }
        }
        Normalize::Median => {
            let mut f: Vec<f32> = v.iter().copied().filter(|x| x.is_finite()).collect();
            let k = f.len();
            if k == 0 {
                return f64::NAN;
            }
            let (lower, hi, _) = f.select_nth_unstable_by(k / 2, f32::total_cmp);
            let hi = *hi as f64;
            if k % 2 == 1 {
                hi
            } else {
                let lo = lower.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
                0.5 * (lo + hi)
            }
        }
    }
}

/// Sum (in `f64`) and count of the finite values, with 8 independent accumulators so that the
/// loop vectorises (the order of additions differs from a plain loop only in the last bits).
fn sum_finite(v: &[f32]) -> (f64, usize) {
    let mut acc = [0.0f64; 8];
    let mut cnt = [0usize; 8];
    let chunks = v.chunks_exact(8);
    let rest = chunks.remainder();
    for c in chunks {
        for k in 0..8 {
            let ok = c[k].is_finite();
            acc[k] += if ok { c[k] as f64 } else { 0.0 };
            cnt[k] += ok as usize;
        }
    }
    for &x in rest {
        if x.is_finite() {
            acc[0] += x as f64;
            cnt[0] += 1;
        }
    }
    (acc.iter().sum(), cnt.iter().sum())
}

/// The normalisation statistic of frame `i` from its own streaming pass (used when the stack
/// does not fit in the budget). Means stream in bands within `budget`; medians need the whole
/// frame once.
fn frame_statistic(
    s: &dyn RowSource,
    i: usize,
    prep: &Prep<'_>,
    how: Normalize,
    budget: usize,
) -> Result<f64> {
    let [h, w] = s.shape();
    let rows = if how == Normalize::Median {
        h
    } else {
        (PASS_TARGET.min(budget) / (w.max(1) * 4)).clamp(1, h.max(1))
    };
    let mut buf = vec![0f32; rows * w];
    let (mut sum, mut cnt) = (0.0f64, 0usize);
    let mut row0 = 0;
    while row0 < h {
        let nrows = rows.min(h - row0);
        let dst = &mut buf[..nrows * w];
        s.read_rows(row0, nrows, dst)?;
        s.release_rows(row0, nrows);
        let tile = Tile {
            row0,
            nrows,
            col0: 0,
            ncols: w,
            width: w,
        };
        prep(i, &tile, dst);
        if how == Normalize::Mean {
            let (bs, bc) = sum_finite(dst);
            sum += bs;
            cnt += bc;
        }
        row0 += nrows;
    }
    Ok(match how {
        Normalize::Mean if cnt > 0 => sum / cnt as f64,
        Normalize::Mean => f64::NAN,
        _ => statistic(&buf, how),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::combine::SigmaClip;
    use crate::source::MemFrame;

    fn frames(n: usize, h: usize, w: usize) -> Vec<Vec<f32>> {
        (0..n)
            .map(|i| {
                (0..h * w)
                    .map(|p| {
                        let x = ((p * 7919 + i * 104_729) % 1000) as f32 / 10.0
                            + 100.0 * (i as f32 + 1.0);
                        if (p + i) % 53 == 0 {
                            f32::NAN
                        } else {
                            x
                        }
                    })
                    .collect()
            })
            .collect()
    }

    /// The obvious computation: whole stack in memory, prep, normalise, combine in one call.
    fn reference(
        data: &[Vec<f32>],
        shape: [usize; 2],
        prep: &Prep<'_>,
        normalize: Normalize,
        method: CombineMethod,
    ) -> Vec<f32> {
        let [h, w] = shape;
        let tile = Tile {
            row0: 0,
            nrows: h,
            col0: 0,
            ncols: w,
            width: w,
        };
        let mut stack = Vec::new();
        for (i, f) in data.iter().enumerate() {
            let mut v = f.clone();
            prep(i, &tile, &mut v);
            if normalize != Normalize::None {
                let d = statistic(&v, normalize) as f32;
                v.iter_mut().for_each(|x| *x /= d);
            }
            stack.extend(v);
        }
        let mut out = vec![0f32; h * w];
        Combiner::new(method, data.len()).combine_range(&stack, h * w, 0, &mut out);
        out
    }

    fn same(a: &[f32], b: &[f32], rel: f32) {
        assert_eq!(a.len(), b.len());
        for (k, (&x, &y)) in a.iter().zip(b).enumerate() {
            let ok = (x.is_nan() && y.is_nan()) || (x - y).abs() <= rel * x.abs().max(y.abs());
            assert!(ok, "pixel {k}: {x} vs {y}");
        }
    }

    #[test]
    fn bands_tiles_and_resident_agree_with_reference() {
        let shape = [37, 29];
        let data = frames(7, shape[0], shape[1]);
        let srcs: Vec<MemFrame> = data
            .iter()
            .enumerate()
            .map(|(i, d)| MemFrame::new(format!("f{i}"), shape, d).unwrap())
            .collect();
        let sources: Vec<&dyn RowSource> = srcs.iter().map(|s| s as &dyn RowSource).collect();
        let offset: Vec<f32> = (0..shape[0] * shape[1]).map(|p| (p % 13) as f32).collect();
        let prep = |i: usize, t: &Tile, v: &mut [f32]| {
            t.zip_rows(v, &offset, |v, o| {
                v.iter_mut()
                    .zip(o)
                    .for_each(|(x, &o)| *x = (*x - o) / (i as f32 + 1.5))
            });
        };
        let stack_bytes = 7 * 37 * 29 * 4;
        for method in [
            CombineMethod::Median,
            CombineMethod::Mean,
            CombineMethod::SigmaClip(SigmaClip::default()),
        ] {
            for normalize in [Normalize::None, Normalize::Mean, Normalize::Median] {
                let want = reference(&data, shape, &prep, normalize, method);
                // One row per band, column tiles, a few rows per band, everything at once.
                for budget in [1, 7 * 4 * 100, 7 * 29 * 4 * 3, stack_bytes, 1 << 30] {
                    let (got, rep) =
                        combine_sources(&sources, &prep, normalize, method, budget).unwrap();
                    same(&got, &want, 1e-6);
                    assert_eq!(rep.n_frames, 7);
                    let resident = normalize != Normalize::None && budget >= stack_bytes;
                    assert_eq!(rep.resident, resident, "budget {budget}");
                    assert_eq!(
                        rep.passes,
                        if normalize != Normalize::None && !resident {
                            2
                        } else {
                            1
                        }
                    );
                    if budget == 1 {
                        assert!(rep.tile_cols < 29, "budget {budget}: expected column tiles");
                    }
                    if normalize != Normalize::None {
                        assert_eq!(rep.scales.len(), 7);
                    }
                }
            }
        }
    }

    #[test]
    fn mismatched_shapes_and_empty_input_are_errors() {
        let a = vec![0f32; 12];
        let b = vec![0f32; 12];
        let fa = MemFrame::new("a", [3, 4], &a).unwrap();
        let fb = MemFrame::new("b", [4, 3], &b).unwrap();
        let err = combine_sources(
            &[&fa, &fb],
            &|_, _, _| {},
            Normalize::None,
            CombineMethod::Median,
            1 << 20,
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("b: shape [4, 3]"), "{err}");
        assert!(combine_sources(
            &[],
            &|_, _, _| {},
            Normalize::None,
            CombineMethod::Median,
            1 << 20
        )
        .is_err());
        // A frame whose reduced mean is 0 cannot be normalised.
        let z = vec![0f32; 12];
        let fz = MemFrame::new("zero", [3, 4], &z).unwrap();
        let err = combine_sources(
            &[&fz, &fa],
            &|_, _, _| {},
            Normalize::Mean,
            CombineMethod::Median,
            1 << 20,
        )
        .unwrap_err();
        assert!(err.to_string().contains("zero"), "{err}");
    }

    #[test]
    fn geometry_respects_budget() {
        // 40 frames of 2048 columns: a row of the stack is 320 KiB.
        let (r, c) = band_geometry(40, 2048, 2048, 256 << 20);
        assert_eq!((r, c), (12, 2048));
        let (r, c) = band_geometry(40, 2048, 2048, 1 << 20);
        assert_eq!((r, c), (3, 2048));
        let (r, c) = band_geometry(1000, 100, 10_000, 1 << 20);
        assert_eq!(r, 1);
        assert!(c * 1000 * 4 <= 1 << 20 && c >= 8);
        assert_eq!(band_geometry(10, 5, 7, 1 << 30), (5, 7));
    }
}
