//! astropy's lookup-table distortions (detector-to-image and paper IV tables, combined with SIP) on a
//! synthetic HST-like header: clones on 8 threads give bit-identical results to one thread, world → pixel
//! inverts pixel → world, and headers whose tables are missing are refused.

use skywarp_wcs::{PixelMapper, TableData, TableImage, Wcs};

mod common;
use common::{assert_mapper_threads_equal_one_thread, cards, SIP_HEADER};

/// A 256 x 256 SIP image with a detector-to-image table on axis 1 and paper IV tables on both axes
/// (the axis-2 table stored transposed, `DP2.AXIS.2 = 1`).
fn header(dp2_axis2: i32) -> String {
    let dp2_a1 = if dp2_axis2 == 1 { 2 } else { 1 };
    let dp2_a1_card = format!("DP2     = 'AXIS.1: {dp2_a1}'");
    let dp2_a2_card = format!("DP2     = 'AXIS.2: {dp2_axis2}'");
    let tables = [
        "D2IMDIS1= 'Lookup  '",
        "D2IM1   = 'EXTVER: 1'",
        "D2IM1   = 'NAXES: 2'",
        "D2IM1   = 'AXIS.1: 1'",
        "D2IM1   = 'AXIS.2: 2'",
        "CPDIS1  = 'Lookup  '",
        "DP1     = 'EXTVER: 1'",
        "DP1     = 'NAXES: 2'",
        "DP1     = 'AXIS.1: 1'",
        "DP1     = 'AXIS.2: 2'",
        "CPDIS2  = 'Lookup  '",
        "DP2     = 'EXTVER: 2'",
        "DP2     = 'NAXES: 2'",
        &dp2_a1_card,
        &dp2_a2_card,
    ];
    let all: Vec<&str> = SIP_HEADER.iter().copied().chain(tables).collect();
    cards(&all)
}

fn table_cards(cdelt: f64) -> String {
    cards(&[
        "CRPIX1  = 0.0",
        "CRPIX2  = 0.0",
        "CRVAL1  = 0.0",
        "CRVAL2  = 0.0",
        &format!("CDELT1  = {cdelt:.1}"),
        &format!("CDELT2  = {cdelt:.1}"),
    ])
}

/// A smooth, not quite bilinear pattern of `ny` x `nx` values (numpy order), scaled to `amp` pixels.
fn pattern(ny: usize, nx: usize, amp: f64, phase: f64) -> Vec<f32> {
    (0..ny)
        .flat_map(|y| {
            (0..nx).map(move |x| {
                (amp * ((x as f64 * 0.7 + phase).sin() + (y as f64 * 0.45).cos())) as f32
            })
        })
        .collect()
}

fn transposed(data: &[f32], ny: usize, nx: usize) -> Vec<f32> {
    let mut t = vec![0.0; data.len()];
    for y in 0..ny {
        for x in 0..nx {
            t[x * ny + y] = data[y * nx + x];
        }
    }
    t
}

/// The tables of `header(dp2_axis2)`: WCSDVARR,2 is stored as `dp2` (shape `[ny, nx]`).
fn tables(name: &str, ver: i64, dp2: &(Vec<f32>, Vec<usize>)) -> Option<TableImage> {
    match (name, ver) {
        ("D2IMARR", 1) => Some(TableImage {
            cards: table_cards(1.0),
            shape: vec![1, 256],
            data: TableData::F64(
                (0..256)
                    .map(|i| 0.02 * ((i % 32) as f64 - 16.0) / 16.0)
                    .collect(),
            ),
        }),
        ("WCSDVARR", 1) => Some(TableImage {
            cards: table_cards(32.0),
            shape: vec![9, 9],
            data: TableData::F32(pattern(9, 9, 0.3, 0.0)),
        }),
        ("WCSDVARR", 2) => Some(TableImage {
            cards: table_cards(32.0),
            shape: dp2.1.clone(),
            data: TableData::F32(dp2.0.clone()),
        }),
        _ => None,
    }
}

