//! `sdkvet init [DIR]`: write the bundled example vendors and scorecards, never overwriting.

use super::LangArg;
use crate::i18n::{report, Lang};
use crate::{load::bundled, output};
use anyhow::{Context, Result};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to write vendors/ and scorecards/ into
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let report = write_bundled(&args.dir, args.lang.resolve())?;
    output::write_stdout(report.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Writes every bundled file that does not exist yet; returns what was done, a line a file.
pub fn write_bundled(dir: &Path, lang: Lang) -> Result<String> {
    let mut report = String::new();
    let (mut written, mut kept) = (0, 0);
    for (relative, contents) in bundled::FILES {
        let target = dir.join(relative);
        if target.exists() {
            kept += 1;
            let _ = writeln!(report, "{}", report::init_kept(lang, target.display()));
            continue;
        }
        let parent = target.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent)
            .with_context(|| report::cannot_create(lang, parent.display()))?;
        output::write_atomic(&target, contents.as_bytes())?;
        written += 1;
        let _ = writeln!(report, "{}", report::init_wrote(lang, target.display()));
    }
    let shown_dir = if dir == Path::new(".") {
        String::new()
    } else {
        dir.display().to_string()
    };
    let done = report::init_done(lang, written, kept, &shown_dir);
    let _ = writeln!(report, "\n{done}");
    Ok(report)
}
