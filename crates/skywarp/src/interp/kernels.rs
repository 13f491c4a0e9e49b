//! Interpolation kernels with reproject's (scipy.ndimage.map_coordinates') conventions.
//!
//! * Pixel centres sit at integer coordinates, 0-based.
//! * A coordinate within half a pixel outside the first/last pixel centre is moved onto that centre
//!   (the edge value is used); further out the result is NaN (reproject's `_clip_coords` + reset).
//! * Stencils follow scipy: nearest takes `floor(x + 0.5)`; order 1 and 3 start at `floor(x)`
//!   (shifted by `order / 2`), order 2 at `floor(x + 0.5) - 1`; indices that fall off the array are
//!   mirrored (scipy's `mode='constant'` support inside the domain). A NaN anywhere in the stencil — even
//!   with zero weight — gives NaN, as scipy does.
//! * Orders 2 and 3 interpolate B-spline coefficients of the *whole* image (mirror boundary), made by
//!   [`prefilter_line`] along every axis in [`super::spline`]. NaNs in the input are replaced by 0 for
//!   the prefilter only, so that a few bad pixels do not poison every coefficient (reproject issue
//!   #464), and every output whose stencil touches a NaN input pixel is NaN.

/// Interpolation order, as reproject names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Order {
    Nearest,
    Bilinear,
    Biquadratic,
    Bicubic,
}

impl Order {
    /// Every order, by degree.
    pub const ALL: [Order; 4] = [
        Order::Nearest,
        Order::Bilinear,
        Order::Biquadratic,
        Order::Bicubic,
    ];

    /// The order of scipy spline degree `degree` (0–3).
    pub fn from_degree(degree: usize) -> Option<Order> {
        Order::ALL.get(degree).copied()
    }

    /// reproject's name of the order.
    pub fn name(self) -> &'static str {
        match self {
            Order::Nearest => "nearest-neighbor",
            Order::Bilinear => "bilinear",
            Order::Biquadratic => "biquadratic",
            Order::Bicubic => "bicubic",
        }
    }

    /// scipy's spline order (0–3).
    pub fn degree(self) -> usize {
        match self {
            Order::Nearest => 0,
            Order::Bilinear => 1,
            Order::Biquadratic => 2,
            Order::Bicubic => 3,
        }
    }

    /// How many input pixels beyond the stencil's base index the kernel reads on each side; used to size
    /// the input region a block needs.
    pub fn margin(self) -> usize {
        match self {
            Order::Nearest => 1,
            _ => 2,
        }
    }
}

/// The one parser of order names: reproject's names, `nearest`, or the degrees `0`–`3`.
impl std::str::FromStr for Order {
    type Err = String;
    fn from_str(s: &str) -> Result<Order, String> {
        let s = s.trim();
        if s == "nearest" {
            return Ok(Order::Nearest);
        }
        Order::ALL
            .into_iter()
            .find(|o| o.name() == s || o.degree().to_string() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Order::ALL.iter().map(|o| o.name()).collect();
                format!(
                    "unknown interpolation order {s:?}: one of {} (or 0-3)",
                    names.join(", ")
                )
            })
    }
}

/// Mirror an index into `0..n` (scipy's mirror rule: -1 → 1, n → n-2).
#[inline]
pub fn mirror(i: i64, n: i64) -> i64 {
    if 0 <= i && i < n {
        return i; // the common case, without a division
    }
    if n == 1 {
        return 0;
    }
    let period = 2 * (n - 1);
    let mut k = i.rem_euclid(period);
    if k >= n {
        k = period - k;
    }
    k
}

/// Apply reproject's edge rule to one coordinate: `Some(clamped)` inside, `None` outside (→ NaN).
#[inline]
pub fn clip_coord(x: f64, n: usize) -> Option<f64> {
    let last = n as f64 - 1.0;
    if !(x >= -0.5 && x <= n as f64 - 0.5) {
        return None; // also NaN
    }
    if x < 0.0 {
        Some(0.0)
    } else if x >= last && x < n as f64 - 0.5 {
        Some(last)
    } else {
        Some(x)
    }
}

/// `floor` for the non-negative coordinates [`clip_coord`] returns: a truncating conversion, which
/// needs no libm call.
#[inline]
fn floor_nonneg(x: f64) -> f64 {
    debug_assert!(x >= 0.0);
    (x as i64) as f64
}

