//! End-to-end tests of the public API on small FITS files: masters against eloy's formulas
//! computed the obvious way, calibration, provenance, resumability and per-file errors.

use std::path::{Path, PathBuf};

use skywarp_calib::master::{fingerprint_files, load_if_current};
use skywarp_calib::{
    calibrate_frame, calibrate_in_place, calibrate_many, master_bias, master_dark, master_flat,
    BadPixelMask, CalibrateOptions, CombineMethod, DarkScaling, FlatNormalization, InvalidPixels,
    Master, MasterKind, MasterOptions, Masters, NoiseModel, Outcome, Param,
};
use skywarp_fits::{read_image, HduSelector, Header};

const H: usize = 23;
const W: usize = 31;

/// Deterministic pseudo-random values in [0, 1).
fn noise(seed: u64, p: usize) -> f32 {
    let mut x =
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (p as u64).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 31;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 29;
    (x >> 40) as f32 / (1u64 << 24) as f32
}

fn bias_map(p: usize) -> f32 {
    1000.0 + (p % W) as f32 * 0.5
}
fn dark_rate(p: usize) -> f32 {
    0.05 + if p % 41 == 7 { 3.0 } else { 0.0 }
}
fn flat_map(p: usize) -> f32 {
    0.8 + 0.4 * (p / W) as f32 / H as f32
}

fn write(dir: &Path, name: &str, data: &[f32], exptime: Option<f64>) -> PathBuf {
    let mut h = Header::new();
    h.set_str("IMAGETYP", "TEST").unwrap();
    if let Some(t) = exptime {
        h.set_f64("EXPTIME", t).unwrap();
    }
    h.set_f64("GAIN", 2.0).unwrap();
    h.set_f64("RDNOISE", 4.0).unwrap();
    let path = dir.join(name);
    skywarp_fits::write_image(&path, &h, data, &[H, W]).unwrap();
    path
}

struct Set {
    bias: Vec<(PathBuf, Vec<f32>)>,
    dark: Vec<(PathBuf, Vec<f32>, f64)>,
    flat: Vec<(PathBuf, Vec<f32>, f64)>,
}

fn make_set(dir: &Path, nb: usize, nd: usize, nf: usize) -> Set {
    let n = H * W;
    let bias = (0..nb)
        .map(|i| {
            let d: Vec<f32> = (0..n)
                .map(|p| {
                    if p == 5 && i == 0 {
                        f32::NAN
                    } else {
                        bias_map(p) + 10.0 * noise(i as u64, p)
                    }
                })
                .collect();
            (write(dir, &format!("bias_{i}.fits"), &d, Some(0.0)), d)
        })
        .collect();
    let dark = (0..nd)
        .map(|i| {
            let t = 30.0 + 15.0 * i as f64;
            let d: Vec<f32> = (0..n)
                .map(|p| bias_map(p) + dark_rate(p) * t as f32 + 10.0 * noise(100 + i as u64, p))
                .collect();
            (write(dir, &format!("dark_{i}.fits"), &d, Some(t)), d, t)
        })
        .collect();
    let flat = (0..nf)
        .map(|i| {
            let t = 2.0 + i as f64;
            let level = 20000.0 + 3000.0 * i as f32;
            let d: Vec<f32> = (0..n)
                .map(|p| {
                    if p == 77 && i == 1 {
                        f32::NAN
                    } else {
                        bias_map(p)
                            + dark_rate(p) * t as f32
                            + level * flat_map(p) * (1.0 + 0.01 * noise(200 + i as u64, p))
                    }
                })
                .collect();
            (write(dir, &format!("flat_{i}.fits"), &d, Some(t)), d, t)
        })
        .collect();
    Set { bias, dark, flat }
}

fn nanmedian(v: &[f32]) -> f32 {
    let mut f: Vec<f64> = v
        .iter()
        .filter(|x| !x.is_nan())
        .map(|&x| x as f64)
        .collect();
    if f.is_empty() {
        return f32::NAN;
    }
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let k = f.len();
    if k % 2 == 1 {
        f[k / 2] as f32
    } else {
        ((f[k / 2 - 1] + f[k / 2]) / 2.0) as f32
    }
}

