//! Per-pixel sampling plans (padded Jacobian, sample box, boundary decisions) and the weighted sums
//! over the input, as reproject 0.21's `map_coordinates` defines them.

use super::lanes::{PlanLanes, SeedLanes, LANES};
use super::options::{AdaptiveKernel, AdaptiveOptions, BadValueMode, BoundaryMode};
#[cfg(target_arch = "x86_64")]
use super::simd;
use super::weights::{self, Seed};
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

/// Buffers of [`plan_row`]: the lanes, and the indices (in the block's plans) of the pixels whose
/// box edges came within [`NEAR_WHOLE`](super::lanes::NEAR_WHOLE) of a whole pixel.
#[derive(Default)]
pub struct RowScratch {
    pub lanes: Box<PlanLanes>,
    pub near: Vec<usize>,
}

/// The plans of pixels with Jacobians `jac` at input positions `cx`, `cy`, [`LANES`] at a time in
/// [`PlanLanes`] (the arithmetic) and [`decide`] (the decisions): `each(i, plan, near)` gets pixel
/// i's plan, `near` as [`PlanLanes::near`]; `bounds` grows by what each plan reads.
#[inline]
fn plan_pixels(
    jac: &[[f64; 4]],
    (cx, cy): (&[f64], &[f64]),
    o: &AdaptiveOptions,
    shape: PlaneShape,
    lanes: &mut PlanLanes,
    bounds: &mut WindowBounds,
    mut each: impl FnMut(usize, Plan, bool),
) {
    let hann = o.kernel == AdaptiveKernel::Hann;
    let chunks = jac
        .chunks(LANES)
        .zip(cx.chunks(LANES))
        .zip(cy.chunks(LANES));
    for (c, ((j, x), y)) in chunks.enumerate() {
        for (l, ((j, &x), &y)) in j.iter().zip(x).zip(y).enumerate() {
            lanes.set(l, j, x, y);
        }
        lanes.compute(hann, o.sample_region_width, o.conserve_flux);
        for l in 0..j.len() {
            let p = decide(lanes, l, o, shape);
            bounds.add(&p, o, shape);
            each(c * LANES + l, p, lanes.near[l]);
        }
    }
}

/// The plans of a row of output pixels — Jacobians `jac`, input positions `cx`, `cy` — appended
/// to `plans`, with the input they read added to `bounds` and the near-whole ones listed in
/// `sc.near`.
pub fn plan_row(
    jac: &[[f64; 4]],
    centres: (&[f64], &[f64]),
    o: &AdaptiveOptions,
    shape: PlaneShape,
    sc: &mut RowScratch,
    plans: &mut Vec<Plan>,
    bounds: &mut WindowBounds,
) {
    let near = &mut sc.near;
    plan_pixels(
        jac,
        centres,
        o,
        shape,
        &mut sc.lanes,
        bounds,
        |_, p, is_near| {
            if is_near {
                near.push(plans.len());
            }
            plans.push(p);
        },
    );
}

/// Pixels to plan again, from their Jacobians and positions: `idx[i]` (in the block's plans) gets
/// the plan of `jac[i]` at (`cx[i]`, `cy[i]`).
pub struct Replan<'a> {
    pub idx: &'a [usize],
    pub jac: &'a [[f64; 4]],
    pub cx: &'a [f64],
    pub cy: &'a [f64],
}

/// Replaces the plans of the pixels of `r`, adding what they read to `bounds`.
pub fn replan(
    r: &Replan,
    o: &AdaptiveOptions,
    shape: PlaneShape,
    lanes: &mut PlanLanes,
    plans: &mut [Plan],
    bounds: &mut WindowBounds,
) {
    plan_pixels(r.jac, (r.cx, r.cy), o, shape, lanes, bounds, |i, p, _| {
        plans[r.idx[i]] = p
    });
}

