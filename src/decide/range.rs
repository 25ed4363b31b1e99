//! How far a ranked vendor's rank could move once every unknown fact is known (SPEC §4 "Rank
//! range under unknowns"): each row's totals with every unknown counted at 0 (S^min) and at 100
//! (S^max), read from the weight-free matrix, then best and worst ranks by binary search over
//! the sorted extremes, so 10,000 vendors take n log n steps, not n².

use super::aggregate::TIE;
use super::assess::share;

/// A vendor's total with every unknown counted at 0 (`min`) and at 100 (`max`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extremes {
    pub min: f64,
    pub max: f64,
}

/// The best and worst rank a vendor could have once every unknown fact is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankRange {
    pub best: usize,
    pub worst: usize,
}

/// S^min and S^max of one row of scores: once known, every fact is counted, whatever the
/// unknown policy, so both divide by the weight of all criteria.
pub fn extremes(scores: impl Iterator<Item = Option<f64>>, weights: &[f64]) -> Extremes {
    let (mut known, mut unknown, mut all) = (0.0, 0.0, 0.0);
    for (score, &weight) in scores.zip(weights) {
        all += weight;
        match score {
            Some(score) => known += weight * score,
            None => unknown += weight,
        }
    }
    Extremes {
        min: share(known, all),
        max: share(known + 100.0 * unknown, all),
    }
}

/// Each ranked vendor's rank range, in the order of `extremes`; `ranks` are their ranks today,
/// which the range always holds (it could otherwise miss them by a chain of near-ties).
/// `best = 1 + #{b ≠ a : S_b^min > S_a^max + TIE}`, `worst = 1 + #{b ≠ a : S_b^max > S_a^min + TIE}`.
pub fn rank_ranges(extremes: &[Extremes], ranks: &[usize]) -> Vec<RankRange> {
    let mut mins: Vec<f64> = extremes.iter().map(|e| e.min).collect();
    let mut maxes: Vec<f64> = extremes.iter().map(|e| e.max).collect();
    mins.sort_unstable_by(f64::total_cmp);
    maxes.sort_unstable_by(f64::total_cmp);
    extremes
        .iter()
        .zip(ranks)
        .map(|(own, &rank)| {
            // S_a^min ≤ S_a^max, so `a` itself is never above its own S^max.
            let best = 1 + count_above(&mins, own.max + TIE);
            let itself = usize::from(own.max > own.min + TIE);
            let worst = 1 + count_above(&maxes, own.min + TIE) - itself;
            RankRange {
                best: best.min(rank),
                worst: worst.max(rank),
            }
        })
        .collect()
}

/// How many of the ascending `sorted` values are above `bound`.
fn count_above(sorted: &[f64], bound: f64) -> usize {
    sorted.len() - sorted.partition_point(|&value| value <= bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute_force(extremes: &[Extremes]) -> Vec<(usize, usize)> {
        let others = |a: usize| (0..extremes.len()).filter(move |&b| b != a);
        (0..extremes.len())
            .map(|a| {
                let best = others(a)
                    .filter(|&b| extremes[b].min > extremes[a].max + TIE)
                    .count();
                let worst = others(a)
                    .filter(|&b| extremes[b].max > extremes[a].min + TIE)
                    .count();
                (best + 1, worst + 1)
            })
            .collect()
    }

    #[test]
    fn extremes_count_every_unknown_at_0_and_at_100() {
        let scores = [Some(80.0), None, Some(40.0)];
        let e = extremes(scores.into_iter(), &[2.0, 1.0, 1.0]);
        assert_eq!(e.min, (160.0 + 40.0) / 4.0);
        assert_eq!(e.max, (160.0 + 100.0 + 40.0) / 4.0);
        let known = extremes([Some(70.0)].into_iter(), &[3.0]);
        assert_eq!((known.min, known.max), (70.0, 70.0));
        let nothing = extremes([None].into_iter(), &[0.0]);
        assert_eq!((nothing.min, nothing.max), (0.0, 0.0));
    }

    #[test]
    fn ranges_match_the_formula_counted_pair_by_pair() {
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            ((state >> 33) % 100) as f64
        };
        let extremes: Vec<Extremes> = (0..300)
            .map(|_| {
                let (a, b) = (next(), next());
                Extremes {
                    min: a.min(b),
                    max: a.max(b),
                }
            })
            .collect();
        let expected = brute_force(&extremes);
        // Current ranks inside every range, so the clamp changes nothing here.
        let ranks: Vec<usize> = expected.iter().map(|&(best, _)| best).collect();
        let got: Vec<(usize, usize)> = rank_ranges(&extremes, &ranks)
            .iter()
            .map(|r| (r.best, r.worst))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_known_vendor_between_two_open_ones() {
        let extremes = [
            Extremes {
                min: 60.0,
                max: 60.0,
            },
            Extremes {
                min: 55.0,
                max: 90.0,
            },
            Extremes {
                min: 10.0,
                max: 58.0,
            },
        ];
        let ranges = rank_ranges(&extremes, &[1, 2, 3]);
        let pairs: Vec<_> = ranges.iter().map(|r| (r.best, r.worst)).collect();
        assert_eq!(pairs, [(1, 2), (1, 3), (2, 3)]);
    }
}
