//! Trial tickets and the cost of support through the real binary (SPEC §9, §10): the
//! built-ins in `evaluate --explain`, the checklist's probe on broken promises, `trial add`,
//! `trial update`, `sdkvet trial` and `sdkvet cost` in every format and both languages.

mod common;

use common::{sdkvet_in, AS_OF};
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trial")
}

fn stdout(args: &[&str]) -> String {
    let output = sdkvet_in(&fixture()).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn explain_shows_each_tickets_verdict_in_both_languages() {
    for lang in ["en", "zh"] {
        let text = stdout(&[
            "evaluate",
            "--scorecard",
            "trial",
            "--as-of",
            AS_OF,
            "--explain",
            "--width",
            "100",
            "--lang",
            lang,
        ]);
        insta::assert_snapshot!(format!("evaluate_trial_explain_{lang}"), text);
    }
}

#[test]
fn markdown_explain_and_json_list_each_tickets_verdict() {
    let args = ["evaluate", "--scorecard", "trial", "--as-of", AS_OF];
    for (lang, kept, broken) in [("en", ": kept", ": broken"), ("zh", "：已兑现", "：未兑现")]
    {
        let mut markdown_args = args.to_vec();
        markdown_args.extend(["--explain", "--format", "markdown", "--lang", lang]);
        let markdown = stdout(&markdown_args);
        let line = |number: &str| {
            markdown
                .lines()
                .find(|l| l.starts_with(&format!("- #{number} ")))
                .unwrap_or_else(|| panic!("no ticket {number} in {markdown}"))
                .to_string()
        };
        assert!(
            line("1").ends_with(kept) && line("2").ends_with(broken),
            "{markdown}"
        );
    }
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&json_args)).unwrap();
    let vendors = json["vendors"].as_array().unwrap();
    let alpha = vendors.iter().find(|v| v["id"] == "alpha").unwrap();
    let verdicts: Vec<&str> = alpha["tickets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["kept", "broken"]);
    assert_eq!(alpha["tickets"][0]["deadline"], "2026-11-17T03:00:00Z");
    let gamma = vendors.iter().find(|v| v["id"] == "gamma").unwrap();
    assert!(gamma.get("tickets").is_none(), "no tickets, no key");
}

#[test]
fn a_vendor_with_broken_promises_gets_a_weak_probe_on_kept_promises() {
    let csv = stdout(&[
        "checklist",
        "--scorecard",
        "trial",
        "--as-of",
        AS_OF,
        "--format",
        "csv",
        "--vendor",
        "beta",
        "--no-diligence",
    ]);
    let probe = csv
        .lines()
        .find(|line| line.contains(",weak,") && line.contains("dd_trial_ticket"))
        .unwrap_or_else(|| panic!("no weak probe on kept_promises:\n{csv}"));
    assert!(probe.contains("later than your written promise"), "{probe}");
    let text = stdout(&[
        "checklist",
        "--scorecard",
        "trial",
        "--as-of",
        AS_OF,
        "--vendor",
        "beta",
        "--no-diligence",
    ]);
    assert!(text.contains("0 of 1 promises kept"), "{text}");
}

#[test]
fn expected_cost_max_is_a_budget_knock_out() {
    let csv = stdout(&[
        "evaluate",
        "--scorecard",
        "budget",
        "--as-of",
        AS_OF,
        "--format",
        "csv",
    ]);
    let status = |id: &str| {
        let line = csv
            .lines()
            .find(|l| l.contains(&format!(",{id},")))
            .unwrap();
        line.split(',').nth(5).unwrap().to_string()
    };
    assert_eq!(status("gamma"), "qualified", "{csv}");
    assert_eq!(status("alpha"), "disqualified", "{csv}");
    assert_eq!(status("beta"), "disqualified", "{csv}");
    assert_eq!(status("delta"), "unverified", "{csv}");
    assert!(csv.contains("expected_cost"), "{csv}");
}

#[test]
fn trial_lists_tickets_in_every_format_and_both_languages() {
    for lang in ["en", "zh"] {
        for format in ["table", "csv", "json", "markdown"] {
            let mut args = vec![
                "trial", "--as-of", AS_OF, "--format", format, "--lang", lang,
            ];
            if format == "table" {
                args.extend(["--width", "80"]);
            }
            insta::assert_snapshot!(format!("trial_{format}_{lang}"), stdout(&args));
        }
    }
}

