//! CCD calibration for skywarp: streaming frame combination, master bias/dark/flat, and the
//! calibration of science frames.
//!
//! * [`combine`]: per-pixel median / mean / sigma-clipped mean / min-max rejected mean with numpy
//!   and astropy conventions.
//! * [`stack`]: the streaming engine — every input read once, band by band through its memory
//!   map, within a memory budget, on all cores.
//! * [`master`]: [`master_bias`], [`master_dark`], [`master_flat`] (eloy's formulas by default,
//!   ccdproc's choices as options).
//! * [`calibrate`]: [`calibrate_frame`], [`calibrate_many`] (parallel, resumable, atomic
//!   outputs, optional `VARIANCE` and `MASK` extensions) and [`calibrate_in_place`] for arrays.
//!
//! ```no_run
//! use std::path::PathBuf;
//! use skywarp_calib::{calibrate_many, master_bias, master_dark, master_flat, CalibrateOptions, MasterOptions, Masters};
//! let files = |p: &str| (0..10).map(|i| PathBuf::from(format!("{p}_{i:03}.fits"))).collect::<Vec<_>>();
//! let mo = MasterOptions::default();
//! let bias = master_bias(&files("bias"), &mo)?;
//! let dark = master_dark(&files("dark"), Some(&bias), &mo)?;
//! let flat = master_flat(&files("flat"), Some(&bias), Some(&dark), &mo)?;
//! let masters = Masters { bias: Some(bias), dark: Some(dark), flat: Some(flat) };
//! let results = calibrate_many(&files("light"), "out".as_ref(), &masters, &CalibrateOptions::default(), &|r| {
//!     if let Err(e) = &r.result { eprintln!("{e}") }
//! });
//! # Ok::<(), skywarp_calib::CalibError>(())
//! ```

pub mod calibrate;
pub mod combine;
mod error;
pub mod master;
mod simd;
pub mod source;
pub mod stack;

pub use calibrate::{
    calibrate_frame, calibrate_in_place, calibrate_many, BadPixelMask, CalibrateOptions,
    FrameResult, InvalidPixels, Masters, NoiseModel, Outcome, Param,
};
pub use combine::{CenterFunc, CombineMethod, Combiner, SigmaClip};
pub use error::{CalibError, Result};
pub use master::{
    build_master, master_bias, master_dark, master_flat, DarkScaling, FlatNormalization, Master,
    MasterKind, MasterOptions,
};
pub use source::{FitsFrame, MemFrame, RowSource};
pub use stack::{combine_sources, Normalize, Prep, StackReport, Tile, DEFAULT_MEMORY_BUDGET};
