//! The bundled data (`vendors/`, `scorecards/`) stays what docs/data.md promises: enough plans,
//! validated clean, every stated fact cited with a kind, prices where published, and every
//! default criterion known for several vendors. The real binary on the repository's own data.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod common;
use common::{sdkvet_in, AS_OF};

/// At least this many plans are bundled (issue 14).
const MIN_PLANS: usize = 26;
/// At least this many bundled plans publish a price (`[price]`).
const MIN_PRICED: usize = 12;
/// Under the default scorecard, every criterion is known for at least this many vendors.
const MIN_VENDORS_PER_CRITERION: usize = 3;
/// The median confidence under the default scorecard, with sourced facts only. The issue aimed
/// at 60 %; the published facts reach 40 % (docs/data.md says why), and this keeps it there.
const MIN_MEDIAN_CONFIDENCE: f64 = 40.0;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every bundled profile, parsed: (file name, document).
fn profiles() -> Vec<(String, toml::Table)> {
    let mut all: Vec<(String, toml::Table)> = std::fs::read_dir(root().join("vendors"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, text.parse::<toml::Table>().unwrap())
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

/// The dotted paths of every fact a profile states (leaves of its tables; a list is one fact).
/// `name` and `website` identify the vendor; `[sources]` is the evidence itself.
fn fact_paths(table: &toml::Table, prefix: &str, out: &mut Vec<String>) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner) => fact_paths(inner, &path, out),
            _ if ["name", "website"].contains(&path.as_str()) => {}
            _ => out.push(path),
        }
    }
}

fn evaluate_default_json() -> serde_json::Value {
    let output = sdkvet_in(root())
        .args(["evaluate", "--as-of", AS_OF, "--format", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn the_bundled_data_validates_clean_with_enough_plans() {
    let output = sdkvet_in(root()).arg("validate").output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr, "");
    assert!(stdout.contains(": 0 errors, 0 warnings"), "{stdout}");
    let plans: usize = stdout
        .split_whitespace()
        .nth(1)
        .and_then(|count| count.parse().ok())
        .unwrap_or_else(|| panic!("no profile count in {stdout:?}"));
    assert_eq!(plans, profiles().len(), "{stdout}");
    assert!(plans >= MIN_PLANS, "{plans} bundled plans");
}

#[test]
fn every_stated_fact_is_cited_with_a_kind() {
    let mut uncited = Vec::new();
    for (file, profile) in profiles() {
        let sources = profile
            .get("sources")
            .and_then(toml::Value::as_table)
            .cloned()
            .unwrap_or_default();
        let mut facts = Vec::new();
        let without_sources: toml::Table = profile
            .into_iter()
            .filter(|(key, _)| key != "sources")
            .collect();
        fact_paths(&without_sources, "", &mut facts);
        for fact in facts {
            let kind = sources
                .get(&fact)
                .and_then(|evidence| evidence.get("kind"))
                .and_then(toml::Value::as_str);
            if kind.is_none() {
                uncited.push(format!("{file}: {fact}"));
            }
        }
    }
    assert!(
        uncited.is_empty(),
        "facts without a cited kind:\n{uncited:#?}"
    );
}

#[test]
fn every_scored_fact_shows_its_kind_in_the_json_evidence() {
    let json = evaluate_default_json();
    for vendor in json["vendors"].as_array().unwrap() {
        for criterion in vendor["criteria"].as_array().unwrap() {
            if !criterion["fact"].is_null() {
                assert!(
                    criterion["evidence"]["kind"].is_string(),
                    "{} {}: {criterion}",
                    vendor["id"],
                    criterion["id"]
                );
            }
        }
    }
}

#[test]
fn enough_plans_publish_a_price() {
    let priced: Vec<String> = profiles()
        .into_iter()
        .filter(|(_, profile)| profile.contains_key("price"))
        .map(|(file, _)| file)
        .collect();
    assert!(priced.len() >= MIN_PRICED, "{priced:?}");
}

#[test]
fn every_default_criterion_is_known_for_several_vendors_and_confidence_holds() {
    let json = evaluate_default_json();
    let vendors = json["vendors"].as_array().unwrap();
    let mut known: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for vendor in vendors {
        for criterion in vendor["criteria"].as_array().unwrap() {
            let names = known
                .entry(criterion["id"].as_str().unwrap().to_owned())
                .or_default();
            if !criterion["fact"].is_null() {
                names.insert(vendor["name"].as_str().unwrap().to_owned());
            }
        }
    }
    for (criterion, names) in &known {
        assert!(
            names.len() >= MIN_VENDORS_PER_CRITERION,
            "{criterion} is known for {names:?} only"
        );
    }
    let mut confidence: Vec<f64> = vendors
        .iter()
        .map(|vendor| vendor["confidence"].as_f64().unwrap())
        .collect();
    confidence.sort_by(f64::total_cmp);
    let middle = confidence.len() / 2;
    let median = if confidence.len() % 2 == 0 {
        (confidence[middle - 1] + confidence[middle]) / 2.0
    } else {
        confidence[middle]
    };
    assert!(
        median >= MIN_MEDIAN_CONFIDENCE,
        "median confidence {median}: {confidence:?}"
    );
}
