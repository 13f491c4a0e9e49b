//! Helpers shared by the integration tests of skywarp-wcs.
#![allow(dead_code)] // each test binary uses its own subset

use skywarp_wcs::PixelMapper;

/// Concatenated 80-character FITS cards, as WCSLIB wants them.
pub fn cards(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l:<80}")).collect()
}

/// A 256 x 256 TAN-SIP image header (irac_sip-like, our own coefficients).
pub const SIP_HEADER: &[&str] = &[
    "NAXIS   = 2",
    "NAXIS1  = 256",
    "NAXIS2  = 256",
    "CTYPE1  = 'RA---TAN-SIP'",
    "CTYPE2  = 'DEC--TAN-SIP'",
    "CRVAL1  = 6.15501347619052",
    "CRVAL2  = -2.07230798888938",
    "CRPIX1  = 128.0",
    "CRPIX2  = 128.0",
    "CD1_1   = -0.000333",
    "CD1_2   = 2.1E-6",
    "CD2_1   = 1.9E-6",
    "CD2_2   = 0.000334",
    "A_ORDER = 3",
    "A_0_2   = 2.9E-6",
    "A_1_1   = -1.8E-5",
    "A_2_0   = 1.1E-5",
    "A_0_3   = 1.5E-8",
    "A_3_0   = -2.1E-8",
    "B_ORDER = 3",
    "B_0_2   = -1.9E-5",
    "B_1_1   = 1.4E-5",
    "B_2_0   = -3.0E-6",
    "B_1_2   = 1.2E-8",
    "RADESYS = 'ICRS'",
];

/// Maps `pts` with one mapper clone per thread on 8 threads and checks the result is bit-identical to
/// one thread's, and that some points map (`what` names the image the batch must overlap).
pub fn assert_mapper_threads_equal_one_thread(mapper: &PixelMapper, pts: &[f64], what: &str) {
    let mut single = vec![0.0; pts.len()];
    mapper.clone().map(pts, &mut single).unwrap();
    let results: Vec<Vec<f64>> = std::thread::scope(|s| {
        let hs: Vec<_> = pts
            .chunks(pts.len() / 8 / 2 * 2)
            .map(|part| {
                let mut m = mapper.clone();
                s.spawn(move || {
                    let mut out = vec![0.0; part.len()];
                    m.map(part, &mut out).unwrap();
                    out
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let multi: Vec<f64> = results.concat();
    assert!(
        single.iter().any(|v| v.is_finite()),
        "the batch must overlap {what}"
    );
    for (a, b) in multi.iter().zip(&single) {
        assert_eq!(a.to_bits(), b.to_bits());
    }
}
