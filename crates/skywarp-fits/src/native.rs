//! Our own walk over the HDUs of a FITS byte stream (a memory map): header blocks are parsed
//! here, data areas are skipped by arithmetic, so finding HDU 40 of a 10 GB file touches only
//! the 40 headers.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;
use memmap2::Mmap;

use crate::cfitsio::sanitize;
use crate::error::{invalid_arg, io_err, loc, FitsError, Result};
use crate::file::open_regular;
use crate::hdu::{HduInfo, HduKind};
use crate::header::{Header, BLOCK_LEN, CARD_LEN};
use crate::pixel::Bitpix;
use crate::tiled::{self, TableLayout};

/// One HDU found by the scanner, with its byte layout.
#[derive(Debug, Clone)]
pub(crate) struct ScannedHdu {
    pub info: HduInfo,
    /// Offset of the first data byte.
    pub data_offset: u64,
    /// Declared data length in bytes (without padding).
    pub data_len: u64,
    /// Offset of the next HDU's header (data padded to 2880).
    pub next_offset: u64,
}

fn pad_block(n: u64) -> Option<u64> {
    n.checked_add(BLOCK_LEN as u64 - 1)
        .map(|v| v / BLOCK_LEN as u64 * BLOCK_LEN as u64)
}

/// Parses the HDU whose header starts at `offset`. `Ok(None)` when there is no further HDU
/// (end of file, or trailing bytes that are not an extension header, which FITS readers
/// conventionally ignore).
pub(crate) fn next_hdu(
    bytes: &[u8],
    offset: u64,
    index: usize,
    path: &Path,
) -> Result<Option<ScannedHdu>> {
    let len = bytes.len() as u64;
    let here = loc(path, Some(index), None);
    if index == 0 {
        if bytes.len() < CARD_LEN || &bytes[..9] != b"SIMPLE  =" {
            let reason = if bytes.len() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b {
                "it is gzip-compressed".to_string()
            } else if bytes.is_empty() {
                "the file is empty".to_string()
            } else {
                "it does not start with a 'SIMPLE  =' card".to_string()
            };
            return Err(FitsError::NotFits {
                loc: path.display().to_string(),
                reason,
            });
        }
    } else {
        // Anything after the last HDU that does not start like an extension is ignored (FITS
        // readers conventionally tolerate trailing padding or junk); an extension header that
        // starts but is cut short is a truncated file, reported below.
        if offset >= len || !bytes[offset as usize..].starts_with(b"XTENSION=") {
            return Ok(None);
        }
    }
    // Find the END card, one 80-byte record at a time.
    let start = offset as usize;
    let mut rec = start;
    let end_rec = loop {
        if rec + CARD_LEN > bytes.len() {
            return Err(FitsError::Truncated {
                loc: here,
                what: "the header (no END card before end of file)".into(),
                start: offset,
                end: rec as u64 + CARD_LEN as u64,
                len,
            });
        }
        if &bytes[rec..rec + 8] == b"END     " {
            break rec;
        }
        rec += CARD_LEN;
    };
    let header_len = pad_block((end_rec + CARD_LEN - start) as u64).unwrap_or(u64::MAX);
    let header = Header::from_card_bytes(&sanitize(bytes[start..end_rec].to_vec()));
    let extname = header
        .get_str("EXTNAME")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let here = loc(path, Some(index), extname.as_deref());
    let bad = |reason: String| FitsError::InvalidHeader {
        loc: here.clone(),
        reason,
    };

    check_mandatory_order(&header, index, &here)?;
    if let Some((kw, a, b)) = tiled::duplicated_structural(&header) {
        return Err(bad(format!(
            "{kw} appears twice (cards {a} and {b}); readers would disagree on which applies"
        )));
    }
    if index == 0 && header.get_bool("SIMPLE") != Some(true) {
        return Err(FitsError::NotFits {
            loc: path.display().to_string(),
            reason: "SIMPLE is not T".into(),
        });
    }
    let bitpix = header
        .get_i64("BITPIX")
        .ok_or_else(|| bad("BITPIX missing or not an integer".into()))?;
    let bp = Bitpix::from_value(bitpix).ok_or_else(|| {
        bad(format!(
            "BITPIX = {bitpix} is not one of 8, 16, 32, 64, -32, -64"
        ))
    })?;
    let naxis = header
        .get_i64("NAXIS")
        .ok_or_else(|| bad("NAXIS missing or not an integer".into()))?;
    if !(0..=999).contains(&naxis) {
        return Err(bad(format!("NAXIS = {naxis} is outside 0..999")));
    }
    let mut axes = Vec::with_capacity(naxis as usize);
    for k in 1..=naxis {
        let n = header
            .get_i64(&format!("NAXIS{k}"))
            .ok_or_else(|| bad(format!("NAXIS{k} missing or not an integer")))?;
        if n < 0 {
            return Err(bad(format!("NAXIS{k} = {n} is negative")));
        }
        axes.push(n as u64);
    }
    let pcount = header.get_i64("PCOUNT").unwrap_or(0);
    let gcount = header.get_i64("GCOUNT").unwrap_or(1);
    if pcount < 0 || gcount < 0 {
        return Err(bad(format!(
            "PCOUNT = {pcount} / GCOUNT = {gcount} must not be negative"
        )));
    }
    let groups = index == 0 && header.get_bool("GROUPS") == Some(true) && axes.first() == Some(&0);
    let xtension = header
        .get_str("XTENSION")
        .unwrap_or("")
        .trim()
        .to_ascii_uppercase();
    // CFITSIO reads an unknown extension type as an image, our reader as neither: refused, so
    // that both give the same answer (found by the fits_structure fuzz target). The two
    // historical aliases are read as what they are.
    let xtension = match xtension.as_str() {
        "IUEIMAGE" => "IMAGE".to_string(),
        "A3DTABLE" => "BINTABLE".to_string(),
        "IMAGE" | "BINTABLE" | "TABLE" => xtension,
        _ if index == 0 => xtension,
        other => {
            return Err(bad(format!(
                "XTENSION = '{other}' is not an extension type (IMAGE, BINTABLE, TABLE)"
            )))
        }
    };

    // Data size: |BITPIX|/8 * GCOUNT * (PCOUNT + NAXIS1*...*NAXISn), overflow-checked because a
    // garbage header must give an error, not a wrap-around.
    let overflow = || bad("declared data size overflows 64 bits".into());
    let data_len = if naxis == 0 {
        0
    } else {
        let prod = axes
            .iter()
            .skip(usize::from(groups))
            .try_fold(1u64, |a, &n| a.checked_mul(n))
            .ok_or_else(overflow)?;
        (prod.checked_add(pcount as u64).ok_or_else(overflow)?)
            .checked_mul(gcount as u64)
            .and_then(|v| v.checked_mul(bp.bytes() as u64))
            .ok_or_else(overflow)?
    };
    let data_offset = offset.checked_add(header_len).ok_or_else(overflow)?;
    let next_offset = pad_block(data_len)
        .and_then(|p| data_offset.checked_add(p))
        .ok_or_else(overflow)?;

    let compressed = xtension == "BINTABLE" && header.get_bool("ZIMAGE") == Some(true);
    if compressed {
        let layout = TableLayout {
            row_bytes: axes.first().copied().unwrap_or(0),
            rows: axes.get(1).copied().unwrap_or(0),
            pcount: pcount as u64,
            gcount,
        };
        if naxis != 2 {
            return Err(bad(format!(
                "NAXIS = {naxis}: a compressed-image table has NAXIS = 2"
            )));
        }
        tiled::check(&header, layout).map_err(bad)?;
    }
    let (kind, shape, pix_bitpix) = if compressed {
        let znaxis = header.get_i64("ZNAXIS").unwrap_or(0).clamp(0, 999);
        let mut shape = Vec::new();
        for k in (1..=znaxis).rev() {
            shape.push(header.get_i64(&format!("ZNAXIS{k}")).unwrap_or(0).max(0) as usize);
        }
        (
            HduKind::Image,
            shape,
            header.get_i64("ZBITPIX").unwrap_or(bitpix),
        )
    } else if groups {
        (HduKind::Other, Vec::new(), bitpix)
    } else if index == 0 || xtension == "IMAGE" {
        let shape = axes.iter().rev().map(|&n| n as usize).collect();
        (HduKind::Image, shape, bitpix)
    } else if xtension == "BINTABLE" {
        (
            HduKind::BinTable,
            vec![axes.get(1).copied().unwrap_or(0) as usize],
            8,
        )
    } else if xtension == "TABLE" {
        (
            HduKind::AsciiTable,
            vec![axes.get(1).copied().unwrap_or(0) as usize],
            8,
        )
    } else {
        (HduKind::Other, Vec::new(), bitpix)
    };
    let extver = header.get_i64("EXTVER");
    Ok(Some(ScannedHdu {
        info: HduInfo {
            index,
            extname,
            extver,
            kind,
            shape,
            bitpix: pix_bitpix,
            compressed,
            header,
        },
        data_offset,
        data_len,
        next_offset,
    }))
}

