//! B-spline coefficients of a whole input image, for the biquadratic and bicubic kernels.
//!
//! scipy (and so reproject) prefilters the *whole* image before interpolating, and the recursive filter
//! reaches across the image, so the coefficients cannot be computed block by block. They are computed
//! once, in bands of rows and then stripes of columns (and along the third axis of a cube), into a map:
//! anonymous memory for inputs up to [`IN_MEMORY_BYTES`], otherwise an unnamed temporary file (in
//! `$TMPDIR`, deleted by the OS when closed) whose resident pages are released under the same
//! [`ResidentBudget`] as mapped FITS files. Blocks then read windows of it like any [`Source`].
//!
//! NaN pixels are stored as 0 for the filter, and their positions kept in a mask so that every stencil
//! touching one gives NaN (reproject issue #464: scipy would spread NaN over the whole image).

use memmap2::{MmapMut, UncheckedAdvice};
use rayon::prelude::*;

use super::kernels::prefilter_line;
use crate::region::{Rect, Region};
use crate::source::{ResidentBudget, Source};
use crate::{Error, Result};

/// Coefficient stores up to this size (coefficients + mask) stay in anonymous memory.
pub const IN_MEMORY_BYTES: usize = 256 << 20;

/// Rows per band in the row pass.
const BAND: usize = 64;

pub struct SplineCoefficients {
    /// f64 coefficients of every plane, C order.
    data: MmapMut,
    /// 1 where the original pixel was not finite.
    mask: MmapMut,
    shape: Vec<usize>,
    /// Only for file-backed maps: releasing anonymous pages would discard them.
    budget: Option<ResidentBudget>,
}

#[derive(Clone, Copy)]
struct SendPtr<T>(*mut T);
// SAFETY: used only to let parallel tasks write disjoint elements (see the column and row passes).
unsafe impl<T> Send for SendPtr<T> {}
unsafe impl<T> Sync for SendPtr<T> {}

impl<T> SendPtr<T> {
    /// Through a method, so closures capture the (Send + Sync) wrapper rather than its raw field.
    fn get(&self) -> *mut T {
        self.0
    }
}

fn io(source: std::io::Error) -> Error {
    Error::Io {
        context: "cannot create the spline coefficient store".into(),
        source,
    }
}

