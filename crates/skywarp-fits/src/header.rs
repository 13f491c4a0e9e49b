//! FITS headers: an ordered list of cards, parsed from and formatted to 80-character records.
//!
//! The header is kept as an ordered `Vec` (not a map) because order matters in FITS: WCSLIB
//! reads keywords in order, duplicate keywords exist in the wild (the first one wins, as in
//! astropy), and COMMENT/HISTORY cards are meaningful only in sequence. Lookups are linear; a
//! header has at most a few hundred cards so that is cheaper than keeping an index in sync.
//!
//! Conventions handled:
//! * commentary cards (`COMMENT`, `HISTORY`, blank keyword, and any card without `= ` in
//!   columns 9-10) keep their text in [`Card::comment`] and have no value;
//! * the long-string `CONTINUE` convention is merged into one logical string card when parsing,
//!   and split again when formatting;
//! * `HIERARCH` keywords (ESO convention) are accepted and written when a keyword is longer than
//!   8 characters or contains characters not allowed in a standard keyword;
//! * keyword lookups are case-insensitive and ignore a `HIERARCH ` prefix.

use std::fmt;
use std::io::Read;
use std::path::Path;

use crate::error::{io_err, FitsError, Result};

/// Length of one header card.
pub const CARD_LEN: usize = 80;
/// Length of one FITS block; headers and data areas are padded to a multiple of it.
pub const BLOCK_LEN: usize = 2880;

/// Number of characters of string payload on one card when the CONTINUE convention is used:
/// columns 11-80 hold `'`, the payload, `&` and `'`.
const LONGSTR_CHUNK: usize = 67;

/// The value of a header card.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `T` / `F`.
    Bool(bool),
    /// An integer that fits in `i64`.
    Int(i64),
    /// A real number. Non-finite values cannot be written to FITS; the setters refuse them.
    Float(f64),
    /// A character string (quotes removed, doubled quotes undone, trailing blanks dropped).
    Str(String),
    /// A value indicator followed by nothing: FITS' "undefined value".
    Undefined,
    /// Any other value text, kept verbatim so it round-trips unchanged: complex numbers,
    /// integers beyond `i64`, malformed numbers written by exotic software.
    Raw(String),
}

impl Value {
    /// The value as a real number, when it is numeric (an integer, a real, or a raw text that
    /// parses as one such as a huge integer).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::Raw(s) => parse_float(s),
            _ => None,
        }
    }

    /// The value as an integer: an integer card, or a real card holding an exactly integral
    /// number (some writers emit `NAXIS1 = 100.` and astropy accepts it).
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e18 => Some(*f as i64),
            _ => None,
        }
    }

    /// The value as a string slice, for string cards only.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value as a boolean, for logical cards only.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The value text as it appears in a card (strings quoted, quotes doubled).
    fn to_card_text(&self) -> String {
        match self {
            Value::Bool(true) => "T".to_string(),
            Value::Bool(false) => "F".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format_float(*f),
            Value::Str(s) => format!("'{:<8}'", s.replace('\'', "''")),
            Value::Undefined => String::new(),
            Value::Raw(s) => s.clone(),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Str(s) => f.write_str(s),
            other => f.write_str(&other.to_card_text()),
        }
    }
}

/// One logical header card. A long string split over CONTINUE cards is one `Card`; so is a
/// commentary card (value `None`, text in the comment).
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    keyword: String,
    value: Option<Value>,
    comment: Option<String>,
}

impl Card {
    /// A keyword = value card. The keyword is upper-cased when it is a standard (≤ 8 character)
    /// keyword; fails on keywords or values that cannot be represented in FITS.
    pub fn new(keyword: &str, value: Value, comment: Option<&str>) -> Result<Card> {
        let keyword = normalize_new_keyword(keyword)?;
        if is_commentary_keyword(&keyword) {
            return Err(FitsError::InvalidCard {
                keyword,
                reason: "COMMENT/HISTORY/blank cards have no value; use add_comment/add_history"
                    .into(),
            });
        }
        validate_value(&keyword, &value)?;
        if let Some(c) = comment {
            validate_text(&keyword, c)?;
        }
        let card = Card {
            keyword,
            value: Some(value),
            comment: comment.map(str::to_string),
        };
        card.check_fits()?;
        Ok(card)
    }

    /// A commentary card (`COMMENT`, `HISTORY`, or blank keyword) holding free text. Text longer
    /// than 72 characters is written over several cards.
    pub fn commentary(keyword: &str, text: &str) -> Result<Card> {
        let keyword = keyword.trim().to_ascii_uppercase();
        if !is_commentary_keyword(&keyword) {
            return Err(FitsError::InvalidCard {
                keyword,
                reason: "commentary cards must be COMMENT, HISTORY or blank".into(),
            });
        }
        validate_text(&keyword, text)?;
        Ok(Card {
            keyword,
            value: None,
            comment: Some(text.to_string()),
        })
    }

