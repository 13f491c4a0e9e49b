//! `skywarp mosaic`: reproject_and_coadd from the command line, band by band into one FITS file.
//!
//! Without `--to` the output grid is reproject's `find_optimal_celestial_wcs` of the inputs. The
//! mosaic goes to the primary HDU (with the output WCS), the summed footprint × weights to a
//! `FOOTPRINT` extension; the file is laid out up front, filled band by band and renamed into place at
//! the end. An input that cannot be used is reported by name on its own line and left out; the others
//! are still combined, and the exit status is non-zero.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use skywarp::{FitsSource, RunOptions, SharedResidentBudget, Source};
use skywarp_fits::{BandFitsWriter, Bitpix, HduSelector, Header, ImageReader};
use skywarp_mosaic::{
    coadd, find_optimal_celestial_wcs, AdaptiveMethod, CoaddOptions, Combine, ExactMethod,
    FitsBandOutput, GridInput, GridOptions, InputKind, InterpMethod, LonCdelt, MosaicInput,
    Reproject,
};
use skywarp_wcs::{Frame, Wcs};

use crate::cmd_reproject::{is_layout_or_name, shape_of_target};
use crate::input::{load_header, wcs_for_data};

#[derive(Clone, Copy, ValueEnum)]
pub enum MethodArg {
    Interp,
    Adaptive,
    Exact,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CombineArg {
    Mean,
    Sum,
    Median,
    First,
    Last,
    Min,
    Max,
}

#[derive(Args)]
pub struct MosaicArgs {
    /// Input FITS files (the first image HDU with data of each).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output FITS file (written atomically: a temporary file renamed at the end).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Target grid: a FITS file or header file with NAXISn; default: the optimal grid of the inputs.
    #[arg(long = "to", value_name = "TARGET")]
    pub target: Option<PathBuf>,
    /// Reprojection method: interp, adaptive, or exact (its footprint is the fractional coverage).
    #[arg(long, value_enum, default_value = "interp")]
    pub method: MethodArg,
    /// Interpolation order (interp only; adaptive runs with reproject_adaptive's defaults, exact has no
    /// options): nearest-neighbor (or nearest, 0), bilinear (1), biquadratic (2), bicubic (3).
    #[arg(long, default_value = "bilinear", value_parser = |s: &str| s.parse::<skywarp::Order>())]
    pub order: skywarp::Order,
    /// How overlapping inputs are combined.
    #[arg(long, value_enum, default_value = "mean")]
    pub combine: CombineArg,
    /// Weight maps, one FITS file per input, in the same order (NaN weights count as 0).
    #[arg(long, num_args = 1.., value_name = "W")]
    pub weights: Vec<PathBuf>,
    /// Match the backgrounds of overlapping inputs before combining.
    #[arg(long)]
    pub match_background: bool,
    /// Input (0-based) whose background level is kept when matching (default: zero-mean corrections).
    #[arg(long, value_name = "N", requires = "match_background")]
    pub background_reference: Option<usize>,
    /// Value of pixels no input covers (default NaN).
    #[arg(long, value_name = "V", allow_hyphen_values = true)]
    pub blank: Option<f64>,
    /// Frame of the optimal grid (icrs, fk5, galactic, ...; default: the first input's).
    #[arg(long, conflicts_with = "target")]
    pub frame: Option<String>,
    /// Projection code of the optimal grid.
    #[arg(long, default_value = "TAN", conflicts_with = "target")]
    pub projection: String,
    /// Pixel size of the optimal grid in arcseconds (default: the finest input).
    #[arg(long, value_name = "ARCSEC", conflicts_with = "target")]
    pub resolution: Option<f64>,
    /// Rotate the optimal grid to the minimum-area rectangle around the inputs.
    #[arg(long, conflicts_with = "target")]
    pub auto_rotate: bool,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Memory for the band buffers, MiB; the mapped inputs are kept within as much again.
    #[arg(long, value_name = "MiB", default_value_t = 64)]
    pub memory: usize,
    /// Also draw a PNG quick-look of the mosaic.
    #[arg(long, value_name = "PNG")]
    pub preview: Option<PathBuf>,
}

/// One opened input: the image and, if given, its weights.
struct Opened {
    path: PathBuf,
    source: FitsSource,
    wcs: Wcs,
    weights: Option<(FitsSource, Wcs)>,
}

fn open(path: &Path, budget: &Arc<SharedResidentBudget>) -> Result<(FitsSource, Wcs)> {
    crate::input::check_structure(path)?;
    let source =
        FitsSource::with_shared_budget(ImageReader::open(path, &HduSelector::Default)?, budget);
    let wcs = wcs_for_data(source.header(), Some(path))?;
    Ok((source, wcs))
}

fn open_input(
    path: &Path,
    weights: Option<&PathBuf>,
    budget: &Arc<SharedResidentBudget>,
) -> Result<Opened> {
    let (source, wcs) = open(path, budget)?;
    let weights = match weights {
        None => None,
        Some(w) => {
            let (ws, wwcs) = open(w, budget).with_context(|| format!("weights {}", w.display()))?;
            // a weight map without a usable WCS of its own shares the image's (as reproject)
            let wwcs = if wwcs.celestial_axes().is_some() {
                wwcs
            } else {
                wcs.clone()
            };
            Some((ws, wwcs))
        }
    };
    Ok(Opened {
        path: path.to_path_buf(),
        source,
        wcs,
        weights,
    })
}

fn combine(c: CombineArg) -> Combine {
    match c {
        CombineArg::Mean => Combine::Mean,
        CombineArg::Sum => Combine::Sum,
        CombineArg::Median => Combine::Median,
        CombineArg::First => Combine::First,
        CombineArg::Last => Combine::Last,
        CombineArg::Min => Combine::Min,
        CombineArg::Max => Combine::Max,
    }
}

/// The output grid: the target's, or the optimal one of the inputs.
fn output_grid(a: &MosaicArgs, inputs: &[Opened]) -> Result<(Header, Wcs, (usize, usize))> {
    if let Some(t) = &a.target {
        let target = load_header(t, None)?;
        let wcs =
            Wcs::from_cards(&target.to_cards_string()).with_context(|| t.display().to_string())?;
        let shape = shape_of_target(&target, t)?;
        let [ny, nx] = shape[..] else {
            bail!(
                "{}: a mosaic target must be 2-D (shape {shape:?})",
                t.display()
            );
        };
        let mut h = Header::new();
        for card in target.iter().filter(|c| !is_layout_or_name(c.keyword())) {
            h.push(card.clone());
        }
        return Ok((h, wcs, (ny, nx)));
    }
    let grid_inputs: Vec<GridInput> = inputs
        .iter()
        .map(|o| GridInput {
            wcs: o.wcs.clone(),
            shape: o.source.shape().to_vec(),
            kind: InputKind::Fits,
        })
        .collect();
    let opts = GridOptions {
        frame: a.frame.as_deref().map(Frame::parse).transpose()?,
        projection: a.projection.clone(),
        resolution_deg: a.resolution.map(|r| r / 3600.0),
        reference: None,
        auto_rotate: a.auto_rotate,
        lon_cdelt: LonCdelt::Negative,
    };
    let grid = find_optimal_celestial_wcs(&grid_inputs, &opts)?;
    let mut h = grid.header()?;
    h.retain(|c| !is_layout_or_name(c.keyword()));
    Ok((h, grid.wcs()?, grid.shape))
}

fn progress_bar(total: u64) -> ProgressBar {
    let bar = ProgressBar::new(total);
    if std::io::stderr().is_terminal() {
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} mosaicking [{bar:40}] {percent:>3}% {elapsed_precise} eta {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar
}

pub fn run(a: &MosaicArgs) -> Result<()> {
    let method: Box<dyn Reproject> = match a.method {
        MethodArg::Interp => Box::new(InterpMethod(a.order)),
        MethodArg::Adaptive => Box::new(AdaptiveMethod::default()),
        MethodArg::Exact => Box::new(ExactMethod),
    };
    if !a.weights.is_empty() && a.weights.len() != a.inputs.len() {
        bail!(
            "{} weight maps for {} inputs: give one per input, in the same order",
            a.weights.len(),
            a.inputs.len()
        );
    }
    let inputs = crate::safety::Inputs::new(
        a.inputs
            .iter()
            .chain(&a.weights)
            .chain(&a.target)
            .map(PathBuf::as_path),
    );
    inputs.refuse_as_output(&a.output)?;
    if let Some(png) = &a.preview {
        inputs.refuse_as_output(png)?;
    }
    let mut failed = 0usize;
    let mut opened = Vec::new();
    // all inputs and weights together stay within --memory of resident mapped pages
    let budget = SharedResidentBudget::new(a.memory.max(1) << 20);
    for (i, path) in a.inputs.iter().enumerate() {
        match open_input(path, a.weights.get(i), &budget) {
            Ok(o) => opened.push(o),
            Err(e) => {
                failed += 1;
                eprintln!(
                    "skywarp: {}: skipped: {}",
                    path.display(),
                    format!("{e:#}").replace('\n', " ")
                );
            }
        }
    }
    if opened.is_empty() {
        bail!("no usable input");
    }
    let (mut hdr, wcs_out, shape_out) = output_grid(a, &opened)?;
    hdr.add_history(&format!(
        "skywarp {} mosaic of {} images, combine={:?}{}",
        env!("CARGO_PKG_VERSION"),
        opened.len(),
        combine(a.combine),
        if a.match_background {
            ", backgrounds matched"
        } else {
            ""
        }
    ))?;
    let mut fh = hdr.clone();
    fh.retain(|c| c.keyword() != "HISTORY");
    fh.set_str("EXTNAME", "FOOTPRINT")?;
    let shape = [shape_out.0, shape_out.1];
    let writer = BandFitsWriter::create(
        &a.output,
        &[(hdr, shape, Bitpix::F32), (fh, shape, Bitpix::F32)],
    )?;
    let inputs: Vec<MosaicInput> = opened
        .iter()
        .map(|o| MosaicInput {
            name: o.path.display().to_string(),
            source: &o.source,
            wcs: o.wcs.clone(),
            weights: o
                .weights
                .as_ref()
                .map(|(s, w)| (s as &dyn Source, w.clone())),
        })
        .collect();
    let opts = CoaddOptions {
        combine: combine(a.combine),
        run: RunOptions {
            threads: crate::safety::threads(a.threads)?,
            ..Default::default()
        },
        blank: a.blank.unwrap_or(f64::NAN),
        memory: a.memory.max(1) << 20,
        match_background: a.match_background,
        background_reference: a.background_reference,
        rows: None,
        corrections: None,
    };
    let passes = if a.match_background { 2 } else { 1 };
    let bar = progress_bar((shape_out.0 * shape_out.1 * passes) as u64);
    let tick = |n: u64| bar.inc(n);
    let mut out = FitsBandOutput {
        writer: &writer,
        footprint_hdu: Some(1),
    };
    let report = coadd(
        method.as_ref(),
        &inputs,
        &wcs_out,
        shape_out,
        &opts,
        &mut out,
        Some(&tick),
    )?;
    bar.finish_and_clear();
    writer.commit()?;
    for (i, why) in &report.skipped {
        failed += 1;
        eprintln!("skywarp: {}: skipped: {why}", inputs[*i].name);
    }
    if let Some(png) = &a.preview {
        crate::cmd_preview::run(&crate::cmd_preview::PreviewArgs {
            file: a.output.clone(),
            output: png.clone(),
            hdu: None,
            plane: 0,
            size: 1024,
            percentiles: vec![0.5, 99.5],
        })?;
    }
    if failed > 0 {
        bail!(
            "{failed} of {} inputs could not be used; the mosaic of the others is in {}",
            a.inputs.len(),
            a.output.display()
        );
    }
    Ok(())
}
