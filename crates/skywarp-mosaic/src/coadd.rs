//! The co-addition driver: reproject's `reproject_and_coadd` in output row bands.
//!
//! For every band, each input overlapping it is reprojected by the engine over its cutout ∩ band
//! (blocks outside are declined, so nothing else is computed) straight into the band's accumulators;
//! the finished band goes to a [`BandOutput`] and is dropped. The coordinates of an output pixel do not
//! depend on how the output is cut, so the result is the same for any band height. Inputs are read
//! through their [`Source`] (memory-mapped FITS files page in only the rows the band needs, once).
//!
//! With background matching, a first sweep over the bands measures the pairwise offsets (keeping a
//! bounded sample of differences per pair), then the second sweep co-adds with the corrections.

use skywarp::adaptive::AdaptiveOptions;
use skywarp::{Adaptive, Interp, Order, Region, RunOptions, Sink, Source};
use skywarp_wcs::Wcs;

use crate::background::{solve, PairDiffs};
use crate::combine::{median_into, BandAcc, Combine, Stack};
use crate::plan::{bands, intersect, place, Band, Placement, Rect, RowCost};
use crate::{Error, Result};

/// One image to co-add.
pub struct MosaicInput<'a> {
    /// How reports name it (a file name, "input 3").
    pub name: String,
    pub source: &'a dyn Source,
    pub wcs: Wcs,
    /// A weight map and its WCS (often the image's own); NaN weights count as 0.
    pub weights: Option<(&'a dyn Source, Wcs)>,
}

/// A reprojection the mosaic runs for each input and band: the engine's executor with one kernel.
/// The kernel computes values and footprints block by block into the band's sink.
pub trait Reproject: Sync {
    fn reproject(
        &self,
        source: &dyn Source,
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        shape_out: &[usize],
        sink: &dyn Sink,
        opts: &RunOptions,
    ) -> skywarp::Result<()>;
}

/// Interpolation of the given order (reproject_interp).
#[derive(Clone, Copy, Debug)]
pub struct InterpMethod(pub Order);

impl Reproject for InterpMethod {
    fn reproject(
        &self,
        source: &dyn Source,
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        shape_out: &[usize],
        sink: &dyn Sink,
        opts: &RunOptions,
    ) -> skywarp::Result<()> {
        skywarp::run(
            Interp::new(self.0),
            source,
            wcs_in,
            wcs_out,
            shape_out,
            sink,
            opts,
            None,
        )?;
        Ok(())
    }
}

/// DeForest's adaptive resampling (reproject_adaptive) with the given options.
#[derive(Clone, Copy, Debug, Default)]
pub struct AdaptiveMethod(pub AdaptiveOptions);

impl Reproject for AdaptiveMethod {
    fn reproject(
        &self,
        source: &dyn Source,
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        shape_out: &[usize],
        sink: &dyn Sink,
        opts: &RunOptions,
    ) -> skywarp::Result<()> {
        let kernel = Adaptive::new(self.0, wcs_in, wcs_out, opts.roundtrip)?;
        skywarp::run(kernel, source, wcs_in, wcs_out, shape_out, sink, opts, None)?;
        Ok(())
    }
}

/// Exact spherical-overlap reprojection (reproject_exact). Its footprint is the fractional coverage,
/// so the mosaic's footprint is Σ coverage × weight and a mean weighs each input by its coverage, as
/// reproject's. No round-trip check (reproject_exact has none).
#[derive(Clone, Copy, Debug, Default)]
pub struct ExactMethod;

impl Reproject for ExactMethod {
    fn reproject(
        &self,
        source: &dyn Source,
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        shape_out: &[usize],
        sink: &dyn Sink,
        opts: &RunOptions,
    ) -> skywarp::Result<()> {
        skywarp::reproject_exact(source, wcs_in, wcs_out, shape_out, sink, opts, None)?;
        Ok(())
    }
}

/// Where finished bands go: rows `row0..row0 + values.len() / width` of the output, all columns.
pub trait BandOutput {
    fn write_band(&mut self, row0: usize, values: &[f64], footprint: &[f64]) -> Result<()>;
}

