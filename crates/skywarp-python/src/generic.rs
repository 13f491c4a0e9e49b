//! [`PyMapping`]: a [`skywarp::Mapping`] evaluated by a Python callable, for WCS objects the engine
//! cannot parse (gwcs and any other APE-14 object, or FITS WCS pairs in frames the engine does not
//! know). The callable gets an `(n, naxis)` float64 array of output pixel positions (0-based, FITS axis
//! order) and returns the input pixel positions in the same layout (NaN = no mapping). The coordinate
//! grid asks for positions at its nodes, in batches; the GIL is taken only for those calls
//! ([`crate::gil::attached`]), so the kernels keep running on every thread.
//!
//! Batches. A Python WCS call has a large fixed cost (≈ 20 ms for a sunpy frame change, against ≈ 1 µs
//! per point), and the grid asks for few points at a time (a tile level, a quadtree square at the
//! limb). So requests for nodes of the output lattices (integer or half-integer positions) are served
//! from bands of [`BAND`] output rows across the whole plane, each evaluated in one call the first time
//! one of its nodes is wanted and kept (up to [`CACHE_BYTES`]) for every worker. Bands are fixed to the
//! output, so a node's value never depends on the blocks or threads: runs stay bit-identical.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use numpy::{PyArray2, PyArrayMethods, PyUntypedArrayMethods};
use pyo3::prelude::*;
use skywarp::Mapping;

use crate::gil;

/// Output rows per cached band (the coordinate grid's tile edge).
pub const BAND: i64 = skywarp::coords::TILE as i64;

/// Most memory the cached bands of one run hold.
pub const CACHE_BYTES: usize = 256 << 20;

/// Which band: the lattice (half-pixel offsets in x and y, the extra axes' values as bits) and the
/// band index.
#[derive(Clone, PartialEq, Eq, Hash)]
struct BandKey {
    half: (bool, bool),
    extra: Vec<u64>,
    band: i64,
}

/// Bands evaluated so far, oldest first for eviction.
#[derive(Default)]
struct Bands {
    map: HashMap<BandKey, Arc<Vec<f64>>>,
    order: VecDeque<BandKey>,
}

/// A Python callable as the engine's mapping. Copies (one per worker thread) share the callable, the
/// band cache and the slot that keeps the first Python exception, so the binding can re-raise it as it
/// was.
pub struct PyMapping {
    func: Arc<Py<PyAny>>,
    naxis: usize,
    /// Output plane columns: a band holds integer parts -1..=ncols of x.
    ncols: usize,
    bands: Arc<Mutex<Bands>>,
    error: Arc<Mutex<Option<PyErr>>>,
}

impl PyMapping {
    /// The mapping `func` of `naxis` pixel axes onto an output plane of `ncols` columns.
    pub fn new(func: Py<PyAny>, naxis: usize, ncols: usize) -> Self {
        PyMapping {
            func: Arc::new(func),
            naxis,
            ncols,
            bands: Arc::default(),
            error: Arc::new(Mutex::new(None)),
        }
    }

    /// Columns of a band: integer parts of x from -1 to `ncols`.
    fn band_cols(&self) -> usize {
        self.ncols + 2
    }

    /// The band key and (row, col) inside it of point `p`, if it is a lattice node a band holds.
    fn locate(&self, p: &[f64]) -> Option<(BandKey, usize, usize)> {
        let split = |v: f64| {
            let k = v.floor();
            let f = v - k;
            (f == 0.0 || f == 0.5).then_some((k as i64, f == 0.5))
        };
        let (kx, hx) = split(p[0])?;
        let (ky, hy) = split(p[1])?;
        if kx < -1 || kx > self.ncols as i64 || !p.iter().all(|v| v.is_finite()) {
            return None;
        }
        let band = ky.div_euclid(BAND);
        let key = BandKey {
            half: (hx, hy),
            extra: p[2..].iter().map(|v| v.to_bits()).collect(),
            band,
        };
        Some((key, (ky - band * BAND) as usize, (kx + 1) as usize))
    }

