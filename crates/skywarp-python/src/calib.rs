//! Bindings of `skywarp-calib`: master frames, calibration of arrays and of files.
//!
//! Conversion only. The eloy-compatible API (argument handling, `fun_load` / `fun_exp`, result
//! dtypes, shared arrays) lives in `skywarp/calibration.py`; the formulas live in `skywarp-calib`.
//! Every engine call runs without the GIL, inside a thread pool built for the call and dropped at
//! its end, so that no thread pool outlives a call into a later `fork()` (multiprocessing).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use numpy::ndarray::{Array2, ArrayView2};
use numpy::{
    IntoPyArray, PyArray2, PyArrayDyn, PyArrayMethods, PyReadonlyArray2, PyUntypedArrayMethods,
};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use skywarp_calib::{
    build_master as engine_build_master, calibrate_in_place, calibrate_many, BadPixelMask,
    CalibError, CalibrateOptions, CenterFunc, CombineMethod, DarkScaling, FitsFrame,
    FlatNormalization, FrameResult, InvalidPixels, Master, MasterKind, MasterOptions, Masters,
    MemFrame, NoiseModel, Outcome, Param, RowSource, SigmaClip, DEFAULT_MEMORY_BUDGET,
};
use skywarp_fits::{HduSelector, Header, ImageReader};

use crate::{errors, gil};

/// Lights handed to the engine at a time per worker thread by [`calibrate_files`]: large enough
/// to keep the engine's groups of 8 lights balanced, small enough that Ctrl-C stops a long batch
/// soon (the engine's batch call has no cancel flag; the binding checks between batches).
const BATCH_PER_THREAD: usize = 32;

fn calib_err(py: Python<'_>, e: CalibError) -> PyErr {
    errors::from_calib(py, e)
}

/// Runs `f` in a thread pool of `threads` workers (default: all cores; at most
/// [`skywarp::max_threads`], like every pool of the project) built for this call.
fn in_pool<T: Send>(threads: Option<usize>, f: impl FnOnce() -> T + Send) -> Result<T, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.map_or(0, |n| skywarp::cap_threads(n).threads))
        .build()
        .map_err(|e| format!("cannot start the worker threads: {e}"))?;
    Ok(pool.install(f))
}

fn pool_err(msg: String) -> PyErr {
    PyRuntimeError::new_err(msg)
}

fn parse_hdu(py: Python<'_>, hdu: Option<&str>) -> PyResult<HduSelector> {
    match hdu {
        None => Ok(HduSelector::Default),
        Some(h) => HduSelector::parse(h).map_err(|e| errors::value_error(py, e.to_string())),
    }
}

fn parse_kind(py: Python<'_>, kind: &str) -> PyResult<MasterKind> {
    match kind {
        "bias" => Ok(MasterKind::Bias),
        "dark" => Ok(MasterKind::Dark),
        "flat" => Ok(MasterKind::Flat),
        k => Err(errors::value_error(
            py,
            format!("unknown master kind {k:?} (bias, dark or flat)"),
        )),
    }
}

fn parse_invalid(py: Python<'_>, invalid: &str) -> PyResult<InvalidPixels> {
    match invalid {
        "eloy" => Ok(InvalidPixels::Eloy),
        "nan" => Ok(InvalidPixels::Nan),
        v => Err(errors::value_error(
            py,
            format!("invalid must be 'eloy' (negative or non-finite -> -1) or 'nan' (non-finite -> NaN), got {v:?}"),
        )),
    }
}

