//! Calibrating science frames with master frames.
//!
//! `calibrated = (raw − (dark·t + bias)) / flat` (eloy's `calibrate`, same order of float32
//! operations; a missing master counts as 0 for bias/dark and 1 for the flat). With a
//! [`DarkScaling::ExposureRatio`](crate::master::DarkScaling) dark the factor is `t / t_dark`
//! instead of `t`. `t` is the light's exposure keyword (needed only when a dark is used).
//!
//! Invalid pixels: by default negative values are kept and non-finite results (NaN input, a
//! zero or NaN flat pixel) become NaN; [`InvalidPixels::Eloy`] reproduces eloy, where negative
//! and non-finite values become −1.
//!
//! Optional extra HDUs (image extensions after the primary):
//!
//! * `VARIANCE` (float32, ADU²) with a CCD noise model: with gain `g` (e⁻/ADU) and read noise
//!   `rn` (e⁻), `var = (g·max(raw − bias, 0) + rn²) / g² / flat²` — Poisson noise of everything
//!   the pixel collected after the bias level (sky, sources and dark current), plus read noise,
//!   scaled like the data by the flat. The noise of the masters themselves is neglected. NaN
//!   where the data is not finite.
//! * `MASK` (uint8): bit 1 = flagged in the bad-pixel mask, bit 2 = not finite before the
//!   invalid-pixel policy (NaN in the raw frame or in a master, flat = 0). Data values of flagged
//!   pixels are left as computed.
//!
//! Each light is read once through its memory map and written with positioned writes, band by
//! band (bands of a few dozen rows that stay in cache from decoding to encoding). The masters are
//! held in memory; [`calibrate_many`] walks groups of lights band by band together so that each
//! band of the masters comes from memory once per group. Outputs appear atomically; a re-run
//! skips a light whose output exists, is complete, and carries the same fingerprint
//! (`SWCALHSH`: masters, options and the input file's identity).

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use skywarp_fits::{BandFitsWriter, Bitpix, HduSelector, Header, MmapImage, Value};

use crate::error::{display_name, CalibError, Result};
use crate::master::{file_identity_hash, hex, history, Fnv, Master, MasterKind};
use crate::source::{exposure_from, FitsFrame, RowSource};
use crate::stack::DEFAULT_MEMORY_BUDGET;

/// Bytes of buffers per band of a light (all its HDUs together).
const LIGHT_BAND_BYTES: usize = 512 << 10;

/// The masters a light is calibrated with (any may be absent).
#[derive(Clone, Debug, Default)]
pub struct Masters {
    /// Master bias.
    pub bias: Option<Master>,
    /// Master dark.
    pub dark: Option<Master>,
    /// Master flat.
    pub flat: Option<Master>,
}

impl Masters {
    /// The common shape, checking that all present masters agree and are of the right kind.
    pub fn shape(&self) -> Result<Option<[usize; 2]>> {
        let mut shape: Option<([usize; 2], &str)> = None;
        for (m, kind) in [
            (&self.bias, MasterKind::Bias),
            (&self.dark, MasterKind::Dark),
            (&self.flat, MasterKind::Flat),
        ] {
            let Some(m) = m else { continue };
            if m.kind != kind {
                return Err(CalibError::InvalidOption(format!(
                    "{} given as the master {} but it is a {} master",
                    m.origin,
                    kind.name(),
                    m.kind.name()
                )));
            }
            match shape {
                None => shape = Some((m.shape, &m.origin)),
                Some((s, o)) if s != m.shape => {
                    return Err(CalibError::ShapeMismatch {
                        name: m.origin.clone(),
                        found: m.shape.to_vec(),
                        expected: s.to_vec(),
                        reference: format!("the shape of {o}"),
                    })
                }
                _ => {}
            }
        }
        Ok(shape.map(|(s, _)| s))
    }

