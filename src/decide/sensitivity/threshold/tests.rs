//! Exactness of the thresholds (issue 11): a reported threshold ties a challenger with the
//! winner, a weight just inside it keeps the winner, for every unknown policy; and the edge
//! cases of a shared rank 1, nothing that flips it, and only an increase that does.

use super::*;
use crate::decide::aggregate::totals;

fn ranked(rows: &[&[Option<f64>]], policy: UnknownPolicy) -> Ranked {
    Ranked {
        vendors: rows.len(),
        criteria: rows[0].len(),
        cells: rows.iter().flat_map(|r| r.iter().copied()).collect(),
        totals: Vec::new(),
        policy,
    }
}

fn totals_under(ranked: &Ranked, weights: &[f64]) -> Vec<f64> {
    (0..ranked.vendors)
        .map(|v| totals(ranked.row(v).iter().copied(), weights, ranked.policy).score)
        .collect()
}

fn rank_one(totals: &[f64]) -> Vec<usize> {
    let best = totals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (0..totals.len())
        .filter(|&v| best - totals[v] <= TIE)
        .collect()
}

fn with_weight(weights: &[f64], k: usize, x: f64) -> Vec<f64> {
    let mut changed = weights.to_vec();
    changed[k] = x;
    changed
}

/// A small generator of scores: integers 0–100, about one cell in five unknown.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn cell(&mut self) -> Option<f64> {
        (self.next() % 5 != 0).then(|| (self.next() % 101) as f64)
    }
}

fn check_threshold(
    ranked: &Ranked,
    weights: &[f64],
    k: usize,
    found: &Threshold,
    winners: &[usize],
) {
    let x = found.weight;
    let at = totals_under(ranked, &with_weight(weights, k, x));
    let top = winners[0];
    let tied: Vec<usize> = (0..ranked.vendors)
        .filter(|&v| !winners.contains(&v))
        .filter(|&v| (at[v] - at[top]).abs() <= 1e-6 * at[top].abs().max(1.0))
        .collect();
    // x = 0 under skip: a vendor counted only on k then totals 0, which changes rank 1 directly.
    if x > 0.0 && x != weights[k] {
        assert!(!tied.is_empty(), "no challenger ties at {x}: {at:?}");
    }
    if x != weights[k] {
        // Nearer than this, totals differ by less than the tie tolerance of SPEC §4.
        let inside = x + (weights[k] - x) * 1e-3;
        let kept = rank_one(&totals_under(ranked, &with_weight(weights, k, inside)));
        assert_eq!(
            kept, winners,
            "a weight just inside {x} ({inside}) changes rank 1"
        );
    }
}

#[test]
fn a_reported_threshold_ties_a_challenger_and_a_weight_just_inside_keeps_the_winner() {
    let mut rng = Lcg(11);
    let mut checked = [0usize; 3];
    for (p, policy) in [
        UnknownPolicy::Zero,
        UnknownPolicy::Half,
        UnknownPolicy::Skip,
    ]
    .into_iter()
    .enumerate()
    {
        for _ in 0..400 {
            let rows: Vec<Vec<Option<f64>>> = (0..5)
                .map(|_| (0..4).map(|_| rng.cell()).collect())
                .collect();
            let rows: Vec<&[Option<f64>]> = rows.iter().map(Vec::as_slice).collect();
            let ranked = ranked(&rows, policy);
            let weights: Vec<f64> = (0..4).map(|_| (1 + rng.next() % 40) as f64).collect();
            let winners = rank_one(&totals_under(&ranked, &weights));
            for k in 0..4 {
                let t = thresholds(&ranked, &weights, k, &winners);
                for found in [&t.lower, &t.upper].into_iter().flatten() {
                    check_threshold(&ranked, &weights, k, found, &winners);
                    checked[p] += 1;
                }
            }
        }
    }
    assert!(checked.iter().all(|&n| n > 200), "{checked:?}");
}

