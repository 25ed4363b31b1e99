//! Reading a data file: bytes to UTF-8 text (BOM dropped, size capped), one TOML parse into
//! the spanned [`crate::load::tree`], and byte offsets to line and column for diagnostics.

use crate::i18n::{diagnostics as words, Text};
use crate::load::diag::{Diagnostic, Diagnostics, Severity};
use crate::load::tree::{self, Node, Table};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Data files larger than this are refused before they are parsed.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// A file's text, kept for turning byte offsets into positions.
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    /// Where each line starts, and how many characters come before every
    /// [`CHARS_EVERY`]-th byte; built on the first diagnostic, as most files have none.
    positions: OnceLock<Positions>,
}

/// Byte offsets to lines and columns in time that does not grow with the length of a line,
/// so that thousands of diagnostics on one long line (a list of 100,000 items) stay linear.
struct Positions {
    line_starts: Vec<usize>,
    /// The characters before byte `k × CHARS_EVERY`, for every `k`.
    chars_before: Vec<usize>,
}

/// The spacing, in bytes, of [`Positions::chars_before`].
const CHARS_EVERY: usize = 256;

impl Positions {
    fn of(text: &str) -> Positions {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut chars_before = vec![0];
        for chunk in text.as_bytes().chunks(CHARS_EVERY) {
            chars_before.push(chars_before[chars_before.len() - 1] + chars_in(chunk));
        }
        Positions {
            line_starts,
            chars_before,
        }
    }

    /// The characters that start before byte `offset` of `text`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let checkpoint = offset / CHARS_EVERY;
        let since = &text.as_bytes()[checkpoint * CHARS_EVERY..offset];
        self.chars_before[checkpoint] + chars_in(since)
    }
}

/// The characters that start in `bytes` (every byte but UTF-8 continuation bytes).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl SourceFile {
    /// Reads a file; an unreadable, oversized or non-UTF-8 file becomes a diagnostic.
    pub fn read(path: &Path) -> Result<SourceFile, Diagnostic> {
        let bytes = read_capped(path).map_err(|message| Diagnostics::file_error(path, message))?;
        SourceFile::from_bytes(path, bytes)
    }

    /// [`SourceFile::read`] for a file its folder's listing showed as a regular file: it is
    /// opened first (without blocking, should it have become a pipe since) and checked through
    /// its handle, which spares looking its path up twice. Same diagnostics.
    pub fn read_listed_file(path: &Path) -> Result<SourceFile, Diagnostic> {
        let bytes =
            read_listed_capped(path).map_err(|message| Diagnostics::file_error(path, message))?;
        SourceFile::from_bytes(path, bytes)
    }

    /// Builds from bytes already in memory (embedded data, tests).
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::from_text(path, text)),
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let prefix = String::from_utf8_lossy(valid).into_owned();
                let at = SourceFile::from_text(path, prefix);
                let (line, column) = at.position(at.text.len());
                Err(Diagnostic {
                    line,
                    column,
                    ..Diagnostics::file_error(path, Text::new(words::not_utf8))
                })
            }
        }
    }

    pub fn from_text(path: &Path, mut text: String) -> SourceFile {
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        SourceFile {
            path: path.to_path_buf(),
            text,
            positions: OnceLock::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let positions = self.positions.get_or_init(|| Positions::of(&self.text));
        let offset = offset.min(self.text.len());
        let line = positions
            .line_starts
            .partition_point(|&start| start <= offset);
        let start = positions.line_starts[line - 1];
        let column = positions.chars_before(&self.text, offset)
            - positions.chars_before(&self.text, start)
            + 1;
        (line, column)
    }

    /// Parses the text as TOML; a syntax error becomes a positioned diagnostic.
    pub fn parse(&self) -> Result<Table<'_>, Diagnostic> {
        match Table::parse(&self.text) {
            Ok(table) => Ok(table.into_inner()),
            Err(e) => {
                let offset = e.span().map_or(0, |span| span.start);
                if e.message() == "duplicate key" {
                    if let Some(span) = e.span() {
                        return Err(self.duplicate_key(span));
                    }
                }
                let parser = e.message().trim().replace('\n', "; ");
                let too_deep = e.message().contains("recurs");
                let point = decimal_comma(&self.text, offset).map(|n| n.replace(',', "."));
                let message = Text::new(|lang| {
                    words::invalid_toml(lang, &parser, too_deep, point.as_deref())
                });
                Err(self.diagnostic(Severity::Error, offset, "", message))
            }
        }
    }

    /// The parser's "duplicate key" at `span`, with the key named by its dotted path, and
    /// a word on quoting when the key is quoted (`[criteria."coverage"]` after
    /// `[criteria.coverage]`).
    fn duplicate_key(&self, span: std::ops::Range<usize>) -> Diagnostic {
        let written = self.text.get(span.clone()).unwrap_or_default();
        let key = unquoted_key(written);
        let path = key_path(&self.text, span.end).unwrap_or_else(|| key.clone());
        let quoted = written
            .starts_with(['"', '\''])
            .then_some((written, key.as_str()));
        let message = Text::new(|lang| words::duplicate_key(lang, quoted));
        self.diagnostic(Severity::Error, span.start, &path, message)
    }

    /// A diagnostic at a byte offset of this file.
    pub fn diagnostic(
        &self,
        severity: Severity,
        offset: usize,
        key: &str,
        message: Text,
    ) -> Diagnostic {
        let (line, column) = self.position(offset);
        Diagnostic {
            severity,
            file: self.path.clone(),
            line,
            column,
            key: key.to_string(),
            message,
        }
    }
}

