//! Header text parsing (`Header::from_text`, as for header files) and formatting: never a
//! panic, and what we write always parses back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skywarp_fits::Header;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(h) = Header::from_text(text) else {
        return;
    };
    let block = h.to_block_bytes();
    assert_eq!(block.len() % 2880, 0);
    Header::from_text(&h.to_text()).expect("our own output parses");
    let _ = Header::from_text(std::str::from_utf8(&block).expect("headers are ASCII"));
});
