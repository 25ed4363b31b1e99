//! `sdkvet init [DIR]`: write the bundled example vendors and scorecards, never overwriting.

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
}

pub fn run(args: Args) -> Result<ExitCode> {
    let report = write_bundled(&args.dir)?;
    output::write_stdout(report.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Writes every bundled file that does not exist yet; returns what was done, a line a file.
pub fn write_bundled(dir: &Path) -> Result<String> {
    let mut report = String::new();
    let (mut written, mut kept) = (0, 0);
    for (relative, contents) in bundled::FILES {
        let target = dir.join(relative);
        if target.exists() {
            kept += 1;
            let _ = writeln!(report, "kept    {} (already there)", target.display());
            continue;
        }
        let parent = target.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        output::write_atomic(&target, contents.as_bytes())?;
        written += 1;
        let _ = writeln!(report, "wrote   {}", target.display());
    }
    let _ = writeln!(
        report,
        "\n{written} files written, {kept} kept. Next: edit vendors/*.toml, then run `sdkvet evaluate`{}.",
        if dir == Path::new(".") { String::new() } else { format!(" in {}", dir.display()) }
    );
    Ok(report)
}
