//! Master bias, dark and flat frames.
//!
//! The formulas are eloy's (`eloy.calibration`) by default; ccdproc's choices are options:
//!
//! | master | default (eloy) | option (ccdproc) |
//! |---|---|---|
//! | bias | `combine(bias_i)` | — |
//! | dark | `combine((dark_i − bias) / t_i)`: a rate per second ([`DarkScaling::Rate`]) | `combine(dark_i − bias)` in ADU for the darks' exposure `t_d`, scaled by `t / t_d` when used ([`DarkScaling::ExposureRatio`]) |
//! | flat | `combine(r_i / mean(r_i))`, `r_i = flat_i − bias − dark·t_i` ([`FlatNormalization::Mean`]) | `r_i / median(r_i)` ([`FlatNormalization::Median`]) |
//!
//! `combine` is the median by default ([`CombineMethod`]); `t_i` comes from the header keyword
//! [`MasterOptions::exposure_key`] (`EXPTIME`). All arithmetic is in `f32`, in eloy's order of
//! operations, so float32 inputs give eloy's float32 results to within rounding. The mean/median
//! of a reduced flat is taken over its finite pixels (eloy's `np.mean` would turn a flat with a
//! single NaN pixel entirely into NaN).
//!
//! Masters live in memory (one `f32` frame each) and are written as single-HDU float32 FITS files
//! whose headers say what they are (`IMAGETYP`, `NCOMBINE`, `COMBMETH`, `SWDKMODE`, HISTORY with
//! every input) and carry a fingerprint of their inputs and options (`SWHASH`), so that a re-run
//! can reuse a master that is already up to date.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use skywarp_fits::{BandFitsWriter, Bitpix, HduSelector, Header, ImageReader};

use crate::combine::CombineMethod;
use crate::error::{display_name, CalibError, Result};
use crate::source::{exposure_from, FitsFrame, RowSource};
use crate::stack::{combine_sources, Normalize, Prep, StackReport, Tile, DEFAULT_MEMORY_BUDGET};

/// How a master dark is expressed and scaled to another exposure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DarkScaling {
    /// eloy: the master is a rate (ADU/s), multiplied by the light's exposure.
    #[default]
    Rate,
    /// ccdproc (`subtract_dark(scale=True)`): the master is in ADU for the darks' exposure
    /// `t_d` (all darks must share it) and is multiplied by `t / t_d`.
    ExposureRatio,
}

impl DarkScaling {
    /// The `SWDKMODE` keyword value.
    pub fn keyword(&self) -> &'static str {
        match self {
            DarkScaling::Rate => "RATE",
            DarkScaling::ExposureRatio => "SCALED",
        }
    }
}

/// How each reduced flat is normalised before combination.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FlatNormalization {
    /// eloy: divide by its own mean.
    #[default]
    Mean,
    /// ccdproc idiom (`combine(scale=1/median)`): divide by its own median.
    Median,
}

/// Which master a frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MasterKind {
    /// Master bias.
    Bias,
    /// Master dark.
    Dark,
    /// Master flat.
    Flat,
}

impl MasterKind {
    /// `bias`, `dark`, `flat`.
    pub fn name(&self) -> &'static str {
        match self {
            MasterKind::Bias => "bias",
            MasterKind::Dark => "dark",
            MasterKind::Flat => "flat",
        }
    }

    /// The conventional output file name, `master_<kind>.fits`.
    pub fn file_name(&self) -> String {
        format!("master_{}.fits", self.name())
    }
}

/// Options of the master builders.
#[derive(Clone, Debug, PartialEq)]
pub struct MasterOptions {
    /// How frames are combined (default: median).
    pub method: CombineMethod,
    /// Bytes the band buffer may use (default 256 MiB); decides the band height.
    pub memory_budget: usize,
    /// Header keyword holding the exposure time in seconds (default `EXPTIME`).
    pub exposure_key: String,
    /// Dark convention (default: eloy's rate).
    pub dark_scaling: DarkScaling,
    /// Flat normalisation (default: eloy's mean).
    pub flat_normalization: FlatNormalization,
    /// Which HDU of each input holds the image (default: the first with image data).
    pub hdu: HduSelector,
}