/// The mandatory keywords in the order FITS prescribes (and CFITSIO insists on): SIMPLE or
/// XTENSION, BITPIX, NAXIS, NAXIS1..NAXISn. Our reader would find them anywhere, CFITSIO only
/// in place; checking the order here makes both accept the same files.
fn check_mandatory_order(header: &Header, index: usize, here: &str) -> Result<()> {
    let first = if index == 0 { "SIMPLE" } else { "XTENSION" };
    let naxis = header.get_i64("NAXIS").unwrap_or(0).clamp(0, 999) as usize;
    let expected = [first, "BITPIX", "NAXIS"]
        .into_iter()
        .map(str::to_string)
        .chain((1..=naxis).map(|k| format!("NAXIS{k}")));
    for (pos, want) in expected.enumerate() {
        let found = header.cards().get(pos).map_or("", |c| c.keyword());
        if found != want {
            return Err(FitsError::InvalidHeader {
                loc: here.to_string(),
                reason: format!("card {} is '{found}' where FITS requires {want}", pos + 1),
            });
        }
    }
    Ok(())
}

/// The HDUs of a file as far as its headers are complete.
pub(crate) struct Scan {
    /// Every HDU before the end of the file or the first cut-off header, each validated.
    pub hdus: Vec<ScannedHdu>,
    /// The error for a header cut off by the end of the file (for HDU `hdus.len()`): the HDUs
    /// before it are still readable, as with CFITSIO, and selecting it or a later one reports
    /// this error.
    pub truncated: Option<FitsError>,
}