/// A 2-D float32 or float64 array borrowed from Python (native byte order, any strides).
enum Borrowed<'py> {
    F32(PyReadonlyArray2<'py, f32>),
    F64(PyReadonlyArray2<'py, f64>),
}

/// A view of a [`Borrowed`] array, usable without the GIL.
enum View<'a> {
    F32(ArrayView2<'a, f32>),
    F64(ArrayView2<'a, f64>),
}

impl<'py> Borrowed<'py> {
    fn of(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Borrowed<'py>> {
        let py = obj.py();
        let busy = |e| errors::value_error(py, format!("{what}: {e}"));
        if let Ok(a) = obj.cast::<PyArray2<f32>>() {
            return Ok(Borrowed::F32(a.try_readonly().map_err(busy)?));
        }
        if let Ok(a) = obj.cast::<PyArray2<f64>>() {
            return Ok(Borrowed::F64(a.try_readonly().map_err(busy)?));
        }
        Err(errors::value_error(
            py,
            format!("{what}: a 2-D float32 or float64 array in native byte order is expected"),
        ))
    }

    fn view(&self) -> View<'_> {
        match self {
            Borrowed::F32(a) => View::F32(a.as_array()),
            Borrowed::F64(a) => View::F64(a.as_array()),
        }
    }
}

impl View<'_> {
    fn shape(&self) -> [usize; 2] {
        let s = match self {
            View::F32(v) => v.shape(),
            View::F64(v) => v.shape(),
        };
        [s[0], s[1]]
    }

    /// The values, row-major, as float32.
    fn to_vec(&self) -> Vec<f32> {
        let n = self.shape()[0] * self.shape()[1];
        let mut out = huge_vec(n);
        match self {
            View::F32(v) => match v.as_slice() {
                Some(s) => out.extend_from_slice(s),
                None => out.extend(v.iter().copied()),
            },
            View::F64(v) => out.extend(v.iter().map(|&x| x as f32)),
        }
        out
    }
}

/// An empty vector with room for `n` values. Large buffers are advised to use transparent huge
/// pages (as numpy does for its arrays): filling a fresh 16 MiB buffer page by page costs more
/// page faults than copying the data.
fn huge_vec(n: usize) -> Vec<f32> {
    let v: Vec<f32> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let bytes = n * std::mem::size_of::<f32>();
        if bytes >= 2 * HUGE {
            let start = v.as_ptr() as usize;
            let first = start.next_multiple_of(HUGE);
            let end = (start + bytes) / HUGE * HUGE;
            if end > first {
                // SAFETY: [first, end) lies inside the vector's allocation, page aligned; the
                // advice changes how pages are backed, never their contents. A failure only
                // means small pages.
                unsafe {
                    libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE);
                }
            }
        }
    }
    v
}

/// A master from Python: an array, or the path of a FITS master.
enum MasterArg<'py> {
    Array(Borrowed<'py>),
    Path(PathBuf),
}

