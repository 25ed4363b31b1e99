//! (c) What the unknowns could do (SPEC §7 c): per ranked vendor, the one unknown fact that,
//! scored 100 with everything else as scored now, would lift it to its best rank. Each vendor's
//! new total is ranked by binary search over the others' sorted totals.

use super::Ranked;
use crate::decide::aggregate::TIE;

/// The most valuable question for a vendor: which criterion's fact, and the rank it would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub criterion: usize,
    pub rank: usize,
}

/// One per ranked vendor, in rank order; `None` for a vendor without an unknown fact of
/// weight above 0.
pub fn most_valuable(ranked: &Ranked, weights: &[f64]) -> Vec<Option<Question>> {
    let mut sorted = ranked.totals.clone();
    sorted.sort_unstable_by(f64::total_cmp);
    (0..ranked.vendors)
        .map(|v| best_question(ranked, weights, v, &sorted))
        .collect()
}

fn best_question(ranked: &Ranked, weights: &[f64], v: usize, sorted: &[f64]) -> Option<Question> {
    let mut best: Option<(Question, f64)> = None;
    for (k, &w) in weights.iter().enumerate() {
        if ranked.row(v)[k].is_some() || w <= 0.0 {
            continue;
        }
        let lifted = lifted_total(ranked, weights, v, k);
        // The vendor's own total is at most its lifted one, so it never counts above it.
        let above = sorted.len() - sorted.partition_point(|&t| t <= lifted + TIE);
        let question = Question {
            criterion: k,
            rank: 1 + above,
        };
        // Better rank first; on a tie the heavier weight, then the earlier criterion.
        let better = best
            .is_none_or(|(b, bw)| question.rank < b.rank || (question.rank == b.rank && w > bw));
        if better {
            best = Some((question, w));
        }
    }
    best.map(|(question, _)| question)
}

/// The vendor's total with criterion `k` known at 100, every other fact as scored now.
fn lifted_total(ranked: &Ranked, weights: &[f64], v: usize, k: usize) -> f64 {
    let (mut weighted, mut counted) = (0.0, 0.0);
    for (j, &w) in weights.iter().enumerate() {
        let (score, counts) = if j == k {
            (100.0, true)
        } else {
            ranked.used(v, j)
        };
        if counts {
            weighted += w * score;
            counted += w;
        }
    }
    crate::decide::assess::share(weighted, counted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scorecard::UnknownPolicy;

    #[test]
    fn the_fact_that_lifts_furthest_wins_then_the_heavier_weight() {
        let cells = vec![
            Some(90.0),
            Some(90.0),
            Some(90.0), // 90
            Some(80.0),
            None,
            None, // zero: 80/… see weights
            Some(10.0),
            None,
            Some(10.0),
        ];
        let weights = [2.0, 1.0, 1.0];
        let ranked = Ranked {
            vendors: 3,
            criteria: 3,
            totals: vec![90.0, 40.0, 7.5],
            cells,
            policy: UnknownPolicy::Zero,
        };
        let questions = most_valuable(&ranked, &weights);
        assert_eq!(questions[0], None);
        // Vendor 1: either unknown at 100 gives (160 + 100) / 4 = 65: rank 2 both ways, and
        // the weights are equal, so the earlier criterion.
        assert_eq!(
            questions[1],
            Some(Question {
                criterion: 1,
                rank: 2
            })
        );
        // Vendor 2: (20 + 100 + 10) / 4 = 32.5 < 40: still third.
        assert_eq!(
            questions[2],
            Some(Question {
                criterion: 1,
                rank: 3
            })
        );
    }

    #[test]
    fn under_skip_a_known_fact_enters_the_denominator() {
        let ranked = Ranked {
            vendors: 2,
            criteria: 2,
            cells: vec![Some(80.0), Some(80.0), Some(70.0), None],
            totals: vec![80.0, 70.0],
            policy: UnknownPolicy::Skip,
        };
        // (70 + 100) / 2 = 85 > 80: first.
        let questions = most_valuable(&ranked, &[1.0, 1.0]);
        assert_eq!(
            questions[1],
            Some(Question {
                criterion: 1,
                rank: 1
            })
        );
    }
}
