//! Writing FITS files, always atomically.
//!
//! We format headers and encode data ourselves instead of going through CFITSIO: the format of
//! an uncompressed image HDU is trivial (a header block, big-endian pixels, zero padding), it
//! lets the in-memory writer and the memory-mapped writer share one header builder, and keeps
//! writes free of the CFITSIO per-file lock. Everything is written to a temporary file in the
//! target's directory and renamed over the target on `finish()`, so readers never see a half
//! written file and a failed or abandoned write leaves nothing behind (the temporary file is
//! deleted when the writer is dropped).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{invalid_arg, io_err, FitsError, Result};
use crate::header::{Card, Header, Value, BLOCK_LEN};
use crate::pixel::{Bitpix, Pixel};

/// Keywords the writer owns: the caller's values for these are dropped, because they describe
/// the on-disk layout we choose (or, for BZERO/BSCALE/BLANK and checksums, a layout the data
/// no longer has once it went through a reader).
pub(crate) fn is_structural(keyword: &str, float_data: bool) -> bool {
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
            | "END"
            | "CHECKSUM"
            | "DATASUM"
            | "GROUPS"
    ) || (float_data && k == "BLANK")
}

/// Where an HDU goes in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    Primary,
    Extension,
}

/// Builds the complete header block (padded to 2880 bytes) of an image HDU: structural
/// keywords first in the order the standard mandates, then EXTNAME, BZERO/BSCALE, then the
/// caller's cards minus structural ones.
pub(crate) fn image_header_block(
    pos: Position,
    bitpix: Bitpix,
    bzero: f64,
    shape: &[usize],
    extname: Option<&str>,
    user: &Header,
) -> Result<Vec<u8>> {
    if shape.len() > 999 {
        return Err(FitsError::InvalidCard {
            keyword: "NAXIS".into(),
            reason: format!("{} axes; FITS allows at most 999", shape.len()),
        });
    }
    let mut h = Header::new();
    match pos {
        Position::Primary => h.push(Card::new(
            "SIMPLE",
            Value::Bool(true),
            Some("conforms to FITS standard"),
        )?),
        Position::Extension => h.push(Card::new(
            "XTENSION",
            Value::Str("IMAGE".into()),
            Some("image extension"),
        )?),
    }
    h.push(Card::new(
        "BITPIX",
        Value::Int(bitpix.value()),
        Some("array data type"),
    )?);
    h.push(Card::new(
        "NAXIS",
        Value::Int(shape.len() as i64),
        Some("number of array dimensions"),
    )?);
    for (k, &n) in shape.iter().rev().enumerate() {
        h.push(Card::new(
            &format!("NAXIS{}", k + 1),
            Value::Int(n as i64),
            None,
        )?);
    }
    match pos {
        Position::Primary => h.push(Card::new("EXTEND", Value::Bool(true), None)?),
        Position::Extension => {
            h.push(Card::new(
                "PCOUNT",
                Value::Int(0),
                Some("number of parameters"),
            )?);
            h.push(Card::new(
                "GCOUNT",
                Value::Int(1),
                Some("number of groups"),
            )?);
        }
    }
    let extname = extname.map(str::trim).filter(|s| !s.is_empty());
    if let Some(name) = extname {
        h.push(Card::new(
            "EXTNAME",
            Value::Str(name.to_string()),
            Some("extension name"),
        )?);
    }
    if bzero != 0.0 {
        // Integers, as CFITSIO and astropy write them: astropy applies an integral BZERO to
        // int8 data in place, which fails when the card holds a real (-128.0).
        h.push(Card::new(
            "BSCALE",
            Value::Int(1),
            Some("default scaling factor"),
        )?);
        h.push(Card::new(
            "BZERO",
            Value::Int(bzero as i64),
            Some("offset data range to that of unsigned"),
        )?);
    }
    let float_data = bitpix.is_float();
    for card in user.iter() {
        if card.is_commentary()
            || !(is_structural(card.keyword(), float_data)
                || (extname.is_some() && card.keyword().eq_ignore_ascii_case("EXTNAME")))
        {
            h.push(card.clone());
        }
    }
    Ok(h.to_block_bytes())
}

