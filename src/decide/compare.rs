//! Several stakeholders' scorecards side by side (SPEC §8): the consensus scorecard (the union
//! of the criteria, each weighted by the mean of its normalised weights, knock-outs unioned),
//! weight shares, and Kendall's τ-b between two rankings. Pure data; the command layer puts a
//! disagreement in words.

use crate::model::scorecard::{Bound, Criterion, Rule, Scorecard};
use std::path::PathBuf;

/// Why scorecards cannot be joined into one consensus.
#[derive(Debug, Clone, PartialEq)]
pub enum Disagreement {
    /// A criterion's scoring parameter (`key`) differs between two files.
    Parameter {
        criterion: String,
        key: &'static str,
        first: PathBuf,
        second: PathBuf,
    },
    /// `unknown`, `industry` or `regions` differs between two files.
    Setting {
        key: &'static str,
        first: PathBuf,
        second: PathBuf,
    },
}

/// Each criterion's weight as a share of its scorecard's total weight.
pub fn weight_shares(card: &Scorecard) -> Vec<f64> {
    let total: f64 = card.weights.iter().sum();
    card.weights
        .iter()
        .map(|&w| super::assess::share(w, total))
        .collect()
}

/// The consensus of `cards` (at least one): criteria in order of first appearance.
pub fn consensus(cards: &[&Scorecard]) -> Result<Scorecard, Disagreement> {
    agree_on_settings(cards)?;
    let mut criteria: Vec<Criterion> = Vec::new();
    let mut sums: Vec<f64> = Vec::new();
    let mut origin: Vec<&PathBuf> = Vec::new();
    for card in cards {
        for (criterion, share) in card.criteria.iter().zip(weight_shares(card)) {
            match criteria.iter().position(|c| c.id == criterion.id) {
                Some(at) => {
                    let both = (origin[at], &card.path);
                    criteria[at] = joined(&criteria[at], criterion, both)?;
                    sums[at] += share;
                }
                None => {
                    criteria.push(criterion.clone());
                    sums.push(share);
                    origin.push(&card.path);
                }
            }
        }
    }
    let first = cards[0];
    Ok(Scorecard {
        name: "consensus".to_string(),
        path: PathBuf::new(),
        industry: first.industry.clone(),
        regions: first.regions.clone(),
        unknown: first.unknown,
        // The buyer's costs: those of the first scorecard that describes them.
        cost: cards.iter().find_map(|card| card.cost.clone()),
        criteria,
        weights: sums.iter().map(|sum| sum / cards.len() as f64).collect(),
    })
}

fn agree_on_settings(cards: &[&Scorecard]) -> Result<(), Disagreement> {
    let first = cards[0];
    let sorted = |regions: &[String]| {
        let mut regions = regions.to_vec();
        regions.sort();
        regions.dedup();
        regions
    };
    for card in &cards[1..] {
        let key = if card.unknown != first.unknown {
            "unknown"
        } else if card.industry != first.industry {
            "industry"
        } else if sorted(&card.regions) != sorted(&first.regions) {
            "regions"
        } else {
            continue;
        };
        return Err(Disagreement::Setting {
            key,
            first: first.path.clone(),
            second: card.path.clone(),
        });
    }
    Ok(())
}

/// One criterion as two scorecards define it: the same scoring parameters, both knock-outs.
fn joined(
    a: &Criterion,
    b: &Criterion,
    (first, second): (&PathBuf, &PathBuf),
) -> Result<Criterion, Disagreement> {
    let differs = |key| Disagreement::Parameter {
        criterion: a.id.clone(),
        key,
        first: first.clone(),
        second: second.clone(),
    };
    if let Some(key) = differing_parameter(&a.rule, &b.rule) {
        return Err(differs(key));
    }
    let rule = match (&a.rule, &b.rule) {
        (
            Rule::Measure { max, min, .. },
            Rule::Measure {
                max: max_b,
                min: min_b,
                ..
            },
        ) => {
            let mut rule = a.rule.clone();
            if let Rule::Measure {
                max: joined_max,
                min: joined_min,
                ..
            } = &mut rule
            {
                *joined_max = stricter(max, max_b, |x, y| x <= y);
                *joined_min = stricter(min, min_b, |x, y| x >= y);
            }
            rule
        }
        (
            Rule::Bool {
                require: Some(x), ..
            },
            Rule::Bool {
                require: Some(y), ..
            },
        ) if x != y => {
            return Err(differs("require"));
        }
        (Rule::Bool { require: None, .. }, Rule::Bool { .. }) => b.rule.clone(),
        (
            Rule::Level {
                require: Some(x), ..
            },
            Rule::Level {
                require: Some(y), ..
            },
        ) => {
            if y.at_least(*x) {
                b.rule.clone()
            } else {
                a.rule.clone()
            }
        }
        (Rule::Level { require: None, .. }, Rule::Level { .. }) => b.rule.clone(),
        _ => a.rule.clone(),
    };
    let min_score = match (a.min_score, b.min_score) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    };
    Ok(Criterion {
        id: a.id.clone(),
        rule,
        min_score,
    })
}

