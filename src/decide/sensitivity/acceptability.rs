//! (b) Rank acceptability, SMAA-2 (SPEC §7 b): draw normalised weight vectors from a Dirichlet
//! distribution (normalised Gamma draws, `rand_distr`), rank the vendors under each, and count
//! how often each vendor takes each rank.
//!
//! Reproducible on any number of threads: the draws are split into chunks of a fixed size,
//! each with its own generator seeded from (seed, chunk index), and the chunks' tallies are
//! added up in chunk order, so the result does not depend on which thread ran which chunk.
//! Fast: the scores are a dense criterion-major matrix, totals are one multiply-add pass per
//! criterion over all vendors, ranks come from sorting indices, and no draw allocates.

use super::Ranked;
use crate::decide::aggregate::TIE;
use crate::model::scorecard::UnknownPolicy;
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, Gamma};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Draws per chunk: each chunk has its own generator.
pub const DRAWS_PER_CHUNK: usize = 2048;

/// Where the weight draws centre (`--weights`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WeightModel {
    /// Dirichlet(κ · w_k / W): around the scorecard's weights.
    Around { concentration: f64 },
    /// Dirichlet(1, …, 1) over the criteria of weight above 0.
    Uniform,
}

/// How unknown facts score in the draws (`--unknowns`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownModel {
    /// As the scorecard's policy says.
    Policy,
    /// Uniform in [0, 100], counted, drawn anew in every draw.
    Uniform,
}

/// What to draw and how.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sampling {
    pub samples: usize,
    pub weights: WeightModel,
    pub unknowns: UnknownModel,
    pub seed: u64,
    /// Threads to run the chunks on (the result is the same for any number).
    pub threads: usize,
}

/// The shares of the draws: per ranked vendor, in rank order.
#[derive(Debug, Clone, PartialEq)]
pub struct Acceptability {
    pub samples: usize,
    /// `shares[v][r]`: the share of draws in which vendor `v` has rank `r + 1`.
    pub shares: Vec<Vec<f64>>,
    /// The mean normalised weights over the draws in which the vendor ranks first.
    pub central_weights: Vec<Option<Vec<f64>>>,
}

impl Acceptability {
    pub fn win_share(&self, v: usize) -> f64 {
        self.shares[v].first().copied().unwrap_or(0.0)
    }

    pub fn top3_share(&self, v: usize) -> f64 {
        self.shares[v].iter().take(3).sum()
    }

    /// Σ r · b_r.
    pub fn expected_rank(&self, v: usize) -> f64 {
        (1..)
            .zip(&self.shares[v])
            .map(|(r, share)| f64::from(r) * share)
            .sum()
    }
}

/// What every draw reads.
struct Model {
    vendors: usize,
    criteria: usize,
    /// Criterion-major `[k * vendors + v]`: the score a cell adds (0 where it is not counted
    /// or is drawn).
    columns: Vec<f64>,
    /// Under `skip`: 1 where a cell counts, 0 where it is left out.
    counted: Option<Vec<f64>>,
    /// Under `--unknowns uniform`: the (criterion, vendor) of every unknown cell.
    drawn: Vec<(usize, usize)>,
    /// One Gamma per criterion; `None` for a weight that stays 0.
    gammas: Vec<Option<Gamma<f64>>>,
}

impl Model {
    fn new(ranked: &Ranked, weights: &[f64], sampling: &Sampling) -> Model {
        let (n, c) = (ranked.vendors, ranked.criteria);
        let uniform = sampling.unknowns == UnknownModel::Uniform;
        let skip = ranked.policy == UnknownPolicy::Skip && !uniform;
        let (mut columns, mut counted) = (vec![0.0; n * c], vec![1.0; n * c]);
        let mut drawn = Vec::new();
        for k in 0..c {
            for v in 0..n {
                let (score, counts) = ranked.used(v, k);
                match ranked.row(v)[k] {
                    None if uniform => drawn.push((k, v)),
                    _ => columns[k * n + v] = score,
                }
                counted[k * n + v] = if counts { 1.0 } else { 0.0 };
            }
        }
        Model {
            vendors: n,
            criteria: c,
            columns,
            counted: skip.then_some(counted),
            drawn,
            gammas: gammas(weights, sampling.weights),
        }
    }
}