impl<'py> MasterArg<'py> {
    fn of(obj: Option<&Bound<'py, PyAny>>, kind: MasterKind) -> PyResult<Option<MasterArg<'py>>> {
        let Some(obj) = obj else { return Ok(None) };
        if obj.is_none() {
            return Ok(None);
        }
        if let Ok(p) = obj.extract::<PathBuf>() {
            return Ok(Some(MasterArg::Path(p)));
        }
        Borrowed::of(obj, &format!("master {}", kind.name())).map(|b| Some(MasterArg::Array(b)))
    }
}

/// A pending master: data to convert or a file to load, once the GIL is released.
enum Pending<'a> {
    View(View<'a>),
    Path(&'a PathBuf),
}

impl Pending<'_> {
    fn resolve(
        &self,
        kind: MasterKind,
        fingerprint: bool,
        opts: &MasterOptions,
    ) -> Result<Master, CalibError> {
        match self {
            Pending::Path(p) => Master::load(p, kind, opts),
            Pending::View(v) => master_from_vec(kind, v.shape(), v.to_vec(), fingerprint),
        }
    }
}

/// A rate master (eloy's convention: arrays carry no metadata) from values; hashing all values
/// for the fingerprint only when asked (outputs of [`calibrate_files`] record it).
fn master_from_vec(
    kind: MasterKind,
    shape: [usize; 2],
    data: Vec<f32>,
    fingerprint: bool,
) -> Result<Master, CalibError> {
    if fingerprint {
        return Master::from_data(kind, shape, data, DarkScaling::Rate, None);
    }
    Ok(Master {
        kind,
        shape,
        data,
        header: Header::new(),
        dark_scaling: DarkScaling::Rate,
        exposure: None,
        fingerprint: String::new(),
        origin: format!("<{} array>", kind.name()),
        report: None,
    })
}

/// Master bias, dark and flat prepared for calibration (float32 copies in Rust memory), reusable
/// for any number of [`calibrate_array`] / [`calibrate_files`] calls.
///
/// Each of `bias`, `dark`, `flat` is None, a 2-D float32/float64 array, or the path of a FITS
/// master (a skywarp master dark's `SWDKMODE` says whether it is a rate or an exposure-scaled
/// dark; other files are rates). With `fingerprint`, array masters are hashed so that outputs of
/// `calibrate_files` can be recognised as up to date by a re-run.
#[pyclass(frozen, name = "Masters", module = "skywarp._core")]
pub struct PyMasters {
    inner: Masters,
}

#[pymethods]
impl PyMasters {
    #[new]
    #[pyo3(signature = (bias=None, dark=None, flat=None, *, fingerprint=false, exposure_key="EXPTIME", hdu=None))]
    fn new<'py>(
        py: Python<'py>,
        bias: Option<&Bound<'py, PyAny>>,
        dark: Option<&Bound<'py, PyAny>>,
        flat: Option<&Bound<'py, PyAny>>,
        fingerprint: bool,
        exposure_key: &str,
        hdu: Option<&str>,
    ) -> PyResult<PyMasters> {
        let opts = MasterOptions {
            exposure_key: exposure_key.to_string(),
            hdu: parse_hdu(py, hdu)?,
            ..MasterOptions::default()
        };
        let args = [
            (MasterArg::of(bias, MasterKind::Bias)?, MasterKind::Bias),
            (MasterArg::of(dark, MasterKind::Dark)?, MasterKind::Dark),
            (MasterArg::of(flat, MasterKind::Flat)?, MasterKind::Flat),
        ];
        let pending: Vec<(Option<Pending<'_>>, MasterKind)> = args
            .iter()
            .map(|(a, k)| {
                let p = a.as_ref().map(|a| match a {
                    MasterArg::Array(b) => Pending::View(b.view()),
                    MasterArg::Path(p) => Pending::Path(p),
                });
                (p, *k)
            })
            .collect();
        let loaded = gil::detached(py, |_| {
            pending
                .iter()
                .map(|(p, k)| {
                    p.as_ref()
                        .map(|p| p.resolve(*k, fingerprint, &opts))
                        .transpose()
                })
                .collect::<Result<Vec<_>, CalibError>>()
        })?;
        let mut it = loaded.map_err(|e| calib_err(py, e))?.into_iter();
        let inner = Masters {
            bias: it.next().flatten(),
            dark: it.next().flatten(),
            flat: it.next().flatten(),
        };
        inner.shape().map_err(|e| calib_err(py, e))?;
        Ok(PyMasters { inner })
    }

    /// `(height, width)` of the masters, None when there are none.
    #[getter]
    fn shape(&self) -> Option<(usize, usize)> {
        self.inner.shape().ok().flatten().map(|[h, w]| (h, w))
    }

    /// Which masters are present: a tuple of 'bias', 'dark', 'flat'.
    #[getter]
    fn present(&self) -> Vec<&'static str> {
        [
            (&self.inner.bias, "bias"),
            (&self.inner.dark, "dark"),
            (&self.inner.flat, "flat"),
        ]
        .iter()
        .filter(|(m, _)| m.is_some())
        .map(|(_, n)| *n)
        .collect()
    }
}

