//! `skywarp xy2sky` and `skywarp sky2xy`, after WCSTools' commands of the same names.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use skywarp_wcs::{Frame, FrameTransform};

use crate::input::{fmt_num, load_wcs};

#[derive(Args)]
pub struct Xy2skyArgs {
    /// FITS file or header text file (newline-separated or raw 80-character cards).
    pub file: PathBuf,
    /// HDU (index or EXTNAME) of a FITS file; default: the first image HDU.
    #[arg(long)]
    pub hdu: Option<String>,
    /// Pixel origin: 1 = FITS convention (first pixel centre is 1), 0 = numpy/astropy origin=0.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=1))]
    pub origin: u8,
    /// Pixel coordinates, NAXIS numbers per point; none: read one point per line from stdin.
    #[arg(allow_negative_numbers = true)]
    pub coords: Vec<f64>,
}

#[derive(Args)]
pub struct Sky2xyArgs {
    /// FITS file or header text file (newline-separated or raw 80-character cards).
    pub file: PathBuf,
    /// HDU (index or EXTNAME) of a FITS file; default: the first image HDU.
    #[arg(long)]
    pub hdu: Option<String>,
    /// Pixel origin of the printed pixel coordinates (1 = FITS, 0 = numpy).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=1))]
    pub origin: u8,
    /// Frame of the given celestial coordinates (icrs, fk5[:J2000], fk4[:B1950], galactic, supergalactic,
    /// ecliptic[:J2000]); default: the header's own frame.
    #[arg(long)]
    pub frame: Option<String>,
    /// World coordinates in WCS axis order, NAXIS numbers per point; none: read them from stdin.
    #[arg(allow_negative_numbers = true)]
    pub coords: Vec<f64>,
}

/// Points from the command line, or one per line from stdin (blank lines and `#` comments skipped).
fn read_points(coords: &[f64], naxis: usize) -> Result<Vec<f64>> {
    if !coords.is_empty() {
        if !coords.len().is_multiple_of(naxis) {
            bail!(
                "{} numbers given but the WCS has {naxis} axes: give {naxis} numbers per point",
                coords.len()
            );
        }
        return Ok(coords.to_vec());
    }
    let mut out = Vec::new();
    for (lineno, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.context("reading stdin")?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let nums: Vec<f64> = line
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<f64>()
                    .with_context(|| format!("stdin line {}: {s:?} is not a number", lineno + 1))
            })
            .collect::<Result<_>>()?;
        if nums.len() != naxis {
            bail!(
                "stdin line {}: {} numbers, the WCS has {naxis} axes",
                lineno + 1,
                nums.len()
            );
        }
        out.extend(nums);
    }
    Ok(out)
}

fn print_points(values: &[f64], naxis: usize) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for p in values.chunks_exact(naxis) {
        let line: Vec<String> = p.iter().map(|&v| fmt_num(v)).collect();
        writeln!(out, "{}", line.join(" "))?;
    }
    out.flush()?;
    Ok(())
}

pub fn run_xy2sky(a: &Xy2skyArgs) -> Result<()> {
    let (_, mut wcs) = load_wcs(&a.file, a.hdu.as_deref())?;
    let n = wcs.naxis();
    let mut pix = read_points(&a.coords, n)?;
    let shift = a.origin as f64;
    pix.iter_mut().for_each(|v| *v -= shift);
    let mut world = vec![0.0; pix.len()];
    wcs.pix2world(&pix, &mut world)?;
    print_points(&world, n)
}

pub fn run_sky2xy(a: &Sky2xyArgs) -> Result<()> {
    let (_, mut wcs) = load_wcs(&a.file, a.hdu.as_deref())?;
    let n = wcs.naxis();
    let mut world = read_points(&a.coords, n)?;
    if let Some(name) = &a.frame {
        let given = Frame::parse(name)?;
        let Some(native) = wcs.celestial_frame()? else {
            bail!(
                "--frame given but {} has no celestial axes",
                a.file.display()
            );
        };
        let (lng, lat) = wcs.celestial_axes().expect("frame implies celestial axes");
        let t = FrameTransform::new(&given, &native)?;
        if !t.is_identity() {
            for p in world.chunks_exact_mut(n) {
                let (x, y) = t.apply_one(p[lng], p[lat]);
                p[lng] = x;
                p[lat] = y;
            }
        }
    }
    let mut pix = vec![0.0; world.len()];
    wcs.world2pix(&world, &mut pix)?;
    let shift = a.origin as f64;
    pix.iter_mut().for_each(|v| *v += shift);
    print_points(&pix, n)
}