impl Default for MasterOptions {
    fn default() -> Self {
        MasterOptions {
            method: CombineMethod::Median,
            memory_budget: DEFAULT_MEMORY_BUDGET,
            exposure_key: "EXPTIME".into(),
            dark_scaling: DarkScaling::Rate,
            flat_normalization: FlatNormalization::Mean,
            hdu: HduSelector::Default,
        }
    }
}

/// A master frame in memory.
#[derive(Clone, Debug)]
pub struct Master {
    /// Bias, dark or flat.
    pub kind: MasterKind,
    /// `[height, width]`.
    pub shape: [usize; 2],
    /// Row-major values.
    pub data: Vec<f32>,
    /// The header written with it (provenance included).
    pub header: Header,
    /// For darks: how the values scale with exposure.
    pub dark_scaling: DarkScaling,
    /// For [`DarkScaling::ExposureRatio`] darks: the darks' exposure time `t_d`.
    pub exposure: Option<f64>,
    /// Fingerprint of the inputs and options (hex), also in the `SWHASH` keyword.
    pub fingerprint: String,
    /// Where it came from (file path, or a description).
    pub origin: String,
    /// What the combination did (`None` for a master loaded from a file).
    pub report: Option<StackReport>,
}

impl Master {
    /// Writes the master as a float32 single-HDU FITS file, atomically (temporary file renamed
    /// into place); with `sync` the data is flushed to disk before the rename.
    pub fn write(&self, path: impl AsRef<Path>, sync: bool) -> Result<()> {
        let hdu = [(self.header.clone(), self.shape, Bitpix::F32)];
        let w = BandFitsWriter::create(path, &hdu)?.sync_on_commit(sync);
        w.write_rows(0, 0, 0, &self.data)?;
        Ok(w.commit()?)
    }

    /// Loads a master written by skywarp or any other tool. For darks, the `SWDKMODE` keyword
    /// (written by skywarp) decides the convention; without it `opts.dark_scaling` is assumed,
    /// and an [`DarkScaling::ExposureRatio`] dark takes its exposure from `opts.exposure_key`.
    pub fn load(path: impl AsRef<Path>, kind: MasterKind, opts: &MasterOptions) -> Result<Master> {
        let path = path.as_ref();
        let name = display_name(path);
        let frame = FitsFrame::open(path, &opts.hdu)?;
        let shape = frame.shape();
        let mut data = vec![0f32; shape[0] * shape[1]];
        frame.read_rows(0, shape[0], &mut data)?;
        let header = frame.header().clone();
        let dark_scaling = match header
            .get_str("SWDKMODE")
            .map(|s| s.trim().to_ascii_uppercase())
        {
            Some(s) if s == "RATE" => DarkScaling::Rate,
            Some(s) if s == "SCALED" => DarkScaling::ExposureRatio,
            _ => opts.dark_scaling,
        };
        let exposure = if kind == MasterKind::Dark && dark_scaling == DarkScaling::ExposureRatio {
            let t = exposure_from(&header, &opts.exposure_key, &name)?;
            positive_exposure(t, &opts.exposure_key, &name)?;
            Some(t)
        } else {
            None
        };
        let fingerprint = match header.get_str("SWHASH") {
            Some(h) => h.trim().to_string(),
            None => hex(file_identity_hash(Fnv::new(), path).finish()),
        };
        Ok(Master {
            kind,
            shape,
            data,
            header,
            dark_scaling,
            exposure,
            fingerprint,
            origin: name,
            report: None,
        })
    }

