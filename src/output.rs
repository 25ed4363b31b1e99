//! Where a command's bytes go: stdout (a closed pipe ends quietly) or a file written
//! atomically (temp file in the same folder, then rename; permissions of a file replaced kept).
//! Stdout that is a terminal never gets a raw control character from a file (SPEC §2): data
//! shown there is escaped line by line; files and pipes get the exact bytes.

use crate::util::escape::escape_lines;
use anyhow::{bail, Context, Result};
use std::borrow::Cow;
use std::ffi::OsStr;
use std::io::{self, IsTerminal, Write};
use std::path::Path;

/// Writes to `--output FILE` atomically, or to stdout.
pub fn emit(bytes: &[u8], output: Option<&Path>) -> Result<()> {
    match output {
        Some(path) => write_atomic(path, bytes),
        None => write_stdout(bytes),
    }
}

/// [`emit`] for terminal text whose renderer escaped every piece from a file itself (the table,
/// the text checklist): it may carry our own colour, so it goes to stdout as it is.
pub fn emit_text(bytes: &[u8], output: Option<&Path>) -> Result<()> {
    match output {
        Some(_) => emit(bytes, output),
        None => write_exactly(bytes),
    }
}

/// Writes to stdout; a reader that went away (`| head`) is not an error. On a terminal, control
/// characters are shown escaped, each line on its own line; into a pipe or a file, the bytes
/// are written as they are.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    write_exactly(&for_stdout(bytes, io::stdout().is_terminal()))
}

/// The bytes as stdout shows them: escaped line by line on a terminal, else unchanged.
fn for_stdout(bytes: &[u8], terminal: bool) -> Cow<'_, [u8]> {
    if !terminal {
        return Cow::Borrowed(bytes);
    }
    let text = String::from_utf8_lossy(bytes);
    Cow::Owned(escape_lines(&text).into_bytes())
}

fn write_exactly(bytes: &[u8]) -> Result<()> {
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

/// Colour only on a terminal, never with `NO_COLOR`, never with `TERM=dumb`, never into a file.
pub fn colour_wanted(output: Option<&Path>) -> bool {
    output.is_none()
        && colour_allowed(
            io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
            std::env::var_os("TERM").as_deref(),
        )
}

/// Whether stdout may be coloured: it is a `terminal`, `NO_COLOR` is unset or empty
/// (no-color.org), and `TERM` is not `dumb`.
pub fn colour_allowed(terminal: bool, no_color: Option<&OsStr>, term: Option<&OsStr>) -> bool {
    terminal && no_color.is_none_or(OsStr::is_empty) && term.is_none_or(|t| t != "dumb")
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
    fn colour_needs_a_terminal_no_no_color_and_a_terminal_type_other_than_dumb() {
        let os = |s: &'static str| Some(OsStr::new(s));
        assert!(colour_allowed(true, None, os("xterm-256color")));
        assert!(
            colour_allowed(true, os(""), None),
            "an empty NO_COLOR is unset"
        );
        assert!(!colour_allowed(false, None, os("xterm")), "not a terminal");
        assert!(!colour_allowed(true, os("1"), os("xterm")));
        assert!(!colour_allowed(true, None, os("dumb")));
        assert!(!colour_allowed(true, os("1"), os("dumb")));
    }

    #[test]
    fn stdout_escapes_control_characters_on_a_terminal_only() {
        let data = "name\n\u{1b}]0;title\u{7}\u{9b}2J,\u{202e}x\r\n".as_bytes();
        assert_eq!(
            for_stdout(data, false),
            data,
            "pipes and files get exact bytes"
        );
        let shown = for_stdout(data, true);
        assert_eq!(
            std::str::from_utf8(&shown).unwrap(),
            "name\n\\u{1b}]0;title\\u{7}\\u{9b}2J,\\u{202e}x\\r\n"
        );
    }

    #[test]
    fn atomic_write_into_a_missing_folder_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing/out.csv");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert!(format!("{err:#}").contains("cannot write"));
    }
}