    /// The keyword (without any `HIERARCH ` prefix).
    pub fn keyword(&self) -> &str {
        &self.keyword
    }

    /// The value; `None` for commentary cards.
    pub fn value(&self) -> Option<&Value> {
        self.value.as_ref()
    }

    /// The comment, or the text of a commentary card.
    pub fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }

    /// True for cards without a value (COMMENT, HISTORY, blank, free text).
    pub fn is_commentary(&self) -> bool {
        self.value.is_none()
    }

    fn is_hierarch(&self) -> bool {
        !is_standard_keyword(&self.keyword)
    }

    /// Refuses cards whose keyword + value cannot fit on a card (only possible with HIERARCH).
    fn check_fits(&self) -> Result<()> {
        if let (true, Some(v)) = (self.is_hierarch(), &self.value) {
            let len = "HIERARCH ".len() + self.keyword.len() + 3 + v.to_card_text().len();
            if len > CARD_LEN {
                return Err(FitsError::InvalidCard {
                    keyword: self.keyword.clone(),
                    reason: format!("HIERARCH keyword and value need {len} characters, more than one 80-character card"),
                });
            }
        }
        Ok(())
    }

    /// The 80-character records of this card (several for long strings / long comments).
    pub fn to_records(&self) -> Vec<String> {
        let mut out = Vec::new();
        match &self.value {
            None => {
                let text = self.comment.as_deref().unwrap_or("");
                let kw = format!("{:<8}", self.keyword);
                if text.is_empty() {
                    out.push(pad_card(&kw));
                }
                let chars: Vec<char> = text.chars().collect();
                for chunk in chars.chunks(CARD_LEN - 8) {
                    let s: String = chunk.iter().collect();
                    out.push(pad_card(&format!("{kw}{s}")));
                }
            }
            Some(Value::Str(s)) if !self.is_hierarch() => self.string_records(s, &mut out),
            Some(v) => {
                let mut card = if self.is_hierarch() {
                    format!("HIERARCH {} = {}", self.keyword, v.to_card_text())
                } else {
                    let text = v.to_card_text();
                    if matches!(v, Value::Undefined) {
                        format!("{:<8}= ", self.keyword)
                    } else {
                        format!("{:<8}= {:>20}", self.keyword, text)
                    }
                };
                append_comment(&mut card, self.comment.as_deref());
                out.push(pad_card(&card));
            }
        }
        out
    }

    /// Formats a string card, using CONTINUE cards when it does not fit on one card.
    fn string_records(&self, s: &str, out: &mut Vec<String>) {
        let escaped = s.replace('\'', "''");
        let prefix = format!("{:<8}= ", self.keyword);
        if escaped.len() <= CARD_LEN - 12 {
            let mut card = format!("{prefix}'{escaped:<8}'");
            let comment = self.comment.as_deref().unwrap_or("");
            if !comment.is_empty()
                && card.len() + 3 + comment.len() > CARD_LEN
                && comment.len() <= CARD_LEN - 15
            {
                // The comment does not fit next to the value: put it on an empty CONTINUE card,
                // the way astropy does, instead of truncating it.
                card = format!("{prefix}'{escaped}&'");
                out.push(pad_card(&card));
                let mut cont = "CONTINUE  ''".to_string();
                append_comment(&mut cont, Some(comment));
                out.push(pad_card(&cont));
                return;
            }
            append_comment(&mut card, self.comment.as_deref());
            out.push(pad_card(&card));
            return;
        }
        // Split on token boundaries so that a doubled quote is never cut in two.
        let mut chunks: Vec<String> = Vec::new();
        let mut cur = String::new();
        let bytes = escaped.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let tok_len = if bytes[i] == b'\'' { 2 } else { 1 };
            if cur.len() + tok_len > LONGSTR_CHUNK {
                chunks.push(std::mem::take(&mut cur));
            }
            cur.push_str(&escaped[i..i + tok_len]);
            i += tok_len;
        }
        if !cur.is_empty() {
            chunks.push(cur);
        }
        let n = chunks.len();
        for (k, chunk) in chunks.iter().enumerate() {
            let head = if k == 0 {
                prefix.clone()
            } else {
                "CONTINUE  ".to_string()
            };
            let last = k + 1 == n;
            let mut card = if last {
                format!("{head}'{chunk}'")
            } else {
                format!("{head}'{chunk}&'")
            };
            if last {
                let comment = self.comment.as_deref().unwrap_or("");
                if !comment.is_empty()
                    && card.len() + 3 + comment.len() > CARD_LEN
                    && comment.len() <= CARD_LEN - 15
                {
                    card = format!("{head}'{chunk}&'");
                    out.push(pad_card(&card));
                    let mut cont = "CONTINUE  ''".to_string();
                    append_comment(&mut cont, Some(comment));
                    out.push(pad_card(&cont));
                    return;
                }
                append_comment(&mut card, Some(comment));
            }
            out.push(pad_card(&card));
        }
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_records().concat())
    }
}

