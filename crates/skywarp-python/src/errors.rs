//! Engine errors as Python exceptions.
//!
//! The classes live in `skywarp/_errors.py` (so they can inherit from both `SkywarpError` and a builtin
//! such as `ValueError`, which `create_exception!` cannot express); this module looks them up and
//! instantiates them. Engine `Value` errors carry reproject's exact messages, so
//! `pytest.raises(ValueError, match=...)` written for reproject matches.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyType;
use skywarp_wcs::{frames::FrameError, WcsError};

/// Instantiate `skywarp._errors.<name>(msg)`.
fn make(py: Python<'_>, name: &str, msg: String) -> PyErr {
    let cls = py
        .import("skywarp._errors")
        .and_then(|m| m.getattr(name))
        .and_then(|c| c.cast_into::<PyType>().map_err(PyErr::from));
    match cls {
        Ok(cls) => PyErr::from_type(cls, msg),
        // Only if the Python package is broken: still report the message.
        Err(e) => PyRuntimeError::new_err(format!(
            "{msg} (and skywarp._errors.{name} is unavailable: {e})"
        )),
    }
}

/// Instantiate `skywarp._errors.<name>(errno, msg)` (an `OSError` subclass) when the operating system
/// gave an error number, so that `e.errno` is set; else `<name>(msg)`.
fn make_os(py: Python<'_>, name: &str, errno: Option<i32>, msg: String) -> PyErr {
    let Some(errno) = errno else {
        return make(py, name, msg);
    };
    let cls = py
        .import("skywarp._errors")
        .and_then(|m| m.getattr(name))
        .and_then(|c| c.cast_into::<PyType>().map_err(PyErr::from));
    match cls {
        Ok(cls) => PyErr::from_type(cls, (errno, msg)),
        Err(_) => make(py, name, msg),
    }
}

/// The Python exception for a FITS error: `FitsError` (an `OSError`, as astropy's), with `errno` set
/// when an operating-system call failed.
pub fn from_fits(py: Python<'_>, e: skywarp_fits::FitsError) -> PyErr {
    let errno = match &e {
        skywarp_fits::FitsError::Io { source, .. } => source.raw_os_error(),
        _ => None,
    };
    make_os(py, "FitsError", errno, e.to_string())
}

/// Issue `skywarp._errors.SkywarpWarning(msg)` to the calling Python code (an error only when the
/// warning filters turn it into one).
pub fn warn(py: Python<'_>, msg: &str) -> PyResult<()> {
    let cls = py.import("skywarp._errors")?.getattr("SkywarpWarning")?;
    let msg = std::ffi::CString::new(msg).unwrap_or_default();
    PyErr::warn(py, &cls, &msg, 1)
}

/// `SkywarpValueError`: invalid arguments (a `ValueError`).
pub fn value_error(py: Python<'_>, msg: String) -> PyErr {
    make(py, "SkywarpValueError", msg)
}

/// `ShapeError`: arrays whose shapes do not fit together (a `ValueError`).
pub fn shape_error(py: Python<'_>, msg: String) -> PyErr {
    make(py, "ShapeError", msg)
}

/// The Python exception for an engine error.
pub fn from_engine(py: Python<'_>, e: skywarp::Error) -> PyErr {
    use skywarp::Error as E;
    match e {
        E::Value(m) => make(py, "SkywarpValueError", m),
        E::Shape(_) => make(py, "ShapeError", e.to_string()),
        E::Unsupported(m) => make(py, "UnsupportedError", m),
        E::Cancelled => make(
            py,
            "CancelledError",
            "the reprojection was cancelled".into(),
        ),
        E::Wcs(w) => from_wcs(py, w),
        E::Fits(f) => from_fits(py, f),
        E::Io { ref source, .. } => make_os(py, "IoError", source.raw_os_error(), e.to_string()),
    }
}

/// The Python exception for a WCS error: unusable headers are `WcsError` (a `ValueError`); valid WCS the
/// engine cannot map (frames it does not know, axes it cannot pair) are `UnsupportedError` (a
/// `NotImplementedError`).
pub fn from_wcs(py: Python<'_>, e: WcsError) -> PyErr {
    let msg = e.to_string();
    match e {
        WcsError::Invalid(_) | WcsError::Missing => make(py, "WcsError", msg),
        WcsError::Frame(FrameError::Undetermined { .. })
        | WcsError::Unsupported(_)
        | WcsError::Incompatible(_) => make(py, "UnsupportedError", msg),
        WcsError::Frame(_) => make(py, "WcsError", msg),
    }
}

/// The Python exception for a calibration error: FITS input/output problems are `FitsError`, other file
/// failures `IoError` (both `OSError`s), shapes that do not fit `ShapeError`, other bad inputs (missing or unusable
/// exposure times, empty frame lists, invalid options) `SkywarpValueError`.
pub fn from_calib(py: Python<'_>, e: skywarp_calib::CalibError) -> PyErr {
    use skywarp_calib::CalibError as E;
    let msg = e.to_string();
    let name = match e {
        E::Fits(f) => return from_fits(py, f),
        // an output that cannot be created, a file that cannot be written
        E::Other { .. } => "IoError",
        E::ShapeMismatch { .. } => "ShapeError",
        E::MissingExposure { .. }
        | E::BadExposure { .. }
        | E::NotAFrame { .. }
        | E::NoInput(_)
        | E::InvalidOption(_)
        | E::MissingKeyword { .. } => "SkywarpValueError",
        _ => "SkywarpError",
    };
    make(py, name, msg)
}