/// The Dirichlet parameters as one Gamma(α_k, 1) per criterion.
fn gammas(weights: &[f64], model: WeightModel) -> Vec<Option<Gamma<f64>>> {
    let total: f64 = weights.iter().sum();
    weights
        .iter()
        .map(|&w| {
            let alpha = match model {
                _ if w <= 0.0 => return None,
                WeightModel::Around { concentration } => concentration * w / total,
                WeightModel::Uniform => 1.0,
            };
            Gamma::new(alpha, 1.0).ok()
        })
        .collect()
}

/// What the draws count: `counts[v * vendors + r]`, one table per thread (integers, so the
/// sum does not depend on which thread counted what), and per chunk the sums of the weights
/// of the draws each vendor won, `central[v * criteria + k]` (floats, added in chunk order).
struct Tally<'t> {
    counts: &'t mut [u64],
    central: Vec<f64>,
}

/// Buffers a chunk reuses for every draw.
struct Scratch {
    weights: Vec<f64>,
    totals: Vec<f64>,
    denominators: Vec<f64>,
    /// Per vendor: its total as a descending integer key, and its index.
    order: Vec<(u64, u32)>,
}

/// Runs the draws of `sampling` over the ranked vendors.
pub fn run(ranked: &Ranked, weights: &[f64], sampling: &Sampling) -> Acceptability {
    let model = Model::new(ranked, weights, sampling);
    let (n, c) = (model.vendors, model.criteria);
    let chunks = sampling.samples.div_ceil(DRAWS_PER_CHUNK);
    let draws_in = |chunk: usize| DRAWS_PER_CHUNK.min(sampling.samples - chunk * DRAWS_PER_CHUNK);
    let (tables, centrals) = on_threads(
        sampling.threads,
        chunks,
        || vec![0u64; n * n],
        |chunk, counts| run_chunk(&model, sampling.seed, (chunk, draws_in(chunk)), counts),
    );
    let mut counts = vec![0u64; n * n];
    for table in &tables {
        multiply_add_counts(&mut counts, table);
    }
    let mut central = vec![0.0; n * c];
    for chunk in &centrals {
        multiply_add(&mut central, 1.0, chunk);
    }
    summarise(&model, &counts, &central, sampling.samples)
}

fn multiply_add_counts(into: &mut [u64], other: &[u64]) {
    for (a, b) in into.iter_mut().zip(other) {
        *a += b;
    }
}

/// `f(0, s), …, f(count − 1, s)` on `threads` threads, each with its own state `s` from
/// `init`: the states, and the results in index order whatever thread ran which.
fn on_threads<S: Send, R: Send>(
    threads: usize,
    count: usize,
    init: impl Fn() -> S + Sync,
    f: impl Fn(usize, &mut S) -> R + Sync,
) -> (Vec<S>, Vec<R>) {
    let next = AtomicUsize::new(0);
    let work = || {
        let (mut state, mut done) = (init(), Vec::new());
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            if index >= count {
                return (state, done);
            }
            done.push((index, f(index, &mut state)));
        }
    };
    let (states, mut done) = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(count)).map(|_| scope.spawn(work)).collect();
        let (state, done) = work();
        let (mut states, mut all) = (vec![state], done);
        for helper in helpers {
            match helper.join() {
                Ok((state, more)) => {
                    states.push(state);
                    all.extend(more);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        (states, all)
    });
    done.sort_unstable_by_key(|(index, _)| *index);
    (states, done.into_iter().map(|(_, result)| result).collect())
}

