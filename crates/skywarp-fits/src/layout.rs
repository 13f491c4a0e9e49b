//! The on-disk layout of a FITS file whose HDUs are all known up front: the header blocks, where
//! each data area starts, and the file's total size (each data area padded to 2880 bytes).
//!
//! Shared by the two writers that fill such a file region by region from many threads:
//! [`MmapFitsWriter`](crate::MmapFitsWriter) (through a shared mapping) and
//! [`BandFitsWriter`](crate::BandFitsWriter) (through positioned writes).

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::cfitsio::Geometry;
use crate::error::{invalid_arg, io_err, loc, FitsError, Result};
use crate::header::{Header, BLOCK_LEN};
use crate::pixel::Bitpix;
use crate::region::Region;
use crate::writer::{image_header_block, Position};

/// One HDU of the layout.
#[derive(Debug, Clone)]
pub(crate) struct HduLayout {
    /// Byte offset of the first data byte in the file.
    pub data_offset: u64,
    pub geom: Geometry,
    pub shape: Vec<usize>,
    pub bitpix: Bitpix,
    /// The HDU's name in messages (`file HDU i (EXTNAME)`).
    pub loc: String,
}

/// A whole file: per HDU its header block (with its offset) and data layout, and the file size.
#[derive(Debug)]
pub(crate) struct FileLayout {
    pub headers: Vec<(u64, Vec<u8>)>,
    pub hdus: Vec<HduLayout>,
    pub total: u64,
}

impl FileLayout {
    /// One HDU per `(header, shape, bitpix)`, the first being the primary (an empty shape gives
    /// a data-less primary), the others IMAGE extensions. The primary carries `EXTEND = T` when
    /// extensions follow.
    pub(crate) fn plan<S: AsRef<[usize]>>(
        target: &Path,
        hdus: &[(Header, S, Bitpix)],
    ) -> Result<FileLayout> {
        let where_ = || target.display().to_string();
        if hdus.is_empty() {
            return Err(invalid_arg(where_(), "at least one HDU is needed"));
        }
        let overflow = || invalid_arg(where_(), "file size overflows");
        let mut out = FileLayout {
            headers: Vec::with_capacity(hdus.len()),
            hdus: Vec::with_capacity(hdus.len()),
            total: 0,
        };
        for (i, (header, shape, bitpix)) in hdus.iter().enumerate() {
            let shape = shape.as_ref();
            let pos = if i == 0 {
                Position::Primary {
                    extend: hdus.len() > 1,
                }
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
            let data_offset = out.total + block.len() as u64;
            out.headers.push((out.total, block));
            out.hdus.push(HduLayout {
                data_offset,
                geom: Geometry::of(shape),
                shape: shape.to_vec(),
                bitpix: *bitpix,
                loc: loc(target, Some(i), header.get_str("EXTNAME")),
            });
            out.total = data_offset.checked_add(padded).ok_or_else(overflow)?;
        }
        Ok(out)
    }

    /// Gives `file` the layout's full size without writing the data areas (they read as zeros,
    /// which is also the FITS padding) and reserves the disk blocks: a full disk then fails here,
    /// up front, instead of half-way through a long run (for a mapping, with SIGBUS).
    pub(crate) fn size_file(&self, file: &File, target: &Path) -> Result<()> {
        let total = self.total;
        file.set_len(total).map_err(|e| {
            io_err(
                target.display().to_string(),
                format!("cannot size the temporary file to {total} bytes"),
                e,
            )
        })?;
        preallocate(file, total).map_err(|e| {
            io_err(
                target.display().to_string(),
                format!("cannot reserve {total} bytes of disk space"),
                e,
            )
        })
    }
}

/// The HDUs of a file being written, with the file's final name (for messages): what both
/// region writers look up on every access.
#[derive(Debug)]
pub(crate) struct Hdus {
    pub target: PathBuf,
    pub list: Vec<HduLayout>,
}

impl Hdus {
    /// HDU `hdu`, or an error naming the file.
    pub(crate) fn get(&self, hdu: usize) -> Result<&HduLayout> {
        self.list.get(hdu).ok_or_else(|| FitsError::HduNotFound {
            loc: self.target.display().to_string(),
            selector: hdu.to_string(),
            available: format!("{} HDU(s) in the layout", self.list.len()),
        })
    }

    /// Shape (numpy order) of HDU `hdu`.
    pub(crate) fn shape(&self, hdu: usize) -> Option<&[usize]> {
        self.list.get(hdu).map(|l| l.shape.as_slice())
    }
}

impl HduLayout {
    /// Checks that `region` lies inside this HDU's data and that `len` values fill it.
    pub(crate) fn check(&self, region: Region, len: usize) -> Result<()> {
        let r = region.rect;
        self.geom
            .check(region.plane, r.row0, r.nrows, r.col0, r.ncols)
            .map_err(|m| invalid_arg(self.loc.clone(), m))?;
        if self.shape.is_empty() && !r.is_empty() {
            return Err(invalid_arg(self.loc.clone(), "this HDU has no data area"));
        }
        if len != r.len() {
            return Err(invalid_arg(
                self.loc.clone(),
                format!(
                    "buffer holds {len} values but the {}x{} region needs {}",
                    r.nrows,
                    r.ncols,
                    r.len()
                ),
            ));
        }
        Ok(())
    }

    /// Byte offset in the file of pixel (`row`, `col`) of `plane` (the caller checked bounds).
    pub(crate) fn offset(&self, plane: usize, row: usize, col: usize) -> u64 {
        let g = &self.geom;
        let pixel = ((plane * g.height + row) * g.width + col) as u64;
        self.data_offset + pixel * self.bitpix.bytes() as u64
    }

    /// The full-width rows of `width` that a `values`-long buffer from `row0` covers, or an error
    /// when it is not a whole number of rows.
    pub(crate) fn rows_region(&self, plane: usize, row0: usize, values: usize) -> Result<Region> {
        let w = self.geom.width;
        if w == 0 || !values.is_multiple_of(w) {
            return Err(invalid_arg(
                self.loc.clone(),
                format!("{values} values are not a whole number of rows of width {w}"),
            ));
        }
        Ok(Region::new(
            plane,
            crate::region::Rect::rows(row0, values / w, w),
        ))
    }
}

/// `posix_fallocate`; file systems without support for it are left sparse.
fn preallocate(file: &File, len: u64) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    let len = libc::off_t::try_from(len)
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    if len == 0 {
        return Ok(());
    }
    // SAFETY: a valid open descriptor; posix_fallocate only changes the file's allocation.
    match unsafe { libc::posix_fallocate(file.as_raw_fd(), 0, len) } {
        0 | libc::EOPNOTSUPP | libc::EINVAL => Ok(()),
        e => Err(std::io::Error::from_raw_os_error(e)),
    }
}
