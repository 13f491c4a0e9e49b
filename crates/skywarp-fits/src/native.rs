//! Our own walk over the HDUs of a FITS byte stream (a memory map): header blocks are parsed
//! here, data areas are skipped by arithmetic, so finding HDU 40 of a 10 GB file touches only
//! the 40 headers.

use std::path::Path;

use crate::cfitsio::sanitize;
use crate::error::{loc, FitsError, Result};
use crate::hdu::{HduInfo, HduKind};
use crate::header::{Header, BLOCK_LEN, CARD_LEN};
use crate::pixel::Bitpix;

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