/// Both bounds apply: the one that `keeps` says is stricter.
fn stricter(a: &Option<Bound>, b: &Option<Bound>, keeps: fn(f64, f64) -> bool) -> Option<Bound> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if keeps(x.value, y.value) { x } else { y }.clone()),
        (x, y) => x.clone().or_else(|| y.clone()),
    }
}

/// The first scoring parameter (SPEC §8: field, kind, severity, best, worst, scale, want)
/// that differs between two rules of one criterion.
fn differing_parameter(a: &Rule, b: &Rule) -> Option<&'static str> {
    if a.kind() != b.kind() {
        return Some("kind");
    }
    if a.fields() != b.fields() {
        let (fa, fb) = (a.fields().join(","), b.fields().join(","));
        let severity = |f: &str| f.rsplit_once('.').map(|(head, _)| head.to_string());
        let same_table = severity(&fa) == severity(&fb) && fa.starts_with("support.");
        return Some(if same_table { "severity" } else { "field" });
    }
    match (a, b) {
        (Rule::Measure { range: x, .. }, Rule::Measure { range: y, .. }) => {
            if x.best != y.best {
                Some("best")
            } else if x.worst != y.worst {
                Some("worst")
            } else if x.scale != y.scale {
                Some("scale")
            } else {
                None
            }
        }
        (Rule::CoverageOf { want: x, .. }, Rule::CoverageOf { want: y, .. }) if x != y => {
            Some("want")
        }
        _ => None,
    }
}

/// τ-b between the rankings of two evaluations of the same vendors, over the vendors ranked
/// under both.
pub fn rank_agreement(a: &super::Evaluation, b: &super::Evaluation) -> Option<f64> {
    let ranks_in_b: std::collections::HashMap<&str, usize> = b
        .vendors
        .iter()
        .filter_map(|v| Some((v.id, v.rank?)))
        .collect();
    let (ra, rb): (Vec<usize>, Vec<usize>) = a
        .vendors
        .iter()
        .filter_map(|v| Some((v.rank?, *ranks_in_b.get(v.id)?)))
        .unzip();
    kendall_tau_b(&ra, &rb)
}

