//! Where output blocks go: an in-memory (or caller-provided, e.g. memory-mapped) array, or a FITS file
//! on disk filled block by block. Sinks take disjoint blocks from many threads at once.

use crate::Result;

/// A destination for output blocks. `plane` indexes the flattened leading output axes; `values` and
/// `footprint` are `nrows × ncols`, row-major.
pub trait Sink: Sync {
    #[allow(clippy::too_many_arguments)]
    fn write(
        &self,
        plane: usize,
        row0: usize,
        col0: usize,
        nrows: usize,
        ncols: usize,
        values: &[f64],
        footprint: &[f64],
    ) -> Result<()>;
    /// Whether the run should compute this block (output rows and columns, full-output coordinates) at
    /// all. A sink keeping only a window of the output (one dask chunk, in the Python bindings) declines
    /// the blocks outside it and the engine skips them; results inside are unchanged, since coordinates
    /// never depend on how the output is cut. Default: every block.
    fn wants_block(&self, _row0: usize, _col0: usize, _nrows: usize, _ncols: usize) -> bool {
        true
    }
    /// Whether the run should compute output plane `plane` (as in [`Sink::write`]). Default: every plane.
    fn wants_plane(&self, _plane: usize) -> bool {
        true
    }
}

/// Output element types a caller's buffer may have.
pub trait OutSample: Copy + Send + Sync + 'static {
    fn from_f64(v: f64) -> Self;
}
impl OutSample for f64 {
    #[inline]
    fn from_f64(v: f64) -> Self {
        v
    }
}
impl OutSample for f32 {
    #[inline]
    fn from_f64(v: f64) -> Self {
        v as f32
    }
}

/// Caller-provided C-order buffers (values and optionally footprint) of a given shape: a Vec, a numpy
/// array, a `np.memmap`, the data of a FITS file opened for update.
pub struct ArraySink<T: OutSample, F: OutSample = T> {
    values: *mut T,
    footprint: Option<*mut F>,
    shape: Vec<usize>,
}

// SAFETY: the engine hands every block to exactly one thread and blocks never overlap, so concurrent
// writes through the raw pointers touch disjoint elements. The constructor's contract keeps the buffers
// alive and unaliased for the sink's lifetime.
unsafe impl<T: OutSample, F: OutSample> Sync for ArraySink<T, F> {}
unsafe impl<T: OutSample, F: OutSample> Send for ArraySink<T, F> {}

impl<T: OutSample, F: OutSample> ArraySink<T, F> {
    /// Wrap mutable buffers. The borrow checker keeps them alive and exclusive while the sink exists.
    pub fn new<'a>(
        values: &'a mut [T],
        footprint: Option<&'a mut [F]>,
        shape: &[usize],
    ) -> Result<ArraySink<T, F>> {
        let n: usize = shape.iter().product();
        if values.len() != n || footprint.as_ref().is_some_and(|f| f.len() != n) || shape.len() < 2
        {
            return Err(crate::Error::Shape(format!(
                "output buffer does not have shape {shape:?}"
            )));
        }
        Ok(ArraySink {
            values: values.as_mut_ptr(),
            footprint: footprint.map(|f| f.as_mut_ptr()),
            shape: shape.to_vec(),
        })
    }

    /// # Safety
    /// `values` (and `footprint`) must point to `shape.product()` writable elements that stay valid and
    /// are not accessed by anything else until the sink is dropped (used by the Python bindings).
    pub unsafe fn from_raw(
        values: *mut T,
        footprint: Option<*mut F>,
        shape: &[usize],
    ) -> ArraySink<T, F> {
        ArraySink {
            values,
            footprint,
            shape: shape.to_vec(),
        }
    }
}

impl<T: OutSample, F: OutSample> Sink for ArraySink<T, F> {
    fn write(
        &self,
        plane: usize,
        row0: usize,
        col0: usize,
        nrows: usize,
        ncols: usize,
        values: &[f64],
        footprint: &[f64],
    ) -> Result<()> {
        let d = self.shape.len();
        let (ny, nx) = (self.shape[d - 2], self.shape[d - 1]);
        let base = plane * ny * nx;
        for r in 0..nrows {
            let off = base + (row0 + r) * nx + col0;
            // SAFETY: see the Sync impl: this block's elements belong to this call alone.
            unsafe {
                let dst = std::slice::from_raw_parts_mut(self.values.add(off), ncols);
                for (d, s) in dst.iter_mut().zip(&values[r * ncols..(r + 1) * ncols]) {
                    *d = T::from_f64(*s);
                }
                if let Some(fp) = self.footprint {
                    let dst = std::slice::from_raw_parts_mut(fp.add(off), ncols);
                    for (d, s) in dst.iter_mut().zip(&footprint[r * ncols..(r + 1) * ncols]) {
                        *d = F::from_f64(*s);
                    }
                }
            }
        }
        Ok(())
    }
}

/// A FITS file on disk created at full size ([`skywarp_fits::MmapFitsWriter`]) and filled block by
/// block: HDU 0 takes the values, `footprint_hdu` (if any) the footprint.
pub struct FitsSink<'a> {
    writer: &'a skywarp_fits::MmapFitsWriter,
    footprint_hdu: Option<usize>,
    budget: Option<crate::source::ResidentBudget>,
}

impl<'a> FitsSink<'a> {
    pub fn new(writer: &'a skywarp_fits::MmapFitsWriter, footprint_hdu: Option<usize>) -> Self {
        let bytes = writer
            .shape(0)
            .map_or(0, |s| s.iter().product::<usize>() * 8);
        FitsSink {
            writer,
            footprint_hdu,
            budget: crate::source::ResidentBudget::for_file(bytes),
        }
    }
}

impl Sink for FitsSink<'_> {
    fn write(
        &self,
        plane: usize,
        row0: usize,
        col0: usize,
        nrows: usize,
        ncols: usize,
        values: &[f64],
        footprint: &[f64],
    ) -> Result<()> {
        self.writer
            .write_region(0, plane, row0, col0, nrows, ncols, values)?;
        if let Some(h) = self.footprint_hdu {
            self.writer
                .write_region(h, plane, row0, col0, nrows, ncols, footprint)?;
        }
        if let Some(b) = &self.budget {
            let width = self.writer.shape(0).map_or(0, |s| s[s.len() - 1]);
            if b.touch(nrows * width * 8) {
                // Dirty pages of a shared file mapping stay in the page cache; only our mapping goes.
                for h in std::iter::once(0).chain(self.footprint_hdu) {
                    if let Some(shape) = self.writer.shape(h) {
                        let (height, planes) = (
                            shape[shape.len() - 2],
                            shape[..shape.len() - 2].iter().product(),
                        );
                        for p in 0..planes {
                            let _ = self.writer.release_rows(h, p, 0, height);
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
