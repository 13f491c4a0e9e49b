//! Where the CLI gets headers and WCS from: a FITS file (any HDU) or a header text file.

use std::path::Path;

use anyhow::{bail, Context, Result};
use skywarp_fits::{Header, HduSelector};
use skywarp_wcs::Wcs;

/// True when `path` looks like a FITS file rather than a header text file: FITS files are whole
/// 2880-byte blocks (or compressed: .gz/.fz); astropy's `.hdr` text files are not.
pub fn is_fits(path: &Path) -> Result<bool> {
    let name = path.to_string_lossy().to_ascii_lowercase();
    if [".fits", ".fit", ".fts", ".fz", ".gz", ".fits.gz"].iter().any(|e| name.ends_with(e)) {
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
        let sel = match hdu {
            Some(h) => h.parse::<HduSelector>().with_context(|| format!("bad --hdu {h:?}"))?,
            None => HduSelector::Default,
        };
        Ok(skywarp_fits::read_header(path, &sel)?)
    } else {
        if hdu.is_some() {
            bail!("{}: --hdu given but this is a header text file, not FITS", path.display());
        }
        Ok(Header::read_file(path)?)
    }
}

/// Parse FILE's WCS.
pub fn load_wcs(path: &Path, hdu: Option<&str>) -> Result<(Header, Wcs)> {
    let header = load_header(path, hdu)?;
    let wcs = Wcs::from_cards(&header.to_cards_string()).with_context(|| format!("{}", path.display()))?;
    Ok((header, wcs))
}

/// Format a coordinate with full precision (shortest text that reads back to the same f64), `nan` for NaN.
pub fn fmt_num(v: f64) -> String {
    if v.is_nan() {
        "nan".to_string()
    } else {
        format!("{v}")
    }
}
