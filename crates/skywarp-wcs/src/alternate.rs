//! Alternate WCS descriptions (FITS WCS Paper I §3.5): a header may carry up to 26 more WCS besides
//! the primary one, their keywords ending in a letter A–Z (`CTYPE1A`, `PC1_2A`, `RADESYSA`, ...).
//! astropy selects one with `WCS(header, key='A')`; skywarp's command line does the same with
//! `--wcs-key`.
//!
//! The selection is done on the header cards, before WCSLIB sees them: the primary WCS keywords are
//! dropped and the chosen alternate's keywords lose their letter, so the result is an ordinary header
//! whose primary WCS is the alternate. Everything downstream (WCSLIB, the lookup-table distortions,
//! headers copied into outputs, pickled plans) then needs no notion of a key, and the output file of a
//! reprojection carries the WCS it was computed with as its primary WCS.

use crate::{Result, WcsError};

/// Keyword stems followed by one axis number (`CTYPEi`).
const INDEXED: [&str; 9] = [
    "CTYPE", "CUNIT", "CRVAL", "CDELT", "CRPIX", "CNAME", "CRDER", "CSYER", "CROTA",
];
/// Keyword stems followed by `i_j` (`PCi_j`, ...).
const MATRIX: [&str; 4] = ["PC", "CD", "PV", "PS"];
/// Keywords without axis numbers that take an alternate letter.
const NAMED: [&str; 14] = [
    "WCSAXES", "WCSNAME", "LONPOLE", "LATPOLE", "RADESYS", "EQUINOX", "RESTFRQ", "RESTWAV",
    "SPECSYS", "SSYSOBS", "VELOSYS", "ZSOURCE", "SSYSSRC", "VELANGL",
];
/// Primary-only keywords of the primary description that an alternate must not inherit
/// (the old spellings of RADESYS, EQUINOX and RESTFRQ).
const PRIMARY_ONLY: [&str; 3] = ["RADECSYS", "EPOCH", "RESTFREQ"];

/// The alternate letter of a WCS keyword: `Some(' ')` for the primary description's keywords,
/// `Some('A'..='Z')` for an alternate's, `None` for keywords that describe no WCS.
fn key_of(keyword: &str) -> Option<char> {
    let kw = keyword.trim_end();
    if PRIMARY_ONLY.contains(&kw) {
        return Some(' ');
    }
    for stem in NAMED {
        if let Some(rest) = kw.strip_prefix(stem) {
            return single_letter(rest);
        }
    }
    for stem in INDEXED {
        if let Some(rest) = kw.strip_prefix(stem) {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            return single_letter(&rest[digits..]);
        }
    }
    for stem in MATRIX {
        if let Some(rest) = kw.strip_prefix(stem) {
            let i = rest.bytes().take_while(u8::is_ascii_digit).count();
            let after = rest[i..].strip_prefix('_')?;
            let j = after.bytes().take_while(u8::is_ascii_digit).count();
            if i == 0 || j == 0 {
                return None;
            }
            return single_letter(&after[j..]);
        }
    }
    None
}

/// `""` → primary, one letter A–Z → that alternate, anything else → not a WCS keyword.
fn single_letter(rest: &str) -> Option<char> {
    match rest.as_bytes() {
        [] => Some(' '),
        [c] if c.is_ascii_uppercase() => Some(*c as char),
        _ => None,
    }
}