/// Stencil start index and weights for one axis (scipy's `get_spline_interpolation_weights`), for a
/// coordinate already passed through [`clip_coord`] (so `x >= 0`).
#[inline]
pub fn stencil(x: f64, order: usize, w: &mut [f64; 4]) -> i64 {
    match order {
        0 => {
            w[0] = 1.0;
            floor_nonneg(x + 0.5) as i64
        }
        1 => {
            let f = floor_nonneg(x);
            let t = x - f;
            w[0] = 1.0 - t;
            w[1] = t;
            f as i64
        }
        2 => {
            let f = floor_nonneg(x + 0.5);
            let t = x - f;
            w[1] = 0.75 - t * t;
            let y = 0.5 - t;
            w[0] = 0.5 * y * y;
            w[2] = 1.0 - w[0] - w[1];
            f as i64 - 1
        }
        3 => {
            let f = floor_nonneg(x);
            let t = x - f;
            let z = 1.0 - t;
            w[1] = (t * t * (t - 2.0) * 3.0 + 4.0) / 6.0;
            w[2] = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
            w[0] = z * z * z / 6.0;
            w[3] = 1.0 - w[0] - w[1] - w[2];
            f as i64 - 1
        }
        _ => unreachable!("order is 0..=3"),
    }
}

/// The interpolation stencils of a set of output pixels — window offsets and weights per pixel — computed
/// once and applied to every plane (broadcast images, cube channels) that shares the mapping.
#[derive(Default)]
pub struct Stencils {
    k: usize,
    valid: Vec<bool>,
    /// `k` row offsets (already multiplied by the window width) per pixel.
    rows: Vec<u32>,
    /// `k` column offsets per pixel.
    cols: Vec<u32>,
    wy: Vec<f64>,
    wx: Vec<f64>,
}

/// One-plane interpolation: stencils computed and used at once, never stored (the common case of a
/// single 2-D image, where storing them would only cost memory traffic). Same arithmetic as
/// [`Stencils::build`] + [`Stencils::apply`] with `wz = 1`.
#[allow(clippy::too_many_arguments)]
pub fn sample_direct(
    order: usize,
    xs: &[f64],
    ys: &[f64],
    full: (usize, usize),
    origin: (usize, usize),
    wcols: usize,
    data: &[f64],
    mask: Option<&[bool]>,
    out: &mut [f64],
) {
    match order {
        0 => sample_direct_k::<1>(xs, ys, full, origin, wcols, data, mask, out),
        1 if mask.is_none() => sample_bilinear(xs, ys, full, origin, wcols, data, out),
        1 => sample_direct_k::<2>(xs, ys, full, origin, wcols, data, mask, out),
        2 => sample_direct_k::<3>(xs, ys, full, origin, wcols, data, mask, out),
        _ => sample_direct_k::<4>(xs, ys, full, origin, wcols, data, mask, out),
    }
}

/// Bilinear [`sample_direct`]: the 2×2 stencil read straight from the window when it lies inside the
/// image (almost every pixel), the general mirrored path only at the edges. Same arithmetic as the
/// general path (weights `1 - t`, `t`; rows combined after columns), so results are identical.
fn sample_bilinear(
    xs: &[f64],
    ys: &[f64],
    full: (usize, usize),
    origin: (usize, usize),
    wcols: usize,
    data: &[f64],
    out: &mut [f64],
) {
    let (ny, nx) = full;
    // (via i64: one instruction, where usize → f64 takes several)
    let (ylim, xlim) = ((ny as i64 - 1) as f64, (nx as i64 - 1) as f64);
    for ((o, &x), &y) in out.iter_mut().zip(xs).zip(ys) {
        // Inside [0, n − 1) on both axes (almost every pixel) `clip_coord` keeps the coordinate and
        // the 2×2 stencil lies in the image; everything else (the edges, outside, NaN) takes the
        // general path, whose arithmetic this repeats.
        if x >= 0.0 && x < xlim && y >= 0.0 && y < ylim {
            // SAFETY: x and y are finite and in [0, n − 1) with n an array length, so truncation
            // is the floor and fits in an i64 (what `as` checks, at a dozen instructions).
            let (xi, yi): (i64, i64) = unsafe { (x.to_int_unchecked(), y.to_int_unchecked()) };
            let (tx, ty) = (x - xi as f64, y - yi as f64);
            let (x0, y0) = (xi as usize, yi as usize);
            let k = (y0 - origin.0) * wcols + (x0 - origin.1);
            // written as the general path sums (from 0.0), so even signed zeros agree
            let top = (0.0 + (1.0 - tx) * data[k]) + tx * data[k + 1];
            let bot = (0.0 + (1.0 - tx) * data[k + wcols]) + tx * data[k + wcols + 1];
            *o = (0.0 + (1.0 - ty) * top) + ty * bot;
        } else {
            sample_direct_k::<2>(
                &[x],
                &[y],
                full,
                origin,
                wcols,
                data,
                None,
                std::slice::from_mut(o),
            );
        }
    }
}

