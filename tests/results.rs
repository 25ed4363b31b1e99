//! Wrong results and misleading messages, on the real binary (issue 9, items 15–21): the
//! support week and business days, scorecard extremes, numbers too large, `-0` in every
//! format, long lists, criterion ids and look-alike vendor ids, and three messages. Each test
//! builds its own folder of profiles and scorecards.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

mod common;
use common::{sdkvet_in, AS_OF};

/// A folder with `vendors/` and `scorecards/` holding the given files.
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

fn evaluate(dir: &Path, card: &str, format: &str) -> Command {
    let mut cmd = sdkvet_in(dir);
    cmd.args([
        "evaluate",
        "--scorecard",
        card,
        "--as-of",
        AS_OF,
        "--format",
        format,
    ]);
    cmd
}

/// Runs, expects success, and returns stdout.
fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "stderr: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

/// Runs, expects exit `code`, and returns stderr.
fn stderr_of(cmd: &mut Command, code: i32) -> String {
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// The words of an output, split where a number can end (spaces, CSV and table separators,
/// quotes, brackets, `%`).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || ",|:;()[]{}\"%=".contains(c))
}

/// Whether some word of `text` is a negative zero (`-0`, `-0.0`) or NaN or an infinity.
fn has_bad_number(text: &str) -> bool {
    words(text).any(|word| {
        let negative_zero = word.strip_prefix('-').is_some_and(|rest| {
            rest.starts_with('0') && rest.bytes().all(|b| b == b'0' || b == b'.')
        });
        let lower = word.to_ascii_lowercase();
        negative_zero || ["nan", "inf", "-inf", "infinity"].contains(&lower.as_str())
    })
}

// ---- 15. the support week and business days

const NEXT_BUSINESS_DAY: &str =
    "name = \"A\"\n[support]\nbusiness_hours_per_week = WEEK\n[support.first_response]\ncritical = \"next business day\"\n";
const MAX_ONE_HOUR: &str = "name = \"S\"\n[criteria.response_sla]\nweight = 1\nmax = \"1 hour\"\n";

#[test]
fn a_support_week_outside_1_to_168_hours_is_an_error_with_its_place() {
    for week in ["5e-324", "0.5", "169"] {
        let dir = project(&[
            ("vendors/a.toml", &NEXT_BUSINESS_DAY.replace("WEEK", week)),
            ("scorecards/s.toml", MAX_ONE_HOUR),
        ]);
        let stderr = stderr_of(&mut evaluate(dir.path(), "s", "csv"), 1);
        let expected = format!("vendors/a.toml:3:27: error: `support.business_hours_per_week`: {week} must be hours in a week, from 1 to 168");
        assert!(stderr.contains(&expected), "{stderr}");
        assert!(!has_bad_number(&stderr), "{stderr}");
        let stderr = stderr_of(sdkvet_in(dir.path()).args(["validate", "vendors"]), 1);
        assert!(stderr.contains(&expected), "{stderr}");
    }
}

#[test]
fn next_business_day_is_2016_minutes_whatever_the_week_and_fails_a_one_hour_maximum() {
    for week in ["1", "40", "168"] {
        let dir = project(&[
            ("vendors/a.toml", &NEXT_BUSINESS_DAY.replace("WEEK", week)),
            ("scorecards/s.toml", MAX_ONE_HOUR),
        ]);
        let csv = stdout_of(&mut evaluate(dir.path(), "s", "csv"));
        assert!(csv.contains(",disqualified,"), "week {week}: {csv}");
        let json = stdout_of(&mut evaluate(dir.path(), "s", "json"));
        assert!(json.contains("next business day (2016 min"), "{json}");
    }
}

// ---- 16. scorecard extremes

const EXTRA_P: &str = "[criteria.p]\nweight = 1\nfield = \"extra.p\"\nkind = \"number\"\n";

#[test]
fn scorecard_numbers_past_a_trillion_and_log_bounds_below_a_millionth_are_errors() {
    let dir = project(&[
        ("vendors/a.toml", "name = \"A\"\n[extra]\np = 1\n"),
        (
            "scorecards/linear.toml",
            &format!("{EXTRA_P}best = -1e308\nworst = 1e308\n"),
        ),
        (
            "scorecards/log.toml",
            &format!("{EXTRA_P}best = 1e-308\nworst = 10\nscale = \"log\"\n"),
        ),
    ]);
    let stderr = stderr_of(&mut evaluate(dir.path(), "linear", "csv"), 1);
    assert!(
        stderr
            .contains("scorecards/linear.toml:5:8: error: `criteria.p.best`: -1e308 is too large"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("scorecards/linear.toml:6:9: error: `criteria.p.worst`: 1e308 is too large"),
        "{stderr}"
    );
    let stderr = stderr_of(&mut evaluate(dir.path(), "log", "csv"), 1);
    assert!(stderr.contains("scorecards/log.toml:5:8: error: `criteria.p.best`: 1e-308 is too small for a log scale"), "{stderr}");
}

#[test]
fn a_fact_at_best_scores_100_and_at_worst_0_at_the_largest_allowed_magnitudes() {
    let dir = project(&[
        ("vendors/at-best.toml", "name = \"B\"\n[extra]\np = -1e12\nq = 0.000001\n"),
        ("vendors/at-worst.toml", "name = \"W\"\n[extra]\np = 1e12\nq = 1e12\n"),
        (
            "scorecards/s.toml",
            &format!("{EXTRA_P}best = -1e12\nworst = 1e12\n[criteria.q]\nweight = 1\nfield = \"extra.q\"\nkind = \"number\"\nbest = 1e-6\nworst = 1e12\nscale = \"log\"\n"),
        ),
    ]);
    let csv = stdout_of(&mut evaluate(dir.path(), "s", "csv"));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "rank,vendor_id,vendor,plan,score,status,p,q,unknowns,confidence,best_rank,worst_rank,notes"
    );
    assert_eq!(
        lines[1],
        "1,at-best,B,,100.0,qualified,100.0,100.0,0,100.0,1,1,"
    );
    assert_eq!(lines[2], "2,at-worst,W,,0.0,qualified,0.0,0.0,0,100.0,2,2,");
}

