//! astropy's own lookup-table distortions, which WCSLIB does not implement:
//!
//! * detector-to-image corrections (`D2IMDISj = 'Lookup'`, `D2IMj.EXTVER`, `D2IMj.AXIS.j`, tables in
//!   `D2IMARR` image extensions; also the deprecated `AXISCORR` form), and
//! * distortion paper IV prior lookup tables (`CPDISj = 'Lookup'`, `DPj.EXTVER`, `DPj.AXIS.j`, tables in
//!   `WCSDVARR` image extensions),
//!
//! as HST ACS/WFC3 `_flt` files carry them. When a header has any of them, the WCS is evaluated the way
//! astropy's `all_pix2world` evaluates it: 1-based pixel `p` → `d = p + det2im(p)` →
//! `foc = d + sip(d) + cpdis(d)` (SIP and the paper IV tables are both offsets computed from the *same*
//! `d`) → WCSLIB (linear transformation and projection only: SIP is taken out of WCSLIB's header and
//! evaluated here with astropy's arithmetic). World → pixel is astropy's `all_world2pix` fixed-point
//! iteration on top of WCSLIB's inverse of the linear part.
//!
//! The tables themselves live in other HDUs of the FITS file, which this crate does not read: the caller
//! supplies them through a callback (see [`crate::Wcs::from_cards_with_tables`]).

use crate::{Result, WcsError};

/// Pixel values of a distortion table image.
#[derive(Clone, Debug, PartialEq)]
pub enum TableData {
    /// 32-bit float pixels (what HST files store).
    F32(Vec<f32>),
    /// 64-bit float pixels; rounded to `f32` on use, as astropy converts every table to `float32`.
    F64(Vec<f64>),
}

impl TableData {
    fn len(&self) -> usize {
        match self {
            TableData::F32(v) => v.len(),
            TableData::F64(v) => v.len(),
        }
    }

    fn to_f32(&self) -> Vec<f32> {
        match self {
            TableData::F32(v) => v.clone(),
            // `as` rounds to nearest, like numpy's astype(float32)
            TableData::F64(v) => v.iter().map(|&x| x as f32).collect(),
        }
    }
}

/// One distortion table image as found in a FITS image extension (`D2IMARR` or `WCSDVARR`).
#[derive(Clone, Debug, PartialEq)]
pub struct TableImage {
    /// The extension's header as 80-character cards; its CRPIXj / CRVALj / CDELTj (defaults 0, 0, 1)
    /// place the table on the image.
    pub cards: String,
    /// Shape in numpy order (slowest axis first): `[NAXIS2, NAXIS1]`.
    pub shape: Vec<usize>,
    /// Pixels, row-major (NAXIS1 varies fastest).
    pub data: TableData,
}

/// A 2-D distortion lookup table: astropy's `DistortionLookupTable`.
#[derive(Clone, Debug)]
pub(crate) struct LookupTable {
    /// Table size along x (FITS axis 1) and y.
    naxis: [usize; 2],
    crpix: [f64; 2],
    crval: [f64; 2],
    cdelt: [f64; 2],
    /// `naxis[0] * naxis[1]` values, x fastest.
    data: Vec<f32>,
}

impl LookupTable {
    /// A table of `nx` × `ny` values (x fastest) placed on the image by `crpix`/`crval`/`cdelt`.
    pub(crate) fn new(
        nx: usize,
        ny: usize,
        data: Vec<f32>,
        crpix: [f64; 2],
        crval: [f64; 2],
        cdelt: [f64; 2],
    ) -> LookupTable {
        assert!(
            nx > 0 && ny > 0 && data.len() == nx * ny,
            "lookup table size"
        );
        LookupTable {
            naxis: [nx, ny],
            crpix,
            crval,
            cdelt,
            data,
        }
    }

    /// Fractional 0-based table position of image coordinate `img` (1-based pixels) on one axis,
    /// clamped to the table (so the table's edge values extend outwards). NaN stays NaN.
    #[inline]
    fn table_coord(&self, axis: usize, img: f64) -> f64 {
        let t = ((img - self.crval[axis]) / self.cdelt[axis] + self.crpix[axis]) - 1.0;
        let hi = (self.naxis[axis] - 1) as f64;
        if t > hi {
            hi
        } else if t < 0.0 {
            0.0
        } else {
            t
        }
    }

