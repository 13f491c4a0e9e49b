//! Where the CLI gets headers and WCS from: a FITS file (any HDU) or a header text file.

use std::cell::RefCell;
use std::path::Path;

use anyhow::{bail, Context, Result};
use skywarp_fits::{HduSelector, Header};
use skywarp_wcs::{TableData, TableImage, Wcs};

/// True when `path` looks like a FITS file rather than a header text file: FITS files are whole
/// 2880-byte blocks (or compressed: .gz/.fz); astropy's `.hdr` text files are not.
///
/// Fails at once (never blocks) for anything but a regular file: every subcommand asks this
/// first, so `/dev/zero`, a FIFO or a directory give one line instead of a hang.
pub fn is_fits(path: &Path) -> Result<bool> {
    skywarp_fits::require_regular(path)?;
    let name = path.to_string_lossy().to_ascii_lowercase();
    if [".fits", ".fit", ".fts", ".fz", ".gz", ".fits.gz"]
        .iter()
        .any(|e| name.ends_with(e))
    {
        return Ok(true);
    }
    let meta = std::fs::metadata(path).with_context(|| format!("{}", path.display()))?;
    if meta.len() > 0 && meta.len() % 2880 == 0 {
        let mut head = [0u8; 9];
        use std::io::Read;
        let mut f = std::fs::File::open(path).with_context(|| format!("{}", path.display()))?;
        f.read_exact(&mut head).ok();
        return Ok(&head == b"SIMPLE  =");
    }
    Ok(false)
}

/// The header of FILE (a FITS file's HDU, or a header text file).
pub fn load_header(path: &Path, hdu: Option<&str>) -> Result<Header> {
    if !path.exists() {
        bail!("{}: no such file", path.display());
    }
    if is_fits(path)? {
        check_structure(path)?;
        let sel = match hdu {
            Some(h) => h
                .parse::<HduSelector>()
                .with_context(|| format!("bad --hdu {h:?}"))?,
            None => HduSelector::Default,
        };
        Ok(skywarp_fits::read_header(path, &sel)?)
    } else {
        if hdu.is_some() {
            bail!(
                "{}: --hdu given but this is a header text file, not FITS",
                path.display()
            );
        }
        Ok(Header::read_file(path)?)
    }
}

/// Parse FILE's WCS (with the distortion lookup tables of a FITS file).
pub fn load_wcs(path: &Path, hdu: Option<&str>) -> Result<(Header, Wcs)> {
    let header = load_header(path, hdu)?;
    let fits = is_fits(path)?.then_some(path);
    let wcs = build_wcs(&header, fits).with_context(|| format!("{}", path.display()))?;
    Ok((header, wcs))
}

/// The WCS of `header` including astropy's distortion lookup tables, which the header only declares
/// (`D2IMDISj`/`CPDISj = 'Lookup'`): their images are read from the `D2IMARR`/`WCSDVARR` extensions
/// of `fits`, the FITS file the header belongs to. For a header text file (`fits = None`) a header
/// that declares tables is an error naming the missing extension.
pub fn build_wcs(header: &Header, fits: Option<&Path>) -> Result<Wcs> {
    Ok(build_wcs_and_tables(header, fits)?.0)
}

/// A distortion lookup table extension read from a FITS file: its header, shape and values.
pub struct TableHdu {
    pub header: Header,
    pub shape: Vec<usize>,
    pub data: Vec<f64>,
}

/// [`build_wcs`], also returning the table extensions it read (in the order the WCS asked for
/// them), so that an output on this grid can carry them and its header stay a complete WCS.
pub fn build_wcs_and_tables(header: &Header, fits: Option<&Path>) -> Result<(Wcs, Vec<TableHdu>)> {
    // a table extension that exists but cannot be read is reported as itself, not as "missing"
    let failure: RefCell<Option<anyhow::Error>> = RefCell::new(None);
    let read: RefCell<Vec<TableHdu>> = RefCell::new(Vec::new());
    let result = {
        let tables = |name: &str, ver: i64| -> Option<TableImage> {
            let path = fits?;
            let sel = HduSelector::Name {
                name: name.to_string(),
                ver: Some(ver),
            };
            match skywarp_fits::read_image::<f64>(path, &sel) {
                Ok(img) => {
                    let table = TableImage {
                        cards: img.header.to_cards_string(),
                        shape: img.shape.clone(),
                        data: TableData::F64(img.data.clone()),
                    };
                    read.borrow_mut().push(TableHdu {
                        header: img.header,
                        shape: img.shape,
                        data: img.data,
                    });
                    Some(table)
                }
                Err(e) if e.is_hdu_not_found() => None,
                Err(e) => {
                    failure.borrow_mut().get_or_insert_with(|| {
                        anyhow::Error::new(e)
                            .context(format!("reading distortion table {name},{ver}"))
                    });
                    None
                }
            }
        };
        Wcs::from_cards_with_tables(&header.to_cards_string(), &tables)
    };
    if let Some(e) = failure.into_inner() {
        return Err(e);
    }
    Ok((result?, read.into_inner()))
}

