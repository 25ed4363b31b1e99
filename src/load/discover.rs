//! Finding and loading the inputs of a command: `--vendors` folders and files, the
//! `--scorecard` name or file, every problem of every file collected before failing.

use crate::i18n::{diagnostics as words, Text, TextError};
use crate::load::diag::Diagnostics;
use crate::load::profile::load_profile_on;
use crate::load::scorecard::load_scorecard;
use crate::load::source::SourceFile;
use crate::model::profile::Profile;
use crate::model::profile::{id_key, vendor_id};
use crate::model::scorecard::Audience;
use crate::model::scorecard::Scorecard;
use crate::util::parallel;
use anyhow::{bail, Result};
use jiff::civil::Date;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where to find the vendors and the scorecard, and whom the evaluation is for.
#[derive(Debug, Clone, Default)]
pub struct InputSpec {
    /// `--vendors` values; empty means `./vendors`.
    pub vendors: Vec<PathBuf>,
    /// `--scorecard`: a name in `./scorecards` or a file path.
    pub scorecard: String,
    pub audience: Audience,
    /// The evaluation date: a date in a profile after it is a warning (SPEC §3); `None`
    /// compares no date.
    pub evaluation: Option<Date>,
}

/// Profiles and scorecard, loaded and checked, with the warnings found on the way.
#[derive(Debug)]
pub struct Inputs {
    pub profiles: Vec<Profile>,
    pub scorecard: Scorecard,
    pub warnings: Diagnostics,
    /// Every file read: the profiles, then the scorecard (an `--output` may name none of them).
    pub files: Vec<PathBuf>,
}

/// Loads everything a command needs; every problem of every file is in the error.
pub fn load(spec: &InputSpec) -> Result<Inputs> {
    let vendor_files = listed_vendor_files(&spec.vendors)?;
    let scorecard_source = resolve_scorecard(&spec.scorecard)?;
    let (profiles, mut diagnostics) = load_listed_profiles(&vendor_files, spec.evaluation);
    let (scorecard, card_diagnostics) = scorecard_source.load(&spec.audience);
    diagnostics.extend(card_diagnostics);
    let warnings = diagnostics.into_result()?;
    let scorecard = scorecard.expect("a scorecard without errors is loaded");
    let mut files: Vec<PathBuf> = vendor_files.into_iter().map(|file| file.path).collect();
    if let ScorecardSource::File(path) = scorecard_source {
        files.push(path);
    }
    Ok(Inputs {
        profiles,
        scorecard,
        warnings,
        files,
    })
}

/// Reads one scorecard file.
pub fn read_scorecard(path: &Path, audience: &Audience) -> (Option<Scorecard>, Diagnostics) {
    match SourceFile::read(path) {
        Ok(source) => load_scorecard(&source, audience),
        Err(diagnostic) => (None, Diagnostics::of(diagnostic)),
    }
}

/// A file to load, and whether its folder's listing showed it as a regular file (not a
/// link), which lets the loader open it before looking at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendorFile {
    pub path: PathBuf,
    pub listed_regular: bool,
}

/// Loads profiles on every core; duplicate ids across files are errors naming both files.
/// Profiles and diagnostics are in the order of `paths`, whatever the threads did.
pub fn load_profiles(paths: &[PathBuf]) -> (Vec<Profile>, Diagnostics) {
    let files: Vec<VendorFile> = paths
        .iter()
        .map(|path| VendorFile {
            path: path.clone(),
            listed_regular: false,
        })
        .collect();
    load_listed_profiles(&files, None)
}

/// [`load_profiles`] of files as [`listed_vendor_files`] found them, for an evaluation on
/// `evaluation` (dates after it are warnings).
pub fn load_listed_profiles(
    files: &[VendorFile],
    evaluation: Option<Date>,
) -> (Vec<Profile>, Diagnostics) {
    let mut first_with_id: HashMap<String, usize> = HashMap::with_capacity(files.len());
    let jobs: Vec<(&VendorFile, Option<&Path>)> = files
        .iter()
        .enumerate()
        .map(|(index, file)| {
            let id = id_key(&vendor_id(&file.path));
            let first = *first_with_id.entry(id).or_insert(index);
            let duplicate_of = (first != index).then(|| files[first].path.as_path());
            (file, duplicate_of)
        })
        .collect();
    let mut profiles = Vec::with_capacity(files.len());
    let mut diagnostics = Diagnostics::default();
    for (profile, found) in parallel::map(&jobs, |(file, duplicate_of)| match duplicate_of {
        Some(first) => (None, Diagnostics::of(duplicate_id(&file.path, first))),
        None => load_vendor_file(file, evaluation),
    }) {
        diagnostics.extend(found);
        profiles.extend(profile);
    }
    (profiles, diagnostics)
}

