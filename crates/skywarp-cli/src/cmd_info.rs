//! `skywarp info`: what is in a FITS file, and where each image lies on the sky.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use skywarp_fits::Header;
use skywarp_wcs::{solar::SolarKind, Frame};

use crate::input::{is_fits, load_header};

#[derive(Args)]
pub struct InfoArgs {
    /// FITS file or header text file.
    pub file: PathBuf,
}

pub fn run(a: &InfoArgs) -> Result<()> {
    if !is_fits(&a.file)? {
        let header = load_header(&a.file, None)?;
        println!("{}: header file, {} cards", a.file.display(), header.len());
        describe_wcs(&header, &naxes_of(&header), None);
        return Ok(());
    }
    crate::input::check_structure(&a.file)?;
    let hdus = skywarp_fits::list_hdus(&a.file)?;
    println!("{}: {} HDU(s)", a.file.display(), hdus.len());
    for h in &hdus {
        let name = h
            .extname
            .as_deref()
            .unwrap_or(if h.index == 0 { "PRIMARY" } else { "" });
        let shape: Vec<String> = h.shape.iter().map(|n| n.to_string()).collect();
        let kind = h.kind.to_string();
        let comp = if h.compressed {
            ", tile-compressed"
        } else {
            ""
        };
        println!(
            "HDU {} {:<10} {kind} shape ({}) BITPIX {}{comp}",
            h.index,
            name,
            shape.join(", "),
            h.bitpix
        );
        if h.is_image_with_data() {
            let header = &h.header;
            // numpy-order shape → FITS axis lengths
            let naxes: Vec<usize> = h.shape.iter().rev().copied().collect();
            describe_wcs(header, &naxes, Some(&a.file));
        }
    }
    Ok(())
}

/// NAXISn of a header (FITS order), for header text files that have no data to look at.
fn naxes_of(header: &Header) -> Vec<usize> {
    let n = header.get_i64("NAXIS").unwrap_or(0).max(0) as usize;
    (1..=n)
        .map(|i| header.get_i64(&format!("NAXIS{i}")).unwrap_or(0).max(0) as usize)
        .collect()
}

fn describe_wcs(header: &Header, naxes: &[usize], fits: Option<&std::path::Path>) {
    let mut wcs = match crate::input::build_wcs(header, fits) {
        Ok(w) => w,
        Err(e) => {
            println!("    WCS: none ({e})");
            return;
        }
    };
    println!("    WCS: {} axes: {}", wcs.naxis(), wcs.ctypes().join(" "));
    let Some((lng, lat)) = wcs.celestial_axes() else {
        return;
    };
    let parsed = wcs.celestial_frame();
    let solar = match &parsed {
        Ok(Some(Frame::Solar(s))) => Some(s.kind),
        _ => None,
    };
    let frame = match parsed {
        Ok(Some(f)) => f.to_string(),
        Ok(None) => "none".to_string(),
        Err(e) => format!("unknown ({e})"),
    };
    let dist = if wcs.has_distortion() {
        " with distortion"
    } else {
        ""
    };
    println!("    projection {}{dist}, frame {frame}", wcs.projection());
    let n = wcs.naxis();
    // Pixel scale at the reference pixel, along each celestial pixel axis.
    let crpix: Vec<f64> = wcs.crpix().iter().map(|c| c - 1.0).collect();
    let mut pts = crpix.clone();
    for ax in [lng, lat] {
        let mut p = crpix.clone();
        p[ax] += 1.0;
        pts.extend(p);
    }
    let mut world = vec![0.0; pts.len()];
    if wcs.pix2world(&pts, &mut world).is_ok() {
        let c = (world[lng], world[lat]);
        let s1 = sep_deg(c, (world[n + lng], world[n + lat])) * 3600.0;
        let s2 = sep_deg(c, (world[2 * n + lng], world[2 * n + lat])) * 3600.0;
        println!("    pixel scale at CRPIX: {s1:.6} x {s2:.6} arcsec");
    }
    if naxes.len() == n && naxes[lng] > 0 && naxes[lat] > 0 {
        let (nx, ny) = (naxes[lng] as f64 - 1.0, naxes[lat] as f64 - 1.0);
        let mut pts = Vec::new();
        for (x, y) in [(0.0, 0.0), (nx, 0.0), (nx, ny), (0.0, ny)] {
            let mut p = vec![0.0; n];
            p[lng] = x;
            p[lat] = y;
            pts.extend(p);
        }
        let mut world = vec![0.0; pts.len()];
        if wcs.pix2world(&pts, &mut world).is_ok() {
            // Solar longitudes as sunpy shows them: wrapped to (−180°, 180°], helioprojective ones
            // (Tx, Ty) in arcsec.
            let wrap = |l: f64| 180.0 - (180.0 - l).rem_euclid(360.0);
            let (unit, scale) = match solar {
                Some(SolarKind::Helioprojective) => ("Tx, Ty arcsec", 3600.0),
                _ => ("lon, lat deg", 1.0),
            };
            let corners: Vec<String> = world
                .chunks_exact(n)
                .map(|w| {
                    let lon = if solar.is_some() {
                        wrap(w[lng])
                    } else {
                        w[lng]
                    };
                    format!("({:.6}, {:.6})", lon * scale, w[lat] * scale)
                })
                .collect();
            println!("    corners ({unit}): {}", corners.join(" "));
        }
    }
}

/// Angular separation in degrees (Vincenty formula: stable at all separations).
fn sep_deg(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (l1, b1) = (a.0.to_radians(), a.1.to_radians());
    let (l2, b2) = (b.0.to_radians(), b.1.to_radians());
    let dl = l2 - l1;
    let num = ((b2.cos() * dl.sin()).powi(2)
        + (b1.cos() * b2.sin() - b1.sin() * b2.cos() * dl.cos()).powi(2))
    .sqrt();
    let den = b1.sin() * b2.sin() + b1.cos() * b2.cos() * dl.cos();
    num.atan2(den).to_degrees()
}