    fn fingerprint(&self, h: &mut Fnv) {
        for m in [&self.bias, &self.dark, &self.flat] {
            h.write(
                m.as_ref()
                    .map_or("-", |m| m.fingerprint.as_str())
                    .as_bytes(),
            );
        }
    }
}

/// What becomes of negative and non-finite calibrated values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum InvalidPixels {
    /// Keep negative values; non-finite → NaN.
    #[default]
    Nan,
    /// eloy's convention: negative or non-finite → −1.
    Eloy,
}

/// A noise-model parameter: a value, or a header keyword of each light.
#[derive(Clone, Debug, PartialEq)]
pub enum Param {
    /// The same value for every frame.
    Value(f64),
    /// Read from this keyword of each light's header.
    Keyword(String),
}

impl Param {
    fn resolve(&self, header: &Header, name: &str, what: &str) -> Result<f64> {
        match self {
            Param::Value(v) => Ok(*v),
            Param::Keyword(k) => header.get_f64(k).filter(|v| v.is_finite()).ok_or_else(|| {
                CalibError::MissingKeyword {
                    name: name.to_string(),
                    key: k.clone(),
                    what: what.to_string(),
                }
            }),
        }
    }
}

/// Gain and read noise for the `VARIANCE` extension.
#[derive(Clone, Debug, PartialEq)]
pub struct NoiseModel {
    /// Gain in e⁻/ADU (default: keyword `GAIN`).
    pub gain: Param,
    /// Read noise in e⁻ (default: keyword `RDNOISE`).
    pub read_noise: Param,
}

impl Default for NoiseModel {
    fn default() -> Self {
        NoiseModel {
            gain: Param::Keyword("GAIN".into()),
            read_noise: Param::Keyword("RDNOISE".into()),
        }
    }
}

/// A bad-pixel mask: non-zero (or NaN) = bad.
#[derive(Clone, Debug, PartialEq)]
pub struct BadPixelMask {
    /// `[height, width]`.
    pub shape: [usize; 2],
    /// 1 = bad, 0 = good, row-major.
    pub data: Vec<u8>,
    /// Where it came from.
    pub origin: String,
}

impl BadPixelMask {
    /// Reads a mask image: any non-zero or NaN value flags the pixel.
    pub fn load(path: impl AsRef<Path>, hdu: &HduSelector) -> Result<BadPixelMask> {
        let path = path.as_ref();
        let f = FitsFrame::open(path, hdu)?;
        let shape = f.shape();
        let mut v = vec![0f32; shape[0] * shape[1]];
        f.read_rows(0, shape[0], &mut v)?;
        Ok(BadPixelMask {
            shape,
            data: v.iter().map(|&x| u8::from(x != 0.0)).collect(),
            origin: display_name(path),
        })
    }
}

/// Options of [`calibrate_frame`] / [`calibrate_many`].
#[derive(Clone, Debug, PartialEq)]
pub struct CalibrateOptions {
    /// Exposure keyword (default `EXPTIME`).
    pub exposure_key: String,
    /// Invalid-pixel policy (default: NaN, negatives kept).
    pub invalid: InvalidPixels,
    /// Write a `VARIANCE` extension with this noise model.
    pub noise: Option<NoiseModel>,
    /// Write a `MASK` extension flagging these pixels (and non-finite ones).
    pub mask: Option<BadPixelMask>,
    /// Write a `MASK` extension even without a bad-pixel mask.
    pub write_mask: bool,
    /// HDU of each light holding the image (default: the first with image data).
    pub hdu: HduSelector,
    /// Recompute outputs that are already up to date.
    pub overwrite: bool,
    /// Bytes of band buffers all concurrent frames may use together (default 256 MiB).
    pub memory_budget: usize,
    /// fsync each output before renaming it into place (default: no; see the module docs).
    pub sync: bool,
}