#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn sample_direct_k<const K: usize>(
    xs: &[f64],
    ys: &[f64],
    full: (usize, usize),
    origin: (usize, usize),
    wcols: usize,
    data: &[f64],
    mask: Option<&[bool]>,
    out: &mut [f64],
) {
    let (fr, fc) = (full.0 as i64, full.1 as i64);
    for ((o, &x), &y) in out.iter_mut().zip(xs).zip(ys) {
        let (Some(y), Some(x)) = (clip_coord(y, full.0), clip_coord(x, full.1)) else {
            *o = f64::NAN;
            continue;
        };
        let mut wy = [0.0; 4];
        let mut wx = [0.0; 4];
        let sy = stencil(y, K - 1, &mut wy);
        let sx = stencil(x, K - 1, &mut wx);
        let mut cols = [0usize; K];
        for (b, c) in cols.iter_mut().enumerate() {
            *c = mirror(sx + b as i64, fc) as usize - origin.1;
        }
        let mut acc = 0.0;
        let mut masked = false;
        for (a, &wya) in wy.iter().enumerate().take(K) {
            let r = (mirror(sy + a as i64, fr) as usize - origin.0) * wcols;
            let row = &data[r..];
            let mut racc = 0.0;
            for b in 0..K {
                racc += wx[b] * row[cols[b]];
            }
            if let Some(m) = mask {
                masked |= cols.iter().any(|&c| m[r + c]);
            }
            acc += wya * racc;
        }
        *o = if masked { f64::NAN } else { acc };
    }
}

impl Stencils {
    pub fn build(
        &mut self,
        order: usize,
        xs: &[f64],
        ys: &[f64],
        full: (usize, usize),
        origin: (usize, usize),
        wcols: usize,
    ) {
        let k = order + 1;
        let n = xs.len();
        self.k = k;
        self.valid.clear();
        self.valid.resize(n, false);
        self.rows.resize(n * k, 0);
        self.cols.resize(n * k, 0);
        self.wy.resize(n * k, 0.0);
        self.wx.resize(n * k, 0.0);
        let (fr, fc) = (full.0 as i64, full.1 as i64);
        for i in 0..n {
            let (Some(y), Some(x)) = (clip_coord(ys[i], full.0), clip_coord(xs[i], full.1)) else {
                continue;
            };
            self.valid[i] = true;
            let mut wy = [0.0; 4];
            let mut wx = [0.0; 4];
            let sy = stencil(y, order, &mut wy);
            let sx = stencil(x, order, &mut wx);
            for a in 0..k {
                let r = mirror(sy + a as i64, fr) as usize - origin.0;
                let c = mirror(sx + a as i64, fc) as usize - origin.1;
                self.rows[i * k + a] = (r * wcols) as u32;
                self.cols[i * k + a] = c as u32;
                self.wy[i * k + a] = wy[a];
                self.wx[i * k + a] = wx[a];
            }
        }
    }

    /// `out[i] (=|+=) wz * interpolate(data at pixel i)`; NaN where the stencil is invalid or touches a
    /// masked pixel.
    pub fn apply(
        &self,
        data: &[f64],
        mask: Option<&[bool]>,
        wz: f64,
        first: bool,
        out: &mut [f64],
    ) {
        match self.k {
            1 => self.apply_k::<1>(data, mask, wz, first, out),
            2 => self.apply_k::<2>(data, mask, wz, first, out),
            3 => self.apply_k::<3>(data, mask, wz, first, out),
            _ => self.apply_k::<4>(data, mask, wz, first, out),
        }
    }