/// Checks that `shape` describes exactly `n` values; returns the product.
pub(crate) fn check_shape(shape: &[usize], n: usize, loc: &str) -> Result<usize> {
    let prod = shape
        .iter()
        .try_fold(1usize, |a, &b| a.checked_mul(b))
        .ok_or_else(|| invalid_arg(loc, format!("shape {shape:?} overflows")))?;
    let prod = if shape.is_empty() { 0 } else { prod };
    if prod != n {
        return Err(invalid_arg(
            loc,
            format!("shape {shape:?} holds {prod} values but {n} were given"),
        ));
    }
    Ok(prod)
}

/// Creates the temporary file next to `target` (same directory, so the final rename is atomic).
pub(crate) fn temp_beside(target: &Path) -> Result<NamedTempFile> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            io_err(
                target.display().to_string(),
                format!("cannot create a temporary file in {}", dir.display()),
                e,
            )
        })
}

/// Renames the temporary file over `target`, giving it ordinary permissions (those
/// of the file it replaces, else 0644) instead of the temp file's 0600.
///
/// No fsync: like astropy's `writeto` and SWarp, we leave write-back to the kernel. The rename makes
/// the write atomic against a failing or killed process (the target is either the old file or the
/// whole new one); surviving a power cut as well would cost an fsync of every output, which on a
/// 2048² image is as long as the whole reprojection.
pub(crate) fn commit(tmp: NamedTempFile, target: &Path) -> Result<()> {
    let where_ = target.display().to_string();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perms = std::fs::metadata(target)
            .map(|m| m.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        std::fs::set_permissions(tmp.path(), perms)
            .map_err(|e| io_err(where_.clone(), "cannot set permissions", e))?;
    }
    tmp.persist(target).map_err(|e| {
        io_err(
            where_.clone(),
            "cannot rename the temporary file into place",
            e.error,
        )
    })?;
    Ok(())
}

/// Writes `bytes` to `path` atomically.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes)
        .map_err(|e| io_err(path.display().to_string(), "cannot write", e))?;
    commit(tmp, path)
}

/// Writes a multi-HDU FITS file: a primary image (possibly empty) followed by image
/// extensions, e.g. a reprojected image plus its `FOOTPRINT`.
///
/// Nothing appears at `path` until [`FitsWriter::finish`] succeeds; dropping the writer
/// before that (or after an error) deletes the temporary file and leaves any existing file at
/// `path` untouched.
///
/// ```no_run
/// # use skywarp_fits::{FitsWriter, Header};
/// let mut w = FitsWriter::create("out.fits")?;
/// w.write_primary(&Header::new(), &[1.0f32, 2.0, 3.0, 4.0], &[2, 2])?;
/// w.write_extension("FOOTPRINT", &Header::new(), &[1.0f32; 4], &[2, 2])?;
/// w.finish()?;
/// # Ok::<(), skywarp_fits::FitsError>(())
/// ```
pub struct FitsWriter {
    target: PathBuf,
    out: Option<BufWriter<NamedTempFile>>,
    hdus: usize,
}

impl std::fmt::Debug for FitsWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FitsWriter")
            .field("target", &self.target)
            .field("hdus", &self.hdus)
            .finish()
    }
}

impl FitsWriter {
    /// Starts writing `path` (through a temporary file in the same directory).
    pub fn create(path: impl AsRef<Path>) -> Result<FitsWriter> {
        let target = path.as_ref().to_path_buf();
        let tmp = temp_beside(&target)?;
        Ok(FitsWriter {
            target,
            out: Some(BufWriter::with_capacity(1 << 20, tmp)),
            hdus: 0,
        })
    }

    /// Number of HDUs written so far.
    pub fn hdu_count(&self) -> usize {
        self.hdus
    }

    fn loc(&self) -> String {
        crate::error::loc(&self.target, Some(self.hdus), None)
    }

