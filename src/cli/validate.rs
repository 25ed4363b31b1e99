//! `sdkvet validate [PATH]...`: check profiles and scorecards, listing every problem.

use super::LangArg;
use crate::i18n::{report, Lang};
use crate::load::diag::Diagnostics;
use crate::load::discover::{load_profiles, read_scorecard, toml_files_in};
use crate::load::scorecard::looks_like_scorecard;
use crate::load::source::SourceFile;
use crate::model::scorecard::Audience;
use crate::output;
use crate::util::file::unique_files;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to check [default: ./vendors and ./scorecards]
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

/// The files to check, sorted into profiles and scorecards.
#[derive(Debug, Default)]
struct Targets {
    profiles: Vec<PathBuf>,
    scorecards: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let targets = targets(&args.paths, lang)?;
    let (_, mut diagnostics) = load_profiles(&targets.profiles);
    for path in &targets.scorecards {
        diagnostics.extend(read_scorecard(path, &Audience::default()).1);
    }
    super::print_diagnostics(diagnostics.iter(), lang);
    let summary = summary(&targets, &diagnostics, lang);
    if diagnostics.has_errors() {
        bail!(report::validate_failed(lang, &summary));
    }
    output::write_stdout(format!("{summary}\n").as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn summary(targets: &Targets, diagnostics: &Diagnostics, lang: Lang) -> String {
    report::validate_summary(
        lang,
        targets.profiles.len(),
        targets.scorecards.len(),
        diagnostics.errors().count(),
        diagnostics.warnings().count(),
    )
}

fn targets(paths: &[PathBuf], lang: Lang) -> Result<Targets> {
    let defaults: Vec<PathBuf> = ["vendors", "scorecards"]
        .iter()
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .collect();
    let paths = if paths.is_empty() {
        defaults
    } else {
        paths.to_vec()
    };
    if paths.is_empty() {
        bail!(report::nothing_to_check(lang));
    }
    let mut targets = Targets::default();
    for path in paths {
        if path.is_dir() {
            classify_folder(&mut targets, &path)?;
        } else if path.is_file() {
            let parent = path.parent().and_then(Path::file_name);
            let place = match parent {
                Some(name) if name == "scorecards" => Place::Scorecards,
                Some(name) if name == "vendors" => Place::Profiles,
                _ => Place::Elsewhere,
            };
            classify(&mut targets, path, place);
        } else {
            bail!(report::no_such_path(lang, path.display()));
        }
    }
    // The same folder twice, or a file and its folder: each file is checked once.
    targets.profiles = unique_files(targets.profiles, PathBuf::as_path);
    targets.scorecards = unique_files(targets.scorecards, PathBuf::as_path);
    Ok(targets)
}

/// Where a file sits, which decides how a file with a `criteria` table is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// In a folder named `scorecards`: a scorecard.
    Scorecards,
    /// Among vendor profiles: a profile, so a scorecard here is reported as misplaced.
    Profiles,
    /// Anywhere else: a scorecard when it has a `criteria` table.
    Elsewhere,
}

/// A folder's files: a folder named `scorecards` holds scorecards; any other folder that holds
/// a vendor profile (or is named `vendors`) holds profiles, misplaced scorecards included.
fn classify_folder(targets: &mut Targets, dir: &Path) -> Result<()> {
    let files = toml_files_in(dir)?;
    let name = dir.file_name();
    let place = if name.is_some_and(|n| n == "scorecards") {
        Place::Scorecards
    } else if name.is_some_and(|n| n == "vendors") || files.iter().any(|f| !looks_like(f)) {
        Place::Profiles
    } else {
        Place::Elsewhere
    };
    for file in files {
        classify(targets, file, place);
    }
    Ok(())
}

fn looks_like(file: &Path) -> bool {
    SourceFile::read(file).is_ok_and(|s| looks_like_scorecard(&s))
}

fn classify(targets: &mut Targets, file: PathBuf, place: Place) {
    let is_scorecard = match place {
        Place::Scorecards => true,
        Place::Profiles => false,
        Place::Elsewhere => looks_like(&file),
    };
    if is_scorecard {
        targets.scorecards.push(file);
    } else {
        targets.profiles.push(file);
    }
}