// ---- 17. numbers too large

#[test]
fn a_huge_day_count_is_too_large_never_negative_and_never_inf() {
    let digits = "9".repeat(400);
    let profile = format!(
        "name = \"A\"\n[support.first_response]\ncritical = \"{digits} days\"\nhigh = \"1{} days\"\nlow = 1e306\n[lifecycle]\nupgrade_notice_days = 1000000001\n",
        "0".repeat(306)
    );
    let dir = project(&[
        ("vendors/a.toml", &profile),
        ("scorecards/s.toml", MAX_ONE_HOUR),
    ]);
    let stderr = stderr_of(&mut evaluate(dir.path(), "s", "table"), 1);
    for key in [
        "support.first_response.critical",
        "support.first_response.high",
        "support.first_response.low",
        "lifecycle.upgrade_notice_days",
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(key))
            .unwrap_or_else(|| panic!("{key}: {stderr}"));
        assert!(line.contains("too large"), "{line}");
        assert!(!line.contains("negative"), "{line}");
    }
    assert!(!has_bad_number(&stderr), "{stderr}");
    fs::write(
        dir.path().join("vendors/a.toml"),
        "name = \"A\"\n[support.first_response]\ncritical = \"1000000000 days\"\n",
    )
    .unwrap();
    let table = stdout_of(evaluate(dir.path(), "s", "table").arg("--explain"));
    assert!(table.contains("1440000000000 min"), "{table}");
    assert!(!has_bad_number(&table), "{table}");
}

// ---- 18. never -0, never NaN or inf

#[test]
fn a_score_at_worst_with_best_above_worst_is_0_in_every_format() {
    let dir = project(&[
        (
            "vendors/a.toml",
            "name = \"A\"\n[lifecycle]\nversion_support_months = 6\n",
        ),
        (
            "scorecards/s.toml",
            "name = \"S\"\n[criteria.version_support]\nweight = 1\n",
        ),
    ]);
    for (format, explain) in [
        ("table", true),
        ("csv", false),
        ("json", false),
        ("markdown", true),
    ] {
        let mut cmd = evaluate(dir.path(), "s", format);
        if explain {
            cmd.arg("--explain");
        }
        let out = stdout_of(&mut cmd);
        assert!(!has_bad_number(&out), "{format}:\n{out}");
    }
    for format in ["text", "csv", "json", "markdown"] {
        let mut cmd = sdkvet_in(dir.path());
        cmd.args([
            "checklist",
            "--scorecard",
            "s",
            "--as-of",
            AS_OF,
            "--format",
            format,
        ]);
        let out = stdout_of(&mut cmd);
        assert!(!has_bad_number(&out), "checklist {format}:\n{out}");
        if format == "text" {
            assert!(out.contains("scored 0.0 (below 50)"), "{out}");
        }
    }
    let csv = stdout_of(&mut evaluate(dir.path(), "s", "csv"));
    assert!(csv.contains("\n1,a,A,,0.0,qualified,0.0,0,100.0,"), "{csv}");
}

#[test]
fn the_bad_number_check_sees_what_it_must() {
    assert!(has_bad_number("| -0.0 |"));
    assert!(has_bad_number("1,a,-0,x"));
    assert!(has_bad_number("\"score\": -0.0,"));
    assert!(has_bad_number("NaN min"));
    assert!(has_bad_number("inf min"));
    assert!(!has_bad_number("as of 2026-01-01, -0.5, 10.0, infinite"));
}

// ---- 19. long lists

