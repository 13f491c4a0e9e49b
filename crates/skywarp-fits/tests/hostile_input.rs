//! Hostile input never reaches native code: tile-compression parameters CFITSIO would divide
//! by, allocate from or index with are refused in Rust (they crashed the process with SIGFPE),
//! both readers accept the same files, and special files fail at once instead of hanging.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use common::{handmade_hdu, tmpdir, write_bytes};
use skywarp_fits::*;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

/// `file` (under tests/data) with the card of `keyword` in HDU 1 replaced by `card`.
fn patched(dir: &Path, file: &str, keyword: &str, card: &str) -> PathBuf {
    let mut bytes = std::fs::read(Path::new(DATA).join(file)).unwrap();
    let key = format!("{keyword:<8}");
    let pos = (2880..bytes.len())
        .step_by(80)
        .find(|&i| bytes[i..i + 8] == *key.as_bytes())
        .unwrap_or_else(|| panic!("{keyword} not in {file}"));
    bytes[pos..pos + 80].copy_from_slice(format!("{card:<80}").as_bytes());
    let name = format!(
        "{}_{}.fits",
        keyword,
        card[10.min(card.len())..]
            .trim()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
    );
    write_bytes(dir, &name, &bytes)
}

/// Every entry point refuses `p` with one line naming the file, the HDU and `keyword`.
fn refused_everywhere(p: &Path, keyword: &str) {
    let errs = [
        list_hdus(p).map(drop).unwrap_err(),
        list_hdus_native(p).map(drop).unwrap_err(),
        read_header(p, &HduSelector::Default).map(drop).unwrap_err(),
        read_image::<f32>(p, &HduSelector::Default)
            .map(drop)
            .unwrap_err(),
        ImageReader::open(p, &HduSelector::Default)
            .map(drop)
            .unwrap_err(),
        MmapImage::open(p, &HduSelector::Index(1))
            .map(drop)
            .unwrap_err(),
        CfitsioImage::open(p, &HduSelector::Index(1))
            .map(drop)
            .unwrap_err(),
    ];
    let name = p.file_name().unwrap().to_string_lossy().into_owned();
    for e in errs {
        let m = e.to_string();
        assert!(!m.contains('\n'), "multi-line: {m}");
        assert!(!e.is_not_mappable(), "must not fall back to CFITSIO: {m}");
        assert!(m.contains(&name) && m.contains("HDU 1"), "{m}");
        assert!(m.contains(keyword), "{keyword} not named: {m}");
    }
}

#[test]
fn zero_or_blank_ztile_and_rice_blocksize_are_refused_before_cfitsio() {
    let dir = tmpdir();
    let cases = [
        ("ZTILE1", "ZTILE1  =                    0", "ZTILE1"),
        ("ZTILE2", "ZTILE2  =                    0", "ZTILE2"),
        ("ZTILE1", "ZTILE1  =", "ZTILE1"),
        ("ZTILE2", "ZTILE2  =                   -4", "ZTILE2"),
        ("ZTILE2", "ZTILE2  =           1000000000", "ZTILE"),
        ("ZVAL1", "ZVAL1   =                    0", "ZVAL1"),
        ("ZVAL1", "ZVAL1   =                  -32", "ZVAL1"),
        // found by the tile_params fuzz target: SIGSEGV in CFITSIO's RICE decoder
        ("ZVAL1", "ZVAL1   =                    1", "ZVAL1"),
        ("ZVAL1", "ZVAL1   = 'x'", "ZVAL1"),
        ("ZVAL2", "ZVAL2   =                    3", "ZVAL2"),
        ("ZNAXIS", "ZNAXIS  =                    0", "ZNAXIS"),
        ("ZNAXIS", "ZNAXIS  =                    9", "ZNAXIS"),
        ("ZNAXIS1", "ZNAXIS1 =                    0", "ZNAXIS1"),
        ("ZNAXIS2", "ZNAXIS2 =                   -1", "ZNAXIS2"),
        ("ZBITPIX", "ZBITPIX =                   12", "ZBITPIX"),
        ("ZCMPTYPE", "ZCMPTYPE= 'WAVELET'", "ZCMPTYPE"),
        ("GCOUNT", "GCOUNT  =                    2", "GCOUNT"),
        // 6 rows for 6 tiles of 4 rows; fewer rows than tiles
        ("NAXIS2", "NAXIS2  =                    5", "NAXIS2"),
        ("ZTILE2", "ZTILE2  =                    1", "NAXIS2"),
        ("ZPCOUNT", "THEAP   =                    3", "THEAP"),
        ("ZPCOUNT", "ZDITHER0=                   -5", "ZDITHER0"),
        ("ZPCOUNT", "ZDITHER0=                10001", "ZDITHER0"),
        ("ZPCOUNT", "ZQUANTIZ= 'SOMETIMES'", "ZQUANTIZ"),
    ];
    for (keyword, card, named) in cases {
        let p = patched(dir.path(), "rice_f32.fits", keyword, card);
        refused_everywhere(&p, named);
    }
}

