//! End-to-end checks of the core on analytic mappings (the comparison with reproject itself is in
//! tests/python/test_python_adaptive.py).

use super::jacobian::Lattice;
use super::sample::{sample_plane, InputWindow, PlaneShape, Scratch};
use super::*;

/// Runs the core over the whole output with blocks of `bs` pixels, for the mapping `f` (output
/// pixel → input pixel), on a `ny × nx` input image.
fn run(
    f: &dyn Fn(f64, f64) -> (f64, f64),
    img: &[f64],
    shape_in: PlaneShape,
    out: PlaneShape,
    o: &AdaptiveOptions,
    bs: usize,
) -> Vec<f64> {
    let h = halo(o);
    let mut res = vec![f64::NAN; out.ny * out.nx];
    let mut psc = PlanScratch::default();
    let mut sc = Scratch::default();
    let mut plans = Vec::new();
    for r0 in (0..out.ny).step_by(bs) {
        for c0 in (0..out.nx).step_by(bs) {
            let block = Rect {
                row0: r0,
                col0: c0,
                nrows: bs.min(out.ny - r0),
                ncols: bs.min(out.nx - c0),
            };
            // lattice of output positions offset by (dy, dx), with extra rows / columns
            let grid = |dy: f64, dx: f64, er: usize, ec: usize| {
                let (nr, nc) = (block.nrows + 2 * h + er, block.ncols + 2 * h + ec);
                let mut xs = Vec::new();
                let mut ys = Vec::new();
                for i in 0..nr {
                    for k in 0..nc {
                        let oy = r0 as f64 - h as f64 + i as f64 + dy;
                        let ox = c0 as f64 - h as f64 + k as f64 + dx;
                        let (x, y) = f(ox, oy);
                        xs.push(x);
                        ys.push(y);
                    }
                }
                (xs, ys, nr, nc)
            };
            let (cx, cy, cr, cc) = grid(0.0, 0.0, 0, 0);
            let (mxx, mxy, mxr, mxc) = grid(0.0, -0.5, 0, 1);
            let (myx, myy, myr, myc) = grid(-0.5, 0.0, 1, 0);
            let lat = BlockLattices {
                block,
                out_shape: out,
                centres: Lattice {
                    x: &cx,
                    y: &cy,
                    nrows: cr,
                    ncols: cc,
                },
                midpoints: o.center_jacobian.then_some((
                    Lattice {
                        x: &mxx,
                        y: &mxy,
                        nrows: mxr,
                        ncols: mxc,
                    },
                    Lattice {
                        x: &myx,
                        y: &myy,
                        nrows: myr,
                        ncols: myc,
                    },
                )),
                halo: h,
            };
            let win = plan_block(&lat, o, shape_in, &mut psc, &mut plans);
            let data: Vec<f64> = win.map_or(vec![], |w| {
                (0..w.nrows)
                    .flat_map(|i| {
                        let s = (w.row0 + i) * shape_in.nx + w.col0;
                        img[s..s + w.ncols].to_vec()
                    })
                    .collect()
            });
            let input = win.map(|rect| InputWindow { data: &data, rect });
            let n = block.nrows * block.ncols;
            let (mut v, mut fp) = (vec![0.0; n], vec![0.0; n]);
            sample_plane(
                &plans,
                input.as_ref(),
                shape_in,
                o,
                &mut sc,
                &mut v,
                &mut fp,
            );
            for i in 0..block.nrows {
                for k in 0..block.ncols {
                    res[(r0 + i) * out.nx + c0 + k] = v[i * block.ncols + k];
                    assert_eq!(
                        fp[i * block.ncols + k],
                        if !v[i * block.ncols + k].is_nan() {
                            1.0
                        } else {
                            0.0
                        }
                    );
                }
            }
        }
    }
    res
}

fn image(shape: PlaneShape) -> Vec<f64> {
    (0..shape.ny * shape.nx)
        .map(|k| {
            let (y, x) = ((k / shape.nx) as f64, (k % shape.nx) as f64);
            (x * 0.3).sin() + (y * 0.17).cos() * 2.0 + 0.01 * x * y
        })
        .collect()
}