/// Options of [`coadd`].
#[derive(Clone, Debug)]
pub struct CoaddOptions {
    pub combine: Combine,
    /// The engine's options (round trip, coordinates, threads, cancellation); the block is chosen
    /// here.
    pub run: RunOptions,
    /// Value of output pixels no input covers.
    pub blank: f64,
    /// Bytes the band buffers may take.
    pub memory: usize,
    pub match_background: bool,
    /// Input whose level background matching keeps (index into the inputs).
    pub background_reference: Option<usize>,
    /// Only output rows `start..end` are co-added (and given to the [`BandOutput`], at their rows in
    /// the whole output); `None`: all. A distributed mosaic runs one call per slice of rows; as an
    /// output pixel's value does not depend on how the output is cut, the slices together are the
    /// whole mosaic bit for bit. An empty range co-adds nothing (background corrections are still
    /// measured, over the whole output).
    pub rows: Option<(usize, usize)>,
    /// Background corrections measured before (one per input, [`CoaddReport::corrections`]): with
    /// `match_background` they are used as they are instead of being measured again.
    pub corrections: Option<Vec<f64>>,
}

impl Default for CoaddOptions {
    fn default() -> Self {
        CoaddOptions {
            combine: Combine::Mean,
            run: RunOptions::default(),
            blank: 0.0,
            memory: 256 << 20,
            match_background: false,
            background_reference: None,
            rows: None,
            corrections: None,
        }
    }
}

/// What [`coadd`] did.
#[derive(Clone, Debug, Default)]
pub struct CoaddReport {
    /// Where each input fell (`None` for inputs that could not be used).
    pub placements: Vec<Option<Placement>>,
    /// Inputs that could not be used, with the reason; the others were combined.
    pub skipped: Vec<(usize, String)>,
    /// Background corrections subtracted from each input (zeros without matching).
    pub corrections: Vec<f64>,
    pub bands: usize,
}

/// Bytes of differences kept per overlapping pair for background matching.
const PAIR_SAMPLE_CAP: usize = 1 << 20;

