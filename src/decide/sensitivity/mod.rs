//! `sdkvet sensitivity` as data (SPEC §7): how robust one evaluation's ranking is. Pure: the
//! weight-free matrix and the evaluation in, numbers out; the seed and the thread count are
//! arguments, and the result does not depend on the thread count.
//!
//! - [`threshold`]: (a) for each criterion, the exact weights at which the winner changes;
//! - [`acceptability`]: (b) rank acceptability (SMAA-2) over sampled weights;
//! - [`question`]: (c) the unknown fact that would move each vendor furthest up.

pub mod acceptability;
pub mod question;
pub mod threshold;

use super::aggregate::score_used;
use super::matrix::Matrix;
use super::range::RankRange;
use super::Evaluation;
use crate::model::scorecard::UnknownPolicy;
use std::collections::HashMap;

pub use acceptability::{Acceptability, Sampling, UnknownModel, WeightModel};
pub use question::Question;
pub use threshold::{Threshold, Thresholds};

/// The scores of the ranked vendors (qualified and unverified), in rank order: the matrix
/// reduced to what re-weighting needs.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub vendors: usize,
    pub criteria: usize,
    /// Vendor-major: `cells[v * criteria + k]`; `None` when unknown.
    pub cells: Vec<Option<f64>>,
    /// The evaluation's totals, unrounded, in the same order.
    pub totals: Vec<f64>,
    pub policy: UnknownPolicy,
}

impl Ranked {
    /// The ranked vendors of `evaluation`, their scores read from `matrix`.
    pub fn of(matrix: &Matrix, evaluation: &Evaluation) -> Ranked {
        let rows: HashMap<&str, usize> = matrix
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| (row.profile.id.as_str(), i))
            .collect();
        let ranked: Vec<_> = evaluation
            .vendors
            .iter()
            .filter(|v| v.rank.is_some())
            .collect();
        let cells = ranked
            .iter()
            .flat_map(|v| matrix.rows[rows[v.id]].scores())
            .collect();
        Ranked {
            vendors: ranked.len(),
            criteria: evaluation.weights.len(),
            cells,
            totals: ranked.iter().map(|v| v.score).collect(),
            policy: evaluation.scorecard.unknown,
        }
    }

    /// One vendor's scores, in criterion order.
    pub fn row(&self, vendor: usize) -> &[Option<f64>] {
        &self.cells[vendor * self.criteria..(vendor + 1) * self.criteria]
    }

    /// The score a cell adds under the policy, and whether it counts.
    pub fn used(&self, vendor: usize, criterion: usize) -> (f64, bool) {
        let used = score_used(self.cells[vendor * self.criteria + criterion], self.policy);
        (used.unwrap_or(0.0), used.is_some())
    }
}

/// The whole analysis of one evaluation.
#[derive(Debug, Clone)]
pub struct Sensitivity {
    /// (a), one per criterion in scorecard order.
    pub thresholds: Vec<Thresholds>,
    /// (b), over the ranked vendors in rank order.
    pub acceptability: Acceptability,
    /// (c), one per ranked vendor in rank order: its rank, range and most valuable question.
    pub vendors: Vec<VendorOutlook>,
}

/// A ranked vendor's standing today and what its unknowns could do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VendorOutlook {
    pub rank: usize,
    pub range: RankRange,
    pub most_valuable: Option<Question>,
}

/// Runs (a), (b) and (c) on the ranked vendors of `evaluation`.
pub fn analyse(matrix: &Matrix, evaluation: &Evaluation, sampling: &Sampling) -> Sensitivity {
    let ranked = Ranked::of(matrix, evaluation);
    let weights = &evaluation.weights;
    let winners: Vec<usize> = evaluation
        .vendors
        .iter()
        .take_while(|v| v.rank == Some(1))
        .enumerate()
        .map(|(i, _)| i)
        .collect();
    let thresholds = (0..weights.len())
        .map(|k| threshold::thresholds(&ranked, weights, k, &winners))
        .collect();
    let acceptability = acceptability::run(&ranked, weights, sampling);
    let questions = question::most_valuable(&ranked, weights);
    let vendors = evaluation
        .vendors
        .iter()
        .filter_map(|v| Some((v.rank?, v.rank_range?)))
        .zip(questions)
        .map(|((rank, range), most_valuable)| VendorOutlook {
            rank,
            range,
            most_valuable,
        })
        .collect();
    Sensitivity {
        thresholds,
        acceptability,
        vendors,
    }
}
