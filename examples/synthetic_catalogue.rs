//! Writes a reproducible synthetic catalogue of vendor profiles, for benchmarks and load tests.
//!
//! ```text
//! cargo run --release --example synthetic_catalogue -- DIR COUNT [SEED]
//! ```
//!
//! `DIR` is created if missing; files are `synthetic-00000.toml` … ; `SEED` defaults to 42.
//! The same seed and count always write the same bytes.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: synthetic_catalogue DIR COUNT [SEED]";

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
    let seed: u64 = match rest {
        [] => 42,
        [seed] => seed
            .parse()
            .map_err(|_| format!("SEED `{seed}` is not a whole number"))?,
        _ => return Err("too many arguments".into()),
    };
    let dir = PathBuf::from(dir);
    sdkvet::dev::synthetic::write_catalogue(&dir, seed, count)
        .map_err(|e| format!("cannot write into {}: {e}", dir.display()))?;
    Ok(format!(
        "wrote {count} profiles (seed {seed}) into {}",
        dir.display()
    ))
}