    #[inline]
    fn at(&self, x: i64, y: i64) -> f64 {
        let nx = self.naxis[0] as i64;
        let ny = self.naxis[1] as i64;
        let (x, y) = (x.clamp(0, nx - 1), y.clamp(0, ny - 1));
        self.data[(y * nx + x) as usize] as f64
    }

    /// Bilinearly interpolated table value at 1-based image position `img` (astropy's
    /// `get_distortion_offset`, same arithmetic, same clamping at the edges).
    #[inline]
    pub(crate) fn offset(&self, img: [f64; 2]) -> f64 {
        let d = [self.table_coord(0, img[0]), self.table_coord(1, img[1])];
        if d[0].is_nan() || d[1].is_nan() {
            return f64::NAN;
        }
        let f = [d[0].floor(), d[1].floor()];
        let (x, y) = (f[0] as i64, f[1] as i64);
        let w = [d[0] - f[0], d[1] - f[1]];
        let iw = [1.0 - w[0], 1.0 - w[1]];
        self.at(x, y) * iw[0] * iw[1]
            + self.at(x, y + 1) * iw[0] * w[1]
            + self.at(x + 1, y) * w[0] * iw[1]
            + self.at(x + 1, y + 1) * w[0] * w[1]
    }
}

/// SIP forward polynomials (A, B), evaluated as astropy's `sip.c` evaluates them.
#[derive(Clone, Debug)]
pub(crate) struct Sip {
    a_order: usize,
    /// `a[p * (a_order + 1) + q]` = `A_p_q` (coefficient of u^p v^q).
    a: Vec<f64>,
    b_order: usize,
    b: Vec<f64>,
    crpix: [f64; 2],
}

impl Sip {
    fn poly(order: usize, c: &[f64], x: f64, y: f64) -> f64 {
        let m = order;
        let at = |p: usize, q: usize| c[p * (m + 1) + q];
        // Σ_p x^p Σ_q c[p][q] y^q, both in Horner form, in the order sip.c uses.
        let mut sum = 0.0;
        for j in 0..=m {
            let mut t = at(m - j, j);
            for k in (0..j).rev() {
                t = y * t + at(m - j, k);
            }
            sum = if j == 0 { t } else { x * sum + t };
        }
        sum
    }

    /// SIP offsets at 1-based pixel `p`.
    #[inline]
    pub(crate) fn deltas(&self, p: [f64; 2]) -> [f64; 2] {
        let x = p[0] - self.crpix[0];
        let y = p[1] - self.crpix[1];
        [
            Self::poly(self.a_order, &self.a, x, y),
            Self::poly(self.b_order, &self.b, x, y),
        ]
    }
}

/// World → pixel: converged when the last correction is below this (pixels).
pub(crate) const TOLERANCE: f64 = 1e-10;
/// World → pixel: at most this many fixed-point iterations.
pub(crate) const MAXITER: usize = 50;

/// Everything astropy applies outside WCSLIB: detector-to-image tables, SIP, paper IV tables.
#[derive(Clone, Debug)]
pub(crate) struct Distortions {
    det2im: [Option<LookupTable>; 2],
    sip: Option<Sip>,
    cpdis: [Option<LookupTable>; 2],
    /// astropy's `WCS.has_distortion`: whether `all_world2pix` iterates at all. astropy counts the
    /// detector-to-image correction only when both axes have one, so with a single D2IM table and
    /// nothing else its world → pixel is the linear inverse; we do the same, to give its answers.
    iterate: bool,
    /// What is present ("D2IM1 from D2IMARR,1", ...), for `Wcs::lookup_tables` and `Debug`.
    summary: Vec<String>,
}

