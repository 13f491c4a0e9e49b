//! `skywarp`: reproject, mosaic and calibrate astronomical images from the command line.
//!
//! Each subcommand lives in its own module; this file only parses arguments and reports errors as one
//! line on stderr with a non-zero exit code (never a panic trace for bad input).

mod cmd_calibrate;
mod cmd_convert;
mod cmd_coords;
mod cmd_info;
mod cmd_mosaic;
mod cmd_preview;
mod cmd_reproject;
mod input;
mod interrupt;
mod safety;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "skywarp",
    version,
    about = "Reproject, mosaic and calibrate astronomical FITS images"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the HDUs of a FITS file (or describe a header file) with each image's WCS.
    Info(cmd_info::InfoArgs),
    /// Pixel → world coordinates through a file's WCS (after WCSTools' xy2sky).
    Xy2sky(cmd_coords::Xy2skyArgs),
    /// World → pixel coordinates through a file's WCS (after WCSTools' sky2xy).
    Sky2xy(cmd_coords::Sky2xyArgs),
    /// Convert celestial coordinates between frames (ICRS, FK5, FK4, Galactic, ...).
    Convert(cmd_convert::ConvertArgs),
    /// Reproject an image onto another WCS by interpolation (reproject_interp), straight into a FITS file.
    Reproject(cmd_reproject::ReprojectArgs),
    /// Mosaic images onto one grid (reproject_and_coadd): mean/sum/median/..., weights, background matching.
    Mosaic(Box<cmd_mosaic::MosaicArgs>),
    /// Build master bias/dark/flat frames and calibrate science frames (eloy's formulas by default).
    Calibrate(Box<cmd_calibrate::CalibrateArgs>),
    /// Draw a PNG quick-look of a FITS image (block-averaged, asinh stretch, north up).
    Preview(cmd_preview::PreviewArgs),
}

fn main() {
    // Die quietly on a closed pipe (`skywarp info f.fits | head`), as Unix tools do, instead of
    // panicking in println!.
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = parse_args();
    interrupt::install(match &cli.command {
        Command::Reproject(a) => format!("{} was not written", a.output.display()),
        Command::Preview(a) => format!("{} was not written", a.output.display()),
        Command::Calibrate(_) => {
            "the outputs not yet finished were not written (finished ones are complete)".into()
        }
        _ => "nothing was written".into(),
    });
    let result = match &cli.command {
        Command::Info(a) => cmd_info::run(a),
        Command::Xy2sky(a) => cmd_coords::run_xy2sky(a),
        Command::Sky2xy(a) => cmd_coords::run_sky2xy(a),
        Command::Convert(a) => cmd_convert::run(a),
        Command::Preview(a) => cmd_preview::run(a),
        Command::Reproject(a) => cmd_reproject::run(a),
        Command::Calibrate(a) => cmd_calibrate::run(a),
        Command::Mosaic(a) => cmd_mosaic::run(a),
    };
    if let Err(e) = result {
        eprintln!("skywarp: error: {}", one_line(&e));
        std::process::exit(1);
    }
}

/// Parses the command line. Negative numbers are values, not flags (`--tolerance -1`,
/// `xy2sky f.fits -3 4`): the subcommands' own checks then say what is wrong with them. A usage
/// error is one line (clap's own is seven), help and version print as usual.
fn parse_args() -> Cli {
    let cmd = Cli::command().mut_subcommands(|s| s.allow_negative_numbers(true));
    let parsed = cmd
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => {
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("skywarp: error: {first} (see --help)");
            std::process::exit(2);
        }
    }
}

/// The error and its causes on one line, each cause once: a cause whose text an outer message
/// already quotes (as `FitsError::Io` quotes its `io::Error`, or a context repeating its
/// source) is not repeated.
fn one_line(e: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let text = cause.to_string().replace('\n', " ");
        let text = text.trim();
        if text.is_empty() || msg.contains(text) {
            continue;
        }
        if !msg.is_empty() {
            msg.push_str(": ");
        }
        msg.push_str(text);
    }
    msg
}
