//! WCS construction from header text (WCSLIB's parser, our repairs and distortion handling),
//! then a round trip pixel → world → pixel: never a crash, whatever the cards.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skywarp_fits::Header;
use skywarp_wcs::Wcs;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(h) = Header::from_text(text) else {
        return;
    };
    let Ok(mut wcs) = Wcs::from_cards(&h.to_cards_string()) else {
        return;
    };
    let n = wcs.naxis();
    if n == 0 || n > 16 {
        return;
    }
    let pix: Vec<f64> = (0..n).map(|i| 1.0 + i as f64 * 7.5).collect();
    let mut world = vec![0.0; n];
    if wcs.pix2world(&pix, &mut world).is_ok() {
        let mut back = vec![0.0; n];
        let _ = wcs.world2pix(&world, &mut back);
    }
});
