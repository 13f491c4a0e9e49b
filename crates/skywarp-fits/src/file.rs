//! Opening input files: only regular files, and text files only up to a size cap.
//!
//! Every read path of the crate (and the CLI's header and list files) opens its input here,
//! because the failure modes of special files are not errors but hangs: `open` on a FIFO
//! blocks until a writer appears, `/dev/zero` never ends, and a directory fails late with a
//! confusing message. Opening with `O_NONBLOCK` and checking `fstat` before reading turns each
//! of them into one line at once.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use crate::error::{invalid_arg, io_err, FitsError, Result};

/// Largest header or list file read by [`read_text_capped`]: a header of 8 MiB already has
/// 100,000 cards; anything bigger is not a header (it is a data file or a device).
pub const TEXT_FILE_CAP: u64 = 8 << 20;

/// Opens `path` for reading, refusing anything but a regular file (symlinks to one are fine).
/// Never blocks: a FIFO is opened non-blocking and then refused.
pub fn open_regular(path: &Path) -> Result<File> {
    let where_ = path.display().to_string();
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| io_err(where_.clone(), "cannot open", e))?;
    let meta = file
        .metadata()
        .map_err(|e| io_err(where_.clone(), "cannot stat", e))?;
    let ft = meta.file_type();
    if ft.is_file() {
        return Ok(file);
    }
    let kind = if ft.is_dir() {
        "a directory"
    } else if ft.is_fifo() {
        "a FIFO (named pipe)"
    } else if ft.is_char_device() {
        "a character device"
    } else if ft.is_block_device() {
        "a block device"
    } else if ft.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    };
    Err(invalid_arg(
        where_,
        format!("is {kind}; only regular files can be read"),
    ))
}

/// Checks that `path` is a regular file without reading it (see [`open_regular`]).
pub fn require_regular(path: &Path) -> Result<()> {
    open_regular(path).map(drop)
}

/// Reads a whole regular file of at most `cap` bytes; `what` names it in errors ("header
/// file", "list file").
pub fn read_capped(path: &Path, cap: u64, what: &str) -> Result<Vec<u8>> {
    let where_ = path.display().to_string();
    let file = open_regular(path)?;
    let len = file
        .metadata()
        .map_err(|e| io_err(where_.clone(), "cannot stat", e))?
        .len();
    let too_big = |n: u64| {
        invalid_arg(
            where_.clone(),
            format!("{what} is {n} bytes, more than the {cap}-byte limit; it cannot be a {what}"),
        )
    };
    if len > cap {
        return Err(too_big(len));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // `take` guards against a file that grows while being read.
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_err(where_.clone(), format!("cannot read {what}"), e))?;
    if bytes.len() as u64 > cap {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// [`read_capped`] with [`TEXT_FILE_CAP`], decoded as UTF-8 text.
pub fn read_text_capped(path: &Path, what: &str) -> Result<String> {
    let bytes = read_capped(path, TEXT_FILE_CAP, what)?;
    String::from_utf8(bytes).map_err(|e| FitsError::InvalidArgument {
        loc: path.display().to_string(),
        reason: format!(
            "{what} is not text (invalid UTF-8 at byte {})",
            e.utf8_error().valid_up_to()
        ),
    })
}

/// The mode a newly created output file should get: `0o666` minus the process umask, as
/// `open(2)` would give it. Temporary files renamed into place are created 0600, so writers
/// set this before the rename; outputs then follow the user's umask like any Unix tool's.
pub fn new_file_mode() -> u32 {
    // The umask can only be read by setting it (racy between threads) or from /proc.
    let umask = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0o022);
    0o666 & !umask
}
