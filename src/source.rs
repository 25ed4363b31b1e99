//! Reading a data file: bytes to UTF-8 text (BOM dropped), TOML parse with spans, and
//! byte offsets to line and column for diagnostics.

use crate::diag::{Diagnostic, Diagnostics, Severity};
use std::path::{Path, PathBuf};
use toml_edit::{Document, Item, TableLike};

/// A file's text, kept for turning byte offsets into positions.
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Reads a file; unreadable files and invalid UTF-8 become a diagnostic.
    pub fn read(path: &Path) -> Result<SourceFile, Diagnostic> {
        let bytes = std::fs::read(path)
            .map_err(|e| Diagnostics::file_error(path, format!("cannot read the file: {e}")))?;
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
                    message: "the file is not valid UTF-8; save it as UTF-8".into(),
                    ..Diagnostics::file_error(path, "")
                })
            }
        }
    }

    pub fn from_text(path: &Path, text: String) -> SourceFile {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path: path.to_path_buf(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// Parses the text as TOML; a syntax error becomes a positioned diagnostic.
    pub fn parse(&self) -> Result<Document<&str>, Diagnostic> {
        Document::parse(self.text.as_str()).map_err(|e| {
            let offset = e.span().map_or(0, |span| span.start);
            let message = e.message().trim().replace('\n', "; ");
            self.diagnostic(
                Severity::Error,
                offset,
                "",
                format!("invalid TOML: {message}"),
            )
        })
    }

    /// A diagnostic at a byte offset of this file.
    pub fn diagnostic(
        &self,
        severity: Severity,
        offset: usize,
        key: &str,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = self.position(offset);
        Diagnostic {
            severity,
            file: self.path.clone(),
            line,
            column,
            key: key.to_string(),
            message: message.into(),
        }
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

    pub fn error_at(&mut self, offset: usize, key: &str, message: impl Into<String>) {
        let d = self
            .source
            .diagnostic(Severity::Error, offset, key, message);
        self.diagnostics.push(d);
    }

    pub fn warning_at(&mut self, offset: usize, key: &str, message: impl Into<String>) {
        let d = self
            .source
            .diagnostic(Severity::Warning, offset, key, message);
        self.diagnostics.push(d);
    }

    /// Parses the file; a syntax error is recorded and gives `None`.
    pub fn parse(&mut self) -> Option<Document<&'a str>> {
        match self.source.parse() {
            Ok(document) => Some(document),
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

    /// An error about an item (a value or a table), positioned at it.
    pub fn error(&mut self, item: &Item, key: &str, message: impl Into<String>) {
        self.error_at(item_offset(item), key, message);
    }

    pub fn warning(&mut self, item: &Item, key: &str, message: impl Into<String>) {
        self.warning_at(item_offset(item), key, message);
    }
}

/// Where an item starts, or 0 when the parser kept no span.
pub fn item_offset(item: &Item) -> usize {
    item.span().map_or(0, |span| span.start)
}

/// Where a key starts inside a table, falling back to the table itself.
pub fn key_offset(table: &dyn TableLike, key: &str, fallback: usize) -> usize {
    table
        .get_key_value(key)
        .and_then(|(k, _)| k.span())
        .map_or(fallback, |span| span.start)
}

/// `support` + `coverage` → `support.coverage`.
pub fn join_path(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// The kind of TOML value an item holds, for "expected X, found Y" messages.
pub fn describe(item: &Item) -> &'static str {
    use toml_edit::Value;
    match item {
        Item::None => "nothing",
        Item::Table(_) | Item::Value(Value::InlineTable(_)) => "a table",
        Item::ArrayOfTables(_) => "an array of tables",
        Item::Value(Value::String(_)) => "a string",
        Item::Value(Value::Integer(_)) => "an integer",
        Item::Value(Value::Float(_)) => "a float",
        Item::Value(Value::Boolean(_)) => "a boolean",
        Item::Value(Value::Datetime(_)) => "a date-time",
        Item::Value(Value::Array(_)) => "an array",
    }
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
        assert!(err.message.contains("UTF-8"));
    }

    #[test]
    fn syntax_errors_are_positioned() {
        let src = SourceFile::from_text(Path::new("x.toml"), "name = \"a\"\nplan = \n".into());
        let err = src.parse().unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.starts_with("invalid TOML"), "{}", err.message);
    }
}