fn duplicate_id(path: &Path, first: &Path) -> crate::load::diag::Diagnostic {
    let (id, first_id) = (vendor_id(path), vendor_id(first));
    let first = first.display().to_string();
    let same = id == first_id;
    let message = Text::new(|lang| words::duplicate_id(lang, &id, &first, same));
    Diagnostics::file_error(path, message)
}

/// Reads and loads one profile file; every problem is a diagnostic, and so is a date after
/// `evaluation`, when given.
pub fn load_profile_file(path: &Path, evaluation: Option<Date>) -> (Option<Profile>, Diagnostics) {
    let file = VendorFile {
        path: path.to_path_buf(),
        listed_regular: false,
    };
    load_vendor_file(&file, evaluation)
}

fn load_vendor_file(file: &VendorFile, evaluation: Option<Date>) -> (Option<Profile>, Diagnostics) {
    let path = file.path.as_path();
    if path.file_name().and_then(|name| name.to_str()).is_none() {
        let message = Text::new(words::file_name_not_utf8);
        return (
            None,
            Diagnostics::of(Diagnostics::file_error(path, message)),
        );
    }
    let read = match file.listed_regular {
        true => SourceFile::read_listed_file(path),
        false => SourceFile::read(path),
    };
    match read {
        Ok(source) => load_profile_on(&source, evaluation),
        Err(diagnostic) => (None, Diagnostics::of(diagnostic)),
    }
}

/// The `*.toml` files named by `--vendors` (folders list their files, sorted).
pub fn vendor_files(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let files = listed_vendor_files(args)?;
    Ok(files.into_iter().map(|file| file.path).collect())
}

/// [`vendor_files`], each with what its folder's listing said of it.
pub fn listed_vendor_files(args: &[PathBuf]) -> Result<Vec<VendorFile>> {
    if args.is_empty() {
        let default = Path::new("vendors");
        if !default.is_dir() {
            bail!(TextError::new(words::no_vendors_folder));
        }
        return listed_toml_files_in(default);
    }
    let mut files = Vec::new();
    for arg in args {
        if arg.is_dir() {
            files.extend(listed_toml_files_in(arg)?);
        } else if arg.is_file() {
            files.push(VendorFile {
                path: arg.clone(),
                listed_regular: false,
            });
        } else if crate::load::source::is_broken_link(arg) {
            bail!(vendors_argument(arg, "broken-link"));
        } else if arg.exists() {
            bail!(vendors_argument(arg, "not-a-file"));
        } else {
            bail!(vendors_argument(arg, "missing"));
        }
    }
    if args.len() > 1 {
        // The same folder twice, or a file and its folder: each file is read once.
        files = crate::util::file::unique_files(files, |file| &file.path);
    }
    Ok(files)
}

/// Every entry named `*.toml` directly inside a folder, sorted by name; an empty folder is an
/// error. Hidden entries (`.name.toml`, editors' `.#name.toml` lock links) are skipped. The
/// others are not opened here: a folder, a broken link or an unreadable file named `*.toml`
/// is reported by the loader, with every other problem.
pub fn toml_files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let files = listed_toml_files_in(dir)?;
    Ok(files.into_iter().map(|file| file.path).collect())
}

/// [`toml_files_in`], each with whether the listing showed a regular file (on most systems
/// the listing says so at no cost).
fn listed_toml_files_in(dir: &Path) -> Result<Vec<VendorFile>> {
    let entries = std::fs::read_dir(dir).map_err(|e| cannot_list(dir, &e))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| cannot_list(dir, &e))?;
        let name = entry.file_name();
        let bytes = name.as_encoded_bytes();
        if bytes.ends_with(b".toml") && bytes.len() > ".toml".len() && !bytes.starts_with(b".") {
            let regular = entry.file_type().is_ok_and(|kind| kind.is_file());
            names.push((name, regular));
        }
    }
    names.sort_unstable();
    if names.is_empty() {
        let dir = dir.display().to_string();
        bail!(TextError::new(|lang| words::no_profiles_in(lang, &dir)));
    }
    let file = |(name, listed_regular)| VendorFile {
        path: dir.join(name),
        listed_regular,
    };
    Ok(names.into_iter().map(file).collect())
}

