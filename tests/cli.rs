//! Integration tests: the real `sdkvet` binary on the fixture folders under `tests/fixtures`,
//! with the evaluation date fixed by `--as-of`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

mod common;
use common::{sdkvet_in, AS_OF};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `sdkvet evaluate` on the conformance fixtures under one of their scorecards.
fn evaluate_conformance(card: &str, extra: &[&str]) -> Command {
    let root = fixtures().join("conformance");
    let mut cmd = sdkvet_in(&root);
    cmd.args([
        "evaluate",
        "--scorecard",
        &format!("scorecards/{card}.toml"),
        "--as-of",
        AS_OF,
    ]);
    cmd.args(extra);
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn parse_csv(text: &str) -> Vec<csv::StringRecord> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader.records().map(Result::unwrap).collect()
}

#[test]
fn csv_matches_the_independent_expected_numbers() {
    for card in ["balanced", "strict"] {
        let got = parse_csv(&stdout_of(&mut evaluate_conformance(
            card,
            &["--format", "csv"],
        )));
        let expected_text =
            std::fs::read_to_string(fixtures().join(format!("conformance/expected/{card}.csv")))
                .unwrap();
        let want = parse_csv(&expected_text);
        let notes = got[0].len() - 1;
        assert_eq!(
            &got[0].iter().take(notes).collect::<Vec<_>>(),
            &want[0].iter().collect::<Vec<_>>()
        );
        assert_eq!(&got[0][notes], "notes");
        assert_eq!(got.len(), want.len(), "{card}: rows");
        for (g, w) in got.iter().zip(&want).skip(1) {
            for (column, (gv, wv)) in g.iter().zip(w.iter()).enumerate() {
                let same = match (gv.parse::<f64>(), wv.parse::<f64>()) {
                    (Ok(a), Ok(b)) => (a - b).abs() <= 0.051,
                    _ => gv == wv,
                };
                assert!(
                    same,
                    "{card} {} column {}: got {gv:?}, want {wv:?}",
                    &w[1], &want[0][column]
                );
            }
        }
    }
}

#[test]
fn table_snapshot() {
    insta::assert_snapshot!(stdout_of(&mut evaluate_conformance(
        "balanced",
        &["--width", "80"]
    )));
}

#[test]
fn table_with_explain_snapshot() {
    insta::assert_snapshot!(stdout_of(&mut evaluate_conformance(
        "strict",
        &["--width", "100", "--explain"]
    )));
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!(stdout_of(&mut evaluate_conformance(
        "strict",
        &["--format", "csv"]
    )));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(stdout_of(&mut evaluate_conformance(
        "strict",
        &["--format", "json"]
    )));
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(stdout_of(&mut evaluate_conformance(
        "balanced",
        &["--format", "markdown", "--explain"]
    )));
}

#[test]
fn json_holds_the_same_vendors_in_the_same_order_as_csv() {
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&mut evaluate_conformance(
        "strict",
        &["--format", "json"],
    )))
    .unwrap();
    let csv = parse_csv(&stdout_of(&mut evaluate_conformance(
        "strict",
        &["--format", "csv"],
    )));
    let vendors = json["vendors"].as_array().unwrap();
    let json_ids: Vec<&str> = vendors.iter().map(|v| v["id"].as_str().unwrap()).collect();
    let csv_ids: Vec<&str> = csv.iter().skip(1).map(|r| r.get(1).unwrap()).collect();
    assert_eq!(json_ids, csv_ids);
    assert_eq!(json["as_of"], AS_OF);
    assert_eq!(json["scorecard"]["name"], "Strict, unknowns skipped");
    let lumen = &vendors[1];
    for key in [
        "id",
        "name",
        "plan",
        "rank",
        "score",
        "status",
        "unknowns",
        "confidence",
        "notes",
        "criteria",
    ] {
        assert!(lumen.get(key).is_some(), "missing {key}");
    }
    let price = lumen["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "price")
        .unwrap();
    assert!(
        price["fact"].is_null() && price["score"].is_null(),
        "unknown is null: {price}"
    );
    assert_eq!(vendors[2]["rank"], serde_json::Value::Null);
    assert_eq!(vendors[2]["status"], "disqualified");
}

