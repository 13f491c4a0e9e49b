//! Describing HDUs and choosing one.
//!
//! The selection rules live here, shared by the CFITSIO paths and the memory-mapped reader, so
//! that "HDU 2" or "the default image" means the same HDU whichever reader serves it.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use crate::error::{FitsError, Result};
use crate::header::Header;

/// What an HDU holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HduKind {
    /// An image (primary array or IMAGE extension), or a tile-compressed image (see
    /// [`HduInfo::compressed`]).
    Image,
    /// A binary table (not a compressed image).
    BinTable,
    /// An ASCII table.
    AsciiTable,
    /// Anything else (random groups, unknown XTENSION).
    Other,
}

impl fmt::Display for HduKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HduKind::Image => "image",
            HduKind::BinTable => "binary table",
            HduKind::AsciiTable => "ASCII table",
            HduKind::Other => "non-image HDU",
        })
    }
}

/// A summary of one HDU, as listed by [`crate::list_hdus`].
#[derive(Debug, Clone, PartialEq)]
pub struct HduInfo {
    /// 0-based position in the file (0 = primary).
    pub index: usize,
    /// EXTNAME (or HDUNAME) when present.
    pub extname: Option<String>,
    /// EXTVER when present.
    pub extver: Option<i64>,
    /// Image or table.
    pub kind: HduKind,
    /// For images: the axes in numpy order (slowest first: `[NAXIS2, NAXIS1]`); empty when the
    /// HDU has no data. For tables: `[rows]`.
    pub shape: Vec<usize>,
    /// For images: the BITPIX of the pixel values (ZBITPIX for compressed images).
    /// For tables: 8.
    pub bitpix: i64,
    /// True for tile-compressed images (stored as a binary table).
    pub compressed: bool,
    /// The header; for compressed images the header of the equivalent uncompressed image.
    pub header: Header,
}

impl HduInfo {
    /// True when this is an image with at least one pixel.
    pub fn is_image_with_data(&self) -> bool {
        self.kind == HduKind::Image && !self.shape.is_empty() && self.shape.iter().all(|&n| n > 0)
    }

    /// One-line description used in error messages and `fitsdump list`.
    pub fn describe(&self) -> String {
        let name = self
            .extname
            .as_deref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        let shape = if self.shape.is_empty() {
            "no data".to_string()
        } else {
            self.shape
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join("x")
        };
        let comp = if self.compressed { "compressed " } else { "" };
        let bitpix = if self.kind == HduKind::Image && !self.shape.is_empty() {
            format!(" BITPIX={}", self.bitpix)
        } else {
            String::new()
        };
        format!(
            "{}{}: {comp}{} {shape}{bitpix}",
            self.index, name, self.kind
        )
    }
}

/// Which HDU to use.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum HduSelector {
    /// The astropy / reproject convention: the primary HDU if it holds image data, otherwise
    /// the first image extension (compressed or not) that does. For header reads, falls back to
    /// the primary HDU when no HDU holds image data.
    #[default]
    Default,
    /// By 0-based position (0 = primary).
    Index(usize),
    /// By EXTNAME (or HDUNAME), case-insensitive, optionally with EXTVER.
    Name {
        /// The extension name.
        name: String,
        /// The EXTVER; `None` matches the first HDU with that name.
        ver: Option<i64>,
    },
}

impl HduSelector {
    /// Parses `""` (default), `"0"`, `"SCI"`, `"SCI,2"`; square brackets are accepted around
    /// it (`"[1]"`, `"[SCI,2]"`), as in CFITSIO's extended file names.
    pub fn parse(text: &str) -> Result<HduSelector> {
        let err = |reason: &str| FitsError::InvalidSelector {
            text: text.to_string(),
            reason: reason.to_string(),
        };
        let mut t = text.trim();
        if let Some(inner) = t.strip_prefix('[') {
            t = inner
                .strip_suffix(']')
                .ok_or_else(|| err("unbalanced '['"))?
                .trim();
        }
        if t.is_empty() {
            return Ok(HduSelector::Default);
        }
        if t.bytes().all(|b| b.is_ascii_digit()) {
            return t
                .parse()
                .map(HduSelector::Index)
                .map_err(|_| err("index too large"));
        }
        let (name, ver) = match t.split_once(',') {
            Some((n, v)) => {
                let v = v.trim();
                let ver: i64 = v
                    .parse()
                    .map_err(|_| err("the part after ',' must be an integer EXTVER"))?;
                (n.trim(), Some(ver))
            }
            None => (t, None),
        };
        if name.is_empty() {
            return Err(err("empty extension name"));
        }
        if name.chars().any(|c| !(' '..='~').contains(&c)) {
            return Err(err("extension names are printable ASCII"));
        }
        Ok(HduSelector::Name {
            name: name.to_string(),
            ver,
        })
    }

