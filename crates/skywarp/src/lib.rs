//! skywarp's engine: the resampling algorithms and the machinery they share.
//!
//! Pipeline: a [`Source`] serves input pixels (memory or memory-mapped FITS) → a
//! [`Mapping`] (usually [`skywarp_wcs::PixelMapper`]) evaluated on an adaptive grid ([`coords`]) gives every output pixel its
//! input position → a [`Kernel`] computes the output block → a [`Sink`] takes finished blocks (memory,
//! caller buffers, or a FITS file on disk). Blocks run on a rayon pool; each block reads only the input
//! window it needs.
//!
//! # Map of the crate
//! | file | what it does |
//! |---|---|
//! | `executor.rs` | [`run`]: the one executor — blocks, the thread pool with one worker per thread, coordinates, clamped and size-checked input windows, sinks, cancellation, progress ([`RunOptions`], [`RunStats`]) |
//! | `geometry.rs` | [`Geometry`]: validation with reproject's messages; which array axes the WCS axes are; broadcasting; the separable third axis of cubes |
//! | `kernel.rs` | [`Kernel`]: what an algorithm implements — [`GridNeeds`], input window, per-block and per-plane work on a [`BlockGeometry`] / [`BlockCtx`] |
//! | `mapping.rs` | [`Mapping`]: output pixel → input pixel in batches, what the grid evaluates; [`skywarp_wcs::PixelMapper`] is one, a binding may add others ([`run_mapped`]) |
//! | `coords.rs` | [`coords::BlockCoords`]: centres, ring and corner lattices from fixed tiles, refined per quarter to the tolerance, quadtree around invalid nodes ([`CoordMode`]) |
//! | `region.rs` | [`Rect`], [`Region`]: how every source, sink and window names pixels |
//! | `window.rs` | [`WindowCache`]: a block's input windows of the last two planes read |
//! | `source.rs` | [`Source`]: [`ArraySource`] (borrowed arrays), [`FitsSource`] (mapped FITS, resident-memory budget) |
//! | `sink.rs` | [`Sink`]: [`ArraySink`] (borrowed buffers, bounds-checked), [`FitsSink`] (a FITS file filled block by block) |
//! | `threads.rs` | [`cap_threads`]: the one cap on worker threads, for every pool of the project |
//! | `interp/` | interpolation ([`Interp`], [`reproject_interp`]): `kernels.rs` scipy's stencils and edge rules, `spline.rs` B-spline coefficients of the whole input |
//! | `adaptive/` | reproject_adaptive's anti-aliased resampling ([`Adaptive`]) |
//!
//! Adding an algorithm means one new folder with a [`Kernel`] and its options in the CLI and Python;
//! the executor does not change.

pub mod adaptive;
pub mod band_sink;
pub mod coords;
pub mod exact;
pub mod executor;
pub mod geometry;
pub mod interp;
pub mod kernel;
pub mod mapping;
pub mod region;
pub mod sink;
pub mod source;
pub mod threads;
pub mod window;

pub use adaptive::Adaptive;
pub use band_sink::BandFitsSink;
pub use coords::{CoordMode, DEFAULT_TOLERANCE};
pub use exact::reproject_exact;
pub use executor::{run, run_mapped, RunOptions, RunStats, DEFAULT_BLOCK};
pub use geometry::Geometry;
pub use interp::kernels::Order;
pub use interp::{reproject_interp, Interp, InterpOptions};
pub use kernel::{BlockCtx, BlockGeometry, GridNeeds, Kernel};
pub use mapping::Mapping;
pub use region::{Rect, Region};
pub use sink::{ArraySink, FitsSink, Sink};
pub use source::{ArraySource, FitsSource, SharedResidentBudget, Source};
pub use threads::{cap_threads, max_threads, ThreadCount};
pub use window::WindowCache;

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
    /// An operating-system I/O failure (temporary files, disk full), with what the engine was doing.
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    /// The caller asked the run to stop.
    #[error("cancelled")]
    Cancelled,
    #[error(transparent)]
    Wcs(#[from] skywarp_wcs::WcsError),
    #[error(transparent)]
    Fits(#[from] skywarp_fits::FitsError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