fn evaluate_hostile(format: &str) -> String {
    let dir = fixtures().join("hostile");
    stdout_of(sdkvet_in(&dir).args([
        "evaluate",
        "--scorecard",
        "../conformance/scorecards/balanced.toml",
        "--as-of",
        AS_OF,
        "--format",
        format,
    ]))
}

#[test]
fn csv_neutralises_formulas_and_keeps_numbers() {
    let rows = parse_csv(&evaluate_hostile("csv"));
    let header = &rows[0];
    assert_eq!(&header[0], "rank");
    let by_id = |id: &str| rows.iter().find(|r| &r[1] == id).unwrap().clone();
    let formula = by_id("formula");
    assert_eq!(&formula[2], "'=HYPERLINK(\"http://x\")");
    assert_eq!(&formula[3], "'+cmd");
    let control = by_id("control");
    assert!(control[3].starts_with("'-2|pipe"), "{:?}", &control[3]);
    let chinese = by_id("chinese");
    assert_eq!(&chinese[2], "声网 Agora");
    assert_eq!(&chinese[3], "'@企业版");
    assert!(formula[4].parse::<f64>().is_ok(), "score stays a number");
}

#[test]
fn csv_bom_is_optional() {
    let plain = evaluate_hostile("csv");
    assert!(plain.starts_with("rank,"));
    assert!(!plain.contains('\r'), "\\n line ends");
    let dir = fixtures().join("hostile");
    let with_bom = stdout_of(sdkvet_in(&dir).args([
        "evaluate",
        "--scorecard",
        "../conformance/scorecards/balanced.toml",
        "--as-of",
        AS_OF,
        "--format",
        "csv",
        "--bom",
    ]));
    assert!(with_bom.starts_with("\u{feff}rank,"));
}

#[test]
fn control_characters_are_escaped_in_terminal_and_markdown_output() {
    for format in ["table", "markdown"] {
        let out = evaluate_hostile(format);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{format}: raw control character"
        );
        let shown = match format {
            "markdown" => "\\u{1b}\\[31m RED\\u{7}",
            _ => "\\u{1b}[31m RED\\u{7}",
        };
        assert!(out.contains(shown), "{format}: {out}");
    }
    let markdown = evaluate_hostile("markdown");
    assert!(markdown.contains("-2\\|pipe\\nnewline"), "{markdown}");
}

#[test]
fn output_file_gets_the_same_bytes_as_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ranking.csv");
    let stdout = stdout_of(&mut evaluate_conformance("balanced", &["--format", "csv"]));
    evaluate_conformance(
        "balanced",
        &["--format", "csv", "--output", file.to_str().unwrap()],
    )
    .assert()
    .success()
    .stdout("");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );
}

