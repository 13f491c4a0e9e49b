//! `skywarp preview`: a PNG quick-look of a FITS image, to see at a glance what a reprojection or a
//! calibration produced.
//!
//! The image is read in bands of rows (never whole) and block-averaged down to at most `--size`
//! pixels on its longer side; NaN pixels are ignored by the average and drawn black when a whole
//! block is NaN. The stretch is an asinh between two percentiles of the finite values (like DS9's
//! "zscale"-ish default views: faint structure and bright stars both visible). North-up convention:
//! FITS row 1 is drawn at the bottom, as astronomers expect.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use skywarp_fits::{HduSelector, ImageReader};

#[derive(Args)]
pub struct PreviewArgs {
    /// FITS file.
    pub file: PathBuf,
    /// Output PNG file (written atomically).
    #[arg(short, long)]
    pub output: PathBuf,
    /// HDU (index or EXTNAME); default: the first image HDU with data.
    #[arg(long)]
    pub hdu: Option<String>,
    /// Plane of a cube (0-based index over the axes beyond the first two).
    #[arg(long, default_value_t = 0)]
    pub plane: usize,
    /// Longest side of the PNG in pixels (the image is block-averaged down to fit).
    #[arg(long, default_value_t = 1024)]
    pub size: usize,
    /// Lower and upper percentiles of the stretch.
    #[arg(long, num_args = 2, value_names = ["LOW", "HIGH"], default_values_t = [0.5, 99.5])]
    pub percentiles: Vec<f64>,
}

pub fn run(a: &PreviewArgs) -> Result<()> {
    if a.size == 0 {
        bail!("--size must be at least 1");
    }
    let (lo_pct, hi_pct) = (a.percentiles[0], a.percentiles[1]);
    if !(0.0..=100.0).contains(&lo_pct) || !(0.0..=100.0).contains(&hi_pct) || lo_pct >= hi_pct {
        bail!("--percentiles LOW HIGH must satisfy 0 <= LOW < HIGH <= 100");
    }
    crate::input::check_structure(&a.file)?;
    crate::safety::Inputs::new([a.file.as_path()]).refuse_as_output(&a.output)?;
    let sel = match &a.hdu {
        Some(h) => h
            .parse::<HduSelector>()
            .with_context(|| format!("bad --hdu {h:?}"))?,
        None => HduSelector::Default,
    };
    let img = ImageReader::open(&a.file, &sel)?;
    let shape = img.shape().to_vec();
    if shape.len() < 2 {
        bail!(
            "{}: a preview needs a 2-D image (this HDU has shape {shape:?})",
            a.file.display()
        );
    }
    let (ny, nx) = (shape[shape.len() - 2], shape[shape.len() - 1]);
    let planes: usize = shape[..shape.len() - 2].iter().product();
    if a.plane >= planes {
        bail!("--plane {} but the image has {planes} plane(s)", a.plane);
    }
    let f = nx.max(ny).div_ceil(a.size).max(1); // block-average factor
    let (ox, oy) = (nx.div_ceil(f), ny.div_ceil(f));
    let mut sum = vec![0.0f64; ox * oy];
    let mut cnt = vec![0u32; ox * oy];
    let mut band = vec![0.0f64; f * nx];
    for by in 0..oy {
        let (r0, nr) = (by * f, f.min(ny - by * f));
        img.read_rows(a.plane, r0, nr, &mut band[..nr * nx])?;
        for r in 0..nr {
            for (x, &v) in band[r * nx..(r + 1) * nx].iter().enumerate() {
                if v.is_finite() {
                    sum[by * ox + x / f] += v;
                    cnt[by * ox + x / f] += 1;
                }
            }
        }
    }
    let vals: Vec<f64> = sum
        .iter()
        .zip(&cnt)
        .map(|(s, &c)| if c > 0 { s / c as f64 } else { f64::NAN })
        .collect();
    let mut finite: Vec<f64> = vals.iter().copied().filter(|v| v.is_finite()).collect();
    if finite.is_empty() {
        bail!(
            "{}: the image has no finite pixels to show",
            a.file.display()
        );
    }
    finite.sort_by(|x, y| x.total_cmp(y));
    let pct = |p: f64| finite[((p / 100.0) * (finite.len() - 1) as f64).round() as usize];
    let (lo, hi) = (pct(lo_pct), pct(hi_pct));
    let span = if hi > lo { hi - lo } else { 1.0 };
    // asinh stretch: linear near `lo`, logarithmic towards `hi` (softening 0.1 of the range)
    let soft = 0.1;
    let norm = (1.0f64 / soft).asinh();
    let mut pixels = vec![0u8; ox * oy];
    for y in 0..oy {
        // FITS row 1 at the bottom of the picture
        let dst = &mut pixels[(oy - 1 - y) * ox..(oy - y) * ox];
        for (x, d) in dst.iter_mut().enumerate() {
            let v = vals[y * ox + x];
            *d = if v.is_finite() {
                let t = ((v - lo) / span).clamp(0.0, 1.0);
                ((t / soft).asinh() / norm * 255.0).round() as u8
            } else {
                0
            };
        }
    }
    write_png(&a.output, ox as u32, oy as u32, &pixels)
        .with_context(|| format!("cannot write {}", a.output.display()))?;
    eprintln!(
        "skywarp: wrote {} ({ox}x{oy}, {f}x{f} block average, stretch {lo:.6} .. {hi:.6})",
        a.output.display()
    );
    Ok(())
}

/// 8-bit greyscale PNG, written atomically like every output (see `skywarp_fits::write_file`):
/// encoded in memory (a quick-look is small), then put in place whole.
fn write_png(path: &std::path::Path, w: u32, h: u32, pixels: &[u8]) -> Result<()> {
    let mut bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut bytes, w, h);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header()?;
        writer.write_image_data(pixels)?;
        writer.finish()?;
    }
    skywarp_fits::write_file(path, &bytes)?;
    Ok(())
}
