//! Write → read round trips, the two readers against each other, HDU selection, compressed
//! images, atomic writes.

mod common;

use std::path::Path;

use common::{handmade_hdu, listing, same, tmpdir, write_bytes, Rng};
use skywarp_fits::*;

fn wcs_header() -> Header {
    let mut h = Header::new();
    h.set_str("CTYPE1", "RA---TAN").unwrap();
    h.set_str("CTYPE2", "DEC--TAN").unwrap();
    h.set_f64("CRVAL1", 83.633083333333).unwrap();
    h.set_f64("CRVAL2", 22.0145).unwrap();
    h.set_f64("CRPIX1", 10.5).unwrap();
    h.set_f64("CRPIX2", 5.25).unwrap();
    h.set_f64("CDELT1", -1.0 / 3600.0).unwrap();
    h.set_f64("CDELT2", 1.0 / 3600.0).unwrap();
    h.add_history("written by the skywarp-fits tests").unwrap();
    // Structural keywords from the caller must be replaced by the writer's.
    h.set_i64("BITPIX", 99).unwrap();
    h.set_i64("NAXIS", 7).unwrap();
    h.set_i64("NAXIS1", 12345).unwrap();
    h.set_f64("BZERO", 17.0).unwrap();
    h.set_f64("BSCALE", 3.0).unwrap();
    h
}

fn check_wcs_kept(h: &Header) {
    assert_eq!(h.get_str("CTYPE1"), Some("RA---TAN"));
    assert_eq!(h.get_f64("CRVAL1"), Some(83.633083333333));
    assert_eq!(h.get_f64("CDELT1"), Some(-1.0 / 3600.0));
    assert!(h.iter().any(|c| c.keyword() == "HISTORY"));
}

/// Writes `data` as T, reads it back every way, checks everything agrees.
fn round_trip<T: Pixel + Into<f64>>(dir: &Path, name: &str, data: &[T], shape: &[usize]) {
    let p = dir.join(name);
    write_image(&p, &wcs_header(), data, shape).unwrap();
    let expect: Vec<f64> = data.iter().map(|&v| v.into()).collect();

    // Raw type through CFITSIO: exact.
    let img = read_image::<T>(&p, &HduSelector::Default).unwrap();
    assert_eq!(img.shape, shape);
    #[allow(clippy::eq_op)] // `a != a` is the generic NaN test
    let eq = img.data.len() == data.len()
        && img
            .data
            .iter()
            .zip(data)
            .all(|(a, b)| a == b || (a != a && b != b));
    assert!(eq, "{name}: raw read {:?} vs {:?}", img.data, data);
    check_wcs_kept(&img.header);
    assert_eq!(img.header.get_i64("BITPIX"), Some(T::BITPIX.value()));
    assert_eq!(img.header.get_i64("NAXIS"), Some(shape.len() as i64));
    assert_eq!(
        img.header.get_i64("NAXIS1"),
        Some(*shape.last().unwrap() as i64)
    );

    // f64 through CFITSIO and through the map: identical.
    let cf = read_image::<f64>(&p, &HduSelector::Default).unwrap();
    assert!(same(&cf.data, &expect), "{name}: cfitsio f64");
    let m = MmapImage::open(&p, &HduSelector::Default).unwrap();
    assert_eq!(m.shape(), shape);
    assert_eq!(m.bitpix(), T::BITPIX);
    let mm: Vec<f64> = m.read_all().unwrap();
    assert!(same(&mm, &expect), "{name}: mmap f64");
    // f32 both ways: identical to each other (same f64 → f32 rounding).
    let cf32 = read_image::<f32>(&p, &HduSelector::Default).unwrap().data;
    let mm32: Vec<f32> = m.read_all().unwrap();
    assert_eq!(cf32.len(), mm32.len());
    assert!(
        cf32.iter()
            .zip(&mm32)
            .all(|(a, b)| a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())),
        "{name}: f32"
    );

    // Listing.
    let hdus = list_hdus(&p).unwrap();
    assert_eq!(hdus.len(), 1);
    assert_eq!(hdus[0].bitpix, T::BITPIX.value());
    assert_eq!(hdus[0].shape, shape);
    assert!(!hdus[0].compressed);
    let native = list_hdus_native(&p).unwrap();
    assert_eq!(native[0].shape, hdus[0].shape);
}

