//! The performance baseline of BENCHMARKS.md: read every `*.toml` of a folder and parse it
//! once with the `toml` crate into a `toml::Table`, in a single thread, and nothing else.
//!
//! ```text
//! cargo run --release --example toml_baseline -- DIR
//! ```
//!
//! `sdkvet evaluate` on the same folder should take at most 0.6× this program's wall time.

#[path = "../benches/support/baseline.rs"]
mod baseline;

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: toml_baseline DIR");
        return ExitCode::from(2);
    };
    let parsed = baseline::toml_files(std::path::Path::new(&dir))
        .and_then(|paths| baseline::parse_all(&paths).map(|keys| (paths.len(), keys)));
    match parsed {
        Ok((files, keys)) => {
            println!("parsed {files} files, {keys} top-level keys");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
