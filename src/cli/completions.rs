//! `sdkvet completions SHELL`: the shell completion script of the whole command line
//! (clap_complete), on stdout. English only; `--lang` is accepted and ignored (SPEC §12, §14).

use super::{Cli, LangArg};
use crate::output;
use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_name = "SHELL", value_enum)]
    shell: Shell,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

pub fn run(args: Args) -> Result<ExitCode> {
    output::write_stdout(&script(args.shell))?;
    Ok(ExitCode::SUCCESS)
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut command, "sdkvet", &mut bytes);
    bytes
}