const S: PlaneShape = PlaneShape { ny: 20, nx: 24 };

#[test]
fn hann_on_the_identity_copies_the_input() {
    let o = AdaptiveOptions {
        kernel: AdaptiveKernel::Hann,
        ..Default::default()
    };
    let img = image(S);
    let out = run(&|x, y| (x, y), &img, S, S, &o, 7);
    // strict boundary: the Hann box (±1 px) of edge pixels reaches outside
    for r in 0..S.ny {
        for c in 0..S.nx {
            let v = out[r * S.nx + c];
            if r == 0 || c == 0 || r == S.ny - 1 || c == S.nx - 1 {
                assert!(v.is_nan(), "({r},{c}) = {v}");
            } else {
                assert_eq!(v, img[r * S.nx + c]);
            }
        }
    }
}

#[test]
fn gaussian_on_a_shift_matches_the_direct_sum() {
    let o = AdaptiveOptions {
        boundary_mode: BoundaryMode::Ignore,
        ..Default::default()
    };
    let img = image(S);
    let (dx, dy) = (0.3, -0.4);
    let out = run(&|x, y| (x + dx, y + dy), &img, S, S, &o, 5);
    let (r, c) = (9usize, 11usize);
    let (px, py) = (c as f64 + dx, r as f64 + dy);
    let (mut num, mut den) = (0.0, 0.0);
    for y in 0..S.ny {
        for x in 0..S.nx {
            let (ox, oy) = (x as f64 - px, y as f64 - py);
            // the box: |offset| <= 4/2 in input pixels
            if ox.abs() > 2.0 || oy.abs() > 2.0 {
                continue;
            }
            let w = (-(ox * ox + oy * oy) / (1.3 * 1.3) * 2.0).exp();
            num += w * img[y * S.nx + x];
            den += w;
        }
    }
    assert!((out[r * S.nx + c] - num / den).abs() < 1e-13);
}

#[test]
fn downsampling_averages_and_conserve_flux_scales_by_the_area() {
    let img = vec![3.0; S.ny * S.nx];
    let o = AdaptiveOptions {
        boundary_mode: BoundaryMode::Ignore,
        ..Default::default()
    };
    let small = PlaneShape { ny: 6, nx: 7 };
    let f = |x: f64, y: f64| (3.0 * x + 1.0, 3.0 * y + 1.0);
    let out = run(&f, &img, S, small, &o, 4);
    assert!(out.iter().all(|v| (v - 3.0).abs() < 1e-12), "{out:?}");
    let o = AdaptiveOptions {
        conserve_flux: true,
        ..o
    };
    let out = run(&f, &img, S, small, &o, 4);
    assert!(out.iter().all(|v| (v - 27.0).abs() < 1e-11), "{out:?}");
}