#[test]
fn every_pixel_type_round_trips() {
    let dir = tmpdir();
    let d = dir.path();
    let shape = [7usize, 13];
    let n: usize = 7 * 13;
    let mut r = Rng(42);
    let u8s: Vec<u8> = (0..n).map(|i| (i * 37 % 256) as u8).collect();
    round_trip(d, "u8.fits", &u8s, &shape);
    let i8s: Vec<i8> = (0..n)
        .map(|i| ((i * 37 % 256) as i32 - 128) as i8)
        .collect();
    round_trip(d, "i8.fits", &i8s, &shape);
    let mut i16s: Vec<i16> = (0..n).map(|_| r.next_u64() as i16).collect();
    i16s[0] = i16::MIN;
    i16s[1] = i16::MAX;
    round_trip(d, "i16.fits", &i16s, &shape);
    let mut u16s: Vec<u16> = (0..n).map(|_| r.next_u64() as u16).collect();
    u16s[0] = 0;
    u16s[1] = u16::MAX;
    round_trip(d, "u16.fits", &u16s, &shape);
    let mut i32s: Vec<i32> = (0..n).map(|_| r.next_u64() as i32).collect();
    i32s[0] = i32::MIN;
    i32s[1] = i32::MAX;
    round_trip(d, "i32.fits", &i32s, &shape);
    let mut u32s: Vec<u32> = (0..n).map(|_| r.next_u64() as u32).collect();
    u32s[0] = 0;
    u32s[1] = u32::MAX;
    round_trip(d, "u32.fits", &u32s, &shape);
    let mut f32s: Vec<f32> = (0..n).map(|_| (r.f64() * 2e6 - 1e6) as f32).collect();
    f32s[0] = f32::NAN;
    f32s[1] = f32::MAX;
    f32s[2] = f32::MIN_POSITIVE;
    f32s[3] = f32::NEG_INFINITY;
    round_trip(d, "f32.fits", &f32s, &shape);
    let mut f64s: Vec<f64> = (0..n).map(|_| r.f64() * 1e300).collect();
    f64s[0] = f64::NAN;
    f64s[1] = -f64::MAX;
    f64s[2] = 5e-324;
    round_trip(d, "f64.fits", &f64s, &shape);
    // i64: exact through the raw type; as f64 only where representable.
    let i64s: Vec<i64> = vec![i64::MIN, i64::MAX, 0, -1, 1 << 53, 123456789];
    let p = d.join("i64.fits");
    write_image(&p, &Header::new(), &i64s, &[2, 3]).unwrap();
    assert_eq!(read_image::<i64>(&p, &0.into()).unwrap().data, i64s);
    let m = MmapImage::open(&p, &0.into()).unwrap();
    let a: Vec<f64> = m.read_all().unwrap();
    let b = read_image::<f64>(&p, &0.into()).unwrap().data;
    assert_eq!(a, b);
    assert_eq!(a[5], 123456789.0);
    // 1-D and 3-D shapes.
    round_trip(d, "vec.fits", &f32s[..50], &[50]);
    round_trip(d, "cube.fits", &f32s[..90], &[3, 5, 6]);
}

