//! The streaming disk sink: a FITS file laid out in full up front, memory-mapped writable, and
//! filled region by region by any number of threads.
//!
//! This is CFITSIO's "large file creation" recipe built in: headers are written by us, each
//! data area is sized and padded to 2880 bytes, and the file (a temporary beside the target
//! that cannot outlive the process, see the `temp` module; a shared mapping of an `O_TMPFILE`
//! file works like any other) is mapped. Pixels written go straight into the kernel's page
//! cache, which writes them back on its own schedule, so memory use does not grow with the
//! output size: a 50 GB mosaic is produced with the same footprint as a 50 MB one. `finish()`
//! unmaps and moves the file into place atomically (no msync or fsync: write-back is the
//! kernel's); dropping the writer without `finish()` discards it.
//!
//! The price is that every first write to a page faults (`page_mkwrite`): for outputs written
//! once, block by block, [`BandFitsWriter`](crate::BandFitsWriter)'s positioned writes avoid it.
//!
//! Disk space is reserved with `posix_fallocate` at creation: writing into a sparse mapping on
//! a full disk would otherwise kill the process with SIGBUS half-way through a long run,
//! whereas this way `create` fails cleanly up front.

use std::path::Path;

use memmap2::{MmapOptions, MmapRaw, UncheckedAdvice};

use crate::access::Claims;
use crate::error::{io_err, Result};
use crate::header::Header;
use crate::layout::{FileLayout, Hdus};
use crate::pixel::{decode_be, encode_float_be, Bitpix, FloatPixel, Scaling};
use crate::region::{Rect, Region};
use crate::temp::TempOutput;

/// A FITS file being filled concurrently through a writable memory map.
///
/// `Send + Sync`: share `&MmapFitsWriter` across threads (e.g. a rayon scope) and call
/// [`write_region`](Self::write_region) from each. Writes to disjoint rectangles proceed fully
/// in parallel; a write that overlaps one in progress waits for it to finish (so overlapping
/// writes are safe, with the later one winning), which is how the crate upholds Rust's
/// aliasing rules over the shared mapping.
///
/// ```no_run
/// # use skywarp_fits::{Bitpix, Header, MmapFitsWriter};
/// let w = MmapFitsWriter::create("big.fits", &[(Header::new(), vec![40000, 40000], Bitpix::F32)])?;
/// std::thread::scope(|s| {
///     for band in 0..4 {
///         let w = &w;
///         s.spawn(move || {
///             let rows = vec![0.0f32; 100 * 40000];
///             w.write_region(0, 0, band * 100, 0, 100, 40000, &rows)
///         });
///     }
/// });
/// w.finish()?;
/// # Ok::<(), skywarp_fits::FitsError>(())
/// ```
pub struct MmapFitsWriter {
    // Field order matters: the map is unmapped before the temporary file is discarded.
    map: MmapRaw,
    tmp: TempOutput,
    hdus: Hdus,
    claims: Claims,
}

impl std::fmt::Debug for MmapFitsWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MmapFitsWriter")
            .field("target", &self.hdus.target)
            .field("temp", &self.tmp)
            .field("hdus", &self.hdus.list.len())
            .finish()
    }
}

