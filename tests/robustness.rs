//! `sdkvet sensitivity` and `sdkvet compare` (SPEC §7, §8, issue 11), run as the real binary on
//! the bundled data and on the conformance fixtures, with `--as-of` fixed; snapshots in both
//! languages.

use std::path::{Path, PathBuf};

mod common;
use common::{sdkvet_in, AS_OF};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn conformance() -> PathBuf {
    root().join("tests/fixtures/conformance")
}

/// Runs `sdkvet` in `dir` with `args` and the given thread count; stdout, which must succeed.
fn run_in(dir: &Path, args: &[&str], threads: &str) -> String {
    let output = sdkvet_in(dir)
        .args(args)
        .args(["--as-of", AS_OF])
        .env("SDKVET_THREADS", threads)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn bundled(args: &[&str]) -> String {
    run_in(&root(), args, "2")
}

// ---- sensitivity

#[test]
fn sensitivity_table_on_the_bundled_data_in_both_languages() {
    for lang in ["en", "zh"] {
        let out = bundled(&["sensitivity", "--width", "80", "--lang", lang]);
        insta::assert_snapshot!(format!("sensitivity_table_{lang}"), out);
    }
}

#[test]
fn sensitivity_markdown_csv_and_json_on_the_conformance_data() {
    let dir = conformance();
    let card = [
        "--scorecard",
        "scorecards/balanced.toml",
        "--samples",
        "2000",
    ];
    for lang in ["en", "zh"] {
        let args = [
            &["sensitivity", "--format", "markdown", "--lang", lang][..],
            &card,
        ]
        .concat();
        insta::assert_snapshot!(
            format!("sensitivity_markdown_{lang}"),
            run_in(&dir, &args, "2")
        );
    }
    let csv = run_in(
        &dir,
        &[&["sensitivity", "--format", "csv"][..], &card].concat(),
        "2",
    );
    insta::assert_snapshot!("sensitivity_csv", csv);
    let strict = ["--scorecard", "scorecards/strict.toml", "--samples", "2000"];
    let json = run_in(
        &dir,
        &[&["sensitivity", "--format", "json"][..], &strict].concat(),
        "2",
    );
    insta::assert_snapshot!("sensitivity_json", json);
}

#[test]
fn the_same_seed_gives_byte_identical_output_on_one_and_two_threads() {
    let dir = conformance();
    for format in ["table", "csv", "json", "markdown"] {
        let args = [
            "sensitivity",
            "--scorecard",
            "scorecards/balanced.toml",
            "--format",
            format,
            "--samples",
            "9000",
            "--weights",
            "uniform",
            "--unknowns",
            "uniform",
            "--seed",
            "7",
        ];
        let one = run_in(&dir, &args, "1");
        assert_eq!(one, run_in(&dir, &args, "2"), "{format}");
    }
}

#[test]
fn another_seed_draws_other_numbers() {
    let dir = conformance();
    let json = |seed: &str| {
        let args = [
            "sensitivity",
            "--scorecard",
            "scorecards/balanced.toml",
            "--format",
            "json",
            "--weights",
            "uniform",
            "--seed",
            seed,
        ];
        let value: serde_json::Value = serde_json::from_str(&run_in(&dir, &args, "2")).unwrap();
        value["vendors"].clone()
    };
    assert_ne!(json("1"), json("2"));
    assert_eq!(json("1"), json("1"));
}

#[test]
fn sensitivity_json_shares_sum_to_one_and_ranges_hold_the_rank() {
    let json = bundled(&["sensitivity", "--format", "json", "--scorecard", "overseas"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let vendors = value["vendors"].as_array().unwrap();
    assert!(!vendors.is_empty());
    for vendor in vendors {
        let shares = vendor["rank_acceptability"].as_array().unwrap();
        assert_eq!(shares.len(), vendors.len());
        let sum: f64 = shares.iter().map(|s| s.as_f64().unwrap()).sum();
        assert!((sum - 1.0).abs() < 1e-9, "{vendor}");
        let (best, rank, worst) = (&vendor["best_rank"], &vendor["rank"], &vendor["worst_rank"]);
        assert!(best.as_u64() <= rank.as_u64() && rank.as_u64() <= worst.as_u64());
    }
    assert_eq!(value["samples"], 10_000);
    assert_eq!(value["seed"], 1);
    assert_eq!(value["concentration"], 30.0);
    let thresholds = value["thresholds"].as_array().unwrap();
    assert_eq!(
        thresholds[0]["criterion"], "overseas_support",
        "scorecard order"
    );
}

#[test]
fn sensitivity_refuses_a_bad_concentration_and_zero_samples() {
    for bad in [
        &["--concentration", "0"][..],
        &["--concentration", "nan"],
        &["--samples", "0"],
        &["--format", "csv", "--width", "80"],
        &["--scorecard", "a", "--scorecard", "b"],
    ] {
        sdkvet_in(&root())
            .arg("sensitivity")
            .args(bad)
            .assert()
            .code(2);
    }
}
