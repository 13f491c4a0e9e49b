//! Checks of a tile-compressed image's parameters, done in Rust before CFITSIO sees the file.
//!
//! CFITSIO trusts these keywords: it divides by ZTILEn and by the RICE block size, allocates
//! buffers of ZTILE1 × ZTILE2 × ... pixels and indexes its dithering table with ZDITHER0. A
//! zero there is a SIGFPE that kills the whole process (the Python interpreter included), so
//! every value CFITSIO would divide by, allocate from or index with is validated here, and a
//! bad one becomes a [`FitsError::InvalidHeader`] naming the file, HDU and keyword.

use crate::header::{Header, Value};
use crate::pixel::Bitpix;

/// CFITSIO's limit on the dimensions of a compressed image (`MAX_COMPRESS_DIM`).
const MAX_COMPRESS_DIM: i64 = 6;
/// Largest tile (pixels) accepted when a tile is larger than the whole image: beyond this a
/// tile is not a tile but an allocation request.
const MAX_OVERSIZED_TILE: u64 = 1 << 24;
/// Length of CFITSIO's table of dither offsets, indexed by `ZDITHER0 - 1`.
const N_RANDOM: i64 = 10_000;
/// Compression algorithms CFITSIO can decode.
const ALGORITHMS: [&str; 7] = [
    "RICE_1",
    "RICE_ONE",
    "GZIP_1",
    "GZIP_2",
    "PLIO_1",
    "HCOMPRESS_1",
    "NOCOMPRESS",
];

/// The binary-table layout of the compressed HDU, from its mandatory keywords.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TableLayout {
    /// NAXIS1: bytes per row.
    pub row_bytes: u64,
    /// NAXIS2: rows (one per tile).
    pub rows: u64,
    /// PCOUNT: bytes of the heap area.
    pub pcount: u64,
    /// GCOUNT.
    pub gcount: i64,
}

/// An integer keyword that may be absent; present but not an integer (blank, a string, a
/// non-integral real) is an error.
fn opt_int(h: &Header, kw: &str) -> Result<Option<i64>, String> {
    match h.get(kw) {
        None if !h.contains(kw) => Ok(None),
        None | Some(Value::Undefined) => Err(format!("{kw} has no value")),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| format!("{kw} = {v} is not an integer")),
    }
}

fn req_int(h: &Header, kw: &str) -> Result<i64, String> {
    opt_int(h, kw)?.ok_or_else(|| format!("{kw} is missing"))
}

/// Validates a `ZIMAGE = T` binary table; `Err` carries the reason (the caller adds where).
pub(crate) fn check(h: &Header, t: TableLayout) -> Result<(), String> {
    if t.gcount != 1 {
        return Err(format!(
            "GCOUNT = {} (a binary table has GCOUNT = 1)",
            t.gcount
        ));
    }
    let zbitpix = req_int(h, "ZBITPIX")?;
    if Bitpix::from_value(zbitpix).is_none() {
        return Err(format!(
            "ZBITPIX = {zbitpix} is not one of 8, 16, 32, 64, -32, -64"
        ));
    }
    let axes = image_axes(h)?;
    let tiles = tile_shape(h, &axes)?;
    check_tile_count(&axes, &tiles, t.rows)?;
    let algorithm = h
        .get_str("ZCMPTYPE")
        .ok_or("ZCMPTYPE is missing or not a string")?
        .trim()
        .to_ascii_uppercase();
    if !ALGORITHMS.contains(&algorithm.as_str()) {
        return Err(format!(
            "ZCMPTYPE = '{algorithm}' is not a known compression ({})",
            ALGORITHMS.join(", ")
        ));
    }
    check_algorithm_parameters(h, &algorithm, &tiles)?;
    check_quantization(h)?;
    check_heap(h, t)
}