fn median_stack(frames: &[Vec<f32>]) -> Vec<f32> {
    (0..frames[0].len())
        .map(|p| nanmedian(&frames.iter().map(|f| f[p]).collect::<Vec<_>>()))
        .collect()
}

fn assert_close(got: &[f32], want: &[f32], rel: f32, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}");
    for (p, (&g, &w)) in got.iter().zip(want).enumerate() {
        let ok =
            (g.is_nan() && w.is_nan()) || (g - w).abs() <= rel * g.abs().max(w.abs()).max(1e-3);
        assert!(ok, "{what} pixel {p}: {g} vs {w}");
    }
}

fn read(path: &Path, hdu: HduSelector) -> (Vec<f32>, Header) {
    let img = read_image::<f32>(path, &hdu).unwrap();
    assert_eq!(img.shape, vec![H, W]);
    (img.data, img.header)
}

#[test]
fn masters_follow_eloy_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let set = make_set(dir.path(), 4, 3, 5);
    let opts = MasterOptions::default();
    let files = |v: Vec<PathBuf>| v;

    // bias: nanmedian of an even count (mean of the two middle values), NaN ignored.
    let bias = master_bias(
        &files(set.bias.iter().map(|b| b.0.clone()).collect()),
        &opts,
    )
    .unwrap();
    let want_bias = median_stack(&set.bias.iter().map(|b| b.1.clone()).collect::<Vec<_>>());
    assert_close(&bias.data, &want_bias, 1e-7, "bias");
    assert_eq!(bias.header.get_i64("NCOMBINE"), Some(4));

    // dark: nanmedian((dark - bias) / t), float32 arithmetic.
    let darks: Vec<PathBuf> = set.dark.iter().map(|d| d.0.clone()).collect();
    let dark = master_dark(&darks, Some(&bias), &opts).unwrap();
    let reduced: Vec<Vec<f32>> = set
        .dark
        .iter()
        .map(|(_, d, t)| {
            d.iter()
                .zip(&bias.data)
                .map(|(&x, &b)| (x - b) / *t as f32)
                .collect()
        })
        .collect();
    assert_close(&dark.data, &median_stack(&reduced), 1e-6, "dark");
    assert_eq!(dark.header.get_str("SWDKMODE"), Some("RATE"));
    assert_eq!(dark.header.get_f64("EXPTIME"), Some(1.0));
    // The dark rate is recovered (bias noise aside).
    let p = 7 + 41 * 3;
    assert!(
        (dark.data[p] - dark_rate(p)).abs() < 0.5,
        "{}",
        dark.data[p]
    );

    // flat: nanmedian((flat - bias - dark*t) / mean), mean over finite pixels.
    let flats: Vec<PathBuf> = set.flat.iter().map(|f| f.0.clone()).collect();
    let flat = master_flat(&flats, Some(&bias), Some(&dark), &opts).unwrap();
    let reduced: Vec<Vec<f32>> = set
        .flat
        .iter()
        .map(|(_, f, t)| {
            let r: Vec<f32> = f
                .iter()
                .zip(&bias.data)
                .zip(&dark.data)
                .map(|((&x, &b), &d)| x - b - d * *t as f32)
                .collect();
            let fin: Vec<f64> = r
                .iter()
                .filter(|x| x.is_finite())
                .map(|&x| x as f64)
                .collect();
            let m = (fin.iter().sum::<f64>() / fin.len() as f64) as f32;
            r.iter().map(|&x| x / m).collect()
        })
        .collect();
    let want_flat = median_stack(&reduced);
    assert_close(&flat.data, &want_flat, 1e-6, "flat");
    let mean: f64 = flat.data.iter().map(|&x| x as f64).sum::<f64>() / flat.data.len() as f64;
    assert!((mean - 1.0).abs() < 0.01, "flat mean {mean}");
    let rep = flat.report.as_ref().unwrap();
    assert_eq!(rep.scales.len(), 5);

    // The same flat streamed in bands with a tiny budget (normalisation by a first pass).
    let small = MasterOptions {
        memory_budget: 5 * W * 4 * 3,
        ..MasterOptions::default()
    };
    let flat2 = master_flat(&flats, Some(&bias), Some(&dark), &small).unwrap();
    assert_eq!(flat2.report.as_ref().unwrap().passes, 2);
    assert_close(&flat2.data, &flat.data, 1e-6, "banded flat");

    // Median normalisation (ccdproc idiom).
    let med = MasterOptions {
        flat_normalization: FlatNormalization::Median,
        ..MasterOptions::default()
    };
    let flat3 = master_flat(&flats, Some(&bias), Some(&dark), &med).unwrap();
    let mut sorted = flat3.data.clone();
    sorted.sort_by(f32::total_cmp);
    assert!((sorted[sorted.len() / 2] - 1.0).abs() < 0.02);
    assert_eq!(flat3.header.get_str("SWFLNORM"), Some("MEDIAN"));

    // Written masters read back identically, with provenance.
    let mpath = dir.path().join("master_flat.fits");
    flat.write(&mpath, false).unwrap();
    let (data, header) = read(&mpath, HduSelector::Default);
    assert_eq!(data.len(), flat.data.len());
    assert!(data
        .iter()
        .zip(&flat.data)
        .all(|(a, b)| a == b || (a.is_nan() && b.is_nan())));
    let history: Vec<String> = header
        .iter()
        .filter(|c| c.keyword() == "HISTORY")
        .map(|c| c.comment().unwrap_or("").to_string())
        .collect();
    assert!(
        history.iter().any(|h| h.contains("flat_4.fits")),
        "{history:?}"
    );
    assert_eq!(header.get_str("IMAGETYP"), Some("MASTER FLAT"));
    assert_eq!(header.get_str("COMBMETH"), Some("median"));

    // Up-to-date masters are found again; other options give another fingerprint.
    let fp =
        fingerprint_files(MasterKind::Flat, &flats, &opts, &[Some(&bias), Some(&dark)]).unwrap();
    assert_eq!(fp, flat.fingerprint);
    assert!(load_if_current(&mpath, MasterKind::Flat, &fp, &opts).is_some());
    let fp_mean = fingerprint_files(
        MasterKind::Flat,
        &flats,
        &MasterOptions {
            method: CombineMethod::Mean,
            ..MasterOptions::default()
        },
        &[Some(&bias), Some(&dark)],
    )
    .unwrap();
    assert_ne!(fp, fp_mean);
    assert!(load_if_current(&mpath, MasterKind::Flat, &fp_mean, &opts).is_none());
}

