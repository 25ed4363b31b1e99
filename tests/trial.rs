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
