"""The peer of sdkvet's rank acceptability (SPEC §7 b), as a data scientist would write it with
numpy: Dirichlet weight draws around the scorecard's weights (kappa = 30), totals as one matrix
product, ranks by a double argsort, counts by bincount, central weights by add.at; vectorised
over chunks of draws. Reads the matrix that `examples/smaa_peer.rs` writes (weights on the
first line, then one line of scores per vendor) and prints the median wall time of RUNS runs.

    python3 benches/smaa_numpy.py MATRIX.csv [DRAWS RUNS]
"""
import sys
import time

import numpy as np


def acceptability(scores, weights, draws, rng, chunk=10_000, kappa=30.0):
    n, c = scores.shape
    alpha = kappa * weights / weights.sum()
    counts = np.zeros(n * n, dtype=np.int64)
    central = np.zeros((n, c))
    done = 0
    while done < draws:
        size = min(chunk, draws - done)
        w = rng.dirichlet(alpha, size=size)            # size × c
        totals = w @ scores.T                           # size × n
        ranks = (-totals).argsort(axis=1).argsort(axis=1)
        counts += np.bincount((np.arange(n) * n + ranks).ravel(), minlength=n * n)
        np.add.at(central, totals.argmax(axis=1), w)
        done += size
    shares = counts.reshape(n, n) / draws
    wins = counts.reshape(n, n)[:, 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        central = central / wins[:, None]
    return shares, central


def main():
    path = sys.argv[1]
    draws = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    rows = np.loadtxt(path, delimiter=",")
    weights, scores = rows[0], rows[1:]
    times = []
    for run in range(runs):
        rng = np.random.default_rng(run + 1)
        start = time.perf_counter()
        shares, _ = acceptability(scores, weights, draws, rng)
        times.append(time.perf_counter() - start)
        assert np.allclose(shares.sum(axis=1), 1.0)
    times.sort()
    print(f"{times[len(times) // 2]:.4f}")


if __name__ == "__main__":
    main()