#[test]
fn exposure_ratio_darks() {
    let dir = tempfile::tempdir().unwrap();
    let n = H * W;
    let bias_frames: Vec<PathBuf> = (0..3)
        .map(|i| {
            write(
                dir.path(),
                &format!("b{i}.fits"),
                &(0..n)
                    .map(|p| bias_map(p) + noise(i, p))
                    .collect::<Vec<_>>(),
                Some(0.0),
            )
        })
        .collect();
    let opts = MasterOptions {
        dark_scaling: DarkScaling::ExposureRatio,
        ..MasterOptions::default()
    };
    let bias = master_bias(&bias_frames, &opts).unwrap();
    let darks: Vec<PathBuf> = (0..3)
        .map(|i| {
            let d: Vec<f32> = (0..n)
                .map(|p| bias_map(p) + dark_rate(p) * 60.0 + noise(10 + i, p))
                .collect();
            write(dir.path(), &format!("d{i}.fits"), &d, Some(60.0))
        })
        .collect();
    let dark = master_dark(&darks, Some(&bias), &opts).unwrap();
    assert_eq!(dark.exposure, Some(60.0));
    assert_eq!(dark.header.get_str("SWDKMODE"), Some("SCALED"));
    assert_eq!(dark.header.get_f64("EXPTIME"), Some(60.0));
    let p = 7;
    assert!(
        (dark.data[p] - dark_rate(p) * 60.0).abs() < 2.0,
        "{}",
        dark.data[p]
    );

    // Calibration scales it by t / t_dark.
    let light: Vec<f32> = (0..n)
        .map(|p| 500.0 + bias_map(p) + dark_rate(p) * 120.0)
        .collect();
    let mut v = light.clone();
    let masters = Masters {
        bias: Some(bias.clone()),
        dark: Some(dark.clone()),
        flat: None,
    };
    calibrate_in_place(&mut v, 0, Some(120.0), &masters, InvalidPixels::Nan).unwrap();
    for p in 0..n {
        let want = light[p] - (dark.data[p] * (120.0f64 / 60.0) as f32 + bias.data[p]);
        assert_eq!(v[p], want, "pixel {p}");
    }

    // Darks of different exposures cannot be combined in this mode.
    let odd = write(dir.path(), "d_odd.fits", &vec![1100.0; n], Some(30.0));
    let err = master_dark(&[darks[0].clone(), odd], Some(&bias), &opts)
        .unwrap_err()
        .to_string();
    assert!(err.contains("d_odd.fits") && err.contains("rate"), "{err}");
    // A dark without exposure is named.
    let noexp = write(dir.path(), "d_noexp.fits", &vec![1100.0; n], None);
    let err = master_dark(&[noexp], Some(&bias), &MasterOptions::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("d_noexp.fits") && err.contains("EXPTIME"),
        "{err}"
    );
}