#[test]
fn gzipped_file_with_zero_ztile_is_refused_too() {
    let dir = tmpdir();
    let p = patched(
        dir.path(),
        "rice_f32.fits",
        "ZTILE2",
        "ZTILE2  =                    0",
    );
    let gz = dir.path().join("ztile2_0.fits.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&std::fs::read(&p).unwrap()).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    for e in [
        list_hdus(&gz).map(drop).unwrap_err(),
        ImageReader::open(&gz, &HduSelector::Default)
            .map(drop)
            .unwrap_err(),
    ] {
        let m = e.to_string();
        assert!(m.contains("ZTILE2") && m.contains("HDU 1"), "{m}");
    }
}

#[test]
fn valid_compressed_files_still_read() {
    for (file, n) in [("rice_f32.fits", 480), ("hcompress_i16.fits", 480)] {
        let p = Path::new(DATA).join(file);
        let r = ImageReader::open(&p, &HduSelector::Default).unwrap();
        assert!(!r.is_mmap());
        assert_eq!(r.shape(), &[24, 20]);
        let v = r.read_all::<f64>().unwrap();
        assert_eq!(v.len(), n);
        assert!(v.iter().all(|x| x.is_finite()), "{file}");
        assert_eq!(list_hdus(&p).unwrap().len(), 2);
    }
}

/// A small uncompressed image whose header cards are given in full (END added).
fn image_with(dir: &Path, name: &str, cards: &[&str]) -> PathBuf {
    let data: Vec<u8> = (0..16u8).collect();
    write_bytes(dir, name, &handmade_hdu(cards, &data))
}

#[test]
fn duplicated_bitpix_is_refused_by_both_readers() {
    let dir = tmpdir();
    let p = image_with(
        dir.path(),
        "dup_bitpix.fits",
        &[
            "SIMPLE  = T",
            "BITPIX  = 8",
            "NAXIS   = 2",
            "NAXIS1  = 4",
            "NAXIS2  = 4",
            "BITPIX  = 16",
        ],
    );
    let dup_bzero = image_with(
        dir.path(),
        "dup_bzero.fits",
        &[
            "SIMPLE  = T",
            "BITPIX  = 8",
            "NAXIS   = 2",
            "NAXIS1  = 4",
            "NAXIS2  = 4",
            "BZERO   = 0",
            "BZERO   = 100",
        ],
    );
    for (p, kw) in [(&p, "BITPIX"), (&dup_bzero, "BZERO")] {
        for e in [
            list_hdus(p).map(drop).unwrap_err(),
            read_header(p, &HduSelector::Default).map(drop).unwrap_err(),
            ImageReader::open(p, &HduSelector::Default)
                .map(drop)
                .unwrap_err(),
            MmapImage::open(p, &HduSelector::Default)
                .map(drop)
                .unwrap_err(),
        ] {
            let m = e.to_string();
            assert!(
                m.contains(kw) && m.contains("twice") && m.contains("HDU 0"),
                "{m}"
            );
        }
    }
}