    /// A master in memory (e.g. handed over from Python). Its fingerprint hashes the values.
    pub fn from_data(
        kind: MasterKind,
        shape: [usize; 2],
        data: Vec<f32>,
        dark_scaling: DarkScaling,
        exposure: Option<f64>,
    ) -> Result<Master> {
        if shape[0] * shape[1] != data.len() {
            return Err(CalibError::InvalidOption(format!(
                "master {}: {} values given for shape {:?}",
                kind.name(),
                data.len(),
                shape
            )));
        }
        let mut h = Fnv::new();
        h.write(kind.name().as_bytes());
        for v in &data {
            h.write(&v.to_le_bytes());
        }
        h.write(dark_scaling.keyword().as_bytes());
        h.write(&exposure.unwrap_or(0.0).to_le_bytes());
        let fingerprint = hex(h.finish());
        Ok(Master {
            kind,
            shape,
            data,
            header: Header::new(),
            dark_scaling,
            exposure,
            fingerprint,
            origin: format!("<{} in memory>", kind.name()),
            report: None,
        })
    }

    /// The value to subtract for a dark at exposure `t`: `dark * factor` with this factor.
    pub(crate) fn dark_factor(&self, t: f64) -> f32 {
        match (self.dark_scaling, self.exposure) {
            (DarkScaling::ExposureRatio, Some(td)) => (t / td) as f32,
            _ => t as f32,
        }
    }
}

fn positive_exposure(t: f64, key: &str, name: &str) -> Result<()> {
    if t > 0.0 {
        Ok(())
    } else {
        Err(CalibError::BadExposure {
            name: name.to_string(),
            key: key.to_string(),
            value: t,
            reason: "a dark's exposure must be positive".into(),
        })
    }
}

/// Master bias: the combination of the bias frames.
pub fn master_bias(files: &[PathBuf], opts: &MasterOptions) -> Result<Master> {
    let frames = open_all(files, &opts.hdu)?;
    let sources: Vec<&dyn RowSource> = frames.iter().map(|f| f as &dyn RowSource).collect();
    let exposures = vec![None; frames.len()];
    let fp = fingerprint_files(MasterKind::Bias, files, opts, &[])?;
    build_master(
        MasterKind::Bias,
        &sources,
        &exposures,
        None,
        None,
        opts,
        Some(frames[0].header()),
        fp,
    )
}

/// Master dark: the combination of `(dark − bias) / t` (or `dark − bias`, see [`DarkScaling`]).
pub fn master_dark(
    files: &[PathBuf],
    bias: Option<&Master>,
    opts: &MasterOptions,
) -> Result<Master> {
    let frames = open_all(files, &opts.hdu)?;
    let exposures = frames
        .iter()
        .map(|f| f.exposure(&opts.exposure_key).map(Some))
        .collect::<Result<Vec<_>>>()?;
    let sources: Vec<&dyn RowSource> = frames.iter().map(|f| f as &dyn RowSource).collect();
    let fp = fingerprint_files(MasterKind::Dark, files, opts, &[bias])?;
    build_master(
        MasterKind::Dark,
        &sources,
        &exposures,
        bias,
        None,
        opts,
        Some(frames[0].header()),
        fp,
    )
}

/// Master flat: the combination of the reduced flats `flat − bias − dark·t`, each divided by its
/// own mean (or median, see [`FlatNormalization`]).
pub fn master_flat(
    files: &[PathBuf],
    bias: Option<&Master>,
    dark: Option<&Master>,
    opts: &MasterOptions,
) -> Result<Master> {
    let frames = open_all(files, &opts.hdu)?;
    let exposures = if dark.is_some() {
        frames
            .iter()
            .map(|f| f.exposure(&opts.exposure_key).map(Some))
            .collect::<Result<Vec<_>>>()?
    } else {
        vec![None; frames.len()]
    };
    let sources: Vec<&dyn RowSource> = frames.iter().map(|f| f as &dyn RowSource).collect();
    let fp = fingerprint_files(MasterKind::Flat, files, opts, &[bias, dark])?;
    build_master(
        MasterKind::Flat,
        &sources,
        &exposures,
        bias,
        dark,
        opts,
        Some(frames[0].header()),
        fp,
    )
}

