//! Writing masters and calibrated frames: float32 (and uint8 mask) image HDUs laid out up front
//! in a temporary file beside the target, filled band by band with positioned writes, and renamed
//! into place by [`FitsOutput::finish`]. Nothing ever appears under the target name half written.
//!
//! Why not the writers of `skywarp_fits`: `FitsWriter` takes whole images (a light would have
//! to be held in memory in full), and `MmapFitsWriter` fills a fresh writable mapping, where
//! every page is first faulted in and zero-filled before being overwritten — calibration writes
//! each output pixel exactly once, sequentially, one thread per file, which plain positioned
//! writes of whole bands do at about half the system time (measured on 100 frames of 2048²).
//! Like those writers this one does not fsync by default (`sync` asks for it): outputs are
//! derived data, the rename protects against a failing or killed process, and after a power cut
//! a re-run recomputes any output that is not a complete FITS file with the expected
//! fingerprint.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use skywarp_fits::{Bitpix, Card, Header, Value, BLOCK_LEN};
use tempfile::NamedTempFile;

use crate::error::{display_name, CalibError, Result};

/// Keywords that describe the on-disk layout; the caller's values are dropped.
fn is_structural(keyword: &str) -> bool {
    let k = keyword.trim().to_ascii_uppercase();
    if let Some(rest) = k.strip_prefix("NAXIS") {
        if rest.is_empty() || rest.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
    }
    matches!(
        k.as_str(),
        "SIMPLE"
            | "XTENSION"
            | "BITPIX"
            | "EXTEND"
            | "PCOUNT"
            | "GCOUNT"
            | "BZERO"
            | "BSCALE"
            | "BLANK"
            | "END"
            | "CHECKSUM"
            | "DATASUM"
            | "GROUPS"
    )
}

/// The header block of an image HDU: mandatory keywords in the standard's order, then the
/// caller's cards (minus structural ones), END, padding.
fn header_block(
    primary: bool,
    bitpix: Bitpix,
    shape: [usize; 2],
    user: &Header,
    more_hdus: bool,
) -> Result<Vec<u8>> {
    let mut h = Header::new();
    if primary {
        h.push(Card::new(
            "SIMPLE",
            Value::Bool(true),
            Some("conforms to FITS standard"),
        )?);
    } else {
        h.push(Card::new(
            "XTENSION",
            Value::Str("IMAGE".into()),
            Some("image extension"),
        )?);
    }
    h.push(Card::new(
        "BITPIX",
        Value::Int(bitpix.value()),
        Some("array data type"),
    )?);
    h.push(Card::new(
        "NAXIS",
        Value::Int(2),
        Some("number of array dimensions"),
    )?);
    h.push(Card::new("NAXIS1", Value::Int(shape[1] as i64), None)?);
    h.push(Card::new("NAXIS2", Value::Int(shape[0] as i64), None)?);
    if primary {
        if more_hdus {
            h.push(Card::new("EXTEND", Value::Bool(true), None)?);
        }
    } else {
        h.push(Card::new("PCOUNT", Value::Int(0), None)?);
        h.push(Card::new("GCOUNT", Value::Int(1), None)?);
    }
    for c in user.iter() {
        if !is_structural(c.keyword()) {
            h.push(c.clone());
        }
    }
    Ok(h.to_block_bytes())
}

struct Layout {
    data_offset: u64,
    shape: [usize; 2],
    bitpix: Bitpix,
}

/// A FITS file of 2-D image HDUs being written (see the module docs).
pub(crate) struct FitsOutput {
    tmp: NamedTempFile,
    target: PathBuf,
    hdus: Vec<Layout>,
    buf: Vec<u8>,
    sync: bool,
}

fn io(target: &Path, action: &str, e: std::io::Error) -> CalibError {
    CalibError::Other {
        name: display_name(target),
        reason: format!("{action}: {e}"),
    }
}