/// Where the scorecard comes from: a file, or a preset bundled in the binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScorecardSource {
    File(PathBuf),
    /// A bundled preset, used because `./scorecards/NAME.toml` does not exist.
    Bundled {
        name: String,
        text: &'static str,
    },
}

impl ScorecardSource {
    /// Loads the scorecard; a bundled preset comes with a warning saying it was used.
    pub fn load(&self, audience: &Audience) -> (Option<Scorecard>, Diagnostics) {
        match self {
            ScorecardSource::File(path) => read_scorecard(path, audience),
            ScorecardSource::Bundled { name, text } => {
                let path = Path::new("scorecards").join(format!("{name}.toml"));
                let source = SourceFile::from_text(&path, text.to_string());
                let (card, mut diagnostics) = load_scorecard(&source, audience);
                let shown = path.display().to_string();
                let note = Text::new(|lang| words::bundled_preset_used(lang, &shown, name));
                diagnostics.push(crate::load::diag::Diagnostic {
                    severity: crate::load::diag::Severity::Warning,
                    file: path,
                    line: 0,
                    column: 0,
                    key: String::new(),
                    message: note,
                });
                (card, diagnostics)
            }
        }
    }
}

/// `--scorecard NAME` → `./scorecards/NAME.toml`, else the bundled preset NAME; a path or a
/// `.toml` name is used as a file.
pub fn resolve_scorecard(arg: &str) -> Result<ScorecardSource> {
    let looks_like_path = arg.ends_with(".toml") || arg.contains('/') || arg.contains('\\');
    let path = if looks_like_path {
        PathBuf::from(arg)
    } else {
        Path::new("scorecards").join(format!("{arg}.toml"))
    };
    if path.is_file() {
        return Ok(ScorecardSource::File(path));
    }
    if looks_like_path {
        bail!(TextError::new(|lang| words::no_scorecard_file(lang, arg)));
    }
    if let Some(text) = crate::load::bundled::scorecard(arg) {
        let name = arg.to_string();
        return Ok(ScorecardSource::Bundled { name, text });
    }
    bail!(missing_scorecard(arg, &path))
}

/// `--vendors ARG` that is not a usable file or folder (`problem`: see
/// [`words::vendors_argument`]).
fn vendors_argument(arg: &Path, problem: &str) -> TextError {
    let arg = arg.display().to_string();
    TextError::new(|lang| words::vendors_argument(lang, &arg, problem))
}

fn cannot_list(dir: &Path, error: &std::io::Error) -> TextError {
    let dir = dir.display().to_string();
    TextError::new(|lang| words::cannot_list(lang, &dir, error))
}

fn missing_scorecard(name: &str, path: &Path) -> TextError {
    let mut available: Vec<String> = toml_files_in(Path::new("scorecards"))
        .unwrap_or_default()
        .iter()
        .filter(|p| p.is_file())
        .map(|p| vendor_id(p))
        .collect();
    available
        .extend(crate::load::bundled::files_in("scorecards").map(|(p, _)| vendor_id(Path::new(p))));
    available.sort();
    available.dedup();
    let close = crate::util::suggest::closest(name, available.iter().map(String::as_str));
    let path = path.display().to_string();
    TextError::new(|lang| words::no_such_scorecard(lang, name, &path, close, &available))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_same_file_twice_is_a_duplicate_id_and_problems_keep_file_order() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
        std::fs::write(&a, "name = \"A\"\n").unwrap();
        std::fs::write(&b, "nme = 1\n").unwrap();
        let (profiles, diagnostics) = super::load_profiles(&[a.clone(), a, b]);
        assert_eq!(profiles.len(), 1);
        let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert!(
            messages[0].contains("vendor id `a` is already used"),
            "{messages:?}"
        );
        assert!(messages[1].contains("b.toml"), "{messages:?}");
    }

    #[test]
    fn ids_equal_after_nfc_normalisation_are_one_id() {
        let dir = tempfile::tempdir().unwrap();
        let composed = dir.path().join("caf\u{e9}.toml");
        let decomposed = dir.path().join("cafe\u{301}.toml");
        std::fs::write(&composed, "name = \"A\"\n").unwrap();
        std::fs::write(&decomposed, "name = \"B\"\n").unwrap();
        let (profiles, diagnostics) = super::load_profiles(&[composed, decomposed.clone()]);
        assert_eq!(profiles.len(), 1);
        let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].starts_with(&decomposed.display().to_string()),
            "{messages:?}"
        );
        assert!(
            messages[0].contains("equal after NFC normalisation"),
            "{messages:?}"
        );
    }
}
