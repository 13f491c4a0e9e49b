//! `skywarp._core`: the Python bindings of the skywarp engine.
//!
//! Deliberately small: one reprojection entry point, [`reproject`], taking numpy arrays, FITS header
//! text and the name and options of a kernel ([`kernels`]), and the calibration bindings of [`calib`]. All
//! argument parsing that reproject does in Python (HDUs, files, astropy WCS objects, dask, broadcasting
//! rules, error messages) lives in the `skywarp` Python package; all conversion between Python and the
//! engine lives here; the engine crates know nothing of Python.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use numpy::{PyArrayDyn, PyArrayMethods, PyUntypedArray, PyUntypedArrayMethods};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use skywarp::{CoordMode, RunOptions};
use skywarp_wcs::frames::FrameError;
use skywarp_wcs::{TableData, TableImage, Wcs, WcsError};

mod array;
mod calib;
mod errors;
mod generic;
mod gil;
mod kernels;
mod mosaic;

use array::{Borrows, NdSink, NdSource};
use kernels::{Job, Method};

/// A lookup-table distortion image from Python: `(extname, extver, header cards, 2-D float array)`.
type PyTable<'py> = (String, i64, String, Bound<'py, PyUntypedArray>);

fn table_image(py: Python<'_>, (_, _, cards, data): &PyTable<'_>) -> PyResult<TableImage> {
    let shape = data.shape().to_vec();
    let busy = |e| errors::value_error(py, format!("distortion table: {e}"));
    let values = if let Ok(a) = data.cast::<PyArrayDyn<f32>>() {
        TableData::F32(
            a.try_readonly()
                .map_err(busy)?
                .as_array()
                .iter()
                .copied()
                .collect(),
        )
    } else if let Ok(a) = data.cast::<PyArrayDyn<f64>>() {
        TableData::F64(
            a.try_readonly()
                .map_err(busy)?
                .as_array()
                .iter()
                .copied()
                .collect(),
        )
    } else {
        return Err(errors::value_error(
            py,
            "distortion tables must be native float32 or float64 arrays".into(),
        ));
    };
    Ok(TableImage {
        cards: cards.clone(),
        shape,
        data: values,
    })
}

fn parse_wcs(py: Python<'_>, cards: &str, tables: &[PyTable<'_>], which: &str) -> PyResult<Wcs> {
    let images = tables
        .iter()
        .map(|t| Ok((t.0.to_ascii_uppercase(), t.1, table_image(py, t)?)))
        .collect::<PyResult<Vec<_>>>()?;
    let lookup = |name: &str, ver: i64| {
        images
            .iter()
            .find(|(n, v, _)| n.eq_ignore_ascii_case(name) && *v == ver)
            .map(|(_, _, img)| img.clone())
    };
    Wcs::from_cards_with_tables(cards, &lookup).map_err(|e| {
        let err = errors::from_wcs(py, e);
        let msg = format!("{which} WCS: {}", err.value(py));
        PyErr::from_type(err.get_type(py), msg)
    })
}