/// Calibrates `data` in place: eloy's `(data - (dark * exposure + bias)) / flat` with the
/// invalid-pixel policy `invalid` ('eloy': negative or non-finite -> -1; 'nan': non-finite ->
/// NaN). `data` is a C-contiguous writable float32 array whose last two axes have the masters'
/// shape (leading axes: several frames). Runs on this thread with the GIL released.
#[pyfunction]
#[pyo3(signature = (masters, data, exposure=None, invalid="eloy"))]
fn calibrate_array(
    py: Python<'_>,
    masters: &Bound<'_, PyMasters>,
    data: &Bound<'_, PyArrayDyn<f32>>,
    exposure: Option<f64>,
    invalid: &str,
) -> PyResult<()> {
    let invalid = parse_invalid(py, invalid)?;
    let masters = &masters.get().inner;
    let shape = data.shape().to_vec();
    let frame = match masters.shape().map_err(|e| calib_err(py, e))? {
        Some([h, w]) => {
            if shape.len() < 2 || shape[shape.len() - 2..] != [h, w] {
                return Err(errors::shape_error(
                    py,
                    format!(
                        "data of shape {shape:?} does not end with the masters' shape {:?}",
                        [h, w]
                    ),
                ));
            }
            h * w
        }
        None => shape.iter().product(),
    };
    let mut rw = data
        .try_readwrite()
        .map_err(|e| errors::value_error(py, format!("data: {e}")))?;
    let values = rw
        .as_slice_mut()
        .map_err(|e| errors::value_error(py, format!("data: {e}")))?;
    if values.is_empty() || frame == 0 {
        return Ok(());
    }
    gil::detached(py, |cancel| {
        values.chunks_mut(frame).try_for_each(|plane| {
            check_cancel(cancel, "<array>")?;
            calibrate_in_place(plane, 0, exposure, masters, invalid)
        })
    })?
    .map_err(|e| calib_err(py, e))
}

/// Per file: `(shape, bitpix, bzero, bscale, has_blank)` of its image HDU `hdu` (default: the
/// first with data), enough for Python to know the dtype astropy would load it as.
#[pyfunction]
#[pyo3(signature = (files, hdu=None))]
#[allow(clippy::type_complexity)]
fn frames_info(
    py: Python<'_>,
    files: Vec<PathBuf>,
    hdu: Option<&str>,
) -> PyResult<Vec<(Vec<usize>, i64, f64, f64, bool)>> {
    let sel = parse_hdu(py, hdu)?;
    gil::detached(py, |_| {
        files
            .iter()
            .map(|f| {
                let r = ImageReader::open(f, &sel)?;
                let info = r.info();
                let h = &info.header;
                Ok((
                    info.shape.clone(),
                    info.bitpix,
                    h.get_f64("BZERO").unwrap_or(0.0),
                    h.get_f64("BSCALE").unwrap_or(1.0),
                    h.get_i64("BLANK").is_some(),
                ))
            })
            .collect::<Result<Vec<_>, skywarp_fits::FitsError>>()
    })?
    .map_err(|e| calib_err(py, CalibError::Fits(e)))
}

#[allow(clippy::too_many_arguments)]
fn combine_method(
    py: Python<'_>,
    method: &str,
    sigma_lower: f64,
    sigma_upper: f64,
    maxiters: Option<u32>,
    cenfunc: &str,
    nlow: usize,
    nhigh: usize,
) -> PyResult<CombineMethod> {
    let m = match method {
        "median" => CombineMethod::Median,
        "mean" => CombineMethod::Mean,
        "sigma_clip" => CombineMethod::SigmaClip(SigmaClip {
            sigma_lower,
            sigma_upper,
            maxiters,
            cenfunc: match cenfunc {
                "median" => CenterFunc::Median,
                "mean" => CenterFunc::Mean,
                c => {
                    return Err(errors::value_error(
                        py,
                        format!("cenfunc must be 'median' or 'mean', got {c:?}"),
                    ))
                }
            },
        }),
        "minmax" => CombineMethod::MinMax { nlow, nhigh },
        m => {
            return Err(errors::value_error(
                py,
                format!("unknown combination method {m:?} (median, mean, sigma_clip or minmax)"),
            ))
        }
    };
    m.validate().map_err(|e| calib_err(py, e))?;
    Ok(m)
}