/// Every HDU of a FITS byte stream, each header validated (see [`next_hdu`]). An invalid
/// header anywhere fails the whole scan: a file is refused whichever HDU is asked for, so the
/// answer does not depend on the reader or the selection.
pub(crate) fn scan_all(bytes: &[u8], path: &Path) -> Result<Scan> {
    let mut hdus = Vec::new();
    let mut offset = 0u64;
    loop {
        match next_hdu(bytes, offset, hdus.len(), path) {
            Ok(Some(h)) => {
                offset = h.next_offset;
                hdus.push(h);
            }
            Ok(None) => {
                return Ok(Scan {
                    hdus,
                    truncated: None,
                })
            }
            Err(e @ FitsError::Truncated { .. }) if !hdus.is_empty() => {
                return Ok(Scan {
                    hdus,
                    truncated: Some(e),
                })
            }
            Err(e) => return Err(e),
        }
    }
}

/// Validates every header of the file with our own parser before CFITSIO opens it, so that
/// both readers accept the same files and CFITSIO never sees parameters it would crash on
/// (see [`crate::tiled`]). Gzip'ed files are checked by streaming through the decompressed
/// bytes (headers kept, data skipped), in bounded memory.
pub(crate) fn validate_file(path: &Path) -> Result<()> {
    let where_ = path.display().to_string();
    let file = open_regular(path)?;
    let len = file
        .metadata()
        .map_err(|e| io_err(where_.clone(), "cannot stat", e))?
        .len();
    if len == 0 {
        return Err(FitsError::NotFits {
            loc: where_,
            reason: "the file is empty".into(),
        });
    }
    // SAFETY: read-only mapping dropped before returning; see MmapImage for the caveat about
    // other processes truncating a mapped file.
    let map =
        unsafe { Mmap::map(&file) }.map_err(|e| io_err(where_.clone(), "cannot memory-map", e))?;
    if map.len() >= 2 && map[0] == 0x1f && map[1] == 0x8b {
        drop(map);
        return validate_gzip(file, path);
    }
    let scan = scan_all(&map, path)?;
    for h in scan.hdus.iter().filter(|h| h.info.compressed) {
        check_tile_streams(&map, h, path)?;
    }
    Ok(())
}