/// `header` with its alternate WCS `key` (a letter A-Z, astropy's `WCS(header, key=...)`) as the
/// primary WCS, see [`skywarp_wcs::alternate`]; `None` leaves it as it is.
pub fn with_wcs_key(header: &Header, key: Option<char>, path: &Path) -> Result<Header> {
    let Some(key) = key else {
        return Ok(header.clone());
    };
    let cards = skywarp_wcs::alternate::select_alternate(&header.to_cards_string(), key)
        .with_context(|| format!("{}", path.display()))?;
    Ok(Header::from_text(&cards)?)
}

/// `--wcs-key`: one letter A-Z.
pub fn parse_wcs_key(s: &str) -> Result<char, String> {
    match s.as_bytes() {
        [c] if c.is_ascii_alphabetic() => Ok(c.to_ascii_uppercase() as char),
        _ => Err(format!(
            "expected one letter A-Z naming an alternate WCS (CTYPE1A, ...), got {s:?}"
        )),
    }
}

/// An output grid given by a target file: its header (with the chosen WCS as the primary one), its
/// WCS (with the lookup-table distortions of a FITS target), the output shape and the table
/// extensions an output file on this grid must carry for its header to describe it.
pub struct Target {
    pub header: Header,
    pub wcs: Wcs,
    pub shape: Vec<usize>,
    pub tables: Vec<TableHdu>,
}

impl Target {
    /// Reads `path` (a FITS file or a header text file). `shape` (numpy order) gives the output
    /// shape when the header has no NAXISn (reproject's own `.hdr` files) and overrides it when it
    /// has; its length must then be the WCS's number of axes.
    pub fn load(path: &Path, key: Option<char>, shape: Option<&[usize]>) -> Result<Target> {
        let raw = load_header(path, None)?;
        let header = with_wcs_key(&raw, key, path)?;
        let fits = is_fits(path)?.then_some(path);
        let (wcs, tables) =
            build_wcs_and_tables(&header, fits).with_context(|| format!("{}", path.display()))?;
        let shape = match shape {
            Some(s) => {
                if s.len() != wcs.naxis() {
                    bail!(
                        "--shape {s:?} has {} axes but the WCS of {} has {}",
                        s.len(),
                        path.display(),
                        wcs.naxis()
                    );
                }
                s.to_vec()
            }
            None if header.get_i64("NAXIS").unwrap_or(0) <= 0 => bail!(
                "{}: no NAXIS/NAXISn, so the output shape is unknown: give it with --shape NY,NX",
                path.display()
            ),
            None => crate::cmd_reproject::shape_of_target(&header, path)?,
        };
        Ok(Target {
            header,
            wcs,
            shape,
            tables,
        })
    }
}

/// An output shape given on the command line (numpy order, slowest axis first).
#[derive(Clone, Debug)]
pub struct ShapeArg(pub Vec<usize>);

/// `--shape`: output axis lengths in numpy order (slowest first), e.g. `NY,NX`.
pub fn parse_shape(s: &str) -> Result<ShapeArg, String> {
    let nums: Option<Vec<usize>> = s
        .split(',')
        .map(|p| p.trim().parse::<usize>().ok().filter(|&n| n > 0))
        .collect();
    match nums {
        Some(v) if (2..=3).contains(&v.len()) => Ok(ShapeArg(v)),
        _ => Err(format!(
            "expected NY,NX (or NZ,NY,NX) with positive integers, got {s:?}"
        )),
    }
}

/// Format a coordinate with full precision (shortest text that reads back to the same f64), `nan` for NaN.
pub fn fmt_num(v: f64) -> String {
    if v.is_nan() {
        "nan".to_string()
    } else {
        format!("{v}")
    }
}