#[test]
fn output_file_is_not_touched_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ranking.csv");
    std::fs::write(&file, "old").unwrap();
    let bad = fixtures().join("bad/scorecards/negative-weight.toml");
    sdkvet_in(&fixtures().join("conformance"))
        .args([
            "evaluate",
            "--format",
            "csv",
            "--output",
            file.to_str().unwrap(),
        ])
        .args(["--scorecard", bad.to_str().unwrap()])
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    let missing = dir.path().join("no/such/dir/x.csv");
    evaluate_conformance("balanced", &["--output", missing.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot write"));
}

fn project_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn bundled_data_validates_cleanly() {
    sdkvet_in(project_root())
        .arg("validate")
        .assert()
        .success()
        .stderr("")
        .stdout(predicate::str::contains("0 errors, 0 warnings"));
}

#[test]
fn bundled_data_evaluates_under_every_bundled_scorecard() {
    let cards = std::fs::read_dir(project_root().join("scorecards")).unwrap();
    let mut count = 0;
    for card in cards {
        let name = card
            .unwrap()
            .path()
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for format in ["table", "csv", "json", "markdown"] {
            let out = stdout_of(sdkvet_in(project_root()).args([
                "evaluate",
                "--scorecard",
                &name,
                "--as-of",
                AS_OF,
                "--format",
                format,
            ]));
            assert!(out.contains("Twilio"), "{name} {format}");
        }
        count += 1;
    }
    assert!(count >= 8, "bundled scorecards: {count}");
}

#[test]
fn industry_and_region_flags_override_the_scorecard() {
    let out = stdout_of(&mut evaluate_conformance(
        "balanced",
        &[
            "--format",
            "json",
            "--industry",
            "gaming",
            "--region",
            "latin-america",
        ],
    ));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["scorecard"]["industry"], "gaming");
    assert_eq!(
        json["scorecard"]["regions"],
        serde_json::json!(["latin-america"])
    );
    let orbit = json["vendors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["id"] == "orbit-premier")
        .unwrap();
    let fit = orbit["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "industry_fit")
        .unwrap();
    assert_eq!(fit["score"], 100.0);
}

#[test]
fn every_bad_input_class_is_reported_with_file_line_key_and_hint() {
    let cases: &[(&str, &str)] = &[
        ("vendors/syntax.toml", "syntax.toml:2:8: error: invalid TOML"),
        ("vendors/wrong-type.toml", "wrong-type.toml:3:22: error: `support.dedicated_engineer`: expected true or false, found a string"),
        ("vendors/unknown-key.toml", "unknown-key.toml:2:1: error: `price`: unknown key at the top level; valid keys here are name, plan, website, products, as_of, support"),
        ("vendors/misspelled-key.toml", "misspelled-key.toml:3:1: error: `support.covrage`: unknown key in [support]; did you mean `coverage`?"),
        ("vendors/bad-enum.toml", "bad-enum.toml:3:12: error: `support.coverage`: `24/7` is not a valid value; use `24x7`, `24x5`, `business-hours` or `none`; did you mean `24x7`?"),
        ("vendors/negative-time.toml", "negative-time.toml:3:12: error: `support.first_response.critical`: -5 is negative"),
        ("vendors/availability-range.toml", "availability-range.toml:3:16: error: `sla.availability`: 100.5 must be a percent in (0, 100]"),
        ("vendors/nan-inf.toml", "nan-inf.toml:5:26: error: `lifecycle.version_support_months`: inf is not a number"),
        ("vendors/bad-date.toml", "bad-date.toml:2:9: error: `as_of`: `2026-02-30` is not a date; write YYYY-MM-DD"),
        ("vendors/bad-duration.toml", "bad-duration.toml:3:8: error: `support.first_response.high`: `fortnights` in `2 fortnights` is not a unit"),
        ("vendors/missing-name.toml", "missing-name.toml:1:1: error: `name`: required key is missing"),
        ("vendors/empty.toml", "empty.toml:1:1: error: `name`: required key is missing"),
        ("vendors/invalid-utf8.toml", "invalid-utf8.toml:1:13: error: the file is not valid UTF-8"),
        ("vendors/deep-arrays.toml", "deep-arrays.toml:2:85: error: invalid TOML"),
        ("scorecards/no-criteria.toml", "no-criteria.toml:1:1: error: `criteria`: the scorecard has no criteria"),
        ("scorecards/negative-weight.toml", "negative-weight.toml:2:10: error: `criteria.coverage.weight`: -3 is negative"),
        ("scorecards/all-zero.toml", "error: `criteria`: every weight is 0"),
        ("scorecards/custom-without-kind.toml", "custom-without-kind.toml:1:11: error: `criteria.price`: `price` is not a built-in criterion, so it needs `kind`"),
        ("scorecards/unknown-kind.toml", "unknown-kind.toml:4:8: error: `criteria.price.kind`: `money` is not a valid kind; use `number`"),
        ("scorecards/unknown-scale.toml", "unknown-scale.toml:3:9: error: `criteria.version_support.scale`: `exp` is not a valid scale; use `linear` or `log`"),
        ("scorecards/unknown-policy.toml", "unknown-policy.toml:1:11: error: `unknown`: `ignore` is not a valid unknown policy; use `zero`, `half` or `skip`"),
        ("scorecards/best-equals-worst.toml", "best-equals-worst.toml:4:9: error: `criteria.version_support`: `best` and `worst` are both 12; they must differ"),
        ("scorecards/log-nonpositive.toml", "log-nonpositive.toml:5:8: error: `criteria.price.best`: 0 is too small for a log scale"),
        ("scorecards/require-bad-level.toml", "require-bad-level.toml:3:11: error: `criteria.coverage.require`: `24x6` is not a level of support.coverage; use `24x7`, `24x5`, `business-hours` or `none`; did you mean `24x7`?"),
        ("scorecards/require-bool-on-number.toml", "require-bool-on-number.toml:3:11: error: `criteria.version_support.require`: `require` fits bool and level criteria"),
        ("scorecards/industry-fit-without-industry.toml", "error: `criteria.industry_fit`: `industry_fit` scores the buyer's industry, and the scorecard has none; add `industry = \"social\"` at the top or pass --industry"),
        ("scorecards/overseas-without-regions.toml", "error: `criteria.overseas_support`: `overseas_support` scores the buyer's regions"),
        ("scorecards/misspelled-key.toml", "misspelled-key.toml:2:1: error: `criteria.coverage.wieght`: unknown key; did you mean `weight`?"),
    ];
    let bad = fixtures().join("bad");
    for (file, expected) in cases {
        sdkvet_in(&bad)
            .args(["validate", file])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(*expected))
            .stderr(predicate::str::contains("fix the errors listed above"));
    }
}

#[test]
fn validate_lists_every_problem_of_every_file_at_once() {
    let output = sdkvet_in(&fixtures().join("bad"))
        .args(["validate", "vendors", "scorecards"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    insta::assert_snapshot!(stderr);
}

#[test]
fn bom_is_ignored_and_vocabulary_misses_are_warnings() {
    sdkvet_in(&fixtures().join("bad"))
        .args(["validate", "vendors/bom-and-warning.toml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("bom-and-warning.toml:3:15: warning: `fit.industries`: `educaton` is not a known value; did you mean `education`?"))
        .stdout(predicate::str::contains("0 errors, 1 warning"));
}

#[test]
fn duplicate_ids_across_folders_name_both_files() {
    let dupes = fixtures().join("bad/dupes");
    sdkvet_in(&dupes)
        .args([
            "evaluate",
            "--vendors",
            "a",
            "--vendors",
            "b",
            "--scorecard",
            "../../conformance/scorecards/balanced.toml",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "b/same.toml: error: vendor id `same` is already used by a/same.toml",
        ));
}

#[test]
fn evaluate_reports_every_bad_file_once_without_a_backtrace() {
    let output = sdkvet_in(&fixtures().join("bad"))
        .env("RUST_BACKTRACE", "1")
        .args([
            "evaluate",
            "--vendors",
            "vendors",
            "--scorecard",
            "scorecards/unknown-policy.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: 16 errors in 15 files; fix them and run again\n"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error: `support.covrage`").count(), 1);
    assert!(
        !stderr.contains("backtrace") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn missing_vendors_and_scorecard_suggest_the_way_out() {
    let empty = tempfile::tempdir().unwrap();
    sdkvet_in(empty.path())
        .arg("evaluate")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no ./vendors folder here; pass --vendors DIR (or FILE), or run `sdkvet init`",
        ));
    std::fs::create_dir(empty.path().join("vendors")).unwrap();
    std::fs::write(empty.path().join("vendors/a.toml"), "name = \"A\"\n").unwrap();
    sdkvet_in(empty.path())
        .args(["evaluate", "--scorecard", "social", "--as-of", AS_OF])
        .assert()
        .success()
        .stderr(predicate::str::contains("scorecards/social.toml: warning: there is no scorecards/social.toml here, so the bundled preset `social` is used; `sdkvet init` writes an editable copy"))
        .stdout(predicate::str::contains("Social / entertainment"));
    sdkvet_in(empty.path())
        .args(["evaluate", "--scorecard", "mine"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("scorecard `mine` not found: there is no scorecards/mine.toml and no bundled preset of that name. Available: conversational-ai, default,"));
    sdkvet_in(&fixtures().join("conformance"))
        .args(["evaluate", "--scorecard", "balancd"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "Did you mean `balanced`? Available: balanced, conversational-ai,",
        ));
}

#[test]
fn buyer_flags_are_checked_and_one_scorecard_is_used() {
    let conformance = fixtures().join("conformance");
    let run = |args: &[&str]| {
        let mut cmd = sdkvet_in(&conformance);
        cmd.args(["evaluate", "--as-of", AS_OF, "--scorecard", "balanced"]);
        cmd.args(args);
        cmd.assert()
    };
    run(&["--region", "SEA", "--industry", "gameing"])
        .success()
        .stderr(predicate::str::contains(
            "warning: --industry `gameing` is not a known value; did you mean `gaming`?",
        ))
        .stderr(predicate::str::contains(
            "warning: --region `SEA` is not a known value; known values: china,",
        ));
    run(&["--industry", ""])
        .code(2)
        .stderr(predicate::str::contains("the value is empty"));
    run(&["--region", " "]).code(2);
    run(&["--scorecard", "strict"])
        .code(2)
        .stderr(predicate::str::contains(
            "run `sdkvet compare --scorecard balanced --scorecard strict`",
        ));
}

#[test]
fn init_writes_the_bundled_data_without_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("team");
    std::fs::create_dir_all(target.join("scorecards")).unwrap();
    std::fs::write(target.join("scorecards/default.toml"), "# mine\n").unwrap();
    sdkvet_in(dir.path())
        .args(["init", "team"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "kept    team/scorecards/default.toml (already there)",
        ))
        .stdout(predicate::str::contains(
            "wrote   team/vendors/twilio-business.toml",
        ));
    assert_eq!(
        std::fs::read_to_string(target.join("scorecards/default.toml")).unwrap(),
        "# mine\n"
    );
    std::fs::remove_file(target.join("scorecards/default.toml")).unwrap();
    sdkvet_in(&target).arg("init").assert().success();
    sdkvet_in(&target)
        .args(["evaluate", "--as-of", AS_OF])
        .assert()
        .success();
}

#[test]
fn usage_errors_exit_2() {
    let root = fixtures().join("conformance");
    sdkvet_in(&root)
        .args(["evaluate", "--frobnicate"])
        .assert()
        .code(2);
    sdkvet_in(&root)
        .args(["evaluate", "--as-of", "21/11/2026"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a date; write YYYY-MM-DD"));
    sdkvet_in(&root)
        .args(["evaluate", "--format", "xml"])
        .assert()
        .code(2);
    sdkvet_in(&root)
        .args(["evaluate", "--bom"])
        .assert()
        .code(2)
        .stderr("error: --bom applies to --format csv only\n");
    sdkvet_in(&root)
        .args(["evaluate", "--explain", "--format", "csv"])
        .assert()
        .code(2);
    sdkvet_in(&root)
        .args(["evaluate", "--width", "10"])
        .assert()
        .code(2);
    sdkvet_in(&root).assert().code(2);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("sdkvet"))
        .current_dir(project_root())
        .args(["evaluate", "--as-of", AS_OF, "--explain"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn help_snapshots() {
    for args in [
        &["--help"][..],
        &["evaluate", "--help"],
        &["validate", "--help"],
        &["init", "--help"],
    ] {
        let out = stdout_of(sdkvet_in(project_root()).args(args).env("COLUMNS", "100"));
        insta::assert_snapshot!(format!("help_{}", args[0].trim_start_matches('-')), out);
    }
}

#[test]
fn interview_without_a_terminal_says_it_needs_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("acme.toml"), "name = \"Acme\"\n").unwrap();
    sdkvet_in(dir.path())
        .args(["interview", "acme.toml"])
        .write_stdin("yes\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "`sdkvet interview` needs a terminal",
        ));
    sdkvet_in(dir.path())
        .args(["new", "acme2"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("`sdkvet new` needs a terminal"));
    assert!(!dir.path().join("vendors/acme2.toml").exists());
}

#[test]
fn interview_checks_the_file_before_asking_for_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    sdkvet_in(dir.path())
        .args(["interview", "missing.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.toml does not exist"))
        .stderr(predicate::str::contains("terminal").not());
    std::fs::write(
        dir.path().join("bad.toml"),
        "name = \"Acme\"\nsupport.coverage = \"always\"\n",
    )
    .unwrap();
    sdkvet_in(dir.path())
        .args(["interview", "bad.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("always"))
        .stderr(predicate::str::contains("terminal").not());
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no lock file is left behind");
}

#[cfg(unix)]
#[test]
fn interview_refuses_a_read_only_profile_before_asking_for_a_terminal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, "name = \"Acme\"\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    sdkvet_in(dir.path())
        .args(["interview", "acme.toml", "--lang", "zh"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("acme.toml 是只读文件"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "name = \"Acme\"\n");
}

#[test]
fn new_refuses_unsafe_ids_and_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("vendors")).unwrap();
    std::fs::write(dir.path().join("vendors/acme.toml"), "name = \"Acme\"\n").unwrap();
    sdkvet_in(dir.path())
        .args(["new", "../evil"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a safe vendor id"));
    sdkvet_in(dir.path())
        .args(["new", "acme"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("vendors/acme.toml already exists"));
}

fn checklist(extra: &[&str]) -> String {
    let root = fixtures().join("conformance");
    let mut cmd = sdkvet_in(&root);
    cmd.args([
        "checklist",
        "--scorecard",
        "scorecards/strict.toml",
        "--as-of",
        AS_OF,
    ])
    .args(extra);
    stdout_of(&mut cmd)
}

#[test]
fn checklist_snapshots_in_every_format_and_both_languages() {
    for lang in ["en", "zh"] {
        for format in ["text", "markdown", "csv", "json"] {
            let out = checklist(&[
                "--vendor",
                "mosaic-business",
                "--vendor",
                "orbit-premier",
                "--lang",
                lang,
                "--format",
                format,
            ]);
            insta::assert_snapshot!(format!("checklist_{format}_{lang}"), out);
        }
    }
}

#[test]
fn checklist_csv_follows_the_spec_header_and_order() {
    let rows = parse_csv(&checklist(&["--format", "csv", "--lang", "en"]));
    assert_eq!(
        rows[0].iter().collect::<Vec<_>>(),
        [
            "vendor_id",
            "vendor",
            "plan",
            "order",
            "reason",
            "category",
            "question_id",
            "field",
            "type",
            "allowed",
            "current",
            "weight",
            "question",
            "answer",
            "source"
        ]
    );
    let nova: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[0] == "nova-starter").collect();
    let reasons: Vec<&str> = nova.iter().map(|r| r.get(4).unwrap()).collect();
    let rank = |r: &str| {
        [
            "knockout-unknown",
            "knockout-failed",
            "unknown",
            "weak",
            "stale",
            "diligence",
        ]
        .iter()
        .position(|x| *x == r)
        .unwrap()
    };
    assert!(
        reasons.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{reasons:?}"
    );
    assert_eq!(reasons[0], "knockout-unknown");
    assert_eq!(&nova[0][7], "sla.availability");
    assert!(reasons.contains(&"knockout-failed") && reasons.contains(&"diligence"));
    let diligence = nova.iter().find(|r| &r[4] == "diligence").unwrap();
    assert_eq!(
        (&diligence[7], &diligence[11]),
        ("", ""),
        "no field, no weight"
    );
    let known = nova.iter().find(|r| !r[10].is_empty()).unwrap();
    assert!(
        known[11].contains('.'),
        "weight with one decimal: {known:?}"
    );
    assert!(nova.iter().all(|r| r[13].is_empty() && r[14].is_empty()));
}

#[test]
fn checklist_flags_leave_out_diligence_add_a_bom_and_accept_table() {
    let without = checklist(&["--format", "csv", "--no-diligence"]);
    assert!(!without.contains(",diligence,"), "{without}");
    assert!(checklist(&["--format", "csv"]).contains(",diligence,"));
    let bom = checklist(&["--format", "csv", "--bom"]);
    assert!(bom.starts_with('\u{feff}'));
    assert_eq!(
        bom.trim_start_matches('\u{feff}'),
        checklist(&["--format", "csv"])
    );
    assert_eq!(
        checklist(&["--format", "table"]),
        checklist(&["--format", "text"])
    );
    let root = fixtures().join("conformance");
    sdkvet_in(&root)
        .args(["checklist", "--scorecard", "balanced", "--bom"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--bom applies to --format csv only",
        ));
}

#[test]
fn checklist_language_follows_the_locale_and_unknown_vendors_are_named() {
    let root = fixtures().join("conformance");
    let out = stdout_of(sdkvet_in(&root).env("LANG", "zh_CN.UTF-8").args([
        "checklist",
        "--scorecard",
        "balanced",
        "--as-of",
        AS_OF,
        "--vendor",
        "nova-starter",
    ]));
    assert!(out.contains("尽职调查"), "{out}");
    sdkvet_in(&root)
        .args([
            "checklist",
            "--scorecard",
            "balanced",
            "--vendor",
            "nova-startr",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--vendor nova-startr: no such vendor. Did you mean `nova-starter`?",
        ));
}

#[test]
fn the_same_file_reached_twice_is_read_once() {
    let conformance = fixtures().join("conformance");
    let csv = |vendors: &[&str]| {
        let mut cmd = sdkvet_in(&conformance);
        cmd.args(["evaluate", "--as-of", AS_OF, "--scorecard", "balanced"])
            .args(["--format", "csv"]);
        for folder_or_file in vendors {
            cmd.args(["--vendors", folder_or_file]);
        }
        stdout_of(&mut cmd)
    };
    let first = std::fs::read_dir(conformance.join("vendors"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    let once = csv(&[]);
    let twice = csv(&["vendors", "./vendors/", first.to_str().unwrap()]);
    assert_eq!(once, twice);
    let validated = stdout_of(sdkvet_in(&conformance).args(["validate", "vendors", "vendors"]));
    let alone = stdout_of(sdkvet_in(&conformance).args(["validate", "vendors"]));
    assert_eq!(validated, alone);
}

#[test]
fn evaluate_keeps_the_chosen_vendors_and_suggests_a_close_id() {
    let conformance = fixtures().join("conformance");
    let all = parse_csv(&stdout_of(&mut evaluate_conformance(
        "balanced",
        &["--format", "csv"],
    )));
    let ids: Vec<&str> = all.iter().skip(1).map(|row| &row[1]).take(2).collect();
    let kept = stdout_of(&mut evaluate_conformance(
        "balanced",
        &[
            "--format", "csv", "--vendor", ids[1], "--vendor", ids[0], "--vendor", ids[1],
        ],
    ));
    let rows = parse_csv(&kept);
    let kept_ids: Vec<&str> = rows.iter().skip(1).map(|row| &row[1]).collect();
    assert_eq!(kept_ids, ids, "ranked among themselves, each once");
    let typo = &ids[0][..ids[0].len() - 1];
    sdkvet_in(&conformance)
        .args(["evaluate", "--scorecard", "balanced", "--vendor", typo])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "--vendor {typo}: no such vendor. Did you mean `{}`?",
            ids[0]
        )));
}

#[test]
fn a_scorecard_among_the_profiles_is_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    sdkvet_in(root).arg("init").assert().success();
    std::fs::copy(
        root.join("scorecards/social.toml"),
        root.join("vendors/social.toml"),
    )
    .unwrap();
    let misplaced = "vendors/social.toml:";
    let message = "error: `criteria`: this is a scorecard, not a vendor profile; move it to scorecards/, or pass it with --scorecard";
    for args in [
        vec!["validate"],
        vec!["validate", "vendors"],
        vec!["evaluate"],
    ] {
        sdkvet_in(root)
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(misplaced))
            .stderr(predicate::str::contains(message));
    }
    std::fs::create_dir(root.join("cards")).unwrap();
    std::fs::rename(
        root.join("vendors/social.toml"),
        root.join("cards/social.toml"),
    )
    .unwrap();
    sdkvet_in(root)
        .args(["validate", "cards", "vendors/../cards/social.toml"])
        .assert()
        .success()
        .stdout("checked 0 vendor profiles and 1 scorecard: 0 errors, 0 warnings\n");
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn evaluate_speaks_the_chosen_language_in_every_format() {
    let table = ["--width", "100", "--explain"];
    let formats: [&[&str]; 4] = [
        &table,
        &["--format", "markdown", "--explain"],
        &["--format", "csv"],
        &["--format", "json"],
    ];
    for format in formats {
        let en = stdout_of(evaluate_conformance("strict", format).args(["--lang", "en"]));
        assert!(!has_chinese(&en), "{format:?}: {en}");
        let zh = stdout_of(evaluate_conformance("strict", format).args(["--lang", "zh"]));
        assert!(
            zh.contains("一票否决") || zh.contains("超过上限"),
            "{format:?}: {zh}"
        );
    }
    insta::assert_snapshot!(
        "table_with_explain_zh",
        stdout_of(evaluate_conformance("strict", &table).args(["--lang", "zh"]))
    );
    insta::assert_snapshot!(
        "markdown_zh",
        stdout_of(
            evaluate_conformance("balanced", &["--format", "markdown", "--explain"])
                .args(["--lang", "zh"])
        )
    );
}

#[test]
fn explain_says_why_a_vendor_has_no_rank() {
    let out = stdout_of(&mut evaluate_conformance(
        "strict",
        &["--explain", "--lang", "en"],
    ));
    assert!(!out.contains("rank -"), "{out}");
    assert!(out.contains("not ranked: disqualified"), "{out}");
    assert!(out.contains("  - coverage: 24x5 does not meet"), "{out}");
}

#[test]
fn validate_and_init_take_lang() {
    let dir = tempfile::tempdir().unwrap();
    let init = stdout_of(sdkvet_in(dir.path()).args(["init", "--lang", "zh"]));
    assert!(init.contains("已写入") && init.contains("下一步"), "{init}");
    let again = stdout_of(sdkvet_in(dir.path()).args(["init", "--lang", "en"]));
    assert!(again.contains("kept") && !has_chinese(&again), "{again}");
    let zh = stdout_of(sdkvet_in(dir.path()).args(["validate", "--lang", "zh"]));
    assert!(
        zh.starts_with("已检查 ") && zh.contains("份厂商资料"),
        "{zh}"
    );
    let en = stdout_of(sdkvet_in(dir.path()).args(["validate", "--lang", "en"]));
    assert!(en.starts_with("checked ") && !has_chinese(&en), "{en}");
}

#[test]
fn interviewing_a_missing_file_suggests_new_with_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let out = sdkvet_in(dir.path())
        .args(["interview", "x.toml", "--lang", "en"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "error: x.toml does not exist; check the path, or create the profile with `sdkvet new x`\n"
    );
}

#[test]
fn a_profile_without_a_plan_is_named_without_an_empty_plan() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("vendors")).unwrap();
    std::fs::write(dir.path().join("vendors/fut.toml"), "name = \"Fut\"\n").unwrap();
    for format in ["table", "markdown"] {
        let out = stdout_of(sdkvet_in(dir.path()).args([
            "evaluate",
            "--explain",
            "--format",
            format,
            "--as-of",
            AS_OF,
            "--lang",
            "en",
        ]));
        assert!(!out.contains(" — ") && !out.contains("·  "), "{out}");
        assert!(
            out.contains("Fut (") || out.contains("Fut (`fut`)"),
            "{out}"
        );
    }
}

#[test]
fn the_channels_chinese_vendors_use_are_known() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("vendors")).unwrap();
    let profile = "name = \"A\"\n[support]\nchannels = [\"wechat\", \"wecom\", \"dingtalk\", \"feishu\", \"teams\", \"onsite\"]\n";
    std::fs::write(dir.path().join("vendors/a.toml"), profile).unwrap();
    std::fs::write(
        dir.path().join("vendors/b.toml"),
        "name = \"B\"\n[support]\nchannels = [\"wechta\"]\n",
    )
    .unwrap();
    let out = sdkvet_in(dir.path())
        .args(["validate", "--lang", "en"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("a.toml"), "{stderr}");
    assert!(
        stderr.contains("b.toml") && stderr.contains("`wechat`"),
        "{stderr}"
    );
}

/// Every problem of every bad file, in both languages: the Chinese lines are Chinese (their
/// severity, their message), the English ones have no Chinese, file, line, column and key the
/// same in both (SPEC §14).
#[test]
fn diagnostics_speak_the_chosen_language() {
    let bad = fixtures().join("bad");
    let stderr_of = |lang: &str| {
        let output = sdkvet_in(&bad)
            .args(["validate", "vendors", "scorecards", "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        String::from_utf8(output.stderr).unwrap()
    };
    let (english, chinese) = (stderr_of("en"), stderr_of("zh"));
    let has_chinese = |line: &str| line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    assert!(!english.lines().any(has_chinese), "{english}");
    let diagnostics = chinese.lines().filter(|l| l.contains(".toml:"));
    for line in diagnostics {
        assert!(
            line.contains("：错误：") || line.contains("：警告："),
            "{line}"
        );
        let message = line.rsplit("`：").next().unwrap_or(line);
        assert!(has_chinese(message), "{line}");
    }
    assert_eq!(english.lines().count(), chinese.lines().count());
    insta::assert_snapshot!("validate_bad_zh", chinese);
}