/// Reproject `source` (pixels on the WCS described by `header_in`) onto the grid of `header_out` with
/// full output shape `shape_out` (numpy order, leading broadcast axes included), writing into `output`
/// (and `footprint`): float32/float64 arrays of any byte order and strides covering `window` of the full
/// output (one `(start, stop)` per axis; default the whole output).
///
/// `method` names the kernel and `options` configures it (see [`kernels::Method`]); `roundtrip`,
/// `tolerance`, `block` and `threads` are the options all methods share. Headers are FITS cards, 80
/// characters each, concatenated without separators; `tables_in` / `tables_out` supply the images of
/// astropy's lookup-table distortions the headers declare, as `(extname, extver, cards, array)`.
/// `tolerance` is the coordinate-grid tolerance in input pixels (0 = exact mapping at every pixel),
/// `block` the engine block (rows, cols), `threads` the worker count (default: all cores). `progress(n)`
/// is called on this thread with the number of blocks finished since the last call. The GIL is released
/// for the whole computation; with `interruptible` a Ctrl-C stops it promptly (KeyboardInterrupt).
///
/// With `mapping` (a callable, see [`generic::PyMapping`]) the headers are not read (pass empty
/// strings): output pixels are mapped onto input pixels of `mapping_naxis` axes by calling it at the
/// coordinate grid's nodes, with the GIL taken only for those calls. A Python exception it raises is
/// re-raised as it was.
#[pyfunction]
#[pyo3(signature = (
    source, header_in, header_out, shape_out, output, footprint=None, *, method, options=None,
    roundtrip=true, tolerance=skywarp::DEFAULT_TOLERANCE, block=None, threads=None,
    window=None, progress=None, interruptible=true, tables_in=None, tables_out=None,
    mapping=None, mapping_naxis=0
))]
#[allow(clippy::too_many_arguments)]
fn reproject<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyUntypedArray>,
    header_in: &str,
    header_out: &str,
    shape_out: Vec<usize>,
    output: &Bound<'py, PyUntypedArray>,
    footprint: Option<&Bound<'py, PyUntypedArray>>,
    method: &str,
    options: Option<Bound<'py, PyDict>>,
    roundtrip: bool,
    tolerance: f64,
    block: Option<(usize, usize)>,
    threads: Option<usize>,
    window: Option<Vec<(usize, usize)>>,
    progress: Option<Bound<'py, PyAny>>,
    interruptible: bool,
    tables_in: Option<Vec<PyTable<'py>>>,
    tables_out: Option<Vec<PyTable<'py>>>,
    mapping: Option<Bound<'py, PyAny>>,
    mapping_naxis: usize,
) -> PyResult<Bound<'py, PyDict>> {
    let method = Method::parse(py, method, options.as_ref())?;
    if tolerance.is_nan() || tolerance < 0.0 {
        return Err(errors::value_error(
            py,
            format!("coordinate tolerance must be >= 0, got {tolerance}"),
        ));
    }
    if shape_out.len() < 2 {
        return Err(errors::value_error(
            py,
            "Too few dimensions in shape_out".into(),
        ));
    }
    if block.is_some_and(|(r, c)| r == 0 || c == 0) || threads == Some(0) {
        return Err(errors::value_error(
            py,
            format!("block sizes and thread counts must be positive, got block={block:?} threads={threads:?}"),
        ));
    }
    let threads = thread_count(py, threads)?;
    let pair = match &mapping {
        Some(f) => {
            if !(2..=3).contains(&mapping_naxis) {
                return Err(errors::value_error(
                    py,
                    format!("mapping_naxis must be 2 or 3, got {mapping_naxis}"),
                ));
            }
            Pair::Mapped(generic::PyMapping::new(
                f.clone().unbind(),
                mapping_naxis,
                shape_out[shape_out.len() - 1],
            ))
        }
        None => Pair::Fits(Box::new((
            parse_wcs(py, header_in, tables_in.as_deref().unwrap_or(&[]), "input")?,
            parse_wcs(
                py,
                header_out,
                tables_out.as_deref().unwrap_or(&[]),
                "output",
            )?,
        ))),
    };
    let mut outputs = vec![(output, "output_array")];
    outputs.extend(footprint.map(|f| (f, "output_footprint")));
    let borrows = Borrows::take(source, &outputs)?;
    let src = NdSource::new(source, &borrows)?;
    let sink = NdSink::new(py, output, footprint, &shape_out, window, &borrows)?;
    let cancel = Arc::new(AtomicBool::new(false));
    let opts = RunOptions {
        roundtrip,
        coords: if tolerance == 0.0 {
            CoordMode::Exact
        } else {
            CoordMode::Grid(tolerance)
        },
        block,
        threads,
        cancel: Some(cancel.clone()),
    };
    let done = Arc::new(AtomicU64::new(0));
    let progress = progress.map(|callback| gil::Progress {
        callback,
        done: done.clone(),
    });
    let tick = {
        let done = done.clone();
        move |_pixels: u64| {
            done.fetch_add(1, Ordering::Relaxed);
        }
    };
    // The WCS are Send but not Sync: they move into the job.
    let (src, sink, opts, shape, tick) = (&src, &sink, &opts, &shape_out, &tick);
    let callback_error = match &pair {
        Pair::Mapped(m) => Some(m.error_slot()),
        Pair::Fits(..) => None,
    };
    let result = gil::run_detached(py, &cancel, progress, interruptible, move || match pair {
        Pair::Fits(pair) => {
            let (wcs_in, wcs_out) = *pair;
            let job = Job {
                source: src,
                wcs_in: &wcs_in,
                wcs_out: &wcs_out,
                shape_out: shape,
                sink,
            };
            method.run(&job, opts, Some(tick))
        }
        Pair::Mapped(m) => method.run_mapped(src, Box::new(m), shape, sink, opts, Some(tick)),
    })?;
    if let (Err(_), Some(slot)) = (&result, callback_error) {
        if let Some(e) = slot.lock().unwrap_or_else(|p| p.into_inner()).take() {
            return Err(e);
        }
    }
    let stats = result.map_err(|e| errors::from_engine(py, e))?;
    let d = PyDict::new(py);
    d.set_item("blocks", stats.blocks)?;
    d.set_item("exact_points", stats.coord.exact_points)?;
    d.set_item("pixels", stats.coord.pixels)?;
    Ok(d)
}

