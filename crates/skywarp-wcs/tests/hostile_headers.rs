//! Headers that crashed WCSLIB 7's parser (heap corruption → abort or SIGSEGV, found by the
//! `wcs_header` fuzz target): SIP coefficients without their orders. Each must give a WCS or an
//! error; a regression kills this test process.

fn cards(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l:<80}")).collect()
}

#[test]
fn sip_coefficients_without_orders_do_not_crash_wcslib() {
    let cases: [&[&str]; 8] = [
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
        // orders shifted out of the value-indicator column: WCSLIB does not see them
        &[
            "CD1_1   = 0.0003",
            "A_ORDER  =     4",
            "A_4_0    = -4.5E-14",
            "B_ORDER  =     4",
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

#[test]
fn huge_wcsaxes_or_naxis_is_an_error_not_a_null_dereference_in_wcslib() {
    for card in ["WCSAXES = 100000", "NAXIS   = 45922", "WCSAXESA= 5000"] {
        let e = skywarp_wcs::Wcs::from_cards(&cards(&["CRPIX1  = 1", card])).unwrap_err();
        assert!(e.to_string().contains("at most 99 axes"), "{e}");
    }
    assert!(skywarp_wcs::Wcs::from_cards(&cards(&["CRPIX1  = 1", "WCSAXES = 3"])).is_ok());
}

/// wcsfix's cylfix read NAXISn for every WCS axis from a hint holding only NAXIS values: a heap
/// over-read when a cylindrical header has more WCS axes than NAXIS (found by the `wcs_header` fuzz
/// target under AddressSanitizer; the fuzz input is kept in tests/data).
#[test]
fn naxis_shorter_than_the_wcs_is_no_heap_over_read_in_cylfix() {
    let short = cards(&[
        "NAXIS   = 2",
        "NAXIS1  = 3600",
        "NAXIS2  = 1800",
        "WCSAXES = 4",
        "CTYPE1  = 'GLON-CAR'",
        "CTYPE2  = 'GLAT-CAR'",
        "CDELT1  = -0.1",
        "CDELT2  = 0.1",
    ]);
    let w = skywarp_wcs::Wcs::from_cards(&short).expect("a valid 4-axis CAR WCS");
    assert_eq!(w.naxis(), 4);
    let fuzz = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fuzz_naxis_hint_shorter_than_wcs.hdr"
    ))
    .unwrap();
    let text: String = fuzz
        .iter()
        .map(|&b| if b.is_ascii() { b as char } else { ' ' })
        .collect();
    let text = &text[..text.len() / 80 * 80];
    // a WCS or an error, never a crash
    let _ = skywarp_wcs::Wcs::from_cards(text);
}