fn append_comment(card: &mut String, comment: Option<&str>) {
    if let Some(c) = comment {
        if !c.is_empty() && card.len() + 3 < CARD_LEN {
            card.push_str(" / ");
            card.push_str(c);
        }
    }
}

/// Pads (or truncates — only ever a comment, see the callers) to exactly 80 characters.
fn pad_card(s: &str) -> String {
    let mut out: String = s.chars().take(CARD_LEN).collect();
    while out.len() < CARD_LEN {
        out.push(' ');
    }
    out
}

/// Formats a real with the shortest text that parses back to the same `f64`, always with a
/// decimal point or exponent so that readers see a real, not an integer.
pub(crate) fn format_float(v: f64) -> String {
    if !v.is_finite() {
        // Unreachable through the public setters, which refuse non-finite values; parsed cards
        // keep their original text as `Value::Raw`. Kept total anyway: never panic.
        return if v.is_nan() {
            "NAN".into()
        } else if v > 0.0 {
            "INF".into()
        } else {
            "-INF".into()
        };
    }
    // Candidates, all exact (shortest round-trip digits): plain decimal, exponential with a
    // two-digit exponent (astropy's style), exponential with a minimal exponent. The first
    // that fits the 20-column fixed format wins; otherwise the shortest (free format).
    let mut cands = Vec::with_capacity(3);
    let plain = format!("{v}");
    cands.push(if plain.contains('.') {
        plain
    } else {
        format!("{plain}.0")
    });
    let e = format!("{v:E}");
    let (mant, exp) = e.split_once('E').unwrap_or((&e, "0"));
    let mant = if mant.contains('.') {
        mant.to_string()
    } else {
        format!("{mant}.0")
    };
    let exp_num: i32 = exp.parse().unwrap_or(0);
    cands.push(format!(
        "{mant}E{}{:02}",
        if exp_num < 0 { '-' } else { '+' },
        exp_num.abs()
    ));
    cands.push(format!("{mant}E{exp_num}"));
    if let Some(c) = cands.iter().find(|c| c.len() <= 20) {
        return c.clone();
    }
    cands
        .into_iter()
        .min_by_key(String::len)
        .unwrap_or_default()
}

fn is_commentary_keyword(kw: &str) -> bool {
    kw.is_empty() || kw == "COMMENT" || kw == "HISTORY"
}

/// Standard keyword: 1-8 characters of `A-Z 0-9 - _`.
fn is_standard_keyword(kw: &str) -> bool {
    !kw.is_empty()
        && kw.len() <= 8
        && kw
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Normalizes a keyword given by a caller for a new card: trims, strips `HIERARCH `, upper-cases
/// standard keywords, and validates characters.
fn normalize_new_keyword(kw: &str) -> Result<String> {
    let t = strip_hierarch(kw.trim());
    let upper = t.to_ascii_uppercase();
    if is_standard_keyword(&upper) {
        return Ok(upper);
    }
    if t.is_empty() {
        return Err(FitsError::InvalidCard {
            keyword: kw.into(),
            reason: "empty keyword".into(),
        });
    }
    if let Some(bad) = t.chars().find(|c| !(' '..='~').contains(c) || *c == '=') {
        return Err(FitsError::InvalidCard {
            keyword: kw.into(),
            reason: format!("character {bad:?} is not allowed in a keyword"),
        });
    }
    // A HIERARCH keyword; kept as given (astropy keeps the case of HIERARCH keywords).
    Ok(t.to_string())
}

fn strip_hierarch(kw: &str) -> &str {
    if kw.len() > 9 && kw[..9].eq_ignore_ascii_case("HIERARCH ") {
        kw[9..].trim_start()
    } else {
        kw
    }
}

/// Case-insensitive keyword comparison, ignoring a HIERARCH prefix on either side.
fn keyword_eq(a: &str, b: &str) -> bool {
    strip_hierarch(a.trim()).eq_ignore_ascii_case(strip_hierarch(b.trim()))
}

fn validate_text(keyword: &str, text: &str) -> Result<()> {
    if let Some(bad) = text.chars().find(|c| !(' '..='~').contains(c)) {
        return Err(FitsError::InvalidCard {
            keyword: keyword.into(),
            reason: format!("character {bad:?} is not printable ASCII, which FITS headers require"),
        });
    }
    Ok(())
}

fn validate_value(keyword: &str, value: &Value) -> Result<()> {
    match value {
        Value::Float(f) if !f.is_finite() => Err(FitsError::InvalidCard {
            keyword: keyword.into(),
            reason: format!(
                "value {f} is not finite; FITS cannot represent NaN or infinity in a header"
            ),
        }),
        Value::Str(s) | Value::Raw(s) => validate_text(keyword, s),
        _ => Ok(()),
    }
}

/// Parses a FITS real (accepting Fortran `D` exponents); refuses `inf`/`nan` words.
fn parse_float(s: &str) -> Option<f64> {
    let s = s.trim();
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        || !body.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'E' | b'e' | b'D' | b'd'))
    {
        return None;
    }
    // A number beyond the f64 range (`1E999`) is not infinity: it stays verbatim as a raw
    // value, so that it is written back as it was read and never enters arithmetic.
    s.replace(['D', 'd'], "E")
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
}