/// Co-add `inputs`, each reprojected by `method`, onto `wcs_out` / `shape_out` (rows, columns) band by band into `out`. `progress`
/// gets the number of output pixels of each finished band (in each sweep: two with background
/// matching). Inputs that cannot be placed are reported in [`CoaddReport::skipped`], not fatal.
pub fn coadd(
    method: &dyn Reproject,
    inputs: &[MosaicInput],
    wcs_out: &Wcs,
    shape_out: (usize, usize),
    opts: &CoaddOptions,
    out: &mut dyn BandOutput,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<CoaddReport> {
    let (height, width) = shape_out;
    if height == 0 || width == 0 {
        return Err(Error::Value("the output shape must not be empty".into()));
    }
    if wcs_out.naxis() != 2 || wcs_out.celestial_axes().is_none() {
        return Err(Error::Unsupported(
            "mosaics are made on 2-D celestial output grids".into(),
        ));
    }
    let (first_row, end_row) = opts.rows.unwrap_or((0, height));
    if first_row > end_row || end_row > height {
        return Err(Error::Value(format!(
            "rows {first_row}..{end_row} are not within the output's {height} rows"
        )));
    }
    if let Some(c) = &opts.corrections {
        if c.len() != inputs.len() || c.iter().any(|v| !v.is_finite()) {
            return Err(Error::Value(format!(
                "{} background corrections for {} inputs: give one finite value per input",
                c.len(),
                inputs.len()
            )));
        }
    }
    if let Some(r) = opts.background_reference {
        if r >= inputs.len() {
            return Err(Error::Value(format!(
                "background_reference {r} is out of range for {} inputs",
                inputs.len()
            )));
        }
    }
    let mut report = CoaddReport {
        corrections: vec![0.0; inputs.len()],
        ..Default::default()
    };
    for (i, input) in inputs.iter().enumerate() {
        match place_input(input, wcs_out, shape_out) {
            Ok(p) => report.placements.push(Some(p)),
            Err(e) => {
                report.placements.push(None);
                report.skipped.push((i, e.to_string()));
            }
        }
    }
    let rects: Vec<Option<Rect>> = report
        .placements
        .iter()
        .map(|p| p.and_then(|p| p.rect()))
        .collect();
    let step = block_rows(width, opts.memory);
    let mut run = opts.run.clone();
    run.block = Some((step, skywarp::DEFAULT_BLOCK));
    let job = Job {
        method,
        inputs,
        wcs_out,
        shape_out,
        run,
        combine: opts.combine,
        blank: opts.blank,
    };
    let weighted = inputs.iter().any(|i| i.weights.is_some());
    let placed: Vec<Rect> = rects.iter().flatten().copied().collect();
    if let (true, Some(c)) = (opts.match_background, &opts.corrections) {
        report.corrections = c.clone();
    } else if opts.match_background {
        let cost = RowCost {
            per_column: 0,
            per_input_column: 8 + if weighted { 8 } else { 0 },
        };
        let mut diffs = PairDiffs::new(&rects, PAIR_SAMPLE_CAP);
        for band in bands(height, width, &placed, cost, step, opts.memory) {
            let stacks = job.stacks(band, &rects)?;
            diffs.add_band(&stacks);
            tick(progress, band, width);
        }
        report.corrections = solve(&diffs.offsets(), opts.background_reference)?;
    }
    let keeps = opts.combine.keeps_inputs();
    let cost = RowCost {
        per_column: 16,
        per_input_column: if keeps { 8 } else { 0 } + if weighted { 8 } else { 0 },
    };
    // the bands of the whole output, clipped to the rows asked for: the same cuts in every slice
    let plan: Vec<Band> = bands(height, width, &placed, cost, step, opts.memory)
        .into_iter()
        .filter_map(|b| {
            let (r0, r1) = (b.row0.max(first_row), (b.row0 + b.nrows).min(end_row));
            (r0 < r1).then_some(Band {
                row0: r0,
                nrows: r1 - r0,
            })
        })
        .collect();
    report.bands = plan.len();
    let most = plan.iter().map(|b| b.nrows).max().unwrap_or(0) * width;
    let (mut values, mut footprint) = (vec![0.0; most], vec![0.0; most]);
    for band in plan {
        let n = band.nrows * width;
        job.band(
            band,
            &rects,
            &report.corrections,
            &mut values,
            &mut footprint,
        )?;
        out.write_band(band.row0, &values[..n], &footprint[..n])?;
        tick(progress, band, width);
    }
    Ok(report)
}

fn tick(progress: Option<&(dyn Fn(u64) + Sync)>, band: Band, width: usize) {
    if let Some(p) = progress {
        p((band.nrows * width) as u64);
    }
}

/// Engine block rows: 256 unless a row band of that height would not fit the budget.
fn block_rows(width: usize, memory: usize) -> usize {
    (memory / 2 / (width * 24).max(1)).clamp(8, skywarp::DEFAULT_BLOCK)
}

fn place_input(input: &MosaicInput, wcs_out: &Wcs, shape_out: (usize, usize)) -> Result<Placement> {
    let shape = input.source.shape();
    if shape.len() != 2 || input.wcs.naxis() != 2 {
        return Err(Error::Unsupported(format!(
            "mosaics combine 2-D images; this input has shape {shape:?} and a {}-D WCS",
            input.wcs.naxis()
        )));
    }
    if let Some((w, _)) = &input.weights {
        if w.shape() != shape {
            return Err(Error::Value(format!(
                "the weights have shape {:?}, the image {shape:?}",
                w.shape()
            )));
        }
    }
    place(&input.wcs, (shape[0], shape[1]), wcs_out, shape_out)
}

/// Everything a band needs.
struct Job<'a> {
    method: &'a dyn Reproject,
    inputs: &'a [MosaicInput<'a>],
    wcs_out: &'a Wcs,
    shape_out: (usize, usize),
    run: RunOptions,
    combine: Combine,
    blank: f64,
}

