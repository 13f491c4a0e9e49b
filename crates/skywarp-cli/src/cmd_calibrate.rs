//! `skywarp calibrate`: master bias / dark / flat from raw frames, then calibrated lights.
//!
//! Masters go to `DIR/master_{bias,dark,flat}.fits` and each light to `DIR/<its file name>`.
//! Every output is written atomically; a re-run reuses masters and skips lights whose outputs
//! are up to date (same inputs, masters and options, recorded as a fingerprint in the header).
//! A light that cannot be calibrated is reported on stderr (one line, naming it) and the others
//! go on; the exit code is 1 if any failed.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use skywarp_calib::master::{fingerprint_files, load_if_current};
use skywarp_calib::{
    calibrate_many, master_bias, master_dark, master_flat, BadPixelMask, CalibrateOptions,
    CenterFunc, CombineMethod, DarkScaling, FlatNormalization, InvalidPixels, Master, MasterKind,
    MasterOptions, Masters, NoiseModel, Outcome, Param, SigmaClip,
};
use skywarp_fits::HduSelector;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CombineArg {
    /// NaN-ignoring median (numpy nanmedian; eloy's choice).
    Median,
    /// NaN-ignoring mean.
    Mean,
    /// Mean after astropy sigma_clip (see --sigma, --maxiters, --cenfunc).
    SigmaClip,
    /// Mean after dropping the --nlow lowest and --nhigh highest values.
    Minmax,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CenfuncArg {
    Median,
    Mean,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DarkScalingArg {
    /// eloy: master dark = combine((dark - bias) / t), a rate; subtracted as rate * t.
    Rate,
    /// ccdproc: master dark = combine(dark - bias) at the darks' exposure t_d; scaled by t / t_d.
    ExposureRatio,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FlatNormArg {
    /// eloy: each reduced flat divided by its mean.
    Mean,
    /// Each reduced flat divided by its median.
    Median,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InvalidArg {
    /// Negative values kept, non-finite values become NaN.
    Nan,
    /// eloy: negative or non-finite values become -1.
    Eloy,
}

#[derive(Args, Debug)]
pub struct CalibrateArgs {
    /// Raw bias frames, combined into DIR/master_bias.fits.
    #[arg(long, num_args = 1.., value_name = "FILE", conflicts_with = "master_bias")]
    pub bias: Vec<PathBuf>,
    /// Raw dark frames, combined into DIR/master_dark.fits.
    #[arg(long, num_args = 1.., value_name = "FILE", conflicts_with = "master_dark")]
    pub dark: Vec<PathBuf>,
    /// Raw flat frames, combined into DIR/master_flat.fits.
    #[arg(long, num_args = 1.., value_name = "FILE", conflicts_with = "master_flat")]
    pub flat: Vec<PathBuf>,
    /// An existing master bias.
    #[arg(long, value_name = "FILE")]
    pub master_bias: Option<PathBuf>,
    /// An existing master dark (skywarp's SWDKMODE keyword says rate or scaled; otherwise --dark-scaling).
    #[arg(long, value_name = "FILE")]
    pub master_dark: Option<PathBuf>,
    /// An existing master flat.
    #[arg(long, value_name = "FILE")]
    pub master_flat: Option<PathBuf>,
    /// Output directory (created if missing).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,
    /// How frames are combined into masters.
    #[arg(long, value_enum, default_value = "median")]
    pub combine: CombineArg,
    /// sigma-clip: bound in standard deviations (both sides).
    #[arg(long, default_value_t = 3.0)]
    pub sigma: f64,
    /// sigma-clip: lower bound (overrides --sigma).
    #[arg(long)]
    pub sigma_lower: Option<f64>,
    /// sigma-clip: upper bound (overrides --sigma).
    #[arg(long)]
    pub sigma_upper: Option<f64>,
    /// sigma-clip: maximum clipping passes; 0 = until nothing changes (astropy maxiters=None).
    #[arg(long, default_value_t = 5)]
    pub maxiters: u32,
    /// sigma-clip: centre of the bounds.
    #[arg(long, value_enum, default_value = "median")]
    pub cenfunc: CenfuncArg,
    /// minmax: values dropped at the low end.
    #[arg(long, default_value_t = 1)]
    pub nlow: usize,
    /// minmax: values dropped at the high end.
    #[arg(long, default_value_t = 1)]
    pub nhigh: usize,
    /// Header keyword with the exposure time in seconds.
    #[arg(long, default_value = "EXPTIME", value_name = "KEY")]
    pub exposure_key: String,
    /// Dark convention.
    #[arg(long, value_enum, default_value = "rate")]
    pub dark_scaling: DarkScalingArg,
    /// Flat normalisation.
    #[arg(long, value_enum, default_value = "mean")]
    pub flat_norm: FlatNormArg,
    /// What negative and non-finite calibrated values become.
    #[arg(long, value_enum, default_value = "nan")]
    pub invalid: InvalidArg,
    /// Add a VARIANCE extension: (gain*max(raw-bias,0) + rn^2) / gain^2 / flat^2, in adu^2.
    #[arg(long)]
    pub variance: bool,
    /// Gain in e-/adu for --variance: a number or a header keyword.
    #[arg(long, default_value = "GAIN", value_name = "VALUE|KEY")]
    pub gain: String,
    /// Read noise in e- for --variance: a number or a header keyword.
    #[arg(long, default_value = "RDNOISE", value_name = "VALUE|KEY")]
    pub read_noise: String,
    /// Bad-pixel mask (non-zero = bad), carried into a MASK extension of every light.
    #[arg(long, value_name = "FILE")]
    pub bad_pixel_mask: Option<PathBuf>,
    /// Add a MASK extension (non-finite pixels) even without --bad-pixel-mask.
    #[arg(long)]
    pub mask: bool,
    /// HDU holding the image in every input (index or EXTNAME; default: first with data).
    #[arg(long, value_name = "HDU")]
    pub hdu: Option<String>,
    /// Memory budget in MiB for the frame stack (decides the band height).
    #[arg(long, default_value_t = 256, value_name = "MIB")]
    pub memory: usize,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// fsync every output before renaming it into place (durable against power loss; slower).
    #[arg(long)]
    pub sync: bool,
    /// Recompute masters and lights even when their outputs are up to date.
    #[arg(long)]
    pub overwrite: bool,
    /// Read more light paths from this file (one per line).
    #[arg(long, value_name = "FILE")]
    pub lights_from: Option<PathBuf>,
    /// Print timings and what was reused.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Science frames to calibrate into DIR/<same file name>.
    #[arg(value_name = "LIGHT")]
    pub lights: Vec<PathBuf>,
}

pub fn run(a: &CalibrateArgs) -> Result<()> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = crate::safety::threads(a.threads)? {
        builder = builder.num_threads(n);
    }
    let pool = builder.build().context("cannot start the worker threads")?;
    pool.install(|| run_in_pool(a))
}

fn param(text: &str) -> Param {
    match text.trim().parse::<f64>() {
        Ok(v) => Param::Value(v),
        Err(_) => Param::Keyword(text.trim().to_string()),
    }
}

fn run_in_pool(a: &CalibrateArgs) -> Result<()> {
    let t_start = Instant::now();
    let hdu = match &a.hdu {
        Some(h) => HduSelector::parse(h)?,
        None => HduSelector::Default,
    };
    let method = match a.combine {
        CombineArg::Median => CombineMethod::Median,
        CombineArg::Mean => CombineMethod::Mean,
        CombineArg::SigmaClip => CombineMethod::SigmaClip(SigmaClip {
            sigma_lower: a.sigma_lower.unwrap_or(a.sigma),
            sigma_upper: a.sigma_upper.unwrap_or(a.sigma),
            maxiters: (a.maxiters > 0).then_some(a.maxiters),
            cenfunc: match a.cenfunc {
                CenfuncArg::Median => CenterFunc::Median,
                CenfuncArg::Mean => CenterFunc::Mean,
            },
        }),
        CombineArg::Minmax => CombineMethod::MinMax {
            nlow: a.nlow,
            nhigh: a.nhigh,
        },
    };
    method.validate()?;
    if a.memory == 0 {
        bail!("--memory must be at least 1 MiB");
    }
    let budget = a.memory.saturating_mul(1 << 20);
    let mopts = MasterOptions {
        method,
        memory_budget: budget,
        exposure_key: a.exposure_key.clone(),
        dark_scaling: match a.dark_scaling {
            DarkScalingArg::Rate => DarkScaling::Rate,
            DarkScalingArg::ExposureRatio => DarkScaling::ExposureRatio,
        },
        flat_normalization: match a.flat_norm {
            FlatNormArg::Mean => FlatNormalization::Mean,
            FlatNormArg::Median => FlatNormalization::Median,
        },
        hdu: hdu.clone(),
    };

    let mut lights = a.lights.clone();
    if let Some(list) = &a.lights_from {
        let text = skywarp_fits::read_text_capped(list, "list of lights")?;
        lights.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(PathBuf::from),
        );
    }
    let nothing_to_build = a.bias.is_empty() && a.dark.is_empty() && a.flat.is_empty();
    if nothing_to_build && lights.is_empty() {
        bail!("nothing to do: give --bias/--dark/--flat frames to combine and/or LIGHT frames to calibrate");
    }
    refuse_overwriting_inputs(a, &lights)?;
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("{}: cannot create the output directory", a.out.display()))?;

    // Masters: built from frames (or reused when up to date), or loaded.
    let say = |msg: String| {
        if a.verbose {
            eprintln!("skywarp: {msg}");
        }
    };
    let run = MasterRun {
        out: &a.out,
        opts: &mopts,
        overwrite: a.overwrite,
        sync: a.sync,
        say: &say,
    };
    let bias = run.master(MasterKind::Bias, &a.bias, a.master_bias.as_deref(), &[])?;
    let dark = run.master(
        MasterKind::Dark,
        &a.dark,
        a.master_dark.as_deref(),
        &[bias.as_ref()],
    )?;
    let flat = run.master(
        MasterKind::Flat,
        &a.flat,
        a.master_flat.as_deref(),
        &[bias.as_ref(), dark.as_ref()],
    )?;
    let t_masters = t_start.elapsed();
    if lights.is_empty() {
        say(format!("masters done in {:.3} s", t_masters.as_secs_f64()));
        return Ok(());
    }
    let masters = Masters { bias, dark, flat };
    masters.shape()?;

    let mask = match &a.bad_pixel_mask {
        Some(p) => Some(BadPixelMask::load(p, &HduSelector::Default)?),
        None => None,
    };
    let copts = CalibrateOptions {
        exposure_key: a.exposure_key.clone(),
        invalid: match a.invalid {
            InvalidArg::Nan => InvalidPixels::Nan,
            InvalidArg::Eloy => InvalidPixels::Eloy,
        },
        noise: a.variance.then(|| NoiseModel {
            gain: param(&a.gain),
            read_noise: param(&a.read_noise),
        }),
        mask,
        write_mask: a.mask,
        hdu,
        overwrite: a.overwrite,
        memory_budget: budget,
        sync: a.sync,
    };

    // A light named like a master would overwrite it.
    let reserved: Vec<String> = [MasterKind::Bias, MasterKind::Dark, MasterKind::Flat]
        .iter()
        .map(|k| k.file_name())
        .collect();
    let (clash, lights): (Vec<PathBuf>, Vec<PathBuf>) = lights.into_iter().partition(|l| {
        l.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .is_some_and(|n| reserved.contains(&n))
    });
    let mut failed = 0usize;
    for l in &clash {
        eprintln!("skywarp: {}: its output would overwrite a master frame of the same name; rename the light", l.display());
        failed += 1;
    }

    let bar = ProgressBar::new(lights.len() as u64);
    if std::io::stderr().is_terminal() {
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} calibrating [{bar:40}] {pos}/{len} {elapsed_precise} eta {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    let written = AtomicUsize::new(0);
    let skipped = AtomicUsize::new(0);
    let failures = AtomicUsize::new(0);
    let t_lights = Instant::now();
    calibrate_many(&lights, &a.out, &masters, &copts, &|r| {
        match &r.result {
            Ok(Outcome::Written) => {
                written.fetch_add(1, Ordering::Relaxed);
            }
            Ok(Outcome::Skipped) => {
                skipped.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => {
                failures.fetch_add(1, Ordering::Relaxed);
                let msg = e.to_string().replace('\n', " ");
                let name = r.input.display().to_string();
                let line = if msg.starts_with(&name) {
                    msg
                } else {
                    format!("{name}: {msg}")
                };
                bar.suspend(|| eprintln!("skywarp: {line}"));
            }
        }
        bar.inc(1);
    });
    bar.finish_and_clear();
    failed += failures.load(Ordering::Relaxed);
    let (w, s) = (
        written.load(Ordering::Relaxed),
        skipped.load(Ordering::Relaxed),
    );
    say(format!(
        "masters {:.3} s, lights {:.3} s: {w} written, {s} up to date, {failed} failed",
        t_masters.as_secs_f64(),
        t_lights.elapsed().as_secs_f64()
    ));
    if failed > 0 {
        bail!(
            "{failed} of {} light(s) could not be calibrated (listed above); {w} written, {s} already up to date in {}",
            lights.len() + clash.len(),
            a.out.display()
        );
    }
    Ok(())
}

/// Where and how masters are built.
struct MasterRun<'a> {
    out: &'a Path,
    opts: &'a MasterOptions,
    overwrite: bool,
    sync: bool,
    say: &'a dyn Fn(String),
}

impl MasterRun<'_> {
    /// Builds (or reuses when up to date, or loads when given) one master.
    fn master(
        &self,
        kind: MasterKind,
        frames: &[PathBuf],
        given: Option<&Path>,
        deps: &[Option<&Master>],
    ) -> Result<Option<Master>> {
        let (out, opts, overwrite, sync, say) =
            (self.out, self.opts, self.overwrite, self.sync, self.say);
        if let Some(p) = given {
            let m = Master::load(p, kind, opts)
                .with_context(|| format!("loading the master {}", kind.name()))?;
            say(format!("master {}: {}", kind.name(), p.display()));
            return Ok(Some(m));
        }
        if frames.is_empty() {
            return Ok(None);
        }
        let path = out.join(kind.file_name());
        let fp = fingerprint_files(kind, frames, opts, deps)?;
        if !overwrite {
            if let Some(m) = load_if_current(&path, kind, &fp, opts) {
                say(format!(
                    "master {}: {} is up to date",
                    kind.name(),
                    path.display()
                ));
                return Ok(Some(m));
            }
        }
        let t0 = Instant::now();
        let m = match kind {
            MasterKind::Bias => master_bias(frames, opts),
            MasterKind::Dark => master_dark(frames, deps[0], opts),
            MasterKind::Flat => master_flat(frames, deps[0], deps[1], opts),
        }
        .with_context(|| format!("building the master {}", kind.name()))?;
        let t1 = Instant::now();
        m.write(&path, sync)?;
        let mut m = m;
        m.origin = path.display().to_string();
        if let Some(r) = &m.report {
            say(format!(
            "master {}: {} frames, {} band(s) of {} rows, {} pass(es); combine {:.3} s, write {:.3} s -> {}",
            kind.name(),
            r.n_frames,
            r.bands,
            r.band_rows,
            r.passes,
            (t1 - t0).as_secs_f64(),
            t1.elapsed().as_secs_f64(),
            path.display()
        ));
        }
        Ok(Some(m))
    }
}

/// Every file this run may write (the masters it builds, DIR/<light name>) checked against
/// every file it reads, before any work: `calibrate light.fits -o .` must not replace the light.
fn refuse_overwriting_inputs(a: &CalibrateArgs, lights: &[PathBuf]) -> Result<()> {
    let given = [
        &a.master_bias,
        &a.master_dark,
        &a.master_flat,
        &a.bad_pixel_mask,
    ];
    let inputs = crate::safety::Inputs::new(
        lights
            .iter()
            .chain(&a.bias)
            .chain(&a.dark)
            .chain(&a.flat)
            .chain(given.into_iter().flatten())
            .map(PathBuf::as_path),
    );
    let masters = [
        (MasterKind::Bias, &a.bias),
        (MasterKind::Dark, &a.dark),
        (MasterKind::Flat, &a.flat),
    ]
    .into_iter()
    .filter(|(_, frames)| !frames.is_empty())
    .map(|(k, _)| a.out.join(k.file_name()));
    let light_outputs = lights
        .iter()
        .filter_map(|l| l.file_name().map(|n| a.out.join(n)));
    for out in masters.chain(light_outputs) {
        inputs.refuse_as_output(&out)?;
    }
    Ok(())
}