/// True for the value syntaxes of the FITS standard other than strings and logicals:
/// integers, reals (`[+-]` digits, `.`, `E`/`D` exponent, upper case) and complex `(re, im)`.
fn is_fits_value_syntax(s: &str) -> bool {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return inner
            .split_once(',')
            .is_some_and(|(re, im)| is_fits_real(re.trim()) && is_fits_real(im.trim()));
    }
    is_fits_real(s)
}

/// `[+-]? (digits [. digits?] | . digits) ([ED] [+-]? digits)?` (integers included).
fn is_fits_real(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mant, exp) = match s.find(['E', 'D']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mant_ok = digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty());
    let exp_ok = exp.is_none_or(is_int_syntax);
    mant_ok && exp_ok
}

/// True for `[+-]digits`: FITS integer syntax, whether or not it fits in `i64`.
fn is_int_syntax(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit())
}

/// Parses columns 11-80 of a valued card: the value and the comment.
fn parse_value_field(field: &str) -> (Value, Option<String>) {
    let s = field.trim_start();
    if let Some(rest) = s.strip_prefix('\'') {
        // A string: runs to the first single quote not followed by another one.
        let bytes = rest.as_bytes();
        let mut val = String::new();
        let mut i = 0;
        let mut closed = None;
        while i < bytes.len() {
            if bytes[i] == b'\'' {
                if i + 1 < bytes.len() && bytes[i + 1] == b'\'' {
                    val.push('\'');
                    i += 2;
                    continue;
                }
                closed = Some(i);
                break;
            }
            val.push(bytes[i] as char);
            i += 1;
        }
        let comment = match closed {
            Some(end) => {
                let after = rest[end + 1..].trim();
                after.strip_prefix('/').map(|c| c.trim().to_string())
            }
            // Unterminated string: keep everything as the value (astropy does the same, with a
            // warning), so that nothing is lost on rewrite.
            None => None,
        };
        let trimmed = val.trim_end().to_string();
        return (Value::Str(trimmed), comment);
    }
    let (vtext, comment) = match s.find('/') {
        Some(p) => (s[..p].trim(), Some(s[p + 1..].trim().to_string())),
        None => (s.trim(), None),
    };
    let value = if vtext.is_empty() {
        Value::Undefined
    } else if vtext == "T" {
        Value::Bool(true)
    } else if vtext == "F" {
        Value::Bool(false)
    } else if is_int_syntax(vtext) {
        // Integers beyond i64 stay verbatim rather than silently losing digits.
        vtext
            .parse()
            .map_or_else(|_| Value::Raw(vtext.to_string()), Value::Int)
    } else if let Some(f) = parse_float(vtext) {
        Value::Float(f)
    } else {
        // Complex numbers, integers beyond i64, anything else: verbatim.
        Value::Raw(vtext.to_string())
    };
    (value, comment)
}