/// Opens every file (in parallel: opening parses headers), failing on the first bad one.
fn open_all(files: &[PathBuf], hdu: &HduSelector) -> Result<Vec<FitsFrame>> {
    if files.is_empty() {
        return Err(CalibError::NoInput("no input frames given".into()));
    }
    files.par_iter().map(|p| FitsFrame::open(p, hdu)).collect()
}

/// Builds a master from any row sources (files, memory). `exposures[i]` is frame `i`'s exposure
/// (needed for darks, and for flats when a dark is given); `base_header` (typically the first
/// frame's) is copied into the master's header; `fingerprint` identifies inputs + options.
#[allow(clippy::too_many_arguments)]
pub fn build_master(
    kind: MasterKind,
    sources: &[&dyn RowSource],
    exposures: &[Option<f64>],
    bias: Option<&Master>,
    dark: Option<&Master>,
    opts: &MasterOptions,
    base_header: Option<&Header>,
    fingerprint: String,
) -> Result<Master> {
    let first = sources
        .first()
        .ok_or_else(|| CalibError::NoInput(format!("no {} frames given", kind.name())))?;
    if exposures.len() != sources.len() {
        return Err(CalibError::InvalidOption(format!(
            "{} exposures given for {} frames",
            exposures.len(),
            sources.len()
        )));
    }
    let shape = first.shape();
    for m in [bias, dark].into_iter().flatten() {
        if m.shape != shape {
            return Err(CalibError::ShapeMismatch {
                name: first.name().to_string(),
                found: shape.to_vec(),
                expected: m.shape.to_vec(),
                reference: format!("the master {} {}", m.kind.name(), m.origin),
            });
        }
    }
    let need_exposure = kind == MasterKind::Dark || (kind == MasterKind::Flat && dark.is_some());
    let mut t = vec![0f64; sources.len()];
    if need_exposure {
        for (i, (s, e)) in sources.iter().zip(exposures).enumerate() {
            t[i] = e.ok_or_else(|| CalibError::MissingExposure {
                name: s.name().to_string(),
                key: opts.exposure_key.clone(),
            })?;
        }
    }
    let bias_data = bias.map(|b| b.data.as_slice());
    let mut dark_exposure = None;
    let mut normalize = Normalize::None;
    let prep: Box<Prep<'_>> = match kind {
        MasterKind::Bias => Box::new(|_, _: &Tile, _: &mut [f32]| {}),
        MasterKind::Dark => {
            match opts.dark_scaling {
                DarkScaling::Rate => {
                    for (s, &ti) in sources.iter().zip(&t) {
                        positive_exposure(ti, &opts.exposure_key, s.name())?;
                    }
                }
                DarkScaling::ExposureRatio => {
                    let t0 = t[0];
                    positive_exposure(t0, &opts.exposure_key, first.name())?;
                    if let Some((s, ti)) = sources
                        .iter()
                        .zip(&t)
                        .find(|(_, &ti)| (ti - t0).abs() > 1e-9 * t0.abs())
                    {
                        return Err(CalibError::BadExposure {
                            name: s.name().to_string(),
                            key: opts.exposure_key.clone(),
                            value: *ti,
                            reason: format!(
                                "exposure-ratio darks must share one exposure ({} has {t0}); use rate darks for mixed exposures",
                                first.name()
                            ),
                        });
                    }
                    dark_exposure = Some(t0);
                }
            }
            let rate = opts.dark_scaling == DarkScaling::Rate;
            let t = t.clone();
            Box::new(move |i, tile: &Tile, v: &mut [f32]| {
                if let Some(b) = bias_data {
                    tile.zip_rows(v, b, sub);
                }
                if rate {
                    // eloy: (data - bias) / exposure, in float32.
                    let ti = t[i] as f32;
                    v.iter_mut().for_each(|x| *x /= ti);
                }
            })
        }
        MasterKind::Flat => {
            normalize = match opts.flat_normalization {
                FlatNormalization::Mean => Normalize::Mean,
                FlatNormalization::Median => Normalize::Median,
            };
            let dark_part = dark.map(|d| {
                (
                    d.data.as_slice(),
                    t.iter().map(|&ti| d.dark_factor(ti)).collect::<Vec<f32>>(),
                )
            });
            Box::new(move |i, tile: &Tile, v: &mut [f32]| {
                // eloy: data - bias - dark * exposure, left to right in float32.
                if let Some(b) = bias_data {
                    tile.zip_rows(v, b, sub);
                }
                if let Some((d, factors)) = &dark_part {
                    let f = factors[i];
                    tile.zip_rows(v, d, |v, d| {
                        v.iter_mut().zip(d).for_each(|(x, &dv)| *x -= dv * f)
                    });
                }
            })
        }
    };
    let (data, report) =
        combine_sources(sources, &*prep, normalize, opts.method, opts.memory_budget)?;

    // Header: the first frame's cards (minus what no longer applies) + provenance.
    let mut header = base_header.cloned().unwrap_or_default();
    for k in ["BZERO", "BSCALE", "BLANK", "CHECKSUM", "DATASUM", "BUNIT"] {
        header.remove(k);
    }
    let kind_upper = kind.name().to_ascii_uppercase();
    header.set_with_comment(
        "IMAGETYP",
        skywarp_fits::Value::Str(format!("MASTER {kind_upper}")),
        "skywarp master frame",
    )?;
    header.set_with_comment(
        "NCOMBINE",
        skywarp_fits::Value::Int(sources.len() as i64),
        "number of frames combined",
    )?;
    header.set_with_comment(
        "COMBMETH",
        skywarp_fits::Value::Str(opts.method.name().to_string()),
        "how frames were combined",
    )?;
    match kind {
        MasterKind::Bias => {
            header.set_str("BUNIT", "adu")?;
            header.set_f64(&opts.exposure_key, 0.0)?;
        }
        MasterKind::Dark => {
            header.set_with_comment(
                "SWDKMODE",
                skywarp_fits::Value::Str(opts.dark_scaling.keyword().to_string()),
                "RATE: adu/s; SCALED: adu at EXPTIME",
            )?;
            match dark_exposure {
                Some(td) => {
                    header.set_str("BUNIT", "adu")?;
                    header.set_f64(&opts.exposure_key, td)?;
                }
                None => {
                    header.set_str("BUNIT", "adu/s")?;
                    header.set_with_comment(
                        &opts.exposure_key,
                        skywarp_fits::Value::Float(1.0),
                        "dark rate: values are per second",
                    )?;
                }
            }
        }
        MasterKind::Flat => {
            header.remove(&opts.exposure_key);
            let how = match opts.flat_normalization {
                FlatNormalization::Mean => "MEAN",
                FlatNormalization::Median => "MEDIAN",
            };
            header.set_with_comment(
                "SWFLNORM",
                skywarp_fits::Value::Str(how.into()),
                "each reduced flat divided by its own",
            )?;
        }
    }
    header.set_with_comment(
        "SWHASH",
        skywarp_fits::Value::Str(fingerprint.clone()),
        "skywarp fingerprint of inputs + options",
    )?;
    let formula = match (kind, opts.dark_scaling, opts.flat_normalization) {
        (MasterKind::Bias, _, _) => "combine(bias_i)".to_string(),
        (MasterKind::Dark, DarkScaling::Rate, _) => {
            "combine((dark_i - bias) / t_i), adu/s".to_string()
        }
        (MasterKind::Dark, DarkScaling::ExposureRatio, _) => {
            "combine(dark_i - bias), adu at the darks' exposure".to_string()
        }
        (MasterKind::Flat, _, n) => format!(
            "combine(r_i / {}(r_i)), r_i = flat_i - bias - dark * t_i",
            if n == FlatNormalization::Mean {
                "mean"
            } else {
                "median"
            }
        ),
    };
    history(
        &mut header,
        &format!("skywarp master {}: {formula}", kind.name()),
    )?;
    history(
        &mut header,
        &format!("combine: {} of {} frames", opts.method, sources.len()),
    )?;
    if let Some(b) = bias {
        history(&mut header, &format!("bias: {}", b.origin))?;
    }
    if let Some(d) = dark {
        history(
            &mut header,
            &format!("dark: {} ({})", d.origin, d.dark_scaling.keyword()),
        )?;
    }
    for (i, s) in sources.iter().enumerate() {
        let mut line = format!("input {}: {}", i + 1, s.name());
        if need_exposure {
            line.push_str(&format!(" ({} = {})", opts.exposure_key, t[i]));
        }
        if let Some(sc) = report.scales.get(i) {
            line.push_str(&format!(" norm {sc:.7e}"));
        }
        history(&mut header, &line)?;
    }
    if report.passes > 1 {
        history(
            &mut header,
            &format!(
                "stack larger than the memory budget: normalisation took a first pass ({} bands)",
                report.bands
            ),
        )?;
    }
    Ok(Master {
        kind,
        shape,
        data,
        header,
        dark_scaling: opts.dark_scaling,
        exposure: dark_exposure,
        fingerprint,
        origin: format!("master {} of {} frames", kind.name(), sources.len()),
        report: Some(report),
    })
}