fn lookup_wcs() -> Wcs {
    // 9 x 11 table stored transposed (11 rows of 9)
    let t = pattern(9, 11, 0.25, 1.0);
    let dp2 = (transposed(&t, 9, 11), vec![11, 9]);
    Wcs::from_cards_with_tables(&header(1), &|n, v| tables(n, v, &dp2))
        .expect("lookup header parses")
}

fn batch(n: usize) -> Vec<f64> {
    // covers the image, the tables' edges and well beyond (the tables clamp)
    (0..n)
        .flat_map(|i| {
            [
                (i % 331) as f64 * 0.97 - 30.0,
                (i / 331) as f64 * 0.89 - 25.0,
            ]
        })
        .collect()
}

#[test]
fn tables_are_reported() {
    let wcs = lookup_wcs();
    assert!(wcs.has_distortion());
    assert_eq!(wcs.naxis(), 2);
    let tables = wcs.lookup_tables();
    for want in [
        "D2IM1 from D2IMARR,1",
        "CPDIS1 from WCSDVARR,1",
        "CPDIS2 from WCSDVARR,2",
        "SIP",
    ] {
        assert!(tables.iter().any(|t| t == want), "{tables:?}");
    }
    assert_eq!(wcs.projection(), "TAN");
}

#[test]
fn eight_threads_equal_one_thread_bit_for_bit_with_tables() {
    let wcs = lookup_wcs();
    let pix = batch(120_000);
    let mut single = vec![0.0; pix.len()];
    wcs.clone().pix2world(&pix, &mut single).unwrap();
    let mut single_back = vec![0.0; pix.len()];
    wcs.clone().world2pix(&single, &mut single_back).unwrap();

    let chunk = pix.len() / 8 / 2 * 2;
    let results: Vec<(Vec<f64>, Vec<f64>)> = std::thread::scope(|s| {
        let handles: Vec<_> = pix
            .chunks(chunk)
            .map(|part| {
                let mut w = wcs.clone();
                s.spawn(move || {
                    let mut world = vec![0.0; part.len()];
                    for (i, o) in part.chunks(998).zip(world.chunks_mut(998)) {
                        w.pix2world(i, o).unwrap();
                    }
                    let mut back = vec![0.0; part.len()];
                    for (i, o) in world.chunks(1234).zip(back.chunks_mut(1234)) {
                        w.world2pix(i, o).unwrap();
                    }
                    (world, back)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let world: Vec<f64> = results.iter().flat_map(|r| r.0.iter().copied()).collect();
    let back: Vec<f64> = results.iter().flat_map(|r| r.1.iter().copied()).collect();
    assert_eq!(world.len(), single.len());
    for (a, b) in world
        .iter()
        .zip(&single)
        .chain(back.iter().zip(&single_back))
    {
        assert_eq!(a.to_bits(), b.to_bits());
    }
}

#[test]
fn world2pix_inverts_pix2world() {
    let mut wcs = lookup_wcs();
    let pix = batch(30_000);
    let mut world = vec![0.0; pix.len()];
    wcs.pix2world(&pix, &mut world).unwrap();
    let mut back = vec![0.0; pix.len()];
    wcs.world2pix(&world, &mut back).unwrap();
    let worst = pix
        .iter()
        .zip(&back)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    assert!(worst < 1e-8, "round trip off by {worst} px");
    // the tables do move the sky: the same header without them differs
    let plain: String = header(1)
        .as_bytes()
        .chunks(80)
        .map(|c| std::str::from_utf8(c).unwrap())
        .filter(|c| {
            !["D2IM", "CPDIS", "DP1", "DP2"]
                .iter()
                .any(|k| c.starts_with(k))
        })
        .collect();
    let mut sip_only = Wcs::from_cards(&plain).unwrap();
    let mut world_sip = vec![0.0; pix.len()];
    sip_only.pix2world(&pix, &mut world_sip).unwrap();
    let moved = world
        .iter()
        .zip(&world_sip)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    assert!(moved > 1e-5, "tables changed nothing ({moved} deg)");
}

#[test]
fn transposed_table_equals_the_table_stored_the_other_way() {
    let t = pattern(9, 11, 0.25, 1.0);
    let mut a = lookup_wcs();
    let dp2 = (t, vec![9, 11]);
    let mut b = Wcs::from_cards_with_tables(&header(2), &|n, v| tables(n, v, &dp2)).unwrap();
    let pix = batch(5_000);
    let (mut wa, mut wb) = (vec![0.0; pix.len()], vec![0.0; pix.len()]);
    a.pix2world(&pix, &mut wa).unwrap();
    b.pix2world(&pix, &mut wb).unwrap();
    assert!(wa.iter().zip(&wb).all(|(x, y)| x.to_bits() == y.to_bits()));
}

#[test]
fn nan_inputs_give_nan() {
    let mut wcs = lookup_wcs();
    let pix = [f64::NAN, 3.0, 10.0, 10.0, 4.0, f64::INFINITY];
    let mut world = [0.0; 6];
    wcs.pix2world(&pix, &mut world).unwrap();
    assert!(world[0].is_nan() && world[1].is_nan() && world[4].is_nan() && world[5].is_nan());
    assert!(world[2].is_finite() && world[3].is_finite());
    let mut back = [0.0; 6];
    wcs.world2pix(&world, &mut back).unwrap();
    assert!(back[0].is_nan() && back[1].is_nan() && back[4].is_nan());
    assert!(
        (back[2] - 10.0).abs() < 1e-9 && (back[3] - 10.0).abs() < 1e-9,
        "{back:?}"
    );
}

#[test]
fn missing_tables_are_errors_naming_the_extension() {
    let e = Wcs::from_cards(&header(1)).unwrap_err().to_string();
    assert!(e.contains("D2IMARR,1") && e.contains("D2IMDIS1"), "{e}");
    assert!(!e.contains('\n'), "{e}");
    let dp2 = (pattern(9, 11, 0.25, 1.0), vec![9, 11]);
    let e = Wcs::from_cards_with_tables(&header(1), &|n, v| {
        if n == "WCSDVARR" && v == 2 {
            None
        } else {
            tables(n, v, &dp2)
        }
    })
    .unwrap_err()
    .to_string();
    assert!(e.contains("WCSDVARR,2") && e.contains("CPDIS2"), "{e}");
    // a table of the wrong shape
    let e = Wcs::from_cards_with_tables(&header(1), &|n, v| {
        let mut t = tables(n, v, &dp2)?;
        if n == "WCSDVARR" && v == 1 {
            t.shape = vec![81];
        }
        Some(t)
    })
    .unwrap_err()
    .to_string();
    assert!(e.contains("WCSDVARR,1") && e.contains("2-D"), "{e}");
}

#[test]
fn tables_need_two_axes() {
    let mut text = header(1);
    text.push_str(&cards(&[
        "CTYPE3  = 'FREQ'",
        "CRVAL3  = 1.0E9",
        "CDELT3  = 1.0E6",
        "CRPIX3  = 1.0",
    ]));
    let dp2 = (pattern(9, 11, 0.25, 1.0), vec![9, 11]);
    let e = Wcs::from_cards_with_tables(&text, &|n, v| tables(n, v, &dp2))
        .unwrap_err()
        .to_string();
    assert!(e.contains("2 dimensions"), "{e}");
}

#[test]
fn mapper_threads_equal_one_thread_with_tables() {
    let target = Wcs::from_cards(&cards(&[
        "NAXIS   = 2",
        "NAXIS1  = 300",
        "NAXIS2  = 300",
        "CTYPE1  = 'GLON-CAR'",
        "CTYPE2  = 'GLAT-CAR'",
        "CRVAL1  = 107.42",
        "CRVAL2  = -64.13",
        "CRPIX1  = 150.0",
        "CRPIX2  = 150.0",
        "CDELT1  = -0.0004",
        "CDELT2  = 0.0004",
    ]))
    .unwrap();
    let mapper = PixelMapper::new(&target, &lookup_wcs(), true).unwrap();
    assert_mapper_threads_equal_one_thread(&mapper, &batch(40_000), "the distorted image");
}
