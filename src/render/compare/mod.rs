//! Renderers of `sdkvet compare` (SPEC §8), one per format, each returning bytes: every
//! vendor's rank and total under each scorecard and the consensus, each criterion's weight
//! share and spread, and the agreement (Kendall's τ-b) and winners of each pair.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;

use crate::decide::compare::{rank_agreement, weight_shares};
use crate::decide::{Evaluation, VendorResult};
use crate::util::number::fixed;
use std::collections::HashMap;

/// The evaluations of the same vendors under each scorecard, then under their consensus.
#[derive(Debug, Clone, Copy)]
pub struct Comparison<'r, 'a> {
    /// Each scorecard's name (its file stem), in the order given.
    pub names: &'r [String],
    /// One evaluation per scorecard, then the consensus's, last.
    pub evaluations: &'r [Evaluation<'a>],
}

/// One criterion's weight share under each scorecard (0 where it lacks it).
#[derive(Debug, Clone, PartialEq)]
pub struct Shares<'a> {
    pub id: &'a str,
    pub shares: Vec<f64>,
    pub consensus: f64,
    /// The largest minus the smallest share over the scorecards.
    pub spread: f64,
}

/// Two scorecards' agreement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub first: usize,
    pub second: usize,
    pub tau_b: Option<f64>,
}

impl<'r, 'a> Comparison<'r, 'a> {
    /// The scorecards' evaluations, without the consensus.
    pub fn cards(&self) -> &'r [Evaluation<'a>] {
        &self.evaluations[..self.evaluations.len() - 1]
    }

    pub fn consensus(&self) -> &'r Evaluation<'a> {
        &self.evaluations[self.evaluations.len() - 1]
    }

    /// The vendors in the consensus's order.
    pub fn vendors(&self) -> &'r [VendorResult<'a>] {
        &self.consensus().vendors
    }

    /// Per vendor (consensus order), its result under each evaluation (consensus last).
    pub fn results(&self) -> Vec<Vec<&'r VendorResult<'a>>> {
        let index: Vec<HashMap<&str, &VendorResult>> = self
            .evaluations
            .iter()
            .map(|e| e.vendors.iter().map(|v| (v.id, v)).collect())
            .collect();
        self.vendors()
            .iter()
            .map(|v| index.iter().map(|by_id| by_id[v.id]).collect())
            .collect()
    }

    /// Each criterion of the consensus with its share under every scorecard.
    pub fn shares(&self) -> Vec<Shares<'r>> {
        let per_card: Vec<HashMap<&str, f64>> = self
            .cards()
            .iter()
            .map(|e| {
                let ids = e.scorecard.criteria.iter().map(|c| c.id.as_str());
                ids.zip(weight_shares(e.scorecard)).collect()
            })
            .collect();
        let consensus = self.consensus().scorecard;
        consensus
            .criteria
            .iter()
            .zip(weight_shares(consensus))
            .map(|(c, share)| {
                let shares: Vec<f64> = per_card
                    .iter()
                    .map(|by_id| by_id.get(c.id.as_str()).copied().unwrap_or(0.0))
                    .collect();
                let high = shares.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let low = shares.iter().copied().fold(f64::INFINITY, f64::min);
                Shares {
                    id: &c.id,
                    shares,
                    consensus: share,
                    spread: high - low,
                }
            })
            .collect()
    }

    /// Every pair of scorecards, in the order given.
    pub fn pairs(&self) -> Vec<Pair> {
        let cards = self.cards();
        let mut pairs = Vec::new();
        for first in 0..cards.len() {
            for second in first + 1..cards.len() {
                let tau_b = rank_agreement(&cards[first], &cards[second]);
                pairs.push(Pair {
                    first,
                    second,
                    tau_b,
                });
            }
        }
        pairs
    }

    /// The rank-1 vendors of an evaluation (consensus = the last index).
    pub fn winners(&self, evaluation: usize) -> Vec<&'r str> {
        self.evaluations[evaluation]
            .vendors
            .iter()
            .take_while(|v| v.rank == Some(1))
            .map(|v| v.id)
            .collect()
    }

    /// The column name of evaluation `e`: the scorecard's file stem, or `consensus`.
    pub fn name(&self, e: usize) -> &'r str {
        self.names.get(e).map_or("consensus", String::as_str)
    }
}

/// "1 · 86.2", "- · 43.9".
pub fn standing(vendor: &VendorResult) -> String {
    format!(
        "{} · {}",
        super::rank_text(vendor),
        super::one_decimal(vendor.score)
    )
}

/// τ-b with three decimals, `—` when undefined.
pub fn tau_text(tau: Option<f64>) -> String {
    tau.map_or_else(|| "—".to_string(), |t| fixed(t, 3))
}
