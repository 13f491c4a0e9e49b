//! `fitsdump`: a small command-line window on skywarp-fits, used by the Python oracle tests
//! (astropy writes, we read; we write, astropy reads) and handy for poking at files.
//!
//! ```text
//! fitsdump list IN
//! fitsdump header IN [HDU]                 header text (one card per line, END included)
//! fitsdump hdrfile PATH                    parse a header text file, print it back
//! fitsdump read IN HDU OUT [--via auto|cfitsio|mmap] [--region PLANE,ROW0,NROWS,COL0,NCOLS]
//!                                          decoded pixels as f64 little-endian raw -> OUT;
//!                                          prints "shape N1 N2 ..." (numpy order) on stdout
//! fitsdump write OUT TYPE SHAPE RAW [--header HDRFILE] [--ext NAME TYPE SHAPE RAW]...
//!                                          RAW: f64 little-endian; TYPE: u8 i8 i16 u16 i32
//!                                          u32 i64 f32 f64; SHAPE like 3x4 ("-" = no data)
//! fitsdump mmapwrite OUT TYPE SHAPE RAW [--threads N] [--tile ROWSxCOLS] [--header HDRFILE]
//!                                          same, through MmapFitsWriter, tiles written
//!                                          concurrently
//! fitsdump bench IN [REPEAT]               mmap read_rows vs CFITSIO read_image, MB/s
//! fitsdump sinkbench OUT SIZE [--release]  fill a SIZE x SIZE f32 MmapFitsWriter from 2
//!                                          threads in row bands; prints time and peak RSS
//! ```
//! HDU is an index, a name, NAME,VER, or "-" for the default image HDU.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use skywarp_fits::{
    list_hdus, read_header, read_image, Bitpix, CfitsioImage, FitsError, FitsWriter, HduSelector,
    Header, ImageReader, MmapFitsWriter, MmapImage,
};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fitsdump: {e}");
            ExitCode::FAILURE
        }
    }
}

fn sel(s: &str) -> Res<HduSelector> {
    Ok(if s == "-" {
        HduSelector::Default
    } else {
        HduSelector::parse(s)?
    })
}

fn parse_shape(s: &str) -> Res<Vec<usize>> {
    if s == "-" || s.is_empty() {
        return Ok(Vec::new());
    }
    Ok(s.split('x')
        .map(|p| p.parse::<usize>())
        .collect::<Result<_, _>>()?)
}

fn read_raw(path: &str) -> Res<Vec<f64>> {
    let b = std::fs::read(path)?;
    Ok(b.chunks_exact(8)
        .map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
        .collect())
}

fn write_raw(path: &str, v: &[f64]) -> Res<()> {
    let mut b = Vec::with_capacity(v.len() * 8);
    for x in v {
        b.extend_from_slice(&x.to_le_bytes());
    }
    std::fs::write(path, b)?;
    Ok(())
}

fn opt<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn run(args: &[String]) -> Res<()> {
    let cmd = args.first().map(String::as_str).unwrap_or("");
    let a = |i: usize| -> Res<&str> {
        args.get(i)
            .map(String::as_str)
            .ok_or_else(|| format!("missing argument {i} for '{cmd}'").into())
    };
    match cmd {
        "list" => {
            for h in list_hdus(a(1)?)? {
                println!("{}", h.describe());
            }
        }
        "header" => {
            let s = match args.get(2) {
                Some(s) => sel(s)?,
                None => HduSelector::Default,
            };
            print!("{}", read_header(a(1)?, &s)?.to_text());
        }
        "hdrfile" => print!("{}", Header::read_file(a(1)?)?.to_text()),
        "read" => cmd_read(a(1)?, &sel(a(2)?)?, a(3)?, opt(args, "--via").unwrap_or("auto"), opt(args, "--region"))?,
        "write" => cmd_write(args)?,
        "mmapwrite" => cmd_mmapwrite(args)?,
        "sinkbench" => cmd_sinkbench(a(1)?, a(2)?.parse()?, args.iter().any(|x| x == "--release"))?,
        "bench" => cmd_bench(a(1)?, args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(3))?,
        _ => return Err("usage: fitsdump list|header|hdrfile|read|write|mmapwrite|bench|sinkbench ... (see the source header)".into()),
    }
    Ok(())
}