impl FitsOutput {
    /// Lays out `hdus` (`(header, [height, width], BITPIX)`; the first is the primary, the others
    /// IMAGE extensions named by their `EXTNAME` card) in a temporary file beside `target`.
    /// Only `F32` and `U8` data are supported. With `sync`, `finish` fsyncs before renaming.
    pub(crate) fn create(
        target: &Path,
        hdus: &[(Header, [usize; 2], Bitpix)],
        sync: bool,
    ) -> Result<FitsOutput> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| {
                io(
                    target,
                    &format!("cannot create a temporary file in {}", dir.display()),
                    e,
                )
            })?;
        let file: &File = tmp.as_file();
        let mut offset = 0u64;
        let mut layouts = Vec::with_capacity(hdus.len());
        for (i, (header, shape, bitpix)) in hdus.iter().enumerate() {
            if !matches!(bitpix, Bitpix::F32 | Bitpix::U8) {
                return Err(CalibError::InvalidOption(format!(
                    "{}: BITPIX {} not supported here",
                    display_name(target),
                    bitpix.value()
                )));
            }
            let block = header_block(i == 0, *bitpix, *shape, header, hdus.len() > 1)?;
            file.write_all_at(&block, offset)
                .map_err(|e| io(target, "cannot write", e))?;
            let data_offset = offset + block.len() as u64;
            let len = (shape[0] * shape[1] * bitpix.bytes()) as u64;
            layouts.push(Layout {
                data_offset,
                shape: *shape,
                bitpix: *bitpix,
            });
            offset = data_offset + len.div_ceil(BLOCK_LEN as u64) * BLOCK_LEN as u64;
        }
        // Zero padding after the last data area (and room for everything): a sparse extension.
        file.set_len(offset)
            .map_err(|e| io(target, "cannot size the temporary file", e))?;
        // Reserving the blocks up front fails early on a full disk and makes the buffered writes
        // cheaper (ext4 skips its per-page delayed-allocation bookkeeping).
        preallocate(file, offset).map_err(|e| {
            io(
                target,
                &format!("cannot reserve {offset} bytes of disk space"),
                e,
            )
        })?;
        Ok(FitsOutput {
            tmp,
            target: target.to_path_buf(),
            hdus: layouts,
            buf: Vec::new(),
            sync,
        })
    }

    /// Writes full rows from `row0` of HDU `hdu` (`data.len()` a multiple of the width).
    pub(crate) fn write_rows(&mut self, hdu: usize, row0: usize, data: &[f32]) -> Result<()> {
        let l = &self.hdus[hdu];
        let [h, w] = l.shape;
        if w == 0 || !data.len().is_multiple_of(w) || row0 + data.len() / w > h {
            return Err(CalibError::Other {
                name: display_name(&self.target),
                reason: format!(
                    "rows {row0}.. of {} values do not fit HDU {hdu} of shape {:?}",
                    data.len(),
                    l.shape
                ),
            });
        }
        let bpp = l.bitpix.bytes();
        self.buf.resize(data.len() * bpp, 0);
        match l.bitpix {
            Bitpix::F32 => encode_be(&mut self.buf, data),
            _ => {
                for (d, &s) in self.buf.iter_mut().zip(data) {
                    *d = s as u8;
                }
            }
        }
        let off = l.data_offset + (row0 * w * bpp) as u64;
        self.tmp
            .as_file()
            .write_all_at(&self.buf, off)
            .map_err(|e| io(&self.target, "cannot write", e))
    }

    /// Syncs (if asked) and renames the file into place, with ordinary permissions (those of
    /// the file it replaces, else 0644) instead of the temporary file's 0600.
    pub(crate) fn finish(self) -> Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let FitsOutput {
            tmp, target, sync, ..
        } = self;
        if sync {
            tmp.as_file()
                .sync_all()
                .map_err(|e| io(&target, "cannot sync", e))?;
        }
        let perms = std::fs::metadata(&target)
            .map(|m| m.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        std::fs::set_permissions(tmp.path(), perms)
            .map_err(|e| io(&target, "cannot set permissions", e))?;
        tmp.persist(&target).map_err(|e| {
            io(
                &target,
                "cannot rename the temporary file into place",
                e.error,
            )
        })?;
        Ok(())
    }
}

/// Big-endian float32 encoding (AVX2 where available: one byte shuffle per 8 values).
fn encode_be(dst: &mut [u8], src: &[f32]) {
    #[cfg(target_arch = "x86_64")]
    if crate::simd::avx2() {
        // SAFETY: the CPU supports AVX2 (checked at run time).
        return unsafe { encode_be_avx2(dst, src) };
    }
    encode_be_generic(dst, src)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn encode_be_avx2(dst: &mut [u8], src: &[f32]) {
    encode_be_generic(dst, src)
}

#[inline(always)]
fn encode_be_generic(dst: &mut [u8], src: &[f32]) {
    for (d, s) in dst.chunks_exact_mut(4).zip(src) {
        d.copy_from_slice(&s.to_bits().to_be_bytes());
    }
}

/// `posix_fallocate`, ignoring file systems that do not support it.
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

/// Writes a single-HDU float32 image atomically.
pub(crate) fn write_f32_image(
    target: &Path,
    header: &Header,
    shape: [usize; 2],
    data: &[f32],
    sync: bool,
) -> Result<()> {
    let mut out = FitsOutput::create(target, &[(header.clone(), shape, Bitpix::F32)], sync)?;
    out.write_rows(0, 0, data)?;
    out.finish()
}