/// Fails once `cancel` is set (Ctrl-C): the error is replaced by the `KeyboardInterrupt` (see
/// [`gil::detached`]), so its text is never shown.
fn check_cancel(cancel: &AtomicBool, name: &str) -> Result<(), CalibError> {
    if cancel.load(Ordering::Relaxed) {
        return Err(CalibError::Other {
            name: name.to_string(),
            reason: "cancelled".into(),
        });
    }
    Ok(())
}

/// A frame that stops the combination once the call is cancelled: every read checks the flag, so a
/// Ctrl-C during a long master build returns within one band of rows.
struct Watched<'a> {
    inner: &'a dyn RowSource,
    cancel: &'a AtomicBool,
}

impl RowSource for Watched<'_> {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn shape(&self) -> [usize; 2] {
        self.inner.shape()
    }

    fn read_rows(&self, row0: usize, nrows: usize, out: &mut [f32]) -> Result<(), CalibError> {
        check_cancel(self.cancel, self.name())?;
        self.inner.read_rows(row0, nrows, out)
    }

    fn read_region(
        &self,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
        out: &mut [f32],
    ) -> Result<(), CalibError> {
        check_cancel(self.cancel, self.name())?;
        self.inner.read_region(row0, nrows, col0, ncols, out)
    }

    fn release_rows(&self, row0: usize, nrows: usize) {
        self.inner.release_rows(row0, nrows)
    }
}

/// Each file's exposure where the master needs one, as `master_dark` / `master_flat` read them: every
/// dark's, a flat's only when a dark is subtracted, never a bias'.
fn file_exposures(
    kind: MasterKind,
    frames: &[FitsFrame],
    with_dark: bool,
    key: &str,
) -> Result<Vec<Option<f64>>, CalibError> {
    let needed = match kind {
        MasterKind::Bias => false,
        MasterKind::Dark => true,
        MasterKind::Flat => with_dark,
    };
    frames
        .iter()
        .map(|f| needed.then(|| f.exposure(key)).transpose())
        .collect()
}

