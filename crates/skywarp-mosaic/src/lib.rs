//! Mosaics for skywarp: reproject's `reproject_and_coadd` and `find_optimal_celestial_wcs`, on the
//! engine, in bounded memory.
//!
//! * [`optimal`]: the output grid (`find_optimal_celestial_wcs`, rule for rule, auto-rotation by
//!   rotating calipers).
//! * [`plan`]: where each input falls in the output (from points along its edges, as reproject
//!   samples them) and the output row bands that fit the memory budget.
//! * [`combine`]: the combine functions (mean, sum, first, last, min, max, median) applied to one
//!   band at a time, inputs in order.
//! * [`background`]: pairwise offsets over overlaps and their deterministic least-squares solution.
//! * [`coadd`]: the driver: band after band, each input's overlap with the band reprojected by the
//!   engine straight into the band's accumulators, the finished band handed to a [`coadd::BandOutput`]
//!   (a FITS file, numpy arrays). No per-input reprojected image is ever kept, so memory is bounded by
//!   the band, whatever the number and size of the inputs.

pub mod background;
pub mod coadd;
pub mod combine;
pub mod optimal;
pub mod plan;

pub use coadd::{
    coadd, AdaptiveMethod, BandOutput, CoaddOptions, CoaddReport, ExactMethod, FitsBandOutput,
    InterpMethod, MosaicInput, Reproject,
};
pub use combine::Combine;
pub use optimal::{
    find_optimal_celestial_wcs, GridInput, GridOptions, InputKind, LonCdelt, OptimalGrid,
};

/// Errors of the mosaic crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Invalid arguments (reproject raises ValueError for these; the message is reproject's).
    #[error("{0}")]
    Value(String),
    /// Arguments of the wrong kind (reproject raises TypeError).
    #[error("{0}")]
    Type(String),
    /// A valid request this crate does not handle.
    #[error("not supported: {0}")]
    Unsupported(String),
    #[error(transparent)]
    Engine(#[from] skywarp::Error),
    #[error(transparent)]
    Wcs(#[from] skywarp_wcs::WcsError),
    #[error(transparent)]
    Fits(#[from] skywarp_fits::FitsError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
