//! `skywarp convert`: celestial coordinates from one frame to another, as astropy's
//! `SkyCoord(lon, lat, frame=FROM).transform_to(TO)` gives them.

use std::io::{BufRead, Write};

use anyhow::{bail, Context, Result};
use clap::Args;
use skywarp_wcs::{Frame, FrameTransform};

use crate::input::fmt_num;

#[derive(Args)]
pub struct ConvertArgs {
    /// Frame of the given coordinates: icrs, fk5[:J2000], fk4[:B1950[:OBSTIME]],
    /// fk4noeterms[:B1950[:OBSTIME]], galactic, supergalactic, ecliptic[:J2000].
    #[arg(long)]
    pub from: String,
    /// Frame to convert to (same syntax as --from).
    #[arg(long)]
    pub to: String,
    /// Longitude/latitude pairs in degrees; none: read one "lon lat" pair per line from stdin (blank
    /// lines and `#` comments skipped, commas allowed as separators).
    // Strings, not f64, so that a bad number is our one-line error rather than clap's usage text.
    #[arg(allow_hyphen_values = true, value_name = "LON LAT")]
    pub coords: Vec<String>,
}

fn parse_num(s: &str) -> Option<f64> {
    s.parse::<f64>().ok()
}

/// Points from the command line, or from stdin, as (lon, lat) pairs.
fn read_points(coords: &[String]) -> Result<(Vec<f64>, Vec<f64>)> {
    let (mut lon, mut lat) = (Vec::new(), Vec::new());
    if !coords.is_empty() {
        if coords.len() % 2 == 1 {
            bail!(
                "{} numbers given: give longitude and latitude pairs",
                coords.len()
            );
        }
        for p in coords.chunks_exact(2) {
            for (s, v) in p.iter().zip([&mut lon, &mut lat]) {
                v.push(parse_num(s).with_context(|| format!("{s:?} is not a number"))?);
            }
        }
        return Ok((lon, lat));
    }
    for (lineno, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.context("reading stdin")?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty())
            .collect();
        if fields.len() != 2 {
            bail!(
                "stdin line {}: {} fields, expected \"lon lat\"",
                lineno + 1,
                fields.len()
            );
        }
        for (s, v) in fields.iter().zip([&mut lon, &mut lat]) {
            v.push(
                parse_num(s)
                    .with_context(|| format!("stdin line {}: {s:?} is not a number", lineno + 1))?,
            );
        }
    }
    Ok((lon, lat))
}

pub fn run(args: &ConvertArgs) -> Result<()> {
    let from = Frame::parse(&args.from).context("--from")?;
    let to = Frame::parse(&args.to).context("--to")?;
    let (mut lon, mut lat) = read_points(&args.coords)?;
    FrameTransform::new(&from, &to)?.apply(&mut lon, &mut lat);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (&l, &b) in lon.iter().zip(lat.iter()) {
        if l.is_nan() || b.is_nan() {
            writeln!(out, "nan nan")?;
        } else {
            writeln!(out, "{} {}", fmt_num(l), fmt_num(b))?;
        }
    }
    out.flush()?;
    Ok(())
}
