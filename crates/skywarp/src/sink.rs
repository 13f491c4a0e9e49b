//! Where output blocks go: an in-memory (or caller-provided, e.g. memory-mapped) array, or a FITS file
//! on disk filled block by block. Sinks take disjoint blocks from many threads at once.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::atomic::{AtomicU32, AtomicU64};

use crate::region::{Rect, Region};
use crate::source::check_region;
use crate::Result;

/// A destination for output blocks. `values` and `footprint` are `region.rect.len()` values, row-major;
/// the footprint is whatever the kernel produced (0/1 for interpolation, fractional for exact overlap)
/// and sinks store it unchanged.
pub trait Sink: Sync {
    fn write(&self, region: Region, values: &[f64], footprint: &[f64]) -> Result<()>;
    /// Whether the run should compute this block (full-output coordinates) at all. A sink keeping only
    /// a window of the output (one dask chunk, in the Python bindings) declines the blocks outside it
    /// and the engine skips them; results inside are unchanged, since coordinates never depend on how
    /// the output is cut. Default: every block.
    fn wants_block(&self, _rect: Rect) -> bool {
        true
    }
    /// The part of the output plane this sink keeps, if not all of it: the run then tiles only this
    /// rectangle into blocks (starting at its corner), so a sink keeping a small window of a large
    /// output — one input's cutout of a mosaic band — pays for no pixel outside it. Values are the
    /// same bits as with the full plane, since coordinates never depend on how the output is cut.
    /// Default: the whole plane.
    fn bounds(&self) -> Option<Rect> {
        None
    }
    /// Whether the run should compute output plane `plane` (as in [`Region::plane`]). Default: every
    /// plane.
    fn wants_plane(&self, _plane: usize) -> bool {
        true
    }
}

/// Output element types a caller's buffer may have. Elements are stored through [`OutSample::Cell`], an
/// atomic of the same size (a relaxed store is a plain store on every platform we build for), so that
/// concurrent writes from many threads are sound even if a caller hands a sink overlapping regions.
pub trait OutSample: Copy + Send + Sync + 'static {
    /// The atomic view of one element.
    type Cell: Sync;
    fn from_f64(v: f64) -> Self;
    fn store(cell: &Self::Cell, v: f64);
    /// View an exclusively borrowed buffer as cells, for as long as the borrow lasts.
    fn cells(buf: &mut [Self]) -> &[Self::Cell];
}

macro_rules! out_sample {
    ($t:ty, $cell:ty) => {
        impl OutSample for $t {
            type Cell = $cell;
            #[inline]
            fn from_f64(v: f64) -> Self {
                v as $t
            }
            #[inline]
            fn store(cell: &$cell, v: f64) {
                cell.store((v as $t).to_bits(), Relaxed);
            }
            fn cells(buf: &mut [Self]) -> &[$cell] {
                const {
                    assert!(size_of::<$t>() == size_of::<$cell>());
                    assert!(align_of::<$t>() == align_of::<$cell>());
                };
                // SAFETY: same size and alignment (checked at compile time), every bit pattern is valid
                // for both, and the exclusive borrow of `buf` is held for the lifetime of the view.
                unsafe { std::slice::from_raw_parts(buf.as_mut_ptr() as *const $cell, buf.len()) }
            }
        }
    };
}
out_sample!(f64, AtomicU64);
out_sample!(f32, AtomicU32);

/// Caller-provided C-order buffers (values and optionally footprint) of a given shape: a Vec, a slice
/// of a memory map, the data of a FITS file opened for update. The buffers stay borrowed, exclusively,
/// for the sink's lifetime; writes outside the shape are errors.
pub struct ArraySink<'a, T: OutSample, F: OutSample = T> {
    values: &'a [T::Cell],
    footprint: Option<&'a [F::Cell]>,
    shape: Vec<usize>,
}

impl<'a, T: OutSample, F: OutSample> ArraySink<'a, T, F> {
    /// Wrap mutable buffers of `shape` (numpy order, at least two axes).
    pub fn new(
        values: &'a mut [T],
        footprint: Option<&'a mut [F]>,
        shape: &[usize],
    ) -> Result<ArraySink<'a, T, F>> {
        let n: usize = shape.iter().product();
        if values.len() != n || footprint.as_ref().is_some_and(|f| f.len() != n) || shape.len() < 2
        {
            return Err(crate::Error::Shape(format!(
                "output buffer does not have shape {shape:?}"
            )));
        }
        Ok(ArraySink {
            values: T::cells(values),
            footprint: footprint.map(F::cells),
            shape: shape.to_vec(),
        })
    }
}

impl<T: OutSample, F: OutSample> Sink for ArraySink<'_, T, F> {
    fn write(&self, region: Region, values: &[f64], footprint: &[f64]) -> Result<()> {
        let n = region.rect.len();
        check_region(&self.shape, region, values.len().min(footprint.len()))?;
        if n == 0 {
            return Ok(());
        }
        let d = self.shape.len();
        let (ny, nx) = (self.shape[d - 2], self.shape[d - 1]);
        let Rect {
            row0, col0, ncols, ..
        } = region.rect;
        let base = region.plane * ny * nx;
        for (r, (vals, fps)) in values[..n]
            .chunks_exact(ncols)
            .zip(footprint[..n].chunks_exact(ncols))
            .enumerate()
        {
            let off = base + (row0 + r) * nx + col0;
            for (c, &v) in self.values[off..off + ncols].iter().zip(vals) {
                T::store(c, v);
            }
            if let Some(fp) = self.footprint {
                for (c, &v) in fp[off..off + ncols].iter().zip(fps) {
                    F::store(c, v);
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
    fn write(&self, region: Region, values: &[f64], footprint: &[f64]) -> Result<()> {
        let Region { plane, rect } = region;
        let Rect {
            row0,
            col0,
            nrows,
            ncols,
        } = rect;
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
