//! Writes a reproducible synthetic catalogue of vendor profiles, for benchmarks and load tests.
//!
//! ```text
//! cargo run --release --example synthetic_catalogue -- DIR COUNT [SEED [SHAPE]]
//! ```
//!
//! `DIR` is created if missing; files are `synthetic-00000.toml` … ; `SEED` defaults to 42.
//! `SHAPE` is `rich` (the default: comments, `[sources]`, about 1.3 KB a file) or `plain` (no
//! comments, no blank lines, no links such as `[sources]`, one-item lists, about 0.8 KB). The same seed, count and shape always write the
//! same bytes.

use std::path::PathBuf;
use std::process::ExitCode;

use sdkvet::dev::synthetic::{self, Shape};

const USAGE: &str = "usage: synthetic_catalogue DIR COUNT [SEED [rich|plain]]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let [dir, count, rest @ ..] = args else {
        return Err("DIR and COUNT are required".into());
    };
    let count: usize = count
        .parse()
        .map_err(|_| format!("COUNT `{count}` is not a whole number"))?;
    let (seed, shape) = match rest {
        [] => ("42", "rich"),
        [seed] => (seed.as_str(), "rich"),
        [seed, shape] => (seed.as_str(), shape.as_str()),
        _ => return Err("too many arguments".into()),
    };
    let seed: u64 = seed
        .parse()
        .map_err(|_| format!("SEED `{seed}` is not a whole number"))?;
    let shape = Shape::from_name(shape)
        .ok_or_else(|| format!("SHAPE `{shape}` is neither `rich` nor `plain`"))?;
    let dir = PathBuf::from(dir);
    synthetic::write_shaped_catalogue(&dir, seed, count, shape)
        .map_err(|e| format!("cannot write into {}: {e}", dir.display()))?;
    Ok(format!(
        "wrote {count} {} profiles (seed {seed}) into {}",
        shape.name(),
        dir.display()
    ))
}
