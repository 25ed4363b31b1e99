//! Where a command's bytes go (SPEC §2 `--output`): stdout, where a closed pipe ends quietly, or
//! a file. A regular file is written atomically (temp file in the same folder, then rename; the
//! old file's permissions kept), a symbolic link at its target (the link kept), a FIFO or a
//! character device directly. A folder, a socket, a block device or an input of the command is
//! refused before anything is written, and no temporary file outlives an error. Stdout that is
//! a terminal never gets a raw control character from a file (SPEC §2): data shown there is
//! escaped line by line; files and pipes get the exact bytes.

use crate::i18n::command::{self as words, Unwritable};
use crate::i18n::TextError;
use crate::util::escape::escape_lines;
use crate::util::file::FileIdentity;
use anyhow::{bail, Result};
use std::borrow::Cow;
use std::ffi::OsStr;
use std::fs::{FileType, OpenOptions};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Writes to `--output FILE`, or to stdout; `inputs` are the files the command read, which
/// the output may never replace.
pub fn emit(bytes: &[u8], output: Option<&Path>, inputs: &[PathBuf]) -> Result<()> {
    match output {
        Some(path) => {
            refuse_inputs(path, inputs)?;
            write_file(path, bytes)
        }
        None => write_stdout(bytes),
    }
}

/// [`emit`] for terminal text whose renderer escaped every piece from a file itself (the table,
/// the text checklist): it may carry our own colour, so it goes to stdout as it is.
pub fn emit_text(bytes: &[u8], output: Option<&Path>, inputs: &[PathBuf]) -> Result<()> {
    match output {
        Some(_) => emit(bytes, output, inputs),
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
        Err(e) => Err(TextError::new(|lang| words::cannot_write_stdout(lang, &e)).into()),
        Ok(()) => Ok(()),
    }
}

/// What sits at an output path, after following symbolic links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Destination {
    /// Nothing yet, or a regular file: written atomically.
    File,
    /// A FIFO or a character device: written to directly.
    Stream,
}

/// Writes `bytes` to the file, FIFO or device at `path` (links followed), per [`Destination`].
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let target = resolve_links(path)?;
    match destination(path, &target)? {
        Destination::File => write_atomic(&target, bytes),
        Destination::Stream => write_stream(path, &target, bytes),
    }
}

/// The file a path finally names: symbolic links followed one by one (a dangling link names
/// the file it would point to), the last link's folder kept for a relative target.
fn resolve_links(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target = std::fs::read_link(&current).map_err(|e| {
                    let link = current.display().to_string();
                    TextError::new(|lang| words::cannot_read_link(lang, &link, &e))
                })?;
                current = match current.parent() {
                    Some(parent) => parent.join(target),
                    None => target,
                };
            }
            _ => return Ok(current),
        }
    }
    bail!(unwritable(path, Unwritable::LinkLoop))
}

/// `cannot write PATH: why`, in both languages.
fn unwritable(path: &Path, why: Unwritable) -> TextError {
    let shown = path.display().to_string();
    TextError::new(|lang| words::cannot_write(lang, &shown, why))
}

fn destination(path: &Path, target: &Path) -> Result<Destination> {
    let kind = match std::fs::metadata(target) {
        Ok(metadata) => metadata.file_type(),
        // `write_atomic` says what is wrong with a missing folder or one that is a file.
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(Destination::File)
        }
        Err(e) => bail!(unwritable(path, Unwritable::Io(&e))),
    };
    if kind.is_file() || kind.is_dir() {
        // A folder is refused by `write_atomic`, which every file write goes through.
        return Ok(Destination::File);
    }
    if is_stream(kind) {
        return Ok(Destination::Stream);
    }
    bail!(unwritable(path, Unwritable::SocketOrBlockDevice))
}

#[cfg(unix)]
fn is_stream(kind: FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    kind.is_fifo() || kind.is_char_device()
}

#[cfg(not(unix))]
fn is_stream(_kind: FileType) -> bool {
    false
}

