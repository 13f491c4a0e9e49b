//! `skywarp`: reproject, mosaic and calibrate astronomical images from the command line.
//!
//! Each subcommand lives in its own module; this file only parses arguments and reports errors as one
//! line on stderr with a non-zero exit code (never a panic trace for bad input).

mod cmd_calibrate;
mod cmd_convert;
mod cmd_coords;
mod cmd_info;
mod cmd_preview;
mod cmd_reproject;
mod input;

use clap::{Parser, Subcommand};

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
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Info(a) => cmd_info::run(a),
        Command::Xy2sky(a) => cmd_coords::run_xy2sky(a),
        Command::Sky2xy(a) => cmd_coords::run_sky2xy(a),
        Command::Convert(a) => cmd_convert::run(a),
        Command::Preview(a) => cmd_preview::run(a),
        Command::Reproject(a) => cmd_reproject::run(a),
        Command::Calibrate(a) => cmd_calibrate::run(a),
    };
    if let Err(e) = result {
        // One line: the chain of causes joined, as users grep and scripts log it.
        let msg = format!("{e:#}").replace('\n', " ");
        eprintln!("skywarp: error: {msg}");
        std::process::exit(1);
    }
}