impl Job<'_> {
    fn run(&self, source: &dyn Source, wcs_in: &Wcs, sink: &dyn Sink) -> Result<()> {
        let shape = [self.shape_out.0, self.shape_out.1];
        Ok(self
            .method
            .reproject(source, wcs_in, self.wcs_out, &shape, sink, &self.run)?)
    }

    /// Input `i`'s weights over `rect` (NaN outside the weight map).
    fn weights(&self, i: usize, rect: Rect) -> Result<Option<Stack>> {
        let Some((w, wcs)) = &self.inputs[i].weights else {
            return Ok(None);
        };
        let stack = Stack::new(rect);
        self.run(&NanToZero(*w), wcs, &StackSink(&stack))?;
        Ok(Some(stack))
    }

    /// Every input's values over its part of `band` (background offsets).
    fn stacks(&self, band: Band, rects: &[Option<Rect>]) -> Result<Vec<Option<Stack>>> {
        let mut stacks = Vec::with_capacity(rects.len());
        for (i, rect) in rects.iter().enumerate() {
            let Some(part) = rect.and_then(|r| intersect(&r, &band_rect(band, self.shape_out.1)))
            else {
                stacks.push(None);
                continue;
            };
            let weights = self.weights(i, part)?;
            let stack = Stack::new(part);
            let sink = InputSink {
                rect: part,
                weights: weights.as_ref(),
                correction: 0.0,
                combine: self.combine,
                acc: None,
                stack: Some(&stack),
            };
            self.run(self.inputs[i].source, &self.inputs[i].wcs, &sink)?;
            stacks.push(Some(stack));
        }
        Ok(stacks)
    }

    /// The finished values and footprint of `band`, into the first rows of `values` and `footprint`.
    fn band(
        &self,
        band: Band,
        rects: &[Option<Rect>],
        corrections: &[f64],
        values: &mut [f64],
        footprint: &mut [f64],
    ) -> Result<()> {
        let width = self.shape_out.1;
        let n = band.nrows * width;
        let acc = BandAcc::new(band, width, self.combine, values, footprint);
        let mut stacks = Vec::new();
        for (i, rect) in rects.iter().enumerate() {
            let Some(part) = rect.and_then(|r| intersect(&r, &band_rect(band, width))) else {
                continue;
            };
            let weights = self.weights(i, part)?;
            let stack = self.combine.keeps_inputs().then(|| Stack::new(part));
            let sink = InputSink {
                rect: part,
                weights: weights.as_ref(),
                correction: corrections[i],
                combine: self.combine,
                acc: Some(&acc),
                stack: stack.as_ref(),
            };
            self.run(self.inputs[i].source, &self.inputs[i].wcs, &sink)?;
            stacks.extend(stack);
        }
        if self.combine.keeps_inputs() {
            median_into(&acc, &stacks.iter().collect::<Vec<_>>(), self.blank);
            return Ok(());
        }
        drop(acc);
        for (v, f) in values[..n].iter_mut().zip(&footprint[..n]) {
            *v = self.combine.finish(*v, *f, self.blank);
        }
        Ok(())
    }
}

fn band_rect(band: Band, width: usize) -> Rect {
    Rect {
        row0: band.row0,
        col0: 0,
        nrows: band.nrows,
        ncols: width,
    }
}

/// A weight map with NaN read as 0 (reproject's `nan_to_num` of the weights).
struct NanToZero<'a>(&'a dyn Source);

impl Source for NanToZero<'_> {
    fn shape(&self) -> &[usize] {
        self.0.shape()
    }
    fn read(&self, region: Region, out: &mut [f64]) -> skywarp::Result<()> {
        self.0.read(region, out)?;
        out.iter_mut().filter(|v| v.is_nan()).for_each(|v| *v = 0.0);
        Ok(())
    }
}

/// Takes reprojected values as they are (the weights of an input).
struct StackSink<'a>(&'a Stack);

impl Sink for StackSink<'_> {
    fn write(&self, region: Region, values: &[f64], _footprint: &[f64]) -> skywarp::Result<()> {
        let Rect {
            row0, col0, ncols, ..
        } = region.rect;
        let rect = self.0.rect;
        let Some(o) = intersect(&rect, &region.rect) else {
            return Ok(());
        };
        for row in o.row0..o.row0 + o.nrows {
            let src = &values[(row - row0) * ncols + o.col0 - col0..][..o.ncols];
            self.0.with_row(row, |dst| {
                dst[o.col0 - rect.col0..][..o.ncols].copy_from_slice(src);
            });
        }
        Ok(())
    }
    fn wants_block(&self, rect: Rect) -> bool {
        intersect(&self.0.rect, &rect).is_some()
    }
    fn bounds(&self) -> Option<Rect> {
        Some(self.0.rect)
    }
}