fn rate_masters(dir: &Path) -> Masters {
    let set = make_set(dir, 3, 3, 3);
    let opts = MasterOptions::default();
    let bias = master_bias(
        &set.bias.iter().map(|b| b.0.clone()).collect::<Vec<_>>(),
        &opts,
    )
    .unwrap();
    let dark = master_dark(
        &set.dark.iter().map(|d| d.0.clone()).collect::<Vec<_>>(),
        Some(&bias),
        &opts,
    )
    .unwrap();
    let flat = master_flat(
        &set.flat.iter().map(|f| f.0.clone()).collect::<Vec<_>>(),
        Some(&bias),
        Some(&dark),
        &opts,
    )
    .unwrap();
    Masters {
        bias: Some(bias),
        dark: Some(dark),
        flat: Some(flat),
    }
}

#[test]
fn calibrate_frames_formula_extensions_and_resume() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut masters = rate_masters(dir.path());
    let n = H * W;
    let t = 90.0;
    // A light with a NaN pixel, a pixel below the bias and a zero flat pixel.
    let raw: Vec<f32> = (0..n)
        .map(|p| match p {
            3 => f32::NAN,
            4 => 10.0,
            _ => bias_map(p) + dark_rate(p) * t as f32 + 300.0 * flat_map(p) + 20.0 * noise(999, p),
        })
        .collect();
    let light = write(dir.path(), "light_a.fits", &raw, Some(t));
    masters.flat.as_mut().unwrap().data[9] = 0.0;
    masters
        .flat
        .as_mut()
        .unwrap()
        .fingerprint
        .push_str("-edited");
    let (b, d, f) = (
        &masters.bias.as_ref().unwrap().data,
        &masters.dark.as_ref().unwrap().data,
        &masters.flat.as_ref().unwrap().data,
    );
    let want: Vec<f32> = (0..n)
        .map(|p| (raw[p] - (d[p] * t as f32 + b[p])) / f[p])
        .collect();

    // Default: negatives kept, non-finite -> NaN.
    let o1 = out.path().join("light_a.fits");
    assert_eq!(
        calibrate_frame(&light, &o1, &masters, &CalibrateOptions::default()).unwrap(),
        Outcome::Written
    );
    let (got, header) = read(&o1, HduSelector::Default);
    for p in 0..n {
        let w = if want[p].is_finite() {
            want[p]
        } else {
            f32::NAN
        };
        assert!(
            got[p] == w || (got[p].is_nan() && w.is_nan()),
            "pixel {p}: {} vs {w}",
            got[p]
        );
    }
    assert!(got[3].is_nan() && got[9].is_nan() && got[4] < 0.0);
    assert!(header.get_str("SWCALHSH").is_some());
    assert_eq!(header.get_f64("EXPTIME"), Some(t));
    let hist: Vec<&str> = header
        .iter()
        .filter(|c| c.keyword() == "HISTORY")
        .filter_map(|c| c.comment())
        .collect();
    assert!(
        hist.iter()
            .any(|h| h.contains("(raw - (dark * t + bias)) / flat")),
        "{hist:?}"
    );

    // A re-run skips; --overwrite recomputes.
    assert_eq!(
        calibrate_frame(&light, &o1, &masters, &CalibrateOptions::default()).unwrap(),
        Outcome::Skipped
    );
    let ow = CalibrateOptions {
        overwrite: true,
        ..CalibrateOptions::default()
    };
    assert_eq!(
        calibrate_frame(&light, &o1, &masters, &ow).unwrap(),
        Outcome::Written
    );
    // Other options are another output: not skipped.
    let eloy = CalibrateOptions {
        invalid: InvalidPixels::Eloy,
        ..CalibrateOptions::default()
    };
    assert_eq!(
        calibrate_frame(&light, &o1, &masters, &eloy).unwrap(),
        Outcome::Written
    );
    let (got, _) = read(&o1, HduSelector::Default);
    for p in 0..n {
        let w = if want[p].is_finite() && want[p] >= 0.0 {
            want[p]
        } else {
            -1.0
        };
        assert_eq!(got[p], w, "eloy pixel {p}");
    }

    // Variance + mask extensions.
    let mut bad = vec![0u8; n];
    bad[11] = 1;
    let ext = CalibrateOptions {
        noise: Some(NoiseModel {
            gain: Param::Keyword("GAIN".into()),
            read_noise: Param::Value(4.0),
        }),
        mask: Some(BadPixelMask {
            shape: [H, W],
            data: bad,
            origin: "bpm".into(),
        }),
        ..CalibrateOptions::default()
    };
    let o2 = out.path().join("light_b.fits");
    calibrate_frame(&light, &o2, &masters, &ext).unwrap();
    let (var, vh) = read(&o2, HduSelector::parse("VARIANCE").unwrap());
    assert_eq!(vh.get_str("EXTNAME"), Some("VARIANCE"));
    let (mask, _) = read(&o2, HduSelector::parse("MASK").unwrap());
    let g = 2.0f32;
    for p in [0usize, 17, 200, 700] {
        let want_var = ((raw[p] - b[p]).max(0.0) * g + 16.0) / (g * g) / (f[p] * f[p]);
        assert!(
            (var[p] - want_var).abs() <= 1e-5 * want_var,
            "var {p}: {} vs {want_var}",
            var[p]
        );
        assert_eq!(mask[p], 0.0);
    }
    assert_eq!(mask[11], 1.0);
    assert_eq!(mask[3], 2.0);
    assert_eq!(mask[9], 2.0);
    assert!(var[3].is_nan());
}