#[test]
fn bzero_bscale_blank_are_applied() {
    let dir = tmpdir();
    // int16 with BSCALE/BZERO and BLANK, written by hand.
    let raw: Vec<i16> = vec![0, 1, -1, 100, -32768, 32767];
    let be: Vec<u8> = raw.iter().flat_map(|v| v.to_be_bytes()).collect();
    let bytes = handmade_hdu(
        &[
            "SIMPLE  = T",
            "BITPIX  = 16",
            "NAXIS   = 2",
            "NAXIS1  = 3",
            "NAXIS2  = 2",
            "BSCALE  = 0.5",
            "BZERO   = 1000.0",
            "BLANK   = -32768",
        ],
        &be,
    );
    let p = write_bytes(dir.path(), "scaled.fits", &bytes);
    let expect: Vec<f64> = vec![
        1000.0,
        1000.5,
        999.5,
        1050.0,
        f64::NAN,
        1000.0 + 32767.0 * 0.5,
    ];
    let cf = read_image::<f64>(&p, &HduSelector::Default).unwrap();
    assert!(same(&cf.data, &expect), "{:?}", cf.data);
    let m = MmapImage::open(&p, &HduSelector::Default).unwrap();
    assert!(same(&m.read_all::<f64>().unwrap(), &expect));
    assert_eq!(m.scaling().blank, Some(-32768));
    // Integer reads do not null-check: the scaled raw value comes through.
    let ints = read_image::<i32>(&p, &HduSelector::Default).unwrap();
    assert_eq!(ints.data[0], 1000);

    // uint8 with BLANK, no scaling; float image with BZERO.
    let bytes = handmade_hdu(
        &[
            "SIMPLE  = T",
            "BITPIX  = 8",
            "NAXIS   = 1",
            "NAXIS1  = 4",
            "BLANK   = 255",
        ],
        &[0, 1, 255, 7],
    );
    let p = write_bytes(dir.path(), "u8blank.fits", &bytes);
    let expect = vec![0.0, 1.0, f64::NAN, 7.0];
    assert!(same(
        &read_image::<f64>(&p, &HduSelector::Default).unwrap().data,
        &expect
    ));
    assert!(same(
        &MmapImage::open(&p, &HduSelector::Default)
            .unwrap()
            .read_all::<f64>()
            .unwrap(),
        &expect
    ));
    let fbe: Vec<u8> = [1.5f32, f32::NAN]
        .iter()
        .flat_map(|v| v.to_be_bytes())
        .collect();
    let bytes = handmade_hdu(
        &[
            "SIMPLE  = T",
            "BITPIX  = -32",
            "NAXIS   = 1",
            "NAXIS1  = 2",
            "BZERO   = 10.0",
            "BSCALE  = 2.0",
            "BLANK   = 3",
        ],
        &fbe,
    );
    let p = write_bytes(dir.path(), "fscaled.fits", &bytes);
    let expect = vec![13.0, f64::NAN];
    assert!(same(
        &read_image::<f64>(&p, &HduSelector::Default).unwrap().data,
        &expect
    ));
    assert!(same(
        &MmapImage::open(&p, &HduSelector::Default)
            .unwrap()
            .read_all::<f64>()
            .unwrap(),
        &expect
    ));
}

#[test]
fn regions_rows_and_planes_agree_between_readers() {
    let dir = tmpdir();
    let (planes, h, w) = (3usize, 37usize, 53usize);
    let data: Vec<f32> = (0..planes * h * w)
        .map(|i| i as f32 * 0.25 - 100.0)
        .collect();
    let p = dir.path().join("cube.fits");
    write_image(&p, &Header::new(), &data, &[planes, h, w]).unwrap();
    let m = MmapImage::open(&p, &HduSelector::Default).unwrap();
    let c = CfitsioImage::open(&p, &HduSelector::Default).unwrap();
    assert_eq!((m.width(), m.height(), m.n_planes()), (w, h, planes));
    assert_eq!((c.width(), c.height(), c.n_planes()), (w, h, planes));
    for &(plane, row0, nrows, col0, ncols) in &[
        (0, 0, h, 0, w),
        (1, 5, 7, 11, 13),
        (2, 36, 1, 52, 1),
        (2, 0, 0, 0, 0),
        (1, 3, 2, 0, w),
    ] {
        let expect: Vec<f64> = (0..nrows)
            .flat_map(|r| (0..ncols).map(move |cc| (plane, row0 + r, col0 + cc)))
            .map(|(pl, r, cc)| data[(pl * h + r) * w + cc] as f64)
            .collect();
        let mut a = vec![0f64; nrows * ncols];
        let mut b = vec![0f64; nrows * ncols];
        m.read_region(plane, row0, nrows, col0, ncols, &mut a)
            .unwrap();
        c.read_region(plane, row0, nrows, col0, ncols, &mut b)
            .unwrap();
        assert_eq!(a, expect);
        assert_eq!(b, expect);
        let v =
            read_region::<f64>(&p, &HduSelector::Default, plane, row0, nrows, col0, ncols).unwrap();
        assert_eq!(v, expect);
    }
    let mut rows = vec![0f32; 4 * w];
    m.read_rows(2, 10, 4, &mut rows).unwrap();
    assert_eq!(rows[..], data[(2 * h + 10) * w..(2 * h + 14) * w]);
    m.release_rows(2, 10, 4).unwrap();
    m.read_rows(2, 10, 4, &mut rows).unwrap();
    assert_eq!(
        rows[..],
        data[(2 * h + 10) * w..(2 * h + 14) * w],
        "readable after release"
    );
    // Out of range / wrong buffer: errors naming the file and HDU.
    for e in [
        m.read_region(3, 0, 1, 0, 1, &mut [0f64; 1]).unwrap_err(),
        m.read_region(0, 30, 8, 0, 1, &mut [0f64; 8]).unwrap_err(),
        m.read_region(0, 0, 1, 50, 4, &mut [0f64; 4]).unwrap_err(),
        m.read_region(0, usize::MAX, 2, 0, 1, &mut [0f64; 2])
            .unwrap_err(),
        m.read_rows(0, 0, 2, &mut [0f64; 3]).unwrap_err(),
        c.read_region(0, 0, 1, 0, w + 1, &mut vec![0f64; w + 1])
            .unwrap_err(),
        c.read_rows(0, 0, 1, &mut [0f32; 2]).unwrap_err(),
    ] {
        let s = e.to_string();
        assert!(matches!(e, FitsError::InvalidArgument { .. }), "{s}");
        assert!(s.contains("cube.fits HDU 0"), "{s}");
    }
}

