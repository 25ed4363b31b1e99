//! criterion benchmarks of `sdkvet sensitivity` (SPEC §7, issue 11 "Speed"):
//!
//! - `bundled_10k`: the whole analysis — thresholds, 10,000 draws of rank acceptability,
//!   questions — of the bundled vendors under the default scorecard, from the weight-free
//!   matrix (loading the files is timed end to end by `benches/robustness.sh`);
//! - `dense_100x20_100k`: rank acceptability of 100 vendors × 20 criteria (the synthetic
//!   matrix of `sdkvet::dev::dense`, seed 42) over 100,000 draws, on 1 and on 2 threads.
//!
//! `cargo bench --bench sensitivity`; the numpy peer and the ratio come from
//! `benches/robustness.sh`. Figures in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use sdkvet::decide::matrix::Matrix;
use sdkvet::decide::sensitivity::{self, acceptability, Sampling, UnknownModel, WeightModel};
use sdkvet::decide::Evaluation;
use sdkvet::load::discover::{self, InputSpec};
use std::path::Path;
use std::time::Duration;

fn sampling(samples: usize, threads: usize) -> Sampling {
    Sampling {
        samples,
        weights: WeightModel::Around {
            concentration: 30.0,
        },
        unknowns: UnknownModel::Policy,
        seed: 1,
        threads,
    }
}

fn bundled_10k(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = InputSpec {
        vendors: vec![root.join("vendors")],
        scorecard: root.join("scorecards/default.toml").display().to_string(),
        audience: Default::default(),
        evaluation: Some(jiff::civil::date(2026, 11, 21)),
    };
    let inputs = discover::load(&spec).expect("the bundled data loads");
    let as_of = jiff::civil::date(2026, 11, 21);
    let card = &inputs.scorecard;
    let matrix = Matrix::build(&inputs.profiles, card, as_of);
    let evaluation = Evaluation::weigh(&matrix, card, &card.weights, as_of);
    c.bench_function("sensitivity/bundled_10k", |b| {
        b.iter(|| sensitivity::analyse(&matrix, &evaluation, &sampling(10_000, 2)))
    });
}

fn dense_100x20_100k(c: &mut Criterion) {
    let (ranked, weights) = sdkvet::dev::dense::ranked(100, 20, 42);
    let mut group = c.benchmark_group("sensitivity/dense_100x20_100k");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for threads in [1, 2] {
        group.bench_with_input(BenchmarkId::from_parameter(threads), &threads, |b, &t| {
            b.iter(|| acceptability::run(&ranked, &weights, &sampling(100_000, t)))
        });
    }
    group.finish();
}

criterion_group!(benches, bundled_10k, dense_100x20_100k);
criterion_main!(benches);
