//! A dense synthetic score matrix for the sensitivity benchmarks (issue 11 "Speed"): N ranked
//! vendors × C criteria, scores 0–100 with about one fact in five unknown (scored 0 by the
//! `zero` policy), integer weights 1–30; and the same numbers as a CSV for the numpy peer in
//! `benches/smaa_numpy.py`.

use crate::decide::sensitivity::Ranked;
use crate::model::scorecard::UnknownPolicy;
use std::fmt::Write as _;

/// The matrix and its weights, from a seed.
pub fn ranked(vendors: usize, criteria: usize, seed: u64) -> (Ranked, Vec<f64>) {
    let mut rng = super::synthetic::Rng::new(seed);
    let cells: Vec<Option<f64>> = (0..vendors * criteria)
        .map(|_| (!rng.chance(20)).then(|| rng.below(1001) as f64 / 10.0))
        .collect();
    let weights: Vec<f64> = (0..criteria).map(|_| (1 + rng.below(30)) as f64).collect();
    let total: f64 = weights.iter().sum();
    let totals = (0..vendors)
        .map(|v| {
            let row = &cells[v * criteria..(v + 1) * criteria];
            let sum: f64 = row
                .iter()
                .zip(&weights)
                .map(|(s, w)| s.unwrap_or(0.0) * w)
                .sum();
            sum / total
        })
        .collect();
    let ranked = Ranked {
        vendors,
        criteria,
        cells,
        totals,
        policy: UnknownPolicy::Zero,
    };
    (ranked, weights)
}

/// The weights on the first line, then one line of scores per vendor (unknown as 0, as the
/// `zero` policy scores it).
pub fn csv(ranked: &Ranked, weights: &[f64]) -> String {
    let line = |values: &mut dyn Iterator<Item = f64>| {
        let mut out = String::new();
        for (i, value) in values.enumerate() {
            let _ = write!(out, "{}{value}", if i == 0 { "" } else { "," });
        }
        out.push('\n');
        out
    };
    let mut out = line(&mut weights.iter().copied());
    for v in 0..ranked.vendors {
        out.push_str(&line(&mut ranked.row(v).iter().map(|s| s.unwrap_or(0.0))));
    }
    out
}
