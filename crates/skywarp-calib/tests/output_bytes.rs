//! Calibration's output files, byte for byte: masters and calibrated lights (with and without
//! VARIANCE and MASK extensions) must stay identical to the reference files in
//! `tests/data/output_bytes/`, which were written by the calibration writer that preceded the
//! shared band writer of `skywarp-fits` (`calib/output.rs`, deleted when calibration moved onto
//! it). Any change in header layout, padding, encoding or mask conversion shows up here.
//!
//! The fingerprints (`SWHASH`, `SWCALHSH`, and the masters' fingerprints quoted in HISTORY) hash
//! file paths and modification times, so they are zeroed in both files before comparing; the
//! paths written into HISTORY are kept deterministic by running in a fresh directory with
//! relative names (hence one test per binary: it changes the working directory).
//!
//! To regenerate the references after an intended format change: `SKYWARP_BLESS=1 cargo test -p
//! skywarp-calib --test output_bytes` (and say why in the commit).

use std::path::{Path, PathBuf};

use skywarp_calib::{
    calibrate_frame, master_bias, master_dark, master_flat, BadPixelMask, CalibrateOptions,
    InvalidPixels, MasterOptions, Masters, NoiseModel, Param,
};
use skywarp_fits::Header;

/// Odd sizes, so that no data area ends on a 2880-byte boundary.
const H: usize = 37;
const W: usize = 29;

fn value(seed: usize, p: usize) -> f32 {
    let x = (seed * 7919 + p * 104_729) % 1009;
    x as f32 / 1009.0
}

fn frame(name: &str, exptime: f64, f: impl Fn(usize) -> f32) -> PathBuf {
    let mut h = Header::new();
    h.set_str("IMAGETYP", "TEST").unwrap();
    h.set_f64("EXPTIME", exptime).unwrap();
    h.set_f64("GAIN", 2.0).unwrap();
    h.set_f64("RDNOISE", 4.0).unwrap();
    h.add_history("a card the outputs carry over").unwrap();
    let data: Vec<f32> = (0..H * W).map(f).collect();
    let path = PathBuf::from(name);
    skywarp_fits::write_image(&path, &h, &data, &[H, W]).unwrap();
    path
}

/// Writes every kind of calibration output; returns their paths and the fingerprints to zero.
fn write_outputs() -> (Vec<PathBuf>, Vec<String>) {
    let bias_at = |p: usize| 1000.0 + (p % W) as f32 * 0.5;
    let biases: Vec<_> = (0..3)
        .map(|i| {
            frame(&format!("bias_{i}.fits"), 0.0, |p| {
                bias_at(p) + 10.0 * value(i, p)
            })
        })
        .collect();
    let darks: Vec<_> = (0..3)
        .map(|i| {
            let t = 30.0 + 15.0 * i as f64;
            frame(&format!("dark_{i}.fits"), t, move |p| {
                bias_at(p) + 0.05 * t as f32 + 10.0 * value(10 + i, p)
            })
        })
        .collect();
    let flats: Vec<_> = (0..3)
        .map(|i| {
            frame(&format!("flat_{i}.fits"), 2.0, move |p| {
                bias_at(p) + 20000.0 * (0.8 + 0.4 * value(20 + i, p))
            })
        })
        .collect();
    let light = frame("light.fits", 60.0, |p| {
        if p == 17 {
            f32::NAN
        } else {
            bias_at(p) + 3.0 + 500.0 * value(30, p)
        }
    });
    let opts = MasterOptions::default();
    let bias = master_bias(&biases, &opts).unwrap();
    let dark = master_dark(&darks, Some(&bias), &opts).unwrap();
    let flat = master_flat(&flats, Some(&bias), Some(&dark), &opts).unwrap();
    let mut outputs = Vec::new();
    for (m, name) in [(&bias, "master_bias.fits"), (&dark, "master_dark.fits")] {
        m.write(name, false).unwrap();
        outputs.push(PathBuf::from(name));
    }
    flat.write("master_flat.fits", true).unwrap(); // the fsync path too
    outputs.push(PathBuf::from("master_flat.fits"));
    let mut fingerprints: Vec<String> = [&bias, &dark, &flat]
        .iter()
        .map(|m| m.fingerprint.clone())
        .collect();
    let masters = Masters {
        bias: Some(bias),
        dark: Some(dark),
        flat: Some(flat),
    };
    let plain = CalibrateOptions::default();
    calibrate_frame(&light, Path::new("light_plain.fits"), &masters, &plain).unwrap();
    let full = CalibrateOptions {
        invalid: InvalidPixels::Eloy,
        noise: Some(NoiseModel {
            gain: Param::Keyword("GAIN".into()),
            read_noise: Param::Value(4.0),
        }),
        mask: Some(BadPixelMask {
            shape: [H, W],
            data: (0..H * W).map(|p| u8::from(p % 97 == 3)).collect(),
            origin: "test mask".into(),
        }),
        write_mask: true,
        ..CalibrateOptions::default()
    };
    calibrate_frame(&light, Path::new("light_full.fits"), &masters, &full).unwrap();
    let var_only = CalibrateOptions {
        noise: full.noise.clone(),
        ..CalibrateOptions::default()
    };
    calibrate_frame(&light, Path::new("light_var.fits"), &masters, &var_only).unwrap();
    for name in ["light_plain.fits", "light_full.fits", "light_var.fits"] {
        let h = skywarp_fits::read_header(name, &0.into()).unwrap();
        fingerprints.push(h.get_str("SWCALHSH").unwrap().trim().to_string());
        outputs.push(PathBuf::from(name));
    }
    (outputs, fingerprints)
}

/// `bytes` with every fingerprint replaced by zeros of the same length.
fn normalized(mut bytes: Vec<u8>, fingerprints: &[String]) -> Vec<u8> {
    for fp in fingerprints {
        let fp = fp.as_bytes();
        assert!(!fp.is_empty());
        let mut i = 0;
        while i + fp.len() <= bytes.len() {
            if &bytes[i..i + fp.len()] == fp {
                bytes[i..i + fp.len()].fill(b'0');
                i += fp.len();
            } else {
                i += 1;
            }
        }
    }
    bytes
}

#[test]
fn calibration_outputs_are_byte_identical_to_the_reference_files() {
    let refs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/output_bytes");
    let bless = std::env::var_os("SKYWARP_BLESS").is_some();
    let dir = tempfile::tempdir().unwrap();
    std::env::set_current_dir(dir.path()).unwrap();
    let (outputs, fingerprints) = write_outputs();
    for out in &outputs {
        let got = normalized(std::fs::read(out).unwrap(), &fingerprints);
        let reference = refs.join(out);
        if bless {
            std::fs::write(&reference, &got).unwrap();
            continue;
        }
        let want =
            std::fs::read(&reference).unwrap_or_else(|e| panic!("{}: {e}", reference.display()));
        assert_eq!(got.len(), want.len(), "{}: length", out.display());
        if let Some(i) = got.iter().zip(&want).position(|(a, b)| a != b) {
            let (lo, hi) = (i - i % 80, (i - i % 80 + 80).min(got.len()));
            panic!(
                "{}: first difference at byte {i}: {:?} vs reference {:?}",
                out.display(),
                String::from_utf8_lossy(&got[lo..hi]),
                String::from_utf8_lossy(&want[lo..hi]),
            );
        }
    }
}
