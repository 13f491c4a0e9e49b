//! Zero-copy streaming reads of uncompressed images through a memory map.
//!
//! This is what reprojection and calibration use to walk images far larger than RAM: the file
//! is mapped (not read), headers are parsed by [`crate::native`], and each request converts
//! only the bytes of the requested rows/columns from big-endian to native floats. Pages are
//! brought in by the kernel on demand and are reclaimable page cache, never process heap;
//! [`MmapImage::release_rows`] additionally drops them from the process' resident set once a
//! band has been processed.

use std::path::{Path, PathBuf};

use memmap2::{Mmap, UncheckedAdvice};

use crate::cfitsio::Geometry;
use crate::error::{invalid_arg, io_err, loc, FitsError, Result};
use crate::file::open_regular;
use crate::hdu::{require_image, select, HduInfo, HduSelector, Purpose};
use crate::header::Header;
use crate::native::{scan_all, ScannedHdu};
use crate::pixel::{decode_be, Bitpix, FloatPixel, Scaling};

/// An uncompressed image HDU, memory-mapped for concurrent row/region reads.
///
/// `Send + Sync`: all reads take `&self` and only read the mapping, so any number of threads
/// can read disjoint or overlapping regions at once.
///
/// The file must not be truncated or rewritten in place by another process while it is open
/// (a mapped file that shrinks raises SIGBUS on access). skywarp only ever replaces files by
/// atomic rename, which does not affect an existing mapping.
pub struct MmapImage {
    map: Mmap,
    path: PathBuf,
    loc: String,
    info: HduInfo,
    geom: Geometry,
    bitpix: Bitpix,
    scaling: Scaling,
    data_offset: usize,
}

impl std::fmt::Debug for MmapImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MmapImage")
            .field("loc", &self.loc)
            .field("shape", &self.info.shape)
            .field("bitpix", &self.bitpix)
            .finish()
    }
}

impl MmapImage {
    /// Maps `path` and locates the image HDU chosen by `sel` (same rules as the CFITSIO
    /// reader). Fails with [`FitsError::NotMappable`] for tile-compressed images and gzip'ed
    /// files (callers fall back to [`crate::CfitsioImage`]), and with
    /// [`FitsError::Truncated`] when the file is shorter than the headers declare.
    pub fn open(path: impl AsRef<Path>, sel: &HduSelector) -> Result<MmapImage> {
        let path = path.as_ref();
        let where_ = path.display().to_string();
        let file = open_regular(path)?;
        let meta = file
            .metadata()
            .map_err(|e| io_err(where_.clone(), "cannot stat", e))?;
        if meta.len() == 0 {
            return Err(FitsError::NotFits {
                loc: where_,
                reason: "the file is empty".into(),
            });
        }
        // SAFETY: the mapping is read-only and we never hand out references that outlive it.
        // The remaining hazard — another process truncating the file while mapped — is
        // documented on the type; it cannot be excluded by any mmap-based reader.
        let map = unsafe { Mmap::map(&file) }
            .map_err(|e| io_err(where_.clone(), "cannot memory-map", e))?;
        if map.len() >= 2 && map[0] == 0x1f && map[1] == 0x8b {
            return Err(FitsError::NotMappable {
                loc: where_,
                reason: "the file is gzip-compressed".into(),
            });
        }

        let scanned = find(&map, path, sel)?;
        let info = &scanned.info;
        let here = loc(path, Some(info.index), info.extname.as_deref());
        if info.compressed {
            return Err(FitsError::NotMappable {
                loc: here,
                reason: "it is a tile-compressed image".into(),
            });
        }
        require_image(info, path)?;
        let end = scanned.data_offset + scanned.data_len;
        if end > map.len() as u64 {
            return Err(FitsError::Truncated {
                loc: here,
                what: format!("the image data ({} bytes)", scanned.data_len),
                start: scanned.data_offset,
                end,
                len: map.len() as u64,
            });
        }
        let bitpix = Bitpix::from_value(info.bitpix).ok_or_else(|| FitsError::Unsupported {
            loc: here.clone(),
            reason: format!("BITPIX = {}", info.bitpix),
        })?;
        let scaling = Scaling::from_header(&info.header, bitpix);
        let geom = Geometry::of(&info.shape);
        let data_offset = usize::try_from(scanned.data_offset)
            .map_err(|_| invalid_arg(here.clone(), "data offset exceeds the address space"))?;
        Ok(MmapImage {
            map,
            path: path.to_path_buf(),
            loc: here,
            info: scanned.info,
            geom,
            bitpix,
            scaling,
            data_offset,
        })
    }

    /// The file path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Index, name, shape... of the HDU.
    pub fn info(&self) -> &HduInfo {
        &self.info
    }

    /// Axes in numpy order (slowest first).
    pub fn shape(&self) -> &[usize] {
        &self.info.shape
    }

    /// The HDU header.
    pub fn header(&self) -> &Header {
        &self.info.header
    }

    /// The stored pixel type.
    pub fn bitpix(&self) -> Bitpix {
        self.bitpix
    }

    /// BZERO / BSCALE / BLANK as applied by the reads.
    pub fn scaling(&self) -> Scaling {
        self.scaling
    }

    /// NAXIS1.
    pub fn width(&self) -> usize {
        self.geom.width
    }

    /// NAXIS2 (1 for a 1-D image).
    pub fn height(&self) -> usize {
        self.geom.height
    }

    /// Number of 2-D planes (product of NAXIS3..; 1 for 2-D images).
    pub fn n_planes(&self) -> usize {
        self.geom.planes
    }