#[test]
fn mandatory_keywords_out_of_order_are_refused_by_both_readers() {
    let dir = tmpdir();
    let p = image_with(
        dir.path(),
        "naxis_first.fits",
        &[
            "SIMPLE  = T",
            "NAXIS   = 2",
            "BITPIX  = 8",
            "NAXIS1  = 4",
            "NAXIS2  = 4",
        ],
    );
    for e in [
        list_hdus(&p).map(drop).unwrap_err(),
        MmapImage::open(&p, &HduSelector::Default)
            .map(drop)
            .unwrap_err(),
    ] {
        let m = e.to_string();
        assert!(m.contains("card 2") && m.contains("BITPIX"), "{m}");
    }
}

/// Runs `f` on another thread and fails the test if it takes more than 10 s (a FIFO that is
/// opened blocking would hang forever).
fn within_10s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("hung on a special file")
}

#[test]
fn dev_zero_fifo_and_directory_fail_at_once() {
    let dir = tmpdir();
    let fifo = dir.path().join("pipe.fits");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let subdir = dir.path().join("dir.fits");
    std::fs::create_dir(&subdir).unwrap();
    for (p, kind) in [
        (PathBuf::from("/dev/zero"), "character device"),
        (fifo, "FIFO"),
        (subdir, "directory"),
    ] {
        let msgs = within_10s(move || {
            [
                list_hdus(&p).map(drop).unwrap_err(),
                list_hdus_native(&p).map(drop).unwrap_err(),
                read_header(&p, &HduSelector::Default)
                    .map(drop)
                    .unwrap_err(),
                ImageReader::open(&p, &HduSelector::Default)
                    .map(drop)
                    .unwrap_err(),
                Header::read_file(&p).map(drop).unwrap_err(),
                read_text_capped(&p, "list file").map(drop).unwrap_err(),
            ]
            .map(|e| e.to_string())
        });
        for m in msgs {
            assert!(m.contains(kind) && m.contains("only regular files"), "{m}");
        }
    }
}

#[test]
fn oversized_header_file_is_refused_without_reading_it_whole() {
    let dir = tmpdir();
    let p = dir.path().join("huge.hdr");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(TEXT_FILE_CAP * 4).unwrap(); // sparse: costs no disk
    let m = Header::read_file(&p).unwrap_err().to_string();
    assert!(m.contains("not a header file"), "{m}");
    let m = read_text_capped(&p, "list file").unwrap_err().to_string();
    assert!(m.contains("limit"), "{m}");
}

#[test]
fn header_value_beyond_f64_is_kept_verbatim_and_never_infinite() {
    let h = Header::from_text("EXPTIME = 1E999\nGAIN    = 1.5\nODD     = INF\n").unwrap();
    assert_eq!(h.get_f64("EXPTIME"), None, "1E999 must not become inf");
    assert_eq!(h.get_f64("GAIN"), Some(1.5));
    let block = String::from_utf8(h.to_block_bytes()).unwrap();
    assert!(block.contains("EXPTIME =                1E999"), "{block}");
    // INF is not FITS syntax: written as a string, with a note
    assert!(block.contains("ODD     = 'INF     '"), "{block}");
    assert!(
        block.contains("HISTORY skywarp: ODD = INF is not a FITS value"),
        "{block}"
    );
}

/// The data area of HDU 1 of `file` (primary and HDU 1 headers are one block each there).
fn heap_patched(dir: &Path, name: &str, patch: impl FnOnce(&mut [u8])) -> PathBuf {
    let mut bytes = std::fs::read(Path::new(DATA).join("rice_f32.fits")).unwrap();
    patch(&mut bytes[2 * 2880..]);
    write_bytes(dir, name, &bytes)
}

