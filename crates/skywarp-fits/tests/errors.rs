//! Bad input gives errors that name the file, the HDU and the problem — never a panic.

mod common;

use common::{handmade_hdu, tmpdir, write_bytes, Rng};
use skywarp_fits::*;

fn one_line(e: &FitsError) -> String {
    let s = e.to_string();
    assert!(!s.contains('\n'), "multi-line message: {s}");
    s
}

#[test]
fn missing_hdu_names_the_selector_and_lists_what_exists() {
    let dir = tmpdir();
    let p = dir.path().join("two.fits");
    let mut w = FitsWriter::create(&p).unwrap();
    w.write_primary(&Header::new(), &[1f32; 4], &[2, 2])
        .unwrap();
    w.write_extension("SCI", &Header::new(), &[1f32; 4], &[2, 2])
        .unwrap();
    w.finish().unwrap();
    for sel in ["ERR", "SCI,2", "5"] {
        let s = HduSelector::parse(sel).unwrap();
        let errs = [
            read_image::<f32>(&p, &s).unwrap_err(),
            read_header(&p, &s).unwrap_err(),
            MmapImage::open(&p, &s).unwrap_err(),
            ImageReader::open(&p, &s).unwrap_err(),
        ];
        for e in errs {
            let m = one_line(&e);
            assert!(e.is_hdu_not_found(), "{m}");
            assert!(m.contains("two.fits"), "{m}");
            assert!(m.contains(&format!("'{sel}'")), "{m}");
            assert!(m.contains("1 (SCI): image 2x2"), "lists the HDUs: {m}");
        }
    }
}

#[test]
fn table_hdu_requested_as_image() {
    use fitsio::tables::{ColumnDataType, ColumnDescription};
    let dir = tmpdir();
    let p = dir.path().join("tab.fits");
    {
        let mut f = fitsio::FitsFile::create(&p).open().unwrap();
        let col = ColumnDescription::new("FLUX")
            .with_type(ColumnDataType::Double)
            .create()
            .unwrap();
        let hdu = f.create_table("CATALOG", &[col]).unwrap();
        hdu.write_col(&mut f, "FLUX", &[1.0f64, 2.0, 3.0]).unwrap();
    }
    let hdus = list_hdus(&p).unwrap();
    assert_eq!(hdus[1].kind, HduKind::BinTable);
    assert_eq!(hdus[1].shape, vec![3]);
    assert_eq!(list_hdus_native(&p).unwrap()[1].kind, HduKind::BinTable);
    for s in [HduSelector::Index(1), "CATALOG".into()] {
        for e in [
            read_image::<f64>(&p, &s).unwrap_err(),
            MmapImage::open(&p, &s).unwrap_err(),
        ] {
            let m = one_line(&e);
            assert!(matches!(e, FitsError::NotAnImage { .. }), "{m}");
            assert!(
                m.contains("tab.fits HDU 1 (CATALOG)") && m.contains("binary table"),
                "{m}"
            );
        }
    }
    // The default selection skips tables and finds no image.
    let e = read_image::<f64>(&p, &HduSelector::Default).unwrap_err();
    assert!(one_line(&e).contains("no HDU holds image data"));
    // Its header is still readable.
    assert_eq!(
        read_header(&p, &"CATALOG".into())
            .unwrap()
            .get_str("TTYPE1"),
        Some("FLUX")
    );
}

#[test]
fn truncated_files_are_detected() {
    let dir = tmpdir();
    let full = dir.path().join("full.fits");
    write_image(&full, &Header::new(), &vec![1.5f32; 100 * 100], &[100, 100]).unwrap();
    let bytes = std::fs::read(&full).unwrap();
    for cut in [bytes.len() - 2880, 2880 + 1000, 2880, 1000, 80, 5] {
        let p = write_bytes(dir.path(), &format!("cut{cut}.fits"), &bytes[..cut]);
        let e = MmapImage::open(&p, &HduSelector::Default).unwrap_err();
        let m = one_line(&e);
        assert!(m.contains(&format!("cut{cut}.fits")), "{m}");
        if cut >= 2880 {
            assert!(matches!(e, FitsError::Truncated { .. }), "{m}");
            assert!(m.contains("HDU 0") && m.contains("40000 bytes"), "{m}");
        }
        // CFITSIO also refuses (at open or at read), without panicking.
        let r = read_image::<f32>(&p, &HduSelector::Default);
        assert!(r.is_err(), "cfitsio read a truncated file ({cut})");
        one_line(&r.unwrap_err());
        let _ = list_hdus(&p);
        let _ = list_hdus_native(&p);
    }
    // Truncated extension header.
    let mut w = FitsWriter::create(dir.path().join("ext.fits")).unwrap();
    w.write_primary(&Header::new(), &[1u8; 10], &[10]).unwrap();
    w.write_extension("SCI", &Header::new(), &[2u8; 10], &[10])
        .unwrap();
    w.finish().unwrap();
    let b = std::fs::read(dir.path().join("ext.fits")).unwrap();
    let p = write_bytes(dir.path(), "ext_cut.fits", &b[..2 * 2880 + 400]);
    let e = MmapImage::open(&p, &"SCI".into()).unwrap_err();
    assert!(matches!(e, FitsError::Truncated { .. }), "{e}");
    assert!(one_line(&e).contains("HDU 1"), "{e}");
    // The primary of that file is still fine.
    assert_eq!(
        MmapImage::open(&p, &0.into())
            .unwrap()
            .read_all::<f64>()
            .unwrap(),
        vec![1.0; 10]
    );
}

