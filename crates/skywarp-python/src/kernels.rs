//! The reprojection methods the bindings offer: `method` and `options` from Python's dispatcher
//! (`skywarp/_dispatch.py`) turned into an engine kernel.
//!
//! A new method (adaptive, exact) adds one variant to [`Method`], one branch to [`Method::parse`] reading
//! its options, and one to [`Method::run`]; everything else (arrays, WCS, blocks, threads, progress,
//! Ctrl-C) is shared by `reproject` in lib.rs.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyDictMethods};
use skywarp::adaptive::{AdaptiveKernel, AdaptiveOptions, BadValueMode, BoundaryMode};
use skywarp::{Adaptive, Interp, Mapping, Order, RunOptions, RunStats, Sink, Source};
use skywarp_wcs::Wcs;

use crate::errors;

/// A kernel and its own options, as parsed from Python.
#[derive(Clone, Copy, Debug)]
pub enum Method {
    /// Interpolation of the given spline order (reproject_interp).
    Interp { order: Order },
    /// Flux-conserving spherical pixel overlap (reproject_exact); no options.
    Exact,
    /// DeForest adaptive resampling (reproject_adaptive).
    Adaptive { opts: AdaptiveOptions },
}

/// The options dict of one method: each option is taken once; what is left at the end is an error (a
/// misspelt option must not be silently ignored).
struct Options<'py> {
    py: Python<'py>,
    method: &'static str,
    dict: Bound<'py, PyDict>,
}

impl<'py> Options<'py> {
    fn new(
        py: Python<'py>,
        method: &'static str,
        dict: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Self> {
        let dict = match dict {
            Some(d) => d.copy()?,
            None => PyDict::new(py),
        };
        Ok(Options { py, method, dict })
    }

    /// The value of option `key` (removed from the dict), or `default` when it is absent.
    fn take<T: for<'a> FromPyObject<'a, 'py>>(&self, key: &str, default: T) -> PyResult<T> {
        match self.dict.get_item(key)? {
            None => Ok(default),
            Some(v) => {
                self.dict.del_item(key)?;
                v.extract::<T>().map_err(|_| {
                    errors::value_error(
                        self.py,
                        format!("{} option {key}: invalid value {v}", self.method),
                    )
                })
            }
        }
    }

    /// Fails on any option not taken.
    fn finish(self) -> PyResult<()> {
        if self.dict.is_empty() {
            return Ok(());
        }
        let keys: Vec<String> = self.dict.keys().iter().map(|k| k.to_string()).collect();
        Err(errors::value_error(
            self.py,
            format!("unknown {} option(s): {}", self.method, keys.join(", ")),
        ))
    }
}

impl Method {
    /// The kernel named `method`, configured by `options`.
    pub fn parse<'py>(
        py: Python<'py>,
        method: &str,
        options: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Method> {
        match method {
            "interp" => {
                let opts = Options::new(py, "interp", options)?;
                let degree = opts.take::<u8>("order", 1)?;
                let Some(order) = Order::from_degree(degree.into()) else {
                    return Err(errors::value_error(
                        py,
                        format!("interp option order must be 0-3, got {degree}"),
                    ));
                };
                opts.finish()?;
                Ok(Method::Interp { order })
            }
            "exact" => {
                Options::new(py, "exact", options)?.finish()?;
                Ok(Method::Exact)
            }
            "adaptive" => {
                let o = Options::new(py, "adaptive", options)?;
                let d = AdaptiveOptions::default();
                fn engine<T>(py: Python<'_>, r: skywarp::Result<T>) -> PyResult<T> {
                    r.map_err(|e| errors::from_engine(py, e))
                }
                let opts = AdaptiveOptions {
                    center_jacobian: o.take("center_jacobian", d.center_jacobian)?,
                    despike_jacobian: o.take("despike_jacobian", d.despike_jacobian)?,
                    conserve_flux: o.take("conserve_flux", d.conserve_flux)?,
                    kernel: engine(
                        py,
                        AdaptiveKernel::parse(&o.take("kernel", "gaussian".to_string())?),
                    )?,
                    kernel_width: o.take("kernel_width", d.kernel_width)?,
                    sample_region_width: o.take("sample_region_width", d.sample_region_width)?,
                    boundary_mode: engine(
                        py,
                        BoundaryMode::parse(&o.take("boundary_mode", "strict".to_string())?),
                    )?,
                    boundary_fill_value: o.take("boundary_fill_value", d.boundary_fill_value)?,
                    boundary_ignore_threshold: o
                        .take("boundary_ignore_threshold", d.boundary_ignore_threshold)?,
                    x_cyclic: o.take("x_cyclic", d.x_cyclic)?,
                    y_cyclic: o.take("y_cyclic", d.y_cyclic)?,
                    bad_value_mode: engine(
                        py,
                        BadValueMode::parse(&o.take("bad_value_mode", "strict".to_string())?),
                    )?,
                    bad_fill_value: o.take("bad_fill_value", d.bad_fill_value)?,
                };
                o.finish()?;
                engine(py, opts.validate())?;
                Ok(Method::Adaptive { opts })
            }
            m => Err(errors::value_error(
                py,
                format!(
                    "unknown reprojection method {m:?} (this build has: interp, adaptive, exact)"
                ),
            )),
        }
    }