fn cmd_read(input: &str, s: &HduSelector, out: &str, via: &str, region: Option<&str>) -> Res<()> {
    let reader = match via {
        "auto" => ImageReader::open(input, s)?,
        "mmap" => ImageReader::Mmap(MmapImage::open(input, s)?),
        "cfitsio" => ImageReader::Cfitsio(CfitsioImage::open(input, s)?),
        other => return Err(format!("--via {other}: expected auto, cfitsio or mmap").into()),
    };
    let (shape, data) = match region {
        None => {
            let data = if via == "cfitsio" && region.is_none() {
                // Exercise the one-shot API too.
                read_image::<f64>(input, s)?.data
            } else {
                reader.read_all::<f64>()?
            };
            (reader.shape().to_vec(), data)
        }
        Some(r) => {
            let v: Vec<usize> = r
                .split(',')
                .map(|p| p.parse::<usize>())
                .collect::<Result<_, _>>()?;
            let [plane, row0, nrows, col0, ncols] = v[..] else {
                return Err("--region PLANE,ROW0,NROWS,COL0,NCOLS".into());
            };
            let mut buf = vec![0f64; nrows * ncols];
            reader.read_region(plane, row0, nrows, col0, ncols, &mut buf)?;
            (vec![nrows, ncols], buf)
        }
    };
    write_raw(out, &data)?;
    let dims: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
    println!("shape {}", dims.join(" "));
    println!("via {}", if reader.is_mmap() { "mmap" } else { "cfitsio" });
    Ok(())
}

/// One HDU to write: (extname, type, shape, f64 values).
struct Spec {
    name: String,
    ty: String,
    shape: Vec<usize>,
    data: Vec<f64>,
}

macro_rules! conv {
    ($data:expr, $t:ty) => {
        $data.iter().map(|&v| v as $t).collect::<Vec<$t>>()
    };
}

fn write_one(
    w: &mut FitsWriter,
    primary: bool,
    header: &Header,
    s: &Spec,
) -> Result<(), FitsError> {
    macro_rules! go {
        ($t:ty) => {{
            let d = conv!(s.data, $t);
            if primary {
                w.write_primary(header, &d, &s.shape)
            } else {
                w.write_extension(&s.name, header, &d, &s.shape)
            }
        }};
    }
    match s.ty.as_str() {
        "u8" => go!(u8),
        "i8" => go!(i8),
        "i16" => go!(i16),
        "u16" => go!(u16),
        "i32" => go!(i32),
        "u32" => go!(u32),
        "i64" => go!(i64),
        "f32" => go!(f32),
        _ => go!(f64),
    }
}

fn cmd_write(args: &[String]) -> Res<()> {
    let out = args.get(1).ok_or("write OUT TYPE SHAPE RAW")?;
    let header = match opt(args, "--header") {
        Some(p) => Header::read_file(p)?,
        None => Header::new(),
    };
    let mut specs = vec![Spec {
        name: String::new(),
        ty: args.get(2).ok_or("missing TYPE")?.clone(),
        shape: parse_shape(args.get(3).ok_or("missing SHAPE")?)?,
        data: match args.get(4).map(String::as_str) {
            Some("-") | None => Vec::new(),
            Some(p) => read_raw(p)?,
        },
    }];
    let mut i = 5;
    while i < args.len() {
        if args[i] == "--ext" {
            let g = |k: usize| args.get(i + k).ok_or("--ext NAME TYPE SHAPE RAW");
            specs.push(Spec {
                name: g(1)?.clone(),
                ty: g(2)?.clone(),
                shape: parse_shape(g(3)?)?,
                data: read_raw(g(4)?)?,
            });
            i += 5;
        } else {
            i += 1;
        }
    }
    for s in &specs {
        if !["u8", "i8", "i16", "u16", "i32", "u32", "i64", "f32", "f64"].contains(&s.ty.as_str()) {
            return Err(format!("unknown type {}", s.ty).into());
        }
    }
    let mut w = FitsWriter::create(out)?;
    for (k, s) in specs.iter().enumerate() {
        let h = if k == 0 {
            header.clone()
        } else {
            Header::new()
        };
        write_one(&mut w, k == 0, &h, s)?;
    }
    w.finish()?;
    Ok(())
}

