//! The `sdkvet` binary: parse the command line, run it, report the outcome once.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match sdkvet::cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match sdkvet::cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {}", sdkvet::cli::error_message(&error));
            sdkvet::cli::exit_code(&error)
        }
    }
}
