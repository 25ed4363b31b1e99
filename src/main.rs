//! The `sdkvet` binary: parse the command line, run it, report the outcome once.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match sdkvet::cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let lang = cli.lang();
    match sdkvet::cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}", sdkvet::cli::error_line(&error, lang));
            sdkvet::cli::exit_code(&error)
        }
    }
}
