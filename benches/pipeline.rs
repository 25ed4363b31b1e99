//! criterion benchmarks of the stages behind `sdkvet evaluate`, on synthetic catalogues of
//! 10, 1,000 and 10,000 profiles (seed 42, written once under `target/catalogue/`), and for
//! `evaluate_csv` and `baseline_toml` also on 10,000 profiles of the plain shape
//! (`…/plain/10000`: no comments, no links, about 0.8 KB a file):
//!
//! - `load`: list, read, parse and check N profiles (every core), and on one thread;
//! - `score`: N vendors under the bundled default scorecard (every core, scores only, as for
//!   the CSV);
//! - `evaluate_csv`: the whole pipeline into CSV bytes, as the command runs it (except that
//!   the command leaves freeing the memory to the end of the process);
//! - `reweight`: 10,000 re-weightings of the bundled evaluation (bundled vendors, default
//!   scorecard) from its weight-free score matrix, each re-totalling every vendor;
//! - `baseline_toml`: reading and parsing the same N files once with the `toml` crate, one
//!   thread, the yardstick of BENCHMARKS.md;
//! - `long_lists`: five vendors with N support channels each, scored against a `want` of N
//!   items (N = 10,000 and 100,000): list matching is linear, so ten times the items take
//!   about ten times as long, not a hundred.
//!
//! `cargo bench --bench pipeline`; see BENCHMARKS.md for the figures.

#[path = "support/baseline.rs"]
mod baseline;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use sdkvet::decide::{self as score, aggregate, matrix::Matrix};
use sdkvet::dev::synthetic::{self, Shape};
use sdkvet::load::discover::{self, InputSpec};
use sdkvet::load::scorecard::load_scorecard;
use sdkvet::load::source::SourceFile;
use sdkvet::model::fact::Fact;
use sdkvet::model::profile::Profile;
use sdkvet::model::scorecard::Scorecard;
use sdkvet::{render, util::parallel};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SIZES: [usize; 3] = [10, 1_000, 10_000];
const SEED: u64 = 42;

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The catalogue of `n` profiles, written on first use and reused by later runs.
fn catalogue(n: usize) -> PathBuf {
    shaped_catalogue(n, Shape::Rich)
}

/// The catalogue of `n` profiles in `shape`, in the folder `benches/end_to_end.sh` uses too.
fn shaped_catalogue(n: usize, shape: Shape) -> PathBuf {
    let name = match shape {
        Shape::Rich => n.to_string(),
        other => format!("{}-{n}", other.name()),
    };
    let dir = project().join("target/catalogue").join(name);
    let complete = std::fs::read_dir(&dir).map_or(0, |entries| entries.count()) == n;
    if !complete {
        let _ = std::fs::remove_dir_all(&dir);
        synthetic::write_shaped_catalogue(&dir, SEED, n, shape)
            .expect("write the synthetic catalogue");
    }
    dir
}

/// The benchmark cases of the whole pipeline: every size of the default shape, then the
/// plain shape at 10,000.
fn cases() -> Vec<(BenchmarkId, usize, PathBuf)> {
    let mut cases: Vec<_> = SIZES
        .iter()
        .map(|&n| (BenchmarkId::from_parameter(n), n, catalogue(n)))
        .collect();
    let plain = shaped_catalogue(10_000, Shape::Plain);
    cases.push((BenchmarkId::new("plain", 10_000), 10_000, plain));
    cases
}

fn spec(dir: &Path) -> InputSpec {
    InputSpec {
        vendors: vec![dir.to_path_buf()],
        scorecard: project()
            .join("scorecards/default.toml")
            .to_string_lossy()
            .into_owned(),
        audience: Default::default(),
        evaluation: Some(as_of()),
    }
}

fn as_of() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 21)
}

/// Fewer samples for the big catalogue, so a run takes minutes, not an hour.
fn configure(group: &mut criterion::BenchmarkGroup<criterion::measurement::WallTime>, n: usize) {
    group.throughput(Throughput::Elements(n as u64));
    if n >= 10_000 {
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(8));
    } else {
        group
            .sample_size(30)
            .measurement_time(Duration::from_secs(4));
    }
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    for n in SIZES {
        let dir = catalogue(n);
        configure(&mut group, n);
        group.bench_with_input(BenchmarkId::new("all_cores", n), &dir, |b, dir| {
            b.iter(|| {
                let files = discover::vendor_files(std::slice::from_ref(dir)).unwrap();
                discover::load_profiles(&files).0.len()
            })
        });
        group.bench_with_input(BenchmarkId::new("one_thread", n), &dir, |b, dir| {
            b.iter(|| {
                let files = discover::vendor_files(std::slice::from_ref(dir)).unwrap();
                parallel::map_on(1, &files, |path| {
                    discover::load_profile_file(path, Some(as_of())).0.is_some()
                })
                .len()
            })
        });
    }
    group.finish();
}

