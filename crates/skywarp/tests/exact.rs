//! Exact overlap reprojection, engine-level guarantees that do not need the Python oracle: flux is
//! conserved at every pixel scale (both numerical paths), blocking and threading never change a bit,
//! NaN input pixels blank exactly the output pixels they overlap.

use skywarp::exact::Exact;
use skywarp::{reproject_exact, ArraySink, ArraySource, RunOptions};
use skywarp_wcs::Wcs;

fn cards(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l:<80}")).collect()
}

fn tan(crval: (f64, f64), crpix: (f64, f64), scale: f64, rot_deg: f64) -> Wcs {
    let r = rot_deg.to_radians();
    Wcs::from_cards(&cards(&[
        "CTYPE1  = 'RA---TAN'".to_string(),
        "CTYPE2  = 'DEC--TAN'".to_string(),
        format!("CRVAL1  = {:.12}", crval.0),
        format!("CRVAL2  = {:.12}", crval.1),
        format!("CRPIX1  = {:.6}", crpix.0),
        format!("CRPIX2  = {:.6}", crpix.1),
        format!("CD1_1   = {:.17E}", -scale * r.cos()),
        format!("CD1_2   = {:.17E}", scale * r.sin()),
        format!("CD2_1   = {:.17E}", scale * r.sin()),
        format!("CD2_2   = {:.17E}", scale * r.cos()),
    ]))
    .unwrap()
}

/// Solid angle of the pixel at 0-based (x, y) of a TAN grid with `scale` radians per pixel and
/// reference pixel `crpix` (1-based): in the gnomonic plane the pixel is a square (up to a rotation
/// and reflection about the tangent point, which keep areas), and the solid angle of
/// [x1, x2] × [y1, y2] there is the four-corner difference of atan(x·y / √(1 + x² + y²)).
fn tan_pixel_area(scale: f64, crpix: (f64, f64), x: f64, y: f64) -> f64 {
    let f = |u: f64, v: f64| (u * v / (1.0 + u * u + v * v).sqrt()).atan();
    let (u0, u1) = (scale * (x + 0.5 - crpix.0), scale * (x + 1.5 - crpix.0));
    let (v0, v1) = (scale * (y + 0.5 - crpix.1), scale * (y + 1.5 - crpix.1));
    (f(u1, v1) - f(u0, v1) - f(u1, v0) + f(u0, v0)).abs()
}

struct Out {
    values: Vec<f64>,
    footprint: Vec<f64>,
}

fn run(
    data: &[f64],
    shape_in: &[usize],
    wcs_in: &Wcs,
    wcs_out: &Wcs,
    shape_out: &[usize],
    opts: &RunOptions,
) -> Out {
    let n: usize = shape_out.iter().product();
    let (mut values, mut footprint) = (vec![0.0; n], vec![0.0; n]);
    let src = ArraySource::new(data, shape_in).unwrap();
    let sink = ArraySink::new(&mut values, Some(&mut footprint), shape_out).unwrap();
    reproject_exact(&src, wcs_in, wcs_out, shape_out, &sink, opts, None).unwrap();
    drop(sink);
    Out { values, footprint }
}

/// A smooth positive image with a few bright spots.
fn image(n: usize) -> Vec<f64> {
    let mut v = vec![0.0; n * n];
    for y in 0..n {
        for x in 0..n {
            let (dx, dy) = (x as f64 - 0.4 * n as f64, y as f64 - 0.6 * n as f64);
            v[y * n + x] = 10.0
                + 0.3 * x as f64
                + 50.0 * (-(dx * dx + dy * dy) / 8.0).exp()
                + ((x * 7 + y * 13) % 5) as f64;
        }
    }
    v
}

/// Relative flux error of an input lying wholly inside the output, for pixels of `arcsec`.
fn flux_error(arcsec: f64) -> (f64, bool) {
    let s_in = arcsec / 3600.0;
    let (n_in, n_out) = (20usize, 56usize);
    let crval = (150.0, 30.0);
    let cp_in = (10.3, 9.8);
    let cp_out = (28.6, 27.9);
    let s_out = 0.7 * s_in;
    let wcs_in = tan(crval, cp_in, s_in, 0.0);
    // offset by a few output pixels and rotated by 30°
    let off = (
        crval.0 + 2.3 * s_out / 30f64.to_radians().cos(),
        crval.1 - 1.7 * s_out,
    );
    let wcs_out = tan(off, cp_out, s_out, 30.0);
    let data = image(n_in);
    let opts = RunOptions {
        block: Some((17, 23)),
        threads: Some(2),
        ..RunOptions::default()
    };
    let out = run(
        &data,
        &[n_in, n_in],
        &wcs_in,
        &wcs_out,
        &[n_out, n_out],
        &opts,
    );
    let (si, so) = (s_in.to_radians(), s_out.to_radians());
    let mut flux_in = 0.0;
    for y in 0..n_in {
        for x in 0..n_in {
            flux_in += data[y * n_in + x] * tan_pixel_area(si, cp_in, x as f64, y as f64);
        }
    }
    let mut flux_out = 0.0;
    for y in 0..n_out {
        for x in 0..n_out {
            let k = y * n_out + x;
            if out.footprint[k] > 0.0 {
                let a = tan_pixel_area(so, cp_out, x as f64, y as f64);
                flux_out += out.values[k] * out.footprint[k] * a;
            }
        }
    }
    // the input must lie wholly inside: the border of the output is empty
    for i in 0..n_out {
        for k in [i, (n_out - 1) * n_out + i, i * n_out, i * n_out + n_out - 1] {
            assert_eq!(out.footprint[k], 0.0, "input not inside the output");
        }
    }
    let fine = Exact::new(&wcs_in, &wcs_out, (n_in, n_in), (n_out, n_out))
        .unwrap()
        .is_fine();
    ((flux_out - flux_in).abs() / flux_in, fine)
}