impl Default for CalibrateOptions {
    fn default() -> Self {
        CalibrateOptions {
            exposure_key: "EXPTIME".into(),
            invalid: InvalidPixels::Nan,
            noise: None,
            mask: None,
            write_mask: false,
            hdu: HduSelector::Default,
            overwrite: false,
            memory_budget: DEFAULT_MEMORY_BUDGET,
            sync: false,
        }
    }
}

/// What happened to one light.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Calibrated and written.
    Written,
    /// An up-to-date output was already there.
    Skipped,
}

/// The result for one light of [`calibrate_many`].
#[derive(Debug)]
pub struct FrameResult {
    /// The light.
    pub input: PathBuf,
    /// Its output.
    pub output: PathBuf,
    /// Written, skipped, or why it failed.
    pub result: Result<Outcome>,
}

/// The per-pixel kernel of one band.
struct Kernel<'a> {
    bias: Option<&'a [f32]>,
    dark: Option<(&'a [f32], f32)>,
    flat: Option<&'a [f32]>,
    invalid: InvalidPixels,
}

/// Invalid-pixel handling inside the fused loop.
const KEEP: u8 = 0;
const TO_NAN: u8 = 1;
const TO_MINUS_ONE: u8 = 2;

/// One branch-free pass: `x = (x - (d*t + b)) / f` (terms present per the flags), then the
/// invalid-pixel policy `P`. Monomorphised per combination so each loop vectorises.
#[inline(always)]
fn fused<const B: bool, const D: bool, const F: bool, const P: u8>(
    v: &mut [f32],
    b: &[f32],
    d: &[f32],
    f: &[f32],
    t: f32,
) {
    let n = v.len();
    let b = if B { &b[..n] } else { b };
    let d = if D { &d[..n] } else { d };
    let f = if F { &f[..n] } else { f };
    for i in 0..n {
        let mut x = v[i];
        if D && B {
            x -= d[i] * t + b[i];
        } else if D {
            x -= d[i] * t;
        } else if B {
            x -= b[i];
        }
        if F {
            x /= f[i];
        }
        v[i] = match P {
            TO_NAN => {
                if x.is_finite() {
                    x
                } else {
                    f32::NAN
                }
            }
            TO_MINUS_ONE => {
                if x >= 0.0 && x.is_finite() {
                    x
                } else {
                    -1.0
                }
            }
            _ => x,
        };
    }
}

impl Kernel<'_> {
    /// Calibrates `v` (pixels `off..off + v.len()` of the frame) in place, applying the
    /// invalid-pixel policy unless `raw` (then [`Kernel::finish`] must follow).
    fn apply(&self, v: &mut [f32], off: usize, raw: bool) {
        #[cfg(target_arch = "x86_64")]
        if crate::simd::avx2() {
            // SAFETY: the CPU supports AVX2 (checked at run time).
            return unsafe { self.apply_avx2(v, off, raw) };
        }
        self.apply_generic(v, off, raw)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn apply_avx2(&self, v: &mut [f32], off: usize, raw: bool) {
        self.apply_generic(v, off, raw)
    }

    #[inline(always)]
    fn apply_generic(&self, v: &mut [f32], off: usize, raw: bool) {
        let n = v.len();
        let b = self.bias.map_or(&[][..], |m| &m[off..off + n]);
        let f = self.flat.map_or(&[][..], |m| &m[off..off + n]);
        let (d, t) = match self.dark {
            Some((d, t)) => (&d[off..off + n], t),
            None => (&[][..], 0.0),
        };
        let p = if raw {
            KEEP
        } else {
            match self.invalid {
                InvalidPixels::Nan => TO_NAN,
                InvalidPixels::Eloy => TO_MINUS_ONE,
            }
        };
        macro_rules! go {
            ($p:expr) => {
                match (
                    self.bias.is_some(),
                    self.dark.is_some(),
                    self.flat.is_some(),
                ) {
                    (true, true, true) => fused::<true, true, true, $p>(v, b, d, f, t),
                    (true, true, false) => fused::<true, true, false, $p>(v, b, d, f, t),
                    (true, false, true) => fused::<true, false, true, $p>(v, b, d, f, t),
                    (true, false, false) => fused::<true, false, false, $p>(v, b, d, f, t),
                    (false, true, true) => fused::<false, true, true, $p>(v, b, d, f, t),
                    (false, true, false) => fused::<false, true, false, $p>(v, b, d, f, t),
                    (false, false, true) => fused::<false, false, true, $p>(v, b, d, f, t),
                    (false, false, false) => fused::<false, false, false, $p>(v, b, d, f, t),
                }
            };
        }
        match p {
            TO_NAN => go!(TO_NAN),
            TO_MINUS_ONE => go!(TO_MINUS_ONE),
            _ => go!(KEEP),
        }
    }

    /// The invalid-pixel policy alone (after `apply(.., raw = true)`).
    fn finish(&self, v: &mut [f32]) {
        match self.invalid {
            InvalidPixels::Nan => v
                .iter_mut()
                .for_each(|x| *x = if x.is_finite() { *x } else { f32::NAN }),
            InvalidPixels::Eloy => v
                .iter_mut()
                .for_each(|x| *x = if *x >= 0.0 && x.is_finite() { *x } else { -1.0 }),
        }
    }
}

