//! Tile-compression parameters: a valid RICE-compressed file whose compression cards
//! (ZTILEn, ZVALn, ZNAXISn, ZBITPIX, NAXIS2, PCOUNT, THEAP, ZDITHER0...) take fuzzed values,
//! read through CFITSIO. Every value CFITSIO would divide by or allocate from is validated in
//! Rust first; a crash here is a check missing from skywarp-fits' `tiled` module.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use skywarp_fits::{list_hdus, HduSelector, ImageReader};

const BASE: &[u8] = include_bytes!("../../crates/skywarp-fits/tests/data/rice_f32.fits");
/// Cards of HDU 1 the fuzzer may rewrite (keyword, then the value text it writes).
const KEYS: [&str; 16] = [
    "NAXIS1", "NAXIS2", "PCOUNT", "GCOUNT", "ZBITPIX", "ZNAXIS", "ZNAXIS1", "ZNAXIS2", "ZTILE1",
    "ZTILE2", "ZVAL1", "ZVAL2", "ZVAL3", "ZCMPTYPE", "ZPCOUNT", "ZGCOUNT",
];
/// Keywords that may replace ZPCOUNT/ZGCOUNT (cards CFITSIO reads if present).
const EXTRA: [&str; 6] = [
    "THEAP", "ZDITHER0", "ZQUANTIZ", "ZNAXIS3", "ZTILE3", "ZBLANK",
];

fuzz_target!(|data: &[u8]| {
    let mut bytes = BASE.to_vec();
    // each 3-byte chunk + text up to ';': (card to rewrite, value kind, extra keyword) value
    for chunk in data.split(|&b| b == b';').take(8) {
        let [k, kind, extra, value @ ..] = chunk else {
            continue;
        };
        let key = KEYS[*k as usize % KEYS.len()];
        let Some(pos) = (2880..bytes.len() - 80)
            .step_by(80)
            .find(|&i| bytes[i..i + 8] == *format!("{key:<8}").as_bytes())
        else {
            continue;
        };
        let written_key = if key.starts_with("ZPCOUNT") || key.starts_with("ZGCOUNT") {
            EXTRA[*extra as usize % EXTRA.len()]
        } else {
            key
        };
        let text: String = value
            .iter()
            .take(20)
            .map(|&b| (b % 95 + 32) as char)
            .collect();
        let value = match kind % 4 {
            0 => text, // anything
            1 => format!("{}", i64::from_le_bytes(pad8(value)) % 100_000),
            2 => format!("{}", i64::from_le_bytes(pad8(value))),
            _ => format!("'{}'", text.replace('\'', "")),
        };
        let card = format!("{written_key:<8}= {value:>20}");
        let card = format!("{:<80}", &card[..card.len().min(80)]);
        bytes[pos..pos + 80].copy_from_slice(card.as_bytes());
    }
    let p = common::as_file(&bytes);
    let _ = list_hdus(&p);
    if let Ok(r) = ImageReader::open(&p, &HduSelector::Default) {
        let _ = r.read_all::<f32>();
    }
});

fn pad8(v: &[u8]) -> [u8; 8] {
    let mut a = [0u8; 8];
    for (d, s) in a.iter_mut().zip(v) {
        *d = *s;
    }
    a
}