/// One input's reprojected blocks → the band: reproject's resets and weights, the correction, then
/// the combine rule (and the input's own values kept for a median or background offsets).
struct InputSink<'a, 'b> {
    rect: Rect,
    weights: Option<&'a Stack>,
    correction: f64,
    combine: Combine,
    acc: Option<&'a BandAcc<'b>>,
    stack: Option<&'a Stack>,
}

impl InputSink<'_, '_> {
    /// (value, footprint × weight) of one pixel as reproject combines it.
    #[inline]
    fn pixel(&self, a: f64, f: f64, w: Option<f64>) -> (f64, f64) {
        let (a, f) = match w {
            _ if a.is_nan() => (0.0, 0.0),
            Some(w) if w.is_nan() => (0.0, 0.0),
            Some(w) => (a, f * w),
            None => (a, f),
        };
        (a - self.correction, f)
    }
}

impl Sink for InputSink<'_, '_> {
    fn write(&self, region: Region, values: &[f64], footprint: &[f64]) -> skywarp::Result<()> {
        let Rect {
            row0, col0, ncols, ..
        } = region.rect;
        let Some(o) = intersect(&self.rect, &region.rect) else {
            return Ok(());
        };
        let mut pix = vec![(0.0, 0.0); o.ncols];
        for row in o.row0..o.row0 + o.nrows {
            let k0 = (row - row0) * ncols + o.col0 - col0;
            let w = self.weights.map(|s| s.row(row));
            for (c, p) in pix.iter_mut().enumerate() {
                let wc = w.as_ref().map(|w| w[o.col0 + c - self.rect.col0]);
                *p = self.pixel(values[k0 + c], footprint[k0 + c], wc);
            }
            if let Some(acc) = self.acc {
                acc.with_row(row, |v, fp| {
                    let cols = o.col0..o.col0 + o.ncols;
                    self.combine
                        .add_row(&mut v[cols.clone()], &mut fp[cols], &pix);
                });
            }
            if let Some(stack) = self.stack {
                let off = o.col0 - stack.rect.col0;
                stack.with_row(row, |dst| {
                    for (d, &(a, f)) in dst[off..][..o.ncols].iter_mut().zip(&pix) {
                        *d = if f > 0.0 { a } else { f64::NAN };
                    }
                });
            }
        }
        Ok(())
    }
    fn wants_block(&self, rect: Rect) -> bool {
        intersect(&self.rect, &rect).is_some()
    }
    fn bounds(&self) -> Option<Rect> {
        Some(self.rect)
    }
}

/// Bands into a FITS file laid out by [`skywarp_fits::BandFitsWriter`]: HDU 0 the values, HDU
/// `footprint_hdu` the footprint. Written bands are only in the page cache, never in the process'
/// resident set, however large the mosaic.
pub struct FitsBandOutput<'a> {
    pub writer: &'a skywarp_fits::BandFitsWriter,
    pub footprint_hdu: Option<usize>,
}