/// Calibrates `data` (a whole frame or rows of one, starting at pixel offset `offset` of the
/// frame, row-major, same width as the masters) in place: eloy's `calibrate(data, exposure,
/// dark, flat, bias)`. `exposure` is required when a dark is given.
pub fn calibrate_in_place(
    data: &mut [f32],
    offset: usize,
    exposure: Option<f64>,
    masters: &Masters,
    invalid: InvalidPixels,
) -> Result<()> {
    let k = kernel(masters, exposure, invalid, "<array>", "exposure")?;
    if let Some(shape) = masters.shape()? {
        if offset + data.len() > shape[0] * shape[1] {
            return Err(CalibError::InvalidOption(format!(
                "{} values at offset {offset} do not fit masters of shape {shape:?}",
                data.len()
            )));
        }
    }
    k.apply(data, offset, false);
    Ok(())
}

fn kernel<'a>(
    masters: &'a Masters,
    exposure: Option<f64>,
    invalid: InvalidPixels,
    name: &str,
    key: &str,
) -> Result<Kernel<'a>> {
    let dark = match &masters.dark {
        Some(d) => {
            let t = exposure.ok_or_else(|| CalibError::MissingExposure {
                name: name.to_string(),
                key: key.to_string(),
            })?;
            Some((d.data.as_slice(), d.dark_factor(t)))
        }
        None => None,
    };
    Ok(Kernel {
        bias: masters.bias.as_ref().map(|m| m.data.as_slice()),
        dark,
        flat: masters.flat.as_ref().map(|m| m.data.as_slice()),
        invalid,
    })
}

/// The fingerprint of one light's output.
fn light_fingerprint(input: &Path, masters: &Masters, opts: &CalibrateOptions) -> String {
    let mut h = Fnv::new();
    h.write(b"skywarp-calibrate-v1");
    masters.fingerprint(&mut h);
    h.write(opts.exposure_key.as_bytes());
    h.write(
        format!(
            "{:?}|{:?}|{:?}|{}",
            opts.invalid, opts.noise, opts.hdu, opts.write_mask
        )
        .as_bytes(),
    );
    if let Some(m) = &opts.mask {
        let mut mh = Fnv::new();
        mh.write(&m.data);
        h.write(&mh.finish().to_le_bytes());
    }
    hex(file_identity_hash(h, input).finish())
}

/// True when `output` is a complete FITS file carrying fingerprint `fp`.
fn is_current(output: &Path, fp: &str) -> bool {
    match MmapImage::open(output, &HduSelector::Index(0)) {
        Ok(m) => m.header().get_str("SWCALHSH").map(str::trim) == Some(fp),
        Err(_) => false,
    }
}

