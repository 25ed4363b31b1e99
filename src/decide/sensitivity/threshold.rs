//! (a) Which weight change changes the winner (SPEC §7 a): for one criterion `k`, every other
//! weight fixed and `w_k` become `x`, each ranked vendor's total is `(A + x·s) / (B + x)` for
//! a counted `k` (and `A / B` when `k` is left out under `skip`). Ties with the winner are
//! solved exactly: a linear equation under `zero` and `half`, where every denominator is the
//! same, a quadratic under `skip`, where they differ per vendor.

use super::Ranked;
use crate::decide::aggregate::TIE;
use crate::model::scorecard::UnknownPolicy;

/// How far `w_k` may move, each way, before the set of rank-1 vendors changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    pub criterion: usize,
    pub weight: f64,
    /// The weight's share of all weight, `w_k / W`.
    pub share: f64,
    pub lower: Option<Threshold>,
    pub upper: Option<Threshold>,
}

/// A weight at which the winner changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    /// The weight `x`.
    pub weight: f64,
    /// `x / (W − w_k + x)`; `None` when every weight is then 0.
    pub share: Option<f64>,
    /// `100 · (x − w_k) / w_k`; `None` when `w_k` is 0.
    pub change_percent: Option<f64>,
    /// The vendors (indices into the ranked vendors) that then share or take first place.
    pub winners: Vec<usize>,
}

impl Thresholds {
    /// The smaller relative change of the two, for ordering criteria from the most sensitive;
    /// infinite when neither has one.
    pub fn smallest_change(&self) -> f64 {
        [&self.lower, &self.upper]
            .into_iter()
            .flatten()
            .filter_map(|t| t.change_percent)
            .map(f64::abs)
            .fold(f64::INFINITY, f64::min)
    }
}

/// One vendor's total as a function of `x`: `(a + x·s·c) / (b + x·c)`, 0 where the
/// denominator is 0 (no criterion counted).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Line {
    a: f64,
    b: f64,
    s: f64,
    c: f64,
}

impl Line {
    fn at(self, x: f64) -> f64 {
        let denominator = self.b + x * self.c;
        if denominator > 0.0 {
            (self.a + x * self.s * self.c) / denominator
        } else {
            0.0
        }
    }

    /// The slope at `x`: `c · (s − total) / denominator`.
    fn slope(self, x: f64) -> f64 {
        let denominator = self.b + x * self.c;
        if denominator > 0.0 {
            self.c * (self.s - self.at(x)) / denominator
        } else {
            0.0
        }
    }
}

/// The quadratic `q2·x² + q1·x + q0` whose roots are where `u` and `v` tie:
/// `N_u·D_v − N_v·D_u`.
fn tie_polynomial(u: Line, v: Line) -> [f64; 3] {
    let (nu, nv) = (u.s * u.c, v.s * v.c);
    [
        u.a * v.b - v.a * u.b,
        u.a * v.c + nu * v.b - v.a * u.c - nv * u.b,
        nu * v.c - nv * u.c,
    ]
}

/// Every vendor's line for criterion `k`.
fn lines(ranked: &Ranked, weights: &[f64], k: usize) -> Vec<Line> {
    (0..ranked.vendors)
        .map(|v| {
            let (mut a, mut b) = (0.0, 0.0);
            for (j, &w) in weights.iter().enumerate().filter(|&(j, _)| j != k) {
                let (score, counted) = ranked.used(v, j);
                if counted {
                    a += w * score;
                    b += w;
                }
            }
            let (s, counted) = ranked.used(v, k);
            let c = if counted { 1.0 } else { 0.0 };
            // Nothing counted, whatever x: a total of 0, as the line 0 / 1.
            let b = if b == 0.0 && c == 0.0 { 1.0 } else { b };
            Line { a, b, s, c }
        })
        .collect()
}

/// The thresholds of criterion `k`; `winners` are today's rank-1 vendors.
pub fn thresholds(ranked: &Ranked, weights: &[f64], k: usize, winners: &[usize]) -> Thresholds {
    let total: f64 = weights.iter().sum();
    let w = weights[k];
    let lines = lines(ranked, weights, k);
    let search = Search {
        lines: &lines,
        winners,
        weight: w,
        others: total - w,
        linear: ranked.policy != UnknownPolicy::Skip,
    };
    Thresholds {
        criterion: k,
        weight: w,
        share: crate::decide::assess::share(w, total),
        lower: search.lower(),
        upper: search.upper(),
    }
}

/// The search for the nearest weights, each way, at which rank 1 changes.
struct Search<'a> {
    lines: &'a [Line],
    winners: &'a [usize],
    weight: f64,
    /// `W − w_k`.
    others: f64,
    /// Zero and half policies: every denominator is `W − w_k + x`.
    linear: bool,
}

