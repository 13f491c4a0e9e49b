//! Helpers shared by the integration tests of the engine.
#![allow(dead_code)] // each test binary uses its own subset

use skywarp_wcs::Wcs;

/// Concatenated 80-character FITS cards, as WCSLIB wants them.
pub fn cards(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l:<80}")).collect()
}

/// A TAN header: reference `crval` (degrees) at `crpix`, `scale` degrees per pixel, rotated by `rot_deg`,
/// in ICRS or (`frame == "galactic"`) Galactic coordinates.
pub fn tan(crval: (f64, f64), crpix: (f64, f64), scale: f64, rot_deg: f64, frame: &str) -> Wcs {
    let r = rot_deg.to_radians();
    let (lon, lat) = if frame == "galactic" {
        ("GLON-TAN", "GLAT-TAN")
    } else {
        ("RA---TAN", "DEC--TAN")
    };
    Wcs::from_cards(&cards(&[
        format!("CTYPE1  = '{lon}'"),
        format!("CTYPE2  = '{lat}'"),
        format!("CRVAL1  = {:.12}", crval.0),
        format!("CRVAL2  = {:.12}", crval.1),
        format!("CRPIX1  = {:.6}", crpix.0),
        format!("CRPIX2  = {:.6}", crpix.1),
        format!("CD1_1   = {:.15E}", -scale * r.cos()),
        format!("CD1_2   = {:.15E}", scale * r.sin()),
        format!("CD2_1   = {:.15E}", scale * r.sin()),
        format!("CD2_2   = {:.15E}", scale * r.cos()),
    ]))
    .unwrap()
}

/// A 300×280 image with stars and a gradient, a few NaNs.
pub fn image() -> (Vec<f32>, Vec<usize>) {
    let (ny, nx) = (280usize, 300usize);
    let mut v = vec![0f32; ny * nx];
    for y in 0..ny {
        for x in 0..nx {
            let mut s = 100.0 + 0.1 * x as f64 - 0.05 * y as f64;
            for k in 0..25 {
                let (sx, sy) = ((k * 97 % nx) as f64 + 0.3, (k * 61 % ny) as f64 + 0.7);
                let d2 = (x as f64 - sx).powi(2) + (y as f64 - sy).powi(2);
                s += 1000.0 * (k as f64 + 1.0) * (-d2 / 4.0).exp();
            }
            v[y * nx + x] = s as f32;
        }
    }
    v[150 * nx + 150] = f32::NAN;
    v[10 * nx + 290] = f32::NAN;
    (v, vec![ny, nx])
}

/// All-sky style headers whose mapping has invalid regions: `code` is the projection (AZP, AIT, MOL,
/// CSC, HPX), a 192² grid of 1/15° pixels near the south celestial pole like astropy's 1904-66 maps
/// (our own reference pixels), AZP with a tilted perspective (PV2_1 = 2, PV2_2 = 30) whose horizon
/// cuts the sky.
pub fn map_header(code: &str) -> Wcs {
    let (crpix1, crpix2) = match code {
        "AZP" => (-254.1, -11.35),
        "AIT" => (-246.2, 7.1),
        "MOL" => (-212.8, -2.3),
        "CSC" => (-268.7, -7.0),
        _ => (-248.2, -8.2),
    };
    let mut lines = vec![
        format!("CTYPE1  = 'RA---{code}'"),
        format!("CTYPE2  = 'DEC--{code}'"),
        format!("CRPIX1  = {crpix1}"),
        format!("CRPIX2  = {crpix2}"),
        "CDELT1  = -0.0666666666667".to_string(),
        "CDELT2  = 0.0666666666667".to_string(),
        "CRVAL1  = 0.0".to_string(),
        "CRVAL2  = -90.0".to_string(),
        "LONPOLE = 180.0".to_string(),
    ];
    if code == "AZP" {
        lines.extend(["LATPOLE = -90.0", "PV2_1   = 2.0", "PV2_2   = 30.0"].map(String::from));
    } else {
        lines.push("LATPOLE = 0.0".to_string());
    }
    Wcs::from_cards(&cards(&lines)).unwrap()
}

/// An all-sky Galactic plate carrée of `n`² pixels, `cdelt` degrees each: where |latitude| > 90° its
/// pixels are off the projection. Centred on longitude 0.45° so that no pixel centre or corner of the
/// sizes used falls exactly on longitude ±180°, where validity hangs on the last bit of rounding.
pub fn galactic_car(n: usize, cdelt: f64) -> Wcs {
    let c = n as f64 / 2.0 + 0.5;
    Wcs::from_cards(&cards(&[
        "CTYPE1  = 'GLON-CAR'".to_string(),
        "CTYPE2  = 'GLAT-CAR'".to_string(),
        format!("CRPIX1  = {c}"),
        format!("CRPIX2  = {c}"),
        format!("CDELT1  = {}", -cdelt),
        format!("CDELT2  = {cdelt}"),
        "CRVAL1  = 0.45".to_string(),
        "CRVAL2  = 0.0".to_string(),
    ]))
    .unwrap()
}
