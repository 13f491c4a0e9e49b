//! The one error type of the crate.
//!
//! Every message is a single line that starts with *where* (the file, and the HDU when one is
//! involved, e.g. `/data/m31.fits HDU 1 (SCI)`) followed by *what* went wrong, because these
//! messages end up verbatim in CLI output and in logs of long batch runs, where a message without
//! the file name is useless.

use std::io;
use std::path::Path;

use thiserror::Error;

/// Everything that can go wrong in `skywarp-fits`. Nothing in the crate panics on bad input
/// (malformed files, wrong HDUs, out-of-range regions): it returns one of these.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum FitsError {
    /// An operating-system level failure (open, read, create, rename, mmap...).
    #[error("{loc}: {action}: {source}")]
    Io {
        loc: String,
        action: String,
        #[source]
        source: io::Error,
    },

    /// A CFITSIO call returned a non-zero status.
    #[error("{loc}: CFITSIO error {status} ({text}) while {action}{detail}")]
    Cfitsio {
        loc: String,
        status: i32,
        text: String,
        action: String,
        /// CFITSIO's own error-message stack, already prefixed with `: ` when not empty.
        detail: String,
    },

    /// The file does not start with a valid FITS primary header.
    #[error("{loc}: not a FITS file: {reason}")]
    NotFits { loc: String, reason: String },

    /// A header that could not be parsed (non-ASCII bytes, missing END, absurd NAXISn...).
    #[error("{loc}: invalid header: {reason}")]
    InvalidHeader { loc: String, reason: String },

    /// The HDU selector matched nothing; `available` lists what the file does contain.
    #[error("{loc}: no HDU matches '{selector}'; the file has {available}")]
    HduNotFound {
        loc: String,
        selector: String,
        available: String,
    },

    /// An image was requested from an HDU that is a table, or has no data.
    #[error("{loc}: {reason}")]
    NotAnImage { loc: String, reason: String },

    /// The memory-mapped reader cannot serve this HDU (tile-compressed image, gzip-compressed
    /// file...). Callers are expected to fall back to the CFITSIO reader; see
    /// [`FitsError::is_not_mappable`].
    #[error("{loc}: cannot be memory-mapped ({reason}); read it through CFITSIO instead")]
    NotMappable { loc: String, reason: String },

    /// The file is shorter than its headers declare.
    #[error("{loc}: file is truncated: {what} needs bytes {start}..{end} but the file has only {len} bytes")]
    Truncated {
        loc: String,
        what: String,
        start: u64,
        end: u64,
        len: u64,
    },

    /// Data that cannot be decoded as its header says (a damaged compressed stream...). Found
    /// before native code would read past its end.
    #[error("{loc}: damaged data: {reason}")]
    CorruptData { loc: String, reason: String },

    /// A caller-side mistake: region outside the image, data length not matching the shape...
    #[error("{loc}: {reason}")]
    InvalidArgument { loc: String, reason: String },

    /// Valid FITS that this crate does not handle (random groups, BITPIX we cannot convert...).
    #[error("{loc}: unsupported: {reason}")]
    Unsupported { loc: String, reason: String },

    /// An HDU selector string that cannot be parsed.
    #[error("invalid HDU selector '{text}': {reason}")]
    InvalidSelector { text: String, reason: String },

    /// A header keyword or value that cannot be represented as a FITS card.
    #[error("header keyword '{keyword}': {reason}")]
    InvalidCard { keyword: String, reason: String },
}

impl FitsError {
    /// True when the memory-mapped reader refused the HDU for a reason CFITSIO can handle
    /// (compressed data). Callers use this to decide on a fallback.
    pub fn is_not_mappable(&self) -> bool {
        matches!(self, FitsError::NotMappable { .. })
    }

    /// True when the error is an "HDU not found".
    pub fn is_hdu_not_found(&self) -> bool {
        matches!(self, FitsError::HduNotFound { .. })
    }
}

/// `Result` with [`FitsError`].
pub type Result<T, E = FitsError> = std::result::Result<T, E>;

/// Location prefix of a message: the file, plus the HDU when known.
pub(crate) fn loc(path: &Path, hdu: Option<usize>, name: Option<&str>) -> String {
    match (hdu, name) {
        (None, _) => path.display().to_string(),
        (Some(i), Some(n)) if !n.is_empty() => format!("{} HDU {} ({})", path.display(), i, n),
        (Some(i), _) => format!("{} HDU {}", path.display(), i),
    }
}

pub(crate) fn io_err(
    loc: impl Into<String>,
    action: impl Into<String>,
    source: io::Error,
) -> FitsError {
    FitsError::Io {
        loc: loc.into(),
        action: action.into(),
        source,
    }
}

pub(crate) fn invalid_arg(loc: impl Into<String>, reason: impl Into<String>) -> FitsError {
    FitsError::InvalidArgument {
        loc: loc.into(),
        reason: reason.into(),
    }
}