#[test]
fn multi_hdu_files_and_selection() {
    let dir = tmpdir();
    let p = dir.path().join("multi.fits");
    let sci: Vec<f64> = (0..20).map(|i| i as f64).collect();
    let fp: Vec<f32> = (0..20).map(|i| (i % 2) as f32).collect();
    let mut w = FitsWriter::create(&p).unwrap();
    let mut ph = Header::new();
    ph.set_str("ORIGIN", "tests").unwrap();
    w.write_empty_primary(&ph).unwrap();
    let mut sh = wcs_header();
    sh.set_str("EXTNAME", "IGNORED").unwrap(); // the explicit name wins
    w.write_extension("SCI", &sh, &sci, &[4, 5]).unwrap();
    w.write_extension("FOOTPRINT", &Header::new(), &fp, &[4, 5])
        .unwrap();
    let mut h2 = Header::new();
    h2.set_i64("EXTVER", 2).unwrap();
    w.write_extension("SCI", &h2, &[7i16; 6], &[2, 3]).unwrap();
    assert_eq!(w.hdu_count(), 4);
    w.finish().unwrap();

    let hdus = list_hdus(&p).unwrap();
    let names: Vec<_> = hdus.iter().map(|h| h.extname.clone()).collect();
    assert_eq!(
        names,
        vec![
            None,
            Some("SCI".into()),
            Some("FOOTPRINT".into()),
            Some("SCI".into())
        ]
    );
    assert!(hdus[0].shape.is_empty());
    assert_eq!(hdus[3].extver, Some(2));
    let native = list_hdus_native(&p).unwrap();
    assert_eq!(
        native
            .iter()
            .map(|h| (&h.extname, &h.shape, h.bitpix))
            .collect::<Vec<_>>(),
        hdus.iter()
            .map(|h| (&h.extname, &h.shape, h.bitpix))
            .collect::<Vec<_>>()
    );

    // Default = first HDU with data (primary is empty).
    let d = read_image::<f64>(&p, &HduSelector::Default).unwrap();
    assert_eq!(d.data, sci);
    assert_eq!(d.header.get_str("EXTNAME"), Some("SCI"));
    check_wcs_kept(&d.header);
    assert_eq!(
        MmapImage::open(&p, &HduSelector::Default)
            .unwrap()
            .info()
            .index,
        1
    );
    // By name, name+version, index, case-insensitive.
    for (sel, idx) in [
        ("FOOTPRINT", 2),
        ("footprint", 2),
        ("SCI", 1),
        ("SCI,1", 1),
        ("SCI,2", 3),
        ("3", 3),
        ("[2]", 2),
    ] {
        let s = HduSelector::parse(sel).unwrap();
        assert_eq!(
            CfitsioImage::open(&p, &s).unwrap().info().index,
            idx,
            "{sel}"
        );
        assert_eq!(MmapImage::open(&p, &s).unwrap().info().index, idx, "{sel}");
    }
    let fpr: Vec<f32> = MmapImage::open(&p, &"FOOTPRINT".into())
        .unwrap()
        .read_all()
        .unwrap();
    assert_eq!(fpr, fp);
    // Headers: the primary's, by default the image's.
    assert_eq!(
        read_header(&p, &0.into()).unwrap().get_str("ORIGIN"),
        Some("tests")
    );
    assert_eq!(
        read_header(&p, &HduSelector::Default)
            .unwrap()
            .get_str("EXTNAME"),
        Some("SCI")
    );
    // The empty primary is not an image.
    let e = read_image::<f32>(&p, &0.into()).unwrap_err();
    assert!(
        e.to_string().contains("HDU 0") && e.to_string().contains("no data"),
        "{e}"
    );

    // A file with no image data at all: default image read fails, header read gives primary.
    let q = dir.path().join("empty.fits");
    let mut w = FitsWriter::create(&q).unwrap();
    w.write_empty_primary(&ph).unwrap();
    w.finish().unwrap();
    let e = read_image::<f32>(&q, &HduSelector::Default).unwrap_err();
    assert!(e.to_string().contains("no HDU holds image data"), "{e}");
    assert!(MmapImage::open(&q, &HduSelector::Default).is_err());
    assert_eq!(
        read_header(&q, &HduSelector::Default)
            .unwrap()
            .get_str("ORIGIN"),
        Some("tests")
    );
}

