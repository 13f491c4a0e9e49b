//! Bindings of the mosaic crate: `_core.coadd` (reproject_and_coadd's engine path) and
//! `_core.optimal_grid` (the numbers of find_optimal_celestial_wcs). Argument parsing in reproject's
//! manner lives in `skywarp.mosaicking`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use numpy::PyUntypedArray;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use skywarp::{CoordMode, Rect, Region, RunOptions, Sink, Source};
use skywarp_mosaic::{
    coadd as run_coadd, find_optimal_celestial_wcs, BandOutput, CoaddOptions, Combine, GridInput,
    GridOptions, InputKind, LonCdelt, MosaicInput, Reproject,
};
use skywarp_wcs::{Frame, Wcs};

use crate::array::{Borrows, NdSink, NdSource};
use crate::kernels::{Job, Method};
use crate::{errors, gil, parse_wcs, PyTable};

/// The bindings' kernels (every method `_core.reproject` knows) as the mosaic's reprojection.
struct MethodReproject(Method);

impl Reproject for MethodReproject {
    fn reproject(
        &self,
        source: &dyn Source,
        wcs_in: &Wcs,
        wcs_out: &Wcs,
        shape_out: &[usize],
        sink: &dyn Sink,
        opts: &RunOptions,
    ) -> skywarp::Result<()> {
        let job = Job {
            source,
            wcs_in,
            wcs_out,
            shape_out,
            sink,
        };
        self.0.run(&job, opts, None)?;
        Ok(())
    }
}

/// The Python exception for a mosaic error.
fn from_mosaic(py: Python<'_>, e: skywarp_mosaic::Error) -> PyErr {
    use skywarp_mosaic::Error as E;
    match e {
        E::Value(m) => errors::value_error(py, m),
        E::Type(m) => PyTypeError::new_err(m),
        E::Unsupported(_) => errors::from_engine(py, skywarp::Error::Unsupported(e.to_string())),
        E::Engine(e) => errors::from_engine(py, e),
        E::Wcs(w) => errors::from_wcs(py, w),
        E::Fits(f) => errors::from_engine(py, skywarp::Error::Fits(f)),
    }
}

/// An image for `coadd`: (pixels, WCS cards, lookup tables, optional (weights, cards, tables)).
type PyImage<'py> = (Bound<'py, PyUntypedArray>, String, Vec<PyTable<'py>>);
type PyInput<'py> = (
    Bound<'py, PyUntypedArray>,
    String,
    Vec<PyTable<'py>>,
    Option<PyImage<'py>>,
);

/// Finished bands into the caller's 2-D arrays (values, footprint).
struct ArrayBands<'b> {
    /// None for an empty slice of rows (only background corrections are measured).
    sink: Option<NdSink<'b>>,
    width: usize,
    /// The output row the arrays' first row is (a slice of rows: `coadd(rows=...)`).
    first_row: usize,
}

impl BandOutput for ArrayBands<'_> {
    fn write_band(
        &mut self,
        row0: usize,
        values: &[f64],
        footprint: &[f64],
    ) -> skywarp_mosaic::Result<()> {
        let nrows = values.len() / self.width;
        let region = Region::new(0, Rect::new(row0 - self.first_row, 0, nrows, self.width));
        if let Some(sink) = &self.sink {
            sink.write(region, values, footprint)?;
        }
        Ok(())
    }
}