/// Why the engine cannot map `header_out` pixels onto `header_in` pixels itself because it does not know
/// a celestial frame of theirs, or cannot convert between their frames (a solar and a celestial one) (the
/// message), or `None` when it can (or fails for another reason, which
/// [`reproject`] then reports). The Python dispatcher sends such pairs down the generic path.
#[pyfunction]
#[pyo3(signature = (header_in, header_out, tables_in=None, tables_out=None))]
fn unknown_frames<'py>(
    py: Python<'py>,
    header_in: &str,
    header_out: &str,
    tables_in: Option<Vec<PyTable<'py>>>,
    tables_out: Option<Vec<PyTable<'py>>>,
) -> PyResult<Option<String>> {
    let wcs_in = parse_wcs(py, header_in, tables_in.as_deref().unwrap_or(&[]), "input")?;
    let wcs_out = parse_wcs(
        py,
        header_out,
        tables_out.as_deref().unwrap_or(&[]),
        "output",
    )?;
    Ok(
        match skywarp_wcs::PixelMapper::new(&wcs_out, &wcs_in, false) {
            Err(
                e @ WcsError::Frame(
                    FrameError::Undetermined { .. } | FrameError::NoTransform { .. },
                ),
            ) => Some(e.to_string()),
            _ => None,
        },
    )
}

/// The two sides of a reprojection: FITS WCS the engine maps itself, or a Python mapping.
enum Pair {
    Fits(Box<(Wcs, Wcs)>),
    Mapped(generic::PyMapping),
}

/// The worker threads for a Python `parallel=N` / `threads=N`: capped by [`skywarp::cap_threads`] (a few
/// per core), with a `SkywarpWarning` saying so when the request was larger.
pub(crate) fn thread_count(py: Python<'_>, threads: Option<usize>) -> PyResult<Option<usize>> {
    let Some(t) = threads else { return Ok(None) };
    let c = skywarp::cap_threads(t);
    if let Some(note) = c.note() {
        errors::warn(py, &note)?;
    }
    Ok(Some(c.threads))
}

/// How many progress ticks [`reproject`] makes for an output `window` (as there) and engine `block`.
#[pyfunction]
#[pyo3(signature = (shape_out, window=None, block=None))]
fn progress_total(
    py: Python<'_>,
    shape_out: Vec<usize>,
    window: Option<Vec<(usize, usize)>>,
    block: Option<(usize, usize)>,
) -> PyResult<u64> {
    if shape_out.len() < 2 {
        return Err(errors::value_error(
            py,
            "Too few dimensions in shape_out".into(),
        ));
    }
    let d = shape_out.len();
    let w = window.unwrap_or_else(|| shape_out.iter().map(|&n| (0, n)).collect());
    if w.len() != d
        || w.iter()
            .zip(&shape_out)
            .any(|(&(a, b), &n)| a >= b || b > n)
    {
        return Err(errors::shape_error(
            py,
            format!("window {w:?} does not lie inside {shape_out:?}"),
        ));
    }
    let (br, bc) = block.unwrap_or((skywarp::DEFAULT_BLOCK, skywarp::DEFAULT_BLOCK));
    let count = |(a, b): (usize, usize), s: usize| ((b - 1) / s - a / s + 1) as u64;
    Ok(count(w[d - 2], br.max(1)) * count(w[d - 1], bc.max(1)))
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(reproject, m)?)?;
    m.add_function(wrap_pyfunction!(progress_total, m)?)?;
    m.add_function(wrap_pyfunction!(unknown_frames, m)?)?;
    calib::register(m)?;
    mosaic::register(m)?;
    m.add("DEFAULT_TOLERANCE", skywarp::DEFAULT_TOLERANCE)?;
    m.add("DEFAULT_BLOCK", skywarp::DEFAULT_BLOCK)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