#[test]
fn trial_csv_has_the_spec_header_and_verdicts() {
    let csv = stdout(&["trial", "--as-of", AS_OF, "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("vendor_id,vendor,plan,ticket,severity,opened,promise,deadline,first_response,observed_minutes,verdict")
    );
    let verdicts: Vec<&str> = lines.map(|l| l.rsplit(',').next().unwrap()).collect();
    assert_eq!(verdicts, ["kept", "broken", "broken", "open"]);
}

#[test]
fn cost_in_every_format_and_both_languages() {
    for lang in ["en", "zh"] {
        for format in ["table", "csv", "json", "markdown"] {
            let mut args = vec![
                "cost",
                "--scorecard",
                "trial",
                "--as-of",
                AS_OF,
                "--format",
                format,
                "--lang",
                lang,
            ];
            if format == "table" {
                args.extend(["--width", "80"]);
            }
            insta::assert_snapshot!(format!("cost_{format}_{lang}"), stdout(&args));
        }
    }
}

#[test]
fn cost_without_a_cost_table_shows_an_example() {
    for (lang, words) in [("en", "has no [cost] table"), ("zh", "没有 [cost] 表")] {
        let output = sdkvet_in(&fixture())
            .args([
                "cost",
                "--scorecard",
                "nocost",
                "--as-of",
                AS_OF,
                "--lang",
                lang,
            ])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(words), "{stderr}");
        assert!(
            stderr.contains("\noutage_cost_per_hour = 5000\n"),
            "{stderr}"
        );
    }
}

/// A copy of a profile in a temporary folder, for the commands that write.
fn scratch(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn run_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    sdkvet_in(dir).args(args).output().unwrap()
}

#[test]
fn trial_add_and_update_record_offset_times_keeping_comments_and_crlf() {
    let (dir, path) = scratch("# Beta\r\nname = \"Beta\" # display name\r\n\r\n[support.first_response]\r\nhigh = \"2 hours\" # contract\r\n");
    let add = run_in(
        dir.path(),
        &[
            "trial",
            "add",
            "v.toml",
            "--severity",
            "high",
            "--opened",
            "2026-11-03 10:05",
            "--tz",
            "Asia/Shanghai",
            "--channel",
            "ticket",
            "--summary",
            "echo",
        ],
    );
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&add.stdout),
        "Recorded ticket 1 in v.toml.\n"
    );
    let second = run_in(
        dir.path(),
        &[
            "trial",
            "add",
            "v.toml",
            "--severity",
            "normal",
            "--opened",
            "2026-11-05T08:00:00Z",
            "--responded",
            "2026-11-05 10:00",
            "--tz",
            "Europe/Berlin",
            "--lang",
            "zh",
        ],
    );
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert!(String::from_utf8_lossy(&second.stdout).contains("第 2 张工单"));
    let update = run_in(
        dir.path(),
        &[
            "trial",
            "update",
            "v.toml",
            "1",
            "--responded",
            "2026-11-03T11:20:00+08:00",
            "--resolved",
            "2026-11-04 09:00",
            "--tz",
            "Asia/Shanghai",
        ],
    );
    assert!(
        update.status.success(),
        "{}",
        String::from_utf8_lossy(&update.stderr)
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("# Beta\r\nname = \"Beta\" # display name\r\n"),
        "{text}"
    );
    assert!(text.contains("high = \"2 hours\" # contract\r\n"), "{text}");
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "CRLF kept: {text:?}"
    );
    assert!(text.contains("[[trial.tickets]]\r\nseverity = \"high\"\r\nopened = 2026-11-03T10:05:00+08:00\r\nchannel = \"ticket\"\r\nsummary = \"echo\"\r\nfirst_response = 2026-11-03T11:20:00+08:00\r\nresolved = 2026-11-04T09:00:00+08:00\r\n"), "{text}");
    assert!(
        text.contains(
            "opened = 2026-11-05T08:00:00Z\r\nfirst_response = 2026-11-05T10:00:00+01:00\r\n"
        ),
        "{text}"
    );
    let csv = String::from_utf8(
        run_in(
            dir.path(),
            &[
                "trial",
                "--vendors",
                "v.toml",
                "--as-of",
                AS_OF,
                "--format",
                "csv",
            ],
        )
        .stdout,
    )
    .unwrap();
    assert!(csv.contains(",1,high,2026-11-03T10:05:00+08:00,2 hours,2026-11-03T04:05:00Z,2026-11-03T11:20:00+08:00,75,kept"), "{csv}");
}