impl MmapFitsWriter {
    /// Lays out the whole file: one HDU per `(header, shape, bitpix)`, the first being the
    /// primary (use an empty shape for a data-less primary), the others IMAGE extensions. The
    /// caller's header cards are kept (structural keywords are ours; give extensions their
    /// name with an `EXTNAME` card). Shapes are in numpy order. Pixels start out as 0.
    ///
    /// `Bitpix::F32` / `F64` are the intended types; integer types are accepted too (values
    /// are rounded and saturated when written).
    pub fn create<S: AsRef<[usize]>>(
        path: impl AsRef<Path>,
        hdus: &[(Header, S, Bitpix)],
    ) -> Result<MmapFitsWriter> {
        let target = path.as_ref().to_path_buf();
        let layout = FileLayout::plan(&target, hdus)?;
        let tmp = TempOutput::create_beside(&target)?;
        layout.size_file(tmp.file(), &target)?;
        let map = MmapOptions::new().map_raw(tmp.file()).map_err(|e| {
            io_err(
                target.display().to_string(),
                "cannot memory-map the output file",
                e,
            )
        })?;
        // Headers: nobody else can see the mapping yet.
        for (off, block) in &layout.headers {
            // SAFETY: `off..off+block.len()` lies within the mapping (`layout.total`, the
            // mapping's length, includes every header block) and no other reference to the
            // mapping exists yet.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    block.as_ptr(),
                    map.as_mut_ptr().add(*off as usize),
                    block.len(),
                )
            };
        }
        Ok(MmapFitsWriter {
            map,
            tmp,
            hdus: Hdus {
                target,
                list: layout.hdus,
            },
            claims: Claims::default(),
        })
    }

    /// The final path (where `finish` puts the file).
    pub fn path(&self) -> &Path {
        &self.hdus.target
    }

    /// The temporary file being filled, when it has a name (not with `O_TMPFILE`, where it has
    /// none until `finish`).
    pub fn temp_path(&self) -> Option<&Path> {
        self.tmp.path()
    }

    /// Number of HDUs.
    pub fn hdu_count(&self) -> usize {
        self.hdus.list.len()
    }

    /// Shape (numpy order) of HDU `hdu`.
    pub fn shape(&self, hdu: usize) -> Option<&[usize]> {
        self.hdus.shape(hdu)
    }

    /// Writes `region` of HDU `hdu` from `data` (`nrows * ncols` values, row-major), converting
    /// to the HDU's BITPIX and to big-endian.
    pub fn write<T: FloatPixel>(&self, hdu: usize, region: Region, data: &[T]) -> Result<()> {
        let l = self.hdus.get(hdu)?;
        l.check(region, data.len())?;
        if data.is_empty() {
            return Ok(());
        }
        let _claim = self.claims.claim(hdu, region, true);
        let r = region.rect;
        let bpp = l.bitpix.bytes();
        for (i, src) in data.chunks_exact(r.ncols).enumerate() {
            let off = l.offset(region.plane, r.row0 + i, r.col0) as usize;
            // SAFETY: `check` keeps the row inside the HDU's data area, which lies inside the
            // mapping. The claim guarantees that no other in-flight access touches these
            // pixels (hence these bytes), so this is the only reference to them.
            let dst = unsafe {
                std::slice::from_raw_parts_mut(self.map.as_mut_ptr().add(off), r.ncols * bpp)
            };
            encode_float_be(l.bitpix, src, dst);
        }
        Ok(())
    }

    /// [`write`](Self::write) with the rectangle spelled out: rows `row0..row0+nrows` ×
    /// columns `col0..col0+ncols` of `plane` (note the order, unlike the readers').
    #[allow(clippy::too_many_arguments)]
    pub fn write_region<T: FloatPixel>(
        &self,
        hdu: usize,
        plane: usize,
        row0: usize,
        col0: usize,
        nrows: usize,
        ncols: usize,
        data: &[T],
    ) -> Result<()> {
        let rect = Rect {
            row0,
            col0,
            nrows,
            ncols,
        };
        self.write(hdu, Region::new(plane, rect), data)
    }

    /// Writes full rows from `row0` (`data.len()` must be a multiple of the width).
    pub fn write_rows<T: FloatPixel>(
        &self,
        hdu: usize,
        plane: usize,
        row0: usize,
        data: &[T],
    ) -> Result<()> {
        let region = self.hdus.get(hdu)?.rows_region(plane, row0, data.len())?;
        self.write(hdu, region, data)
    }

    /// Reads back `region` of HDU `hdu`, e.g. to accumulate into an output.
    pub fn read<T: FloatPixel>(&self, hdu: usize, region: Region, out: &mut [T]) -> Result<()> {
        let l = self.hdus.get(hdu)?;
        l.check(region, out.len())?;
        if out.is_empty() {
            return Ok(());
        }
        let _claim = self.claims.claim(hdu, region, false);
        let r = region.rect;
        let bpp = l.bitpix.bytes();
        let sc = Scaling::default();
        for (i, dst) in out.chunks_exact_mut(r.ncols).enumerate() {
            let off = l.offset(region.plane, r.row0 + i, r.col0) as usize;
            // SAFETY: in bounds as in `write`; the claim excludes concurrent writers to these
            // pixels (concurrent readers only create shared slices).
            let src =
                unsafe { std::slice::from_raw_parts(self.map.as_ptr().add(off), r.ncols * bpp) };
            decode_be(l.bitpix, &sc, src, dst);
        }
        Ok(())
    }

    /// [`read`](Self::read) with the rectangle spelled out (same order as
    /// [`write_region`](Self::write_region)).
    #[allow(clippy::too_many_arguments)]
    pub fn read_region<T: FloatPixel>(
        &self,
        hdu: usize,
        plane: usize,
        row0: usize,
        col0: usize,
        nrows: usize,
        ncols: usize,
        out: &mut [T],
    ) -> Result<()> {
        let rect = Rect {
            row0,
            col0,
            nrows,
            ncols,
        };
        self.read(hdu, Region::new(plane, rect), out)
    }

    /// Sets every pixel of HDU `hdu` to `value` (e.g. NaN for "no coverage" before a sparse
    /// reprojection). Touches the whole data area once; call it before sharing the writer.
    pub fn fill(&self, hdu: usize, value: f64) -> Result<()> {
        let l = self.hdus.get(hdu)?.clone();
        let g = l.geom;
        if l.shape.is_empty() || g.width == 0 {
            return Ok(());
        }
        let band = ((1 << 20) / g.width).clamp(1, g.height.max(1));
        let buf = vec![value; band * g.width];
        for p in 0..g.planes {
            let mut r = 0;
            while r < g.height {
                let n = band.min(g.height - r);
                let rows = Region::new(p, Rect::rows(r, n, g.width));
                self.write(hdu, rows, &buf[..n * g.width])?;
                r += n;
            }
        }
        Ok(())
    }

    /// Starts write-back of the given rows and drops their pages from this process' resident
    /// set. Optional: the kernel does this by itself under memory pressure; calling it after
    /// finishing a band keeps RSS flat on machines where that matters.
    pub fn release_rows(&self, hdu: usize, plane: usize, row0: usize, nrows: usize) -> Result<()> {
        let l = self.hdus.get(hdu)?;
        let rows = Region::new(plane, Rect::rows(row0, nrows, l.geom.width));
        l.check(rows, rows.rect.len())?;
        let off = l.offset(plane, row0, 0) as usize;
        let len = rows.rect.len() * l.bitpix.bytes();
        if len == 0 {
            return Ok(());
        }
        self.map
            .flush_async_range(off, len)
            .map_err(|e| io_err(l.loc.clone(), "msync failed", e))?;
        // SAFETY: on a MAP_SHARED file mapping, MADV_DONTNEED only drops the page-table
        // entries; dirty data stays in the page cache and any later access faults the same
        // contents back in, so no reference (ours or a concurrent writer's, even on a page
        // shared with a neighbouring region) observes a change.
        unsafe {
            self.map
                .unchecked_advise_range(UncheckedAdvice::DontNeed, off, len)
        }
        .map_err(|e| io_err(l.loc.clone(), "madvise(DONTNEED) failed", e))
    }

    /// Unmaps and moves the file into place atomically. The dirty pages stay in the page cache
    /// and reach the disk through normal write-back (no msync or fsync; see the crate docs).
    pub fn finish(self) -> Result<()> {
        let MmapFitsWriter { map, tmp, .. } = self;
        drop(map);
        tmp.commit(false)
    }
}