fn scoring(c: &mut Criterion) {
    let mut group = c.benchmark_group("score");
    for n in SIZES {
        let loaded = discover::load(&spec(&catalogue(n))).unwrap();
        configure(&mut group, n);
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| {
                score::evaluate(&loaded.profiles, &loaded.scorecard, as_of())
                    .vendors
                    .len()
            })
        });
    }
    group.finish();
}

fn evaluate_csv(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluate_csv");
    for (id, n, dir) in cases() {
        let spec = spec(&dir);
        configure(&mut group, n);
        group.bench_function(id, |b| {
            b.iter(|| {
                let loaded = discover::load(&spec).unwrap();
                let evaluation = score::evaluate(&loaded.profiles, &loaded.scorecard, as_of());
                render::csv::render(&evaluation, false, sdkvet::i18n::Lang::En)
                    .unwrap()
                    .len()
            })
        });
    }
    group.finish();
}

/// 10,000 weight vectors, each a deterministic perturbation of the scorecard's weights.
fn weight_draws(weights: &[f64]) -> Vec<Vec<f64>> {
    (0..10_000u64)
        .map(|draw| {
            let jitter = |k: usize| 0.5 + ((draw * 31 + k as u64 * 17) % 100) as f64 / 100.0;
            weights
                .iter()
                .enumerate()
                .map(|(k, w)| w * jitter(k))
                .collect()
        })
        .collect()
}

fn reweight(c: &mut Criterion) {
    let loaded = discover::load(&spec(&project().join("vendors"))).unwrap();
    let card = &loaded.scorecard;
    let matrix = Matrix::build(&loaded.profiles, card, as_of());
    let draws = weight_draws(&card.weights);
    let mut group = c.benchmark_group("reweight");
    group.throughput(Throughput::Elements(draws.len() as u64));
    group.bench_function("bundled_x10000", |b| {
        b.iter(|| {
            draws
                .iter()
                .map(|w| aggregate::reweight(&matrix, w, card.unknown)[0].score)
                .sum::<f64>()
        })
    });
    group.finish();
}

fn baseline_toml(c: &mut Criterion) {
    let mut group = c.benchmark_group("baseline_toml");
    for (id, n, dir) in cases() {
        configure(&mut group, n);
        group.bench_with_input(id, &dir, |b, dir| {
            b.iter(|| baseline::parse_all(&baseline::toml_files(dir).unwrap()).unwrap())
        });
    }
    group.finish();
}

/// Five vendors whose channel lists hold `n` items (half of them wanted), and a scorecard
/// whose `channels` criterion wants `n` items.
fn long_list_case(n: usize) -> (Vec<Profile>, Scorecard) {
    let item = |k: usize| format!("c{k}");
    let want: Vec<String> = (0..n).map(|k| format!("\"{}\"", item(k))).collect();
    let text = format!(
        "[criteria.channels]\nweight = 1\nwant = [{}]\n",
        want.join(",")
    );
    let source = SourceFile::from_text(Path::new("scorecards/long.toml"), text);
    let card = load_scorecard(&source, &Default::default()).0.unwrap();
    let profiles = (0..5)
        .map(|v| {
            let mut profile = Profile::new(&format!("v{v}"), "V");
            let channels = (n / 2..n + n / 2).map(item).collect();
            let fact = Fact::List(channels);
            profile.facts.insert("support.channels".into(), fact);
            profile
        })
        .collect();
    (profiles, card)
}

fn long_lists(c: &mut Criterion) {
    let mut group = c.benchmark_group("long_lists");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    for n in [10_000, 100_000] {
        let (profiles, card) = long_list_case(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| score::evaluate(&profiles, &card, as_of()).vendors[0].score)
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    load,
    scoring,
    evaluate_csv,
    reweight,
    baseline_toml,
    long_lists
);
criterion_main!(benches);