/// A key as written (`"coverage"`, `'a b'`, `coverage`) as the key it is (`coverage`).
fn unquoted_key(written: &str) -> String {
    let line = format!("{written} = 0");
    let parsed = Table::parse(&line).ok();
    let first = parsed.and_then(|table| table.into_inner().into_iter().next());
    first.map_or_else(
        || written.to_string(),
        |(key, _)| key.into_inner().into_owned(),
    )
}

/// The dotted path of the key that ends at byte `end`, as its line says: the table header it
/// is part of, or the header above it followed by its own dotted key. `None` when the line
/// alone does not tell (a key inside an inline table).
fn key_path(text: &str, end: usize) -> Option<String> {
    let line_start = text
        .get(..end)?
        .rfind('\n')
        .map_or(0, |newline| newline + 1);
    let line = text[line_start..end].trim_start();
    let snippet = if line.starts_with("[[") {
        format!("{line}]]")
    } else if line.starts_with('[') {
        format!("{line}]")
    } else {
        format!("{}\n{line} = 0", header_above(&text[..line_start]))
    };
    let table = Table::parse(&snippet).ok()?.into_inner();
    Some(deepest_path(&table))
}

/// The last table header line of `text` (empty at the top level).
fn header_above(text: &str) -> &str {
    let is_header = |line: &&str| {
        line.starts_with('[') && Table::parse(line).is_ok_and(|t| !t.get_ref().is_empty())
    };
    text.lines()
        .rev()
        .map(str::trim)
        .find(is_header)
        .unwrap_or("")
}

/// The keys from the top of a table that holds one chain of keys down to its last one.
fn deepest_path(table: &Table) -> String {
    let mut keys: Vec<&str> = Vec::new();
    let mut current = Some(table);
    while let Some((key, node)) = current.and_then(|table| table.iter().next_back()) {
        keys.push(key.get_ref());
        current = match node.get_ref() {
            tree::Value::Table(table) => Some(table),
            tree::Value::Array(array) => array
                .iter()
                .next_back()
                .and_then(|n| n.get_ref().as_table()),
            _ => None,
        };
    }
    keys.join(".")
}

/// Reads at most [`MAX_FILE_BYTES`]. What is not a regular file (a folder, a broken link, a
/// pipe that would block, a socket, a device) is refused before it is opened.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, Text> {
    let metadata = std::fs::metadata(path).map_err(|e| open_error(path, &e))?;
    check_kind_and_size(&metadata)?;
    let file = std::fs::File::open(path).map_err(|e| open_error(path, &e))?;
    read_all(file, metadata.len())
}

/// [`read_capped`] for a file listed as a regular file: opened, then checked by its handle.
fn read_listed_capped(path: &Path) -> Result<Vec<u8>, Text> {
    let file = open_without_blocking(path).map_err(|e| open_error(path, &e))?;
    let metadata = file.metadata().map_err(|e| cannot_read(&e))?;
    check_kind_and_size(&metadata)?;
    read_all(file, metadata.len())
}

