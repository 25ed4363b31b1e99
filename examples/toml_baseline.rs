//! The performance baseline of BENCHMARKS.md: read every `*.toml` of a folder and parse it
//! once with the `toml` crate into a `toml::Table`, in a single thread, and nothing else.
//!
//! ```text
//! cargo run --release --example toml_baseline -- DIR
//! ```
//!
//! `sdkvet evaluate` on the same folder must take at most 0.6× this program's wall time.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: toml_baseline DIR");
        return ExitCode::from(2);
    };
    match parse_folder(std::path::Path::new(&dir)) {
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

fn parse_folder(dir: &std::path::Path) -> Result<(usize, usize), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut keys = 0;
    for path in &paths {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let table: toml::Table = text
            .parse()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        keys += table.len();
    }
    Ok((paths.len(), keys))
}