#[test]
fn boundary_modes_decide_outside_samples() {
    let img = image(S);
    let f = |x: f64, y: f64| (x - 3.5, y + 0.25);
    let base = AdaptiveOptions::default();
    let with = |m| AdaptiveOptions {
        boundary_mode: m,
        boundary_fill_value: 7.0,
        ..base
    };
    let strict = run(&f, &img, S, S, &base, 8);
    let grid = run(&f, &img, S, S, &with(BoundaryMode::GridConstant), 8);
    let constant = run(&f, &img, S, S, &with(BoundaryMode::Constant), 8);
    let ignore = run(&f, &img, S, S, &with(BoundaryMode::Ignore), 8);
    let nearest = run(&f, &img, S, S, &with(BoundaryMode::Nearest), 8);
    let at = |v: &[f64], r: usize, c: usize| v[r * S.nx + c];
    // column 0 maps to x = -3.5: its box (-5.5..-1.5) is entirely outside
    assert!(
        at(&strict, 5, 0).is_nan() && at(&constant, 5, 0).is_nan() && at(&ignore, 5, 0).is_nan()
    );
    assert_eq!(at(&grid, 5, 0), 7.0);
    // nearest: the left column's values, weighted along y only
    assert!((at(&nearest, 5, 0) - at(&nearest, 5, 1)).abs() < 1e-12);
    // inside: every mode agrees
    for m in [&grid, &constant, &ignore, &nearest] {
        assert_eq!(at(m, 10, 12), at(&strict, 10, 12));
    }
    // a partial box: constant mixes in the fill value, ignore leaves it out
    let c = 4; // x = 0.5, box 0..=2 after ceil/floor of -1.5..2.5 → -1..=2
    assert!(at(&strict, 10, c).is_nan());
    assert!(at(&constant, 10, c) != at(&ignore, 10, c));
    let thr = |t| AdaptiveOptions {
        boundary_mode: BoundaryMode::IgnoreThreshold,
        boundary_ignore_threshold: t,
        ..base
    };
    assert_eq!(
        at(&run(&f, &img, S, S, &thr(0.9), 8), 10, c),
        at(&ignore, 10, c)
    );
    assert!(at(&run(&f, &img, S, S, &thr(0.01), 8), 10, c).is_nan());
    // regression (reproject's test_boundary_modes): with threshold 1, ignore_threshold is ignore,
    // bit for bit on every pixel, also where ignore's clamped box touches the input's edge
    let all = run(&f, &img, S, S, &thr(1.0), 8);
    assert!(all
        .iter()
        .zip(&ignore)
        .all(|(a, b)| a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())));
}

#[test]
fn cyclic_axis_wraps_and_bad_values_follow_their_mode() {
    let mut img = image(S);
    let f = |x: f64, y: f64| (x - 3.0, y);
    let o = AdaptiveOptions {
        x_cyclic: true,
        ..Default::default()
    };
    let shifted = run(&f, &img, S, S, &o, 6);
    let wrapped = run(&|x, y| (x - 3.0 + S.nx as f64, y), &img, S, S, &o, 6);
    assert_eq!(at2(&shifted, 10, 0), at2(&wrapped, 10, 0));
    assert!(at2(&shifted, 10, 0).is_finite());
    img[10 * S.nx + 12] = f64::NAN;
    let ident = |x: f64, y: f64| (x, y);
    let strict = run(&ident, &img, S, S, &AdaptiveOptions::default(), 6);
    assert!(strict[10 * S.nx + 12].is_nan() && strict[10 * S.nx + 14].is_nan());
    let ig = AdaptiveOptions {
        bad_value_mode: BadValueMode::Ignore,
        ..Default::default()
    };
    assert!(run(&ident, &img, S, S, &ig, 6)[10 * S.nx + 12].is_finite());
    let cst = AdaptiveOptions {
        bad_value_mode: BadValueMode::Constant,
        bad_fill_value: 1e6,
        ..Default::default()
    };
    assert!(run(&ident, &img, S, S, &cst, 6)[10 * S.nx + 12] > 1e4);
}

fn at2(v: &[f64], r: usize, c: usize) -> f64 {
    v[r * S.nx + c]
}

#[test]
fn any_block_size_gives_the_same_bits() {
    let img = image(S);
    let f = |x: f64, y: f64| {
        let (c, s) = (0.3f64.cos(), 0.3f64.sin());
        (
            1.7 * (c * x - s * y) + 0.01 * x * x + 6.0,
            1.7 * (s * x + c * y) - 4.0,
        )
    };
    let out = PlaneShape { ny: 13, nx: 11 };
    for o in [
        AdaptiveOptions {
            boundary_mode: BoundaryMode::Nearest,
            ..Default::default()
        },
        AdaptiveOptions {
            kernel: AdaptiveKernel::Hann,
            center_jacobian: true,
            ..Default::default()
        },
        AdaptiveOptions {
            despike_jacobian: true,
            boundary_mode: BoundaryMode::Constant,
            ..Default::default()
        },
        AdaptiveOptions {
            despike_jacobian: true,
            center_jacobian: true,
            ..Default::default()
        },
    ] {
        let one = run(&f, &img, S, out, &o, 64);
        assert!(one.iter().any(|v| v.is_finite()));
        for bs in [1, 2, 5] {
            let many = run(&f, &img, S, out, &o, bs);
            let same = one
                .iter()
                .zip(&many)
                .all(|(a, b)| a.to_bits() == b.to_bits());
            assert!(same, "{o:?} block {bs}");
        }
    }
}