/// Co-add `inputs` onto the grid of `header_out` (2-D, `shape_out` rows × columns) into `output` and
/// `footprint` (float32/float64 arrays of that shape, filled band by band). `progress(n)` receives
/// output rows finished (per sweep). Returns `{"skipped": [(index, reason)], "corrections": [...],
/// "bands": n}`.
///
/// `rows=(start, end)` co-adds only those output rows, into arrays of `end - start` rows (one dask
/// task per slice; `(0, 0)` with `match_background` only measures the corrections); `corrections`
/// gives corrections measured before instead of measuring them again.
#[pyfunction]
#[pyo3(signature = (
    inputs, header_out, shape_out, output, footprint, *, method="interp", options=None,
    combine="mean", roundtrip=true,
    tolerance=skywarp::DEFAULT_TOLERANCE, blank=0.0, memory=256 << 20, match_background=false,
    background_reference=None, threads=None, progress=None, interruptible=true, rows=None,
    corrections=None
))]
#[allow(clippy::too_many_arguments)]
fn coadd<'py>(
    py: Python<'py>,
    inputs: Vec<PyInput<'py>>,
    header_out: &str,
    shape_out: (usize, usize),
    output: &Bound<'py, PyUntypedArray>,
    footprint: &Bound<'py, PyUntypedArray>,
    method: &str,
    options: Option<Bound<'py, PyDict>>,
    combine: &str,
    roundtrip: bool,
    tolerance: f64,
    blank: f64,
    memory: usize,
    match_background: bool,
    background_reference: Option<usize>,
    threads: Option<usize>,
    progress: Option<Bound<'py, PyAny>>,
    interruptible: bool,
    rows: Option<(usize, usize)>,
    corrections: Option<Vec<f64>>,
) -> PyResult<Bound<'py, PyDict>> {
    if let Some((start, end)) = rows {
        if start > end || end > shape_out.0 {
            return Err(errors::value_error(
                py,
                format!(
                    "rows ({start}, {end}) are not within the output's {} rows",
                    shape_out.0
                ),
            ));
        }
    }
    let combine: Combine = combine.parse().map_err(|e| from_mosaic(py, e))?;
    let wcs_out = parse_wcs(py, header_out, &[], "output")?;
    let method = MethodReproject(Method::parse(py, method, options.as_ref())?);
    // Shared borrows of every input (and weight map), then exclusive ones of the outputs: an output
    // sharing memory with any input is refused.
    let mut borrows = Vec::new();
    for (arr, _, _, weights) in &inputs {
        borrows.push(Borrows::take(arr, &[])?);
        if let Some((w, _, _)) = weights {
            borrows.push(Borrows::take(w, &[])?);
        }
    }
    let first = inputs
        .first()
        .map(|i| &i.0)
        .ok_or_else(|| errors::value_error(py, "no input images".into()))?;
    let out_borrows = Borrows::take(
        first,
        &[(output, "output_array"), (footprint, "output_footprint")],
    )?;
    let mut sources = Vec::with_capacity(inputs.len());
    let mut held = borrows.iter();
    for (k, (arr, cards, tables, weights)) in inputs.iter().enumerate() {
        let wcs = parse_wcs(py, cards, tables, &format!("input {k}"))?;
        let source = NdSource::new(arr, held.next().expect("one borrow per input"))?;
        let weights = match weights {
            Some((w, wc, wt)) => Some((
                NdSource::new(w, held.next().expect("one borrow per weight map"))?,
                parse_wcs(py, wc, wt, &format!("weights {k}"))?,
            )),
            None => None,
        };
        sources.push((source, wcs, weights));
    }
    let (first_row, end_row) = rows.unwrap_or((0, shape_out.0));
    let full = [end_row - first_row, shape_out.1];
    let mut bands = ArrayBands {
        sink: if end_row > first_row {
            Some(NdSink::new(
                py,
                output,
                Some(footprint),
                &full,
                None,
                &out_borrows,
            )?)
        } else {
            None
        },
        width: shape_out.1,
        first_row,
    };
    let cancel = Arc::new(AtomicBool::new(false));
    let opts = CoaddOptions {
        combine,
        run: RunOptions {
            roundtrip,
            coords: if tolerance == 0.0 {
                CoordMode::Exact
            } else {
                CoordMode::Grid(tolerance)
            },
            block: None,
            threads: crate::thread_count(py, threads.map(|t| t.max(1)))?,
            cancel: Some(cancel.clone()),
        },
        blank,
        memory: memory.max(1 << 20),
        match_background,
        background_reference,
        rows,
        corrections,
    };
    let done = Arc::new(AtomicU64::new(0));
    let progress = progress.map(|callback| gil::Progress {
        callback,
        done: done.clone(),
    });
    let width = shape_out.1 as u64;
    let tick = move |pixels: u64| {
        done.fetch_add(pixels / width.max(1), Ordering::Relaxed);
    };
    let (method, opts, bands, tick) = (&method, &opts, &mut bands, &tick);
    // The WCS are Send but not Sync: they move into the job.
    let report = gil::run_detached(py, &cancel, progress, interruptible, move || {
        let inputs: Vec<MosaicInput> = sources
            .iter()
            .enumerate()
            .map(|(k, (s, w, wt))| MosaicInput {
                name: format!("input {k}"),
                source: s,
                wcs: w.clone(),
                weights: wt.as_ref().map(|(ws, ww)| (ws as &dyn Source, ww.clone())),
            })
            .collect();
        run_coadd(
            method,
            &inputs,
            &wcs_out,
            shape_out,
            opts,
            bands,
            Some(tick),
        )
    })?
    .map_err(|e| from_mosaic(py, e))?;
    let d = PyDict::new(py);
    d.set_item("skipped", report.skipped)?;
    d.set_item("corrections", report.corrections)?;
    d.set_item("bands", report.bands)?;
    Ok(d)
}