impl Search<'_> {
    fn lower(&self) -> Option<Threshold> {
        if self.weight <= 0.0 {
            return None;
        }
        if !self.winners_move_together() {
            return Some(self.at(self.weight, self.parting(false)));
        }
        let nearest = self
            .crossings()
            .filter(|&x| x > 0.0 && x < self.weight)
            .fold(None, |best: Option<f64>, x| {
                Some(best.map_or(x, |b| b.max(x)))
            });
        match nearest {
            Some(x) => Some(self.at(x, self.winners_at(x))),
            None => {
                let at_zero = self.winners_at(0.0);
                (at_zero != self.winners).then(|| self.at(0.0, at_zero))
            }
        }
    }

    fn upper(&self) -> Option<Threshold> {
        if !self.winners_move_together() {
            return Some(self.at(self.weight, self.parting(true)));
        }
        let nearest = self
            .crossings()
            .filter(|&x| x > self.weight)
            .fold(None, |best: Option<f64>, x| {
                Some(best.map_or(x, |b| b.min(x)))
            });
        nearest.map(|x| self.at(x, self.winners_at(x)))
    }

    /// The report of a threshold at `x`.
    fn at(&self, x: f64, winners: Vec<usize>) -> Threshold {
        let whole = self.others + x;
        Threshold {
            weight: x,
            share: (whole > 0.0).then(|| x / whole),
            change_percent: (self.weight > 0.0).then(|| 100.0 * (x - self.weight) / self.weight),
            winners,
        }
    }

    /// Whether today's winners stay tied for every `x` (their totals are one function).
    fn winners_move_together(&self) -> bool {
        let first = self.lines[self.winners[0]];
        self.winners[1..].iter().all(|&u| {
            let [q0, q1, q2] = tie_polynomial(first, self.lines[u]);
            let scale = 100.0 * (self.others + self.weight).max(1.0);
            q0.abs() <= TIE * scale * scale && q1.abs() <= TIE * scale && q2.abs() <= TIE * 100.0
        })
    }

    /// The winners that take first place when the tied winners part: those whose totals
    /// rise fastest as `x` grows (`rising`), or fall slowest as it shrinks.
    fn parting(&self, rising: bool) -> Vec<usize> {
        let slopes: Vec<f64> = self
            .winners
            .iter()
            .map(|&u| self.lines[u].slope(self.weight))
            .collect();
        let (low, high) = slopes
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &s| {
                (lo.min(s), hi.max(s))
            });
        let chosen = if rising { high } else { low };
        let close = 1e-12 * low.abs().max(high.abs()).max(1.0);
        self.winners
            .iter()
            .zip(&slopes)
            .filter(|(_, &s)| (s - chosen).abs() <= close)
            .map(|(&u, _)| u)
            .collect()
    }

    /// Every `x > 0` at which a challenger ties today's winners.
    fn crossings(&self) -> impl Iterator<Item = f64> + '_ {
        let u = self.lines[self.winners[0]];
        (0..self.lines.len())
            .filter(|v| !self.winners.contains(v))
            .flat_map(move |v| self.ties(u, self.lines[v]))
            .filter(|x| x.is_finite() && *x > 0.0)
    }

    /// Where `v` ties `u`: `x = (A_u − A_v) / (s_v − s_u)` when every denominator is the same
    /// (SPEC §7), else the roots of the tie quadratic.
    fn ties(&self, u: Line, v: Line) -> Vec<f64> {
        if self.linear {
            return if u.s == v.s {
                Vec::new()
            } else {
                vec![(u.a - v.a) / (v.s - u.s)]
            };
        }
        roots(tie_polynomial(u, v))
    }

    /// The rank-1 vendors at `x`, by the tie rule of SPEC §4.
    fn winners_at(&self, x: f64) -> Vec<usize> {
        let totals: Vec<f64> = self.lines.iter().map(|line| line.at(x)).collect();
        let best = totals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (0..totals.len())
            .filter(|&v| best - totals[v] <= TIE)
            .collect()
    }
}

/// The real roots of `q2·x² + q1·x + q0`, by the numerically stable formula, each polished
/// by a Newton step.
fn roots([q0, q1, q2]: [f64; 3]) -> Vec<f64> {
    let found = if q2 == 0.0 {
        if q1 == 0.0 {
            return Vec::new();
        }
        vec![-q0 / q1]
    } else {
        let discriminant = q1 * q1 - 4.0 * q2 * q0;
        if discriminant < 0.0 {
            return Vec::new();
        }
        let t = -0.5 * (q1 + q1.signum() * discriminant.sqrt());
        let mut found = vec![t / q2];
        if t != 0.0 {
            found.push(q0 / t);
        }
        found
    };
    found
        .into_iter()
        .map(|x| {
            let slope = 2.0 * q2 * x + q1;
            if slope == 0.0 {
                x
            } else {
                x - (q2 * x * x + q1 * x + q0) / slope
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