fn cmd_mmapwrite(args: &[String]) -> Res<()> {
    let out = args.get(1).ok_or("mmapwrite OUT TYPE SHAPE RAW")?;
    let bitpix = match args.get(2).map(String::as_str) {
        Some("f32") => Bitpix::F32,
        Some("f64") => Bitpix::F64,
        Some("i16") => Bitpix::I16,
        Some("i32") => Bitpix::I32,
        Some("u8") => Bitpix::U8,
        Some("i64") => Bitpix::I64,
        other => return Err(format!("mmapwrite type {other:?}: f32 f64 i16 i32 i64 u8").into()),
    };
    let shape = parse_shape(args.get(3).ok_or("missing SHAPE")?)?;
    let data = read_raw(args.get(4).ok_or("missing RAW")?)?;
    let header = match opt(args, "--header") {
        Some(p) => Header::read_file(p)?,
        None => Header::new(),
    };
    let threads: usize = opt(args, "--threads")
        .map(str::parse)
        .transpose()?
        .unwrap_or(4);
    let tile = parse_shape(opt(args, "--tile").unwrap_or("7x5"))?;
    let (th, tw) = (tile[0].max(1), tile.get(1).copied().unwrap_or(1).max(1));
    let w = MmapFitsWriter::create(out, &[(header, shape.clone(), bitpix)])?;
    let width = *shape.last().unwrap_or(&0);
    let height = if shape.len() >= 2 {
        shape[shape.len() - 2]
    } else {
        1
    };
    let planes: usize = if shape.len() >= 3 {
        shape[..shape.len() - 2].iter().product()
    } else {
        1
    };
    let mut tiles = Vec::new();
    for p in 0..planes {
        for r in (0..height).step_by(th) {
            for c in (0..width).step_by(tw) {
                tiles.push((p, r, c, th.min(height - r), tw.min(width - c)));
            }
        }
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|sc| -> Res<()> {
        let mut hs = Vec::new();
        for _ in 0..threads.max(1) {
            hs.push(sc.spawn(|| -> Result<(), FitsError> {
                loop {
                    let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(&(p, r, c, nr, nc)) = tiles.get(k) else {
                        return Ok(());
                    };
                    let mut buf = Vec::with_capacity(nr * nc);
                    for rr in r..r + nr {
                        let base = (p * height + rr) * width + c;
                        buf.extend_from_slice(&data[base..base + nc]);
                    }
                    w.write_region(0, p, r, c, nr, nc, &buf)?;
                }
            }));
        }
        for h in hs {
            h.join().map_err(|_| "writer thread panicked")??;
        }
        Ok(())
    })?;
    w.finish()?;
    Ok(())
}