/// [`tiled::check_streams`] on a compressed HDU whose data area is in the file (a cut-off one
/// makes CFITSIO fail cleanly on its own).
fn check_tile_streams(map: &[u8], h: &ScannedHdu, path: &Path) -> Result<()> {
    let (start, end) = (
        h.data_offset as usize,
        (h.data_offset + h.data_len) as usize,
    );
    let Some(data) = map.get(start..end) else {
        return Ok(());
    };
    let header = &h.info.header;
    let layout = TableLayout {
        row_bytes: header.get_i64("NAXIS1").unwrap_or(0) as u64,
        rows: header.get_i64("NAXIS2").unwrap_or(0) as u64,
        pcount: header.get_i64("PCOUNT").unwrap_or(0) as u64,
        gcount: 1,
    };
    tiled::check_streams(header, layout, data).map_err(|reason| FitsError::CorruptData {
        loc: loc(path, Some(h.info.index), h.info.extname.as_deref()),
        reason,
    })
}

/// Largest header accepted in a gzip'ed file: far beyond any real header, small enough to
/// hold in memory.
const MAX_GZIP_HEADER: usize = 64 << 20;

/// The walk of [`scan_all`] over a gzip stream. CFITSIO decompresses such a file into memory
/// as a whole, so its decompressed size is also capped at half the physical memory.
fn validate_gzip(file: File, path: &Path) -> Result<()> {
    let where_ = path.display().to_string();
    let io = |e: std::io::Error| io_err(where_.clone(), "cannot decompress (gzip)", e);
    let mut stream = MultiGzDecoder::new(BufReader::new(file));
    let mut total = 0u64;
    for index in 0.. {
        let Some(header) = read_gzip_header(&mut stream, index, path).map_err(io)? else {
            break;
        };
        let h = match next_hdu(&header, 0, index, path) {
            Ok(Some(h)) => h,
            // as in scan_all: HDUs after a cut-off header do not exist
            Ok(None) => break,
            Err(FitsError::Truncated { .. }) if index > 0 => break,
            Err(e) => return Err(e),
        };
        let skip = h.next_offset - h.data_offset;
        let skipped =
            std::io::copy(&mut (&mut stream).take(skip), &mut std::io::sink()).map_err(io)?;
        total = total.saturating_add(h.next_offset);
        if total > half_of_ram() {
            return Err(invalid_arg(
                where_,
                format!("decompresses to more than {total} bytes, over half the memory; gunzip it first"),
            ));
        }
        if skipped < skip {
            break; // truncated data: reported by the image reads, as for uncompressed files
        }
    }
    Ok(())
}

/// Reads 2880-byte blocks up to and including the one holding the END card. `None` at the
/// end of the stream or when what follows is not an extension header.
fn read_gzip_header(
    stream: &mut impl Read,
    index: usize,
    path: &Path,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    loop {
        let start = buf.len();
        buf.resize(start + BLOCK_LEN, 0);
        let n = read_full(stream, &mut buf[start..])?;
        buf.truncate(start + n);
        if start == 0 && (n == 0 || (index > 0 && !buf.starts_with(b"XTENSION="))) {
            return Ok(None);
        }
        let has_end = buf[start..]
            .chunks(CARD_LEN)
            .any(|c| c.starts_with(b"END     ") || c == b"END");
        if has_end || n < BLOCK_LEN {
            return Ok(Some(buf)); // a header without END is reported by next_hdu
        }
        if buf.len() > MAX_GZIP_HEADER {
            return Err(std::io::Error::other(format!(
                "{}: header of HDU {index} is longer than {MAX_GZIP_HEADER} bytes",
                path.display()
            )));
        }
    }
}

/// `read` until `buf` is full or the stream ends; the number of bytes read.
fn read_full(stream: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match stream.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn half_of_ram() -> u64 {
    // SAFETY: sysconf only reads system constants.
    let (pages, size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    if pages <= 0 || size <= 0 {
        return u64::MAX;
    }
    (pages as u64).saturating_mul(size as u64) / 2
}
