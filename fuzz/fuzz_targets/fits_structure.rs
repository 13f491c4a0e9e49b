//! Whole files through both readers (our own HDU walk and memory-mapped reads, then CFITSIO):
//! any byte string gives an error or an image, never a crash; when both readers accept a file
//! they agree on its HDUs.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use skywarp_fits::{list_hdus, list_hdus_native, HduSelector, ImageReader};

fuzz_target!(|data: &[u8]| {
    let p = common::as_file(data);
    let native = list_hdus_native(&p);
    let cfitsio = list_hdus(&p);
    if let (Ok(n), Ok(c)) = (&native, &cfitsio) {
        // random groups: an image to CFITSIO, "other" to us; neither reads it as an image
        let groups = |h: &skywarp_fits::HduInfo| h.header.get_bool("GROUPS") == Some(true);
        for (a, b) in n.iter().zip(c).filter(|(a, _)| !groups(a)) {
            assert_eq!(a.kind, b.kind, "readers disagree on HDU {}", a.index);
            if !a.compressed {
                assert_eq!(a.shape, b.shape, "readers disagree on HDU {}", a.index);
            }
        }
    }
    if let Ok(r) = ImageReader::open(&p, &HduSelector::Default) {
        let _ = r.read_all::<f32>();
    }
});
