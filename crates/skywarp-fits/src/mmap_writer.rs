//! The streaming disk sink: a FITS file laid out in full up front, memory-mapped writable, and
//! filled region by region by any number of threads.
//!
//! This is CFITSIO's "large file creation" recipe built in: headers are written by us, each
//! data area is sized and padded to 2880 bytes, and the file (a temporary file beside the
//! target) is mapped. Pixels written go straight into the kernel's page cache, which writes
//! them back on its own schedule, so memory use does not grow with the output size: a 50 GB
//! mosaic is produced with the same footprint as a 50 MB one. `finish()` syncs and renames
//! the file into place atomically; dropping the writer without `finish()` deletes it.
//!
//! Disk space is reserved with `posix_fallocate` at creation: writing into a sparse mapping on
//! a full disk would otherwise kill the process with SIGBUS half-way through a long run,
//! whereas this way `create` fails cleanly up front.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use memmap2::{MmapOptions, MmapRaw, UncheckedAdvice};
use tempfile::NamedTempFile;

use crate::cfitsio::Geometry;
use crate::error::{invalid_arg, io_err, loc, FitsError, Result};
use crate::header::{Header, BLOCK_LEN};
use crate::pixel::{decode_be, encode_float_be, Bitpix, FloatPixel, Scaling};
use crate::writer::{commit, image_header_block, temp_beside, Position};

#[derive(Debug, Clone)]
struct Layout {
    data_offset: usize,
    geom: Geometry,
    shape: Vec<usize>,
    bitpix: Bitpix,
    loc: String,
}

/// A data-area access in progress. Two accesses conflict when they touch a common pixel and at
/// least one of them writes.
#[derive(Debug, Clone, Copy)]
struct Access {
    id: u64,
    hdu: usize,
    plane: usize,
    rows: (usize, usize),
    cols: (usize, usize),
    write: bool,
}

impl Access {
    fn conflicts(&self, o: &Access) -> bool {
        (self.write || o.write)
            && self.hdu == o.hdu
            && self.plane == o.plane
            && self.rows.0 < o.rows.1
            && o.rows.0 < self.rows.1
            && self.cols.0 < o.cols.1
            && o.cols.0 < self.cols.1
    }
}

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
    // Field order matters: the map is unmapped before the temporary file is deleted.
    map: MmapRaw,
    tmp: NamedTempFile,
    target: PathBuf,
    hdus: Vec<Layout>,
    active: Mutex<Vec<Access>>,
    freed: Condvar,
    next_id: AtomicU64,
}

impl std::fmt::Debug for MmapFitsWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MmapFitsWriter")
            .field("target", &self.target)
            .field("temp", &self.tmp.path())
            .field("hdus", &self.hdus.len())
            .finish()
    }
}

