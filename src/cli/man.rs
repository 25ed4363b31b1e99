//! `sdkvet man [--output DIR]`: the roff manual pages (clap_mangen). Without `--output`, the
//! page of `sdkvet` on stdout; with it, `sdkvet.1` and one `sdkvet-COMMAND.1` per command (and
//! per nested command) in DIR, each written atomically. English only; `--lang` is accepted and
//! ignored (SPEC §12, §14).

use super::{Cli, LangArg};
use crate::output;
use anyhow::{Context, Result};
use clap::CommandFactory;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write sdkvet.1 and one sdkvet-COMMAND.1 per command into DIR (created if missing)
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let pages = pages()?;
    match &args.output {
        None => output::write_stdout(&pages[0].1)?,
        Some(dir) => write_pages(dir, &pages)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Every manual page as (file name, roff bytes): `sdkvet.1` first, then one per command, a
/// command's page before those of its own subcommands.
pub fn pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    collect(&command, &mut pages)?;
    Ok(pages)
}

fn collect(command: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    // Every page names the program and its version, not the subcommand's own name.
    let source = format!("sdkvet {}", env!("CARGO_PKG_VERSION"));
    let man = clap_mangen::Man::new(command.clone()).source(source);
    let mut bytes = Vec::new();
    man.render(&mut bytes)
        .context("cannot render the manual page")?;
    pages.push((man.get_filename(), bytes));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, pages)?;
    }
    Ok(())
}

fn write_pages(dir: &Path, pages: &[(String, Vec<u8>)]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, bytes) in pages {
        output::write_file(&dir.join(name), bytes)?;
    }
    Ok(())
}
