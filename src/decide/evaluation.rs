//! The result of evaluating vendors under one scorecard: per vendor its rank, total, status,
//! confidence, notes and per-criterion findings. Data only: every fact and meaning stays typed
//! (borrowed from the profiles) until a renderer puts it in words.

use super::aggregate::{self, rank, score_used, Entry, Totals};
use super::assess::share;
use super::matrix::{Matrix, Row};
use super::range::{self, RankRange};
use super::trial::{assess_tickets, TicketResult};
use crate::i18n::findings::{self, Finding};
use crate::i18n::Lang;
use crate::model::profile::{FactEvidence, Profile};
use crate::model::scorecard::{Kind, Scorecard};
use crate::model::verdict::{FactView, Meaning, Note, Status};
use jiff::civil::Date;

/// Every vendor evaluated under one scorecard.
#[derive(Debug, Clone)]
pub struct Evaluation<'a> {
    /// The scorecard, with built-in defaults and `--industry`/`--region` applied.
    pub scorecard: &'a Scorecard,
    /// The weights the totals use, one per criterion (the scorecard's, unless re-weighted).
    pub weights: Vec<f64>,
    /// The evaluation date (docs age, staleness).
    pub as_of: Date,
    /// Qualified and unverified vendors in rank order, then disqualified ones.
    pub vendors: Vec<VendorResult<'a>>,
}

/// One vendor's evaluation.
#[derive(Debug, Clone)]
pub struct VendorResult<'a> {
    /// File name without `.toml`.
    pub id: &'a str,
    pub name: &'a str,
    pub plan: &'a str,
    /// Competition rank (1, 2, 2, 4); `None` when disqualified.
    pub rank: Option<usize>,
    /// Weighted total 0–100, unrounded.
    pub score: f64,
    pub status: Status,
    /// How many criteria had no known fact.
    pub unknowns: usize,
    /// Share of the weight that rests on known facts, 0–100.
    pub confidence: f64,
    /// The best and worst rank once every unknown fact is known; `None` when disqualified.
    pub rank_range: Option<RankRange>,
    /// Knock-out failures, unverified knock-outs and facts that could not be scored.
    pub notes: Vec<Note>,
    pub criteria: Vec<CriterionResult<'a>>,
    /// Its trial tickets with their verdicts, when the scorecard scores them (for `--explain`).
    pub tickets: Vec<TicketResult<'a>>,
}

/// One criterion of one vendor.
#[derive(Debug, Clone)]
pub struct CriterionResult<'a> {
    pub id: &'a str,
    pub weight: f64,
    /// The fact as the profile holds it; `None` when unknown.
    pub fact: Option<FactView<'a>>,
    /// What the fact means in the unit scored.
    pub meaning: Option<Meaning>,
    /// Score 0–100; `None` when the fact is unknown.
    pub score: Option<f64>,
    /// Whether the criterion counts in the total (unknown facts under `skip` do not).
    pub counted: bool,
    /// Points this criterion adds to the total.
    pub contribution: f64,
    /// The source, kind and checked date of the fact (SPEC §5).
    pub evidence: FactEvidence<'a>,
}

/// Evaluates every profile under the scorecard on the given date.
pub fn evaluate<'a>(profiles: &'a [Profile], card: &'a Scorecard, as_of: Date) -> Evaluation<'a> {
    let matrix = Matrix::build(profiles, card, as_of);
    Evaluation::weigh(&matrix, card, &card.weights, as_of)
}

impl<'a> Evaluation<'a> {
    /// Totals, ranks and per-criterion contributions of a matrix under `weights`.
    pub fn weigh(matrix: &Matrix<'a>, card: &'a Scorecard, weights: &[f64], as_of: Date) -> Self {
        let totals = aggregate::reweight(matrix, weights, card.unknown);
        let entries: Vec<Entry> = matrix
            .rows
            .iter()
            .zip(&totals)
            .map(|(row, t)| Entry {
                id: &row.profile.id,
                score: t.score,
                status: row.status,
            })
            .collect();
        let order = rank(&entries);
        let ranges = rank_ranges(matrix, weights, &order);
        let vendors = order
            .into_iter()
            .zip(ranges)
            .map(|((i, rank), range)| {
                let row = &matrix.rows[i];
                let mut result = vendor_result(row, totals[i], rank, (card, weights), as_of);
                result.rank_range = range;
                result
            })
            .collect();
        Evaluation {
            scorecard: card,
            weights: weights.to_vec(),
            as_of,
            vendors,
        }
    }
}