    fn apply_k<const K: usize>(
        &self,
        data: &[f64],
        mask: Option<&[bool]>,
        wz: f64,
        first: bool,
        out: &mut [f64],
    ) {
        for (i, o) in out.iter_mut().enumerate() {
            let v = if self.valid[i] {
                let rows = &self.rows[i * K..i * K + K];
                let cols = &self.cols[i * K..i * K + K];
                let wy = &self.wy[i * K..i * K + K];
                let wx = &self.wx[i * K..i * K + K];
                let mut acc = 0.0;
                let mut masked = false;
                for a in 0..K {
                    let row = &data[rows[a] as usize..];
                    let mut racc = 0.0;
                    for b in 0..K {
                        racc += wx[b] * row[cols[b] as usize];
                    }
                    if let Some(m) = mask {
                        let mrow = &m[rows[a] as usize..];
                        masked |= cols.iter().any(|&c| mrow[c as usize]);
                    }
                    acc += wy[a] * racc;
                }
                if masked {
                    f64::NAN
                } else {
                    wz * acc
                }
            } else {
                f64::NAN
            };
            if first {
                *o = v;
            } else {
                *o += v;
            }
        }
    }
}

/// The spline poles of scipy's prefilter.
pub(crate) fn poles(order: usize) -> &'static [f64] {
    const P2: [f64; 1] = [-0.171_572_875_253_809_9]; // sqrt(8) - 3
    const P3: [f64; 1] = [-0.267_949_192_431_122_7]; // sqrt(3) - 2
    match order {
        2 => &P2,
        3 => &P3,
        _ => &[],
    }
}