impl SplineCoefficients {
    /// Prefilter every plane of `source` for spline `order` (2 or 3). With `nz = Some(n)`, planes come in
    /// groups of `n` (a cube's third axis), which is filtered too.
    pub fn build(
        source: &dyn Source,
        order: usize,
        nz: Option<usize>,
    ) -> Result<SplineCoefficients> {
        let shape = source.shape().to_vec();
        let d = shape.len();
        let (ny, nx) = (shape[d - 2], shape[d - 1]);
        let nplanes: usize = shape[..d - 2].iter().product();
        let n = nplanes * ny * nx;
        let (data, mask, budget) = if n * 9 <= IN_MEMORY_BYTES {
            (
                MmapMut::map_anon(n * 8).map_err(io)?,
                MmapMut::map_anon(n).map_err(io)?,
                None,
            )
        } else {
            let map_file = |len: usize| -> Result<MmapMut> {
                let f = tempfile::tempfile().map_err(io)?;
                f.set_len(len as u64).map_err(io)?;
                // SAFETY: an unnamed temporary file nobody else can open.
                unsafe { MmapMut::map_mut(&f) }.map_err(io)
            };
            (
                map_file(n * 8)?,
                map_file(n)?,
                ResidentBudget::for_file(n * 9),
            )
        };
        let store = SplineCoefficients {
            data,
            mask,
            shape,
            budget,
        };
        let plane_len = ny * nx;
        let ptr = SendPtr(store.data.as_ptr() as *mut f64);
        let mptr = SendPtr(store.mask.as_ptr() as *mut u8);
        // Rows: bands read from the source, NaNs zeroed and masked, every row filtered.
        for p in 0..nplanes {
            for r0 in (0..ny).step_by(BAND) {
                let nr = BAND.min(ny - r0);
                let off = p * plane_len + r0 * nx;
                // SAFETY: the band lies inside both maps; no other task runs during this pass.
                let (band, mband) = unsafe {
                    (
                        std::slice::from_raw_parts_mut(ptr.0.add(off), nr * nx),
                        std::slice::from_raw_parts_mut(mptr.0.add(off), nr * nx),
                    )
                };
                source.read(Region::new(p, Rect::new(r0, 0, nr, nx)), band)?;
                for (v, m) in band.iter_mut().zip(mband.iter_mut()) {
                    *m = u8::from(!v.is_finite());
                    if *m == 1 {
                        *v = 0.0;
                    }
                }
                band.par_chunks_mut(nx)
                    .for_each(|row| prefilter_line(row, order));
                store.touched(nr * nx * 9);
            }
        }
        // Columns: the same recursive filter run down all columns at once, row by row (rows are
        // contiguous in the map, so the resident set stays a few rows per sweep; gathering columns
        // would touch every page of the plane for each stripe). Threads take column ranges.
        let threads = rayon::current_num_threads().max(1);
        let chunk = nx.div_ceil(threads).max(1);
        for p in 0..nplanes {
            (0..nx.div_ceil(chunk)).into_par_iter().for_each(|t| {
                let (c0, c1) = (t * chunk, ((t + 1) * chunk).min(nx));
                // SAFETY: this task alone reads and writes columns c0..c1 of plane p.
                let base = p * plane_len + c0;
                // SAFETY: rows of columns c0..c1 of plane p lie in the map; this task alone owns them.
                unsafe {
                    filter_columns(
                        ny,
                        c1 - c0,
                        order,
                        |r| ptr.get().add(base + r * nx),
                        |bytes| store.touched(bytes),
                    );
                }
            });
        }
        // Third axis of a cube: for each row, all channels at once.
        if let Some(nz) = nz.filter(|&z| z > 1) {
            for lead in 0..nplanes / nz {
                (0..ny).into_par_iter().for_each(|r| {
                    let mut buf = vec![0.0; nz * nx];
                    let mut line = vec![0.0; nz];
                    // SAFETY: this task alone touches row r of the planes of this lead group.
                    unsafe {
                        for k in 0..nz {
                            let row = ptr.get().add(((lead * nz + k) * ny + r) * nx);
                            buf[k * nx..(k + 1) * nx]
                                .copy_from_slice(std::slice::from_raw_parts(row, nx));
                        }
                        for c in 0..nx {
                            for (k, l) in line.iter_mut().enumerate() {
                                *l = buf[k * nx + c];
                            }
                            prefilter_line(&mut line, order);
                            for (k, l) in line.iter().enumerate() {
                                buf[k * nx + c] = *l;
                            }
                        }
                        for k in 0..nz {
                            let row = ptr.get().add(((lead * nz + k) * ny + r) * nx);
                            std::slice::from_raw_parts_mut(row, nx)
                                .copy_from_slice(&buf[k * nx..(k + 1) * nx]);
                        }
                    }
                    store.touched(nz * nx * 8);
                });
            }
        }
        Ok(store)
    }

    /// Count touched bytes; past the budget, drop the file-backed maps from the resident set (the
    /// pages stay in the page cache, dirty ones included).
    fn touched(&self, bytes: usize) {
        if let Some(b) = &self.budget {
            if b.touch(bytes) {
                // SAFETY: shared file mappings: DONTNEED only unmaps; contents are kept in the file's
                // page cache and fault back in on the next access, also for concurrent readers/writers.
                unsafe {
                    let _ = self.data.unchecked_advise(UncheckedAdvice::DontNeed);
                    let _ = self.mask.unchecked_advise(UncheckedAdvice::DontNeed);
                }
            }
        }
    }