/// Parses one record (up to 80 characters, shorter ones are implicitly blank-padded).
fn parse_record(rec: &str) -> Card {
    let kwfield = rec.get(..8.min(rec.len())).unwrap_or("").trim();
    // HIERARCH: the keyword runs to the first '='.
    if kwfield == "HIERARCH" {
        if let Some(eq) = rec[8..].find('=') {
            let keyword = rec[8..8 + eq].trim().to_string();
            let (value, comment) = parse_value_field(&rec[8 + eq + 1..]);
            return Card {
                keyword,
                value: Some(value),
                comment,
            };
        }
    }
    let has_indicator = rec.len() >= 9
        && &rec[8..9] == "="
        && (rec.len() == 9 || &rec[9..10] == " " || &rec[9..10] == "'");
    if has_indicator && !is_commentary_keyword(kwfield) && kwfield != "CONTINUE" {
        let (value, comment) = parse_value_field(rec.get(9..).unwrap_or(""));
        return Card {
            keyword: kwfield.to_string(),
            value: Some(value),
            comment,
        };
    }
    let text = rec.get(8..).unwrap_or("").trim_end().to_string();
    Card {
        keyword: kwfield.to_string(),
        value: None,
        comment: Some(text),
    }
}

/// An ordered FITS header.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    cards: Vec<Card>,
}

impl Header {
    /// An empty header.
    pub fn new() -> Header {
        Header::default()
    }

