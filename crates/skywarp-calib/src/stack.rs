//! The streaming combination engine: a stack of frames is combined band by band.
//!
//! For each band of rows, every frame's rows are decoded (in parallel over frames) into one
//! frame-major buffer, each frame's pre-processing is applied (bias subtraction, division by the
//! exposure, ...), the rows are released from the frame's memory map, and the band is combined
//! (in parallel over pixel ranges) into the output. Each input file is therefore read exactly
//! once, in order, and the only large allocation is the band buffer, whose height comes from the
//! memory budget: `rows = budget / (n_frames * width * 4 bytes)`. A stack far larger than RAM
//! combines in as many bands as it takes.
//!
//! Per-frame normalisation (flats divided by their own mean or median) needs a statistic of the
//! whole pre-processed frame before any band can be combined. When the whole stack fits in the
//! budget (one band) the statistic is taken from the band buffer itself and every file is still
//! read once; otherwise a first streaming pass over each frame computes it, so those frames are
//! read twice (reported in [`StackReport::passes`]).

use rayon::prelude::*;

use crate::combine::{CombineMethod, Combiner};
use crate::error::{CalibError, Result};
use crate::source::RowSource;

/// Default memory budget for the band buffer: 256 MiB.
pub const DEFAULT_MEMORY_BUDGET: usize = 256 << 20;

/// Pixels per parallel work item when combining a band.
const COMBINE_CHUNK: usize = 16 * 1024;

/// Per-frame pre-processing applied to each decoded band: `(frame index, first row, values)`,
/// the values being `nrows * width` row-major pixels. Must be deterministic.
pub type Prep<'a> = dyn Fn(usize, usize, &mut [f32]) + Sync + 'a;

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
    /// Rows per band.
    pub band_rows: usize,
    /// Number of bands.
    pub bands: usize,
    /// Times each input was read: 1, or 2 when normalisation needed a first pass.
    pub passes: usize,
    /// The normalisation divisor of each frame (empty without normalisation).
    pub scales: Vec<f64>,
}

/// Rows per band for `n` frames of `width` pixels within `budget` bytes (at least 1, at most
/// `height`).
pub fn band_rows(n: usize, height: usize, width: usize, budget: usize) -> usize {
    let per_row = n.max(1) * width.max(1) * std::mem::size_of::<f32>();
    (budget / per_row).clamp(1, height.max(1))
}

/// Combines `sources` (all of one shape) pixel by pixel with `method`, each frame first passed
/// through `prep` and then divided by its `normalize` statistic. Returns the combined frame
/// (row-major) and a report.
pub fn combine_sources(
    sources: &[&dyn RowSource],
    prep: &Prep<'_>,
    normalize: Normalize,
    method: CombineMethod,
    budget: usize,
) -> Result<(Vec<f32>, StackReport)> {
    method.validate()?;
    let first = sources.first().ok_or_else(|| CalibError::NoInput("no frames to combine".into()))?;
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
    let rows = band_rows(n, h, w, budget);
    let single = rows >= h;
    let mut passes = 1;

    // Normalisation statistics: from a first pass when the stack does not fit in one band.
    let mut scales: Vec<f64> = Vec::new();
    if normalize != Normalize::None && !single {
        scales = sources
            .par_iter()
            .enumerate()
            .map(|(i, s)| frame_statistic(*s, i, prep, normalize, budget / rayon::current_num_threads().max(1)))
            .collect::<Result<Vec<f64>>>()?;
        passes = 2;
    }

    let combiner = Combiner::new(method, n);
    let mut out = vec![0f32; h * w];
    let mut stack = vec![0f32; n * rows * w];
    let mut slots = vec![f64::NAN; n];
    let mut bands = 0;
    let mut row0 = 0;
    while row0 < h {
        let nrows = rows.min(h - row0);
        let len = nrows * w;
        bands += 1;
        let band = &mut stack[..n * len];
        let scales_ref = &scales;
        // Decode + pre-process + normalise, in parallel over frames.
        band.par_chunks_mut(len)
            .zip(slots.par_iter_mut())
            .enumerate()
            .try_for_each(|(i, (dst, slot))| -> Result<()> {
                let s = sources[i];
                s.read_rows(row0, nrows, dst)?;
                s.release_rows(row0, nrows);
                prep(i, row0, dst);
                if normalize == Normalize::None {
                    return Ok(());
                }
                let divisor = if single {
                    *slot = statistic(dst, normalize);
                    *slot
                } else {
                    scales_ref[i]
                };
                check_divisor(divisor, s.name(), normalize)?;
                let d = divisor as f32;
                dst.iter_mut().for_each(|x| *x /= d);
                Ok(())
            })?;
        // Combine, in parallel over pixel ranges.
        let band: &[f32] = band;
        out[row0 * w..row0 * w + len]
            .par_chunks_mut(COMBINE_CHUNK)
            .enumerate()
            .for_each(|(c, o)| combiner.combine_range(band, len, c * COMBINE_CHUNK, o));
        row0 += nrows;
    }
    if single && normalize != Normalize::None {
        scales = slots;
    }
    Ok((
        out,
        StackReport {
            n_frames: n,
            shape,
            band_rows: rows,
            bands,
            passes,
            scales,
        },
    ))
}

fn check_divisor(v: f64, name: &str, how: Normalize) -> Result<()> {
    if v.is_finite() && v != 0.0 {
        Ok(())
    } else {
        Err(CalibError::Other {
            name: name.to_string(),
            reason: format!(
                "cannot normalise by the {} of the reduced frame: it is {v}",
                if how == Normalize::Mean { "mean" } else { "median" }
            ),
        })
    }
}

/// Mean or median of the finite values of a whole (pre-processed) frame.
fn statistic(v: &[f32], how: Normalize) -> f64 {
    match how {
        Normalize::None => 1.0,
        Normalize::Mean => {
            let (mut s, mut c) = (0.0f64, 0usize);
            for &x in v {
                if x.is_finite() {
                    s += x as f64;
                    c += 1;
                }
            }
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

/// The normalisation statistic of frame `i` from its own streaming pass (used when the stack
/// does not fit in one band). Means stream in bands within `budget`; medians need the whole
/// frame once.
fn frame_statistic(s: &dyn RowSource, i: usize, prep: &Prep<'_>, how: Normalize, budget: usize) -> Result<f64> {
    let [h, w] = s.shape();
    let rows = if how == Normalize::Median { h } else { band_rows(1, h, w, budget) };
    let mut buf = vec![0f32; rows * w];
    let (mut sum, mut cnt) = (0.0f64, 0usize);
    let mut row0 = 0;
    while row0 < h {
        let nrows = rows.min(h - row0);
        let dst = &mut buf[..nrows * w];
        s.read_rows(row0, nrows, dst)?;
        s.release_rows(row0, nrows);
        prep(i, row0, dst);
        if how == Normalize::Mean {
            for &x in dst.iter() {
                if x.is_finite() {
                    sum += x as f64;
                    cnt += 1;
                }
            }
        }
        row0 += nrows;
    }
    Ok(match how {
        Normalize::Mean if cnt > 0 => sum / cnt as f64,
        Normalize::Mean => f64::NAN,
        _ => statistic(&buf, how),
    })
}