/// The WCS of an image whose data may have more axes than its WCS describes.
///
/// WCSLIB gives a header at least NAXIS world axes, so a 2-D celestial WCS written over a stack of
/// images (NAXIS = 3, no keyword for axis 3) would become 3-D. When WCSAXES is absent, the WCS is cut
/// to the highest axis that any WCS keyword names (WCSLIB is shown WCSAXES and no NAXIS), and the
/// remaining leading data axes are treated as independent images sharing the WCS (reproject's
/// broadcasting). astropy would give such a file a 3-D WCS and refuse to reproject it onto a 2-D one.
///
/// Distortion lookup tables the header declares are read from `fits` (see [`build_wcs`]).
pub fn wcs_for_data(header: &Header, fits: Option<&Path>) -> Result<Wcs> {
    let mut h = header.clone();
    if !header.contains("WCSAXES") {
        let highest = header
            .iter()
            .filter_map(|c| wcs_axis_of(c.keyword()))
            .max()
            .unwrap_or(0);
        let naxis = header.get_i64("NAXIS").unwrap_or(0).max(0) as usize;
        if highest > 0 && highest < naxis {
            // WCSLIB requires WCSAXES before every other WCS keyword
            h = Header::new();
            h.set_i64("WCSAXES", highest as i64)?;
            for card in header.iter() {
                let k = card.keyword();
                let drop = k == "NAXIS"
                    || k.strip_prefix("NAXIS")
                        .and_then(|n| n.parse::<usize>().ok())
                        .is_some_and(|n| n > highest);
                if !drop {
                    h.push(card.clone());
                }
            }
        }
    }
    build_wcs(&h, fits)
}

/// The (largest) axis number a WCS keyword refers to: CTYPE3 → 3, PC2_3 → 3, CD1_2 → 2.
fn wcs_axis_of(key: &str) -> Option<usize> {
    for p in ["CTYPE", "CRVAL", "CRPIX", "CDELT", "CUNIT", "CROTA"] {
        if let Some(rest) = key.strip_prefix(p) {
            return rest.parse().ok();
        }
    }
    for p in ["PC", "CD"] {
        if let Some(rest) = key.strip_prefix(p) {
            let mut it = rest.split('_');
            let (a, b) = (
                it.next()?.parse::<usize>().ok()?,
                it.next()?.parse::<usize>().ok()?,
            );
            return Some(a.max(b));
        }
    }
    None
}

/// Refuse a damaged FITS file up front: CFITSIO reads the headers of a truncated file without
/// complaint, so the structure (every header and data area complete) is checked with our own parser.
/// Gzip-compressed files cannot be checked this way and are left to CFITSIO.
pub fn check_structure(path: &Path) -> Result<()> {
    skywarp_fits::require_regular(path)?;
    let mut magic = [0u8; 2];
    if std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
        .is_ok()
        && magic == [0x1f, 0x8b]
    {
        return Ok(()); // the native parser reports gzip as "not a FITS file"
    }
    if is_bare_header(path) {
        return Ok(());
    }
    let hdus = match skywarp_fits::list_hdus_native(path) {
        Ok(h) => h,
        Err(e) if e.is_not_mappable() => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    for h in hdus
        .iter()
        .filter(|h| h.is_image_with_data() && !h.compressed)
    {
        // opening the map checks that the data area is complete
        match skywarp_fits::MmapImage::open(path, &HduSelector::Index(h.index)) {
            Ok(_) => {}
            Err(e) if e.is_not_mappable() => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// A FITS-format header file: a primary header and nothing after it, although its NAXISn describe
/// data (how astropy's `siponly.hdr` and the like are stored). Only its header is ever used, so it is
/// not a truncated image; a data area that starts but ends early still is.
fn is_bare_header(path: &Path) -> bool {
    use std::io::Read;
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut reader = std::io::BufReader::new(file);
    let mut block = [0u8; 2880];
    let mut offset = 0u64;
    while reader.read_exact(&mut block).is_ok() {
        offset += 2880;
        let end = block
            .chunks(80)
            .any(|card| card.starts_with(b"END") && card[3..].iter().all(|&b| b == b' '));
        if end {
            return offset == meta.len();
        }
    }
    false
}