/// ZNAXIS and ZNAXISn: 1..=6 axes, each at least one pixel (CFITSIO's default ZTILE1 is
/// ZNAXIS1, so a zero axis would be a zero tile).
fn image_axes(h: &Header) -> Result<Vec<u64>, String> {
    let znaxis = req_int(h, "ZNAXIS")?;
    if !(1..=MAX_COMPRESS_DIM).contains(&znaxis) {
        return Err(format!(
            "ZNAXIS = {znaxis} is outside 1..{MAX_COMPRESS_DIM}"
        ));
    }
    let mut axes = Vec::with_capacity(znaxis as usize);
    for k in 1..=znaxis {
        let kw = format!("ZNAXIS{k}");
        let n = req_int(h, &kw)?;
        if n < 1 {
            return Err(format!("{kw} = {n}: a compressed image axis must be >= 1"));
        }
        axes.push(n as u64);
    }
    Ok(axes)
}

/// ZTILEn (default: whole rows, as CFITSIO assumes): each at least 1, and a tile larger than
/// the image only up to [`MAX_OVERSIZED_TILE`] pixels.
fn tile_shape(h: &Header, axes: &[u64]) -> Result<Vec<u64>, String> {
    let mut tiles = Vec::with_capacity(axes.len());
    for (k, &axis) in axes.iter().enumerate() {
        let kw = format!("ZTILE{}", k + 1);
        let default = if k == 0 { axis as i64 } else { 1 };
        let n = opt_int(h, &kw)?.unwrap_or(default);
        if n < 1 {
            return Err(format!("{kw} = {n}: tile sizes must be >= 1"));
        }
        tiles.push(n as u64);
    }
    let tile_pixels = tiles.iter().try_fold(1u64, |a, &b| a.checked_mul(b));
    let image_pixels = axes.iter().try_fold(1u64, |a, &b| a.checked_mul(b));
    match (tile_pixels, image_pixels) {
        (Some(t), Some(i)) if t <= i.max(MAX_OVERSIZED_TILE) => Ok(tiles),
        _ => Err(format!(
            "the tile ZTILEn = {} is larger than the image and than {MAX_OVERSIZED_TILE} pixels",
            join(&tiles)
        )),
    }
}

/// One table row per tile: fewer rows than tiles would make CFITSIO read past the table.
fn check_tile_count(axes: &[u64], tiles: &[u64], rows: u64) -> Result<(), String> {
    let count = axes
        .iter()
        .zip(tiles)
        .try_fold(1u64, |a, (&n, &t)| a.checked_mul(n.div_ceil(t)))
        .ok_or("the number of tiles overflows 64 bits")?;
    if rows < count {
        return Err(format!(
            "the image {} in tiles {} needs {count} table rows but NAXIS2 = {rows}",
            join(axes),
            join(tiles)
        ));
    }
    Ok(())
}

/// ZNAMEi / ZVALi: the RICE block size and bytes per pixel, the HCOMPRESS scale and smoothing.
fn check_algorithm_parameters(h: &Header, algorithm: &str, tiles: &[u64]) -> Result<(), String> {
    for i in 1..=999 {
        let name_kw = format!("ZNAME{i}");
        let Some(name) = h.get_str(&name_kw) else {
            if h.contains(&name_kw) {
                return Err(format!("{name_kw} is not a string"));
            }
            break;
        };
        let val_kw = format!("ZVAL{i}");
        let name = name.trim().to_ascii_uppercase();
        let rice = algorithm.starts_with("RICE");
        match name.as_str() {
            "BLOCKSIZE" if rice => {
                // The convention allows 16 and 32, all that encoders write; CFITSIO's decoder
                // reads out of bounds on others (a block size of 1 crashed it under fuzzing).
                let v = req_int(h, &val_kw)?;
                if ![16, 32].contains(&v) {
                    return Err(format!(
                        "{val_kw} = {v}: the RICE block size must be 16 or 32"
                    ));
                }
            }
            "BYTEPIX" if rice => {
                let v = req_int(h, &val_kw)?;
                if ![1, 2, 4, 8].contains(&v) {
                    return Err(format!("{val_kw} = {v}: BYTEPIX must be 1, 2, 4 or 8"));
                }
            }
            "SCALE" | "NOISEBIT" => {
                let v = h
                    .get_f64(&val_kw)
                    .ok_or_else(|| format!("{val_kw} ({name}) is missing or not a number"))?;
                if !v.is_finite() || (name == "SCALE" && v < 0.0) {
                    return Err(format!("{val_kw} = {v}: {name} must be a finite number"));
                }
            }
            "SMOOTH" => {
                req_int(h, &val_kw)?;
            }
            _ => {}
        }
    }
    if algorithm == "HCOMPRESS_1" && tiles.iter().filter(|&&t| t > 1).count() > 2 {
        return Err(format!("HCOMPRESS tiles must be 2-D, not {}", join(tiles)));
    }
    Ok(())
}

