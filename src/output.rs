//! Where a command's bytes go: stdout (a closed pipe ends quietly) or a file written
//! atomically (temp file in the same folder, then rename; permissions of a file replaced kept).

use anyhow::{bail, Context, Result};
use std::io::{self, IsTerminal, Write};
use std::path::Path;

/// Writes to `--output FILE` atomically, or to stdout.
pub fn emit(bytes: &[u8], output: Option<&Path>) -> Result<()> {
    match output {
        Some(path) => write_atomic(path, bytes),
        None => write_stdout(bytes),
    }
}

/// Writes to stdout; a reader that went away (`| head`) is not an error.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// Replaces `path` with `bytes` so that readers see the old file or the new one, never half.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    check_destination(path, dir)?;
    let context = || format!("cannot write {}", path.display());
    let mut temp = tempfile::Builder::new()
        .prefix(".sdkvet-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| unwritable_folder(path, dir, e))?;
    temp.write_all(bytes).with_context(context)?;
    temp.as_file().sync_all().with_context(context)?;
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => existing.permissions(),
        Err(_) => default_permissions(temp.as_file())?,
    };
    std::fs::set_permissions(temp.path(), permissions).with_context(context)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(context)?;
    Ok(())
}

/// Refuses, before writing anything, a destination that cannot become a file.
fn check_destination(path: &Path, dir: &Path) -> Result<()> {
    let shown = path.display();
    let folder = dir.display();
    match std::fs::metadata(dir) {
        Ok(metadata) if metadata.is_dir() => {}
        Ok(_) => bail!("cannot write {shown}: {folder} is a file, not a folder; choose another --output"),
        Err(e) if e.kind() == io::ErrorKind::NotFound => bail!(
            "cannot write {shown}: the folder {folder} does not exist; create it first (mkdir -p {folder}) or choose another --output"
        ),
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => bail!(
            "cannot write {shown}: part of {folder} is a file, not a folder; choose another --output"
        ),
        Err(e) => bail!("cannot write {shown}: cannot reach the folder {folder} ({e}); choose another --output"),
    }
    if path.is_dir() {
        bail!(
            "cannot write {shown}: it is a folder; give a file name, e.g. --output {}",
            path.join("ranking.csv").display()
        );
    }
    Ok(())
}

fn unwritable_folder(path: &Path, dir: &Path, error: io::Error) -> anyhow::Error {
    let why = match error.kind() {
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => format!(
            "the folder {} is read-only for sdkvet ({error}); choose a folder you can write to",
            dir.display()
        ),
        _ => format!("cannot create a file in {}: {error}", dir.display()),
    };
    anyhow::anyhow!("cannot write {}: {why}", path.display())
}

#[cfg(unix)]
fn default_permissions(_file: &std::fs::File) -> Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(file: &std::fs::File) -> Result<std::fs::Permissions> {
    Ok(file.metadata()?.permissions())
}

/// Colour only on a terminal, never with `NO_COLOR`, never into a file.
pub fn colour_wanted(output: Option<&Path>) -> bool {
    output.is_none()
        && io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The terminal's width when stdout is one (and not redirected to a file).
pub fn terminal_width(output: Option<&Path>) -> Option<u16> {
    if output.is_some() || !io::stdout().is_terminal() {
        return None;
    }
    comfy_table::Table::new().width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_keeps_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomic(&path, b"one").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temp file is left behind");
    }

    #[test]
    fn atomic_write_into_a_missing_folder_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing/out.csv");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert!(format!("{err:#}").contains("cannot write"));
    }
}