/// The grid of find_optimal_celestial_wcs for `inputs` = [(WCS cards, shape, is_fits_wcs)]: frame as
/// skywarp parses it (None: the first input's), resolution in degrees, reference (lon, lat) in degrees
/// in the output frame, `lon_cdelt` one of "negative", "positive", "auto".
#[pyfunction]
#[pyo3(signature = (
    inputs, *, frame=None, projection="TAN", resolution=None, reference=None, auto_rotate=false,
    lon_cdelt="negative"
))]
#[allow(clippy::too_many_arguments)]
fn optimal_grid<'py>(
    py: Python<'py>,
    inputs: Vec<(String, Vec<usize>, bool)>,
    frame: Option<&str>,
    projection: &str,
    resolution: Option<f64>,
    reference: Option<(f64, f64)>,
    auto_rotate: bool,
    lon_cdelt: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let grid_inputs = inputs
        .iter()
        .map(|(cards, shape, fits)| {
            Ok(GridInput {
                wcs: Wcs::from_cards(cards).map_err(|e| errors::from_wcs(py, e))?,
                shape: shape.clone(),
                kind: if *fits {
                    InputKind::Fits
                } else {
                    InputKind::Ape14
                },
            })
        })
        .collect::<PyResult<Vec<_>>>()?;
    let frame = frame
        .map(Frame::parse)
        .transpose()
        .map_err(|e| errors::from_wcs(py, e.into()))?;
    let lon_cdelt = match lon_cdelt {
        "negative" => LonCdelt::Negative,
        "positive" => LonCdelt::Positive,
        "auto" => LonCdelt::Auto,
        o => return Err(errors::value_error(py, format!("lon_cdelt {o:?}"))),
    };
    let opts = GridOptions {
        frame,
        projection: projection.to_string(),
        resolution_deg: resolution,
        reference,
        auto_rotate,
        lon_cdelt,
    };
    let g = find_optimal_celestial_wcs(&grid_inputs, &opts).map_err(|e| from_mosaic(py, e))?;
    let d = PyDict::new(py);
    d.set_item("frame", g.frame.to_string())?;
    d.set_item("ctype", g.ctype.to_vec())?;
    d.set_item("radesys", g.radesys)?;
    d.set_item("equinox", g.equinox)?;
    d.set_item("crval", g.crval.to_vec())?;
    d.set_item("cdelt", g.cdelt.to_vec())?;
    d.set_item("pc", g.pc.map(|p| vec![p[0].to_vec(), p[1].to_vec()]))?;
    d.set_item("crpix", g.crpix.to_vec())?;
    d.set_item("shape", g.shape)?;
    Ok(d)
}

/// `auto_rotate`'s angle (radians) for corner positions on the unrotated grid: the engine's
/// minimum-area rectangle, for find_optimal_celestial_wcs on WCS the engine cannot map itself.
#[pyfunction]
fn rectangle_rotation(points: Vec<(f64, f64)>) -> f64 {
    skywarp_mosaic::optimal::rotation_angle(&points)
}

/// Background corrections from an offset matrix (NaN = unknown): the mosaic crate's deterministic
/// least squares, zero-mean per connected group or zero at `reference`.
#[pyfunction]
#[pyo3(signature = (offsets, reference=None))]
fn solve_background(
    py: Python<'_>,
    offsets: Vec<Vec<f64>>,
    reference: Option<usize>,
) -> PyResult<Vec<f64>> {
    if offsets.iter().any(|r| r.len() != offsets.len()) {
        return Err(errors::value_error(
            py,
            "offset_matrix should be a square NxN matrix".into(),
        ));
    }
    skywarp_mosaic::background::solve(&offsets, reference).map_err(|e| from_mosaic(py, e))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(solve_background, m)?)?;
    m.add_function(wrap_pyfunction!(coadd, m)?)?;
    m.add_function(wrap_pyfunction!(optimal_grid, m)?)?;
    m.add_function(wrap_pyfunction!(rectangle_rotation, m)?)?;
    Ok(())
}
