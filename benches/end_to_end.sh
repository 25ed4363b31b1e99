#!/usr/bin/env bash
# End-to-end wall time and peak memory of the release binary, for BENCHMARKS.md.
#
#   benches/end_to_end.sh [RUNS]        (from the project root; default 21 runs)
#
# Builds the release binary and the two examples, writes the synthetic catalogues
# (10, 1,000 and 10,000 profiles, seed 42) under target/catalogue, then times, run after
# run and interleaved so that a noisy neighbour hits both alike:
#   - sdkvet on the bundled data (table on stdout);
#   - sdkvet evaluate --format csv on each catalogue;
#   - the baseline: reading and parsing the 10,000 files once with the `toml` crate, one thread.
# Prints the median wall time of each, the ratio to the baseline, and the peak RSS.
set -euo pipefail
runs=${1:-21}
cargo build --release --quiet --bin sdkvet --example synthetic_catalogue --example toml_baseline
bin=target/release/sdkvet
root=target/catalogue
for n in 10 1000 10000; do
    # Reused when complete (benches/pipeline.rs writes the same files), else written anew.
    if [ "$(find "$root/$n" -name '*.toml' 2>/dev/null | wc -l)" -ne "$n" ]; then
        rm -rf "${root:?}/$n"
        target/release/examples/synthetic_catalogue "$root/$n" "$n" 42 >/dev/null
    fi
done

now() { date +%s%N; }
# time_once NAME CMD... : appends the wall time in microseconds to $tmp/NAME
time_once() {
    local name=$1
    shift
    local start end
    start=$(now)
    "$@" >/dev/null
    end=$(now)
    echo $(((end - start) / 1000)) >>"$tmp/$name"
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f", m/1000}'; }
peak_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
as_of=(--as-of 2026-11-21)
for ((i = 0; i < runs; i++)); do
    time_once bundled "$bin" evaluate "${as_of[@]}" --width 100
    for n in 10 1000 10000; do
        time_once "csv$n" "$bin" evaluate --vendors "$root/$n" --format csv "${as_of[@]}" --output "$tmp/out.csv"
    done
    time_once baseline target/release/examples/toml_baseline "$root/10000"
done

printf '%-40s %10s %12s\n' "run ($runs runs each, interleaved)" "median ms" "peak RSS MiB"
report() {
    local name=$1 label=$2
    shift 2
    printf '%-40s %10s %12s\n' "$label" "$(median "$tmp/$name")" "$(($(peak_kib "$@") / 1024))"
}
report bundled "bundled data, table" "$bin" evaluate "${as_of[@]}" --width 100
for n in 10 1000 10000; do
    report "csv$n" "$n profiles, csv" "$bin" evaluate --vendors "$root/$n" --format csv "${as_of[@]}" --output "$tmp/out.csv"
done
report baseline "baseline: toml parse of 10000, 1 thread" target/release/examples/toml_baseline "$root/10000"
awk -v a="$(median "$tmp/csv10000")" -v b="$(median "$tmp/baseline")" \
    'BEGIN { printf "ratio sdkvet(10000) / baseline: %.2f (target: at most 0.60)\n", a / b }'
