//! Where input pixels come from. A [`Source`] serves rectangular windows of one plane at a time, so an
//! output block only ever reads the input region it needs — from memory, or from a memory-mapped FITS
//! file without loading it.

use crate::region::{Rect, Region};
use crate::Result;

/// A numeric pixel type the engine reads. Integers go through f32 first, as reproject does
/// (`at_least_float32`), so results match it even where f32 rounds large integers.
pub trait Sample: Copy + Send + Sync + 'static {
    fn to_f64(self) -> f64;
}
impl Sample for f64 {
    #[inline]
    fn to_f64(self) -> f64 {
        self
    }
}
impl Sample for f32 {
    #[inline]
    fn to_f64(self) -> f64 {
        self as f64
    }
}
macro_rules! int_sample {
    ($($t:ty),*) => {$(
        impl Sample for $t {
            #[inline]
            fn to_f64(self) -> f64 {
                (self as f32) as f64
            }
        }
    )*};
}
int_sample!(u8, i8, u16, i16, u32, i32, u64, i64);

/// Input pixels, plane by plane. `shape()` is in numpy order (slowest axis first); a plane is the
/// last two axes, and `plane` indexes the flattened leading axes.
pub trait Source: Sync {
    fn shape(&self) -> &[usize];
    /// Read the pixels of `region` into `out` (row-major, `region.rect.len()` values). A region outside
    /// the shape is an error, never a panic.
    fn read(&self, region: Region, out: &mut [f64]) -> Result<()>;
}

/// Check that `region` lies inside an array of `shape` (numpy order) and `len` values can hold it.
pub fn check_region(shape: &[usize], region: Region, len: usize) -> Result<()> {
    let d = shape.len();
    if d < 2 {
        return Err(crate::Error::Shape(format!(
            "an array of shape {shape:?} has no 2-D planes"
        )));
    }
    let planes: usize = shape[..d - 2].iter().product();
    let plane = (shape[d - 2], shape[d - 1]);
    if region.plane >= planes || !region.rect.fits_in(plane) || len < region.rect.len() {
        return Err(crate::Error::Shape(format!(
            "{region:?} (into {len} values) outside {planes} planes of {}x{}",
            plane.0, plane.1
        )));
    }
    Ok(())
}

/// A borrowed in-memory array (C order).
pub struct ArraySource<'a, T: Sample> {
    data: &'a [T],
    shape: Vec<usize>,
}

impl<'a, T: Sample> ArraySource<'a, T> {
    pub fn new(data: &'a [T], shape: &[usize]) -> Result<Self> {
        let n: usize = shape.iter().product();
        if shape.len() < 2 || n != data.len() {
            return Err(crate::Error::Shape(format!(
                "array of {} values does not have shape {:?} (at least 2 axes)",
                data.len(),
                shape
            )));
        }
        Ok(ArraySource {
            data,
            shape: shape.to_vec(),
        })
    }
}

impl<T: Sample> Source for ArraySource<'_, T> {
    fn shape(&self) -> &[usize] {
        &self.shape
    }
    fn read(&self, region: Region, out: &mut [f64]) -> Result<()> {
        check_region(&self.shape, region, out.len())?;
        let Region { plane, rect } = region;
        let Rect {
            row0,
            col0,
            nrows,
            ncols,
        } = rect;
        let d = self.shape.len();
        let (ny, nx) = (self.shape[d - 2], self.shape[d - 1]);
        let base = plane * ny * nx;
        for r in 0..nrows {
            let src = &self.data[base + (row0 + r) * nx + col0..][..ncols];
            for (o, v) in out[r * ncols..(r + 1) * ncols].iter_mut().zip(src) {
                *o = v.to_f64();
            }
        }
        Ok(())
    }
}

/// A FITS image HDU: memory-mapped when uncompressed (only the touched rows are paged in, nothing is
/// loaded whole), through CFITSIO when tile-compressed.
pub struct FitsSource {
    /// Shared with a [`SharedResidentBudget`], which releases the mapping of every member at once.
    reader: std::sync::Arc<skywarp_fits::ImageReader>,
    shape: Vec<usize>,
    integer: bool,
    /// Large inputs are dropped from the resident set now and then (see [`ResidentBudget`]).
    budget: Budget,
}

