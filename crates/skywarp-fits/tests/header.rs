//! Header parsing and formatting.

mod common;

use skywarp_fits::{Card, FitsError, Header, Value};

const FIXTURE: &str = include_str!("data/wcs_sip.hdr");

/// The fixture in "raw" form: 80-character records, no newlines (how astropy ships .hdr files).
fn raw_form(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l:<80}"))
        .collect()
}

#[test]
fn both_text_forms_parse_identically() {
    let lines = Header::from_text(FIXTURE).unwrap();
    let raw = Header::from_text(&raw_form(FIXTURE)).unwrap();
    assert_eq!(lines, raw);
    // Lines shorter than 80 characters (hand-written files) are fine too.
    let trimmed: String = FIXTURE
        .lines()
        .map(|l| format!("{}\r\n", l.trim_end()))
        .collect();
    assert_eq!(Header::from_text(&trimmed).unwrap(), lines);
}

#[test]
fn fixture_values() {
    let h = Header::from_text(FIXTURE).unwrap();
    assert_eq!(h.get_i64("NAXIS1"), Some(256));
    assert_eq!(h.get_str("CTYPE1"), Some("RA---TAN-SIP"));
    assert_eq!(h.get_f64("CRPIX1"), Some(128.5));
    assert_eq!(h.get_f64("CD1_1"), Some(-0.00016666666666667));
    assert_eq!(h.get_f64("CD2_1"), Some(1.2345678901234e-07));
    assert_eq!(h.get_comment("CD2_1"), Some("Fortran-style exponent"));
    assert_eq!(h.get_str("OBJECT"), Some("Crab 'M1' nebula"));
    assert_eq!(
        h.get_str("OBSERVER"),
        Some("A long string value that certainly does not fit on one card so it continues here and ends here.")
    );
    assert_eq!(
        h.get_comment("OBSERVER"),
        Some("comment of the long string")
    );
    assert_eq!(h.get_f64("ESO DET CHIP TEMP"), Some(-120.5));
    assert_eq!(h.get_f64("HIERARCH ESO DET CHIP TEMP"), Some(-120.5));
    assert_eq!(h.get_f64("EXPTIME"), Some(300.0));
    assert_eq!(h.get_i64("EXPTIME"), Some(300));
    assert_eq!(h.get_i64("SATURATE"), Some(65535));
    assert_eq!(
        h.get("BIGINT"),
        Some(&Value::Raw("123456789012345678901234".into()))
    );
    assert_eq!(h.get_f64("BIGINT"), Some(1.2345678901234568e23));
    assert_eq!(h.get("CPLX"), Some(&Value::Raw("(1.5, -2.0)".into())));
    assert_eq!(h.get_bool("FLAG"), Some(false));
    assert_eq!(h.get("UNDEF"), Some(&Value::Undefined));
    assert!(h.contains("undef"), "lookups are case-insensitive");
    assert_eq!(h.get_str("date-obs"), Some("2021-03-04T05:06:07.5"));
    let commentary: Vec<_> = h
        .iter()
        .filter(|c| c.is_commentary())
        .map(|c| (c.keyword(), c.comment().unwrap()))
        .collect();
    assert_eq!(
        commentary,
        vec![
            (
                "COMMENT",
                "This header is a hand-written fixture for skywarp-fits tests."
            ),
            ("HISTORY", "  indented history text")
        ]
    );
    assert!(!h.contains("END"));
    // Wrong-type getters give None, not garbage.
    assert_eq!(h.get_f64("CTYPE1"), None);
    assert_eq!(h.get_str("NAXIS"), None);
    assert_eq!(h.get_i64("CRPIX1"), None);
}

#[test]
fn formatting_round_trips() {
    let h = Header::from_text(FIXTURE).unwrap();
    let cards = h.to_cards_string();
    assert_eq!(cards.len() % 80, 0);
    assert!(cards.is_ascii());
    assert!(!cards.contains("END     "), "to_cards_string has no END");
    assert_eq!(Header::from_text(&cards).unwrap(), h);
    let text = h.to_text();
    assert!(text.lines().all(|l| l.len() == 80));
    assert!(text.lines().last().unwrap().starts_with("END "));
    assert_eq!(Header::from_text(&text).unwrap(), h);
    // Long strings went out as CONTINUE cards.
    assert!(cards.contains("CONTINUE  '"));
    // The block form is a multiple of 2880 and ends with END + blanks.
    let block = h.to_block_bytes();
    assert_eq!(block.len() % 2880, 0);
}

#[test]
fn numbers_use_fixed_format_and_round_trip() {
    let mut rng = common::Rng(0x9e3779b97f4a7c15);
    let mut h = Header::new();
    let mut vals = Vec::new();
    for i in 0..500 {
        let mag = 10f64.powi((rng.next_u64() % 40) as i32 - 20);
        let v = (rng.f64() - 0.5) * mag;
        vals.push(v);
        h.set_f64(&format!("V{i}"), v).unwrap();
    }
    h.set_i64("BIG", i64::MIN).unwrap();
    let text = h.to_text();
    let back = Header::from_text(&text).unwrap();
    for (i, v) in vals.iter().enumerate() {
        assert_eq!(
            back.get_f64(&format!("V{i}")).unwrap().to_bits(),
            v.to_bits(),
            "V{i}"
        );
    }
    assert_eq!(back.get_i64("BIG"), Some(i64::MIN));
    // Fixed format: value right-justified to column 30 for short values.
    let mut h = Header::new();
    h.set_f64("CRVAL1", 83.5).unwrap();
    h.set_i64("NAXIS1", 100).unwrap();
    h.set_bool("SIMPLE", true).unwrap();
    let s = h.to_cards_string();
    assert_eq!(&s[..30], "CRVAL1  =                 83.5");
    assert_eq!(&s[80..110], "NAXIS1  =                  100");
    assert_eq!(&s[160..190], "SIMPLE  =                    T");
    // Integral reals keep a decimal point so they stay reals.
    let mut h = Header::new();
    h.set_f64("X", 3.0).unwrap();
    assert_eq!(
        Header::from_text(&h.to_text()).unwrap().get("X"),
        Some(&Value::Float(3.0))
    );
}