    fn check(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
        out_len: usize,
    ) -> Result<()> {
        self.geom
            .check(plane, row0, nrows, col0, ncols)
            .map_err(|m| invalid_arg(self.loc.clone(), m))?;
        if out_len != nrows * ncols {
            return Err(invalid_arg(
                self.loc.clone(),
                format!(
                    "output buffer holds {out_len} values but the {nrows}x{ncols} region needs {}",
                    nrows * ncols
                ),
            ));
        }
        Ok(())
    }

    /// Byte offset of pixel (plane, row, col). Only called after `check`, so it cannot
    /// overflow (the whole data area lies inside the mapping).
    fn offset(&self, plane: usize, row: usize, col: usize) -> usize {
        let g = &self.geom;
        self.data_offset + ((plane * g.height + row) * g.width + col) * self.bitpix.bytes()
    }

    /// Reads `nrows` full rows from `row0` of plane `plane` into `out` (`nrows * width`
    /// values), applying BZERO/BSCALE; integer BLANK pixels become NaN.
    pub fn read_rows<T: FloatPixel>(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        out: &mut [T],
    ) -> Result<()> {
        self.check(plane, row0, nrows, 0, self.geom.width, out.len())?;
        if out.is_empty() {
            return Ok(());
        }
        // Full rows are contiguous: one conversion call.
        let start = self.offset(plane, row0, 0);
        let raw = &self.map[start..start + out.len() * self.bitpix.bytes()];
        decode_be(self.bitpix, &self.scaling, raw, out);
        Ok(())
    }

    /// Reads rows `row0..row0+nrows` × columns `col0..col0+ncols` of plane `plane` into `out`
    /// (`nrows * ncols` values, row-major). Note the argument order (rows, then columns, each
    /// as start + count), shared with [`crate::CfitsioImage::read_region`].
    pub fn read_region<T: FloatPixel>(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
        out: &mut [T],
    ) -> Result<()> {
        self.check(plane, row0, nrows, col0, ncols, out.len())?;
        if ncols == 0 {
            return Ok(());
        }
        let bpp = self.bitpix.bytes();
        for (r, dst) in out.chunks_exact_mut(ncols).enumerate() {
            let start = self.offset(plane, row0 + r, col0);
            decode_be(
                self.bitpix,
                &self.scaling,
                &self.map[start..start + ncols * bpp],
                dst,
            );
        }
        Ok(())
    }

    /// Reads the whole image (convenience for small images; large ones should be streamed).
    pub fn read_all<T: FloatPixel>(&self) -> Result<Vec<T>> {
        let g = self.geom;
        let mut out = vec![T::default(); g.width * g.height * g.planes];
        for p in 0..g.planes {
            let n = g.width * g.height;
            self.read_rows(p, 0, g.height, &mut out[p * n..(p + 1) * n])?;
        }
        Ok(out)
    }

    /// Tells the kernel these rows will not be needed again soon, dropping their pages from
    /// this process' resident set (they stay in the page cache). Purely an optimisation for
    /// long streaming passes; reading the rows again later still works.
    pub fn release_rows(&self, plane: usize, row0: usize, nrows: usize) -> Result<()> {
        self.geom
            .check(plane, row0, nrows, 0, self.geom.width)
            .map_err(|m| invalid_arg(self.loc.clone(), m))?;
        let start = self.offset(plane, row0, 0);
        let len = nrows * self.geom.width * self.bitpix.bytes();
        // SAFETY: MADV_DONTNEED on a read-only *shared file* mapping only unmaps the pages;
        // later accesses fault them back in from the file with identical contents, so no
        // reference into the map observes a change.
        unsafe {
            self.map
                .unchecked_advise_range(UncheckedAdvice::DontNeed, start, len)
        }
        .map_err(|e| io_err(self.loc.clone(), "madvise(DONTNEED) failed", e))
    }
}

/// Validates every HDU (so that a file is accepted or refused whichever HDU is asked for, as
/// on the CFITSIO path) and returns the one `sel` picks.
fn find(map: &[u8], path: &Path, sel: &HduSelector) -> Result<ScannedHdu> {
    let scan = scan_all(map, path)?;
    let infos: Vec<HduInfo> = scan.hdus.iter().map(|h| h.info.clone()).collect();
    let chosen = match (select(&infos, sel, path, Purpose::Image), scan.truncated) {
        (Ok(h), _) => h.index,
        (Err(_), Some(cut)) => return Err(cut),
        (Err(e), None) => return Err(e),
    };
    scan.hdus.into_iter().nth(chosen).ok_or_else(|| {
        invalid_arg(
            path.display().to_string(),
            "internal: HDU index out of range",
        )
    })
}

/// Lists HDUs with our own parser (no CFITSIO), for uncompressed or compressed files alike; the
/// header of a compressed image is its raw binary-table header here.
pub fn list_hdus_native(path: impl AsRef<Path>) -> Result<Vec<HduInfo>> {
    let path = path.as_ref();
    let where_ = path.display().to_string();
    let file = open_regular(path)?;
    if file
        .metadata()
        .map_err(|e| io_err(where_.clone(), "cannot stat", e))?
        .len()
        == 0
    {
        return Err(FitsError::NotFits {
            loc: where_,
            reason: "the file is empty".into(),
        });
    }
    // SAFETY: read-only mapping, dropped before returning; see MmapImage for the truncation caveat.
    let map =
        unsafe { Mmap::map(&file) }.map_err(|e| io_err(where_.clone(), "cannot memory-map", e))?;
    let scan = scan_all(&map, path)?;
    // a listing is of all HDUs: a cut-off header is an error here
    if let Some(cut) = scan.truncated {
        return Err(cut);
    }
    Ok(scan.hdus.into_iter().map(|h| h.info).collect())
}