    /// Parses header text in either of the two forms found in the wild:
    /// * one card per line (astropy `Header.totextfile`, `fitsheader` output, hand-written
    ///   files; lines may be shorter than 80 characters);
    /// * raw 80-character cards with no newlines (the `.hdr` files astropy ships, the output of
    ///   `to_cards_string`, a FITS header block).
    ///
    /// Lines longer than 80 characters are cut into 80-character records, so mixed files work
    /// too. Parsing stops at the `END` card (a missing END is accepted). Empty lines are
    /// ignored. Fails only on characters that cannot appear in a FITS header (non-ASCII or
    /// control characters).
    pub fn from_text(text: &str) -> Result<Header> {
        let mut records: Vec<&str> = Vec::new();
        'lines: for line in text.split('\n') {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() {
                continue;
            }
            let mut rest = line;
            while !rest.is_empty() {
                let cut = rest
                    .char_indices()
                    .nth(CARD_LEN)
                    .map_or(rest.len(), |(i, _)| i);
                let rec = &rest[..cut];
                rest = &rest[cut..];
                if rec.get(..8).unwrap_or(rec).trim_end() == "END" {
                    break 'lines;
                }
                records.push(rec);
            }
        }
        for (n, rec) in records.iter().enumerate() {
            if let Some(bad) = rec.chars().find(|c| !(' '..='~').contains(c)) {
                return Err(FitsError::InvalidHeader {
                    loc: "header text".into(),
                    reason: format!(
                        "card {} contains {bad:?}, which is not printable ASCII",
                        n + 1
                    ),
                });
            }
        }
        // Blank records (padding inside raw text) carry nothing.
        Ok(Header::from_records(
            records.into_iter().filter(|r| !r.trim().is_empty()),
        ))
    }

    /// Reads a header text file (see [`Header::from_text`] for the accepted forms). A file
    /// that is a FITS file is accepted too: its primary header is returned.
    ///
    /// Only regular files are read, and only their first [`crate::TEXT_FILE_CAP`] bytes: a
    /// header that has not ended by then is not a header (`/dev/zero`, a FIFO or a large data
    /// file named by mistake fail at once instead of filling the memory).
    pub fn read_file(path: impl AsRef<Path>) -> Result<Header> {
        let path = path.as_ref();
        let where_ = path.display().to_string();
        let file = crate::file::open_regular(path)?;
        let mut bytes = Vec::new();
        file.take(crate::file::TEXT_FILE_CAP + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| io_err(where_.clone(), "cannot read header file", e))?;
        // Only the part before END matters; a FITS file's binary data after it is ignored.
        let text_end = match find_end_card(&bytes) {
            Some(end) => end,
            None if bytes.len() as u64 > crate::file::TEXT_FILE_CAP => {
                return Err(FitsError::InvalidHeader {
                    loc: where_,
                    reason: format!(
                        "no END card in the first {} bytes; this is not a header file",
                        crate::file::TEXT_FILE_CAP
                    ),
                })
            }
            None => bytes.len(),
        };
        let text =
            std::str::from_utf8(&bytes[..text_end]).map_err(|e| FitsError::InvalidHeader {
                loc: path.display().to_string(),
                reason: format!(
                    "not ASCII text (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            })?;
        Header::from_text(text).map_err(|e| match e {
            FitsError::InvalidHeader { reason, .. } => FitsError::InvalidHeader {
                loc: path.display().to_string(),
                reason,
            },
            other => other,
        })
    }

    /// Builds a header from 80-character records (already validated as printable ASCII),
    /// merging CONTINUE long strings.
    pub(crate) fn from_records<'a>(records: impl IntoIterator<Item = &'a str>) -> Header {
        let mut cards: Vec<Card> = Vec::new();
        // True while the last card is a string ending in '&' that CONTINUE cards may extend.
        let mut open_long = false;
        for rec in records {
            let kw = rec.get(..8).unwrap_or(rec).trim_end();
            if kw == "CONTINUE" && open_long {
                let (v, c) = parse_value_field(rec.get(8..).unwrap_or(""));
                if let (Value::Str(more), Some(last)) = (v, cards.last_mut()) {
                    if let Some(Value::Str(s)) = &mut last.value {
                        s.pop(); // the '&'
                        s.push_str(&more);
                        open_long = s.ends_with('&');
                    }
                    if let Some(c) = c.filter(|c| !c.is_empty()) {
                        last.comment = Some(match last.comment.take() {
                            Some(prev) if !prev.is_empty() => format!("{prev} {c}"),
                            _ => c,
                        });
                    }
                    continue;
                }
            }
            let card = parse_record(rec);
            open_long = matches!(&card.value, Some(Value::Str(s)) if s.ends_with('&'));
            cards.push(card);
        }
        Header { cards }
    }

    /// Parses the header records found in `bytes` (a FITS header area, already checked to be
    /// printable ASCII), stopping at END.
    pub(crate) fn from_card_bytes(bytes: &[u8]) -> Header {
        let recs = bytes
            .chunks(CARD_LEN)
            .map(|c| std::str::from_utf8(c).unwrap_or(""))
            .take_while(|r| r.get(..8).unwrap_or(r).trim_end() != "END")
            .filter(|r| !r.trim().is_empty());
        Header::from_records(recs)
    }

    /// Number of logical cards (a CONTINUE'd string counts once).
    pub fn len(&self) -> usize {
        self.cards.len()
    }

    /// True when the header has no cards.
    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// The cards in order.
    pub fn cards(&self) -> &[Card] {
        &self.cards
    }

    /// Iterates over the cards in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Card> {
        self.cards.iter()
    }

    /// The first card with this keyword (case-insensitive, HIERARCH prefix ignored).
    pub fn card(&self, keyword: &str) -> Option<&Card> {
        self.cards.iter().find(|c| keyword_eq(&c.keyword, keyword))
    }

    /// The value of the first card with this keyword; `None` when absent or commentary.
    pub fn get(&self, keyword: &str) -> Option<&Value> {
        self.card(keyword).and_then(|c| c.value.as_ref())
    }

    /// True when a card with this keyword exists.
    pub fn contains(&self, keyword: &str) -> bool {
        self.card(keyword).is_some()
    }

    /// A numeric value as `f64` (integers are converted). `None` when absent or not numeric.
    pub fn get_f64(&self, keyword: &str) -> Option<f64> {
        self.get(keyword).and_then(Value::as_f64)
    }

    /// An integer value. `None` when absent, not an integer, or a non-integral real.
    pub fn get_i64(&self, keyword: &str) -> Option<i64> {
        self.get(keyword).and_then(Value::as_i64)
    }

    /// A string value. `None` when absent or not a string.
    pub fn get_str(&self, keyword: &str) -> Option<&str> {
        self.get(keyword).and_then(Value::as_str)
    }

    /// A logical value. `None` when absent or not logical.
    pub fn get_bool(&self, keyword: &str) -> Option<bool> {
        self.get(keyword).and_then(Value::as_bool)
    }

    /// The comment of the first card with this keyword.
    pub fn get_comment(&self, keyword: &str) -> Option<&str> {
        self.card(keyword).and_then(|c| c.comment.as_deref())
    }

    /// Sets a value: replaces the value of the first card with this keyword (keeping its
    /// position and comment), or appends a new card.
    pub fn set(&mut self, keyword: &str, value: Value) -> Result<()> {
        let probe = Card::new(keyword, value, None)?;
        match self
            .cards
            .iter_mut()
            .find(|c| keyword_eq(&c.keyword, keyword) && c.value.is_some())
        {
            Some(c) => {
                let candidate = Card {
                    keyword: c.keyword.clone(),
                    value: probe.value,
                    comment: c.comment.clone(),
                };
                candidate.check_fits()?;
                *c = candidate;
            }
            None => self.cards.push(probe),
        }
        Ok(())
    }

    /// Sets a value and its comment (see [`Header::set`]).
    pub fn set_with_comment(&mut self, keyword: &str, value: Value, comment: &str) -> Result<()> {
        self.set(keyword, value)?;
        self.set_comment(keyword, comment)
    }

    /// Sets a real value. Fails on NaN/infinity, which FITS cannot hold.
    pub fn set_f64(&mut self, keyword: &str, value: f64) -> Result<()> {
        self.set(keyword, Value::Float(value))
    }

    /// Sets an integer value.
    pub fn set_i64(&mut self, keyword: &str, value: i64) -> Result<()> {
        self.set(keyword, Value::Int(value))
    }

    /// Sets a string value (any length: long strings use CONTINUE cards). Fails on non-ASCII.
    pub fn set_str(&mut self, keyword: &str, value: &str) -> Result<()> {
        self.set(keyword, Value::Str(value.to_string()))
    }

    /// Sets a logical value.
    pub fn set_bool(&mut self, keyword: &str, value: bool) -> Result<()> {
        self.set(keyword, Value::Bool(value))
    }

    /// Sets the comment of an existing valued card. Fails when the keyword is absent.
    pub fn set_comment(&mut self, keyword: &str, comment: &str) -> Result<()> {
        validate_text(keyword, comment)?;
        match self
            .cards
            .iter_mut()
            .find(|c| keyword_eq(&c.keyword, keyword) && c.value.is_some())
        {
            Some(c) => {
                c.comment = Some(comment.to_string());
                Ok(())
            }
            None => Err(FitsError::InvalidCard {
                keyword: keyword.into(),
                reason: "cannot set the comment of a keyword that is not in the header".into(),
            }),
        }
    }

    /// Appends a COMMENT card.
    pub fn add_comment(&mut self, text: &str) -> Result<()> {
        self.cards.push(Card::commentary("COMMENT", text)?);
        Ok(())
    }

    /// Appends a HISTORY card.
    pub fn add_history(&mut self, text: &str) -> Result<()> {
        self.cards.push(Card::commentary("HISTORY", text)?);
        Ok(())
    }

    /// Appends a card as is (duplicates allowed, as FITS allows them).
    pub fn push(&mut self, card: Card) {
        self.cards.push(card);
    }

    /// Removes every card with this keyword; returns whether any was removed.
    pub fn remove(&mut self, keyword: &str) -> bool {
        let before = self.cards.len();
        self.cards.retain(|c| !keyword_eq(&c.keyword, keyword));
        before != self.cards.len()
    }

    /// Keeps only the cards for which `keep` returns true.
    pub fn retain(&mut self, keep: impl FnMut(&Card) -> bool) {
        self.cards.retain(keep);
    }

    /// All records concatenated, 80 characters each, **without** END: the form WCSLIB's
    /// `wcspih` takes (with `nkeyrec = len / 80`).
    pub fn to_cards_string(&self) -> String {
        self.cards.iter().flat_map(Card::to_records).collect()
    }

    /// One record per line, END included: the same layout as astropy's `Header.totextfile`,
    /// readable back with [`Header::from_text`].
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for rec in self.cards.iter().flat_map(Card::to_records) {
            s.push_str(&rec);
            s.push('\n');
        }
        s.push_str(&pad_card("END"));
        s.push('\n');
        s
    }

    /// The header as it goes into a FITS file: records, END, blank-padded to 2880 bytes.
    ///
    /// Values kept verbatim from an input that are not FITS syntax (`INF`, `NAN`, a lowercase
    /// exponent...) are written as strings, each with a HISTORY card saying so: every file
    /// skywarp writes passes a strict FITS verification (astropy's `verify('exception')`).
    pub fn to_block_bytes(&self) -> Vec<u8> {
        let standard = self.standardized();
        let mut s = standard.as_ref().unwrap_or(self).to_cards_string();
        s.push_str(&pad_card("END"));
        let padded = s.len().div_ceil(BLOCK_LEN) * BLOCK_LEN;
        let mut bytes = s.into_bytes();
        bytes.resize(padded, b' ');
        bytes
    }

    /// A copy with non-standard values turned into strings (see [`Header::to_block_bytes`]);
    /// `None` when every value is already standard.
    fn standardized(&self) -> Option<Header> {
        let bad = |c: &Card| match &c.value {
            Some(Value::Raw(r)) => !is_fits_value_syntax(r),
            Some(Value::Float(f)) => !f.is_finite(),
            _ => false,
        };
        if !self.cards.iter().any(bad) {
            return None;
        }
        let mut out = self.clone();
        let mut notes = Vec::new();
        for c in out.cards.iter_mut().filter(|c| bad(c)) {
            let text = c
                .value
                .as_ref()
                .map(Value::to_card_text)
                .unwrap_or_default();
            notes.push(format!(
                "skywarp: {} = {text} is not a FITS value; written as a string",
                c.keyword
            ));
            c.value = Some(Value::Str(text));
        }
        for n in notes {
            // the keyword is fixed and the text printable ASCII: cannot fail
            let _ = out.add_history(&n);
        }
        Some(out)
    }

    /// Writes [`Header::to_text`] to a file (atomically: temp file + rename).
    pub fn write_file(&self, path: impl AsRef<Path>) -> Result<()> {
        crate::writer::write_file(path, self.to_text().as_bytes())
    }
}