/// How a [`FitsSource`] bounds the resident memory of its mapping.
enum Budget {
    /// Small files stay mapped.
    None,
    /// A large file counts its own reads.
    Own(ResidentBudget),
    /// Many inputs of one job (a mosaic) count their reads together.
    Shared(std::sync::Arc<SharedResidentBudget>),
}

/// One resident-memory budget for all the mapped inputs of a job.
///
/// A mosaic reads many inputs, each small enough to stay mapped on its own ([`RELEASE_ABOVE_BYTES`]),
/// but together larger than the memory the mosaic promises: sixteen 16 MiB tiles are 256 MiB resident
/// once each has been read, and tiles finished with in one band are never read again to trigger a
/// per-file release. Here every member's reads are counted together, and every `limit` bytes the
/// mappings of *all* members are released (the pages stay in the page cache), so the inputs'
/// resident set stays below about `limit` whatever their number. `bench/memory/big_mosaic.py`
/// measures it; `tests/python/test_mosaic.py::test_mosaic_inputs_share_one_resident_budget` checks it.
pub struct SharedResidentBudget {
    touched: std::sync::atomic::AtomicUsize,
    limit: usize,
    members: std::sync::Mutex<Vec<std::sync::Weak<skywarp_fits::ImageReader>>>,
    sweeps: std::sync::atomic::AtomicUsize,
}

impl SharedResidentBudget {
    /// A budget releasing its members every `limit_bytes` bytes read (at least 1 MiB).
    pub fn new(limit_bytes: usize) -> std::sync::Arc<SharedResidentBudget> {
        std::sync::Arc::new(SharedResidentBudget {
            touched: Default::default(),
            limit: limit_bytes.max(1 << 20),
            members: Default::default(),
            sweeps: Default::default(),
        })
    }

    /// How many times the members' mappings have been released.
    pub fn sweeps(&self) -> usize {
        self.sweeps.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn touch(&self, bytes: usize) {
        use std::sync::atomic::Ordering::Relaxed;
        let before = self.touched.fetch_add(bytes, Relaxed);
        if before + bytes > self.limit && self.touched.swap(0, Relaxed) > self.limit {
            self.sweeps.fetch_add(1, Relaxed);
            let members = self.members.lock().unwrap_or_else(|e| e.into_inner());
            for r in members.iter().filter_map(std::sync::Weak::upgrade) {
                release_mapping(&r);
            }
        }
    }
}

/// Drops every page of `reader`'s mapping from the resident set (nothing for CFITSIO readers).
fn release_mapping(reader: &skywarp_fits::ImageReader) {
    if let skywarp_fits::ImageReader::Mmap(m) = reader {
        for p in 0..m.n_planes() {
            // purely an optimisation: a failed madvise changes nothing
            let _ = m.release_rows(p, 0, m.height());
        }
    }
}

/// Bounds the resident memory of a large memory-mapped file.
///
/// Pages of a file mapping count in a process' RSS once touched, so streaming a 1 GiB input through a
/// map would show 1 GiB resident although the kernel can drop it at any time. Every `limit` bytes
/// touched, the whole mapping is released (`madvise(DONTNEED)`: the pages stay in the page cache, dirty
/// ones included, and the next access maps them again). Releasing in rare sweeps instead of block by
/// block keeps the cost of re-mapping small; the resident set stays below about `limit`.
pub(crate) struct ResidentBudget {
    touched: std::sync::atomic::AtomicUsize,
    limit: usize,
}

/// Files larger than this are streamed under a [`ResidentBudget`] of [`RESIDENT_LIMIT_BYTES`].
pub const RELEASE_ABOVE_BYTES: usize = 64 << 20;
/// Bytes touched between two releases of a large mapping.
pub const RESIDENT_LIMIT_BYTES: usize = 128 << 20;

impl ResidentBudget {
    pub(crate) fn for_file(total_bytes: usize) -> Option<ResidentBudget> {
        (total_bytes > RELEASE_ABOVE_BYTES).then(|| ResidentBudget {
            touched: Default::default(),
            limit: RESIDENT_LIMIT_BYTES,
        })
    }

    /// Count `bytes` more; true when it is time to release the mapping.
    pub(crate) fn touch(&self, bytes: usize) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        let before = self.touched.fetch_add(bytes, Relaxed);
        before + bytes > self.limit && self.touched.swap(0, Relaxed) > self.limit
    }
}

