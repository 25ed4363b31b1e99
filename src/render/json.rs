//! `--format json`: the whole evaluation as one object (SPEC §5); unknown is `null`. Every
//! number goes through [`number`]: never `-0.0`, and `null` for what is not a number.

use crate::decide::{CriterionResult, Evaluation, VendorResult};
use crate::i18n::findings;
use crate::i18n::Lang;
use crate::model::profile::FactEvidence;
use crate::model::scorecard::{Bound, Criterion, NumberRule, Requirement, Scorecard};
use crate::model::verdict::Status;
use crate::util::number::unsigned_zero;
use anyhow::Result;
use serde::{Serialize, Serializer};

/// Pretty-printed JSON with a final newline; keys and enum values are English, free text
/// (`notes`, `fact`, `meaning`) follows `lang`.
pub fn render(evaluation: &Evaluation, lang: Lang) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(&EvaluationJson::of(evaluation, lang))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// A number as JSON: zero without a sign; NaN and infinities (which no computation should
/// give) as `null`, as unknown.
pub(crate) fn number<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.is_finite() {
        serializer.serialize_f64(unsigned_zero(*value))
    } else {
        serializer.serialize_none()
    }
}

pub(crate) fn optional_number<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => number(value, serializer),
        None => serializer.serialize_none(),
    }
}

#[derive(Serialize)]
struct EvaluationJson<'e> {
    scorecard: ScorecardJson<'e>,
    as_of: String,
    vendors: Vec<VendorJson<'e>>,
}

impl<'e> EvaluationJson<'e> {
    fn of(evaluation: &'e Evaluation, lang: Lang) -> Self {
        EvaluationJson {
            scorecard: ScorecardJson::of(evaluation.scorecard, &evaluation.weights),
            as_of: evaluation.as_of.to_string(),
            vendors: evaluation
                .vendors
                .iter()
                .map(|v| VendorJson::of(v, evaluation.scorecard, lang))
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct ScorecardJson<'e> {
    name: &'e str,
    industry: Option<&'e str>,
    regions: &'e [String],
    unknown: &'static str,
    criteria: Vec<CriterionJson<'e>>,
}

impl<'e> ScorecardJson<'e> {
    fn of(card: &'e Scorecard, weights: &[f64]) -> Self {
        ScorecardJson {
            name: &card.name,
            industry: card.industry.as_deref(),
            regions: &card.regions,
            unknown: card.unknown.name(),
            criteria: card
                .criteria
                .iter()
                .zip(weights)
                .map(|(c, &w)| CriterionJson::of(c, w))
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct CriterionJson<'e> {
    id: &'e str,
    #[serde(serialize_with = "number")]
    weight: f64,
    fields: Vec<&'e str>,
    kind: &'static str,
    rule: Option<RangeJson>,
    want: &'e [String],
    require: Option<RequireJson>,
    max: Option<BoundJson<'e>>,
    min: Option<BoundJson<'e>>,
    #[serde(serialize_with = "optional_number")]
    min_score: Option<f64>,
}

impl<'e> CriterionJson<'e> {
    fn of(c: &'e Criterion, weight: f64) -> Self {
        let (max, min) = c.bounds();
        CriterionJson {
            id: &c.id,
            weight,
            fields: c.fields(),
            kind: c.kind().name(),
            rule: c.range().map(RangeJson::of),
            want: c.want(),
            require: c.requirement().map(RequireJson::of),
            max: max.map(BoundJson::of),
            min: min.map(BoundJson::of),
            min_score: c.min_score,
        }
    }
}

#[derive(Serialize)]
struct RangeJson {
    #[serde(serialize_with = "number")]
    best: f64,
    #[serde(serialize_with = "number")]
    worst: f64,
    scale: &'static str,
}

impl RangeJson {
    fn of(range: NumberRule) -> Self {
        RangeJson {
            best: range.best,
            worst: range.worst,
            scale: range.scale.name(),
        }
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum RequireJson {
    Bool(bool),
    Level(&'static str),
}

impl RequireJson {
    fn of(requirement: Requirement) -> Self {
        match requirement {
            Requirement::Bool(b) => RequireJson::Bool(b),
            Requirement::Level(level) => RequireJson::Level(level.name()),
        }
    }
}

#[derive(Serialize)]
struct BoundJson<'e> {
    #[serde(serialize_with = "number")]
    value: f64,
    text: &'e str,
}

impl<'e> BoundJson<'e> {
    fn of(bound: &'e Bound) -> Self {
        BoundJson {
            value: bound.value,
            text: &bound.text,
        }
    }
}

#[derive(Serialize)]
struct VendorJson<'e> {
    id: &'e str,
    name: &'e str,
    plan: &'e str,
    rank: Option<usize>,
    #[serde(serialize_with = "number")]
    score: f64,
    status: Status,
    unknowns: usize,
    #[serde(serialize_with = "number")]
    confidence: f64,
    best_rank: Option<usize>,
    worst_rank: Option<usize>,
    notes: Vec<String>,
    criteria: Vec<CriterionResultJson<'e>>,
    /// The trial tickets with their verdicts, when the scorecard scores them (SPEC §9).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tickets: Vec<serde_json::Value>,
}

impl<'e> VendorJson<'e> {
    fn of(v: &'e VendorResult, card: &Scorecard, lang: Lang) -> Self {
        VendorJson {
            id: v.id,
            name: v.name,
            plan: v.plan,
            rank: v.rank,
            score: v.score,
            status: v.status,
            unknowns: v.unknowns,
            confidence: v.confidence,
            best_rank: v.rank_range.map(|range| range.best),
            worst_rank: v.rank_range.map(|range| range.worst),
            notes: v.note_texts(card, lang),
            criteria: v
                .criteria
                .iter()
                .map(|c| CriterionResultJson::of(c, lang))
                .collect(),
            tickets: v.tickets.iter().map(super::trial::ticket_json).collect(),
        }
    }
}

#[derive(Serialize)]
struct CriterionResultJson<'e> {
    id: &'e str,
    #[serde(serialize_with = "number")]
    weight: f64,
    fact: Option<String>,
    meaning: Option<String>,
    #[serde(serialize_with = "optional_number")]
    score: Option<f64>,
    counted: bool,
    #[serde(serialize_with = "number")]
    contribution: f64,
    evidence: EvidenceJson<'e>,
}

/// A fact's evidence; `null` parts when absent.
#[derive(Serialize)]
struct EvidenceJson<'e> {
    source: Option<&'e str>,
    kind: Option<&'static str>,
    checked: Option<String>,
}

impl<'e> EvidenceJson<'e> {
    fn of(evidence: &FactEvidence<'e>) -> Self {
        EvidenceJson {
            source: evidence.source,
            kind: evidence.kind.map(|kind| kind.as_str()),
            checked: evidence.checked.map(|day| day.to_string()),
        }
    }
}

impl<'e> CriterionResultJson<'e> {
    fn of(row: &'e CriterionResult, lang: Lang) -> Self {
        CriterionResultJson {
            id: row.id,
            weight: row.weight,
            fact: row.fact.as_ref().map(|f| findings::fact(f, lang)),
            meaning: row.meaning.as_ref().map(|m| findings::meaning(m, lang)),
            score: row.score,
            counted: row.counted,
            contribution: row.contribution,
            evidence: EvidenceJson::of(&row.evidence),
        }
    }
}
