//! `compare --format json` (SPEC §8): the three parts — vendors, criteria, pairs — with the
//! scorecards and their winners; keys in English, numbers never `-0` or NaN.

use super::Comparison;
use crate::model::verdict::Status;
use crate::render::json::{number, optional_number};
use anyhow::Result;
use serde::Serialize;

pub fn render(comparison: &Comparison) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(&CompareJson::of(comparison))?;
    bytes.push(b'\n');
    Ok(bytes)
}

#[derive(Serialize)]
struct CompareJson<'r> {
    as_of: String,
    scorecards: Vec<CardJson<'r>>,
    vendors: Vec<VendorJson<'r>>,
    criteria: Vec<CriterionJson<'r>>,
    pairs: Vec<PairJson<'r>>,
}

#[derive(Serialize)]
struct CardJson<'r> {
    name: &'r str,
    title: &'r str,
    winners: Vec<&'r str>,
}

#[derive(Serialize)]
struct VendorJson<'r> {
    id: &'r str,
    name: &'r str,
    plan: &'r str,
    results: Vec<ResultJson<'r>>,
}

#[derive(Serialize)]
struct ResultJson<'r> {
    scorecard: &'r str,
    rank: Option<usize>,
    #[serde(serialize_with = "number")]
    score: f64,
    status: Status,
}

#[derive(Serialize)]
struct CriterionJson<'r> {
    id: &'r str,
    shares: Vec<ShareJson<'r>>,
    #[serde(serialize_with = "number")]
    consensus: f64,
    #[serde(serialize_with = "number")]
    spread: f64,
}

#[derive(Serialize)]
struct ShareJson<'r> {
    scorecard: &'r str,
    #[serde(serialize_with = "number")]
    share: f64,
}

#[derive(Serialize)]
struct PairJson<'r> {
    first: &'r str,
    second: &'r str,
    #[serde(serialize_with = "optional_number")]
    tau_b: Option<f64>,
    first_winners: Vec<&'r str>,
    second_winners: Vec<&'r str>,
}

impl<'r> CompareJson<'r> {
    fn of(c: &Comparison<'r, '_>) -> Self {
        let count = c.evaluations.len();
        CompareJson {
            as_of: c.consensus().as_of.to_string(),
            scorecards: (0..count)
                .map(|e| CardJson {
                    name: c.name(e),
                    title: &c.evaluations[e].scorecard.name,
                    winners: c.winners(e),
                })
                .collect(),
            vendors: c
                .vendors()
                .iter()
                .zip(c.results())
                .map(|(v, results)| VendorJson {
                    id: v.id,
                    name: v.name,
                    plan: v.plan,
                    results: results
                        .iter()
                        .enumerate()
                        .map(|(e, r)| ResultJson {
                            scorecard: c.name(e),
                            rank: r.rank,
                            score: r.score,
                            status: r.status,
                        })
                        .collect(),
                })
                .collect(),
            criteria: c
                .shares()
                .into_iter()
                .map(|s| CriterionJson {
                    id: s.id,
                    shares: s
                        .shares
                        .iter()
                        .enumerate()
                        .map(|(e, &share)| ShareJson {
                            scorecard: c.name(e),
                            share,
                        })
                        .collect(),
                    consensus: s.consensus,
                    spread: s.spread,
                })
                .collect(),
            pairs: c
                .pairs()
                .into_iter()
                .map(|p| PairJson {
                    first: c.name(p.first),
                    second: c.name(p.second),
                    tau_b: p.tau_b,
                    first_winners: c.winners(p.first),
                    second_winners: c.winners(p.second),
                })
                .collect(),
        }
    }
}
