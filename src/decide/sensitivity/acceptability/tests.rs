//! Statistics of the draws (issue 11): an independent analytic case, shares that sum to 1,
//! the same result on any number of threads, different draws for a different seed.

use super::*;

fn ranked(rows: &[&[Option<f64>]], policy: UnknownPolicy) -> Ranked {
    Ranked {
        vendors: rows.len(),
        criteria: rows[0].len(),
        cells: rows.iter().flat_map(|r| r.iter().copied()).collect(),
        totals: Vec::new(),
        policy,
    }
}

fn sampling(samples: usize, seed: u64, threads: usize) -> Sampling {
    Sampling {
        samples,
        weights: WeightModel::Uniform,
        unknowns: UnknownModel::Policy,
        seed,
        threads,
    }
}

/// 3 vendors, identity score matrix (vendor i scores 100 on criterion i only), uniform weights
/// on the simplex: vendor i's total is 100·w_i, and by symmetry each of the three orders of
/// the weights is equally likely, so every vendor takes every rank a third of the time.
#[test]
fn the_identity_case_gives_every_rank_a_third() {
    let (one, nil) = (Some(100.0), Some(0.0));
    let ranked = ranked(
        &[&[one, nil, nil], &[nil, one, nil], &[nil, nil, one]],
        UnknownPolicy::Zero,
    );
    let samples = 60_000;
    let result = run(&ranked, &[1.0, 1.0, 1.0], &sampling(samples, 1, 2));
    // Binomial standard error √(p(1−p)/N) ≈ 0.0019; 5 of them is a false alarm once in 10⁶.
    let tolerance = 5.0 * (1.0 / 3.0 * 2.0 / 3.0 / samples as f64).sqrt();
    for shares in &result.shares {
        for &share in shares {
            assert!((share - 1.0 / 3.0).abs() < tolerance, "{:?}", result.shares);
        }
    }
    // The winner's central weights lean towards its own criterion: E[w_i | w_i largest] = 11/18.
    for (v, central) in result.central_weights.iter().enumerate() {
        let central = central.as_ref().unwrap();
        assert!((central[v] - 11.0 / 18.0).abs() < 0.01, "{central:?}");
    }
}

/// The same numbers computed apart: the Dirichlet around the weights with a large
/// concentration puts nearly every draw next to the scorecard's weights.
#[test]
fn a_large_concentration_keeps_the_evaluation_order() {
    let ranked = ranked(
        &[&[Some(90.0), Some(60.0)], &[Some(40.0), Some(70.0)]],
        UnknownPolicy::Zero,
    );
    let mut around = sampling(4000, 3, 1);
    around.weights = WeightModel::Around { concentration: 1e6 };
    let result = run(&ranked, &[1.0, 1.0], &around);
    assert_eq!(result.shares, vec![vec![1.0, 0.0], vec![0.0, 1.0]]);
    let central = result.central_weights[0].as_ref().unwrap();
    assert!((central[0] - 0.5).abs() < 0.01 && result.central_weights[1].is_none());
}

fn sample_ranked() -> Ranked {
    let rows: Vec<Vec<Option<f64>>> = (0..7)
        .map(|v| {
            (0..5)
                .map(|k| ((v * 7 + k * 3) % 5 != 0).then(|| ((v * 37 + k * 53) % 101) as f64))
                .collect()
        })
        .collect();
    let rows: Vec<&[Option<f64>]> = rows.iter().map(Vec::as_slice).collect();
    ranked(&rows, UnknownPolicy::Skip)
}

#[test]
fn each_vendors_shares_sum_to_one_and_each_rank_is_given_out_once_per_draw_at_least() {
    let ranked = sample_ranked();
    let mut sampling = sampling(5000, 9, 2);
    for unknowns in [UnknownModel::Policy, UnknownModel::Uniform] {
        sampling.unknowns = unknowns;
        let result = run(&ranked, &[3.0, 1.0, 0.0, 2.0, 5.0], &sampling);
        for shares in &result.shares {
            assert!(
                (shares.iter().sum::<f64>() - 1.0).abs() < 1e-12,
                "{shares:?}"
            );
        }
        for central in result.central_weights.iter().flatten() {
            assert!((central.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            assert_eq!(central[2], 0.0, "a weight of 0 stays 0");
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_result_on_one_and_two_threads_and_another_seed_other_draws() {
    let ranked = sample_ranked();
    let weights = [3.0, 1.0, 0.0, 2.0, 5.0];
    // Not a multiple of the chunk size, so the last chunk is short.
    let samples = 3 * DRAWS_PER_CHUNK + 17;
    let one = run(&ranked, &weights, &sampling(samples, 42, 1));
    let two = run(&ranked, &weights, &sampling(samples, 42, 2));
    let five = run(&ranked, &weights, &sampling(samples, 42, 5));
    assert_eq!(one, two);
    assert_eq!(one, five);
    let other = run(&ranked, &weights, &sampling(samples, 43, 2));
    assert_ne!(one, other);
}

#[test]
fn chunks_draw_different_numbers() {
    let first: Vec<u64> = (0..4).map(|_| chunk_rng(1, 0).random()).collect();
    let second: u64 = chunk_rng(1, 1).random();
    assert_ne!(first[0], second);
    assert_ne!(
        chunk_rng(1, 0).random::<u64>(),
        chunk_rng(2, 0).random::<u64>()
    );
}