/// Calibrates one light into `output` (atomically). Returns [`Outcome::Skipped`] without
/// touching anything when `output` is already up to date (unless `opts.overwrite`).
pub fn calibrate_frame(
    input: &Path,
    output: &Path,
    masters: &Masters,
    opts: &CalibrateOptions,
) -> Result<Outcome> {
    masters.shape()?;
    let Some(mut job) = LightJob::prepare(input, output, masters, opts)? else {
        return Ok(Outcome::Skipped);
    };
    let rows = band_rows(masters, opts, job.shape, 1);
    let mut bufs = Buffers::default();
    let mut row0 = 0;
    while row0 < job.shape[0] {
        let nrows = rows.min(job.shape[0] - row0);
        job.process(row0, nrows, &mut bufs)?;
        row0 += nrows;
    }
    job.finish()?;
    Ok(Outcome::Written)
}

/// Rows per band when `group` lights are calibrated together by one thread: the masters' rows
/// and every light's buffers of a band fit in a core's cache, and within the memory budget.
fn band_rows(masters: &Masters, opts: &CalibrateOptions, shape: [usize; 2], group: usize) -> usize {
    let [h, w] = shape;
    let n_masters = [&masters.bias, &masters.dark, &masters.flat]
        .iter()
        .filter(|m| m.is_some())
        .count();
    let per_light = 4
        + if opts.noise.is_some() { 4 } else { 0 }
        + if opts.write_mask || opts.mask.is_some() {
            5
        } else {
            0
        };
    let per_row = w.max(1) * (4 * n_masters + per_light);
    let budget = opts.memory_budget / rayon::current_num_threads().max(1) / group.max(1);
    (LIGHT_BAND_BYTES.min(budget) / per_row).clamp(1, h.max(1))
}

/// Reused band buffers of one thread.
#[derive(Default)]
struct Buffers {
    data: Vec<f32>,
    var: Vec<f32>,
    flags: Vec<f32>,
}

/// One light being calibrated: its input, its output being written, and what it needs.
struct LightJob<'a> {
    name: String,
    frame: FitsFrame,
    writer: BandFitsWriter,
    kernel: Kernel<'a>,
    shape: [usize; 2],
    noise: Option<(f64, f64)>,
    var_hdu: Option<usize>,
    mask_hdu: Option<usize>,
    bad: Option<&'a [u8]>,
    bias: Option<&'a [f32]>,
    flat: Option<&'a [f32]>,
    /// Rows below this were released from the input's memory map.
    released: usize,
}

impl<'a> LightJob<'a> {
    /// Opens the light, checks it against the masters, and lays out its output. `None` when the
    /// output is already up to date.
    fn prepare(
        input: &Path,
        output: &Path,
        masters: &'a Masters,
        opts: &'a CalibrateOptions,
    ) -> Result<Option<LightJob<'a>>> {
        let name = display_name(input);
        let fp = light_fingerprint(input, masters, opts);
        if !opts.overwrite && is_current(output, &fp) {
            return Ok(None);
        }
        let frame = FitsFrame::open(input, &opts.hdu)?;
        let shape = frame.shape();
        if let Some(ms) = masters.shape()? {
            if ms != shape {
                return Err(CalibError::ShapeMismatch {
                    name,
                    found: shape.to_vec(),
                    expected: ms.to_vec(),
                    reference: "the masters' shape".into(),
                });
            }
        }
        if let Some(m) = &opts.mask {
            if m.shape != shape {
                return Err(CalibError::ShapeMismatch {
                    name,
                    found: shape.to_vec(),
                    expected: m.shape.to_vec(),
                    reference: format!("the bad-pixel mask {}", m.origin),
                });
            }
        }
        let header_in = frame.header();
        let exposure = if masters.dark.is_some() {
            Some(exposure_from(header_in, &opts.exposure_key, &name)?)
        } else {
            exposure_from(header_in, &opts.exposure_key, &name).ok()
        };
        let noise = match &opts.noise {
            Some(nm) => {
                let g = nm.gain.resolve(header_in, &name, "gain for the variance")?;
                let rn = nm
                    .read_noise
                    .resolve(header_in, &name, "read noise for the variance")?;
                if g <= 0.0 || rn < 0.0 {
                    return Err(CalibError::InvalidOption(format!(
                        "{name}: gain {g} must be > 0 and read noise {rn} >= 0"
                    )));
                }
                Some((g, rn))
            }
            None => None,
        };
        let kernel = kernel(masters, exposure, opts.invalid, &name, &opts.exposure_key)?;
        let want_mask = opts.write_mask || opts.mask.is_some();

