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

/// Where the compressed bytes of each tile are, from the table's descriptors.
struct TileBytes<'a> {
    /// Per table row: the tile's compressed bytes (empty when the tile is stored elsewhere,
    /// e.g. in the GZIP_COMPRESSED_DATA column of a tile RICE could not compress).
    rows: Vec<&'a [u8]>,
}

/// Checks every tile's compressed stream before CFITSIO decodes it: the descriptors must point
/// inside the heap, and RICE streams must decode (dry run, nothing stored) to exactly the
/// tile's pixels within their bytes. CFITSIO's RICE decoder reads past the end of a stream
/// that ends early or was written with another block size (found by fuzzing: SIGSEGV), so a
/// damaged compressed file would otherwise crash the process. `data` is the HDU's data area.
pub(crate) fn check_streams(h: &Header, t: TableLayout, data: &[u8]) -> Result<(), String> {
    let Some(tiles) = tile_bytes(h, t, data)? else {
        return Ok(()); // no COMPRESSED_DATA column: CFITSIO reports that itself
    };
    let algorithm = h
        .get_str("ZCMPTYPE")
        .unwrap_or("")
        .trim()
        .to_ascii_uppercase();
    let axes = image_axes(h)?;
    let shape = tile_shape(h, &axes)?;
    if algorithm == "HCOMPRESS_1" {
        return check_hcompress(&tiles, &axes, &shape);
    }
    if !algorithm.starts_with("RICE") {
        return Ok(());
    }
    let zbitpix = req_int(h, "ZBITPIX")?;
    let bytepix = parameter(h, "BYTEPIX")?.unwrap_or(match zbitpix {
        8 => 1,
        16 => 2,
        _ => 4,
    });
    let nblock = parameter(h, "BLOCKSIZE")?.unwrap_or(32) as usize;
    for (row, stream) in tiles.rows.iter().enumerate() {
        let Some(npix) = tile_pixels(&axes, &shape, row) else {
            break; // rows beyond the tiles are never read
        };
        if !stream.is_empty() {
            rice_dry_run(stream, bytepix, nblock, npix).map_err(|why| {
                format!(
                    "tile {} (table row {}): RICE stream {why}",
                    row + 1,
                    row + 1
                )
            })?;
        }
    }
    Ok(())
}

/// HCOMPRESS streams start with a magic number and the tile's dimensions, which CFITSIO's
/// decoder trusts to size its writes into a buffer of the tile's size (a mutated dimension was
/// a SIGSEGV in the mutation run): they must match the tile.
fn check_hcompress(tiles: &TileBytes, axes: &[u64], shape: &[u64]) -> Result<(), String> {
    for (row, stream) in tiles.rows.iter().enumerate() {
        let Some(npix) = tile_pixels(axes, shape, row) else {
            break;
        };
        if stream.is_empty() {
            continue;
        }
        let bad = |why: &str| {
            format!(
                "tile {} (table row {}): HCOMPRESS stream {why}",
                row + 1,
                row + 1
            )
        };
        if stream.len() < 14 || stream[..2] != [0xDD, 0x99] {
            return Err(bad("does not start with the HCOMPRESS magic number"));
        }
        let be =
            |k: usize| i32::from_be_bytes([stream[k], stream[k + 1], stream[k + 2], stream[k + 3]]);
        let (nx, ny) = (be(2), be(6));
        if nx <= 0 || ny <= 0 || (nx as u64) * (ny as u64) != npix as u64 {
            return Err(bad(&format!(
                "declares {nx}x{ny} pixels for a tile of {npix}"
            )));
        }
    }
    Ok(())
}

/// ZVALi of the ZNAMEi called `name`.
fn parameter(h: &Header, name: &str) -> Result<Option<i64>, String> {
    for i in 1..=999 {
        match h.get_str(&format!("ZNAME{i}")) {
            Some(n) if n.trim().eq_ignore_ascii_case(name) => {
                return opt_int(h, &format!("ZVAL{i}"));
            }
            Some(_) => {}
            None => break,
        }
    }
    Ok(None)
}

/// Pixels of tile `index` (tiles in FITS order, axis 1 fastest; edge tiles are clipped).
fn tile_pixels(axes: &[u64], shape: &[u64], index: usize) -> Option<usize> {
    let mut rest = index as u64;
    let mut npix = 1u64;
    for (&n, &t) in axes.iter().zip(shape) {
        let count = n.div_ceil(t);
        let k = rest % count;
        rest /= count;
        npix = npix.checked_mul(t.min(n - k * t))?;
    }
    (rest == 0).then_some(npix as usize)
}

/// Bytes per row of a binary-table column format (TFORMn), `None` when it cannot be parsed.
fn tform_width(tform: &str) -> Option<(u64, char, char)> {
    let t = tform.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let repeat: u64 = if digits == 0 {
        1
    } else {
        t[..digits].parse().ok()?
    };
    let mut rest = t[digits..].chars();
    let code = rest.next()?.to_ascii_uppercase();
    let elem = rest.next().unwrap_or(' ').to_ascii_uppercase();
    let width = match code {
        'L' | 'A' | 'B' => repeat,
        'X' => repeat.div_ceil(8),
        'I' => repeat.checked_mul(2)?,
        'J' | 'E' => repeat.checked_mul(4)?,
        'K' | 'D' | 'C' => repeat.checked_mul(8)?,
        'M' => repeat.checked_mul(16)?,
        'P' => 8,
        'Q' => 16,
        _ => return None,
    };
    Some((width, code, elem))
}