    /// The band `key`, evaluated in one call if it is not cached.
    fn band(&self, py: Python<'_>, key: &BandKey) -> PyResult<Arc<Vec<f64>>> {
        if let Some(b) = self
            .bands
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .map
            .get(key)
        {
            return Ok(b.clone());
        }
        let (nc, nax) = (self.band_cols(), self.naxis);
        let off = |h: bool| if h { 0.5 } else { 0.0 };
        let mut pts = Vec::with_capacity(BAND as usize * nc * nax);
        for r in 0..BAND {
            let y = (key.band * BAND + r) as f64 + off(key.half.1);
            for c in 0..nc {
                pts.push(c as f64 - 1.0 + off(key.half.0));
                pts.push(y);
                pts.extend(key.extra.iter().map(|&b| f64::from_bits(b)));
            }
        }
        let mut res = vec![0.0; pts.len()];
        self.call(py, &pts, &mut res)?;
        let res = Arc::new(res);
        let mut bands = self.bands.lock().unwrap_or_else(|p| p.into_inner());
        let keep = (CACHE_BYTES / (8 * res.len()).max(1)).max(4);
        while bands.order.len() >= keep {
            if let Some(old) = bands.order.pop_front() {
                bands.map.remove(&old);
            }
        }
        if bands.map.insert(key.clone(), res.clone()).is_none() {
            bands.order.push_back(key.clone());
        }
        Ok(res)
    }

    /// Every point from its band when it is a lattice node, the others in one direct call.
    fn map_py(&self, py: Python<'_>, out_pix: &[f64], in_pix: &mut [f64]) -> PyResult<()> {
        let nax = self.naxis;
        let mut direct: Vec<usize> = Vec::new();
        let mut last: Option<(BandKey, Arc<Vec<f64>>)> = None;
        for (i, p) in out_pix.chunks_exact(nax).enumerate() {
            let Some((key, r, c)) = self.locate(p) else {
                direct.push(i);
                continue;
            };
            if last.as_ref().is_none_or(|(k, _)| *k != key) {
                let b = self.band(py, &key)?;
                last = Some((key, b));
            }
            let b = &last.as_ref().expect("set above").1;
            let o = (r * self.band_cols() + c) * nax;
            in_pix[i * nax..(i + 1) * nax].copy_from_slice(&b[o..o + nax]);
        }
        if !direct.is_empty() {
            let pts: Vec<f64> = direct
                .iter()
                .flat_map(|&i| out_pix[i * nax..(i + 1) * nax].iter().copied())
                .collect();
            let mut res = vec![0.0; pts.len()];
            self.call(py, &pts, &mut res)?;
            for (k, &i) in direct.iter().enumerate() {
                in_pix[i * nax..(i + 1) * nax].copy_from_slice(&res[k * nax..(k + 1) * nax]);
            }
        }
        Ok(())
    }

    /// Where the first Python exception a callback raises is kept (shared by every copy).
    pub fn error_slot(&self) -> Arc<Mutex<Option<PyErr>>> {
        self.error.clone()
    }

    fn call(&self, py: Python<'_>, out_pix: &[f64], in_pix: &mut [f64]) -> PyResult<()> {
        let n = out_pix.len() / self.naxis;
        let arr = numpy::PyArray1::from_slice(py, out_pix).reshape([n, self.naxis])?;
        let res = self.func.bind(py).call1((arr,))?;
        let res = res.cast_into::<PyArray2<f64>>().map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(
                "the WCS mapping callback must return a float64 array of shape (n, naxis)",
            )
        })?;
        if res.shape() != [n, self.naxis] {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "the WCS mapping callback returned shape {:?}, expected ({n}, {})",
                res.shape(),
                self.naxis
            )));
        }
        let ro = res.try_readonly()?;
        for (dst, src) in in_pix.iter_mut().zip(ro.as_array().iter()) {
            *dst = *src;
        }
        Ok(())
    }
}

impl Mapping for PyMapping {
    fn naxis(&self) -> usize {
        self.naxis
    }

    fn map(&mut self, out_pix: &[f64], in_pix: &mut [f64]) -> skywarp::Result<()> {
        if out_pix.is_empty() {
            return Ok(());
        }
        gil::attached(|py| self.map_py(py, out_pix, in_pix)).map_err(|e| {
            let msg = gil::attached(|py| e.value(py).to_string());
            let mut slot = self.error.lock().unwrap_or_else(|p| p.into_inner());
            slot.get_or_insert(e);
            skywarp::Error::Value(format!("WCS mapping callback failed: {msg}"))
        })
    }

    fn clone_box(&self) -> Box<dyn Mapping> {
        Box::new(PyMapping {
            func: self.func.clone(),
            naxis: self.naxis,
            ncols: self.ncols,
            bands: self.bands.clone(),
            error: self.error.clone(),
        })
    }
}