/// ZQUANTIZ names a known method; ZDITHER0 indexes a 10,000-entry table.
fn check_quantization(h: &Header) -> Result<(), String> {
    if let Some(q) = h.get("ZQUANTIZ") {
        let q = q.as_str().ok_or("ZQUANTIZ is not a string")?.trim();
        let known = [
            "NO_DITHER",
            "SUBTRACTIVE_DITHER_1",
            "SUBTRACTIVE_DITHER_2",
            "NONE",
        ];
        if !known.iter().any(|k| k.eq_ignore_ascii_case(q)) {
            return Err(format!(
                "ZQUANTIZ = '{q}' is not one of {}",
                known.join(", ")
            ));
        }
    }
    if let Some(d) = opt_int(h, "ZDITHER0")? {
        if !(1..=N_RANDOM).contains(&d) {
            return Err(format!("ZDITHER0 = {d} is outside 1..{N_RANDOM}"));
        }
    }
    Ok(())
}

/// THEAP: the heap starts after the rows and inside the data area.
fn check_heap(h: &Header, t: TableLayout) -> Result<(), String> {
    if t.row_bytes == 0 {
        return Err("NAXIS1 = 0: the compressed-image table has empty rows".into());
    }
    let main = t
        .row_bytes
        .checked_mul(t.rows)
        .ok_or("the table size overflows 64 bits")?;
    if let Some(theap) = opt_int(h, "THEAP")? {
        let end = main.saturating_add(t.pcount);
        if theap < 0 || (theap as u64) < main || theap as u64 > end {
            return Err(format!(
                "THEAP = {theap} is outside the data area {main}..{end} (rows end at {main}, PCOUNT = {})",
                t.pcount
            ));
        }
    }
    Ok(())
}

fn join(v: &[u64]) -> String {
    v.iter().map(u64::to_string).collect::<Vec<_>>().join("x")
}

/// Keywords whose repetition changes how the data are read: CFITSIO and our own reader could
/// pick different copies, so a header repeating one is refused rather than read two ways.
pub(crate) fn is_structural(kw: &str) -> bool {
    const EXACT: [&str; 21] = [
        "SIMPLE", "XTENSION", "BITPIX", "NAXIS", "PCOUNT", "GCOUNT", "GROUPS", "BZERO", "BSCALE",
        "BLANK", "ZIMAGE", "ZBITPIX", "ZNAXIS", "ZCMPTYPE", "ZQUANTIZ", "ZDITHER0", "ZBLANK",
        "ZSCALE", "ZZERO", "THEAP", "TFIELDS",
    ];
    if EXACT.contains(&kw) {
        return true;
    }
    [
        "NAXIS", "ZNAXIS", "ZTILE", "ZNAME", "ZVAL", "TFORM", "TTYPE",
    ]
    .iter()
    .any(|p| {
        kw.strip_prefix(p)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The first structural keyword that appears twice, with the two card numbers (1-based).
pub(crate) fn duplicated_structural(h: &Header) -> Option<(String, usize, usize)> {
    let mut seen: std::collections::HashMap<&str, usize> = Default::default();
    for (i, c) in h.cards().iter().enumerate() {
        let kw = c.keyword();
        if c.value().is_none() || !is_structural(kw) {
            continue;
        }
        if let Some(first) = seen.insert(kw, i + 1) {
            return Some((kw.to_string(), first, i + 1));
        }
    }
    None
}
