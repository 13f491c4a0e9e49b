//! Checks every subcommand makes before doing any work: outputs never replace inputs, thread
//! counts stay sane.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

/// The inputs of a run, identified by device and inode: a path that differs in spelling, a
/// symlink or a hard link to an input is still that input.
pub struct Inputs {
    files: Vec<(u64, u64, PathBuf)>,
}

impl Inputs {
    /// Inputs that do not exist (yet) are skipped: their readers report them.
    pub fn new<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Inputs {
        let files = paths
            .into_iter()
            .filter_map(|p| {
                std::fs::metadata(p)
                    .ok()
                    .map(|m| (m.dev(), m.ino(), p.to_path_buf()))
            })
            .collect();
        Inputs { files }
    }

    /// Refuses `output` when writing it would replace one of the inputs (checked before any
    /// work, so an input is never destroyed, not even by a finished run's rename).
    pub fn refuse_as_output(&self, output: &Path) -> Result<()> {
        let Ok(m) = std::fs::metadata(output) else {
            return Ok(()); // nothing there yet (a dangling symlink would be replaced, not followed)
        };
        if let Some((_, _, input)) = self
            .files
            .iter()
            .find(|(dev, ino, _)| (*dev, *ino) == (m.dev(), m.ino()))
        {
            bail!(
                "{}: is the input {} (same file); refusing to overwrite an input, choose another output",
                output.display(),
                input.display()
            );
        }
        Ok(())
    }
}

/// `--threads`: at least 1, capped by the engine's [`skywarp::cap_threads`] with a note on
/// stderr when the request was above the cap.
pub fn threads(requested: Option<usize>) -> Result<Option<usize>> {
    let Some(n) = requested else {
        return Ok(None);
    };
    if n == 0 {
        bail!("--threads must be at least 1");
    }
    let c = skywarp::cap_threads(n);
    if let Some(note) = c.note() {
        eprintln!("skywarp: note: {note}");
    }
    Ok(Some(c.threads))
}
