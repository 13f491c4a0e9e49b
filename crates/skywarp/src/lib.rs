//! skywarp's engine: the resampling algorithms and the machinery they share.
//!
//! Pipeline: a [`source::Source`] serves input pixels (memory or memory-mapped FITS) → a
//! [`skywarp_wcs::PixelMapper`] evaluated on an adaptive grid ([`coords`]) gives every output pixel its
//! input position → a kernel ([`kernels`]) samples the input → a [`sink::Sink`] takes finished blocks
//! (memory, caller buffers, or a FITS file on disk). Blocks run on a rayon pool; each block reads only
//! the input window it needs.

pub mod coords;
pub mod kernels;
pub mod reproject;
pub mod sink;
pub mod source;
pub mod spline;

pub use coords::{CoordMode, DEFAULT_TOLERANCE};
pub use kernels::Order;
pub use reproject::{reproject_interp, InterpOptions, RunStats};
pub use sink::{ArraySink, FitsSink, Sink};
pub use source::{ArraySource, FitsSource, Source};

/// Errors of the engine.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Invalid arguments (reproject raises ValueError for these; the message is reproject's).
    #[error("{0}")]
    Value(String),
    /// Array shapes that do not fit together.
    #[error("shape mismatch: {0}")]
    Shape(String),
    /// A valid request this engine does not handle (yet).
    #[error("not supported: {0}")]
    Unsupported(String),
    /// The caller asked the run to stop.
    #[error("cancelled")]
    Cancelled,
    #[error(transparent)]
    Wcs(#[from] skywarp_wcs::WcsError),
    #[error(transparent)]
    Fits(#[from] skywarp_fits::FitsError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
