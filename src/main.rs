//! The `sdkvet` binary: parse the command line, run it, report the outcome once.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = sdkvet::cli::Cli::parse();
    match sdkvet::cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            sdkvet::cli::exit_code(&error)
        }
    }
}