/// True for the keywords that describe an HDU's on-disk layout rather than its content:
/// the mandatory keywords, scaling (`BZERO`/`BSCALE`/`BLANK` describe stored integers, which a
/// reader has already converted), checksums (no longer valid once anything changes), and the
/// tile-compression keywords. Every writer drops the caller's values for these and writes its
/// own; code copying a header into a new file uses this to decide what not to copy. (`BLANK` is
/// the one the writers keep for integer data a caller writes: there it still means something.)
pub fn is_structural(keyword: &str) -> bool {
    let k = keyword.trim().to_ascii_uppercase();
    let indexed = |prefix: &str| {
        k.strip_prefix(prefix)
            .is_some_and(|rest| rest.bytes().all(|b| b.is_ascii_digit()))
    };
    if indexed("NAXIS") || indexed("ZNAXIS") || indexed("ZTILE") {
        return true;
    }
    if ["ZNAME", "ZVAL"].iter().any(|p| {
        k.strip_prefix(p)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    }) {
        return true;
    }
    matches!(
        k.as_str(),
        "SIMPLE"
            | "XTENSION"
            | "BITPIX"
            | "EXTEND"
            | "PCOUNT"
            | "GCOUNT"
            | "GROUPS"
            | "BZERO"
            | "BSCALE"
            | "BLANK"
            | "END"
            | "CHECKSUM"
            | "DATASUM"
            | "ZIMAGE"
            | "ZBITPIX"
            | "ZCMPTYPE"
            | "ZQUANTIZ"
            | "ZDITHER0"
            | "ZSIMPLE"
            | "ZEXTEND"
            | "ZTENSION"
            | "ZPCOUNT"
            | "ZGCOUNT"
            | "ZBLOCKED"
            | "ZHECKSUM"
            | "ZDATASUM"
            | "ZMASKCMP"
            | "ZBLANK"
            | "ZSCALE"
            | "ZZERO"
    )
}