#[test]
fn trial_refusals() {
    let (dir, path) = scratch("name = \"A\"\n");
    let before = std::fs::read_to_string(&path).unwrap();
    let early = run_in(
        dir.path(),
        &[
            "trial",
            "add",
            "v.toml",
            "--severity",
            "high",
            "--opened",
            "2026-11-03T10:00:00Z",
            "--responded",
            "2026-11-03T09:00:00Z",
        ],
    );
    assert_eq!(
        early.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&early.stderr)
    );
    assert!(String::from_utf8_lossy(&early.stderr).contains("before the ticket was opened"));
    let bad_time = run_in(
        dir.path(),
        &[
            "trial",
            "add",
            "v.toml",
            "--severity",
            "high",
            "--opened",
            "yesterday",
        ],
    );
    assert_eq!(bad_time.status.code(), Some(2));
    let bad_zone = run_in(
        dir.path(),
        &[
            "trial",
            "add",
            "v.toml",
            "--severity",
            "high",
            "--opened",
            "2026-11-03 10:00",
            "--tz",
            "Mars/Olympus",
        ],
    );
    assert_eq!(bad_zone.status.code(), Some(2));
    let bad_severity = run_in(
        dir.path(),
        &[
            "trial",
            "add",
            "v.toml",
            "--severity",
            "urgent",
            "--opened",
            "now",
        ],
    );
    assert_eq!(bad_severity.status.code(), Some(2));
    let missing = run_in(
        dir.path(),
        &["trial", "update", "v.toml", "1", "--responded", "now"],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        before,
        "nothing written"
    );
    let now = run_in(
        dir.path(),
        &[
            "trial",
            "add",
            "v.toml",
            "--severity",
            "low",
            "--opened",
            "now",
            "--tz",
            "UTC",
        ],
    );
    assert!(now.status.success());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("opened = 20") && text.contains("Z\n"),
        "{text}"
    );
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// `validate` in a language: its stderr.
fn validate_bad(lang: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trial-bad");
    let output = sdkvet_in(&dir)
        .args(["validate", "--lang", lang])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn support_hours_price_ticket_and_cost_problems_speak_both_languages() {
    let (english, chinese) = (validate_bad("en"), validate_bad("zh"));
    assert_eq!(english.lines().count(), chinese.lines().count());
    assert!(!has_chinese(&english), "{english}");
    for line in chinese.lines() {
        let message = line.rsplit("`：").next().unwrap_or(line);
        assert!(has_chinese(message), "{line}");
    }
    insta::assert_snapshot!("validate_trial_bad_en", english);
    insta::assert_snapshot!("validate_trial_bad_zh", chinese);
}

#[test]
fn trial_add_and_update_refuse_in_chinese() {
    let (dir, _path) = scratch("name = \"A\"\n");
    let refusals = [
        (
            vec!["--opened", "yesterday"],
            "--opened：`yesterday` 不是时间",
        ),
        (
            vec!["--opened", "2026-11-03 10:00", "--tz", "Europe/Berlinn"],
            "是否应为 `Europe/Berlin`",
        ),
        (
            vec![
                "--opened",
                "2026-11-03T10:00:00Z",
                "--responded",
                "2026-11-03T09:00:00Z",
            ],
            "--responded：2026-11-03T09:00:00Z 早于工单的提交时间",
        ),
    ];
    for (extra, words) in refusals {
        let mut args = vec![
            "trial",
            "add",
            "v.toml",
            "--severity",
            "high",
            "--lang",
            "zh",
        ];
        args.extend(extra);
        let stderr = String::from_utf8(run_in(dir.path(), &args).stderr).unwrap();
        assert!(
            stderr.starts_with("错误：") && stderr.contains(words),
            "{stderr}"
        );
    }
    let update = |extra: &[&str]| {
        let mut args = vec!["trial", "update", "v.toml", "1", "--lang", "zh"];
        args.extend(extra);
        String::from_utf8(run_in(dir.path(), &args).stderr).unwrap()
    };
    assert!(update(&[]).contains("请给出 --responded TIME"));
    let missing = update(&["--responded", "now"]);
    assert!(missing.contains("没有 [[trial.tickets]]"), "{missing}");
}