/// Opens for reading; a pipe does not make this wait for a writer.
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// Only regular files of at most [`MAX_FILE_BYTES`] are read.
fn check_kind_and_size(metadata: &std::fs::Metadata) -> Result<(), Text> {
    if metadata.is_dir() {
        return Err(Text::new(words::is_folder));
    }
    if !metadata.is_file() {
        return Err(Text::new(words::not_regular_file));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(())
}

/// Reads the whole of an open file of `size` bytes, refusing more than [`MAX_FILE_BYTES`]
/// should it have grown.
fn read_all(file: std::fs::File, size: u64) -> Result<Vec<u8>, Text> {
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_read(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

fn too_large() -> Text {
    Text::new(|lang| words::file_too_large(lang, MAX_FILE_BYTES / 1024))
}

fn cannot_read(error: &std::io::Error) -> Text {
    Text::new(|lang| words::cannot_read_file(lang, error))
}

/// Whether `path` is a symbolic link whose target does not exist.
pub fn is_broken_link(path: &Path) -> bool {
    path.symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
}

fn open_error(path: &Path, error: &std::io::Error) -> Text {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound if is_broken_link(path) => Text::new(words::broken_link),
        ErrorKind::NotFound => Text::new(words::no_such_file),
        ErrorKind::PermissionDenied => Text::new(words::may_not_read),
        _ => cannot_read(error),
    }
}

/// Collects the diagnostics of one file, positioned by spans.
pub struct Reporter<'a> {
    pub source: &'a SourceFile,
    pub diagnostics: Diagnostics,
}

impl<'a> Reporter<'a> {
    pub fn new(source: &'a SourceFile) -> Reporter<'a> {
        Reporter {
            source,
            diagnostics: Diagnostics::default(),
        }
    }

    pub fn error_at(&mut self, offset: usize, key: &str, message: Text) {
        let d = self
            .source
            .diagnostic(Severity::Error, offset, key, message);
        self.diagnostics.push(d);
    }

    pub fn warning_at(&mut self, offset: usize, key: &str, message: Text) {
        let d = self
            .source
            .diagnostic(Severity::Warning, offset, key, message);
        self.diagnostics.push(d);
    }

    /// Parses the file; a syntax error is recorded and gives `None`.
    pub fn parse(&mut self) -> Option<Table<'a>> {
        match self.source.parse() {
            Ok(table) => Some(table),
            Err(diagnostic) => {
                self.diagnostics.push(diagnostic);
                None
            }
        }
    }

    /// The problems found, in file order.
    pub fn finish(self) -> Diagnostics {
        let mut diagnostics = self.diagnostics;
        diagnostics.sort_by_position();
        diagnostics
    }

    /// An error about a node (a value or a table), positioned at it.
    pub fn error(&mut self, node: &Node, key: &str, message: Text) {
        self.error_at(tree::start(node), key, message);
    }

    pub fn warning(&mut self, node: &Node, key: &str, message: Text) {
        self.warning_at(tree::start(node), key, message);
    }
}

/// `support` + `coverage` → `support.coverage`.
pub fn join_path(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// The value of the line holding `offset` when it is a number written with a decimal comma
/// (`availability = 99,9`), which TOML reads as a syntax error.
fn decimal_comma(text: &str, offset: usize) -> Option<&str> {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let value = line.split_once('=')?.1;
    let value = value.split('#').next()?.trim();
    let (whole, fraction) = value.trim_start_matches(['-', '+']).split_once(',')?;
    let digits = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    (digits(whole) && digits(fraction)).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let src = SourceFile::from_text(Path::new("x.toml"), "a = 1\nname = \"声网\" x".into());
        assert_eq!(src.position(0), (1, 1));
        assert_eq!(src.position(6), (2, 1));
        let x = src.text.rfind('x').unwrap();
        assert_eq!(src.position(x), (2, 13));
    }

    #[test]
    fn columns_on_a_long_line_count_characters() {
        let line: String = (0..3000)
            .map(|k| if k % 7 == 0 { '声' } else { 'x' })
            .collect();
        let text = format!("a = 1\n{line}\nb");
        let src = SourceFile::from_text(Path::new("x.toml"), text.clone());
        for (offset, _) in text.char_indices() {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let expected = text[line_start..offset].chars().count() + 1;
            assert_eq!(src.position(offset).1, expected, "offset {offset}");
        }
        assert_eq!(src.position(text.len()), (3, 2));
    }

    #[test]
    fn drops_a_byte_order_mark() {
        let src = SourceFile::from_bytes(Path::new("x.toml"), b"\xEF\xBB\xBFname = 1".to_vec());
        assert_eq!(src.unwrap().text, "name = 1");
    }

    #[test]
    fn invalid_utf8_is_positioned() {
        let err = SourceFile::from_bytes(Path::new("x.toml"), b"a = 1\nb = \"\xFF\"".to_vec())
            .err()
            .unwrap();
        assert_eq!((err.line, err.column), (2, 6));
        assert!(err.message.to_string().contains("UTF-8"));
    }

    #[test]
    fn a_listed_file_reads_as_any_file_does() {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str| dir.path().join(name);
        std::fs::write(file("ok.toml"), "name = \"A\"\n").unwrap();
        std::fs::write(file("large.toml"), vec![b'#'; MAX_FILE_BYTES as usize + 1]).unwrap();
        std::fs::create_dir(file("folder.toml")).unwrap();
        let mut names = vec!["ok.toml", "large.toml", "folder.toml", "missing.toml"];
        #[cfg(unix)]
        if std::process::Command::new("mkfifo")
            .arg(file("pipe.toml"))
            .status()
            .is_ok_and(|status| status.success())
        {
            names.push("pipe.toml"); // must not wait for a writer
        }
        for name in names {
            let (usual, listed) = (
                SourceFile::read(&file(name)),
                SourceFile::read_listed_file(&file(name)),
            );
            match (usual, listed) {
                (Ok(a), Ok(b)) => assert_eq!((a.path, a.text), (b.path, b.text)),
                (Err(a), Err(b)) => assert_eq!(a, b),
                _ => panic!("{name} read differently"),
            }
        }
    }

    fn parse_error(text: &str) -> String {
        let src = SourceFile::from_text(Path::new("x.toml"), text.into());
        src.parse().unwrap_err().to_string()
    }

    #[test]
    fn a_duplicate_key_is_named_by_its_path() {
        let quoted = parse_error(
            "name = \"S\"\n[criteria.coverage]\nweight = 1\n[criteria.\"coverage\"]\nweight = 2\n",
        );
        assert_eq!(quoted, "x.toml:4:11: error: `criteria.coverage`: invalid TOML: duplicate key: it is already defined above; `\"coverage\"` is the same key as `coverage` (quotes do not make another key); keep one of them");
        let bare = parse_error("[criteria.coverage]\n[criteria.coverage]\n");
        assert!(bare.starts_with("x.toml:2:11: error: `criteria.coverage`: invalid TOML: duplicate key: it is already defined above; keep"), "{bare}");
        let dotted = parse_error("[criteria]\ncoverage.weight = 1\n'coverage'.weight = 2\n");
        assert!(
            dotted.contains("x.toml:3:12: error: `criteria.coverage.weight`: "),
            "{dotted}"
        );
        let top = parse_error("name = \"S\"\n\"name\" = \"T\"\n");
        assert!(top.starts_with("x.toml:2:1: error: `name`: invalid TOML: duplicate key: it is already defined above; `\"name\"` is the same key"), "{top}");
        let inline = parse_error("[support]\nfirst_response = { high = 1, \"high\" = 2 }\n");
        assert!(
            inline.contains(
                "error: `high`: invalid TOML: duplicate key: it is already defined above"
            ),
            "{inline}"
        );
        let tickets = parse_error("[[trial.tickets]]\na = 1\n\"a\" = 2\n");
        assert!(tickets.contains("`trial.tickets.a`: "), "{tickets}");
    }

    #[test]
    fn syntax_errors_are_positioned() {
        let src = SourceFile::from_text(Path::new("x.toml"), "name = \"a\"\nplan = \n".into());
        let err = src.parse().unwrap_err();
        assert_eq!(err.line, 2);
        assert!(
            err.message.to_string().starts_with("invalid TOML"),
            "{}",
            err.message
        );
    }
}