/// Reads the COMPRESSED_DATA descriptors of every row and checks they point inside the heap.
fn tile_bytes<'a>(
    h: &Header,
    t: TableLayout,
    data: &'a [u8],
) -> Result<Option<TileBytes<'a>>, String> {
    let tfields = req_int(h, "TFIELDS")?.clamp(0, 999);
    let mut col_offset = 0u64;
    let mut column = None;
    for n in 1..=tfields {
        let tform = h
            .get_str(&format!("TFORM{n}"))
            .ok_or_else(|| format!("TFORM{n} is missing or not a string"))?;
        let (width, code, elem) = tform_width(tform)
            .ok_or_else(|| format!("TFORM{n} = '{tform}' is not a column format"))?;
        let name = h.get_str(&format!("TTYPE{n}")).unwrap_or("").trim();
        if name.eq_ignore_ascii_case("COMPRESSED_DATA") {
            column = Some((n, col_offset, code, elem));
        }
        col_offset = col_offset.saturating_add(width);
    }
    if col_offset != t.row_bytes {
        return Err(format!(
            "the columns TFORM1..{tfields} take {col_offset} bytes but NAXIS1 = {}",
            t.row_bytes
        ));
    }
    let Some((n, offset, code, elem)) = column else {
        return Ok(None);
    };
    if !matches!(code, 'P' | 'Q') {
        return Err(format!(
            "TFORM{n} of COMPRESSED_DATA is not a P or Q descriptor"
        ));
    }
    let elem_bytes = tform_width(&format!("1{elem}"))
        .filter(|_| elem != ' ')
        .ok_or_else(|| format!("TFORM{n}: unknown element type '{elem}'"))?
        .0;
    let main = (t.row_bytes * t.rows) as usize; // checked against the data area by the caller
    let theap = opt_int(h, "THEAP")?.map_or(main as u64, |v| v as u64) as usize;
    let heap = data.get(theap..).unwrap_or(&[]);
    let heap = &heap[..heap.len().min(t.pcount as usize)];
    let mut rows = Vec::with_capacity(t.rows as usize);
    for r in 0..t.rows as usize {
        let at = r * t.row_bytes as usize + offset as usize;
        let (count, start) = if code == 'P' {
            let d = data.get(at..at + 8).ok_or("the table is cut short")?;
            let be = |b: &[u8]| i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as i64;
            (be(&d[..4]), be(&d[4..]))
        } else {
            let d = data.get(at..at + 16).ok_or("the table is cut short")?;
            let be = |b: &[u8]| i64::from_be_bytes(b.try_into().unwrap_or([0; 8]));
            (be(&d[..8]), be(&d[8..]))
        };
        let len = (count.max(0) as u64).checked_mul(elem_bytes);
        let end = len.and_then(|l| (start.max(0) as u64).checked_add(l));
        match end {
            Some(end) if count >= 0 && start >= 0 && end <= heap.len() as u64 => {
                rows.push(&heap[start as usize..end as usize]);
            }
            _ => {
                return Err(format!(
                    "row {} of the compressed-image table points at heap bytes {start}+{count}x{elem_bytes}, outside the {}-byte heap",
                    r + 1,
                    heap.len()
                ))
            }
        }
    }
    Ok(Some(TileBytes { rows }))
}

/// Walks a RICE stream as CFITSIO's decoder would, without storing pixels: `Err` when the
/// decoder would need bytes past the end of the stream.
fn rice_dry_run(stream: &[u8], bytepix: i64, nblock: usize, npix: usize) -> Result<(), String> {
    let (fsbits, fsmax, bbits) = match bytepix {
        1 => (3, 6, 8),
        2 => (4, 14, 16),
        4 => (5, 25, 32),
        _ => return Ok(()), // CFITSIO has no RICE decoder for these and says so
    };
    let first = bytepix as usize;
    if stream.len() <= first {
        return Err(format!("of {} bytes is too short", stream.len()));
    }
    let mut bits = BitReader {
        data: &stream[first..],
        pos: 0,
    };
    let short = || format!("of {} bytes ends before its {npix} pixels", stream.len());
    let mut i = 0;
    while i < npix {
        let fs = bits.take(fsbits).ok_or_else(short)? as i64 - 1;
        if fs > fsmax {
            return Err(format!(
                "has a block coded with {fs} bits, beyond the {fsmax} allowed"
            ));
        }
        let n = nblock.min(npix - i);
        if fs == fsmax {
            for _ in 0..n {
                bits.take(bbits).ok_or_else(short)?;
            }
        } else if fs >= 0 {
            for _ in 0..n {
                bits.unary().ok_or_else(short)?;
                bits.take(fs as u32).ok_or_else(short)?;
            }
        }
        i += n;
    }
    Ok(())
}

/// Most-significant-bit-first reader with bounds checks.
struct BitReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl BitReader<'_> {
    fn bit(&self, at: usize) -> u32 {
        u32::from(self.data[at / 8] >> (7 - at % 8) & 1)
    }

    fn take(&mut self, n: u32) -> Option<u32> {
        if self.pos + n as usize > self.data.len() * 8 {
            return None;
        }
        let mut v = 0u32;
        for k in 0..n as usize {
            v = (v << 1) | self.bit(self.pos + k);
        }
        self.pos += n as usize;
        Some(v)
    }

    /// Zeros up to and including the next 1 bit.
    fn unary(&mut self) -> Option<()> {
        let total = self.data.len() * 8;
        while self.pos < total {
            if self.pos.is_multiple_of(8) && self.data[self.pos / 8] == 0 {
                self.pos += 8;
                continue;
            }
            let one = self.bit(self.pos) == 1;
            self.pos += 1;
            if one {
                return Some(());
            }
        }
        None
    }
}