fn cmd_bench(input: &str, repeat: usize) -> Res<()> {
    let path = Path::new(input);
    let m = MmapImage::open(path, &HduSelector::Default)?;
    let (w, h) = (m.width(), m.height());
    let mb = (w * h * m.bitpix().bytes()) as f64 / 1e6;
    println!(
        "image {}x{} BITPIX={} ({mb:.1} MB on disk)",
        h,
        w,
        m.bitpix()
    );
    let band = 64;
    let mut best_mmap = f64::MAX;
    let mut best_mmap64 = f64::MAX;
    let mut best_cf = f64::MAX;
    let mut best_cf_rows = f64::MAX;
    let mut sum = 0f64;
    for _ in 0..repeat {
        let t = Instant::now();
        let m = MmapImage::open(path, &HduSelector::Default)?;
        let mut buf = vec![0f32; band * w];
        let mut r = 0;
        while r < h {
            let n = band.min(h - r);
            m.read_rows(0, r, n, &mut buf[..n * w])?;
            sum += buf[0] as f64;
            r += n;
        }
        best_mmap = best_mmap.min(t.elapsed().as_secs_f64());

        let t = Instant::now();
        let mut buf = vec![0f64; band * w];
        let mut r = 0;
        while r < h {
            let n = band.min(h - r);
            m.read_rows(0, r, n, &mut buf[..n * w])?;
            sum += buf[0];
            r += n;
        }
        best_mmap64 = best_mmap64.min(t.elapsed().as_secs_f64());

        let t = Instant::now();
        let img = read_image::<f32>(path, &HduSelector::Default)?;
        sum += img.data[0] as f64;
        best_cf = best_cf.min(t.elapsed().as_secs_f64());

        let t = Instant::now();
        let c = CfitsioImage::open(path, &HduSelector::Default)?;
        let mut buf = vec![0f32; band * w];
        let mut r = 0;
        while r < h {
            let n = band.min(h - r);
            c.read_rows(0, r, n, &mut buf[..n * w])?;
            sum += buf[0] as f64;
            r += n;
        }
        best_cf_rows = best_cf_rows.min(t.elapsed().as_secs_f64());
    }
    println!(
        "mmap  read_rows -> f32 ({band}-row bands): {:8.1} ms  {:8.0} MB/s",
        best_mmap * 1e3,
        mb / best_mmap
    );
    println!(
        "mmap  read_rows -> f64 ({band}-row bands): {:8.1} ms  {:8.0} MB/s",
        best_mmap64 * 1e3,
        mb / best_mmap64
    );
    println!(
        "cfitsio read_image -> f32 (whole):       {:8.1} ms  {:8.0} MB/s",
        best_cf * 1e3,
        mb / best_cf
    );
    println!(
        "cfitsio read_rows -> f32 ({band}-row bands): {:8.1} ms  {:8.0} MB/s",
        best_cf_rows * 1e3,
        mb / best_cf_rows
    );
    println!("(checksum {sum})");
    Ok(())
}

/// Peak resident set size (VmHWM) in MB, from /proc.
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_string)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn cmd_sinkbench(out: &str, n: usize, release: bool) -> Res<()> {
    let t = Instant::now();
    let w = MmapFitsWriter::create(out, &[(Header::new(), vec![n, n], Bitpix::F32)])?;
    let created = t.elapsed().as_secs_f64();
    let band = 256;
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| -> Res<()> {
        let mut hs = Vec::new();
        for _ in 0..2 {
            hs.push(s.spawn(|| -> Result<(), FitsError> {
                let mut buf = vec![0f32; band * n];
                loop {
                    let r0 = next.fetch_add(band, std::sync::atomic::Ordering::Relaxed);
                    if r0 >= n {
                        return Ok(());
                    }
                    let nr = band.min(n - r0);
                    for (i, v) in buf[..nr * n].iter_mut().enumerate() {
                        *v = (r0 * n + i) as f32;
                    }
                    w.write_rows(0, 0, r0, &buf[..nr * n])?;
                    if release {
                        w.release_rows(0, 0, r0, nr)?;
                    }
                }
            }));
        }
        for h in hs {
            h.join().map_err(|_| "thread panicked")??;
        }
        Ok(())
    })?;
    let filled = t.elapsed().as_secs_f64();
    w.finish()?;
    let total = t.elapsed().as_secs_f64();
    let gb = (n * n * 4) as f64 / 1e9;
    println!(
        "{n}x{n} f32 ({gb:.2} GB): create {created:.2} s, fill {:.2} s, finish (msync+rename) {:.2} s, total {total:.2} s; peak RSS {:.0} MB (release_rows: {release})",
        filled - created,
        total - filled,
        peak_rss_mb()
    );
    Ok(())
}
