//! The error type of the crate. Every message is one line that starts with the file (or frame)
//! it concerns, because batch runs over thousands of frames report failures one line each.

use std::path::Path;

use skywarp_fits::FitsError;
use thiserror::Error;

/// Everything that can go wrong while combining or calibrating frames.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum CalibError {
    /// Reading or writing a FITS file failed (the message names the file).
    #[error("{0}")]
    Fits(#[from] FitsError),

    /// A frame's shape differs from the reference (first frame or master).
    #[error("{name}: shape {found:?} does not match {expected:?} ({reference})")]
    ShapeMismatch {
        name: String,
        found: Vec<usize>,
        expected: Vec<usize>,
        reference: String,
    },

    /// The exposure keyword is missing or not a number.
    #[error("{name}: no exposure time: keyword {key} is missing or not a number")]
    MissingExposure { name: String, key: String },

    /// The exposure time is not usable (zero or negative where a rate is computed, non-finite).
    #[error("{name}: exposure time {key} = {value} cannot be used: {reason}")]
    BadExposure {
        name: String,
        key: String,
        value: f64,
        reason: String,
    },

    /// The image is not a 2-D image (calibration frames are single planes).
    #[error("{name}: {reason}")]
    NotAFrame { name: String, reason: String },

    /// A needed input was not given (no frames to combine, ...).
    #[error("{0}")]
    NoInput(String),

    /// Options that contradict each other or are out of range.
    #[error("invalid option: {0}")]
    InvalidOption(String),

    /// A header keyword needed for the noise model is missing.
    #[error("{name}: keyword {key} is missing or not a number ({what})")]
    MissingKeyword {
        name: String,
        key: String,
        what: String,
    },

    /// Anything else tied to one file (e.g. an output that cannot be created).
    #[error("{name}: {reason}")]
    Other { name: String, reason: String },
}

/// Result alias of the crate.
pub type Result<T> = std::result::Result<T, CalibError>;

/// How a path is named in messages.
pub(crate) fn display_name(p: &Path) -> String {
    p.display().to_string()
}