#[test]
fn calibrate_many_reports_bad_lights_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let masters = rate_masters(dir.path());
    let n = H * W;
    let good: Vec<PathBuf> = (0..3)
        .map(|i| {
            write(
                dir.path(),
                &format!("good_{i}.fits"),
                &vec![2000.0 + i as f32; n],
                Some(10.0),
            )
        })
        .collect();
    let noexp = write(dir.path(), "noexp.fits", &vec![2000.0; n], None);
    let wrong = dir.path().join("wrong_shape.fits");
    skywarp_fits::write_image(&wrong, &Header::new(), &[1f32; 12], &[3, 4]).unwrap();
    let trunc = dir.path().join("truncated.fits");
    let bytes = std::fs::read(&good[0]).unwrap();
    std::fs::write(&trunc, &bytes[..bytes.len() - 2880]).unwrap();
    let missing = dir.path().join("missing.fits");
    let mut inputs = good.clone();
    inputs.extend([noexp, wrong, trunc, missing]);
    let seen = std::sync::Mutex::new(0usize);
    let results = calibrate_many(
        &inputs,
        out.path(),
        &masters,
        &CalibrateOptions::default(),
        &|_| *seen.lock().unwrap() += 1,
    );
    assert_eq!(*seen.lock().unwrap(), inputs.len());
    for r in &results {
        let name = r.input.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("good") {
            assert_eq!(r.result.as_ref().unwrap(), &Outcome::Written);
            assert!(r.output.exists());
        } else {
            let e = r.result.as_ref().unwrap_err().to_string();
            assert!(e.contains(&name), "{name}: {e}");
            assert!(!r.output.exists(), "{name}");
        }
    }
    let msg = |n: &str| {
        results
            .iter()
            .find(|r| r.input.ends_with(n))
            .unwrap()
            .result
            .as_ref()
            .unwrap_err()
            .to_string()
    };
    assert!(msg("noexp.fits").contains("EXPTIME"));
    assert!(msg("wrong_shape.fits").contains("shape"));
    // Nothing but the outputs is left in the output directory (no temporary files).
    let names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");

    // Second run: all good ones skipped, bad ones still fail.
    let again = calibrate_many(
        &inputs,
        out.path(),
        &masters,
        &CalibrateOptions::default(),
        &|_| {},
    );
    assert_eq!(
        again
            .iter()
            .filter(|r| matches!(r.result, Ok(Outcome::Skipped)))
            .count(),
        3
    );
    assert_eq!(again.iter().filter(|r| r.result.is_err()).count(), 4);

    // An output that would overwrite its input is refused.
    let clash = calibrate_many(
        &good[..1],
        dir.path(),
        &masters,
        &CalibrateOptions::default(),
        &|_| {},
    );
    assert!(clash[0]
        .result
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("overwrite the input"));
}