/// Writes a tile-compressed image with CFITSIO's own compressor (extended file name syntax).
fn write_compressed(path: &Path, algo: &str, data: &[f32], shape: &[usize]) {
    use fitsio::images::{ImageDescription, ImageType};
    let name = format!("{}[compress {algo}]", path.display());
    let mut f = fitsio::FitsFile::create(name).open().unwrap();
    let desc = ImageDescription {
        data_type: ImageType::Float,
        dimensions: shape,
    };
    let hdu = f.create_image("SCI", &desc).unwrap();
    hdu.write_key(&mut f, "CRVAL1", 12.5).unwrap();
    hdu.write_image(&mut f, data).unwrap();
}

#[test]
fn compressed_images_read_transparently() {
    let dir = tmpdir();
    let (h, w) = (40usize, 30usize);
    // Integer-valued floats compress losslessly even with quantization.
    let data: Vec<f32> = (0..h * w).map(|i| ((i * 7919) % 1000) as f32).collect();
    for algo in ["R", "G", "H"] {
        let p = dir.path().join(format!("c_{algo}.fits"));
        write_compressed(&p, algo, &data, &[h, w]);
        let hdus = list_hdus(&p).unwrap();
        assert_eq!(hdus.len(), 2);
        assert!(hdus[1].compressed, "{algo}");
        assert_eq!(hdus[1].kind, HduKind::Image);
        assert_eq!(hdus[1].shape, vec![h, w]);
        assert_eq!(hdus[1].bitpix, -32);
        let native = list_hdus_native(&p).unwrap();
        assert!(native[1].compressed && native[1].shape == vec![h, w]);

        let img = read_image::<f32>(&p, &HduSelector::Default).unwrap();
        assert_eq!(img.shape, vec![h, w]);
        assert_eq!(img.data, data, "{algo}");
        assert_eq!(img.header.get_f64("CRVAL1"), Some(12.5));
        assert_eq!(
            img.header.get_i64("NAXIS1"),
            Some(w as i64),
            "converted image header"
        );
        assert!(!img.header.contains("ZIMAGE"));
        let hdr = read_header(&p, &"SCI".into()).unwrap();
        assert_eq!(hdr.get_i64("BITPIX"), Some(-32));

        // The map refuses; the combined reader falls back.
        let e = MmapImage::open(&p, &HduSelector::Default).unwrap_err();
        assert!(e.is_not_mappable(), "{e}");
        assert!(e.to_string().contains("HDU 1 (SCI)"), "{e}");
        let r = ImageReader::open(&p, &HduSelector::Default).unwrap();
        assert!(!r.is_mmap());
        let mut reg = vec![0f64; 3 * 4];
        r.read_region(0, 10, 3, 20, 4, &mut reg).unwrap();
        let data = &data;
        let expect: Vec<f64> = (10..13)
            .flat_map(|rr| (20..24).map(move |cc| data[rr * w + cc] as f64))
            .collect();
        assert_eq!(reg, expect);
    }
}

