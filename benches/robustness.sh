#!/usr/bin/env bash
# Speed of `sdkvet sensitivity` (SPEC §7, issue 11), for BENCHMARKS.md:
#
#   benches/robustness.sh [RUNS]      (from the project root; default 7 runs of each)
#
# 1. end to end: the release binary on the bundled data, 10,000 draws (`sdkvet sensitivity
#    --samples 10000 --format csv`), median wall time of RUNS runs;
# 2. the core: rank acceptability over 100 vendors × 20 criteria × 100,000 draws
#    (examples/smaa_peer.rs, on 2 threads), beside the vectorised numpy peer of the same
#    computation on the same matrix (benches/smaa_numpy.py), interleaved run after run, with
#    the ratio of the medians. numpy is needed: `pip install numpy`.
set -euo pipefail
runs=${1:-7}
cargo build --release --quiet --bin sdkvet --example smaa_peer
python3 -c 'import numpy' 2>/dev/null || { echo "numpy is missing: pip install numpy" >&2; exit 1; }
matrix=target/smaa-100x20.csv
now() { date +%s%N; }
e2e=()
for _ in $(seq "$runs"); do
    start=$(now)
    target/release/sdkvet sensitivity --samples 10000 --as-of 2026-11-21 --format csv >/dev/null
    e2e+=($(( ($(now) - start) / 1000 )))
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "end to end, bundled data, 10,000 draws: $(median "${e2e[@]}") µs (median of $runs)"
rust=()
numpy=()
for _ in $(seq "$runs"); do
    rust+=($(target/release/examples/smaa_peer "$matrix" 100 20 100000 1 2))
    numpy+=($(python3 benches/smaa_numpy.py "$matrix" 100000 1))
done
r=$(median "${rust[@]}")
p=$(median "${numpy[@]}")
echo "100 vendors × 20 criteria × 100,000 draws: sdkvet $r s, numpy $p s (medians of $runs)"
awk -v r="$r" -v p="$p" 'BEGIN { printf "ratio sdkvet / numpy: %.2f\n", r / p }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