#[test]
fn master_round_trip_and_memory_masters() {
    let dir = tempfile::tempdir().unwrap();
    let masters = rate_masters(dir.path());
    let dark = masters.dark.as_ref().unwrap();
    let path = dir.path().join("md.fits");
    dark.write(&path, true).unwrap();
    // Loaded under the exposure-ratio default, SWDKMODE still says it is a rate.
    let loaded = Master::load(
        &path,
        MasterKind::Dark,
        &MasterOptions {
            dark_scaling: DarkScaling::ExposureRatio,
            ..MasterOptions::default()
        },
    )
    .unwrap();
    assert_eq!(loaded.dark_scaling, DarkScaling::Rate);
    assert_eq!(loaded.fingerprint, dark.fingerprint);
    assert_eq!(loaded.data, dark.data);
    // In-memory masters (the Python bindings' path).
    let m = Master::from_data(
        MasterKind::Flat,
        [H, W],
        vec![2.0; H * W],
        DarkScaling::Rate,
        None,
    )
    .unwrap();
    let only_flat = Masters {
        flat: Some(m),
        ..Masters::default()
    };
    let mut v = vec![8.0f32; H * W];
    calibrate_in_place(&mut v, 0, None, &only_flat, InvalidPixels::Nan).unwrap();
    assert!(v.iter().all(|&x| x == 4.0));
    assert!(Master::from_data(
        MasterKind::Flat,
        [H, W],
        vec![1.0; 3],
        DarkScaling::Rate,
        None
    )
    .is_err());
    // Masters of different shapes are refused.
    let mut bad = masters.clone();
    bad.flat = Some(
        Master::from_data(
            MasterKind::Flat,
            [2, 2],
            vec![1.0; 4],
            DarkScaling::Rate,
            None,
        )
        .unwrap(),
    );
    assert!(bad.shape().is_err());
}
