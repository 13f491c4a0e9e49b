//! Per-pixel sampling plans (padded Jacobian, sample box, boundary decisions) and the weighted sums
//! over the input, as reproject 0.21's `map_coordinates` defines them.

use super::jacobian::pad;
use super::options::{AdaptiveKernel, AdaptiveOptions, BadValueMode, BoundaryMode};
use super::weights;
use crate::region::Rect;

/// Rows and columns of the input image plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaneShape {
    pub ny: usize,
    pub nx: usize,
}

/// How one output pixel is computed; the same for every plane of a broadcast stack.
#[derive(Clone, Copy, Debug)]
pub enum Plan {
    /// This value in every plane: NaN (no mapping, or the boundary rule says so) or the
    /// `grid-constant` fill of a region entirely outside the input.
    Fixed(f64),
    Sample(Sampling),
}

/// A weighted sum over the input pixels of an inclusive box (input pixel indices, possibly outside
/// the image), weights from the padded inverse Jacobian applied to the offset from the centre.
#[derive(Clone, Copy, Debug)]
pub struct Sampling {
    pub cx: f64,
    pub cy: f64,
    pub inv: [f64; 4],
    /// 1, or |det J| (unpadded) with `conserve_flux`.
    pub scale: f64,
    /// Half-width in input pixels of the unclipped sample region (Gaussian: its square's).
    pub reach: f64,
    pub x0: i64,
    pub x1: i64,
    pub y0: i64,
    pub y1: i64,
}

/// The plan of an output pixel whose input position is (cx, cy) and Jacobian `ji`.
pub fn plan(ji: &[f64; 4], cx: f64, cy: f64, o: &AdaptiveOptions, shape: PlaneShape) -> Plan {
    const NAN: Plan = Plan::Fixed(f64::NAN);
    if ji.iter().any(|v| v.is_nan()) || cx.is_nan() || cy.is_nan() {
        return NAN;
    }
    let p = pad(ji);
    let (mut right, mut top) = match o.kernel {
        // The Hann window reaches ±1 output pixel: the box bounds the image of that square.
        AdaptiveKernel::Hann => (
            p.forward[0].abs() + p.forward[1].abs(),
            p.forward[2].abs() + p.forward[3].abs(),
        ),
        AdaptiveKernel::Gaussian => {
            // reproject: width / (2 min(1/s0, 1/s1))
            let h = o.sample_region_width * 0.5 * p.s.0.max(p.s.1);
            (h, h)
        }
    };
    let reach = right.max(top);
    let (mut left, mut bottom) = (-right, -top);
    // Box edges drawn in to whole input pixels. Beyond ±2^50 (no sane sample box) the plan is NaN,
    // which also keeps [`floor`] exact.
    let lim = 1.1e15;
    if ![top + cy, bottom + cy, right + cx, left + cx]
        .iter()
        .all(|v| v.abs() < lim)
    {
        return NAN;
    }
    top = floor(top + cy);
    bottom = -floor(-(bottom + cy));
    right = floor(right + cx);
    left = -floor(-(left + cx));
    // (via i64: one instruction, where usize → f64 takes several)
    let (xmax, ymax) = ((shape.nx as i64 - 1) as f64, (shape.ny as i64 - 1) as f64);
    let strict = o.boundary_mode == BoundaryMode::Strict;
    let ignore = o.boundary_mode == BoundaryMode::Ignore;
    for (cyclic, lo, hi, max) in [
        (o.x_cyclic, &mut left, &mut right, xmax),
        (o.y_cyclic, &mut bottom, &mut top, ymax),
    ] {
        if cyclic {
            continue;
        }
        if *hi > max {
            if strict {
                return NAN;
            }
            if ignore {
                *hi = max;
            }
        }
        if *lo < 0.0 {
            if strict {
                return NAN;
            }
            if ignore {
                *lo = 0.0;
            }
        }
    }
    let outside = (!o.x_cyclic && (right < 0.0 || left > xmax))
        || (!o.y_cyclic && (top < 0.0 || bottom > ymax));
    if outside {
        match o.boundary_mode {
            BoundaryMode::GridConstant => return Plan::Fixed(o.boundary_fill_value),
            BoundaryMode::Constant | BoundaryMode::Ignore | BoundaryMode::IgnoreThreshold => {
                return NAN
            }
            BoundaryMode::Nearest => {
                // the nearest values are constant along the outside axis: one row/column suffices
                right = right.max(left);
                top = top.max(bottom);
            }
            BoundaryMode::Strict => {}
        }
    }
    let scale = if o.conserve_flux {
        (ji[0] * ji[3] - ji[1] * ji[2]).abs()
    } else {
        1.0
    };
    Plan::Sample(Sampling {
        cx,
        cy,
        inv: p.inverse,
        scale,
        reach,
        x0: left as i64,
        x1: right as i64,
        y0: bottom as i64,
        y1: top as i64,
    })
}