/// `v[k] -= m[k]`, in float32.
fn sub(v: &mut [f32], m: &[f32]) {
    v.iter_mut().zip(m).for_each(|(x, &b)| *x -= b);
}

/// Appends a HISTORY card, replacing characters FITS cannot hold.
pub(crate) fn history(h: &mut Header, text: &str) -> Result<()> {
    let clean: String = text
        .chars()
        .map(|c| if (' '..='~').contains(&c) { c } else { '?' })
        .collect();
    h.add_history(&clean)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Fingerprints: FNV-1a over what determines an output, so re-runs can skip up-to-date work.

/// 64-bit FNV-1a.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // Separator so that ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) fn hex(v: u64) -> String {
    format!("{v:016x}")
}

/// Hashes a file's identity: canonical path, size and modification time.
pub(crate) fn file_identity_hash(mut h: Fnv, path: &Path) -> Fnv {
    let canon = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    h.write(canon.as_os_str().as_encoded_bytes());
    if let Ok(m) = std::fs::metadata(path) {
        h.write(&m.len().to_le_bytes());
        if let Ok(t) = m.modified() {
            if let Ok(d) = t.duration_since(std::time::UNIX_EPOCH) {
                h.write(&d.as_nanos().to_le_bytes());
            }
        }
    }
    h
}