impl Distortions {
    fn new(
        det2im: [Option<LookupTable>; 2],
        sip: Option<Sip>,
        cpdis: [Option<LookupTable>; 2],
        summary: Vec<String>,
    ) -> Self {
        let iterate = sip.is_some()
            || cpdis.iter().any(Option::is_some)
            || det2im.iter().all(Option::is_some);
        Distortions {
            det2im,
            sip,
            cpdis,
            iterate,
            summary,
        }
    }

    /// What is present ("D2IM1 from D2IMARR,1", "SIP", "CPDIS2 from WCSDVARR,2").
    pub(crate) fn summary(&self) -> &[String] {
        &self.summary
    }

    /// astropy's `pix2foc` on 1-based pixel coordinates.
    #[inline]
    pub(crate) fn pix2foc(&self, p: [f64; 2]) -> [f64; 2] {
        let mut input = p;
        for (i, t) in self.det2im.iter().enumerate() {
            if let Some(t) = t {
                input[i] += t.offset(p);
            }
        }
        let mut foc = input;
        if let Some(sip) = &self.sip {
            let d = sip.deltas(input);
            foc[0] += d[0];
            foc[1] += d[1];
        }
        for (i, t) in self.cpdis.iter().enumerate() {
            if let Some(t) = t {
                foc[i] += t.offset(input);
            }
        }
        foc
    }

    /// Whether world → pixel iterates (see `iterate`).
    pub(crate) fn iterates(&self) -> bool {
        self.iterate
    }

    /// astropy's `all_world2pix` for one point: `pix0` is WCSLIB's inverse of the linear part (0-based
    /// "focal plane" coordinates); returns the 0-based pixel `x` with `pix2foc(x) = pix0`, found by
    /// fixed-point iteration `x ← x − (pix2foc(x) − pix0)` until the correction is below
    /// [`TOLERANCE`]. A point whose corrections stop shrinking (divergence) keeps its last estimate
    /// before the divergent step, and a point still converging after [`MAXITER`] steps its last
    /// estimate, as astropy's `best_solution` (what reproject uses) does.
    pub(crate) fn invert(&self, pix0: [f64; 2]) -> [f64; 2] {
        let tol2 = TOLERANCE * TOLERANCE;
        // astropy works with origin-0 coordinates and converts to 1-based around pix2foc
        let foc = |x: [f64; 2]| {
            let f = self.pix2foc([x[0] + 1.0, x[1] + 1.0]);
            [f[0] - 1.0, f[1] - 1.0]
        };
        let correction = |x: [f64; 2]| {
            let f = foc(x);
            let d = [f[0] - pix0[0], f[1] - pix0[1]];
            (d, d[0] * d[0] + d[1] * d[1])
        };
        let (d, mut dn) = correction(pix0);
        let mut x = [pix0[0] - d[0], pix0[1] - d[1]];
        let mut k = 1;
        while dn >= tol2 && k < MAXITER {
            let (d, dnew) = correction(x);
            if dnew >= dn && dnew >= tol2 {
                break; // diverging: keep the estimate before this step
            }
            x = [x[0] - d[0], x[1] - d[1]];
            dn = dnew;
            k += 1;
        }
        x
    }
}

// ---------------------------------------------------------------------------------------------------
// Header reading
// ---------------------------------------------------------------------------------------------------

/// A header value, as far as these keywords need one.
#[derive(Clone, Debug, PartialEq)]
enum Val {
    Str(String),
    Num(f64),
    Other,
}

impl std::fmt::Display for Val {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Val::Str(s) => write!(f, "'{s}'"),
            Val::Num(v) => write!(f, "{v}"),
            Val::Other => f.write_str("(unreadable value)"),
        }
    }
}

struct Cards<'a> {
    /// (keyword, value) of every card, in order.
    cards: Vec<(&'a str, Option<Val>)>,
}

fn parse_string(s: &str) -> Option<String> {
    // s starts after the opening quote; '' is an escaped quote
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            if chars.peek() == Some(&'\'') {
                chars.next();
                out.push('\'');
            } else {
                return Some(out.trim_end().to_string());
            }
        } else {
            out.push(c);
        }
    }
    None
}

fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    s.replace(['D', 'd'], "E").parse::<f64>().ok()
}

