//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use skywarp_fits::{Header, BLOCK_LEN};

/// A fresh temporary directory (removed on drop).
pub fn tmpdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("skywarp-fits-test-")
        .tempdir()
        .expect("tempdir")
}

/// Files in `dir`, sorted (to check that nothing was left behind).
pub fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Builds one HDU by hand: header text (cards as given, END added, padded) followed by raw
/// big-endian data padded with zeros. Lets tests produce files our writer would refuse to make
/// (BSCALE on integers, BLANK, truncation, odd layouts).
pub fn handmade_hdu(cards: &[&str], data_be: &[u8]) -> Vec<u8> {
    let text: String = cards.iter().map(|c| format!("{c:<80}")).collect();
    let h = Header::from_text(&text).expect("handmade header parses");
    let mut out = h.to_block_bytes();
    out.extend_from_slice(data_be);
    let pad = (BLOCK_LEN - data_be.len() % BLOCK_LEN) % BLOCK_LEN;
    out.extend_from_slice(&vec![0u8; pad]);
    out
}

pub fn write_bytes(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

/// A deterministic pseudo-random generator (xorshift), to avoid a dev-dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    /// Uniform in [0, 1).
    pub fn f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Equal as f64, NaN == NaN.
pub fn same(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || (x.is_nan() && y.is_nan()))
}