#[test]
fn concurrent_cfitsio_reads_of_one_file() {
    let dir = tmpdir();
    let (h, w) = (64usize, 48usize);
    let data: Vec<f32> = (0..h * w).map(|i| (i % 977) as f32).collect();
    let p = dir.path().join("c.fits");
    write_compressed(&p, "R", &data, &[h, w]);
    let shared = CfitsioImage::open(&p, &HduSelector::Default).unwrap();
    std::thread::scope(|s| {
        for t in 0..6 {
            let (p, shared, data) = (&p, &shared, &data);
            s.spawn(move || {
                // Half the threads use their own handle (CFITSIO aliases it to the same
                // internal file), half share one.
                let own;
                let img = if t % 2 == 0 {
                    own = CfitsioImage::open(p, &HduSelector::Default).unwrap();
                    &own
                } else {
                    shared
                };
                for round in 0..20 {
                    let row0 = (t * 7 + round * 3) % (h - 4);
                    let mut buf = vec![0f32; 4 * w];
                    img.read_rows(0, row0, 4, &mut buf).unwrap();
                    assert_eq!(buf[..], data[row0 * w..(row0 + 4) * w]);
                }
            });
        }
    });
}

#[test]
fn atomic_writes_leave_nothing_behind() {
    let dir = tmpdir();
    let d = dir.path();
    let p = d.join("out.fits");
    // Shape mismatch: error, no file.
    let e = write_image(&p, &Header::new(), &[1f32; 5], &[2, 3]).unwrap_err();
    assert!(e.to_string().contains("out.fits"), "{e}");
    assert!(listing(d).is_empty(), "{:?}", listing(d));
    // Error in the middle of a multi-HDU write.
    let mut w = FitsWriter::create(&p).unwrap();
    w.write_primary(&Header::new(), &[1f32; 6], &[2, 3])
        .unwrap();
    assert!(w
        .write_extension("X", &Header::new(), &[1f32; 6], &[4, 3])
        .is_err());
    // A rejected argument writes nothing, so the writer stays usable...
    w.write_extension("Y", &Header::new(), &[1f32; 6], &[2, 3])
        .unwrap();
    // Only the temporary exists, and only when O_TMPFILE is unavailable (else it has no name).
    if let Some(name) = listing(d).first() {
        assert_eq!(listing(d).len(), 1, "{:?}", listing(d));
        assert!(name.starts_with(".out.fits.") && name.ends_with(".tmp"));
    }
    // ...and abandoning it removes the temporary file.
    drop(w);
    assert!(listing(d).is_empty(), "{:?}", listing(d));
    // Existing target: untouched by an abandoned writer, replaced by a finished one.
    write_image(&p, &Header::new(), &[1f32; 6], &[2, 3]).unwrap();
    let before = std::fs::read(&p).unwrap();
    {
        let mut w = FitsWriter::create(&p).unwrap();
        w.write_primary(&Header::new(), &[2f32; 6], &[2, 3])
            .unwrap();
        // dropped without finish
    }
    assert_eq!(std::fs::read(&p).unwrap(), before);
    assert_eq!(listing(d), vec!["out.fits"]);
    write_image(&p, &Header::new(), &[3f32; 6], &[2, 3]).unwrap();
    assert_eq!(
        read_image::<f32>(&p, &HduSelector::Default).unwrap().data,
        vec![3f32; 6]
    );
    assert_eq!(listing(d), vec!["out.fits"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // SAFETY (test): umask is read and restored at once.
        let umask = unsafe {
            let m = libc::umask(0o022);
            libc::umask(m);
            m
        };
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode,
            0o666 & !(umask as u32),
            "the umask's, not a temp file's 0600"
        );
    }
    // Unwritable location: error naming it.
    let e = write_image(d.join("no/such/dir/x.fits"), &Header::new(), &[1f32], &[1]).unwrap_err();
    assert!(e.to_string().contains("no/such/dir"), "{e}");
    // Header values that cannot be written are refused before anything is created.
    let mut bad = Header::new();
    bad.push(Card::new("HIERARCH A B", Value::Str("x".into()), None).unwrap());
    write_image(d.join("h.fits"), &bad, &[1u8], &[1]).unwrap();
    assert_eq!(
        read_header(d.join("h.fits"), &0.into())
            .unwrap()
            .get_str("A B"),
        Some("x")
    );
}

#[test]
fn types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<MmapImage>();
    check::<CfitsioImage>();
    check::<ImageReader>();
    check::<MmapFitsWriter>();
    check::<Header>();
    check::<FitsError>();
}