#[test]
fn rice_stream_not_matching_its_block_size_is_refused_before_cfitsio_decodes_it() {
    // found by the tile_params fuzz target: ZVAL1 = 16 on a stream written with blocks of 32
    // made CFITSIO's RICE decoder read far past the stream (SIGSEGV)
    let dir = tmpdir();
    let p = patched(
        dir.path(),
        "rice_f32.fits",
        "ZVAL1",
        "ZVAL1   =                   16",
    );
    for e in [
        list_hdus(&p).map(drop).unwrap_err(),
        ImageReader::open(&p, &HduSelector::Default)
            .map(drop)
            .unwrap_err(),
    ] {
        let m = e.to_string();
        assert!(matches!(e, FitsError::CorruptData { .. }), "{m}");
        assert!(
            m.contains("HDU 1") && m.contains("RICE stream") && m.contains("tile 1"),
            "{m}"
        );
    }
}

#[test]
fn tile_descriptor_outside_the_heap_is_refused() {
    let dir = tmpdir();
    // row 1, COMPRESSED_DATA descriptor (1PB): count, then offset, big-endian i32
    let p = heap_patched(dir.path(), "far_tile.fits", |d| {
        d[4..8].copy_from_slice(&1_000_000i32.to_be_bytes())
    });
    let m = list_hdus(&p).unwrap_err().to_string();
    assert!(m.contains("row 1") && m.contains("outside"), "{m}");
    let p = heap_patched(dir.path(), "cut_tile.fits", |d| {
        d[0..4].copy_from_slice(&3i32.to_be_bytes()) // 3 bytes cannot hold 80 pixels
    });
    let m = ImageReader::open(&p, &HduSelector::Default)
        .unwrap_err()
        .to_string();
    assert!(m.contains("RICE stream of 3 bytes"), "{m}");
}

/// Every file that ever crashed a reader (found by fuzzing or the mutation run) goes through
/// every entry point: each must fail with one line (a crash would kill this test).
#[test]
fn regression_files_that_crashed_native_code_fail_cleanly() {
    let dir = Path::new(DATA).join("regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        n += 1;
        let results = [
            list_hdus(&p).map(drop),
            read_header(&p, &HduSelector::Index(1)).map(drop),
            ImageReader::open(&p, &HduSelector::Default)
                .and_then(|r| r.read_all::<f32>().map(drop)),
            read_image::<f64>(&p, &HduSelector::Default).map(drop),
        ];
        assert!(
            results.iter().any(Result::is_err),
            "{} was accepted",
            p.display()
        );
        for e in results.into_iter().filter_map(Result::err) {
            assert!(!e.to_string().contains('\n'), "{e}");
        }
    }
    assert!(n >= 2, "regression files missing from {}", dir.display());
}

#[test]
fn unknown_extension_type_is_refused_by_both_readers() {
    // found by the fits_structure fuzz target: CFITSIO listed XTENSION = 'BINTABLM' as an
    // image, our reader as a non-image HDU
    let dir = tmpdir();
    let mut bytes = handmade_hdu(
        &["SIMPLE  = T", "BITPIX  = 8", "NAXIS   = 0", "EXTEND  = T"],
        &[],
    );
    bytes.extend(handmade_hdu(
        &[
            "XTENSION= 'BINTABLM'",
            "BITPIX  = 8",
            "NAXIS   = 2",
            "NAXIS1  = 4",
            "NAXIS2  = 4",
            "PCOUNT  = 0",
            "GCOUNT  = 1",
        ],
        &[0u8; 16],
    ));
    let p = write_bytes(dir.path(), "bintablm.fits", &bytes);
    for e in [
        list_hdus(&p).map(drop).unwrap_err(),
        list_hdus_native(&p).map(drop).unwrap_err(),
        ImageReader::open(&p, &HduSelector::Default)
            .map(drop)
            .unwrap_err(),
    ] {
        let m = e.to_string();
        assert!(m.contains("BINTABLM") && m.contains("HDU 1"), "{m}");
    }
}