/// `x.floor()` for |x| < 2^51 without a libm call (baseline x86-64 has no rounding instruction)
/// and without a float→integer conversion (Rust's saturating `as i64` costs a dozen instructions,
/// a third of a plan's time on case A): adding and subtracting 1.5·2^52 rounds to the nearest
/// integer, as the sum's last bit is worth 1; one less where that rounded up.
#[inline]
pub(crate) fn floor(x: f64) -> f64 {
    const ROUND: f64 = 6_755_399_441_055_744.0; // 1.5·2^52
    let r = (x + ROUND) - ROUND;
    if r > x {
        r - 1.0
    } else {
        r
    }
}

/// The input index an out-of-range box index reads on an axis of length `n`: wrapped (cyclic),
/// clamped (`nearest`) or none.
#[inline]
fn resolve(i: i64, n: usize, cyclic: bool, nearest: bool) -> Option<usize> {
    let n = n as i64;
    if (0..n).contains(&i) {
        Some(i as usize)
    } else if cyclic {
        Some(i.rem_euclid(n) as usize)
    } else if nearest {
        Some(i.clamp(0, n - 1) as usize)
    } else {
        None
    }
}

/// The input indices a box range reads on one axis, as an inclusive range, or `None`.
fn axis_span(lo: i64, hi: i64, n: usize, cyclic: bool, nearest: bool) -> Option<(usize, usize)> {
    if lo > hi {
        return None;
    }
    let last = n as i64 - 1;
    if lo >= 0 && hi <= last {
        return Some((lo as usize, hi as usize));
    }
    if cyclic {
        if hi - lo >= last {
            return Some((0, last as usize));
        }
        let (a, b) = (lo.rem_euclid(n as i64), hi.rem_euclid(n as i64));
        return Some(if a <= b {
            (a as usize, b as usize)
        } else {
            (0, last as usize)
        });
    }
    if nearest {
        return Some((lo.clamp(0, last) as usize, hi.clamp(0, last) as usize));
    }
    let (a, b) = (lo.max(0), hi.min(last));
    (a <= b).then_some((a as usize, b as usize))
}

/// The input rectangle the plans of a block read, grown one plan at a time as they are made (no
/// second pass over the plans).
#[derive(Clone, Copy, Debug, Default)]
pub struct WindowBounds(Option<(usize, usize, usize, usize)>);

impl WindowBounds {
    /// Grow the bounds by what `p` reads.
    #[inline]
    pub fn add(&mut self, p: &Plan, o: &AdaptiveOptions, shape: PlaneShape) {
        let Plan::Sample(s) = p else { return };
        let nearest = o.boundary_mode == BoundaryMode::Nearest;
        let Some((c0, c1)) = axis_span(s.x0, s.x1, shape.nx, o.x_cyclic, nearest) else {
            return;
        };
        let Some((r0, r1)) = axis_span(s.y0, s.y1, shape.ny, o.y_cyclic, nearest) else {
            return;
        };
        self.0 = Some(match self.0 {
            None => (r0, r1, c0, c1),
            Some((a, b, c, d)) => (a.min(r0), b.max(r1), c.min(c0), d.max(c1)),
        });
    }

    /// The rectangle (`None`: no input pixel at all).
    pub fn rect(self) -> Option<Rect> {
        self.0.map(|(r0, r1, c0, c1)| Rect {
            row0: r0,
            col0: c0,
            nrows: r1 - r0 + 1,
            ncols: c1 - c0 + 1,
        })
    }
}

