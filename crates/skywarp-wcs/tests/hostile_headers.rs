//! Headers that crashed WCSLIB 7's parser (heap corruption → abort or SIGSEGV, found by the
//! `wcs_header` fuzz target): SIP coefficients without their orders. Each must give a WCS or an
//! error; a regression kills this test process.

fn cards(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l:<80}")).collect()
}

#[test]
fn sip_coefficients_without_orders_do_not_crash_wcslib() {
    let cases: [&[&str]; 7] = [
        &["CROTA2  = 16", "NAXIS   = 2", "A_1_1"],
        &["CRPIX1  = 1", "A_1_1   = 1"],
        &["CRPIX1  = 1", "A_0_2   = 1"],
        &["CRPIX1  = 1", "AP_1_1  = 1"],
        &["CDELT1  = 1", "A_ORDER = 2", "A_1_1   = 1"],
        &["CTYPE1  = 'RA---TAN'", "A_1_1   = 1"],
        &[
            "CRPIX1  = 1",
            "A_ORDER = 2",
            "B_ORDER = 2",
            "AP_ORDER= 2",
            "AP_1_1  = 1",
        ],
    ];
    for c in cases {
        let _ = skywarp_wcs::Wcs::from_cards(&cards(c));
    }
    // a complete SIP set still reaches WCSLIB and parses
    let ok = cards(&[
        "CTYPE1  = 'RA---TAN-SIP'",
        "CTYPE2  = 'DEC--TAN-SIP'",
        "CRPIX1  = 10",
        "CRPIX2  = 10",
        "CRVAL1  = 10",
        "CRVAL2  = 20",
        "CDELT1  = -0.001",
        "CDELT2  = 0.001",
        "A_ORDER = 2",
        "B_ORDER = 2",
        "A_2_0   = 1E-5",
        "B_0_2   = 1E-5",
    ]);
    let w = skywarp_wcs::Wcs::from_cards(&ok).expect("complete SIP parses");
    assert!(w.has_distortion());
}