        // Output header: the light's own cards + provenance.
        let mut header = header_in.clone();
        for key in ["BZERO", "BSCALE", "BLANK", "CHECKSUM", "DATASUM"] {
            header.remove(key);
        }
        header.set_with_comment(
            "SWCALHSH",
            Value::Str(fp),
            "skywarp fingerprint of inputs + options",
        )?;
        history(
            &mut header,
            "skywarp calibrate: (raw - (dark * t + bias)) / flat",
        )?;
        for (label, m) in [
            ("bias", &masters.bias),
            ("dark", &masters.dark),
            ("flat", &masters.flat),
        ] {
            if let Some(m) = m {
                history(
                    &mut header,
                    &format!("{label}: {} [{}]", m.origin, m.fingerprint),
                )?;
            }
        }
        if let (Some(d), Some(t)) = (&masters.dark, exposure) {
            history(
                &mut header,
                &format!(
                    "dark scaled by {} ({} = {t})",
                    d.dark_factor(t),
                    opts.exposure_key
                ),
            )?;
        }
        history(
            &mut header,
            match opts.invalid {
                InvalidPixels::Nan => "invalid pixels: non-finite -> NaN, negatives kept",
                InvalidPixels::Eloy => "invalid pixels: negative or non-finite -> -1 (eloy)",
            },
        )?;
        if let Some((g, rn)) = noise {
            history(
                &mut header,
                &format!(
                    "VARIANCE: (gain*max(raw-bias,0) + rn^2)/gain^2/flat^2, gain {g}, rn {rn}"
                ),
            )?;
        }
        if let Some(m) = &opts.mask {
            history(
                &mut header,
                &format!(
                    "MASK: bit 1 = bad pixel in {}, bit 2 = non-finite",
                    m.origin
                ),
            )?;
        } else if want_mask {
            history(&mut header, "MASK: bit 2 = non-finite")?;
        }
        let mut hdus: Vec<(Header, [usize; 2], Bitpix)> = vec![(header, shape, Bitpix::F32)];
        if noise.is_some() {
            hdus.push((ext_header("VARIANCE", "adu2")?, shape, Bitpix::F32));
        }
        if want_mask {
            hdus.push((ext_header("MASK", "")?, shape, Bitpix::U8));
        }
        let writer = BandFitsWriter::create(output, &hdus)?.sync_on_commit(opts.sync);
        Ok(Some(LightJob {
            name,
            frame,
            writer,
            kernel,
            shape,
            noise,
            var_hdu: noise.map(|_| 1),
            mask_hdu: want_mask.then_some(if noise.is_some() { 2 } else { 1 }),
            bad: opts.mask.as_ref().map(|m| m.data.as_slice()),
            bias: masters.bias.as_ref().map(|m| m.data.as_slice()),
            flat: masters.flat.as_ref().map(|m| m.data.as_slice()),
            released: 0,
        }))
    }

    /// Reads, calibrates and writes rows `row0..row0 + nrows`.
    fn process(&mut self, row0: usize, nrows: usize, bufs: &mut Buffers) -> Result<()> {
        let w = self.shape[1];
        let len = nrows * w;
        let off = row0 * w;
        bufs.data.resize(len, 0.0);
        let v = &mut bufs.data[..len];
        // Drop input rows read earlier from the resident set, ~4 MiB at a time, one row behind:
        // the page shared with the rows being read now must stay mapped (see `stack`).
        let behind = row0.saturating_sub(1);
        if (behind - self.released.min(behind)) * w * 4 >= 4 << 20 {
            self.frame
                .release_rows(self.released, behind - self.released);
            self.released = behind;
        }
        self.frame.read_rows(row0, nrows, v)?;
        if self.var_hdu.is_none() && self.mask_hdu.is_none() {
            self.kernel.apply(v, off, false);
            return Ok(self.writer.write_rows(0, 0, row0, v)?);
        }
        if let Some((g, rn)) = self.noise {
            bufs.var.resize(len, 0.0);
            let (g, rn2) = (g as f32, (rn * rn) as f32);
            let inv_g2 = 1.0 / (g * g);
            for (k, (o, &x)) in bufs.var.iter_mut().zip(v.iter()).enumerate() {
                let b = self.bias.map_or(0.0, |b| b[off + k]);
                let f = self.flat.map_or(1.0, |f| f[off + k]);
                *o = ((x - b).max(0.0) * g + rn2) * inv_g2 / (f * f);
            }
        }
        self.kernel.apply(v, off, true);
        if self.mask_hdu.is_some() {
            bufs.flags.resize(len, 0.0);
            let bad = self.bad.map(|m| &m[off..off + len]);
            for (i, (o, x)) in bufs.flags.iter_mut().zip(v.iter()).enumerate() {
                let mut m = if x.is_finite() { 0u8 } else { 2 };
                if let Some(b) = bad {
                    m |= b[i];
                }
                *o = m as f32;
            }
        }
        if self.noise.is_some() {
            for (o, x) in bufs.var.iter_mut().zip(v.iter()) {
                if !x.is_finite() {
                    *o = f32::NAN;
                }
            }
        }
        self.kernel.finish(v);
        self.writer.write_rows(0, 0, row0, v)?;
        if let Some(hv) = self.var_hdu {
            self.writer.write_rows(hv, 0, row0, &bufs.var[..len])?;
        }
        if let Some(hm) = self.mask_hdu {
            self.writer.write_rows(hm, 0, row0, &bufs.flags[..len])?;
        }
        Ok(())
    }

    /// Puts the output in place.
    fn finish(self) -> Result<()> {
        let LightJob { frame, writer, .. } = self;
        drop(frame);
        Ok(writer.commit()?)
    }
}