/// One input plane's window: `data` holds rows `rect.row0..` × cols `rect.col0..` (row-major).
#[derive(Clone, Copy, Debug)]
pub struct InputWindow<'a> {
    pub data: &'a [f64],
    pub rect: Rect,
}

impl InputWindow<'_> {
    /// Offset in `data` of image row `r`'s start minus `rect.col0`, if the window holds that row.
    #[inline]
    fn row(&self, r: usize) -> Option<usize> {
        let i = r
            .checked_sub(self.rect.row0)
            .filter(|&i| i < self.rect.nrows);
        i.map(|i| i * self.rect.ncols)
    }

    #[inline]
    fn col(&self, c: usize) -> Option<usize> {
        c.checked_sub(self.rect.col0)
            .filter(|&i| i < self.rect.ncols)
    }
}

/// Reusable buffers of one worker.
#[derive(Default)]
pub struct Scratch {
    weights: Vec<f64>,
    cols: Vec<Option<usize>>,
}

/// The weighted mean of one output pixel over one input plane (`input`: the block's window, `None`
/// when the block reads no input pixel).
pub fn sample_one(
    s: &Sampling,
    input: Option<&InputWindow>,
    shape: PlaneShape,
    o: &AdaptiveOptions,
    sc: &mut Scratch,
) -> f64 {
    if s.x1 < s.x0 || s.y1 < s.y0 {
        return f64::NAN; // no sample: 0 / 0, as reproject
    }
    let ncols = (s.x1 - s.x0 + 1) as usize;
    let nrows = (s.y1 - s.y0 + 1) as usize;
    let inside = s.x0 >= 0 && s.y0 >= 0 && s.x1 < shape.nx as i64 && s.y1 < shape.ny as i64;
    // The fused sums round differently from weights-then-sum. A box touching the input's edge may
    // be one that `ignore` clamped there, and must give what `ignore_threshold` (unclamped, the
    // general sum) gives, bit for bit: such boxes take the unfused path in every mode.
    let interior = s.x0 > 0 && s.y0 > 0 && s.x1 + 1 < shape.nx as i64 && s.y1 + 1 < shape.ny as i64;
    let inside = input.filter(|_| inside);
    let fused = match inside {
        Some(inp) if interior && o.kernel == AdaptiveKernel::Gaussian => gaussian_inside(s, inp, o),
        _ => None,
    };
    let (acc, wsum, ignored) = match fused {
        Some((acc, wsum)) => (acc, wsum, 0.0),
        None => {
            sc.weights.resize(ncols * nrows, 0.0);
            match o.kernel {
                AdaptiveKernel::Gaussian => weights::gaussian(s, o.kernel_width, &mut sc.weights),
                AdaptiveKernel::Hann => weights::hann(s, &mut sc.weights),
            }
            match inside {
                Some(inp) => sum_inside(s, inp, &sc.weights, o),
                None => sum_general(s, input, shape, o, sc),
            }
        }
    };
    if o.boundary_mode == BoundaryMode::IgnoreThreshold
        && ignored / (ignored + wsum) > o.boundary_ignore_threshold
    {
        return f64::NAN;
    }
    acc / wsum * s.scale
}

/// Σ w·v and Σ w of a Gaussian box entirely inside the input, the weights made as they are summed
/// (`None`: the recurrence does not serve).
#[inline]
fn gaussian_inside(s: &Sampling, inp: &InputWindow, o: &AdaptiveOptions) -> Option<(f64, f64)> {
    let view = weights::BoxView {
        data: inp.data,
        base: (s.y0 as usize - inp.rect.row0) * inp.rect.ncols + (s.x0 as usize - inp.rect.col0),
        stride: inp.rect.ncols,
    };
    let w = o.kernel_width;
    match o.bad_value_mode {
        BadValueMode::Strict => weights::gaussian_sum(s, w, view, Some),
        BadValueMode::Ignore => weights::gaussian_sum(s, w, view, |v| v.is_finite().then_some(v)),
        BadValueMode::Constant => weights::gaussian_sum(s, w, view, |v| {
            Some(if v.is_finite() { v } else { o.bad_fill_value })
        }),
    }
}