/// Writes into a FIFO or a character device as it is: a reader of the FIFO gets the bytes,
/// and a device that refuses them (a full device) is an error.
fn write_stream(path: &Path, target: &Path, bytes: &[u8]) -> Result<()> {
    let failed = |e: io::Error| unwritable(path, Unwritable::Io(&e));
    let mut stream = OpenOptions::new()
        .write(true)
        .open(target)
        .map_err(failed)?;
    // A terminal named by --output (a tty device) shows the bytes: escaped, as on stdout.
    let bytes = for_stdout(bytes, stream.is_terminal());
    stream.write_all(&bytes).map_err(failed)?;
    Ok(stream.flush().map_err(failed)?)
}

/// Refuses an `--output` that names a file the command read (compared by the file they
/// resolve to, so a link, another spelling or a hard link is caught too).
fn refuse_inputs(output: &Path, inputs: &[PathBuf]) -> Result<()> {
    let Some(identity) = FileIdentity::of(output) else {
        return Ok(());
    };
    if let Some(input) = inputs
        .iter()
        .find(|input| FileIdentity::of(input) == Some(identity.clone()))
    {
        let (output, input) = (output.display().to_string(), input.display().to_string());
        bail!(TextError::new(|lang| words::output_is_input(
            lang, &output, &input
        )));
    }
    Ok(())
}

/// Replaces `path` with `bytes` so that readers see the old file or the new one, never half.
/// A symbolic link is followed: its target is replaced, the link kept.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let path = &resolve_links(path)?;
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    check_destination(path, dir)?;
    let failed = |e: io::Error| unwritable(path, Unwritable::Io(&e));
    let mut temp = tempfile::Builder::new()
        .prefix(".sdkvet-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| unwritable_folder(path, dir, e))?;
    temp.write_all(bytes).map_err(failed)?;
    temp.as_file().sync_all().map_err(failed)?;
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => existing.permissions(),
        Err(_) => default_permissions(temp.as_file())?,
    };
    std::fs::set_permissions(temp.path(), permissions).map_err(failed)?;
    temp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

/// Refuses, before writing anything, a destination that cannot become a file.
fn check_destination(path: &Path, dir: &Path) -> Result<()> {
    let folder = dir.display().to_string();
    let folder = folder.as_str();
    match std::fs::metadata(dir) {
        Ok(metadata) if metadata.is_dir() => {}
        Ok(_) => bail!(unwritable(path, Unwritable::FolderIsFile(folder))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            bail!(unwritable(path, Unwritable::NoFolder(folder)))
        }
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => {
            bail!(unwritable(path, Unwritable::PartIsFile(folder)))
        }
        Err(e) => bail!(unwritable(path, Unwritable::FolderUnreachable(folder, &e))),
    }
    if path.is_dir() {
        let example = path.join("ranking.csv").display().to_string();
        bail!(unwritable(path, Unwritable::IsFolder(&example)));
    }
    Ok(())
}

fn unwritable_folder(path: &Path, dir: &Path, error: io::Error) -> anyhow::Error {
    let folder = dir.display().to_string();
    let read_only = matches!(
        error.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    );
    anyhow::Error::new(unwritable(
        path,
        match read_only {
            true => Unwritable::ReadOnlyFolder(&folder, &error),
            false => Unwritable::CannotCreateIn(&folder, &error),
        },
    ))
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

    #[cfg(unix)]
    #[test]
    fn links_resolve_relative_to_their_folder_and_loops_are_errors() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        symlink("sub/second", root.join("first")).unwrap();
        symlink("../target.csv", root.join("sub/second")).unwrap();
        let resolved = resolve_links(&root.join("first")).unwrap();
        assert_eq!(resolved, root.join("sub/../target.csv"));
        write_atomic(&root.join("first"), b"data").unwrap();
        assert_eq!(std::fs::read(root.join("target.csv")).unwrap(), b"data");
        symlink("loop-b", root.join("loop-a")).unwrap();
        symlink("loop-a", root.join("loop-b")).unwrap();
        let err = write_file(&root.join("loop-a"), b"x").unwrap_err();
        assert!(format!("{err:#}").contains("too many levels"), "{err:#}");
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