fn ext_header(name: &str, bunit: &str) -> Result<Header> {
    let mut h = Header::new();
    h.set_str("EXTNAME", name)?;
    if !bunit.is_empty() {
        h.set_str("BUNIT", bunit)?;
    }
    Ok(h)
}

/// Lights calibrated together by one thread, band by band, so that each band of the masters
/// is read from memory once per group rather than once per light.
const GROUP: usize = 8;

/// Calibrates every light into `out_dir/<file name>`, in parallel (rayon's current pool), and
/// calls `progress` after each one (from the worker threads). Failures are reported per light
/// and do not stop the others. Lights whose output would overwrite an input or another light's
/// output fail without being processed.
///
/// Each thread takes the lights a group of up to 8 at a time and walks them band by band
/// together: the masters are the largest data stream of calibration (three frames per light),
/// and this way a band of them is fetched into cache once per group.
pub fn calibrate_many(
    inputs: &[PathBuf],
    out_dir: &Path,
    masters: &Masters,
    opts: &CalibrateOptions,
    progress: &(dyn Fn(&FrameResult) + Sync),
) -> Vec<FrameResult> {
    // Inconsistent masters fail every light.
    let shape_err = masters.shape().err().map(|e| e.to_string());
    let mut seen = std::collections::HashMap::new();
    let plan: Vec<(PathBuf, PathBuf, Option<String>)> = inputs
        .iter()
        .map(|inp| {
            let out = out_dir.join(inp.file_name().unwrap_or_default());
            let mut problem = shape_err.clone();
            if inp.file_name().is_none() {
                problem = Some("not a file name".into());
            } else if let Some(first) = seen.insert(out.clone(), inp.clone()) {
                problem = Some(format!(
                    "its output {} is also the output of {}",
                    out.display(),
                    first.display()
                ));
                seen.insert(out.clone(), first);
            } else if same_file(inp, &out) {
                problem = Some(format!(
                    "its output {} would overwrite the input",
                    out.display()
                ));
            }
            (inp.clone(), out, problem)
        })
        .collect();
    // Groups of at most GROUP lights, as many as a multiple of the thread count, of equal sizes
    // (±1): every thread gets the same amount of work.
    let threads = rayon::current_num_threads().max(1);
    let ngroups = (threads * plan.len().div_ceil(threads * GROUP)).clamp(1, plan.len().max(1));
    let mut groups: Vec<Vec<(PathBuf, PathBuf, Option<String>)>> = Vec::with_capacity(ngroups);
    let mut it = plan.into_iter();
    let total = it.len();
    for g in 0..ngroups {
        let size = total / ngroups + usize::from(g < total % ngroups);
        groups.push(it.by_ref().take(size).collect());
    }
    groups
        .into_par_iter()
        .with_max_len(1)
        .flat_map_iter(|group| calibrate_group(group, masters, opts, progress))
        .collect()
}

