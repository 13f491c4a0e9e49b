//! Rectangles of a plane and regions of a stack of planes: the one way the engine, its sources and
//! its sinks name pixels, so a swapped (row, col) pair or (rows, cols) count cannot compile.
//!
//! Defined in `skywarp-fits` (the bottom of the crate graph), so that the FITS writers take the very
//! same types the engine's sinks are given; re-exported here.

pub use skywarp_fits::{Rect, Region};