impl Evaluation<'_> {
    /// Whether some ranked vendor has an unknown fact, so that ranks could still move.
    pub fn ranks_could_move(&self) -> bool {
        self.vendors
            .iter()
            .any(|v| v.rank.is_some() && v.unknowns > 0)
    }
}

/// The rank range of each vendor of `order` (ranked ones; `None` for the disqualified).
fn rank_ranges(
    matrix: &Matrix,
    weights: &[f64],
    order: &[(usize, Option<usize>)],
) -> Vec<Option<RankRange>> {
    let ranked: Vec<(usize, usize)> = order
        .iter()
        .filter_map(|&(i, rank)| rank.map(|rank| (i, rank)))
        .collect();
    let extremes: Vec<range::Extremes> = ranked
        .iter()
        .map(|&(i, _)| range::extremes(matrix.rows[i].scores(), weights))
        .collect();
    let ranks: Vec<usize> = ranked.iter().map(|&(_, rank)| rank).collect();
    let mut ranges = range::rank_ranges(&extremes, &ranks).into_iter();
    order
        .iter()
        .map(|(_, rank)| rank.and_then(|_| ranges.next()))
        .collect()
}

impl<'a> VendorResult<'a> {
    /// Each note with the criterion and finding it is about, ready to be put in words.
    pub fn findings<'s>(
        &'s self,
        card: &'s Scorecard,
    ) -> impl Iterator<Item = (&'s Note, Finding<'s, 'a>)> {
        self.notes.iter().map(move |note| {
            let row = &self.criteria[note.criterion()];
            let finding = Finding {
                criterion: &card.criteria[note.criterion()],
                fact: row.fact.as_ref(),
                meaning: row.meaning.as_ref(),
            };
            (note, finding)
        })
    }

    /// The notes in words.
    pub fn note_texts(&self, card: &Scorecard, lang: Lang) -> Vec<String> {
        self.findings(card)
            .map(|(note, finding)| findings::note(note, finding, lang))
            .collect()
    }
}

fn vendor_result<'a>(
    row: &Row<'a>,
    totals: Totals,
    rank: Option<usize>,
    (card, weights): (&'a Scorecard, &[f64]),
    as_of: Date,
) -> VendorResult<'a> {
    let criteria = card
        .criteria
        .iter()
        .zip(weights)
        .zip(&row.cells)
        .map(|((c, &weight), cell)| {
            let used = score_used(cell.score, card.unknown);
            CriterionResult {
                id: &c.id,
                weight,
                fact: cell.fact.clone(),
                meaning: cell.meaning,
                score: cell.score,
                counted: used.is_some(),
                contribution: used.map_or(0.0, |s| share(weight * s, totals.counted_weight)),
                evidence: row.profile.evidence_of(&c.fields(), as_of),
            }
        })
        .collect();
    VendorResult {
        id: &row.profile.id,
        name: row.profile.name(),
        plan: row.profile.plan(),
        rank,
        score: totals.score,
        status: row.status,
        unknowns: row.cells.iter().filter(|cell| cell.score.is_none()).count(),
        confidence: totals.confidence,
        rank_range: None,
        notes: row.notes.clone(),
        criteria,
        tickets: if scores_tickets(card) {
            assess_tickets(row.profile, as_of)
        } else {
            Vec::new()
        },
    }
}

/// Whether a criterion of the scorecard scores the trial tickets.
fn scores_tickets(card: &Scorecard) -> bool {
    card.criteria
        .iter()
        .any(|c| matches!(c.kind(), Kind::Promises | Kind::Observed))
}
