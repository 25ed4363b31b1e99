//! The performance yardstick of BENCHMARKS.md, shared by `examples/toml_baseline.rs` and
//! `benches/pipeline.rs`: read every `*.toml` of a folder and parse it once with the `toml`
//! crate into a `toml::Table`, in a single thread, and nothing else.

use std::path::{Path, PathBuf};

/// The `*.toml` files of a folder, sorted.
pub fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Reads and parses every file; returns the number of top-level keys, so nothing is skipped.
pub fn parse_all(paths: &[PathBuf]) -> Result<usize, String> {
    let mut keys = 0;
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let table: toml::Table = text
            .parse()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        keys += table.len();
    }
    Ok(keys)
}