/// Builds a master `kind` ('bias', 'dark', 'flat') and returns it as a 2-D float32 array.
///
/// The frames are either `files` (FITS, streamed by the engine: each read once, band by band) or
/// `arrays` (2-D float32/float64, named `names` in messages). `exposures` gives each frame's
/// exposure time (None: from the files' `exposure_key` keyword where needed). `bias` / `dark` are
/// 2-D float32/float64 arrays of the frames' shape (rate dark). The formulas are eloy's:
/// bias `median(b_i)`, dark `median((d_i - bias) / t_i)`, flat `median(r_i / mean(r_i))` with
/// `r_i = f_i - bias - dark * t_i` (mean over finite pixels; `normalization='median'` divides by
/// the median instead).
#[pyfunction]
#[pyo3(signature = (
    kind, files=None, arrays=None, names=None, exposures=None, bias=None, dark=None, *,
    method="median", sigma_lower=3.0, sigma_upper=3.0, maxiters=Some(5), cenfunc="median",
    nlow=1, nhigh=1, normalization="mean", exposure_key="EXPTIME", hdu=None, memory_budget=None,
    threads=None
))]
#[allow(clippy::too_many_arguments)]
fn build_master<'py>(
    py: Python<'py>,
    kind: &str,
    files: Option<Vec<PathBuf>>,
    arrays: Option<Vec<Bound<'py, PyAny>>>,
    names: Option<Vec<String>>,
    exposures: Option<Vec<Option<f64>>>,
    bias: Option<Bound<'py, PyAny>>,
    dark: Option<Bound<'py, PyAny>>,
    method: &str,
    sigma_lower: f64,
    sigma_upper: f64,
    maxiters: Option<u32>,
    cenfunc: &str,
    nlow: usize,
    nhigh: usize,
    normalization: &str,
    exposure_key: &str,
    hdu: Option<&str>,
    memory_budget: Option<usize>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyArray2<f32>>> {
    let kind = parse_kind(py, kind)?;
    let method = combine_method(
        py,
        method,
        sigma_lower,
        sigma_upper,
        maxiters,
        cenfunc,
        nlow,
        nhigh,
    )?;
    let flat_normalization = match normalization {
        "mean" => FlatNormalization::Mean,
        "median" => FlatNormalization::Median,
        n => {
            return Err(errors::value_error(
                py,
                format!("normalization must be 'mean' or 'median', got {n:?}"),
            ))
        }
    };
    if memory_budget == Some(0) {
        return Err(errors::value_error(
            py,
            "memory_budget must be positive".into(),
        ));
    }
    if threads == Some(0) {
        return Err(errors::value_error(py, "threads must be at least 1".into()));
    }
    let opts = MasterOptions {
        method,
        memory_budget: memory_budget.unwrap_or(DEFAULT_MEMORY_BUDGET),
        exposure_key: exposure_key.to_string(),
        dark_scaling: DarkScaling::Rate,
        flat_normalization,
        hdu: parse_hdu(py, hdu)?,
    };
    let bias = bias
        .as_ref()
        .filter(|b| !b.is_none())
        .map(|b| Borrowed::of(b, "bias"))
        .transpose()?;
    let dark = dark
        .as_ref()
        .filter(|d| !d.is_none())
        .map(|d| Borrowed::of(d, "dark"))
        .transpose()?;
    let frames = match &arrays {
        Some(a) => Some(
            a.iter()
                .enumerate()
                .map(|(i, x)| Borrowed::of(x, &format!("frame {i}")))
                .collect::<PyResult<Vec<_>>>()?,
        ),
        None => None,
    };
    if files.is_some() == frames.is_some() {
        return Err(errors::value_error(
            py,
            "give either files or arrays".into(),
        ));
    }
    let n = files
        .as_ref()
        .map_or_else(|| frames.as_ref().map_or(0, Vec::len), Vec::len);
    if let Some(e) = &exposures {
        if e.len() != n {
            return Err(errors::value_error(
                py,
                format!("{} exposures given for {n} frames", e.len()),
            ));
        }
    }
    let names = names.unwrap_or_default();
    let bias_view = bias.as_ref().map(Borrowed::view);
    let dark_view = dark.as_ref().map(Borrowed::view);
    let frame_views: Option<Vec<View<'_>>> = frames
        .as_ref()
        .map(|f| f.iter().map(Borrowed::view).collect());
    let job = |cancel: &AtomicBool| -> Result<Master, CalibError> {
        let bias = bias_view
            .as_ref()
            .map(|v| master_from_vec(MasterKind::Bias, v.shape(), v.to_vec(), false))
            .transpose()?;
        let dark = dark_view
            .as_ref()
            .map(|v| master_from_vec(MasterKind::Dark, v.shape(), v.to_vec(), false))
            .transpose()?;
        let run = |sources: &[&dyn RowSource], exposures: &[Option<f64>]| {
            let watched: Vec<Watched<'_>> = sources
                .iter()
                .map(|&inner| Watched { inner, cancel })
                .collect();
            let sources: Vec<&dyn RowSource> =
                watched.iter().map(|w| w as &dyn RowSource).collect();
            engine_build_master(
                kind,
                &sources,
                exposures,
                bias.as_ref(),
                dark.as_ref(),
                &opts,
                None,
                String::new(),
            )
        };
        if let Some(files) = &files {
            use rayon::prelude::*;
            if files.is_empty() {
                return Err(CalibError::NoInput("no input frames given".into()));
            }
            let opened = files
                .par_iter()
                .map(|p| FitsFrame::open(p, &opts.hdu))
                .collect::<Result<Vec<_>, _>>()?;
            let exposures = match &exposures {
                Some(e) => e.clone(),
                None => file_exposures(kind, &opened, dark.is_some(), &opts.exposure_key)?,
            };
            let sources: Vec<&dyn RowSource> = opened.iter().map(|f| f as &dyn RowSource).collect();
            return run(&sources, &exposures);
        }
        let views = frame_views.as_deref().unwrap_or_default();
        let data: Vec<(Vec<f32>, [usize; 2])> = {
            use rayon::prelude::*;
            views.par_iter().map(|v| (v.to_vec(), v.shape())).collect()
        };
        let mem = data
            .iter()
            .enumerate()
            .map(|(i, (d, s))| {
                let name = names
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("frame {i}"));
                MemFrame::new(name, *s, d)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let sources: Vec<&dyn RowSource> = mem.iter().map(|f| f as &dyn RowSource).collect();
        run(
            &sources,
            &exposures.clone().unwrap_or_else(|| vec![None; n]),
        )
    };
    let threads = crate::thread_count(py, threads)?;
    let master = gil::detached(py, |cancel| in_pool(threads, || job(cancel)))?
        .map_err(pool_err)?
        .map_err(|e| calib_err(py, e))?;
    let [h, w] = master.shape;
    let arr = Array2::from_shape_vec((h, w), master.data)
        .map_err(|e| PyRuntimeError::new_err(format!("master of shape {:?}: {e}", [h, w])))?;
    Ok(arr.into_pyarray(py))
}

/// A noise-model parameter from Python: a number, or a header keyword (str).
fn param(obj: &Bound<'_, PyAny>) -> PyResult<Param> {
    if let Ok(s) = obj.extract::<String>() {
        return Ok(match s.trim().parse::<f64>() {
            Ok(v) => Param::Value(v),
            Err(_) => Param::Keyword(s.trim().to_string()),
        });
    }
    Ok(Param::Value(obj.extract::<f64>()?))
}

/// Lights in batches of at most `size` (a light whose output name is already taken joins that
/// light's batch, so that the engine sees and refuses the clash), as indices into `files`.
fn batches(files: &[PathBuf], size: usize) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut by_name: HashMap<&std::ffi::OsStr, usize> = HashMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Some(&b) = f.file_name().and_then(|n| by_name.get(n)) {
            out[b].push(i);
            continue;
        }
        if out.last().is_none_or(|b| b.len() >= size) {
            out.push(Vec::new());
        }
        let b = out.len() - 1;
        out[b].push(i);
        if let Some(n) = f.file_name() {
            by_name.insert(n, b);
        }
    }
    out
}