/// The plan of lane `l` from its box edges: NaN, a fixed value, or the sampling with its box
/// clipped as the boundary mode says.
#[inline]
fn decide(lanes: &PlanLanes, l: usize, o: &AdaptiveOptions, shape: PlaneShape) -> Plan {
    const NAN: Plan = Plan::Fixed(f64::NAN);
    if !lanes.ok[l] {
        return NAN;
    }
    let (mut top, mut bottom) = (lanes.top[l], lanes.bottom[l]);
    let (mut right, mut left) = (lanes.right[l], lanes.left[l]);
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
    let inv = [
        lanes.inv[0][l],
        lanes.inv[1][l],
        lanes.inv[2][l],
        lanes.inv[3][l],
    ];
    Plan::Sample(Sampling {
        cx: lanes.cx[l],
        cy: lanes.cy[l],
        inv,
        scale: lanes.scale[l],
        reach: lanes.reach[l],
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
#[inline(always)]
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

    /// Grow the bounds to hold `r`.
    pub fn add_rect(&mut self, r: Option<Rect>) {
        let Some(r) = r else { return };
        let (r0, r1, c0, c1) = (r.row0, r.row0 + r.nrows - 1, r.col0, r.col0 + r.ncols - 1);
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
    seeds: Box<SeedLanes>,
}

/// The weighted mean of one output pixel over one input plane (`input`: the block's window, `None`
/// when the block reads no input pixel; `seed`: the Gaussian's, `None` for Hann or where the
/// Gaussian's weights are computed directly).
pub fn sample_one(
    s: &Sampling,
    seed: Option<&Seed>,
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
        Some(inp) if interior => seed.and_then(|sd| gaussian_inside(s, sd, inp, o)),
        _ => None,
    };
    let (acc, wsum, ignored) = match fused {
        Some((acc, wsum)) => (acc, wsum, 0.0),
        None => {
            sc.weights.resize(ncols * nrows, 0.0);
            match o.kernel {
                AdaptiveKernel::Gaussian => {
                    weights::gaussian(s, seed, o.kernel_width, &mut sc.weights)
                }
                AdaptiveKernel::Hann => weights::hann(s, &mut sc.weights),
            }
            match inside {
                Some(inp) => sum_inside(s, inp, &sc.weights, o),
                None => sum_general(s, input, shape, o, sc),
            }
        }
    };
    finish(acc, wsum, ignored, s, o)
}

/// The output value from the sums: Σ w·v / Σ w × scale, or NaN where `ignore_threshold` says so.
#[inline(always)]
fn finish(acc: f64, wsum: f64, ignored: f64, s: &Sampling, o: &AdaptiveOptions) -> f64 {
    if o.boundary_mode == BoundaryMode::IgnoreThreshold
        && ignored / (ignored + wsum) > o.boundary_ignore_threshold
    {
        return f64::NAN;
    }
    acc / wsum * s.scale
}

/// Where [`sample_one`] takes the fused Gaussian sum (an interior box holding its start pixel
/// (xc, yc), inside the window): the offset of the start pixel in the window's data and the box's
/// extents from it (up, down, left, right).
#[cfg(target_arch = "x86_64")]
#[inline]
fn fused_walk(
    s: &Sampling,
    (xc, yc): (i64, i64),
    inp: &InputWindow,
    shape: PlaneShape,
) -> Option<(usize, [usize; 4])> {
    let interior = s.x0 > 0 && s.y0 > 0 && s.x1 + 1 < shape.nx as i64 && s.y1 + 1 < shape.ny as i64;
    let holds = (s.x0..=s.x1).contains(&xc) && (s.y0..=s.y1).contains(&yc);
    if !(interior && holds) {
        return None;
    }
    let r = inp.rect;
    let in_window = s.x0 as usize >= r.col0
        && (s.x1 as usize) < r.col0 + r.ncols
        && s.y0 as usize >= r.row0
        && (s.y1 as usize) < r.row0 + r.nrows;
    if !in_window {
        return None;
    }
    let start = (yc as usize - r.row0) * r.ncols + (xc as usize - r.col0);
    let ext = [yc - s.y0, s.y1 - yc, xc - s.x0, s.x1 - xc].map(|e| e as usize);
    Some((start, ext))
}

/// Σ w·v and Σ w of a Gaussian box entirely inside the input, the weights made as they are summed
/// (`None`: the recurrence does not serve).
#[inline]
fn gaussian_inside(
    s: &Sampling,
    sd: &Seed,
    inp: &InputWindow,
    o: &AdaptiveOptions,
) -> Option<(f64, f64)> {
    let view = weights::BoxView {
        data: inp.data,
        base: (s.y0 as usize - inp.rect.row0) * inp.rect.ncols + (s.x0 as usize - inp.rect.col0),
        stride: inp.rect.ncols,
    };
    match o.bad_value_mode {
        BadValueMode::Strict => weights::gaussian_sum(s, sd, view, Some),
        BadValueMode::Ignore => weights::gaussian_sum(s, sd, view, |v| v.is_finite().then_some(v)),
        BadValueMode::Constant => weights::gaussian_sum(s, sd, view, |v| {
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
/// finite and 0 elsewhere. The Gaussian's seeds are made [`LANES`] plans at a time, and (with AVX2)
/// the fused sums of eight or four pixels at a time ([`super::simd`]): the same bits as one at a time.
pub fn sample_plane(
    plans: &[Plan],
    input: Option<&InputWindow>,
    shape: PlaneShape,
    o: &AdaptiveOptions,
    sc: &mut Scratch,
    values: &mut [f64],
    footprint: &mut [f64],
) {
    let gaussian = o.kernel == AdaptiveKernel::Gaussian;
    for ((ps, vs), fs) in plans
        .chunks(LANES)
        .zip(values.chunks_mut(LANES))
        .zip(footprint.chunks_mut(LANES))
    {
        if gaussian {
            for (l, p) in ps.iter().enumerate() {
                if let Plan::Sample(s) = p {
                    sc.seeds.set(l, &s.inv, s.cx, s.cy, s.reach);
                }
            }
            sc.seeds.compute(o.kernel_width);
        }
        #[cfg(target_arch = "x86_64")]
        if let Some(inp) = input.filter(|_| simd::group_width() > 0) {
            sample_groups(ps, inp, shape, o, sc, vs);
            for ((p, v), f) in ps.iter().zip(vs.iter_mut()).zip(fs.iter_mut()) {
                if let Plan::Fixed(x) = p {
                    *v = *x;
                }
                *f = if v.is_nan() { 0.0 } else { 1.0 };
            }
            continue;
        }
        for (l, ((p, v), f)) in ps.iter().zip(vs).zip(fs).enumerate() {
            *v = match p {
                Plan::Fixed(x) => *x,
                Plan::Sample(s) => {
                    let seed = if gaussian { sc.seeds.get(l) } else { None };
                    sample_one(s, seed.as_ref(), input, shape, o, sc)
                }
            };
            // reproject's footprint rule: covered wherever the value is not NaN (±inf included)
            *f = if v.is_nan() { 0.0 } else { 1.0 };
        }
    }
}

/// The samplings of one chunk of plans (Gaussian seeds made) into `vs`: those the vector sums
/// serve in groups of [`simd::group_width`], the others one at a time. Fixed plans are left to the
/// caller.
#[cfg(target_arch = "x86_64")]
fn sample_groups(
    ps: &[Plan],
    inp: &InputWindow,
    shape: PlaneShape,
    o: &AdaptiveOptions,
    sc: &mut Scratch,
    vs: &mut [f64],
) {
    let gaussian = o.kernel == AdaptiveKernel::Gaussian;
    let (mut gauss, mut hann) = (simd::Group::default(), simd::HannGroup::default());
    let width = simd::group_width();
    let mut lanes = [0usize; simd::MAX_GROUP];
    let mut n = 0;
    let one = |s: &Sampling, l: usize, sc: &mut Scratch| {
        let seed = if gaussian { sc.seeds.get(l) } else { None };
        sample_one(s, seed.as_ref(), Some(inp), shape, o, sc)
    };
    let flush = |gauss: &simd::Group,
                 hann: &simd::HannGroup,
                 lanes: &[usize],
                 vs: &mut [f64],
                 sc: &mut Scratch| {
        let (data, stride) = (inp.data, inp.rect.ncols);
        let (mode, fill) = (o.bad_value_mode, o.bad_fill_value);
        let sums = if gaussian {
            let seeds = sc.seeds.fields();
            simd::gaussian_sums(gauss, seeds, lanes.len(), data, stride, mode, fill)
        } else {
            simd::hann_sums(hann, lanes.len(), data, stride, mode, fill)
        };
        for (q, &l) in lanes.iter().enumerate() {
            let Plan::Sample(s) = &ps[l] else { continue };
            vs[l] = match sums {
                Some(sums) => finish(sums[q].0, sums[q].1, 0.0, s, o),
                None => one(s, l, sc),
            };
        }
    };
    for (l, p) in ps.iter().enumerate() {
        let Plan::Sample(s) = p else { continue };
        let grouped = width > 0
            && if gaussian {
                gaussian_lane(s, sc.seeds.start(l), inp, shape, &mut gauss, n, l)
            } else {
                hann_lane(s, inp, shape, &mut hann, n)
            };
        if !grouped {
            vs[l] = one(s, l, sc);
            continue;
        }
        lanes[n] = l;
        n += 1;
        if n == width {
            flush(&gauss, &hann, &lanes[..n], vs, sc);
            n = 0;
        }
    }
    if n > 0 {
        flush(&gauss, &hann, &lanes[..n], vs, sc);
    }
}

/// Puts `s` (plan `l` of the chunk, its recurrences starting at `start`) in lane `n` of `g` if the
/// fused walk serves it.
#[cfg(target_arch = "x86_64")]
#[inline]
fn gaussian_lane(
    s: &Sampling,
    start: Option<(i64, i64)>,
    inp: &InputWindow,
    shape: PlaneShape,
    g: &mut simd::Group,
    n: usize,
    l: usize,
) -> bool {
    if s.x1 < s.x0 || s.y1 < s.y0 {
        return false;
    }
    let Some((offset, ext)) = start.and_then(|c| fused_walk(s, c, inp, shape)) else {
        return false;
    };
    g.set(n, l, offset, ext);
    true
}

/// Puts `s` in lane `n` of `g` if its box lies inside the image (where every boundary mode sums it
/// alike) and the window.
#[cfg(target_arch = "x86_64")]
#[inline]
fn hann_lane(
    s: &Sampling,
    inp: &InputWindow,
    shape: PlaneShape,
    g: &mut simd::HannGroup,
    n: usize,
) -> bool {
    let r = inp.rect;
    let inside = s.x0 >= 0
        && s.y0 >= 0
        && s.x1 >= s.x0
        && s.y1 >= s.y0
        && (s.x1 as usize) < shape.nx
        && (s.y1 as usize) < shape.ny
        && s.x0 as usize >= r.col0
        && (s.x1 as usize) < r.col0 + r.ncols
        && s.y0 as usize >= r.row0
        && (s.y1 as usize) < r.row0 + r.nrows;
    if !inside {
        return false;
    }
    let (rows, cols) = ((s.y1 - s.y0 + 1) as usize, (s.x1 - s.x0 + 1) as usize);
    let start = (s.y0 as usize - r.row0) * r.ncols + (s.x0 as usize - r.col0);
    g.set(n, s, rows, cols, start);
    true
}