/// The rounding trick of `sample::floor` is `f64::floor` over the range plans use (|x| ≤ 1.1e15):
/// integers, halves, the neighbours of integers, negative values and large ones.
#[test]
fn floor_without_conversions_is_floor() {
    let mut xs = vec![
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.0,
        -1.0,
        1.1e15,
        -1.1e15,
        1.1e15 - 0.5,
    ];
    for i in -3000i64..3000 {
        let x = i as f64 * 0.37;
        xs.extend([
            x,
            x.floor(),
            x.next_up(),
            x.floor().next_down(),
            x.floor().next_up(),
        ]);
    }
    for e in 0..50 {
        let b = (1u64 << e) as f64;
        xs.extend([b, b + 0.5, -b - 0.5, b - 0.25, -(b * 1.5 + 0.75)]);
    }
    for x in xs {
        assert_eq!(sample::floor(x), x.floor(), "{x:e}");
    }
}

/// Regression: the vector paths (plans and seeds side by side, Gaussian and Hann sums eight or
/// four pixels at a time) must give the one-pixel-at-a-time path's bits, in every bad-value mode and at the
/// boundaries, with NaNs and infinities in the input.
#[test]
#[cfg(target_arch = "x86_64")]
fn vector_sums_are_the_scalar_sums_bit_for_bit() {
    use super::simd::WIDTH_LIMIT;
    let big = PlaneShape { ny: 61, nx: 67 };
    let mut img = image(big);
    for k in (0..img.len()).step_by(37) {
        img[k] = if k % 2 == 0 { f64::NAN } else { f64::INFINITY };
    }
    // rotated, slightly sheared and scaled, so that box sizes and start pixels vary
    let f = |x: f64, y: f64| {
        (
            0.93 * x - 0.41 * y + 0.002 * x * y + 20.3,
            0.38 * x + 1.07 * y - 0.001 * x * x + 2.7,
        )
    };
    let out = PlaneShape { ny: 53, nx: 59 };
    let mut grouped = 0;
    for bad in [
        BadValueMode::Strict,
        BadValueMode::Ignore,
        BadValueMode::Constant,
    ] {
        for boundary in [
            BoundaryMode::Strict,
            BoundaryMode::Ignore,
            BoundaryMode::Constant,
        ] {
            for (kernel, width) in [
                (AdaptiveKernel::Gaussian, 1.3),
                (AdaptiveKernel::Gaussian, 2.9),
                (AdaptiveKernel::Hann, 1.3),
            ] {
                let o = AdaptiveOptions {
                    bad_value_mode: bad,
                    bad_fill_value: -2.5,
                    boundary_mode: boundary,
                    kernel,
                    kernel_width: width,
                    ..Default::default()
                };
                let runs: Vec<Vec<f64>> = [0, 4, 8]
                    .iter()
                    .map(|&w| {
                        WIDTH_LIMIT.set(Some(w));
                        let r = run(&f, &img, big, out, &o, 16);
                        WIDTH_LIMIT.set(None);
                        r
                    })
                    .collect();
                for r in &runs[1..] {
                    for (a, b) in runs[0].iter().zip(r) {
                        assert_eq!(
                            a.to_bits(),
                            b.to_bits(),
                            "{kernel:?} {bad:?} {boundary:?} {width}"
                        );
                    }
                }
                grouped += runs[0].iter().filter(|v| v.is_finite()).count();
            }
        }
    }
    assert!(grouped > 10_000, "{grouped}");
}