/// The sums for a box entirely inside the input (every boundary mode agrees there).
#[inline]
fn sum_inside(s: &Sampling, inp: &InputWindow, w: &[f64], o: &AdaptiveOptions) -> (f64, f64, f64) {
    let ncols = (s.x1 - s.x0 + 1) as usize;
    let (r0, c0) = (s.y0 as usize - inp.rect.row0, s.x0 as usize - inp.rect.col0);
    let (mut acc, mut wsum) = (0.0f64, 0.0f64);
    for (i, wrow) in w.chunks_exact(ncols).enumerate() {
        let start = (r0 + i) * inp.rect.ncols + c0;
        let drow = &inp.data[start..start + ncols];
        match o.bad_value_mode {
            // zero weights are skipped, so that a NaN they would multiply does not propagate
            BadValueMode::Strict => {
                for (&wt, &v) in wrow.iter().zip(drow) {
                    if wt != 0.0 {
                        acc += wt * v;
                        wsum += wt;
                    }
                }
            }
            mode => {
                for (&wt, &v) in wrow.iter().zip(drow) {
                    if wt == 0.0 {
                        continue;
                    }
                    let v = if v.is_finite() {
                        v
                    } else if mode == BadValueMode::Constant {
                        o.bad_fill_value
                    } else {
                        continue;
                    };
                    acc += wt * v;
                    wsum += wt;
                }
            }
        }
    }
    (acc, wsum, 0.0)
}

/// The sums for a box reaching outside the input: wrapped, clamped, filled or ignored samples.
fn sum_general(
    s: &Sampling,
    input: Option<&InputWindow>,
    shape: PlaneShape,
    o: &AdaptiveOptions,
    sc: &mut Scratch,
) -> (f64, f64, f64) {
    let nearest = o.boundary_mode == BoundaryMode::Nearest;
    let filled = matches!(
        o.boundary_mode,
        BoundaryMode::Constant | BoundaryMode::GridConstant
    );
    let ncols = (s.x1 - s.x0 + 1) as usize;
    sc.cols.clear();
    sc.cols.extend((s.x0..=s.x1).map(|x| {
        let c = resolve(x, shape.nx, o.x_cyclic, nearest)?;
        let local = input.and_then(|w| w.col(c));
        debug_assert!(
            local.is_some(),
            "input column {c} outside the block's window"
        );
        local
    }));
    let (mut acc, mut wsum, mut ignored) = (0.0f64, 0.0f64, 0.0f64);
    for (i, wrow) in sc.weights.chunks_exact(ncols).enumerate() {
        let y = s.y0 + i as i64;
        let row = resolve(y, shape.ny, o.y_cyclic, nearest)
            .and_then(|r| input.and_then(|w| Some((w.row(r)?, w.data))));
        for (&w, &col) in wrow.iter().zip(&sc.cols) {
            if w == 0.0 {
                continue;
            }
            let mut v = match (row, col) {
                (Some((off, data)), Some(c)) => data[off + c],
                _ if filled => o.boundary_fill_value,
                _ => {
                    ignored += w;
                    continue;
                }
            };
            if !v.is_finite() {
                match o.bad_value_mode {
                    BadValueMode::Strict => {}
                    BadValueMode::Constant => v = o.bad_fill_value,
                    BadValueMode::Ignore => continue,
                }
            }
            acc += w * v;
            wsum += w;
        }
    }
    (acc, wsum, ignored)
}

/// One output plane of a block from its plans: `values` gets the result, `footprint` 1 where it is
/// finite and 0 elsewhere.
pub fn sample_plane(
    plans: &[Plan],
    input: Option<&InputWindow>,
    shape: PlaneShape,
    o: &AdaptiveOptions,
    sc: &mut Scratch,
    values: &mut [f64],
    footprint: &mut [f64],
) {
    for ((p, v), f) in plans
        .iter()
        .zip(values.iter_mut())
        .zip(footprint.iter_mut())
    {
        *v = match p {
            Plan::Fixed(x) => *x,
            Plan::Sample(s) => sample_one(s, input, shape, o, sc),
        };
        // reproject's footprint rule: covered wherever the value is not NaN (±inf included)
        *f = if v.is_nan() { 0.0 } else { 1.0 };
    }
}