/// Releases an [`Access`] when dropped (also on panic, so waiters are never stranded).
struct Claim<'a> {
    w: &'a MmapFitsWriter,
    id: u64,
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut list = self.w.lock_active();
        list.retain(|a| a.id != self.id);
        drop(list);
        self.w.freed.notify_all();
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
        let where_ = target.display().to_string();
        if hdus.is_empty() {
            return Err(invalid_arg(where_, "at least one HDU is needed"));
        }
        let mut blocks = Vec::with_capacity(hdus.len());
        let mut layouts = Vec::with_capacity(hdus.len());
        let mut offset: u64 = 0;
        let overflow = || invalid_arg(target.display().to_string(), "file size overflows");
        for (i, (header, shape, bitpix)) in hdus.iter().enumerate() {
            let shape = shape.as_ref();
            let pos = if i == 0 {
                Position::Primary
            } else {
                Position::Extension
            };
            let block = image_header_block(pos, *bitpix, 0.0, shape, None, header)?;
            let npix = if shape.is_empty() {
                0
            } else {
                shape
                    .iter()
                    .try_fold(1u64, |a, &n| a.checked_mul(n as u64))
                    .ok_or_else(overflow)?
            };
            let data_len = npix
                .checked_mul(bitpix.bytes() as u64)
                .ok_or_else(overflow)?;
            let padded = data_len.div_ceil(BLOCK_LEN as u64) * BLOCK_LEN as u64;
            let header_offset = offset;
            let data_offset = offset + block.len() as u64;
            layouts.push(Layout {
                data_offset: usize::try_from(data_offset).map_err(|_| overflow())?,
                geom: Geometry::of(shape),
                shape: shape.to_vec(),
                bitpix: *bitpix,
                loc: loc(&target, Some(i), header.get_str("EXTNAME")),
            });
            offset = data_offset.checked_add(padded).ok_or_else(overflow)?;
            blocks.push((header_offset as usize, block));
        }
        let total = offset;
        let tmp = temp_beside(&target)?;
        let file = tmp.as_file();
        file.set_len(total).map_err(|e| {
            io_err(
                where_.clone(),
                format!("cannot size the temporary file to {total} bytes"),
                e,
            )
        })?;
        preallocate(file, total).map_err(|e| {
            io_err(
                where_.clone(),
                format!("cannot reserve {total} bytes of disk space"),
                e,
            )
        })?;
        let map = MmapOptions::new()
            .map_raw(file)
            .map_err(|e| io_err(where_.clone(), "cannot memory-map the output file", e))?;
        // Headers: nobody else can see the mapping yet.
        for (off, block) in &blocks {
            // SAFETY: `off..off+block.len()` lies within the mapping (`total` includes it) and
            // no other reference to the mapping exists yet.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    block.as_ptr(),
                    map.as_mut_ptr().add(*off),
                    block.len(),
                )
            };
        }
        Ok(MmapFitsWriter {
            map,
            tmp,
            target,
            hdus: layouts,
            active: Mutex::new(Vec::new()),
            freed: Condvar::new(),
            next_id: AtomicU64::new(0),
        })
    }

    /// The final path (where `finish` puts the file).
    pub fn path(&self) -> &Path {
        &self.target
    }

    /// The temporary file being filled.
    pub fn temp_path(&self) -> &Path {
        self.tmp.path()
    }

    /// Number of HDUs.
    pub fn hdu_count(&self) -> usize {
        self.hdus.len()
    }

    /// Shape (numpy order) of HDU `hdu`.
    pub fn shape(&self, hdu: usize) -> Option<&[usize]> {
        self.hdus.get(hdu).map(|l| l.shape.as_slice())
    }

    fn lock_active(&self) -> MutexGuard<'_, Vec<Access>> {
        self.active.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until no conflicting access is in flight, then registers this one.
    fn claim(&self, mut a: Access) -> Claim<'_> {
        a.id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let mut list = self.lock_active();
        while list.iter().any(|b| a.conflicts(b)) {
            list = self.freed.wait(list).unwrap_or_else(|e| e.into_inner());
        }
        list.push(a);
        Claim { w: self, id: a.id }
    }

    fn layout(&self, hdu: usize) -> Result<&Layout> {
        self.hdus.get(hdu).ok_or_else(|| FitsError::HduNotFound {
            loc: self.target.display().to_string(),
            selector: hdu.to_string(),
            available: format!("{} HDU(s) in the layout", self.hdus.len()),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn check(
        &self,
        l: &Layout,
        plane: usize,
        row0: usize,
        col0: usize,
        nrows: usize,
        ncols: usize,
        len: usize,
    ) -> Result<()> {
        l.geom
            .check(plane, row0, nrows, col0, ncols)
            .map_err(|m| invalid_arg(l.loc.clone(), m))?;
        if l.shape.is_empty() && nrows * ncols > 0 {
            return Err(invalid_arg(l.loc.clone(), "this HDU has no data area"));
        }
        if len != nrows * ncols {
            return Err(invalid_arg(
                l.loc.clone(),
                format!(
                    "buffer holds {len} values but the {nrows}x{ncols} region needs {}",
                    nrows * ncols
                ),
            ));
        }
        Ok(())
    }

    /// Writes the rectangle rows `row0..row0+nrows` × columns `col0..col0+ncols` of plane
    /// `plane` of HDU `hdu` from `data` (`nrows * ncols` values, row-major), converting to the
    /// HDU's BITPIX and to big-endian. Note the argument order (row0, col0, nrows, ncols),
    /// which differs from the readers' `read_region`.
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
        let l = self.layout(hdu)?;
        self.check(l, plane, row0, col0, nrows, ncols, data.len())?;
        if data.is_empty() {
            return Ok(());
        }
        let _claim = self.claim(Access {
            id: 0,
            hdu,
            plane,
            rows: (row0, row0 + nrows),
            cols: (col0, col0 + ncols),
            write: true,
        });
        let bpp = l.bitpix.bytes();
        for (r, src) in data.chunks_exact(ncols).enumerate() {
            let off =
                l.data_offset + ((plane * l.geom.height + row0 + r) * l.geom.width + col0) * bpp;
            // SAFETY: `check` keeps the row inside the HDU's data area, which lies inside the
            // mapping. The claim guarantees that no other in-flight access touches these
            // pixels (hence these bytes), so this is the only reference to them.
            let dst = unsafe {
                std::slice::from_raw_parts_mut(self.map.as_mut_ptr().add(off), ncols * bpp)
            };
            encode_float_be(l.bitpix, src, dst);
        }
        Ok(())
    }

    /// Writes full rows from `row0` (`data.len()` must be a multiple of the width).
    pub fn write_rows<T: FloatPixel>(
        &self,
        hdu: usize,
        plane: usize,
        row0: usize,
        data: &[T],
    ) -> Result<()> {
        let l = self.layout(hdu)?;
        let w = l.geom.width;
        if w == 0 || (data.len() / w) * w != data.len() {
            return Err(invalid_arg(
                l.loc.clone(),
                format!(
                    "{} values are not a whole number of rows of width {w}",
                    data.len()
                ),
            ));
        }
        self.write_region(hdu, plane, row0, 0, data.len() / w, w, data)
    }

    /// Reads back a rectangle (same argument order as [`write_region`](Self::write_region)),
    /// e.g. to accumulate into an output.
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
        let l = self.layout(hdu)?;
        self.check(l, plane, row0, col0, nrows, ncols, out.len())?;
        if out.is_empty() {
            return Ok(());
        }
        let _claim = self.claim(Access {
            id: 0,
            hdu,
            plane,
            rows: (row0, row0 + nrows),
            cols: (col0, col0 + ncols),
            write: false,
        });
        let bpp = l.bitpix.bytes();
        let sc = Scaling::default();
        for (r, dst) in out.chunks_exact_mut(ncols).enumerate() {
            let off =
                l.data_offset + ((plane * l.geom.height + row0 + r) * l.geom.width + col0) * bpp;
            // SAFETY: in bounds as in write_region; the claim excludes concurrent writers to
            // these pixels (concurrent readers only create shared slices).
            let src =
                unsafe { std::slice::from_raw_parts(self.map.as_ptr().add(off), ncols * bpp) };
            decode_be(l.bitpix, &sc, src, dst);
        }
        Ok(())
    }

    /// Sets every pixel of HDU `hdu` to `value` (e.g. NaN for "no coverage" before a sparse
    /// reprojection). Touches the whole data area once; call it before sharing the writer.
    pub fn fill(&self, hdu: usize, value: f64) -> Result<()> {
        let l = self.layout(hdu)?.clone();
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
                self.write_region(hdu, p, r, 0, n, g.width, &buf[..n * g.width])?;
                r += n;
            }
        }
        Ok(())
    }

    /// Starts write-back of the given rows and drops their pages from this process' resident
    /// set. Optional: the kernel does this by itself under memory pressure; calling it after
    /// finishing a band keeps RSS flat on machines where that matters.
    pub fn release_rows(&self, hdu: usize, plane: usize, row0: usize, nrows: usize) -> Result<()> {
        let l = self.layout(hdu)?;
        self.check(l, plane, row0, 0, nrows, l.geom.width, nrows * l.geom.width)?;
        let bpp = l.bitpix.bytes();
        let off = l.data_offset + (plane * l.geom.height + row0) * l.geom.width * bpp;
        let len = nrows * l.geom.width * bpp;
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

    /// Unmaps and renames the file into place atomically. The dirty pages stay in the page cache
    /// and reach the disk through normal write-back (see `commit` for why there is no msync/fsync).
    pub fn finish(self) -> Result<()> {
        let MmapFitsWriter {
            map, tmp, target, ..
        } = self;
        drop(map);
        commit(tmp, &target)
    }
}

/// Reserves the file's blocks so that later page faults cannot hit ENOSPC (SIGBUS). File
/// systems without fallocate support are left sparse.
fn preallocate(file: &std::fs::File, len: u64) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    let len = libc::off_t::try_from(len)
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    // SAFETY: valid open descriptor; posix_fallocate only changes the file's allocation.
    let rc = unsafe { libc::posix_fallocate(file.as_raw_fd(), 0, len) };
    match rc {
        0 => Ok(()),
        libc::EOPNOTSUPP | libc::EINVAL => Ok(()),
        e => Err(std::io::Error::from_raw_os_error(e)),
    }
}
