//! Engine-level guarantees that do not need the Python oracle: blocking and threading never change a
//! bit, the adaptive grid stays within its tolerance of the exact mapping, broadcasting shares the map.

use skywarp::coords::CoordMode;
use skywarp::{reproject_interp, ArraySink, ArraySource, InterpOptions, Order};
use skywarp_wcs::Wcs;

mod common;
use common::{image, tan};

fn run(
    opts: &InterpOptions,
    wcs_in: &Wcs,
    wcs_out: &Wcs,
    shape_out: &[usize],
    data: &[f32],
    shape_in: &[usize],
) -> Vec<f64> {
    let n: usize = shape_out.iter().product();
    let mut out = vec![0.0f64; n];
    let mut fp = vec![0.0f64; n];
    let src = ArraySource::new(data, shape_in).unwrap();
    let sink = ArraySink::new(&mut out, Some(&mut fp), shape_out).unwrap();
    reproject_interp(&src, wcs_in, wcs_out, shape_out, &sink, opts, None).unwrap();
    drop(sink);
    for (v, f) in out.iter().zip(&fp) {
        assert_eq!(
            v.is_finite(),
            *f == 1.0,
            "footprint is 1 exactly where the output is finite"
        );
    }
    out
}

fn same_bits(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
}

#[test]
fn blocked_and_threaded_runs_equal_one_block_bit_for_bit() {
    let (data, shape) = image();
    let wcs_in = tan((150.0, 2.0), (150.5, 140.5), 1.0 / 3600.0, 0.0, "icrs");
    let wcs_out = tan(
        (236.959_277_85, 41.927_185_37),
        (160.0, 150.0),
        1.1 / 3600.0,
        30.0,
        "galactic",
    );
    let shape_out = [310usize, 330];
    for order in [
        Order::Nearest,
        Order::Bilinear,
        Order::Biquadratic,
        Order::Bicubic,
    ] {
        let base = InterpOptions {
            order,
            block: Some((10_000, 10_000)),
            threads: Some(1),
            ..Default::default()
        };
        let reference = run(&base, &wcs_in, &wcs_out, &shape_out, &data, &shape);
        assert!(reference.iter().filter(|v| v.is_finite()).count() > 10_000);
        for (block, threads) in [((37, 53), 8), ((64, 64), 2), ((1, 330), 3), ((310, 7), 8)] {
            let o = InterpOptions {
                block: Some(block),
                threads: Some(threads),
                ..base.clone()
            };
            let got = run(&o, &wcs_in, &wcs_out, &shape_out, &data, &shape);
            assert!(
                same_bits(&reference, &got),
                "{order:?} block {block:?} threads {threads}"
            );
        }
    }
}

#[test]
fn adaptive_grid_stays_within_tolerance_of_exact_mapping() {
    let (data, shape) = image();
    let wcs_in = tan((150.0, 2.0), (150.5, 140.5), 1.0 / 3600.0, 0.0, "icrs");
    let wcs_out = tan((150.01, 2.0), (150.0, 150.0), 0.9 / 3600.0, 17.0, "icrs");
    let shape_out = [300usize, 300];
    let exact = InterpOptions {
        coords: CoordMode::Exact,
        ..Default::default()
    };
    let e = run(&exact, &wcs_in, &wcs_out, &shape_out, &data, &shape);
    let g = run(
        &InterpOptions::default(),
        &wcs_in,
        &wcs_out,
        &shape_out,
        &data,
        &shape,
    );
    let max_in = data
        .iter()
        .filter(|v| v.is_finite())
        .fold(0f64, |m, &v| m.max((v as f64).abs()));
    let mut worst = 0f64;
    for (a, b) in e.iter().zip(&g) {
        assert_eq!(a.is_nan(), b.is_nan());
        if a.is_finite() {
            worst = worst.max((a - b).abs());
        }
    }
    assert!(
        worst <= 1e-7 * max_in,
        "grid vs exact: {worst} (max input {max_in})"
    );
}

#[test]
fn leading_axes_are_independent_images_sharing_the_map() {
    let (data, shape) = image();
    let wcs_in = tan((150.0, 2.0), (150.5, 140.5), 1.0 / 3600.0, 0.0, "icrs");
    let wcs_out = tan((150.01, 2.0), (150.0, 150.0), 0.9 / 3600.0, 17.0, "icrs");
    let doubled: Vec<f32> = data.iter().map(|v| v * 2.0).collect();
    let stack: Vec<f32> = data.iter().chain(doubled.iter()).copied().collect();
    let stack_shape = [2, shape[0], shape[1]];
    let one = run(
        &InterpOptions::default(),
        &wcs_in,
        &wcs_out,
        &[300, 300],
        &data,
        &shape,
    );
    let both = run(
        &InterpOptions::default(),
        &wcs_in,
        &wcs_out,
        &[2, 300, 300],
        &stack,
        &stack_shape,
    );
    assert!(same_bits(&one, &both[..one.len()]));
    for (a, b) in one.iter().zip(&both[one.len()..]) {
        assert!((a * 2.0 - b).abs() <= 1e-9 * a.abs().max(1.0) || (a.is_nan() && b.is_nan()));
    }
}

#[test]
fn mismatched_shapes_are_value_errors_with_reproject_messages() {
    let (data, shape) = image();
    let wcs = tan((150.0, 2.0), (150.5, 140.5), 1.0 / 3600.0, 0.0, "icrs");
    let src = ArraySource::new(&data, &shape).unwrap();
    let mut out = vec![0.0f64; 2 * 10 * 10];
    let sink = ArraySink::<f64>::new(&mut out, None, &[2, 10, 10]).unwrap();
    let e = reproject_interp(
        &src,
        &wcs,
        &wcs,
        &[2, 10, 10],
        &sink,
        &InterpOptions::default(),
        None,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "Number of dimensions in input and output data should match"
    );
}