/// In-place B-spline prefilter of one line with mirror boundaries (Unser's recursive filter, scipy's
/// initial conditions).
pub fn prefilter_line(c: &mut [f64], order: usize) {
    let n = c.len();
    if n < 2 || order < 2 {
        return;
    }
    let ps = poles(order);
    let mut gain = 1.0;
    for &z in ps {
        gain *= (1.0 - z) * (1.0 - 1.0 / z);
    }
    c.iter_mut().for_each(|v| *v *= gain);
    for &z in ps {
        // causal initialisation, mirror boundary
        let z_n_1 = z.powi(n as i32 - 1);
        let mut z_i = z;
        let mut c0 = c[0] + z_n_1 * c[n - 1];
        for i in 1..n - 1 {
            c0 += z_i * (c[i] + z_n_1 * c[n - 1 - i]);
            z_i *= z;
        }
        c[0] = c0 / (1.0 - z_n_1 * z_n_1);
        for i in 1..n {
            c[i] += z * c[i - 1];
        }
        // anticausal initialisation, mirror boundary
        c[n - 1] = (z * c[n - 2] + c[n - 1]) * z / (z * z - 1.0);
        for i in (0..n - 1).rev() {
            c[i] = z * (c[i + 1] - c[i]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One-point interpolation through the same stencil machinery the engine uses.
    fn sample(data: &[f64], full: (usize, usize), order: usize, y: f64, x: f64) -> f64 {
        let mut st = Stencils::default();
        st.build(order, &[x], &[y], full, (0, 0), full.1);
        let mut out = [0.0];
        st.apply(data, None, 1.0, true, &mut out);
        out[0]
    }

    #[test]
    fn order_names_and_degrees() {
        for o in Order::ALL {
            assert_eq!(o.name().parse::<Order>(), Ok(o));
            assert_eq!(o.degree().to_string().parse::<Order>(), Ok(o));
            assert_eq!(Order::from_degree(o.degree()), Some(o));
        }
        assert_eq!("nearest".parse::<Order>(), Ok(Order::Nearest));
        assert!("cubic".parse::<Order>().unwrap_err().contains("bicubic"));
        assert_eq!(Order::from_degree(4), None);
    }

    /// The bilinear fast path gives the general path's bits everywhere: inside, on the clipped
    /// half-pixel borders, at the last row and column, outside, NaN; and in a window that does not
    /// start at the image origin.
    #[test]
    fn bilinear_fast_path_is_the_general_path() {
        let (ny, nx) = (7usize, 9usize);
        let data: Vec<f64> = (0..ny * nx).map(|i| ((i * 37) % 11) as f64 - 4.5).collect();
        let mut coords = vec![
            (-0.5, -0.5),
            (-0.25, 3.0),
            (0.0, 0.0),
            (5.999_999, 7.999_999),
            (6.0, 8.0),
            (6.25, 8.25),
            (6.5, 8.5),
            (-0.6, 2.0),
            (f64::NAN, 1.0),
            (2.0, f64::INFINITY),
        ];
        for i in 0..400 {
            coords.push(((i as f64 * 0.0173) - 0.6, (i as f64 * 0.0231) - 0.6));
        }
        for (x, y) in coords {
            for (origin, wcols, window) in [
                ((0, 0), nx, data.clone()),
                ((2, 3), nx - 3, {
                    (2..ny)
                        .flat_map(|r| data[r * nx + 3..(r + 1) * nx].to_vec())
                        .collect()
                }),
            ] {
                // only coordinates whose stencil lies in the window
                if origin != (0, 0) && !(x >= 3.0 && y >= 2.0) {
                    continue;
                }
                let (mut fast, mut general) = ([0.0], [0.0]);
                sample_direct(
                    1,
                    &[x],
                    &[y],
                    (ny, nx),
                    origin,
                    wcols,
                    &window,
                    None,
                    &mut fast,
                );
                sample_direct_k::<2>(
                    &[x],
                    &[y],
                    (ny, nx),
                    origin,
                    wcols,
                    &window,
                    None,
                    &mut general,
                );
                assert_eq!(fast[0].to_bits(), general[0].to_bits(), "({x}, {y})");
            }
        }
    }

    #[test]
    fn mirror_matches_scipy_rule() {
        assert_eq!(mirror(-1, 5), 1);
        assert_eq!(mirror(5, 5), 3);
        assert_eq!(mirror(6, 5), 2);
        assert_eq!(mirror(3, 1), 0);
    }

    #[test]
    fn clip_follows_reproject_edges() {
        assert_eq!(clip_coord(-0.5, 10), Some(0.0));
        assert_eq!(clip_coord(-0.51, 10), None);
        assert_eq!(clip_coord(9.3, 10), Some(9.0));
        assert_eq!(clip_coord(9.5, 10), Some(9.5));
        assert_eq!(clip_coord(9.51, 10), None);
        assert_eq!(clip_coord(f64::NAN, 10), None);
    }

    #[test]
    fn weights_sum_to_one() {
        for order in 0..=3 {
            for k in 0..50 {
                let x = 3.0 + k as f64 * 0.0371;
                let mut w = [0.0; 4];
                stencil(x, order, &mut w);
                let s: f64 = w[..=order].iter().sum();
                assert!((s - 1.0).abs() < 1e-15, "order {order} x {x}: {s}");
            }
        }
    }

    #[test]
    fn prefilter_then_sample_reproduces_nodes() {
        // B-spline interpolation is exact at the nodes.
        let (rows, cols) = (7, 9);
        let orig: Vec<f64> = (0..rows * cols)
            .map(|i| ((i * 37) % 11) as f64 + 0.25 * i as f64)
            .collect();
        for order in [2usize, 3] {
            let src = crate::ArraySource::new(&orig, &[rows, cols]).unwrap();
            let store =
                crate::interp::spline::SplineCoefficients::build(&src, order, None).unwrap();
            let mut c = vec![0.0; rows * cols];
            let mut mask = vec![false; rows * cols];
            let full = crate::Region::new(0, crate::Rect::full((rows, cols)));
            store.read(full, &mut c, &mut mask);
            for r in 0..rows {
                for col in 0..cols {
                    let v = sample(&c, (rows, cols), order, r as f64, col as f64);
                    assert!(
                        (v - orig[r * cols + col]).abs() < 1e-9,
                        "order {order} ({r},{col}): {v}"
                    );
                }
            }
        }
    }

    #[test]
    fn nan_in_stencil_with_zero_weight_is_nan() {
        let data = [1.0, 2.0, f64::NAN, 4.0, 5.0];
        assert!(sample(&data, (1, 5), 1, 0.0, 1.0).is_nan());
        assert_eq!(sample(&data, (1, 5), 1, 0.0, 3.0), 4.0);
        assert_eq!(sample(&data, (1, 5), 1, 0.0, 3.5), 4.5);
        assert_eq!(sample(&data, (1, 5), 0, 0.0, 2.5), 4.0);
        assert!(sample(&data, (1, 5), 0, 0.0, 1.5).is_nan());
        assert_eq!(
            sample(&data, (1, 5), 1, 0.0, 4.3),
            5.0,
            "within half a pixel of the edge: edge value"
        );
        assert!(
            sample(&data, (1, 5), 1, 0.0, 4.6).is_nan(),
            "beyond half a pixel: NaN"
        );
    }
}