/// Kendall's τ-b between two rankings of the same vendors (lower rank = better; equal ranks
/// are ties): `(C − D) / √((n₀ − n₁)(n₀ − n₂))`. `None` when it is undefined: fewer than two
/// vendors, or one ranking all tied.
pub fn kendall_tau_b(a: &[usize], b: &[usize]) -> Option<f64> {
    let n = a.len();
    let (mut concordant, mut discordant, mut ties_a, mut ties_b) = (0i64, 0i64, 0i64, 0i64);
    for i in 0..n {
        for j in i + 1..n {
            let x = (a[i] as i64 - a[j] as i64).signum();
            let y = (b[i] as i64 - b[j] as i64).signum();
            match (x, y) {
                (0, 0) => {
                    ties_a += 1;
                    ties_b += 1;
                }
                (0, _) => ties_a += 1,
                (_, 0) => ties_b += 1,
                _ if x == y => concordant += 1,
                _ => discordant += 1,
            }
        }
    }
    let pairs = (n * n.saturating_sub(1) / 2) as i64;
    let denominator = ((pairs - ties_a) as f64 * (pairs - ties_b) as f64).sqrt();
    (n >= 2 && denominator > 0.0).then(|| (concordant - discordant) as f64 / denominator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tau_b_on_hand_worked_examples() {
        // The same order: every pair concordant.
        assert_eq!(kendall_tau_b(&[1, 2, 3], &[1, 2, 3]), Some(1.0));
        // Reversed: every pair discordant.
        assert_eq!(kendall_tau_b(&[1, 2, 3, 4], &[4, 3, 2, 1]), Some(-1.0));
        // One swap among four: pairs (1,2) discordant, 5 concordant: (5 − 1) / 6.
        let swapped = kendall_tau_b(&[1, 2, 3, 4], &[2, 1, 3, 4]).unwrap();
        assert!((swapped - 4.0 / 6.0).abs() < 1e-12);
        // With ties: a = 1, 2, 2, 4 (one tie), b = 1, 2, 3, 4. C = 5, D = 0, n₀ = 6, n₁ = 1,
        // n₂ = 0: 5 / √(5 · 6).
        let tied = kendall_tau_b(&[1, 2, 2, 4], &[1, 2, 3, 4]).unwrap();
        assert!((tied - 5.0 / 30f64.sqrt()).abs() < 1e-12);
        // Ties in both on different pairs: a = 1,1,3; b = 1,2,2. Pairs: (0,1) tied in a;
        // (0,2) concordant; (1,2) tied in b. τ-b = 1 / √(2 · 2) = 0.5.
        assert_eq!(kendall_tau_b(&[1, 1, 3], &[1, 2, 2]), Some(0.5));
    }

    fn card(file: &str, text: &str) -> Scorecard {
        use crate::load::source::SourceFile;
        let source = SourceFile::from_text(std::path::Path::new(file), text.to_string());
        let (card, diagnostics) =
            crate::load::scorecard::load_scorecard(&source, &Default::default());
        card.unwrap_or_else(|| panic!("{diagnostics:?}"))
    }

    #[test]
    fn the_consensus_weighs_each_criterion_by_its_mean_share_and_unions_knock_outs() {
        let a = card(
            "a.toml",
            "name = \"A\"\n[criteria.coverage]\nweight = 30\n[criteria.response_sla]\nweight = 10\nmax = \"1 hour\"\n",
        );
        let b = card(
            "b.toml",
            "name = \"B\"\n[criteria.coverage]\nweight = 1\nrequire = \"24x5\"\n[criteria.availability]\nweight = 1\n[criteria.response_sla]\nweight = 0\nmax = 30\n",
        );
        let joined = consensus(&[&a, &b]).unwrap();
        let ids: Vec<&str> = joined.criteria.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["coverage", "response_sla", "availability"]);
        // A: coverage 0.75, response_sla 0.25; B: coverage 0.5, availability 0.5, response_sla 0.
        assert_eq!(joined.weights, [0.625, 0.125, 0.25]);
        let (max, _) = joined.criteria[1].bounds();
        assert_eq!(max.unwrap().value, 30.0, "both maxima apply: the stricter");
        assert!(
            joined.criteria[0].requirement().is_some(),
            "B's require joins A's criterion"
        );
    }

    #[test]
    fn different_scoring_parameters_or_settings_are_named() {
        let a = card(
            "a.toml",
            "name = \"A\"\n[criteria.response_sla]\nweight = 1\n",
        );
        let best = card(
            "b.toml",
            "name = \"B\"\n[criteria.response_sla]\nweight = 1\nbest = 30\n",
        );
        let severity = card(
            "c.toml",
            "name = \"C\"\n[criteria.response_sla]\nweight = 1\nseverity = \"high\"\n",
        );
        let skip = card(
            "d.toml",
            "name = \"D\"\nunknown = \"skip\"\n[criteria.coverage]\nweight = 1\n",
        );
        let key = |cards: &[&Scorecard]| match consensus(cards) {
            Err(Disagreement::Parameter {
                key, first, second, ..
            }) => {
                format!("{key} {} {}", first.display(), second.display())
            }
            Err(Disagreement::Setting { key, .. }) => format!("setting {key}"),
            Ok(_) => "agree".to_string(),
        };
        assert_eq!(key(&[&a, &best]), "best a.toml b.toml");
        assert_eq!(key(&[&a, &severity]), "severity a.toml c.toml");
        assert_eq!(key(&[&a, &skip]), "setting unknown");
        assert_eq!(key(&[&a, &a]), "agree");
    }

    #[test]
    fn tau_b_is_undefined_for_fewer_than_two_vendors_or_an_all_tied_ranking() {
        assert_eq!(kendall_tau_b(&[], &[]), None);
        assert_eq!(kendall_tau_b(&[1], &[1]), None);
        assert_eq!(kendall_tau_b(&[1, 1, 1], &[1, 2, 3]), None);
    }
}