    /// Picks the HDU of a listing, for image reads (`Default` = first HDU with image data).
    pub fn resolve<'a>(&self, hdus: &'a [HduInfo], path: &Path) -> Result<&'a HduInfo> {
        select(hdus, self, path, Purpose::Image)
    }

    /// True when `info` is the one this selector picks, considering HDUs in file order. For
    /// `Default` this means "holds image data", so the first `true` wins.
    pub(crate) fn matches(&self, info: &HduInfo) -> bool {
        match self {
            HduSelector::Default => info.is_image_with_data(),
            HduSelector::Index(i) => info.index == *i,
            HduSelector::Name { name, ver } => {
                let name_ok = [info.extname.as_deref(), info.header.get_str("HDUNAME")]
                    .into_iter()
                    .flatten()
                    .any(|n| n.trim().eq_ignore_ascii_case(name.trim()));
                name_ok && ver.is_none_or(|v| v == info.extver.unwrap_or(1))
            }
        }
    }
}

impl FromStr for HduSelector {
    type Err = FitsError;
    fn from_str(s: &str) -> Result<Self> {
        HduSelector::parse(s)
    }
}

impl fmt::Display for HduSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HduSelector::Default => f.write_str("default image HDU"),
            HduSelector::Index(i) => write!(f, "{i}"),
            HduSelector::Name { name, ver: None } => f.write_str(name),
            HduSelector::Name { name, ver: Some(v) } => write!(f, "{name},{v}"),
        }
    }
}

impl From<usize> for HduSelector {
    fn from(i: usize) -> Self {
        HduSelector::Index(i)
    }
}

impl From<&str> for HduSelector {
    /// Convenience for literals; an unparsable string becomes a name that matches nothing
    /// meaningful, so prefer [`HduSelector::parse`] for user input.
    fn from(s: &str) -> Self {
        HduSelector::parse(s).unwrap_or_else(|_| HduSelector::Name {
            name: s.to_string(),
            ver: None,
        })
    }
}

/// What the HDU is wanted for; only changes how `Default` falls back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    Image,
    Header,
}

/// Summary of the listing for "not found" messages.
pub(crate) fn describe_all(hdus: &[HduInfo]) -> String {
    if hdus.is_empty() {
        return "no HDUs".into();
    }
    let parts: Vec<String> = hdus.iter().map(HduInfo::describe).collect();
    format!("{} HDU(s): {}", hdus.len(), parts.join("; "))
}

/// Applies the selection rules to a complete listing.
pub(crate) fn select<'a>(
    hdus: &'a [HduInfo],
    sel: &HduSelector,
    path: &Path,
    purpose: Purpose,
) -> Result<&'a HduInfo> {
    if let Some(h) = hdus.iter().find(|h| sel.matches(h)) {
        return Ok(h);
    }
    if *sel == HduSelector::Default {
        if purpose == Purpose::Header {
            if let Some(h) = hdus.first() {
                return Ok(h);
            }
        }
        return Err(FitsError::NotAnImage {
            loc: path.display().to_string(),
            reason: format!("no HDU holds image data ({})", describe_all(hdus)),
        });
    }
    Err(FitsError::HduNotFound {
        loc: path.display().to_string(),
        selector: sel.to_string(),
        available: describe_all(hdus),
    })
}

/// Checks that the chosen HDU can be read as an image.
pub(crate) fn require_image(info: &HduInfo, path: &Path) -> Result<()> {
    let loc = crate::error::loc(path, Some(info.index), info.extname.as_deref());
    if info.kind != HduKind::Image {
        return Err(FitsError::NotAnImage {
            loc,
            reason: format!("is a {}, not an image", info.kind),
        });
    }
    if !info.is_image_with_data() {
        return Err(FitsError::NotAnImage {
            loc,
            reason: "image HDU has no data (NAXIS = 0 or a zero-length axis)".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_selectors() {
        assert_eq!(HduSelector::parse("").unwrap(), HduSelector::Default);
        assert_eq!(HduSelector::parse("0").unwrap(), HduSelector::Index(0));
        assert_eq!(HduSelector::parse(" [3] ").unwrap(), HduSelector::Index(3));
        assert_eq!(
            HduSelector::parse("SCI,2").unwrap(),
            HduSelector::Name {
                name: "SCI".into(),
                ver: Some(2)
            }
        );
        assert_eq!(
            HduSelector::parse("[sci]").unwrap(),
            HduSelector::Name {
                name: "sci".into(),
                ver: None
            }
        );
        assert!(HduSelector::parse("SCI,x").is_err());
        assert!(HduSelector::parse("[1").is_err());
        assert!(HduSelector::parse(",2").is_err());
    }
}
