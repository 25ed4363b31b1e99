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

#[test]
fn sensitivity_and_compare_tables_fit_the_width_in_both_languages() {
    use unicode_width::UnicodeWidthStr;
    for width in ["40", "80"] {
        for lang in ["en", "zh"] {
            for args in [&["sensitivity", "--scorecard", "social"][..], &THREE[..]] {
                let out = bundled(&[args, &["--width", width, "--lang", lang]].concat());
                let limit: usize = width.parse().unwrap();
                for line in out.lines() {
                    let long_word = line.split(' ').any(|w| w.width() > limit);
                    assert!(line.width() <= limit || long_word, "{width} {lang}: {line}");
                }
            }
        }
    }
}

#[test]
fn sensitivity_refuses_more_than_2000_ranked_vendors_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    sdkvet::dev::synthetic::write_catalogue(&dir.path().join("vendors"), 42, 2001).unwrap();
    for (lang, words) in [
        ("en", "at most 2000 ranked vendors"),
        ("zh", "最多分析 2000 个"),
    ] {
        let output = sdkvet_in(dir.path())
            .args([
                "sensitivity",
                "--as-of",
                AS_OF,
                "--lang",
                lang,
                "--samples",
                "1",
            ])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(words), "{stderr}");
    }
}

// ---- compare

const THREE: [&str; 10] = [
    "compare",
    "--scorecard",
    "default",
    "--scorecard",
    "overseas",
    "--scorecard",
    "enterprise",
    "--industry",
    "enterprise",
    "--region=europe",
];

#[test]
fn compare_table_on_the_bundled_data_in_both_languages() {
    for lang in ["en", "zh"] {
        let out = bundled(&[&THREE[..], &["--width", "80", "--lang", lang]].concat());
        insta::assert_snapshot!(format!("compare_table_{lang}"), out);
    }
    let markdown = bundled(&[&THREE[..], &["--format", "markdown", "--lang", "zh"]].concat());
    insta::assert_snapshot!("compare_markdown_zh", markdown);
}

#[test]
fn compare_csv_has_a_rank_and_score_column_per_scorecard_then_the_consensus() {
    let csv = bundled(&[&THREE[..], &["--format", "csv"]].concat());
    let header = csv.lines().next().unwrap();
    assert_eq!(
        header,
        "vendor_id,vendor,plan,default_rank,default_score,overseas_rank,overseas_score,enterprise_rank,enterprise_score,consensus_rank,consensus_score"
    );
    assert_eq!(csv.lines().count(), 32);
    let first = csv.lines().nth(1).unwrap();
    assert!(first.starts_with("aws-enterprise,"), "{first}");
}

#[test]
fn compare_json_holds_vendors_criteria_and_pairs() {
    let json = bundled(&[&THREE[..], &["--format", "json"]].concat());
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let pairs = value["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 3);
    assert_eq!(pairs[0]["first"], "default");
    assert_eq!(pairs[0]["second"], "overseas");
    assert!(pairs[0]["tau_b"].as_f64().unwrap() <= 1.0);
    let criteria = value["criteria"].as_array().unwrap();
    let consensus: f64 = criteria
        .iter()
        .map(|c| c["consensus"].as_f64().unwrap())
        .sum();
    assert!((consensus - 1.0).abs() < 1e-9);
    let response = &criteria[0];
    assert_eq!(response["id"], "response_sla");
    assert!((response["spread"].as_f64().unwrap() - 0.25).abs() < 1e-12);
    assert_eq!(value["vendors"][0]["results"].as_array().unwrap().len(), 4);
}

#[test]
fn tau_b_is_a_dash_when_fewer_than_two_vendors_are_ranked_under_both() {
    let out = bundled(
        &[
            &THREE[..],
            &[
                "--vendor",
                "zoom-premier",
                "--vendor",
                "aws-enterprise",
                "--width",
                "80",
            ],
        ]
        .concat(),
    );
    assert!(out.contains("default – enterprise       —"), "{out}");
    let json = bundled(
        &[
            &THREE[..],
            &[
                "--vendor",
                "zoom-premier",
                "--vendor",
                "aws-enterprise",
                "--format",
                "json",
            ],
        ]
        .concat(),
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value["pairs"][1]["tau_b"].is_null(), "{json}");
}

#[test]
fn compare_errors_name_the_criterion_key_and_both_files_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "a.toml",
        "name = \"A\"\n[criteria.response_sla]\nweight = 1\n",
    );
    write(
        "b.toml",
        "name = \"B\"\n[criteria.response_sla]\nweight = 2\nbest = 30\n",
    );
    write(
        "c.toml",
        "name = \"C\"\nunknown = \"half\"\n[criteria.coverage]\nweight = 1\n",
    );
    let vendors = conformance().join("vendors");
    let run = |cards: &[&str], lang: &str| {
        let mut cmd = sdkvet_in(dir.path());
        cmd.arg("compare").arg("--vendors").arg(&vendors);
        for card in cards {
            cmd.args(["--scorecard", card]);
        }
        let output = cmd
            .args(["--as-of", AS_OF, "--lang", lang])
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (code, en) = run(&["a.toml", "b.toml"], "en");
    assert_eq!(code, Some(1));
    assert!(
        en.contains("`response_sla`") && en.contains("`best`"),
        "{en}"
    );
    assert!(en.contains("a.toml") && en.contains("b.toml"), "{en}");
    let (_, zh) = run(&["a.toml", "b.toml"], "zh");
    assert!(zh.contains("评分项 `response_sla`：`best` 在"), "{zh}");
    let (code, en) = run(&["a.toml", "c.toml"], "en");
    assert_eq!(code, Some(1));
    assert!(
        en.contains("`unknown` differs between a.toml and c.toml"),
        "{en}"
    );
    let (code, zh) = run(&["a.toml"], "zh");
    assert_eq!(code, Some(2));
    assert!(zh.contains("至少需要两张评分卡"), "{zh}");
    let (code, _) = run(&["a.toml", "./a.toml"], "en");
    assert_eq!(code, Some(2));
}