impl<'a> Cards<'a> {
    fn new(text: &'a str) -> Cards<'a> {
        let mut cards = Vec::new();
        for card in text.as_bytes().chunks(80) {
            let Ok(card) = std::str::from_utf8(card) else {
                continue;
            };
            let key = card.get(..card.len().min(8)).unwrap_or("").trim_end();
            if key.is_empty() || key == "END" {
                continue;
            }
            let value = if card.len() >= 10 && &card[8..10] == "= " {
                let v = card[10..].trim_start();
                Some(if let Some(rest) = v.strip_prefix('\'') {
                    parse_string(rest).map_or(Val::Other, Val::Str)
                } else {
                    let v = v.split('/').next().unwrap_or("");
                    parse_number(v).map_or(Val::Other, Val::Num)
                })
            } else {
                None
            };
            cards.push((key, value));
        }
        Cards { cards }
    }

    fn get(&self, key: &str) -> Option<&Val> {
        self.cards
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.as_ref())
    }

    fn has(&self, key: &str) -> bool {
        self.cards.iter().any(|(k, v)| *k == key && v.is_some())
    }

    fn num(&self, key: &str) -> Option<f64> {
        match self.get(key) {
            Some(Val::Num(v)) => Some(*v),
            _ => None,
        }
    }

    fn string(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(Val::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    /// A record-valued keyword card (`DP1 = 'AXIS.1: 1'` is `DP1.AXIS.1` = 1): the first card of
    /// keyword `key` whose value is "`field`: number".
    fn record(&self, key: &str, field: &str) -> Option<f64> {
        self.cards.iter().find_map(|(k, v)| {
            if *k != key {
                return None;
            }
            let Some(Val::Str(s)) = v else { return None };
            let (f, val) = s.split_once(':')?;
            if f.trim() == field {
                parse_number(val)
            } else {
                None
            }
        })
    }
}

/// A SIP coefficient keyword, as astropy recognises them (`SIP_KW`): `A_1_2`, `BP_0_3`, ...
fn is_sip_coefficient(key: &str) -> bool {
    let rest = if let Some(r) = key.strip_prefix("AP_").or_else(|| key.strip_prefix("BP_")) {
        r
    } else if let Some(r) = key.strip_prefix("A_").or_else(|| key.strip_prefix("B_")) {
        r
    } else {
        return false;
    };
    let Some((p, q)) = rest.split_once('_') else {
        return false;
    };
    let index = |s: &str| {
        let s = s.strip_prefix('1').filter(|t| !t.is_empty()).unwrap_or(s);
        s.len() == 1 && s.as_bytes()[0].is_ascii_digit()
    };
    // the second index may carry one alternate-WCS letter
    let q = match q.as_bytes().last() {
        Some(c) if c.is_ascii_uppercase() => &q[..q.len() - 1],
        _ => q,
    };
    index(p) && index(q)
}

/// The keywords this module takes out of the header before WCSLIB sees it.
fn is_stripped(key: &str, strip_sip: bool) -> bool {
    const EXACT: &[&str] = &[
        "D2IMDIS1", "D2IMDIS2", "D2IM1", "D2IM2", "D2IMERR1", "D2IMERR2", "CPDIS1", "CPDIS2",
        "DP1", "DP2", "CPERR1", "CPERR2", "AXISCORR",
    ];
    if EXACT.contains(&key) {
        return true;
    }
    strip_sip
        && (is_sip_coefficient(key)
            || ["A_ORDER", "B_ORDER", "AP_ORDER", "BP_ORDER"].contains(&key))
}

fn read_sip(h: &Cards) -> Result<Option<Sip>> {
    let order = |key: &str| h.num(key).filter(|&o| o > 1.0);
    let Some(a_order) = order("A_ORDER") else {
        if order("B_ORDER").is_some() {
            return Err(WcsError::Invalid(
                "B_ORDER provided without corresponding A_ORDER keyword for SIP distortion".into(),
            ));
        }
        return Ok(None);
    };
    if !h.has("B_ORDER") {
        return Err(WcsError::Invalid(
            "A_ORDER provided without corresponding B_ORDER keyword for SIP distortion".into(),
        ));
    }
    let Some(b_order) = order("B_ORDER") else {
        return Ok(None); // astropy drops SIP when B_ORDER <= 1
    };
    let matrix = |prefix: &str, m: f64| -> (usize, Vec<f64>) {
        let m = m as usize;
        let mut c = vec![0.0; (m + 1) * (m + 1)];
        for p in 0..=m {
            for q in 0..=(m - p) {
                if let Some(v) = h.num(&format!("{prefix}_{p}_{q}")) {
                    c[p * (m + 1) + q] = v;
                }
            }
        }
        (m, c)
    };
    let (a_order, a) = matrix("A", a_order);
    let (b_order, b) = matrix("B", b_order);
    let (Some(c1), Some(c2)) = (h.num("CRPIX1"), h.num("CRPIX2")) else {
        return Err(WcsError::Invalid(
            "header has SIP keywords without CRPIX keywords".into(),
        ));
    };
    Ok(Some(Sip {
        a_order,
        a,
        b_order,
        b,
        crpix: [c1, c2],
    }))
}

/// Builds the table of extension (`extname`, `extver`) for `keyword` from the caller's image.
fn load_table(
    keyword: &str,
    extname: &str,
    extver: i64,
    transpose: bool,
    old_format: bool,
    tables: &dyn Fn(&str, i64) -> Option<TableImage>,
) -> Result<LookupTable> {
    let Some(img) = tables(extname, extver) else {
        return Err(WcsError::Invalid(format!(
            "{keyword} declares a distortion lookup table in FITS extension {extname},{extver}, which is not \
             available: lookup tables live in image extensions of the FITS file, a header alone cannot carry them"
        )));
    };
    let what = format!("distortion table {extname},{extver}");
    if img.data.len() != img.shape.iter().product::<usize>() || img.shape.contains(&0) {
        return Err(WcsError::Invalid(format!(
            "{what}: {} values for shape {:?}",
            img.data.len(),
            img.shape
        )));
    }
    let th = Cards::new(&img.cards);
    let mut crpix = [0.0, 0.0];
    let mut crval = [0.0, 0.0];
    let mut cdelt = [1.0, 1.0];
    let naxes = if old_format {
        img.shape.len().min(2)
    } else {
        2
    };
    for i in 0..naxes {
        crpix[i] = th.num(&format!("CRPIX{}", i + 1)).unwrap_or(0.0);
        crval[i] = th.num(&format!("CRVAL{}", i + 1)).unwrap_or(0.0);
        cdelt[i] = th.num(&format!("CDELT{}", i + 1)).unwrap_or(1.0);
    }
    let data = img.data.to_f32();
    let (nx, ny) = match (img.shape.as_slice(), old_format) {
        // the old AXISCORR form stores a 1-D table: one row
        ([n], true) => (*n, 1),
        ([ny, nx], false) => (*nx, *ny),
        (s, _) => {
            return Err(WcsError::Invalid(format!(
                "{what} must be a {} image, it has shape {s:?}",
                if old_format { "1-D" } else { "2-D" }
            )))
        }
    };
    if transpose {
        let mut t = vec![0.0f32; data.len()];
        for y in 0..ny {
            for x in 0..nx {
                t[x * ny + y] = data[y * nx + x];
            }
        }
        return Ok(LookupTable::new(ny, nx, t, crpix, crval, cdelt));
    }
    Ok(LookupTable::new(nx, ny, data, crpix, crval, cdelt))
}

/// What [`prepare`] found: the distortions, and the header for WCSLIB without their keywords.
pub(crate) struct Prepared {
    /// `None` when the declared tables were all skipped (a negative quoted error, as astropy skips them).
    pub(crate) distortions: Option<Distortions>,
    pub(crate) cards: String,
}

/// Reads the lookup-table distortions a header declares (astropy's `_read_det2im_kw` and
/// `_read_distortion_kw`). `Ok(None)` when it declares none (the header goes to WCSLIB untouched).
pub(crate) fn prepare(
    cards: &str,
    tables: &dyn Fn(&str, i64) -> Option<TableImage>,
) -> Result<Option<Prepared>> {
    let h = Cards::new(cards);
    let mut summary = Vec::new();
    let mut det2im: [Option<LookupTable>; 2] = [None, None];
    let mut cpdis: [Option<LookupTable>; 2] = [None, None];

    for i in 1..=2 {
        if h.string(&format!("CQDIS{i}"))
            .is_some_and(|s| s.eq_ignore_ascii_case("lookup"))
        {
            return Err(WcsError::Unsupported(format!(
                "CQDIS{i} = 'Lookup': sequent lookup-table distortions are not supported (astropy does not apply them either)"
            )));
        }
    }

    if let Some(v) = h.get("AXISCORR") {
        // The deprecated form: one 1-D table in D2IMARR,1 for the axis AXISCORR names.
        let axis = match v {
            Val::Num(a) if *a == 1.0 || *a == 2.0 => *a as usize,
            _ => {
                return Err(WcsError::Invalid(format!(
                    "AXISCORR = {v}: expected 1 or 2 (the axis of the detector-to-image table D2IMARR,1)"
                )))
            }
        };
        det2im[axis - 1] = Some(load_table("AXISCORR", "D2IMARR", 1, false, true, tables)?);
        summary.push(format!("D2IM{axis} from D2IMARR,1 (AXISCORR)"));
    } else {
        for i in 1..=2usize {
            let key = format!("D2IMDIS{i}");
            let Some(kind) = h.get(&key) else { continue };
            if h.num(&format!("D2IMERR{i}")).unwrap_or(0.0) < 0.0 {
                continue; // astropy skips tables whose quoted error is below its minimum (0)
            }
            if !matches!(kind, Val::Str(s) if s.eq_ignore_ascii_case("lookup")) {
                return Err(WcsError::Unsupported(format!(
                    "{key} = {kind}: only 'Lookup' detector-to-image corrections are supported"
                )));
            }
            let rec = format!("D2IM{i}");
            let extver = h.record(&rec, "EXTVER").unwrap_or(1.0) as i64;
            let axis = h.record(&rec, &format!("AXIS.{i}")).ok_or_else(|| {
                WcsError::Invalid(format!(
                    "{key} = 'Lookup' but {rec}.AXIS.{i} (e.g. {rec} = 'AXIS.{i}: {i}') is missing"
                ))
            })?;
            det2im[i - 1] = Some(load_table(
                &key,
                "D2IMARR",
                extver,
                axis != i as f64,
                false,
                tables,
            )?);
            summary.push(format!("D2IM{i} from D2IMARR,{extver}"));
        }
    }

    for i in 1..=2usize {
        let key = format!("CPDIS{i}");
        let Some(kind) = h.string(&key) else { continue };
        if !kind.eq_ignore_ascii_case("lookup") {
            continue; // other prior distortions (Polynomial, TPD, ...) are WCSLIB's
        }
        if h.num(&format!("CPERR{i}")).unwrap_or(0.0) < 0.0 {
            continue;
        }
        let rec = format!("DP{i}");
        let extver = h.record(&rec, "EXTVER").unwrap_or(1.0) as i64;
        let axis = h.record(&rec, &format!("AXIS.{i}")).ok_or_else(|| {
            WcsError::Invalid(format!(
                "{key} = 'Lookup' but {rec}.AXIS.{i} (e.g. {rec} = 'AXIS.{i}: {i}') is missing"
            ))
        })?;
        cpdis[i - 1] = Some(load_table(
            &key,
            "WCSDVARR",
            extver,
            axis != i as f64,
            false,
            tables,
        )?);
        summary.push(format!("CPDIS{i} from WCSDVARR,{extver}"));
    }

    let lookup_cpdis: Vec<bool> = (1..=2)
        .map(|i| {
            h.string(&format!("CPDIS{i}"))
                .is_some_and(|s| s.eq_ignore_ascii_case("lookup"))
        })
        .collect();
    let declared = h.has("AXISCORR")
        || (1..=2).any(|i| h.has(&format!("D2IMDIS{i}")))
        || lookup_cpdis.iter().any(|&b| b);
    if !declared {
        return Ok(None);
    }
    let any_table = det2im.iter().chain(cpdis.iter()).any(Option::is_some);
    // With lookup tables, SIP is evaluated here (astropy's order of operations needs it outside
    // WCSLIB), so its keywords are taken out of WCSLIB's header as astropy takes them out.
    let sip = if any_table { read_sip(&h)? } else { None };
    if sip.is_some() {
        summary.push("SIP".to_string());
    }
    let mut out = String::with_capacity(cards.len());
    for card in cards.as_bytes().chunks(80) {
        let text = std::str::from_utf8(card).unwrap_or("");
        let key = text.get(..text.len().min(8)).unwrap_or("").trim_end();
        // non-Lookup CPDISj / DPj stay for WCSLIB
        let keep_for_wcslib = match key {
            "CPDIS1" | "DP1" | "CPERR1" => !lookup_cpdis[0],
            "CPDIS2" | "DP2" | "CPERR2" => !lookup_cpdis[1],
            _ => false,
        };
        if keep_for_wcslib || !is_stripped(key, any_table) {
            out.push_str(text);
        }
    }
    Ok(Some(Prepared {
        distortions: any_table.then(|| Distortions::new(det2im, sip, cpdis, summary)),
        cards: out,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ramp(nx: usize, ny: usize) -> LookupTable {
        // value = 10*x + y (0-based table indices): bilinear interpolation is exact on it
        let data = (0..ny)
            .flat_map(|y| (0..nx).map(move |x| (10 * x + y) as f32))
            .collect();
        LookupTable::new(nx, ny, data, [1.0, 1.0], [1.0, 1.0], [1.0, 1.0])
    }

    #[test]
    fn interpolation_inside_is_bilinear() {
        let t = ramp(5, 4);
        // crpix = crval = 1, cdelt = 1: image pixel 1 is table index 0
        for (x, y) in [
            (1.0, 1.0),
            (2.5, 1.25),
            (4.999, 3.5),
            (3.0, 4.0),
            (1.75, 2.125),
        ] {
            let want = 10.0 * (x - 1.0) + (y - 1.0);
            assert!(
                (t.offset([x, y]) - want).abs() < 1e-12,
                "({x}, {y}): {} vs {want}",
                t.offset([x, y])
            );
        }
    }

    #[test]
    fn edges_clamp_to_the_table() {
        let t = ramp(5, 4);
        // beyond the table on either side: the edge value, on each axis independently
        assert_eq!(t.offset([-100.0, 2.0]), 1.0);
        assert_eq!(t.offset([100.0, 2.0]), 41.0);
        assert_eq!(t.offset([3.0, -7.0]), 20.0);
        assert_eq!(t.offset([3.0, 1e9]), 23.0);
        assert_eq!(t.offset([f64::INFINITY, f64::NEG_INFINITY]), 40.0);
        // exactly on the last row / column (the clamped branch of astropy's code)
        assert_eq!(t.offset([5.0, 4.0]), 43.0);
        assert_eq!(t.offset([5.0, 2.5]), 41.5);
        assert!(t.offset([f64::NAN, 2.0]).is_nan());
        assert!(t.offset([2.0, f64::NAN]).is_nan());
    }

    #[test]
    fn table_coordinates_use_crpix_crval_cdelt() {
        // astropy's HST tables: CRPIX = CRVAL = 0, CDELT = 64 → image pixel p is table index p/64 - 1
        let data = (0..3 * 2).map(|i| i as f32).collect();
        let t = LookupTable::new(3, 2, data, [0.0, 0.0], [0.0, 0.0], [64.0, 64.0]);
        // image (96, 64) → table (0.5, 0): halfway between values 0 and 1
        assert!((t.offset([96.0, 64.0]) - 0.5).abs() < 1e-15);
        // image (160, 96) → table (1.5, 0.5): mean of 1, 2, 4, 5
        assert!((t.offset([160.0, 96.0]) - 3.0).abs() < 1e-15);
        // a one-row table: y always clamps to row 0
        let row = LookupTable::new(
            4,
            1,
            vec![0.0, 2.0, 4.0, 6.0],
            [1.0, 0.0],
            [1.0, 0.0],
            [1.0, 1.0],
        );
        assert_eq!(row.offset([2.5, 1234.0]), 3.0);
    }

    #[test]
    fn weights_are_f32_values_times_f64_weights() {
        // astropy stores tables as float32 and interpolates in double: a value that is not exactly
        // representable in f32 must come out as its f32 rounding.
        let v = 0.1f64;
        let t = LookupTable::new(1, 1, vec![v as f32], [1.0, 1.0], [1.0, 1.0], [1.0, 1.0]);
        assert_eq!(t.offset([1.0, 1.0]), (v as f32) as f64);
    }

    #[test]
    fn sip_polynomial_matches_direct_sum() {
        let m = 3;
        let mut a = vec![0.0; 16];
        let mut b = vec![0.0; 16];
        for p in 0..=m {
            for q in 0..=(m - p) {
                a[p * 4 + q] = 1e-3 * (p as f64 + 1.0) - 2e-4 * q as f64;
                b[p * 4 + q] = -5e-4 * p as f64 + 1e-3 * (q as f64 + 0.5);
            }
        }
        let sip = Sip {
            a_order: 3,
            a: a.clone(),
            b_order: 3,
            b: b.clone(),
            crpix: [10.0, 20.0],
        };
        let (px, py) = (17.5, 3.25);
        let (x, y) = (px - 10.0, py - 20.0);
        let direct = |c: &[f64]| {
            let mut s = 0.0;
            for p in 0..=m {
                for q in 0..=(m - p) {
                    s += c[p * 4 + q] * f64::powi(x, p as i32) * f64::powi(y, q as i32);
                }
            }
            s
        };
        let d = sip.deltas([px, py]);
        assert!(
            (d[0] - direct(&a)).abs() < 1e-12 && (d[1] - direct(&b)).abs() < 1e-12,
            "{d:?}"
        );
    }

    #[test]
    fn sip_keyword_pattern() {
        for k in ["A_0_2", "B_1_1", "AP_3_0", "BP_0_0", "A_10_2", "A_1_2A"] {
            assert!(is_sip_coefficient(k), "{k}");
        }
        for k in [
            "A_ORDER", "AP_ORDER", "A_2", "A_1_", "CD1_1", "A_20_1", "DP1",
        ] {
            assert!(!is_sip_coefficient(k), "{k}");
        }
    }

    #[test]
    fn record_valued_keywords() {
        let text: String = [
            "DP1     = 'EXTVER: 2' / version",
            "DP1     = 'AXIS.1: 1'",
            "DP1     = 'AXIS.2: 2'",
        ]
        .iter()
        .map(|c| format!("{c:<80}"))
        .collect();
        let h = Cards::new(&text);
        assert_eq!(h.record("DP1", "EXTVER"), Some(2.0));
        assert_eq!(h.record("DP1", "AXIS.1"), Some(1.0));
        assert_eq!(h.record("DP1", "AXIS.2"), Some(2.0));
        assert_eq!(h.record("DP1", "NAXES"), None);
        assert_eq!(h.record("DP2", "EXTVER"), None);
    }

    #[test]
    fn inversion_recovers_the_pixel() {
        let mut t = ramp(8, 8);
        t.data.iter_mut().for_each(|v| *v *= 0.01);
        let d = Distortions::new([Some(t.clone()), None], None, [None, Some(t)], Vec::new());
        assert!(d.iterates());
        for p in [[0.0, 0.0], [3.3, 4.7], [-20.0, 50.0]] {
            let f = d.pix2foc([p[0] + 1.0, p[1] + 1.0]);
            let back = d.invert([f[0] - 1.0, f[1] - 1.0]);
            assert!(
                (back[0] - p[0]).abs() < 1e-10 && (back[1] - p[1]).abs() < 1e-10,
                "{p:?} → {back:?}"
            );
        }
        // a single detector-to-image table and nothing else: astropy does not iterate
        let single = Distortions::new([Some(ramp(2, 2)), None], None, [None, None], Vec::new());
        assert!(!single.iterates());
    }
}
