//! `skywarp reproject`: reproject_interp, reproject_adaptive and reproject_exact from the command line,
//! streamed straight into a FITS file.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use skywarp::adaptive::{AdaptiveKernel, AdaptiveOptions, BadValueMode, BoundaryMode};
use skywarp::coords::CoordMode;
use skywarp::sink::{FitsSink, Sink};
use skywarp::BandFitsSink;
use skywarp::{
    reproject_exact, reproject_interp, Adaptive, FitsSource, InterpOptions, Order, RunOptions,
    Source,
};
use skywarp_fits::{
    is_structural, BandFitsWriter, Bitpix, HduSelector, Header, ImageReader, MmapFitsWriter,
};

use crate::input::{wcs_for_data, with_wcs_key, Target};

/// The reprojection algorithm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// Interpolation (reproject_interp), of the order given by --order.
    Interp,
    /// DeForest adaptive anti-aliased resampling (reproject_adaptive), with the adaptive options.
    Adaptive,
    /// Flux-conserving spherical pixel overlap (reproject_exact); the FOOTPRINT is the fractional
    /// coverage.
    Exact,
}

/// How the output file is filled (a benchmarking aid; both give the same bytes).
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum WriterArg {
    /// Positioned writes of each finished block (`BandFitsWriter`).
    Band,
    /// A shared writable mapping of the file (`MmapFitsWriter`).
    Mapping,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DtypeArg {
    F32,
    F64,
}

#[derive(Args)]
pub struct ReprojectArgs {
    /// Input FITS file.
    pub input: PathBuf,
    /// Target grid: a FITS file (its header and shape; its distortion lookup tables too) or a
    /// header text file (with NAXISn, or give --shape).
    #[arg(long = "to", value_name = "TARGET")]
    pub target: PathBuf,
    /// Output shape NY,NX (NZ,NY,NX for a cube): needed when the target header has no NAXISn,
    /// overrides them when it has.
    #[arg(long, value_name = "NY,NX", value_parser = crate::input::parse_shape)]
    pub shape: Option<crate::input::ShapeArg>,
    /// Use the input's alternate WCS KEY (a letter A-Z: CTYPE1A, ...; astropy's `WCS(header,
    /// key=...)`) instead of its primary WCS.
    #[arg(long, value_name = "KEY", value_parser = crate::input::parse_wcs_key)]
    pub wcs_key: Option<char>,
    /// Use the target's alternate WCS KEY instead of its primary WCS; the output's primary WCS is
    /// then that one.
    #[arg(long, value_name = "KEY", value_parser = crate::input::parse_wcs_key)]
    pub target_wcs_key: Option<char>,
    /// Output FITS file (written atomically: a temporary file renamed at the end).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Input HDU (index or EXTNAME); default: the first image HDU with data.
    #[arg(long)]
    pub hdu: Option<String>,
    /// Reprojection algorithm.
    #[arg(long, value_enum, default_value = "interp")]
    pub method: MethodArg,
    /// Interpolation order (--method interp): nearest-neighbor (or nearest, 0), bilinear (1, the
    /// default), biquadratic (2), bicubic (3).
    #[arg(long, value_parser = |s: &str| s.parse::<Order>())]
    pub order: Option<Order>,
    #[command(flatten)]
    pub adaptive: AdaptiveArgs,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Output block size ROWS,COLS (default 512,512).
    #[arg(long, value_parser = parse_block)]
    pub block_size: Option<(usize, usize)>,
    /// Do not check that coordinates round-trip (reproject's roundtrip_coords=False; --method interp,
    /// exact overlap never checks, like reproject_exact).
    #[arg(long)]
    pub no_roundtrip: bool,
    /// Do not write the FOOTPRINT extension.
    #[arg(long)]
    pub no_footprint: bool,
    /// Output data type (default: f64 for 64-bit float input, else f32).
    #[arg(long, value_enum)]
    pub dtype: Option<DtypeArg>,
    /// Map every output pixel exactly instead of through the adaptive grid.
    #[arg(long, conflicts_with = "tolerance")]
    pub exact_coords: bool,
    /// Adaptive-grid tolerance in input pixels (default 1e-6; larger is faster).
    #[arg(long)]
    pub tolerance: Option<f64>,
    /// How the output is written: positioned writes (default) or a shared mapping. Both give
    /// the same file; kept to compare their speed (bench/peers).
    #[arg(long, value_enum, default_value = "band", hide = true)]
    pub writer: WriterArg,
    /// Print timing and how many coordinates were computed exactly.
    #[arg(short, long)]
    pub verbose: bool,
}

/// reproject_adaptive's options (`--method adaptive`), with its defaults and names.
#[derive(Args, Default)]
pub struct AdaptiveArgs {
    /// Averaging kernel: gaussian (default) or hann.
    #[arg(long, value_parser = |s: &str| AdaptiveKernel::parse(s).map_err(|e| e.to_string()))]
    pub kernel: Option<AdaptiveKernel>,
    /// Gaussian width (±1 sigma) in output pixels (default 1.3).
    #[arg(long)]
    pub kernel_width: Option<f64>,
    /// Width in output pixels of the region sampled for the Gaussian (default 4).
    #[arg(long)]
    pub sample_region_width: Option<f64>,
    /// strict (default), constant, grid-constant, ignore, ignore_threshold or nearest.
    #[arg(long, value_parser = |s: &str| BoundaryMode::parse(s).map_err(|e| e.to_string()))]
    pub boundary_mode: Option<BoundaryMode>,
    /// Value outside the input for the constant and grid-constant boundary modes (default 0).
    #[arg(long, allow_negative_numbers = true)]
    pub boundary_fill_value: Option<f64>,
    /// Largest ignored weight fraction for --boundary-mode ignore_threshold (default 0.5).
    #[arg(long)]
    pub boundary_ignore_threshold: Option<f64>,
    /// Wrap the input's x axis (e.g. an all-sky CAR map).
    #[arg(long)]
    pub x_cyclic: bool,
    /// Wrap the input's y axis.
    #[arg(long)]
    pub y_cyclic: bool,
    /// What NaN/inf input pixels do: strict (default, propagate), ignore, or constant.
    #[arg(long, value_parser = |s: &str| BadValueMode::parse(s).map_err(|e| e.to_string()))]
    pub bad_value_mode: Option<BadValueMode>,
    /// Replacement of NaN/inf pixels for --bad-value-mode constant (default 0).
    #[arg(long, allow_negative_numbers = true)]
    pub bad_fill_value: Option<f64>,
    /// Multiply by the pixel-area ratio so that flux is conserved.
    #[arg(long)]
    pub conserve_flux: bool,
    /// Jacobian from the mapping at ±0.5 px instead of the neighbouring pixel centres.
    #[arg(long)]
    pub center_jacobian: bool,
    /// Replace spiking Jacobians (all-sky seams) by their neighbours' mean.
    #[arg(long)]
    pub despike_jacobian: bool,
}

impl AdaptiveArgs {
    fn any(&self) -> bool {
        self.kernel.is_some()
            || self.kernel_width.is_some()
            || self.sample_region_width.is_some()
            || self.boundary_mode.is_some()
            || self.boundary_fill_value.is_some()
            || self.boundary_ignore_threshold.is_some()
            || self.bad_value_mode.is_some()
            || self.bad_fill_value.is_some()
            || self.x_cyclic
            || self.y_cyclic
            || self.conserve_flux
            || self.center_jacobian
            || self.despike_jacobian
    }

    fn options(&self) -> AdaptiveOptions {
        let d = AdaptiveOptions::default();
        AdaptiveOptions {
            center_jacobian: self.center_jacobian,
            despike_jacobian: self.despike_jacobian,
            conserve_flux: self.conserve_flux,
            kernel: self.kernel.unwrap_or(d.kernel),
            kernel_width: self.kernel_width.unwrap_or(d.kernel_width),
            sample_region_width: self.sample_region_width.unwrap_or(d.sample_region_width),
            boundary_mode: self.boundary_mode.unwrap_or(d.boundary_mode),
            boundary_fill_value: self.boundary_fill_value.unwrap_or(d.boundary_fill_value),
            boundary_ignore_threshold: self
                .boundary_ignore_threshold
                .unwrap_or(d.boundary_ignore_threshold),
            x_cyclic: self.x_cyclic,
            y_cyclic: self.y_cyclic,
            bad_value_mode: self.bad_value_mode.unwrap_or(d.bad_value_mode),
            bad_fill_value: self.bad_fill_value.unwrap_or(d.bad_fill_value),
        }
    }
}

fn parse_block(s: &str) -> Result<(usize, usize), String> {
    let parts: Vec<&str> = s.split(',').collect();
    let nums: Vec<usize> = parts.iter().filter_map(|p| p.trim().parse().ok()).collect();
    match nums.as_slice() {
        [r, c] if *r > 0 && *c > 0 => Ok((*r, *c)),
        _ => Err(format!(
            "expected ROWS,COLS with two positive integers, got {s:?}"
        )),
    }
}

/// Cards of a target header that are not copied to the output: its layout (the writer sets the
/// output's) and its name (the output's HDUs are named by us).
pub(crate) fn is_layout_or_name(key: &str) -> bool {
    is_structural(key) || key.eq_ignore_ascii_case("EXTNAME")
}

/// The output file being filled, by either writer.
enum Output {
    Band(BandFitsWriter, Option<usize>),
    Mapping(MmapFitsWriter, Option<usize>),
}

impl Output {
    fn create(a: &ReprojectArgs, hdus: &[(Header, Vec<usize>, Bitpix)]) -> Result<Output> {
        let footprint_hdu = (!a.no_footprint).then_some(1);
        Ok(match a.writer {
            WriterArg::Band => {
                Output::Band(BandFitsWriter::create(&a.output, hdus)?, footprint_hdu)
            }
            WriterArg::Mapping => {
                Output::Mapping(MmapFitsWriter::create(&a.output, hdus)?, footprint_hdu)
            }
        })
    }

    /// Runs `run` on this output's sink (and writes out what a band sink still holds).
    fn with_sink<T>(
        &self,
        run: impl FnOnce(&dyn Sink) -> skywarp::Result<T>,
    ) -> skywarp::Result<T> {
        match self {
            Output::Band(w, fp) => {
                let sink = BandFitsSink::new(w, *fp);
                let out = run(&sink)?;
                sink.finish()?;
                Ok(out)
            }
            Output::Mapping(w, fp) => run(&FitsSink::new(w, *fp)),
        }
    }

    /// Writes a whole extra HDU (a distortion table) of the output.
    fn write_table(&self, hdu: usize, t: &crate::input::TableHdu) -> Result<()> {
        let [ny, nx] = t.shape[..] else {
            bail!("distortion table of shape {:?}: expected 2-D", t.shape);
        };
        let region = skywarp_fits::Region::new(0, skywarp_fits::Rect::full((ny, nx)));
        match self {
            Output::Band(w, _) => w.write(hdu, region, &t.data)?,
            Output::Mapping(w, _) => w.write(hdu, region, &t.data)?,
        }
        Ok(())
    }

    fn commit(self) -> Result<()> {
        match self {
            Output::Band(w, _) => w.commit()?,
            Output::Mapping(w, _) => w.finish()?,
        }
        Ok(())
    }
}

pub(crate) fn shape_of_target(header: &Header, path: &std::path::Path) -> Result<Vec<usize>> {
    let n = header.get_i64("NAXIS").unwrap_or(0);
    if n <= 0 {
        bail!(
            "{}: no NAXIS/NAXISn, so the output shape is unknown",
            path.display()
        );
    }
    let mut shape = Vec::new();
    for i in (1..=n).rev() {
        let v = header.get_i64(&format!("NAXIS{i}")).with_context(|| {
            format!(
                "{}: NAXIS{i} missing: the output shape is unknown",
                path.display()
            )
        })?;
        if v <= 0 {
            bail!(
                "{}: NAXIS{i} = {v}: the output must have at least one pixel per axis",
                path.display()
            );
        }
        shape.push(v as usize);
    }
    Ok(shape)
}

pub fn run(a: &ReprojectArgs) -> Result<()> {
    let sel = match &a.hdu {
        Some(h) => h
            .parse::<HduSelector>()
            .with_context(|| format!("bad --hdu {h:?}"))?,
        None => HduSelector::Default,
    };
    if let Some(t) = a.tolerance {
        if !(t.is_finite() && t > 0.0) {
            bail!("--tolerance {t}: the tolerance must be a positive number of input pixels (use --exact for none)");
        }
    }
    crate::safety::Inputs::new([a.input.as_path(), a.target.as_path()])
        .refuse_as_output(&a.output)?;
    // Input: memory-mapped when uncompressed (only the rows each block needs are read), else CFITSIO.
    let source = FitsSource::new(ImageReader::open(&a.input, &sel)?);
    let header_in = with_wcs_key(source.header(), a.wcs_key, &a.input)?;
    let bitpix = source.bitpix();
    let wcs_in = wcs_for_data(&header_in, Some(&a.input))
        .with_context(|| format!("{}", a.input.display()))?;
    let Target {
        header: target,
        wcs: wcs_out,
        shape: mut shape_out,
        tables,
    } = Target::load(
        &a.target,
        a.target_wcs_key,
        a.shape.as_ref().map(|s| s.0.as_slice()),
    )?;
    let shape_in = source.shape().to_vec();
    if shape_out.len() > wcs_out.naxis() {
        shape_out.drain(..shape_out.len() - wcs_out.naxis());
    }
    if shape_in.len() > wcs_in.naxis() {
        // extra leading input axes are independent images sharing the WCS: the output gets them too
        let lead = &shape_in[..shape_in.len() - wcs_in.naxis()];
        shape_out = lead.iter().chain(shape_out.iter()).copied().collect();
    }

    let dtype = match a.dtype {
        Some(DtypeArg::F64) => Bitpix::F64,
        Some(DtypeArg::F32) => Bitpix::F32,
        None if bitpix == -64 => Bitpix::F64,
        None => Bitpix::F32,
    };
    let mut hdr = Header::new();
    for card in target.iter() {
        if !is_layout_or_name(card.keyword()) {
            hdr.push(card.clone());
        }
    }
    if let Some(bunit) = header_in.get_str("BUNIT") {
        hdr.set_str("BUNIT", bunit)?;
    }
    if a.method != MethodArg::Adaptive && a.adaptive.any() {
        bail!("the adaptive options (--kernel, --boundary-mode, ...) need --method adaptive");
    }
    if a.method == MethodArg::Adaptive {
        a.adaptive.options().validate()?;
    }
    if a.method != MethodArg::Interp && a.order.is_some() {
        bail!("--order applies to --method interp only");
    }
    let order = a.order.unwrap_or(Order::Bilinear);
    let what = match a.method {
        MethodArg::Interp => format!("order={order:?} roundtrip={}", !a.no_roundtrip),
        MethodArg::Adaptive => format!(
            "method=adaptive {:?} roundtrip={}",
            a.adaptive.options(),
            !a.no_roundtrip
        ),
        MethodArg::Exact => "method=exact".to_string(),
    };
    hdr.add_history(&format!(
        "skywarp {} reproject {:?} {what}",
        env!("CARGO_PKG_VERSION"),
        a.input.file_name().unwrap_or_default(),
    ))?;
    let mut hdus = vec![(hdr.clone(), shape_out.clone(), dtype)];
    if !a.no_footprint {
        let mut fh = hdr.clone();
        fh.retain(|c| c.keyword() != "BUNIT" && c.keyword() != "HISTORY");
        fh.set_str("EXTNAME", "FOOTPRINT")?;
        hdus.push((fh, shape_out.clone(), Bitpix::F32));
    }
    // The target's distortion lookup tables follow, so that the output's header (which declares
    // them, as the target's does) describes the grid its pixels were computed on.
    let first_table = hdus.len();
    for t in &tables {
        let mut th = Header::new();
        for card in t.header.iter().filter(|c| !is_structural(c.keyword())) {
            th.push(card.clone());
        }
        let bitpix = if t.header.get_i64("BITPIX") == Some(-64) {
            Bitpix::F64
        } else {
            Bitpix::F32
        };
        hdus.push((th, t.shape.clone(), bitpix));
    }
    let output = Output::create(a, &hdus)?;
    for (i, t) in tables.iter().enumerate() {
        output.write_table(first_table + i, t)?;
    }

    let opts = RunOptions {
        roundtrip: !a.no_roundtrip,
        coords: if a.exact_coords {
            CoordMode::Exact
        } else {
            CoordMode::Grid(a.tolerance.unwrap_or(skywarp::DEFAULT_TOLERANCE))
        },
        block: a.block_size,
        threads: crate::safety::threads(a.threads)?,
        cancel: None,
    };
    let d = shape_out.len();
    let plane_pixels = (shape_out[d - 1] * shape_out[d - 2]) as u64;
    let bar = ProgressBar::new(plane_pixels);
    if std::io::stderr().is_terminal() {
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} reprojecting [{bar:40}] {percent:>3}% {elapsed_precise} eta {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    let tick = |n: u64| bar.inc(n);
    let t0 = std::time::Instant::now();
    let stats = output
        .with_sink(|sink| match a.method {
            MethodArg::Interp => {
                let io = InterpOptions {
                    order,
                    roundtrip: opts.roundtrip,
                    coords: opts.coords,
                    block: opts.block,
                    threads: opts.threads,
                    cancel: None,
                };
                reproject_interp(
                    &source,
                    &wcs_in,
                    &wcs_out,
                    &shape_out,
                    sink,
                    &io,
                    Some(&tick),
                )
            }
            MethodArg::Adaptive => {
                let k = Adaptive::new(a.adaptive.options(), &wcs_in, &wcs_out, opts.roundtrip)?;
                let shape = shape_out.as_slice();
                skywarp::run(
                    k,
                    &source,
                    &wcs_in,
                    &wcs_out,
                    shape,
                    sink,
                    &opts,
                    Some(&tick),
                )
            }
            MethodArg::Exact => reproject_exact(
                &source,
                &wcs_in,
                &wcs_out,
                &shape_out,
                sink,
                &opts,
                Some(&tick),
            ),
        })
        .with_context(|| format!("reprojecting {}", a.input.display()))?;
    bar.finish_and_clear();
    let t1 = std::time::Instant::now();
    output.commit()?;
    if a.verbose {
        eprintln!(
            "skywarp: {} blocks, {} output pixels per plane, {} exact coordinate evaluations ({:.2}%), reproject {:.3} s, finish {:.3} s",
            stats.blocks,
            stats.coord.pixels,
            stats.coord.exact_points,
            100.0 * stats.coord.exact_points as f64 / stats.coord.pixels.max(1) as f64,
            (t1 - t0).as_secs_f64(),
            t1.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
