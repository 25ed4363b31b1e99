//! The Rust side of `benches/robustness.sh`: writes the synthetic 100 × 20 score matrix
//! (`sdkvet::dev::dense`, seed 42) as a CSV for the numpy peer, then times sdkvet's rank
//! acceptability on it (Dirichlet around the weights, κ = 30, seed 1, on THREADS threads) and
//! prints the median wall time of RUNS runs, in seconds.
//!
//! `cargo run --release --example smaa_peer -- MATRIX.csv [VENDORS CRITERIA DRAWS RUNS THREADS]`

use sdkvet::decide::sensitivity::acceptability::{self, Sampling, UnknownModel, WeightModel};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let number = |i: usize, default: usize| args.get(i).map_or(default, |a| a.parse().unwrap());
    let (vendors, criteria, draws) = (number(2, 100), number(3, 20), number(4, 100_000));
    let (runs, threads) = (number(5, 7), number(6, 2));
    let (ranked, weights) = sdkvet::dev::dense::ranked(vendors, criteria, 42);
    std::fs::write(&args[1], sdkvet::dev::dense::csv(&ranked, &weights)).unwrap();
    let sampling = Sampling {
        samples: draws,
        weights: WeightModel::Around {
            concentration: 30.0,
        },
        unknowns: UnknownModel::Policy,
        seed: 1,
        threads,
    };
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let result = acceptability::run(&ranked, &weights, &sampling);
            let elapsed = start.elapsed().as_secs_f64();
            assert_eq!(result.shares.len(), vendors);
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("{:.4}", times[times.len() / 2]);
}