/// Calibrates FITS `files` into `out_dir/<file name>` in parallel (all cores, or `threads`), with
/// the engine's `calibrate_many`: atomic outputs, a re-run skips up-to-date outputs unless
/// `overwrite`, a light that fails does not stop the others. `progress(n)` is called on this
/// thread with the number of lights finished since the last call. Returns, per light and in
/// order, `(output, status, error)`: status 'written', 'skipped' or 'failed' (error: the
/// message). Ctrl-C (with `interruptible`) stops after the lights under way.
#[pyfunction]
#[pyo3(signature = (
    files, out_dir, masters, *, exposure_key="EXPTIME", invalid="eloy", variance=false,
    gain=None, read_noise=None, bad_pixel_mask=None, write_mask=false, hdu=None, overwrite=false,
    memory_budget=None, sync=false, threads=None, progress=None, interruptible=true
))]
#[allow(clippy::too_many_arguments)]
fn calibrate_files<'py>(
    py: Python<'py>,
    files: Vec<PathBuf>,
    out_dir: PathBuf,
    masters: &Bound<'py, PyMasters>,
    exposure_key: &str,
    invalid: &str,
    variance: bool,
    gain: Option<Bound<'py, PyAny>>,
    read_noise: Option<Bound<'py, PyAny>>,
    bad_pixel_mask: Option<Bound<'py, PyAny>>,
    write_mask: bool,
    hdu: Option<&str>,
    overwrite: bool,
    memory_budget: Option<usize>,
    sync: bool,
    threads: Option<usize>,
    progress: Option<Bound<'py, PyAny>>,
    interruptible: bool,
) -> PyResult<Vec<(String, &'static str, Option<String>)>> {
    if threads == Some(0) {
        return Err(errors::value_error(py, "threads must be at least 1".into()));
    }
    if memory_budget == Some(0) {
        return Err(errors::value_error(
            py,
            "memory_budget must be positive".into(),
        ));
    }
    let hdu = parse_hdu(py, hdu)?;
    let threads = crate::thread_count(py, threads)?;
    let noise = if variance {
        Some(NoiseModel {
            gain: gain
                .as_ref()
                .map(param)
                .transpose()?
                .unwrap_or(Param::Keyword("GAIN".into())),
            read_noise: read_noise
                .as_ref()
                .map(param)
                .transpose()?
                .unwrap_or(Param::Keyword("RDNOISE".into())),
        })
    } else {
        None
    };
    let mask = match bad_pixel_mask.as_ref().filter(|m| !m.is_none()) {
        None => None,
        Some(m) => {
            if let Ok(p) = m.extract::<PathBuf>() {
                Some(
                    gil::detached(py, |_| BadPixelMask::load(&p, &HduSelector::Default))?
                        .map_err(|e| calib_err(py, e))?,
                )
            } else {
                let a = m.cast::<PyArray2<u8>>().map_err(|_| {
                    errors::value_error(
                        py,
                        "bad_pixel_mask: a 2-D uint8 array (non-zero = bad) or a FITS file".into(),
                    )
                })?;
                let ro = a
                    .try_readonly()
                    .map_err(|e| errors::value_error(py, format!("bad_pixel_mask: {e}")))?;
                let v = ro.as_array();
                Some(BadPixelMask {
                    shape: [v.shape()[0], v.shape()[1]],
                    data: v.iter().map(|&x| u8::from(x != 0)).collect(),
                    origin: "<mask array>".into(),
                })
            }
        }
    };
    let opts = CalibrateOptions {
        exposure_key: exposure_key.to_string(),
        invalid: parse_invalid(py, invalid)?,
        noise,
        mask,
        write_mask,
        hdu,
        overwrite,
        memory_budget: memory_budget.unwrap_or(DEFAULT_MEMORY_BUDGET),
        sync,
    };
    let masters = &masters.get().inner;
    let cancel = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let progress = progress.map(|callback| gil::Progress {
        callback,
        done: done.clone(),
    });
    let tick = |_: &FrameResult| {
        done.fetch_add(1, Ordering::Relaxed);
    };
    let (files, out_dir, opts, cancel_flag, tick) = (&files, &out_dir, &opts, &cancel, &tick);
    let results = gil::run_detached(py, &cancel, progress, interruptible, move || {
        in_pool(threads, || {
            let per_batch = BATCH_PER_THREAD * rayon::current_num_threads().max(1);
            let mut results: Vec<Option<FrameResult>> = (0..files.len()).map(|_| None).collect();
            for batch in batches(files, per_batch) {
                if cancel_flag.load(Ordering::Relaxed) {
                    break;
                }
                let inputs: Vec<PathBuf> = batch.iter().map(|&i| files[i].clone()).collect();
                let out = calibrate_many(&inputs, out_dir, masters, opts, tick);
                for (i, r) in batch.into_iter().zip(out) {
                    results[i] = Some(r);
                }
            }
            results
        })
    })?
    .map_err(pool_err)?;
    Ok(results
        .into_iter()
        .zip(files)
        .map(|(r, input)| match r {
            Some(r) => {
                let output = r.output.to_string_lossy().into_owned();
                match r.result {
                    Ok(Outcome::Written) => (output, "written", None),
                    Ok(Outcome::Skipped) => (output, "skipped", None),
                    Err(e) => (output, "failed", Some(e.to_string())),
                }
            }
            None => (
                out_dir
                    .join(input.file_name().unwrap_or_default())
                    .to_string_lossy()
                    .into_owned(),
                "failed",
                Some("not processed".to_string()),
            ),
        })
        .collect())
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyMasters>()?;
    m.add_function(wrap_pyfunction!(calibrate_array, m)?)?;
    m.add_function(wrap_pyfunction!(frames_info, m)?)?;
    m.add_function(wrap_pyfunction!(build_master, m)?)?;
    m.add_function(wrap_pyfunction!(calibrate_files, m)?)?;
    m.add("DEFAULT_MEMORY_BUDGET", DEFAULT_MEMORY_BUDGET)?;
    Ok(())
}