    /// Run the kernel through the engine's executor on `job`, with the options every method shares.
    pub fn run(
        &self,
        job: &Job<'_>,
        opts: &RunOptions,
        progress: Option<&(dyn Fn(u64) + Sync)>,
    ) -> skywarp::Result<RunStats> {
        let Job {
            source,
            wcs_in,
            wcs_out,
            shape_out,
            sink,
        } = *job;
        match *self {
            Method::Interp { order } => skywarp::run(
                Interp::new(order),
                source,
                wcs_in,
                wcs_out,
                shape_out,
                sink,
                opts,
                progress,
            ),
            Method::Exact => {
                skywarp::reproject_exact(source, wcs_in, wcs_out, shape_out, sink, opts, progress)
            }
            Method::Adaptive { opts: a } => skywarp::run(
                Adaptive::new(a, wcs_in, wcs_out, opts.roundtrip)?,
                source,
                wcs_in,
                wcs_out,
                shape_out,
                sink,
                opts,
                progress,
            ),
        }
    }
}

impl Method {
    /// Run the kernel through `mapping` instead of a FITS WCS pair ([`skywarp::run_mapped`]).
    /// Exact overlap needs the celestial world coordinates of pixel corners, not a pixel mapping, so
    /// it is refused here with a clear message.
    pub fn run_mapped(
        &self,
        source: &dyn Source,
        mapping: Box<dyn Mapping>,
        shape_out: &[usize],
        sink: &dyn Sink,
        opts: &RunOptions,
        progress: Option<&(dyn Fn(u64) + Sync)>,
    ) -> skywarp::Result<RunStats> {
        match *self {
            Method::Interp { order } => skywarp::run_mapped(
                Interp::new(order),
                source,
                mapping,
                shape_out,
                sink,
                opts,
                progress,
            ),
            Method::Adaptive { opts: a } => skywarp::run_mapped(
                Adaptive::with_mapping(a, mapping.as_ref())?,
                source,
                mapping,
                shape_out,
                sink,
                opts,
                progress,
            ),
            Method::Exact => Err(skywarp::Error::Unsupported(
                "reproject_exact needs WCS that can be written as FITS headers in frames skywarp \
                 knows (it intersects pixel corners on the sphere); use reproject_interp or \
                 reproject_adaptive for this WCS"
                    .into(),
            )),
        }
    }
}

/// What one reprojection reads and writes.
#[derive(Clone, Copy)]
pub struct Job<'a> {
    pub source: &'a dyn Source,
    pub wcs_in: &'a Wcs,
    pub wcs_out: &'a Wcs,
    /// Full output shape, numpy order, leading broadcast axes included.
    pub shape_out: &'a [usize],
    pub sink: &'a dyn Sink,
}