    /// The shape of the coefficient array (the input's).
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// Copy `region` of the coefficients and of the NaN mask into `out` / `mask_out` (the region lies
    /// inside the input: the executor clamps windows to it).
    pub fn read(&self, region: Region, out: &mut [f64], mask_out: &mut [bool]) {
        let Region { plane, rect } = region;
        let Rect {
            row0,
            col0,
            nrows,
            ncols,
        } = rect;
        let d = self.shape.len();
        let (ny, nx) = (self.shape[d - 2], self.shape[d - 1]);
        // SAFETY: the map holds nplanes * ny * nx f64 values, written only during `build`.
        let coeffs: &[f64] = unsafe {
            std::slice::from_raw_parts(self.data.as_ptr() as *const f64, self.data.len() / 8)
        };
        for r in 0..nrows {
            let off = (plane * ny + row0 + r) * nx + col0;
            out[r * ncols..(r + 1) * ncols].copy_from_slice(&coeffs[off..off + ncols]);
            for (m, &b) in mask_out[r * ncols..(r + 1) * ncols]
                .iter_mut()
                .zip(&self.mask[off..off + ncols])
            {
                *m = b != 0;
            }
        }
        self.touched(nrows * nx * 9);
    }
}

/// The B-spline prefilter of [`prefilter_line`] applied down every column of a `ny`-row plane at once;
/// `row(r)` points at the first of the `w` columns of row `r`. Per column the arithmetic is exactly
/// `prefilter_line`'s, in the same order; only the loop nesting differs. `touched` is told about every
/// row visited (for the resident-memory budget).
///
/// # Safety
/// `row(r)` must point at `w` valid f64 for every `r < ny`, owned by the caller for the call's duration.
unsafe fn filter_columns(
    ny: usize,
    w: usize,
    order: usize,
    row: impl Fn(usize) -> *mut f64,
    touched: impl Fn(usize),
) {
    if ny < 2 {
        return;
    }
    let page_bytes = (w * 8).max(4096);
    // Views of rows: shared ones may alias (the init loop reads row i and row n-1-i, equal in the
    // middle); a mutable one is only ever taken next to shared views of *other* rows.
    let rd = |r: usize| -> &[f64] {
        touched(page_bytes);
        // SAFETY: the caller guarantees `row(r)` points at `w` valid f64 it owns (see above).
        unsafe { std::slice::from_raw_parts(row(r), w) }
    };
    let wr = |r: usize| -> &mut [f64] {
        touched(page_bytes);
        // SAFETY: as for `rd`; the loops below never hold it beside a view of the same row.
        unsafe { std::slice::from_raw_parts_mut(row(r), w) }
    };
    let poles = super::kernels::poles(order);
    let mut gain = 1.0;
    for &z in poles {
        gain *= (1.0 - z) * (1.0 - 1.0 / z);
    }
    for r in 0..ny {
        wr(r).iter_mut().for_each(|v| *v *= gain);
    }
    let n = ny;
    let mut acc = vec![0.0; w];
    for &z in poles {
        // causal initialisation (mirror boundary)
        let z_n_1 = z.powi(n as i32 - 1);
        let (first, last) = (rd(0), rd(n - 1));
        for c in 0..w {
            acc[c] = first[c] + z_n_1 * last[c];
        }
        let mut z_i = z;
        for i in 1..n - 1 {
            let (a, b) = (rd(i), rd(n - 1 - i));
            for c in 0..w {
                acc[c] += z_i * (a[c] + z_n_1 * b[c]);
            }
            z_i *= z;
        }
        for (v, a) in wr(0).iter_mut().zip(&acc) {
            *v = a / (1.0 - z_n_1 * z_n_1);
        }
        // causal pass
        for i in 1..n {
            let prev = rd(i - 1);
            let cur = wr(i);
            for c in 0..w {
                cur[c] += z * prev[c];
            }
        }
        // anticausal initialisation and pass
        let prev = rd(n - 2);
        let last = wr(n - 1);
        for c in 0..w {
            last[c] = (z * prev[c] + last[c]) * z / (z * z - 1.0);
        }
        for i in (0..n - 1).rev() {
            let next = rd(i + 1);
            let cur = wr(i);
            for c in 0..w {
                cur[c] = z * (next[c] - cur[c]);
            }
        }
    }
}
