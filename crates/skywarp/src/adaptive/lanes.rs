//! The per-pixel arithmetic of adaptive resampling done for [`LANES`] pixels side by side: the
//! plans' geometry (padded Jacobian, sample box edges) and the Gaussian recurrences' seeds.
//!
//! This arithmetic is the same long formula for every pixel — two square roots and four divisions of
//! the SVD, the floors of the box edges, six exponentials — and was half the kernel's instructions
//! done one pixel at a time. Here it runs in loops over structure-of-arrays lanes with no branch
//! (every `if` is a select), which the compiler turns into vector instructions; the decisions that
//! do branch (NaN, boundary modes, the exponential's range) are taken afterwards, per pixel.
//!
//! The loops are compiled three times, for the x86-64 baseline, AVX2 and AVX-512 (chosen at run
//! time), and all give the same bits: they use only IEEE additions, multiplications, divisions and square
//! roots, which a vector instruction rounds exactly as the scalar one, and Rust never fuses a
//! multiply and an add by itself.

use super::jacobian::pad;
use super::sample::floor;
use super::weights::{exp_in_range, exp_one, Seed, MAX_START_EXPONENT};

/// Pixels computed side by side: a multiple of every vector width, small enough that the lanes stay
/// in L1.
pub const LANES: usize = 16;

