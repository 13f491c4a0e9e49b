//! Writing FITS files, always atomically.
//!
//! We format headers and encode data ourselves instead of going through CFITSIO: the format of
//! an uncompressed image HDU is trivial (a header block, big-endian pixels, zero padding), it
//! lets every writer (this streaming one, the memory-mapped one, the band writer) share one
//! header builder, and keeps writes free of the CFITSIO per-file lock. Everything is written to a
//! temporary file in the target's directory that becomes the target on `finish()` (see the
//! `temp` module), so readers never see a half written file and a failed, abandoned or killed
//! write leaves nothing behind.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{invalid_arg, io_err, FitsError, Result};
use crate::header::{is_structural, Card, Header, Value, BLOCK_LEN};
use crate::pixel::{Bitpix, Pixel};
use crate::temp::TempOutput;

/// Where an HDU goes in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// The primary HDU; `extend` when extensions (may) follow, which writes `EXTEND = T`.
    Primary {
        extend: bool,
    },
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
        Position::Primary { .. } => h.push(Card::new(
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
        Position::Primary { extend: true } => h.push(Card::new("EXTEND", Value::Bool(true), None)?),
        Position::Primary { extend: false } => {}
        Position::Extension => {
            h.push(Card::new("PCOUNT", Value::Int(0), None)?);
            h.push(Card::new("GCOUNT", Value::Int(1), None)?);
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
        let k = card.keyword();
        // A caller writing integers may mark their missing value with BLANK; float HDUs use NaN.
        let kept_blank = !float_data && k.eq_ignore_ascii_case("BLANK");
        let dropped = (is_structural(k) && !kept_blank)
            || (extname.is_some() && k.eq_ignore_ascii_case("EXTNAME"));
        if card.is_commentary() || !dropped {
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

/// Writes `bytes` to `path` atomically, through the same temporaries as the FITS writers (nothing
/// left behind if the process dies; the umask's mode for a new file). For small non-FITS
/// outputs: header text files, PNG previews.
pub fn write_file(path: impl AsRef<Path>, bytes: &[u8]) -> Result<()> {
    let path = path.as_ref();
    let tmp = TempOutput::create_beside(path)?;
    tmp.file()
        .write_all(bytes)
        .map_err(|e| io_err(path.display().to_string(), "cannot write", e))?;
    tmp.commit(false)
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
    out: Option<BufWriter<TempOutput>>,
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
        let tmp = TempOutput::create_beside(&target)?;
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
        self.write_hdu(
            Position::Primary { extend: true },
            None,
            header,
            data,
            shape,
        )
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

    /// Flushes and atomically renames the file into place (no fsync: see the crate docs).
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
        tmp.commit(false)
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