/// Calibrates a group of lights band by band (see [`calibrate_many`]).
fn calibrate_group(
    group: Vec<(PathBuf, PathBuf, Option<String>)>,
    masters: &Masters,
    opts: &CalibrateOptions,
    progress: &(dyn Fn(&FrameResult) + Sync),
) -> Vec<FrameResult> {
    let mut results: Vec<Option<FrameResult>> = Vec::with_capacity(group.len());
    let mut jobs: Vec<(usize, LightJob)> = Vec::new();
    for (k, (input, output, problem)) in group.into_iter().enumerate() {
        let prepared = match problem {
            Some(p) => Err(CalibError::Other {
                name: display_name(&input),
                reason: p,
            }),
            None => LightJob::prepare(&input, &output, masters, opts),
        };
        match prepared {
            Ok(Some(job)) => {
                jobs.push((k, job));
                results.push(Some(FrameResult {
                    input,
                    output,
                    result: Ok(Outcome::Written),
                }));
            }
            other => {
                let r = FrameResult {
                    input,
                    output,
                    result: other.map(|_| Outcome::Skipped),
                };
                progress(&r);
                results.push(Some(r));
            }
        }
    }
    if let Some((_, first)) = jobs.first() {
        let [h, _] = first.shape;
        let rows = band_rows(masters, opts, first.shape, jobs.len());
        let mut bufs = Buffers::default();
        let mut row0 = 0;
        while row0 < h && !jobs.is_empty() {
            let nrows = rows.min(h - row0);
            let mut failed = Vec::new();
            for (j, (k, job)) in jobs.iter_mut().enumerate() {
                if let Err(e) = job.process(row0, nrows, &mut bufs) {
                    failed.push(j);
                    if let Some(r) = results[*k].as_mut() {
                        r.result = Err(e);
                    }
                }
            }
            for j in failed.into_iter().rev() {
                let (k, job) = jobs.remove(j);
                drop(job); // deletes the temporary output
                if let Some(r) = &results[k] {
                    progress(r);
                }
            }
            row0 += nrows;
        }
        for (k, job) in jobs {
            let name = job.name.clone();
            if let Some(r) = results[k].as_mut() {
                if let Err(e) = job.finish() {
                    r.result = Err(match e {
                        CalibError::Other { reason, .. } => CalibError::Other { name, reason },
                        e => e,
                    });
                }
                progress(r);
            }
        }
    }
    results.into_iter().flatten().collect()
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