#[test]
fn setters_and_editing() {
    let mut h = Header::new();
    h.set_str("object", "it's").unwrap();
    h.set_comment("OBJECT", "target").unwrap();
    h.set_f64("CRVAL1", 1.0).unwrap();
    h.set_f64("crval1", 2.0).unwrap(); // replaces in place, keeps one card
    assert_eq!(h.len(), 2);
    assert_eq!(h.cards()[0].keyword(), "OBJECT");
    assert_eq!(h.get_f64("CRVAL1"), Some(2.0));
    assert!(h
        .to_cards_string()
        .starts_with("OBJECT  = 'it''s   ' / target"));
    h.add_history(&"x".repeat(150)).unwrap();
    assert_eq!(
        h.to_cards_string().len(),
        80 * 5,
        "150 characters of HISTORY need 3 cards"
    );
    assert!(h.remove("OBJECT"));
    assert!(!h.remove("OBJECT"));
    assert!(!h.contains("OBJECT"));
    // HIERARCH.
    h.set_f64("ESO TEL AIRM START", 1.25).unwrap();
    assert!(h
        .to_cards_string()
        .contains("HIERARCH ESO TEL AIRM START = 1.25"));
    assert_eq!(
        Header::from_text(&h.to_text())
            .unwrap()
            .get_f64("ESO TEL AIRM START"),
        Some(1.25)
    );
    // Very long string value, with quotes straddling chunk boundaries.
    let long: String = (0..300)
        .map(|i| {
            if i % 7 == 0 {
                '\''
            } else {
                (b'a' + (i % 26) as u8) as char
            }
        })
        .collect();
    h.set_str("LONGSTR", &long).unwrap();
    h.set_comment("LONGSTR", "the comment").unwrap();
    let back = Header::from_text(&h.to_cards_string()).unwrap();
    assert_eq!(back.get_str("LONGSTR"), Some(long.as_str()));
    assert_eq!(back.get_comment("LONGSTR"), Some("the comment"));
    // A string that fits, with a long comment, keeps the whole comment.
    h.set_str("SHORT", &"s".repeat(60)).unwrap();
    h.set_comment("SHORT", &"c".repeat(50)).unwrap();
    let back = Header::from_text(&h.to_cards_string()).unwrap();
    assert_eq!(back.get_str("SHORT"), Some("s".repeat(60).as_str()));
    assert_eq!(back.get_comment("SHORT"), Some("c".repeat(50).as_str()));
}

#[test]
fn invalid_input_is_an_error_not_a_panic() {
    let mut h = Header::new();
    assert!(matches!(
        h.set_f64("X", f64::NAN),
        Err(FitsError::InvalidCard { .. })
    ));
    assert!(matches!(
        h.set_f64("X", f64::INFINITY),
        Err(FitsError::InvalidCard { .. })
    ));
    assert!(h.set_str("X", "caf\u{e9}").is_err());
    assert!(h.set_str("A=B", "x").is_err());
    assert!(h.set_str("", "x").is_err());
    assert!(h.set_str("COMMENT", "x").is_err());
    assert!(h.set_comment("MISSING", "x").is_err());
    assert!(h
        .set_str(&format!("HIERARCH {}", "K".repeat(60)), &"v".repeat(30))
        .is_err());
    let e = Header::from_text("SIMPLE  =                    T\nOBJECT  = 'caf\u{e9}'\nEND")
        .unwrap_err();
    assert!(e.to_string().contains("card 2"), "{e}");
    assert!(Card::commentary("OBJECT", "x").is_err());
    // Garbage that is ASCII parses leniently, without panicking.
    let g = Header::from_text(
        "=''''/ ''''\n'\nNAXIS   = 'unterminated\nX       =    / \nHIERARCH\nHIERARCH = 3",
    )
    .unwrap();
    assert_eq!(g.get_str("NAXIS"), Some("unterminated"));
    assert!(g.to_text().is_ascii());
    for s in ["", "END", "\n\n\n", &"A".repeat(1000)] {
        let _ = Header::from_text(s).unwrap();
    }
    // Missing files are errors naming the file.
    let e = Header::read_file("/nonexistent/dir/x.hdr").unwrap_err();
    assert!(e.to_string().contains("/nonexistent/dir/x.hdr"), "{e}");
}

#[test]
fn read_file_accepts_text_and_fits() {
    let dir = common::tmpdir();
    let p = dir.path().join("h.txt");
    std::fs::write(&p, FIXTURE).unwrap();
    let h = Header::read_file(&p).unwrap();
    assert_eq!(h.get_i64("NAXIS2"), Some(128));
    let q = dir.path().join("h.raw");
    std::fs::write(&q, raw_form(FIXTURE)).unwrap();
    assert_eq!(Header::read_file(&q).unwrap(), h);
    // write_file then read_file.
    let r = dir.path().join("out.hdr");
    h.write_file(&r).unwrap();
    assert_eq!(Header::read_file(&r).unwrap(), h);
    // A FITS file: its primary header (the binary data after END is ignored).
    let f = dir.path().join("img.fits");
    skywarp_fits::write_image(&f, &h, &[1.5f32; 256 * 128], &[128, 256]).unwrap();
    let fh = Header::read_file(&f).unwrap();
    assert_eq!(fh.get_str("CTYPE2"), Some("DEC--TAN-SIP"));
}
