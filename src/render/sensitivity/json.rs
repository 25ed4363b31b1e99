//! `sensitivity --format json` (SPEC §7): everything, keys in English; thresholds in the
//! scorecard's order. Numbers go through the evaluation JSON's serialisers: never `-0`,
//! never NaN.

use super::Report;
use crate::decide::sensitivity::{Threshold, UnknownModel, WeightModel};
use crate::i18n::Lang;
use crate::model::verdict::Status;
use crate::render::json::{number, optional_number};
use anyhow::Result;
use serde::Serialize;
use serde_json::{Map, Value};

/// Pretty-printed JSON with a final newline.
pub fn render(report: &Report, lang: Lang) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(&SensitivityJson::of(report, lang))?;
    bytes.push(b'\n');
    Ok(bytes)
}

#[derive(Serialize)]
struct SensitivityJson<'r> {
    scorecard: &'r str,
    as_of: String,
    samples: usize,
    seed: u64,
    weights: &'static str,
    #[serde(serialize_with = "optional_number")]
    concentration: Option<f64>,
    unknowns: &'static str,
    thresholds: Vec<ThresholdsJson<'r>>,
    vendors: Vec<VendorJson<'r>>,
    disqualified: Vec<DisqualifiedJson<'r>>,
}

impl<'r> SensitivityJson<'r> {
    fn of(report: &Report<'r, '_>, lang: Lang) -> Self {
        let (weights, concentration) = match report.sampling.weights {
            WeightModel::Around { concentration } => ("around", Some(concentration)),
            WeightModel::Uniform => ("uniform", None),
        };
        SensitivityJson {
            scorecard: &report.evaluation.scorecard.name,
            as_of: report.evaluation.as_of.to_string(),
            samples: report.sampling.samples,
            seed: report.sampling.seed,
            weights,
            concentration,
            unknowns: match report.sampling.unknowns {
                UnknownModel::Policy => "policy",
                UnknownModel::Uniform => "uniform",
            },
            thresholds: report
                .analysis
                .thresholds
                .iter()
                .map(|t| ThresholdsJson {
                    criterion: report.criterion_id(t.criterion),
                    weight: t.weight,
                    share: t.share,
                    lower: t.lower.as_ref().map(|x| BoundJson::of(report, x)),
                    upper: t.upper.as_ref().map(|x| BoundJson::of(report, x)),
                })
                .collect(),
            vendors: (0..report.ranked().len())
                .map(|v| VendorJson::of(report, v))
                .collect(),
            disqualified: report
                .disqualified()
                .iter()
                .map(|v| DisqualifiedJson {
                    id: v.id,
                    notes: v.note_texts(report.evaluation.scorecard, lang),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct ThresholdsJson<'r> {
    criterion: &'r str,
    #[serde(serialize_with = "number")]
    weight: f64,
    #[serde(serialize_with = "number")]
    share: f64,
    lower: Option<BoundJson<'r>>,
    upper: Option<BoundJson<'r>>,
}

#[derive(Serialize)]
struct BoundJson<'r> {
    #[serde(serialize_with = "number")]
    weight: f64,
    #[serde(serialize_with = "optional_number")]
    share: Option<f64>,
    #[serde(serialize_with = "optional_number")]
    change_percent: Option<f64>,
    winners: Vec<&'r str>,
}

impl<'r> BoundJson<'r> {
    fn of(report: &Report<'r, '_>, threshold: &Threshold) -> Self {
        BoundJson {
            weight: threshold.weight,
            share: threshold.share,
            change_percent: threshold.change_percent,
            winners: report.ids(&threshold.winners),
        }
    }
}

#[derive(Serialize)]
struct VendorJson<'r> {
    id: &'r str,
    name: &'r str,
    plan: &'r str,
    status: Status,
    rank: usize,
    best_rank: usize,
    worst_rank: usize,
    #[serde(serialize_with = "number")]
    win_share: f64,
    #[serde(serialize_with = "number")]
    top3_share: f64,
    #[serde(serialize_with = "number")]
    expected_rank: f64,
    rank_acceptability: Vec<Value>,
    central_weights: Option<Map<String, Value>>,
    most_valuable: Option<QuestionJson<'r>>,
}

#[derive(Serialize)]
struct QuestionJson<'r> {
    criterion: &'r str,
    rank: usize,
}

/// A share as a JSON number (finite by construction; `null` otherwise, as everywhere).
fn share_value(share: f64) -> Value {
    serde_json::Number::from_f64(share + 0.0).map_or(Value::Null, Value::Number)
}

impl<'r> VendorJson<'r> {
    fn of(report: &Report<'r, '_>, v: usize) -> Self {
        let vendor = &report.ranked()[v];
        let outlook = &report.analysis.vendors[v];
        let acceptability = &report.analysis.acceptability;
        let central_weights = acceptability.central_weights[v].as_ref().map(|central| {
            central
                .iter()
                .enumerate()
                .map(|(k, &share)| (report.criterion_id(k).to_string(), share_value(share)))
                .collect()
        });
        VendorJson {
            id: vendor.id,
            name: vendor.name,
            plan: vendor.plan,
            status: vendor.status,
            rank: outlook.rank,
            best_rank: outlook.range.best,
            worst_rank: outlook.range.worst,
            win_share: acceptability.win_share(v),
            top3_share: acceptability.top3_share(v),
            expected_rank: acceptability.expected_rank(v),
            rank_acceptability: acceptability.shares[v]
                .iter()
                .map(|&s| share_value(s))
                .collect(),
            central_weights,
            most_valuable: outlook.most_valuable.map(|q| QuestionJson {
                criterion: report.criterion_id(q.criterion),
                rank: q.rank,
            }),
        }
    }
}

#[derive(Serialize)]
struct DisqualifiedJson<'r> {
    id: &'r str,
    notes: Vec<String>,
}