/// The letters of the alternate descriptions `cards` (80-character cards) carries, in order.
pub fn alternate_keys(cards: &str) -> Vec<char> {
    let mut keys: Vec<char> = cards
        .as_bytes()
        .chunks(80)
        .filter_map(|c| std::str::from_utf8(&c[..c.len().min(8)]).ok())
        .filter(|kw| kw.trim_end().starts_with("CTYPE") || kw.trim_end().starts_with("CRPIX"))
        .filter_map(key_of)
        .filter(|&k| k != ' ')
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// `cards` with the alternate WCS `key` made primary (see the module doc). `key` ' ' returns the
/// cards unchanged. A key that is not a letter, or that the header does not describe, is an error
/// naming the keys it does describe.
pub fn select_alternate(cards: &str, key: char) -> Result<String> {
    if key == ' ' {
        return Ok(cards.to_string());
    }
    if !key.is_ascii_uppercase() {
        return Err(WcsError::Invalid(format!(
            "WCS key {key:?}: alternate WCS are named by one letter A-Z (or ' ' for the primary WCS)"
        )));
    }
    let keys = alternate_keys(cards);
    if !keys.contains(&key) {
        let have = if keys.is_empty() {
            "none".to_string()
        } else {
            keys.iter().collect::<String>()
        };
        return Err(WcsError::Invalid(format!(
            "the header has no alternate WCS '{key}' (no CTYPEi{key}/CRPIXj{key} keywords; alternates it has: {have})"
        )));
    }
    let mut out = String::with_capacity(cards.len());
    for card in cards.as_bytes().chunks(80) {
        let Ok(text) = std::str::from_utf8(card) else {
            out.push_str(&String::from_utf8_lossy(card));
            continue;
        };
        let kw = text.get(..8).unwrap_or(text);
        match key_of(kw) {
            Some(' ') => {} // the primary description: replaced by the alternate
            Some(k) if k == key => {
                // drop the letter: the keyword stays left-justified in its 8 columns
                let stem = &kw.trim_end()[..kw.trim_end().len() - 1];
                out.push_str(&format!("{stem:<8}"));
                out.push_str(&text[8..]);
            }
            _ => out.push_str(text),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cards(lines: &[&str]) -> String {
        lines.iter().map(|l| format!("{l:<80}")).collect()
    }

    #[test]
    fn keys_of_keywords() {
        assert_eq!(key_of("CTYPE1"), Some(' '));
        assert_eq!(key_of("CTYPE1A"), Some('A'));
        assert_eq!(key_of("PC1_2B"), Some('B'));
        assert_eq!(key_of("CD2_1"), Some(' '));
        assert_eq!(key_of("RADESYSA"), Some('A'));
        assert_eq!(key_of("RADECSYS"), Some(' '));
        assert_eq!(key_of("EQUINOX"), Some(' '));
        assert_eq!(key_of("DATE-OBS"), None);
        assert_eq!(key_of("PCOUNT"), None);
        assert_eq!(key_of("CTYPE"), None);
        assert_eq!(key_of("CDELTX1"), None);
        assert_eq!(key_of("CRPIX1a"), None);
    }

    #[test]
    fn alternate_becomes_primary_and_primary_is_dropped() {
        let h = cards(&[
            "NAXIS   = 2",
            "CTYPE1  = 'RA---TAN'",
            "CTYPE2  = 'DEC--TAN'",
            "CRPIX1  = 10.0",
            "RADESYS = 'FK5'",
            "CTYPE1A = 'GLON-CAR'",
            "CTYPE2A = 'GLAT-CAR'",
            "CRPIX1A = 3.0",
            "PC1_2A  = 0.5",
            "CTYPE1B = 'LINEAR'",
            "DATE-OBS= '2020-01-01'",
        ]);
        let out = select_alternate(&h, 'A').unwrap();
        let kws: Vec<String> = out
            .as_bytes()
            .chunks(80)
            .map(|c| String::from_utf8_lossy(c).to_string())
            .collect();
        assert_eq!(out.len() % 80, 0);
        assert!(kws[0].starts_with("NAXIS   = 2"));
        assert!(kws.iter().any(|c| c.starts_with("CTYPE1  = 'GLON-CAR'")));
        assert!(kws.iter().any(|c| c.starts_with("CRPIX1  = 3.0")));
        assert!(kws.iter().any(|c| c.starts_with("PC1_2   = 0.5")));
        assert!(!kws
            .iter()
            .any(|c| c.contains("RA---TAN") || c.starts_with("RADESYS")));
        assert!(kws.iter().any(|c| c.starts_with("CTYPE1B")));
        assert!(kws.iter().any(|c| c.starts_with("DATE-OBS")));
        assert_eq!(alternate_keys(&h), vec!['A', 'B']);
    }

    #[test]
    fn a_missing_alternate_names_the_ones_present() {
        let h = cards(&["CTYPE1  = 'RA---TAN'", "CTYPE1B = 'GLON-CAR'"]);
        let e = select_alternate(&h, 'A').unwrap_err().to_string();
        assert!(
            e.contains("no alternate WCS 'A'") && e.contains("has: B"),
            "{e}"
        );
        let e = select_alternate(&h, '1').unwrap_err().to_string();
        assert!(e.contains("one letter"), "{e}");
        assert_eq!(select_alternate(&h, ' ').unwrap(), h);
    }
}