/// The fingerprint of a master built from `files` with `opts` on top of `deps` (bias, dark).
pub fn fingerprint_files(
    kind: MasterKind,
    files: &[PathBuf],
    opts: &MasterOptions,
    deps: &[Option<&Master>],
) -> Result<String> {
    let mut h = Fnv::new();
    h.write(b"skywarp-master-v1");
    h.write(kind.name().as_bytes());
    h.write(opts.method.to_string().as_bytes());
    h.write(opts.exposure_key.as_bytes());
    h.write(format!("{:?}", opts.hdu).as_bytes());
    if kind == MasterKind::Dark {
        h.write(opts.dark_scaling.keyword().as_bytes());
    }
    if kind == MasterKind::Flat {
        h.write(format!("{:?}", opts.flat_normalization).as_bytes());
    }
    for d in deps {
        h.write(d.map_or("-", |m| m.fingerprint.as_str()).as_bytes());
    }
    for f in files {
        h = file_identity_hash(h, f);
    }
    Ok(hex(h.finish()))
}

/// Loads `path` if it is a master with fingerprint `fingerprint` (an up-to-date result of an
/// earlier run); `None` when it is missing, stale or unreadable.
pub fn load_if_current(
    path: &Path,
    kind: MasterKind,
    fingerprint: &str,
    opts: &MasterOptions,
) -> Option<Master> {
    let r = ImageReader::open(path, &HduSelector::Index(0)).ok()?;
    if r.header().get_str("SWHASH").map(str::trim) != Some(fingerprint) {
        return None;
    }
    drop(r);
    let m = Master::load(path, kind, opts).ok()?;
    (m.fingerprint == fingerprint).then_some(m)
}
