//! Weights → totals, confidence and ranks (SPEC §4 "Total, knock-outs, rank"), read from the
//! weight-free [`Matrix`] alone: re-weighting never re-assesses a fact.

use super::assess::share;
use super::matrix::Matrix;
use crate::model::scorecard::UnknownPolicy;
use crate::model::verdict::Status;

/// Totals closer than this are a tie.
pub const TIE: f64 = 1e-9;

/// The weighted sums behind one vendor's total and confidence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Totals {
    /// Σ wᵢ·sᵢ / Σ wᵢ over the criteria counted, unrounded; 0 when none is counted.
    pub score: f64,
    /// Share of the weight that rests on known facts, 0–100.
    pub confidence: f64,
    /// Σ wᵢ over the criteria counted.
    pub counted_weight: f64,
}

/// The totals of one row of scores under `weights` and the unknown policy.
pub fn totals(
    scores: impl Iterator<Item = Option<f64>>,
    weights: &[f64],
    policy: UnknownPolicy,
) -> Totals {
    let (mut weighted, mut counted, mut known, mut all) = (0.0, 0.0, 0.0, 0.0);
    for (score, &weight) in scores.zip(weights) {
        all += weight;
        if score.is_some() {
            known += weight;
        }
        if let Some(used) = score_used(score, policy) {
            counted += weight;
            weighted += weight * used;
        }
    }
    Totals {
        score: share(weighted, counted),
        confidence: 100.0 * share(known, all),
        counted_weight: counted,
    }
}

/// Every vendor's totals under new weights, in the matrix's order.
pub fn reweight(matrix: &Matrix, weights: &[f64], policy: UnknownPolicy) -> Vec<Totals> {
    matrix
        .rows
        .iter()
        .map(|row| totals(row.scores(), weights, policy))
        .collect()
}

/// The score a criterion adds to the total, or `None` when it is left out.
pub fn score_used(score: Option<f64>, policy: UnknownPolicy) -> Option<f64> {
    match (score, policy) {
        (Some(score), _) => Some(score),
        (None, UnknownPolicy::Zero) => Some(0.0),
        (None, UnknownPolicy::Half) => Some(50.0),
        (None, UnknownPolicy::Skip) => None,
    }
}

/// One vendor as ranking sees it.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub score: f64,
    pub status: Status,
}

/// The output order and ranks: qualified and unverified vendors by total (ties within
/// [`TIE`] share a rank, the next rank skips, ordered by id), then disqualified ones ordered
/// the same way without a rank. Returns (index into `entries`, rank) pairs in output order.
pub fn rank(entries: &[Entry]) -> Vec<(usize, Option<usize>)> {
    let (mut ranked, mut out): (Vec<usize>, Vec<usize>) =
        (0..entries.len()).partition(|&i| entries[i].status != Status::Disqualified);
    order_by_total(entries, &mut ranked);
    order_by_total(entries, &mut out);
    let mut result: Vec<(usize, Option<usize>)> = Vec::with_capacity(entries.len());
    let mut start = 0;
    while start < ranked.len() {
        let end = tie_end(entries, &ranked, start);
        result.extend(ranked[start..end].iter().map(|&i| (i, Some(start + 1))));
        start = end;
    }
    result.extend(out.into_iter().map(|i| (i, None)));
    result
}

/// Highest total first; totals within [`TIE`] of each other form a tie, ordered by id.
fn order_by_total(entries: &[Entry], order: &mut [usize]) {
    order.sort_by(|&a, &b| {
        let (a, b) = (&entries[a], &entries[b]);
        b.score.total_cmp(&a.score).then_with(|| a.id.cmp(b.id))
    });
    let mut start = 0;
    while start < order.len() {
        let end = tie_end(entries, order, start);
        order[start..end].sort_by(|&a, &b| entries[a].id.cmp(entries[b].id));
        start = end;
    }
}

fn tie_end(entries: &[Entry], order: &[usize], start: usize) -> usize {
    let head = entries[order[start]].score;
    let mut end = start + 1;
    while end < order.len() && (head - entries[order[end]].score).abs() <= TIE {
        end += 1;
    }
    end
}