/// The generator of one chunk: a function of the seed and the chunk index alone (chunks of
/// one seed get distinct inputs to `seed_from_u64`'s SplitMix64 expansion).
fn chunk_rng(seed: u64, chunk: usize) -> Xoshiro256PlusPlus {
    let base: u64 = Xoshiro256PlusPlus::seed_from_u64(seed).random();
    let spread = (chunk as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    Xoshiro256PlusPlus::seed_from_u64(base ^ spread)
}

/// One chunk's draws, counted into the thread's `counts`; returns the chunk's sums of the
/// winners' weights.
fn run_chunk(
    model: &Model,
    seed: u64,
    (chunk, draws): (usize, usize),
    counts: &mut [u64],
) -> Vec<f64> {
    let mut rng = chunk_rng(seed, chunk);
    let mut tally = Tally {
        counts,
        central: vec![0.0; model.vendors * model.criteria],
    };
    let mut scratch = Scratch {
        weights: vec![0.0; model.criteria],
        totals: vec![0.0; model.vendors],
        denominators: vec![0.0; model.vendors],
        order: vec![(0, 0); model.vendors],
    };
    for _ in 0..draws {
        draw_weights(model, &mut rng, &mut scratch.weights);
        totals(model, &mut rng, &mut scratch);
        count_ranks(model, &mut scratch, &mut tally);
    }
    tally.central
}

/// Normalised Gamma draws: a Dirichlet draw. An all-zero draw (every Gamma underflowed,
/// possible only for tiny parameters) is drawn again.
fn draw_weights(model: &Model, rng: &mut Xoshiro256PlusPlus, weights: &mut [f64]) {
    loop {
        let mut sum = 0.0;
        for (w, gamma) in weights.iter_mut().zip(&model.gammas) {
            *w = gamma.as_ref().map_or(0.0, |g| g.sample(rng));
            sum += *w;
        }
        if sum > 0.0 && sum.is_finite() {
            weights.iter_mut().for_each(|w| *w /= sum);
            return;
        }
    }
}

/// Every vendor's total under the drawn weights (and drawn unknowns).
fn totals(model: &Model, rng: &mut Xoshiro256PlusPlus, scratch: &mut Scratch) {
    let n = model.vendors;
    let Scratch {
        weights,
        totals,
        denominators,
        ..
    } = scratch;
    totals.fill(0.0);
    for (k, &w) in weights.iter().enumerate().filter(|(_, &w)| w > 0.0) {
        multiply_add(totals, w, &model.columns[k * n..(k + 1) * n]);
    }
    if let Some(counted) = &model.counted {
        denominators.fill(0.0);
        for (k, &w) in weights.iter().enumerate().filter(|(_, &w)| w > 0.0) {
            multiply_add(denominators, w, &counted[k * n..(k + 1) * n]);
        }
        for (t, &d) in totals.iter_mut().zip(denominators.iter()) {
            *t = if d > 0.0 { *t / d } else { 0.0 };
        }
    }
    for &(k, v) in &model.drawn {
        totals[v] += weights[k] * 100.0 * rng.random::<f64>();
    }
}

/// `into[i] += factor · column[i]`: a loop the compiler vectorises.
fn multiply_add(into: &mut [f64], factor: f64, column: &[f64]) {
    for (a, &b) in into.iter_mut().zip(column) {
        *a += factor * b;
    }
}

/// Ranks the totals (ties within [`TIE`] share the better rank, SPEC §4) and counts them.
fn count_ranks(model: &Model, scratch: &mut Scratch, tally: &mut Tally) {
    let (n, c) = (model.vendors, model.criteria);
    let Scratch {
        weights,
        totals,
        order,
        ..
    } = scratch;
    for (v, (slot, &total)) in order.iter_mut().zip(totals.iter()).enumerate() {
        *slot = (descending_key(total), v as u32);
    }
    // Integer keys sort faster than floats compared through an index.
    order.sort_unstable();
    let mut start = 0;
    while start < n {
        let head = totals[order[start].1 as usize];
        let mut end = start + 1;
        while end < n && head - totals[order[end].1 as usize] <= TIE {
            end += 1;
        }
        for v in order[start..end].iter().map(|&(_, v)| v as usize) {
            tally.counts[v * n + start] += 1;
            if start == 0 {
                multiply_add(&mut tally.central[v * c..(v + 1) * c], 1.0, weights);
            }
        }
        start = end;
    }
}

/// A key that sorts totals highest first: a total is never negative (scores 0–100, weights
/// ≥ 0), and the bits of a non-negative float grow with it.
fn descending_key(total: f64) -> u64 {
    !(total.max(0.0) + 0.0).to_bits()
}

fn summarise(model: &Model, counts: &[u64], central: &[f64], samples: usize) -> Acceptability {
    let (n, c) = (model.vendors, model.criteria);
    let draws = samples as f64;
    let shares = (0..n)
        .map(|v| {
            let counts = &counts[v * n..(v + 1) * n];
            counts.iter().map(|&count| count as f64 / draws).collect()
        })
        .collect();
    let central_weights = (0..n)
        .map(|v| {
            let wins = counts[v * n];
            (wins > 0).then(|| {
                let sums = &central[v * c..(v + 1) * c];
                sums.iter().map(|&sum| sum / wins as f64).collect()
            })
        })
        .collect();
    Acceptability {
        samples,
        shares,
        central_weights,
    }
}

#[cfg(test)]
mod tests;