impl FitsSource {
    pub fn new(reader: skywarp_fits::ImageReader) -> Self {
        let shape = reader.shape().to_vec();
        let integer = reader.info().bitpix > 0;
        let bytes =
            shape.iter().product::<usize>() * (reader.info().bitpix.unsigned_abs() as usize / 8);
        FitsSource {
            reader: std::sync::Arc::new(reader),
            shape,
            integer,
            budget: ResidentBudget::for_file(bytes).map_or(Budget::None, Budget::Own),
        }
    }

    /// Like [`FitsSource::new`], with reads counted in `budget` together with its other members.
    pub fn with_shared_budget(
        reader: skywarp_fits::ImageReader,
        budget: &std::sync::Arc<SharedResidentBudget>,
    ) -> Self {
        let mut s = FitsSource::new(reader);
        budget
            .members
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(std::sync::Arc::downgrade(&s.reader));
        s.budget = Budget::Shared(budget.clone());
        s
    }

    /// The header of the HDU being read.
    pub fn header(&self) -> &skywarp_fits::Header {
        self.reader.header()
    }

    /// BITPIX of the stored pixels.
    pub fn bitpix(&self) -> i64 {
        self.reader.info().bitpix
    }
}

impl Source for FitsSource {
    fn shape(&self) -> &[usize] {
        &self.shape
    }
    fn read(&self, region: Region, out: &mut [f64]) -> Result<()> {
        check_region(&self.shape, region, out.len())?;
        let Region { plane, rect } = region;
        let Rect {
            row0,
            col0,
            nrows,
            ncols,
        } = rect;
        self.reader
            .read_region(plane, row0, nrows, col0, ncols, out)?;
        // reproject computes on at least float32: integer images are rounded to f32 first.
        if self.integer {
            out.iter_mut().for_each(|v| *v = (*v as f32) as f64);
        }
        let row_bytes = self.shape[self.shape.len() - 1]
            * self.reader.info().bitpix.unsigned_abs() as usize
            / 8;
        match &self.budget {
            Budget::None => {}
            Budget::Own(b) => {
                if b.touch(nrows * row_bytes) {
                    release_mapping(&self.reader);
                }
            }
            Budget::Shared(b) => b.touch(nrows * row_bytes),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use skywarp_fits::{Bitpix, HduSelector, Header, ImageReader, MmapFitsWriter};

    /// Regression: a mosaic of many small tiles kept every tile resident (each below the per-file
    /// threshold, and a finished tile is never read again to trigger its own release). The shared
    /// budget counts all members' reads and releases all of them; reads after a release see the
    /// same values.
    #[test]
    fn shared_budget_releases_every_member_together() {
        let dir = tempfile::tempdir().unwrap();
        let n = 256usize; // 256 KiB of f32 per tile: three tiles read once stay under 1 MiB
        let budget = SharedResidentBudget::new(1 << 20);
        let sources: Vec<FitsSource> = (0..3)
            .map(|k| {
                let path = dir.path().join(format!("t{k}.fits"));
                let w =
                    MmapFitsWriter::create(&path, &[(Header::new(), [n, n], Bitpix::F32)]).unwrap();
                let data: Vec<f32> = (0..n * n).map(|i| (i + k * 7) as f32).collect();
                w.write_rows(0, 0, 0, &data).unwrap();
                w.finish().unwrap();
                let r = ImageReader::open(&path, &HduSelector::Default).unwrap();
                assert!(matches!(r, ImageReader::Mmap(_)));
                FitsSource::with_shared_budget(r, &budget)
            })
            .collect();
        let whole = Region::new(0, Rect::new(0, 0, n, n));
        let mut out = vec![0.0; n * n];
        let read_all = |out: &mut Vec<f64>| {
            for (k, s) in sources.iter().enumerate() {
                s.read(whole, out).unwrap();
                assert_eq!(out[n + 3], (n + 3 + k * 7) as f64);
            }
        };
        read_all(&mut out);
        assert_eq!(budget.sweeps(), 0, "768 KiB read: under the 1 MiB budget");
        read_all(&mut out);
        assert_eq!(
            budget.sweeps(),
            1,
            "1.5 MiB read: one release of all members"
        );
        read_all(&mut out);
        // a dropped member leaves the budget working for the others
        drop(sources);
        assert_eq!(budget.members.lock().unwrap().len(), 3);
    }
}