/// Which compiled copy of the loops runs: 512-bit vectors, 256-bit vectors, or the baseline's
/// (the checks are cached atomic loads).
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Isa {
    Avx512,
    Avx2,
    Baseline,
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn isa() -> Isa {
    if std::arch::is_x86_feature_detected!("avx512f") {
        Isa::Avx512
    } else if std::arch::is_x86_feature_detected!("avx2") {
        Isa::Avx2
    } else {
        Isa::Baseline
    }
}

/// Inputs and outputs of the plans' per-pixel arithmetic for up to [`LANES`] pixels.
pub struct PlanLanes {
    /// Unpadded Jacobians `[j00, j01, j10, j11]` by element.
    pub jac: [[f64; LANES]; 4],
    /// Input positions of the output pixel centres.
    pub cx: [f64; LANES],
    pub cy: [f64; LANES],
    /// The padded inverse Jacobian by element.
    pub inv: [[f64; LANES]; 4],
    /// Half-width in input pixels of the unclipped sample region.
    pub reach: [f64; LANES],
    /// Box edges drawn in to whole input pixels (inclusive): top ≥ bottom rows, right ≥ left columns.
    pub top: [f64; LANES],
    pub bottom: [f64; LANES],
    pub right: [f64; LANES],
    pub left: [f64; LANES],
    /// 1, or |det J| (unpadded) with `conserve_flux`.
    pub scale: [f64; LANES],
    /// False where the plan is NaN: a NaN Jacobian or position, or a box edge beyond ±1.1e15.
    pub ok: [bool; LANES],
    /// True where an unfloored box edge lies within [`NEAR_WHOLE`] of a whole input pixel: there
    /// the coordinate grid's error may decide which way the edge rounds.
    pub near: [bool; LANES],
}

/// How close (input pixels) to a whole pixel an unfloored box edge must lie for the coordinate
/// grid's error to possibly flip its floor: the grid holds positions to 1e-6 px by default, which
/// moves an edge (position plus a reach derived from neighbours' differences) by at most about
/// 9e-6 px for reproject's default sample region; this leaves a factor of four.
pub const NEAR_WHOLE: f64 = 4e-5;

impl Default for PlanLanes {
    fn default() -> Self {
        let z = [0.0; LANES];
        PlanLanes {
            jac: [z; 4],
            cx: z,
            cy: z,
            inv: [z; 4],
            reach: z,
            top: z,
            bottom: z,
            right: z,
            left: z,
            scale: z,
            ok: [false; LANES],
            near: [false; LANES],
        }
    }
}

/// Beyond this the plan is NaN: no sane sample box is this far out, and it keeps [`floor`] exact.
const EDGE_LIMIT: f64 = 1.1e15;

impl PlanLanes {
    /// Sets lane `l`'s Jacobian and position.
    #[inline(always)]
    pub fn set(&mut self, l: usize, j: &[f64; 4], cx: f64, cy: f64) {
        for (e, v) in self.jac.iter_mut().zip(j) {
            e[l] = *v;
        }
        self.cx[l] = cx;
        self.cy[l] = cy;
    }

    /// Computes every lane's outputs. `hann`: the box bounds the image of the ±1 output pixel square,
    /// else it is the Gaussian's square of half-width `sample_region_width`/2 × the larger padded
    /// singular value (reproject: width / (2 min(1/s0, 1/s1))).
    pub fn compute(&mut self, hann: bool, sample_region_width: f64, conserve_flux: bool) {
        #[cfg(target_arch = "x86_64")]
        match isa() {
            // SAFETY: the processor supports the instructions (checked by `isa`).
            Isa::Avx512 => {
                return unsafe { self.compute_avx512(hann, sample_region_width, conserve_flux) }
            }
            Isa::Avx2 => {
                return unsafe { self.compute_avx2(hann, sample_region_width, conserve_flux) }
            }
            Isa::Baseline => {}
        }
        self.compute_body(hann, sample_region_width, conserve_flux)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn compute_avx2(&mut self, hann: bool, sample_region_width: f64, conserve_flux: bool) {
        self.compute_body(hann, sample_region_width, conserve_flux)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f")]
    fn compute_avx512(&mut self, hann: bool, sample_region_width: f64, conserve_flux: bool) {
        self.compute_body(hann, sample_region_width, conserve_flux)
    }

    #[inline(always)]
    fn compute_body(&mut self, hann: bool, sample_region_width: f64, conserve_flux: bool) {
        if hann {
            self.lanes::<true>(sample_region_width, conserve_flux)
        } else {
            self.lanes::<false>(sample_region_width, conserve_flux)
        }
    }

    #[inline(always)]
    fn lanes<const HANN: bool>(&mut self, sample_region_width: f64, conserve_flux: bool) {
        for l in 0..LANES {
            let m = [
                self.jac[0][l],
                self.jac[1][l],
                self.jac[2][l],
                self.jac[3][l],
            ];
            let (cx, cy) = (self.cx[l], self.cy[l]);
            // `|` not `||`: no branch
            let bad = m[0].is_nan()
                | m[1].is_nan()
                | m[2].is_nan()
                | m[3].is_nan()
                | cx.is_nan()
                | cy.is_nan();
            let p = pad(&m);
            let (right, top) = if HANN {
                let f = p.forward;
                (f[0].abs() + f[1].abs(), f[2].abs() + f[3].abs())
            } else {
                let h = sample_region_width * 0.5 * p.s.0.max(p.s.1);
                (h, h)
            };
            let (left, bottom) = (-right, -top);
            let within = ((top + cy).abs() < EDGE_LIMIT)
                & ((bottom + cy).abs() < EDGE_LIMIT)
                & ((right + cx).abs() < EDGE_LIMIT)
                & ((left + cx).abs() < EDGE_LIMIT);
            self.ok[l] = !bad & within;
            // |v − round(v)| < NEAR_WHOLE for any of the four edges (round by floor(v + 0.5))
            let near = |v: f64| (v - floor(v + 0.5)).abs() < NEAR_WHOLE;
            self.near[l] =
                (near(top + cy) | near(bottom + cy) | near(right + cx) | near(left + cx))
                    & !bad
                    & within;
            self.reach[l] = right.max(top);
            self.top[l] = floor(top + cy);
            self.bottom[l] = -floor(-(bottom + cy));
            self.right[l] = floor(right + cx);
            self.left[l] = -floor(-(left + cx));
            for (e, v) in self.inv.iter_mut().zip(p.inverse) {
                e[l] = v;
            }
            self.scale[l] = if conserve_flux {
                (m[0] * m[3] - m[1] * m[2]).abs()
            } else {
                1.0
            };
        }
    }
}

/// Inputs and outputs of the Gaussian seeds of up to [`LANES`] samplings.
pub struct SeedLanes {
    /// Padded inverse Jacobians by element, centres and reaches of the samplings.
    pub inv: [[f64; LANES]; 4],
    pub cx: [f64; LANES],
    pub cy: [f64; LANES],
    pub reach: [f64; LANES],
    /// The seeds' fields (see [`Seed`]); `xc`, `yc` as whole floats.
    xc: [f64; LANES],
    yc: [f64; LANES],
    out: [[f64; LANES]; 9],
    /// 0: the seed is valid; 1: the recurrence does not serve (weigh every sample directly);
    /// 2: an exponent fell outside the inline exponential's range (recompute this lane).
    flag: [u8; LANES],
}

impl Default for SeedLanes {
    fn default() -> Self {
        let z = [0.0; LANES];
        SeedLanes {
            inv: [z; 4],
            cx: z,
            cy: z,
            reach: z,
            xc: z,
            yc: z,
            out: [z; 9],
            flag: [0; LANES],
        }
    }
}

impl SeedLanes {
    /// Sets lane `l`'s sampling (a lane left unset from an earlier chunk only costs arithmetic).
    #[inline(always)]
    pub fn set(&mut self, l: usize, inv: &[f64; 4], cx: f64, cy: f64, reach: f64) {
        for (e, v) in self.inv.iter_mut().zip(inv) {
            e[l] = *v;
        }
        self.cx[l] = cx;
        self.cy[l] = cy;
        self.reach[l] = reach;
    }

    /// Computes every lane's seed for the Gaussian of `width` output pixels.
    pub fn compute(&mut self, width: f64) {
        let k = -2.0 / (width * width);
        #[cfg(target_arch = "x86_64")]
        match isa() {
            // SAFETY: the processor supports the instructions (checked by `isa`).
            Isa::Avx512 => unsafe { self.compute_avx512(k) },
            Isa::Avx2 => unsafe { self.compute_avx2(k) },
            Isa::Baseline => self.lanes(k),
        }
        #[cfg(not(target_arch = "x86_64"))]
        self.lanes(k);
        for l in 0..LANES {
            if self.flag[l] == 2 {
                self.recompute(l, k);
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn compute_avx2(&mut self, k: f64) {
        self.lanes(k)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f")]
    fn compute_avx512(&mut self, k: f64) {
        self.lanes(k)
    }

    /// Every lane's seed by field (see [`super::simd::SeedFields`]); valid where [`Self::get`] is
    /// `Some`.
    #[cfg(target_arch = "x86_64")]
    pub fn fields(&self) -> &[[f64; LANES]; 9] {
        &self.out
    }

    /// The start pixel (xc, yc) of lane `l`'s recurrences (`None`: weigh directly).
    #[cfg(target_arch = "x86_64")]
    #[inline]
    pub fn start(&self, l: usize) -> Option<(i64, i64)> {
        (self.flag[l] != 1).then(|| (self.xc[l] as i64, self.yc[l] as i64))
    }

    /// The seed of lane `l` (`None`: weigh directly).
    #[inline]
    pub fn get(&self, l: usize) -> Option<Seed> {
        if self.flag[l] == 1 {
            return None;
        }
        let o = &self.out;
        Some(Seed {
            xc: self.xc[l] as i64,
            yc: self.yc[l] as i64,
            wc: o[0][l],
            rr: o[1][l],
            ra: o[2][l],
            gr: o[3][l],
            rc: o[4][l],
            gd: o[5][l],
            gl: o[6][l],
            gu: o[7][l],
            rl: o[8][l],
        })
    }

    /// The exponents of lane `l`: k q at the start pixel, then the ratios' (see [`Seed`]).
    #[inline(always)]
    fn exponents(&self, l: usize, k: f64) -> ([f64; 6], bool, f64, f64) {
        let j = [
            self.inv[0][l],
            self.inv[1][l],
            self.inv[2][l],
            self.inv[3][l],
        ];
        let (cx, cy) = (self.cx[l], self.cy[l]);
        // q = a dx² + 2b dx dy + c dy²
        let a = j[0] * j[0] + j[2] * j[2];
        let b = j[0] * j[1] + j[2] * j[3];
        let c = j[1] * j[1] + j[3] * j[3];
        // worst exponent on the start column over the unclipped sample region (|dx| ≤ 0.5 there)
        let r = self.reach[l];
        let worst = -k * (a * 0.25 + (b * r).abs() + c * r * r);
        let safe = worst <= MAX_START_EXPONENT; // false for NaN too
                                                // start: the input pixel nearest the centre
        let (xc, yc) = (floor(cx + 0.5), floor(cy + 0.5));
        let (dxc, dyc) = (xc - cx, yc - cy);
        let q = a * dxc * dxc + 2.0 * b * dxc * dyc + c * dyc * dyc;
        // ratios of successive weights: along a row (x → x ± 1) at row y they are
        // exp(k (a (±2 dxc + 1) ± 2 b dy)), themselves geometric in y with ratio exp(±2 k b);
        // down the start column: exp(k (c (±2 dy + 1) ± 2 b dxc)), geometric with exp(2 k c)
        let e = [
            k * q,
            2.0 * k * b,
            2.0 * k * a,
            k * (a * (2.0 * dxc + 1.0) + 2.0 * b * dyc),
            2.0 * k * c,
            k * (c * (2.0 * dyc + 1.0) + 2.0 * b * dxc),
        ];
        (e, safe, xc, yc)
    }

    /// Stores lane `l`'s seed from its six exponentials.
    #[inline(always)]
    fn store(&mut self, l: usize, [wc, rr, ra, gr, rc, gd]: [f64; 6]) {
        let o = &mut self.out;
        o[0][l] = wc;
        o[1][l] = rr;
        o[2][l] = ra;
        o[3][l] = gr;
        o[4][l] = rc;
        o[5][l] = gd;
        // the ratios either way multiply to exp(2 k a) (exp(2 k c)): one exponential fewer each
        o[6][l] = ra / gr;
        o[7][l] = rc / gd;
        o[8][l] = 1.0 / rr;
    }

    #[inline(always)]
    fn lanes(&mut self, k: f64) {
        // three loops, each over the lanes, so that the lanes (not the six exponentials of one
        // lane) are what the vector instructions hold
        let mut e = [[0.0; LANES]; 6];
        for l in 0..LANES {
            let (ex, safe, xc, yc) = self.exponents(l, k);
            let in_range = ex.iter().fold(true, |acc, x| acc & (x.abs() <= 700.0));
            for (e, x) in e.iter_mut().zip(ex) {
                e[l] = x;
            }
            self.xc[l] = xc;
            self.yc[l] = yc;
            self.flag[l] = if !safe {
                1
            } else if !in_range {
                2
            } else {
                0
            };
        }
        for (o, e) in self.out.iter_mut().zip(&e) {
            for (o, &x) in o.iter_mut().zip(e) {
                *o = exp_in_range(x);
            }
        }
        // the ratios either way multiply to exp(2 k a) (exp(2 k c)): one exponential fewer each
        let [_, rr, ra, gr, rc, gd, gl, gu, rl] = &mut self.out;
        for ((gl, ra), gr) in gl.iter_mut().zip(&*ra).zip(&*gr) {
            *gl = ra / gr;
        }
        for ((gu, rc), gd) in gu.iter_mut().zip(&*rc).zip(&*gd) {
            *gu = rc / gd;
        }
        for (rl, rr) in rl.iter_mut().zip(&*rr) {
            *rl = 1.0 / rr;
        }
    }

    /// Lane `l` again, with libm's `exp` for the exponents outside the inline one's range (so
    /// underflow, overflow and NaN behave as `exp`).
    #[cold]
    fn recompute(&mut self, l: usize, k: f64) {
        let (e, _, _, _) = self.exponents(l, k);
        self.store(l, e.map(exp_one));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numbers of every size and sign, NaN and infinities among them.
    fn values(seed: u64, n: usize) -> Vec<f64> {
        let mut x = seed;
        (0..n)
            .map(|i| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let u = (x >> 11) as f64 / (1u64 << 53) as f64;
                match i % 41 {
                    0 => f64::NAN,
                    1 => f64::INFINITY,
                    2 => 0.0,
                    3 => 1e300 * (u - 0.5),
                    _ => (u - 0.5) * 10f64.powi((i % 7) as i32 - 2),
                }
            })
            .collect()
    }

    /// Regression: the lanes compiled for AVX-512 or AVX2 (as dispatched) and for the baseline give
    /// the same bits.
    #[test]
    fn dispatched_lanes_are_the_baseline_lanes() {
        let v = values(7, 7 * LANES * 50);
        for chunk in v.chunks_exact(7 * LANES) {
            for (hann, conserve) in [(false, false), (true, true)] {
                let (mut a, mut b) = (PlanLanes::default(), PlanLanes::default());
                for l in 0..LANES {
                    let x = &chunk[7 * l..7 * l + 7];
                    let j = [x[0], x[1], x[2], x[3]];
                    a.set(l, &j, x[4] * 1e3, x[5] * 1e3);
                    b.set(l, &j, x[4] * 1e3, x[5] * 1e3);
                }
                a.compute(hann, 4.0, conserve);
                b.compute_body(hann, 4.0, conserve);
                let bits = |p: &PlanLanes| {
                    let mut all = vec![];
                    for arr in p
                        .inv
                        .iter()
                        .chain([&p.reach, &p.top, &p.bottom, &p.right, &p.left, &p.scale])
                    {
                        all.extend(arr.iter().map(|v| v.to_bits()));
                    }
                    (all, p.ok, p.near)
                };
                assert_eq!(bits(&a), bits(&b));
            }
            let (mut a, mut b) = (SeedLanes::default(), SeedLanes::default());
            for l in 0..LANES {
                let x = &chunk[7 * l..7 * l + 7];
                let inv = [x[0], x[1], x[2], x[3]].map(|v| v.clamp(-3.0, 3.0));
                a.set(l, &inv, x[4] * 1e3, x[5] * 1e3, x[6].abs() * 5.0);
                b.set(l, &inv, x[4] * 1e3, x[5] * 1e3, x[6].abs() * 5.0);
            }
            a.compute(1.3);
            let k = -2.0 / (1.3 * 1.3);
            b.lanes(k);
            for l in 0..LANES {
                if b.flag[l] == 2 {
                    b.recompute(l, k);
                }
            }
            for l in 0..LANES {
                let (sa, sb) = (a.get(l), b.get(l));
                assert_eq!(format!("{sa:?}"), format!("{sb:?}"), "lane {l}");
            }
        }
    }
}