/// Bands go to the file by positioned writes: a fresh writable mapping faulted and zero-filled each
/// page before it was overwritten, a sixth of the time of case E's mosaic.
impl BandOutput for FitsBandOutput<'_> {
    fn write_band(&mut self, row0: usize, values: &[f64], footprint: &[f64]) -> Result<()> {
        self.writer.write_rows(0, 0, row0, values)?;
        if let Some(h) = self.footprint_hdu {
            self.writer.write_rows(h, 0, row0, footprint)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use skywarp::ArraySource;

    fn tan(crval: (f64, f64), scale: f64, rot_deg: f64) -> Wcs {
        let r = rot_deg.to_radians();
        let lines = [
            "CTYPE1  = 'RA---TAN'".to_string(),
            "CTYPE2  = 'DEC--TAN'".to_string(),
            format!("CRVAL1  = {:.12}", crval.0),
            format!("CRVAL2  = {:.12}", crval.1),
            "CRPIX1  = 30.5".to_string(),
            "CRPIX2  = 25.5".to_string(),
            format!("CD1_1   = {:.15E}", -scale * r.cos()),
            format!("CD1_2   = {:.15E}", scale * r.sin()),
            format!("CD2_1   = {:.15E}", scale * r.sin()),
            format!("CD2_2   = {:.15E}", scale * r.cos()),
        ];
        Wcs::from_cards(&lines.iter().map(|l| format!("{l:<80}")).collect::<String>()).unwrap()
    }

    struct Rows(Vec<f64>, Vec<f64>, usize);
    impl BandOutput for Rows {
        fn write_band(&mut self, row0: usize, values: &[f64], footprint: &[f64]) -> Result<()> {
            let at = row0 * self.2;
            self.0[at..at + values.len()].copy_from_slice(values);
            self.1[at..at + footprint.len()].copy_from_slice(footprint);
            Ok(())
        }
    }

    /// What a dask task per band relies on: slices of rows with the corrections of one measuring
    /// call give the whole mosaic bit for bit, for every combine function, and an empty slice only
    /// measures.
    #[test]
    fn row_slices_with_given_corrections_are_the_whole_mosaic() {
        let (ny, nx) = (50usize, 60usize);
        let images: Vec<Vec<f32>> = (0..3)
            .map(|k| {
                (0..ny * nx)
                    .map(|i| {
                        10.0 * k as f32 + ((i % nx) as f32 * 0.3).sin() + (i / nx) as f32 * 0.01
                    })
                    .collect()
            })
            .collect();
        let sources: Vec<ArraySource<f32>> = images
            .iter()
            .map(|d| ArraySource::new(d, &[ny, nx]).unwrap())
            .collect();
        let s = 1.0 / 3600.0;
        let wcs = [
            tan((150.0, 2.0), s, 0.0),
            tan((150.0 + 40.0 * s, 2.0 + 10.0 * s), s, 10.0),
            tan((150.0 + 15.0 * s, 2.0 - 30.0 * s), s, -20.0),
        ];
        let inputs: Vec<MosaicInput> = sources
            .iter()
            .zip(&wcs)
            .enumerate()
            .map(|(k, (src, w))| MosaicInput {
                name: format!("input {k}"),
                source: src,
                wcs: w.clone(),
                weights: None,
            })
            .collect();
        let out_wcs = tan((150.0 + 20.0 * s, 2.0 - 10.0 * s), 1.2 * s, 5.0);
        let shape = (70usize, 80usize);
        for combine in [Combine::Mean, Combine::Median, Combine::Last] {
            let opts = CoaddOptions {
                combine,
                memory: 1 << 20,
                match_background: true,
                ..Default::default()
            };
            let method = InterpMethod(Order::Bilinear);
            let n = shape.0 * shape.1;
            let mut whole = Rows(vec![0.0; n], vec![0.0; n], shape.1);
            let report = coadd(&method, &inputs, &out_wcs, shape, &opts, &mut whole, None).unwrap();
            assert!(report.corrections.iter().any(|c| c.abs() > 1.0));
            let measure = CoaddOptions {
                rows: Some((0, 0)),
                ..opts.clone()
            };
            let mut nothing = Rows(vec![7.0; n], vec![7.0; n], shape.1);
            let measured = coadd(
                &method,
                &inputs,
                &out_wcs,
                shape,
                &measure,
                &mut nothing,
                None,
            )
            .unwrap();
            assert_eq!(measured.corrections, report.corrections);
            assert!(
                nothing.0.iter().all(|&v| v == 7.0),
                "an empty slice writes nothing"
            );
            let mut sliced = Rows(vec![f64::NAN; n], vec![f64::NAN; n], shape.1);
            for rows in [(0, 13), (13, 41), (41, 70)] {
                let o = CoaddOptions {
                    rows: Some(rows),
                    corrections: Some(report.corrections.clone()),
                    ..opts.clone()
                };
                coadd(&method, &inputs, &out_wcs, shape, &o, &mut sliced, None).unwrap();
            }
            let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&sliced.0), bits(&whole.0), "{combine:?} values");
            assert_eq!(bits(&sliced.1), bits(&whole.1), "{combine:?} footprint");
            let bad = CoaddOptions {
                rows: Some((60, 71)),
                ..opts.clone()
            };
            assert!(coadd(&method, &inputs, &out_wcs, shape, &bad, &mut sliced, None).is_err());
        }
    }
}