impl<'a> IntoIterator for &'a Header {
    type Item = &'a Card;
    type IntoIter = std::slice::Iter<'a, Card>;
    fn into_iter(self) -> Self::IntoIter {
        self.cards.iter()
    }
}

impl fmt::Display for Header {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// Byte offset just past the END card of a raw header (records aligned on 80 bytes), if any.
fn find_end_card(bytes: &[u8]) -> Option<usize> {
    // Text files may be newline separated; look for END at the start of a line or record.
    let mut i = 0;
    while i + 3 <= bytes.len() {
        let at_start = i == 0 || bytes[i - 1] == b'\n' || i % CARD_LEN == 0;
        if at_start && &bytes[i..i + 3] == b"END" {
            let rest = &bytes[i + 3..(i + 8).min(bytes.len())];
            if rest.iter().all(|&b| b == b' ' || b == b'\n' || b == b'\r') {
                return Some((i + 8).min(bytes.len()));
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_trip() {
        for v in [
            0.0,
            -0.0,
            1.0,
            0.1,
            1e-7,
            1.2345678901234567e-10,
            6.02214076e23,
            1e300,
            -2.5e-308,
            123456789012345680.0,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            let s = format_float(v);
            assert!(s.contains('.') || s.contains('E'), "{s}");
            let back = parse_float(&s).unwrap();
            assert_eq!(back.to_bits(), v.to_bits(), "{v} -> {s}");
        }
    }

    #[test]
    fn value_parsing() {
        assert_eq!(
            parse_value_field("                   T / yes").0,
            Value::Bool(true)
        );
        assert_eq!(parse_value_field(" 42").0, Value::Int(42));
        assert_eq!(parse_value_field(" 1.5D3").0, Value::Float(1500.0));
        assert_eq!(
            parse_value_field(" 'O''Hara ' / c"),
            (Value::Str("O'Hara".into()), Some("c".into()))
        );
        assert_eq!(parse_value_field("   / c").0, Value::Undefined);
        assert_eq!(
            parse_value_field(" (1.0, 2.0)").0,
            Value::Raw("(1.0, 2.0)".into())
        );
        assert_eq!(
            parse_value_field(" 123456789012345678901234").0,
            Value::Raw("123456789012345678901234".into())
        );
        assert_eq!(parse_value_field(" 5.").0, Value::Float(5.0));
        assert_eq!(parse_value_field(" .5").0, Value::Float(0.5));
        assert_eq!(parse_value_field(" NaN").0, Value::Raw("NaN".into()));
    }
}