#[test]
fn garbage_is_an_error() {
    let dir = tmpdir();
    let mut rng = Rng(7);
    let random: Vec<u8> = (0..10000).map(|_| rng.next_u64() as u8).collect();
    let mut headerish = b"SIMPLE  =                    T".to_vec();
    headerish.resize(80, b' ');
    headerish.extend_from_slice(&random);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty.fits", vec![]),
        ("random.fits", random.clone()),
        ("text.fits", b"hello world\n".repeat(500)),
        (
            "gzip.fits",
            [&[0x1f, 0x8b, 8, 0][..], &random[..100]].concat(),
        ),
        ("simple_then_garbage.fits", headerish),
        ("zeros.fits", vec![0u8; 5760]),
    ];
    for (name, bytes) in cases {
        let p = write_bytes(dir.path(), name, &bytes);
        let errs = [
            MmapImage::open(&p, &HduSelector::Default).unwrap_err(),
            read_image::<f64>(&p, &HduSelector::Default).unwrap_err(),
            list_hdus(&p).unwrap_err(),
            list_hdus_native(&p).unwrap_err(),
            ImageReader::open(&p, &HduSelector::Default).unwrap_err(),
        ];
        for e in errs {
            let m = one_line(&e);
            assert!(m.contains(name), "{m}");
        }
    }
    // Nonexistent file / directory.
    let e = read_image::<f32>(dir.path().join("nope.fits"), &HduSelector::Default).unwrap_err();
    assert!(
        matches!(e, FitsError::Io { .. }) && one_line(&e).contains("nope.fits"),
        "{e}"
    );
    let e = MmapImage::open(dir.path(), &HduSelector::Default).unwrap_err();
    one_line(&e);
    let e = read_header(dir.path(), &HduSelector::Default).unwrap_err();
    assert!(one_line(&e).contains("directory"), "{e}");
}

#[test]
fn absurd_headers_are_errors() {
    let dir = tmpdir();
    let cases: Vec<(&str, Vec<&str>)> = vec![
        (
            "bitpix.fits",
            vec!["SIMPLE  = T", "BITPIX  = 12", "NAXIS   = 1", "NAXIS1  = 4"],
        ),
        (
            "naxis.fits",
            vec!["SIMPLE  = T", "BITPIX  = 8", "NAXIS   = 2000"],
        ),
        (
            "neg.fits",
            vec!["SIMPLE  = T", "BITPIX  = 8", "NAXIS   = 1", "NAXIS1  = -4"],
        ),
        (
            "huge.fits",
            vec![
                "SIMPLE  = T",
                "BITPIX  = -64",
                "NAXIS   = 3",
                "NAXIS1  = 4294967296",
                "NAXIS2  = 4294967296",
                "NAXIS3  = 4294967296",
            ],
        ),
        (
            "missing.fits",
            vec!["SIMPLE  = T", "BITPIX  = 8", "NAXIS   = 2", "NAXIS1  = 4"],
        ),
        (
            "nosimple.fits",
            vec!["SIMPLE  = F", "BITPIX  = 8", "NAXIS   = 0"],
        ),
        (
            "big.fits",
            vec![
                "SIMPLE  = T",
                "BITPIX  = 16",
                "NAXIS   = 2",
                "NAXIS1  = 100000",
                "NAXIS2  = 100000",
            ],
        ),
    ];
    for (name, cards) in cases {
        let p = write_bytes(dir.path(), name, &handmade_hdu(&cards, &[0u8; 8]));
        let e = MmapImage::open(&p, &HduSelector::Default).unwrap_err();
        let m = one_line(&e);
        assert!(m.contains(name), "{m}");
        let _ = read_image::<f32>(&p, &HduSelector::Default).map(|_| panic!("{name} read"));
    }
    // No END card at all.
    let mut b = b"SIMPLE  =                    T".to_vec();
    b.resize(2880 * 2, b' ');
    let p = write_bytes(dir.path(), "noend.fits", &b);
    let e = MmapImage::open(&p, &HduSelector::Default).unwrap_err();
    assert!(one_line(&e).contains("no END card"), "{e}");
}

#[test]
fn trailing_junk_after_last_hdu_is_ignored() {
    let dir = tmpdir();
    let mut b = handmade_hdu(
        &["SIMPLE  = T", "BITPIX  = 8", "NAXIS   = 1", "NAXIS1  = 3"],
        &[1, 2, 3],
    );
    b.extend_from_slice(&[0u8; 2880]);
    b.extend_from_slice(b"junk");
    let p = write_bytes(dir.path(), "junk.fits", &b);
    let m = MmapImage::open(&p, &HduSelector::Default).unwrap();
    assert_eq!(m.read_all::<f32>().unwrap(), vec![1.0, 2.0, 3.0]);
    assert_eq!(list_hdus_native(&p).unwrap().len(), 1);
}

#[test]
fn selector_parse_errors() {
    for bad in ["SCI,", "SCI,x", "[1", ",3", "99999999999999999999999"] {
        let e = HduSelector::parse(bad).unwrap_err();
        assert!(one_line(&e).contains(bad), "{e}");
    }
}

#[test]
fn cfitsio_reentrancy_is_known() {
    // Debian's CFITSIO is built reentrant; the crate locks per file in that case (and
    // globally otherwise). This only documents what the test machine has.
    let _ = cfitsio_is_reentrant();
}