#[test]
fn the_zero_policy_threshold_is_the_formula_of_the_spec() {
    // u: 80, 20; v: 40, 90; weights 3, 1. A_u = 3·80, A_v = 3·40 over criterion 1:
    // x = (240 − 120) / (90 − 20) = 12/7.
    let ranked = ranked(
        &[&[Some(80.0), Some(20.0)], &[Some(40.0), Some(90.0)]],
        UnknownPolicy::Zero,
    );
    let t = thresholds(&ranked, &[3.0, 1.0], 1, &[0]);
    let upper = t.upper.unwrap();
    assert!((upper.weight - 12.0 / 7.0).abs() <= 1e-12);
    assert_eq!(upper.winners, [0, 1]);
    assert!((upper.share.unwrap() - (12.0 / 7.0) / (3.0 + 12.0 / 7.0)).abs() < 1e-12);
    assert!((upper.change_percent.unwrap() - 100.0 * (12.0 / 7.0 - 1.0)).abs() < 1e-9);
    // Only an increase flips it: less weight on criterion 1 only helps u.
    assert_eq!(t.lower, None);
}

#[test]
fn skip_needs_the_quadratic() {
    // u counts only criterion 0 besides k; v has criterion 0 unknown (left out).
    // u(x) = (50 + 10x) / (1 + x), v(x) = (30x) / x = 30 for x > 0, and u(0) = 50.
    // Tie: 50 + 10x = 30 + 30x → x = 1: a weight of 2 on k goes down to 1.
    let ranked = ranked(
        &[&[Some(50.0), Some(10.0)], &[None, Some(30.0)]],
        UnknownPolicy::Skip,
    );
    let t = thresholds(&ranked, &[1.0, 0.5], 1, &[0]);
    assert_eq!(t.lower, None, "{t:?}");
    let upper = t.upper.unwrap();
    assert!((upper.weight - 1.0).abs() <= 1e-9, "{upper:?}");
    assert_eq!(upper.winners, [0, 1]);
}

#[test]
fn rank_one_already_shared_by_vendors_that_differ_on_k_gives_w_k_both_ways() {
    let ranked = ranked(
        &[
            &[Some(60.0), Some(40.0)],
            &[Some(40.0), Some(60.0)],
            &[Some(0.0), Some(0.0)],
        ],
        UnknownPolicy::Zero,
    );
    let t = thresholds(&ranked, &[1.0, 1.0], 0, &[0, 1]);
    let (lower, upper) = (t.lower.unwrap(), t.upper.unwrap());
    assert_eq!((lower.weight, upper.weight), (1.0, 1.0));
    assert_eq!(lower.change_percent, Some(0.0));
    // Less weight on criterion 0 favours vendor 1, more favours vendor 0.
    assert_eq!((lower.winners, upper.winners), (vec![1], vec![0]));
}

#[test]
fn a_shared_rank_one_that_moves_together_is_not_a_threshold() {
    let ranked = ranked(
        &[
            &[Some(60.0), Some(40.0)],
            &[Some(60.0), Some(40.0)],
            &[Some(0.0), Some(50.0)],
        ],
        UnknownPolicy::Zero,
    );
    let t = thresholds(&ranked, &[1.0, 1.0], 0, &[0, 1]);
    // Vendors 0 and 1 move as one: (60x + 40) / (x + 1); vendor 2, 50 / (x + 1), ties them
    // at x = 1/6.
    let lower = t.lower.clone().unwrap();
    assert!((lower.weight - 1.0 / 6.0).abs() < 1e-12, "{t:?}");
    assert_eq!(lower.winners, [0, 1, 2]);
    assert_eq!(t.upper, None);
}

#[test]
fn nothing_flips_a_winner_that_is_best_on_every_criterion() {
    let ranked = ranked(
        &[&[Some(90.0), Some(80.0)], &[Some(50.0), Some(70.0)]],
        UnknownPolicy::Half,
    );
    for k in 0..2 {
        let t = thresholds(&ranked, &[2.0, 1.0], k, &[0]);
        assert_eq!((t.lower.clone(), t.upper.clone()), (None, None), "{t:?}");
        assert_eq!(t.smallest_change(), f64::INFINITY);
    }
}

#[test]
fn a_criterion_of_weight_zero_has_no_lower_and_no_change_percent() {
    let ranked = ranked(
        &[&[Some(80.0), Some(0.0)], &[Some(70.0), Some(100.0)]],
        UnknownPolicy::Zero,
    );
    let t = thresholds(&ranked, &[1.0, 0.0], 1, &[0]);
    assert_eq!(t.lower, None);
    let upper = t.upper.unwrap();
    assert_eq!(upper.change_percent, None);
    // 80 = (70 + 100x) / (1 + x) → x = 10 / 20... in numerators: 80 = 70 + 100x → x = 0.1.
    assert!((upper.weight - 0.1).abs() < 1e-12);
}