    /// Writes the primary HDU with image data. `shape` is in numpy order (slowest axis first)
    /// and must match `data.len()`. BITPIX comes from `T` (f32 → -32, f64 → -64, i16 → 16,
    /// u16 → 16 with BZERO = 32768, ...). The caller's header cards are kept except structural
    /// ones (see the module docs).
    pub fn write_primary<T: Pixel>(
        &mut self,
        header: &Header,
        data: &[T],
        shape: &[usize],
    ) -> Result<()> {
        if self.hdus != 0 {
            return Err(invalid_arg(
                self.loc(),
                "the primary HDU must be written first",
            ));
        }
        self.write_hdu(Position::Primary, None, header, data, shape)
    }

    /// Writes an empty primary HDU (NAXIS = 0) carrying `header`'s cards, for files whose data
    /// all live in extensions.
    pub fn write_empty_primary(&mut self, header: &Header) -> Result<()> {
        self.write_primary::<f32>(header, &[], &[])
    }

    /// Writes an image extension named `extname` (empty = no EXTNAME card). If no primary HDU
    /// was written yet, an empty one is written first.
    pub fn write_extension<T: Pixel>(
        &mut self,
        extname: &str,
        header: &Header,
        data: &[T],
        shape: &[usize],
    ) -> Result<()> {
        if self.hdus == 0 {
            self.write_empty_primary(&Header::new())?;
        }
        self.write_hdu(Position::Extension, Some(extname), header, data, shape)
    }

    fn write_hdu<T: Pixel>(
        &mut self,
        pos: Position,
        extname: Option<&str>,
        header: &Header,
        data: &[T],
        shape: &[usize],
    ) -> Result<()> {
        let loc = self.loc();
        check_shape(shape, data.len(), &loc)?;
        let block = image_header_block(pos, T::BITPIX, T::BZERO, shape, extname, header)?;
        let out = self.out.as_mut().ok_or_else(|| {
            invalid_arg(
                loc.clone(),
                "an earlier write failed; this writer can only be dropped",
            )
        })?;
        let result = write_data(out, &block, data);
        if let Err(e) = result {
            self.out = None; // drops (and deletes) the temporary file now
            return Err(io_err(loc, "cannot write", e));
        }
        self.hdus += 1;
        Ok(())
    }

    /// Flushes, syncs and atomically renames the file into place.
    pub fn finish(mut self) -> Result<()> {
        let loc = self.target.display().to_string();
        let out = self.out.take().ok_or_else(|| {
            invalid_arg(loc.clone(), "an earlier write failed; nothing was written")
        })?;
        if self.hdus == 0 {
            return Err(invalid_arg(loc, "no HDU was written"));
        }
        let tmp = out
            .into_inner()
            .map_err(|e| io_err(loc.clone(), "cannot flush", e.into_error()))?;
        commit(tmp, &self.target)
    }
}

fn write_data<T: Pixel, W: Write>(
    out: &mut W,
    header_block: &[u8],
    data: &[T],
) -> std::io::Result<()> {
    out.write_all(header_block)?;
    let bpp = T::BITPIX.bytes();
    let mut buf = vec![0u8; 1 << 16];
    let per = buf.len() / bpp;
    for chunk in data.chunks(per) {
        let n = chunk.len() * bpp;
        T::encode_be(chunk, &mut buf[..n]);
        out.write_all(&buf[..n])?;
    }
    let len = data.len() * bpp;
    let pad = (BLOCK_LEN - len % BLOCK_LEN) % BLOCK_LEN;
    out.write_all(&vec![0u8; pad])?;
    Ok(())
}

/// Writes a single-HDU FITS file (primary image) atomically. See
/// [`FitsWriter::write_primary`] for the meaning of the arguments.
pub fn write_image<T: Pixel>(
    path: impl AsRef<Path>,
    header: &Header,
    data: &[T],
    shape: &[usize],
) -> Result<()> {
    let mut w = FitsWriter::create(path)?;
    w.write_primary(header, data, shape)?;
    w.finish()
}