#[test]
fn flux_is_conserved_at_every_pixel_scale() {
    for arcsec in [3600.0, 60.0, 1.0, 1e-2, 1e-3, 1e-4, 1e-5] {
        let (err, fine) = flux_error(arcsec);
        eprintln!("{arcsec:>8}\" pixels: relative flux error {err:.2e} (fine path: {fine})");
        assert_eq!(fine, arcsec <= 1.0, "path for {arcsec}\"");
        assert!(
            err <= 1e-9,
            "{arcsec}\" pixels: relative flux error {err:e}"
        );
    }
}

fn same_bits(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
}

#[test]
fn blocked_and_threaded_runs_equal_one_block_bit_for_bit() {
    // both paths: 0.5″ pixels (planar) and 20″ pixels (spherical), two broadcast planes
    for arcsec in [0.5, 20.0] {
        let s = arcsec / 3600.0;
        let n = 60;
        let wcs_in = tan((10.0, -40.0), (30.0, 31.0), s, 0.0);
        let wcs_out = tan((10.0 + 3.0 * s, -40.0), (41.0, 37.0), 0.8 * s, 12.0);
        let mut data = image(n);
        data.extend(image(n).iter().map(|v| 2.0 * v - 5.0));
        let (shin, shout) = ([2, n, n], [2, 75, 80]);
        let one = RunOptions {
            block: Some((75, 80)),
            threads: Some(1),
            ..RunOptions::default()
        };
        let reference = run(&data, &shin, &wcs_in, &wcs_out, &shout, &one);
        assert!(reference.values.iter().any(|v| v.is_finite()));
        for (block, threads) in [((7, 9), 2), ((64, 64), 2), ((1, 80), 1), ((33, 5), 3)] {
            let opts = RunOptions {
                block: Some(block),
                threads: Some(threads),
                ..RunOptions::default()
            };
            let got = run(&data, &shin, &wcs_in, &wcs_out, &shout, &opts);
            assert!(
                same_bits(&got.values, &reference.values),
                "{arcsec}\" {block:?}"
            );
            assert!(
                same_bits(&got.footprint, &reference.footprint),
                "{arcsec}\" {block:?}"
            );
        }
        // the second plane is the first one's affine image (weights are shared)
        let (a, b) = reference.values.split_at(75 * 80);
        for (x, y) in a.iter().zip(b) {
            if x.is_finite() {
                assert!((y - (2.0 * x - 5.0)).abs() <= 1e-12 * x.abs().max(1.0));
            }
        }
    }
}

#[test]
fn a_nan_pixel_blanks_exactly_the_output_pixels_it_overlaps() {
    // output pixels are input pixels shifted by half a pixel: input (5, 7) overlaps outputs
    // (4..=5, 6..=7) (the output pixel (i, j) is centred on input (i + 0.5, j + 0.5))
    for arcsec in [1.0, 30.0] {
        let s = arcsec / 3600.0;
        let n = 12;
        let wcs_in = tan((200.0, 10.0), (6.0, 6.0), s, 0.0);
        let wcs_out = tan((200.0, 10.0), (5.5, 5.5), s, 0.0);
        let mut data = image(n);
        data[5 * n + 7] = f64::NAN;
        let out = run(
            &data,
            &[n, n],
            &wcs_in,
            &wcs_out,
            &[n, n],
            &RunOptions::default(),
        );
        for i in 0..n - 1 {
            for j in 0..n - 1 {
                let k = i * n + j;
                let blank = (4..=5).contains(&i) && (6..=7).contains(&j);
                assert_eq!(out.values[k].is_nan(), blank, "{arcsec}\" ({i}, {j})");
                assert!(
                    (out.footprint[k] - 1.0).abs() < 1e-9,
                    "{arcsec}\" ({i}, {j})"
                );
            }
        }
        // a clean interior pixel is the mean of its four quarters
        let k = 2 * n + 2;
        let want = 0.25 * (data[2 * n + 2] + data[2 * n + 3] + data[3 * n + 2] + data[3 * n + 3]);
        assert!((out.values[k] - want).abs() < 1e-6 * want, "{arcsec}\"");
    }
}
