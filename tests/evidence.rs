//! Evidence per fact (SPEC §3, §5, §6): `[sources]` in its table form, the checklist's
//! `stale` and `unconfirmed` reasons, dates after the evaluation date, and the evidence that
//! `--explain` and JSON show. The real binary on temp folders and the bundled data.

use std::path::Path;

mod common;
use common::{sdkvet_in, AS_OF};

/// A folder with `vendors/` holding the given profiles and `scorecards/card.toml`.
fn project(profiles: &[(&str, &str)], card: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("vendors")).unwrap();
    std::fs::create_dir(dir.path().join("scorecards")).unwrap();
    for (id, text) in profiles {
        std::fs::write(dir.path().join(format!("vendors/{id}.toml")), text).unwrap();
    }
    std::fs::write(dir.path().join("scorecards/card.toml"), card).unwrap();
    dir
}

const CARD: &str = "[criteria.availability]\nweight = 30\n[criteria.dedicated_engineer]\nweight = 10\n[criteria.docs_freshness]\nweight = 20\n";

fn run(dir: &Path, args: &[&str]) -> (String, String, bool) {
    let output = sdkvet_in(dir)
        .args(args)
        .args(["--scorecard", "card", "--as-of", AS_OF])
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        text(output.stdout),
        text(output.stderr),
        output.status.success(),
    )
}

#[test]
fn a_misspelt_sources_path_is_an_error_with_did_you_mean() {
    let dir = project(
        &[(
            "a",
            "name = \"A\"\n[sources]\n\"sla.availabilty\" = \"x\"\n",
        )],
        CARD,
    );
    let (_, stderr, ok) = run(dir.path(), &["evaluate"]);
    assert!(!ok, "{stderr}");
    assert!(
        stderr.contains("a.toml:3:1: error: `sources.sla.availabilty`: cites `sla.availabilty`, which is not a profile field; did you mean `sla.availability`?"),
        "{stderr}"
    );
}

#[test]
fn bundled_agora_facts_are_marketing_and_once_fresh_are_asked_to_be_confirmed_in_writing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let agora = std::fs::read_to_string(root.join("vendors/agora-enterprise.toml")).unwrap();
    let fresh = agora.replacen("\nplan = ", "\nas_of = 2026-11-01\nplan = ", 1);
    assert_ne!(agora, fresh);
    let card = std::fs::read_to_string(root.join("scorecards/default.toml")).unwrap();
    let dir = project(&[("agora-enterprise", &fresh)], &card);
    let (stdout, stderr, ok) = run(dir.path(), &["checklist", "--format", "csv"]);
    assert!(ok, "{stderr}");
    let unconfirmed: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(",unconfirmed,"))
        .collect();
    // Agora's coverage and availability are left out (its pages disagree); what the
    // articles in its voice claim about its industries is marketing.
    assert_eq!(unconfirmed.len(), 1, "{stdout}");
    assert!(unconfirmed[0].contains("fit.industries"), "{stdout}");
}

#[test]
fn checklist_asks_per_fact_stale_then_unconfirmed() {
    let profile = "name = \"A\"\nas_of = 2026-11-01\n[sla]\navailability = 99.9\n[support]\ndedicated_engineer = true\n[docs]\nlast_updated = 2026-10-01\n[sources]\n\"sla.availability\" = { source = \"brochure\", kind = \"marketing\" }\n\"support.dedicated_engineer\" = { source = \"call\", checked = 2025-01-01 }\n";
    let dir = project(&[("a", profile)], CARD);
    let (stdout, stderr, ok) = run(dir.path(), &["checklist", "--format", "csv"]);
    assert!(ok, "{stderr}");
    let rows: Vec<(&str, &str)> = stdout
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            let reason = cells
                .iter()
                .find(|c| ["stale", "unconfirmed"].contains(c))?;
            let field = cells.iter().find(|c| c.contains('.') && !c.contains(' '))?;
            Some((*reason, *field))
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("stale", "support.dedicated_engineer"),
            ("unconfirmed", "sla.availability")
        ],
        "{stdout}"
    );
}

#[test]
fn a_future_date_is_a_warning_and_counts_as_unknown() {
    let profile = "name = \"A\"\nas_of = 2027-01-01\n[docs]\nlast_updated = 2030-05-05\n[sla]\navailability = 99.9\n";
    let dir = project(&[("a", profile)], CARD);
    let (stdout, stderr, ok) = run(dir.path(), &["evaluate", "--format", "csv"]);
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("a.toml:4:16: warning: `docs.last_updated`: 2030-05-05 is in the future (after the evaluation date 2026-11-21); the fact counts as unknown"),
        "{stderr}"
    );
    assert!(
        stderr.contains("a.toml:2:9: warning: `as_of`: 2027-01-01 is in the future"),
        "{stderr}"
    );
    let header: Vec<&str> = stdout.lines().next().unwrap().split(',').collect();
    let row: Vec<&str> = stdout.lines().nth(1).unwrap().split(',').collect();
    let column = header.iter().position(|h| *h == "docs_freshness").unwrap();
    assert_eq!(row[column], "", "unknown, not 100: {stdout}");
    let (checklist, _, _) = run(dir.path(), &["checklist", "--format", "csv"]);
    let asked = checklist
        .lines()
        .find(|l| l.contains("docs.last_updated"))
        .unwrap();
    assert!(asked.contains(",unknown,"), "{asked}");
    assert!(
        !checklist.contains(",stale,"),
        "as_of after the evaluation date counts as checked then: {checklist}"
    );
}

const CITED: &str = "name = \"A\"\nas_of = 2026-01-01\n[sla]\navailability = 99.9\n[support]\ndedicated_engineer = true\n[sources]\n\"sla.availability\" = { source = \"https://a.example/sla\", kind = \"marketing\", checked = 2026-11-01 }\n\"support.dedicated_engineer\" = \"sales call\"\n";

#[test]
fn explain_shows_each_known_facts_source_kind_and_checked_date() {
    let dir = project(&[("a", CITED)], CARD);
    let (stdout, stderr, ok) = run(dir.path(), &["evaluate", "--explain", "--width", "200"]);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("Evidence:\n  availability: source: https://a.example/sla; kind: vendor marketing; checked 2026-11-01\n  dedicated_engineer: source: sales call; checked 2026-01-01\n"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("docs_freshness: "),
        "unknown facts have no evidence line: {stdout}"
    );
}

#[test]
fn json_gives_every_criterion_its_evidence_with_null_parts() {
    let dir = project(&[("a", CITED)], CARD);
    let (stdout, stderr, ok) = run(dir.path(), &["evaluate", "--format", "json"]);
    assert!(ok, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let criteria = &json["vendors"][0]["criteria"];
    let evidence = |id: &str| {
        criteria
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()["evidence"]
            .clone()
    };
    assert_eq!(
        evidence("availability"),
        serde_json::json!({ "source": "https://a.example/sla", "kind": "marketing", "checked": "2026-11-01" })
    );
    assert_eq!(
        evidence("dedicated_engineer"),
        serde_json::json!({ "source": "sales call", "kind": null, "checked": "2026-01-01" })
    );
    assert_eq!(
        evidence("docs_freshness"),
        serde_json::json!({ "source": null, "kind": null, "checked": null })
    );
}