/// `count` quoted items `c0`, `c1`, … joined for a TOML list.
fn items(count: usize) -> String {
    (0..count)
        .map(|k| format!("\"c{k}\""))
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn one_mib_profiles_with_100000_item_lists_evaluate_correctly() {
    let n = 100_000;
    let full = format!("name = \"Full\"\n[support]\nchannels = [{}]\n", items(n));
    let half = format!(
        "name = \"Half\"\n[support]\nchannels = [{},{}]\n",
        items(n / 2),
        items(n / 4)
    );
    let card = format!(
        "name = \"S\"\n[criteria.channels]\nweight = 1\nwant = [{}]\n",
        items(n)
    );
    assert!(full.len() <= 1024 * 1024 && card.len() <= 1024 * 1024);
    let dir = project(&[
        ("vendors/full.toml", &full),
        ("vendors/half.toml", &half),
        ("scorecards/s.toml", &card),
    ]);
    let csv = stdout_of(&mut evaluate(dir.path(), "s", "csv"));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[1], "1,full,Full,,100.0,qualified,100.0,0,100.0,1,1,");
    assert_eq!(lines[2], "2,half,Half,,50.0,qualified,50.0,0,100.0,2,2,");
}

// ---- 20. criterion ids and look-alike vendor ids

#[test]
fn blank_criterion_ids_are_errors_with_their_place() {
    let criterion = "{ weight = 1, field = \"extra.p\", kind = \"number\", best = 1, worst = 2 }";
    let card = format!(
        "name = \"S\"\n[criteria]\n\"\" = {criterion}\n\" \" = {criterion}\nok = {criterion}\n"
    );
    let dir = project(&[
        ("vendors/a.toml", "name = \"A\"\n"),
        ("scorecards/s.toml", &card),
    ]);
    let stderr = stderr_of(
        sdkvet_in(dir.path()).args(["validate", "scorecards/s.toml"]),
        1,
    );
    assert!(stderr.contains("scorecards/s.toml:3:1: error: `criteria.`: `` is not a valid criterion id; an id is 1 to 64 characters"), "{stderr}");
    assert!(
        stderr.contains(
            "scorecards/s.toml:4:1: error: `criteria. `: ` ` is not a valid criterion id"
        ),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("not a valid criterion id").count(),
        2,
        "{stderr}"
    );
}

#[test]
fn vendor_files_whose_names_are_equal_after_nfc_are_one_id() {
    let dir = project(&[
        ("vendors/caf\u{e9}.toml", "name = \"Composed\"\n"),
        ("vendors/cafe\u{301}.toml", "name = \"Decomposed\"\n"),
        (
            "scorecards/s.toml",
            "name = \"S\"\n[criteria.coverage]\nweight = 1\n",
        ),
    ]);
    let stderr = stderr_of(&mut evaluate(dir.path(), "s", "csv"), 1);
    assert!(stderr.contains("equal after NFC normalisation"), "{stderr}");
    let stderr = stderr_of(sdkvet_in(dir.path()).args(["validate", "vendors"]), 1);
    assert!(stderr.contains("equal after NFC normalisation"), "{stderr}");
}

// ---- 21. messages

#[test]
fn explain_with_csv_says_which_formats_it_works_with() {
    let dir = project(&[
        ("vendors/a.toml", "name = \"A\"\n"),
        (
            "scorecards/s.toml",
            "name = \"S\"\n[criteria.coverage]\nweight = 1\n",
        ),
    ]);
    let stderr = stderr_of(evaluate(dir.path(), "s", "csv").arg("--explain"), 2);
    assert!(
        stderr.contains("--explain works with --format table and --format markdown"),
        "{stderr}"
    );
    assert!(!stderr.contains("JSON already"), "{stderr}");
    let stderr = stderr_of(evaluate(dir.path(), "s", "json").arg("--explain"), 2);
    assert!(
        stderr.contains("--explain works with --format table and --format markdown"),
        "{stderr}"
    );
    assert!(stderr.contains("JSON needs no --explain"), "{stderr}");
    stdout_of(evaluate(dir.path(), "s", "markdown").arg("--explain"));
}

#[test]
fn a_criterion_given_twice_through_quoting_is_named() {
    let card =
        "name = \"S\"\n[criteria.coverage]\nweight = 1\n[criteria.\"coverage\"]\nweight = 2\n";
    let dir = project(&[
        ("vendors/a.toml", "name = \"A\"\n"),
        ("scorecards/s.toml", card),
    ]);
    let stderr = stderr_of(&mut evaluate(dir.path(), "s", "csv"), 1);
    assert!(
        stderr.contains("scorecards/s.toml:4:11: error: `criteria.coverage`: invalid TOML: duplicate key: it is already defined above; `\"coverage\"` is the same key as `coverage`"),
        "{stderr}"
    );
}

#[test]
fn a_name_of_the_wrong_type_is_one_error() {
    let dir = project(&[("vendors/a.toml", "name = 1\n")]);
    let stderr = stderr_of(
        sdkvet_in(dir.path()).args(["validate", "vendors/a.toml"]),
        1,
    );
    assert!(
        stderr.contains("vendors/a.toml:1:8: error: `name`: expected a string, found an integer"),
        "{stderr}"
    );
    assert!(!stderr.contains("missing"), "{stderr}");
    assert!(stderr.contains("1 error, 0 warnings"), "{stderr}");
}
