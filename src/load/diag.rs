//! Diagnostics: problems found in data files, each pinned to a file, line, column and key.
//!
//! Loaders collect every problem of every file instead of stopping at the first; the command
//! layer prints warnings and turns errors into one [`LoadFailure`].

use crate::i18n::{diagnostics as words, Lang, Text};
use crate::util::escape::escape_control;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is: errors stop the command, warnings are printed and ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in one data file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user named it.
    pub file: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// Dotted key the problem is about (`support.coverage`), empty for file-level problems.
    pub key: String,
    /// What is wrong and, where possible, how to fix it, in both languages.
    pub message: Text,
}

impl Diagnostic {
    /// One line in the language, whatever the file name, key and message hold: text that comes
    /// from a file or the command line is shown with its control characters escaped (SPEC §2).
    pub fn render(&self, lang: Lang) -> String {
        let mut position = escape_control(&self.file.display().to_string());
        if self.line > 0 {
            position.push_str(&format!(":{}:{}", self.line, self.column));
        }
        let key = (!self.key.is_empty()).then(|| escape_control(&self.key));
        let message = escape_control(self.message.get(lang));
        let error = self.severity == Severity::Error;
        words::diagnostic_line(lang, &position, error, key.as_deref(), &message)
    }
}

/// The English line of [`Diagnostic::render`].
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// The problems of one or more files, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Diagnostics holding one diagnostic.
    pub fn of(diagnostic: Diagnostic) -> Diagnostics {
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(diagnostic);
        diagnostics
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Orders the problems of each file by position (stable across files).
    pub fn sort_by_position(&mut self) {
        self.items
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| d.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Turns collected errors into a failure; `Ok` carries the warnings.
    pub fn into_result(self) -> Result<Diagnostics, LoadFailure> {
        if self.has_errors() {
            Err(LoadFailure { diagnostics: self })
        } else {
            Ok(self)
        }
    }

    /// A file-level diagnostic (no position), e.g. an unreadable file.
    pub fn file_error(file: &Path, message: Text) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            key: String::new(),
            message,
        }
    }
}

/// Data files that could not be used: carries every problem found, warnings included. Its
/// message has a line per problem, each escaped as [`Diagnostic`]'s.
#[derive(Debug)]
pub struct LoadFailure {
    pub diagnostics: Diagnostics,
}

impl LoadFailure {
    /// The summary line, then a line per problem, in the language.
    pub fn render(&self, lang: Lang) -> String {
        let errors = self.diagnostics.errors().count();
        let mut files: Vec<&Path> = self
            .diagnostics
            .errors()
            .map(|d| d.file.as_path())
            .collect();
        files.sort();
        files.dedup();
        let mut text = words::load_failure(lang, errors, files.len());
        for diagnostic in self.diagnostics.iter() {
            text.push_str("\n  ");
            text.push_str(&diagnostic.render(lang));
        }
        text
    }
}

/// The English of [`LoadFailure::render`].
impl fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for LoadFailure {}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(severity: Severity, file: &str) -> Diagnostic {
        Diagnostic {
            severity,
            file: PathBuf::from(file),
            line: 3,
            column: 5,
            key: "support.coverage".into(),
            message: Text::new(|_| "bad".into()),
        }
    }

    #[test]
    fn display_names_file_line_column_and_key() {
        let text = sample(Severity::Error, "vendors/a.toml").to_string();
        assert_eq!(text, "vendors/a.toml:3:5: error: `support.coverage`: bad");
    }

    #[test]
    fn failure_counts_errors_and_files_and_lists_warnings() {
        let mut all = Diagnostics::default();
        all.push(sample(Severity::Error, "a.toml"));
        all.push(sample(Severity::Error, "a.toml"));
        all.push(sample(Severity::Warning, "b.toml"));
        let failure = all.into_result().unwrap_err().to_string();
        assert!(
            failure.starts_with("2 errors in 1 file; fix them"),
            "{failure}"
        );
        assert!(failure.contains("b.toml:3:5: warning:"), "{failure}");
    }

    #[test]
    fn display_escapes_what_comes_from_files_and_stays_one_line() {
        let diagnostic = Diagnostic {
            file: PathBuf::from("vendors/a\u{1b}[2J\n.toml"),
            key: "x\u{202e}".into(),
            message: Text::new(|_| "`\u{9b}31m` is not\u{2028}known".into()),
            ..sample(Severity::Warning, "")
        };
        assert_eq!(
            diagnostic.to_string(),
            "vendors/a\\u{1b}[2J\\n.toml:3:5: warning: `x\\u{202e}`: `\\u{9b}31m` is not\\u{2028}known"
        );
        let mut all = Diagnostics::of(diagnostic.clone());
        all.push(Diagnostic {
            severity: Severity::Error,
            ..diagnostic
        });
        let failure = all.into_result().unwrap_err().to_string();
        assert_eq!(failure.lines().count(), 3, "{failure}");
        assert!(!crate::util::escape::needs_escaping(
            &failure.replace('\n', "")
        ));
    }

    #[test]
    fn warnings_alone_are_not_a_failure() {
        let mut all = Diagnostics::default();
        all.push(sample(Severity::Warning, "b.toml"));
        assert_eq!(all.into_result().unwrap().warnings().count(), 1);
    }
}
