#!/usr/bin/env bash
# End-to-end wall time and peak memory of the release binary, for BENCHMARKS.md.
#
#   benches/end_to_end.sh [RUNS]        (from the project root; default 21 runs)
#   SDKVET_BIN=/tmp/sdkvet-old benches/end_to_end.sh   (times another build of sdkvet, e.g. a
#                                                       copy saved before a change)
#
# Builds the release binary and the two examples, writes the synthetic catalogues (seed 42)
# under target/catalogue: 10, 1,000 and 10,000 profiles of the default (rich) shape, and
# 10,000 of the plain shape (no comments, no links, about 0.8 KB a file). Then it times, run
# after run and interleaved so that a noisy neighbour hits them all alike:
#   - sdkvet on the bundled data (table on stdout), and its HTML report (`report --output`,
#     target under 0.5 s);
#   - sdkvet evaluate --format csv on each catalogue;
#   - the baseline on each 10,000-profile catalogue: reading and parsing the files once with
#     the `toml` crate, one thread.
# Prints the median wall time of each, the peak RSS, and for each shape the ratio of sdkvet
# to the baseline on the same files in the same run.
set -euo pipefail
runs=${1:-21}
cargo build --release --quiet --bin sdkvet --example synthetic_catalogue --example toml_baseline
bin=${SDKVET_BIN:-target/release/sdkvet}
root=target/catalogue
# catalogue DIR COUNT SHAPE: reused when complete (benches/pipeline.rs writes the same
# files), else written anew.
catalogue() {
    if [ "$(find "$1" -name '*.toml' 2>/dev/null | wc -l)" -ne "$2" ]; then
        rm -rf "${1:?}"
        target/release/examples/synthetic_catalogue "$1" "$2" 42 "$3" >/dev/null
    fi
}
for n in 10 1000 10000; do
    catalogue "$root/$n" "$n" rich
done
catalogue "$root/plain-10000" 10000 plain

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
# The commands, as words for time_once and /usr/bin/time alike (no path here has spaces).
csv() { echo "$bin" evaluate --vendors "$1" --format csv "${as_of[@]}" --output "$tmp/out.csv"; }
baseline() { echo target/release/examples/toml_baseline "$1"; }
report_cmd() { echo "$bin" report "${as_of[@]}" --output "$tmp/report.html"; }
for ((i = 0; i < runs; i++)); do
    time_once bundled "$bin" evaluate "${as_of[@]}" --width 100
    time_once report $(report_cmd)
    for n in 10 1000 10000 plain-10000; do
        time_once "csv$n" $(csv "$root/$n")
    done
    time_once baseline10000 $(baseline "$root/10000")
    time_once baselineplain-10000 $(baseline "$root/plain-10000")
done

printf '%-44s %10s %12s\n' "run ($runs runs each, interleaved)" "median ms" "peak RSS MiB"
report() {
    local name=$1 label=$2
    shift 2
    printf '%-44s %10s %12s\n' "$label" "$(median "$tmp/$name")" "$(($(peak_kib "$@") / 1024))"
}
report bundled "bundled data, table" "$bin" evaluate "${as_of[@]}" --width 100
report report "bundled data, HTML report" $(report_cmd)
for n in 10 1000 10000 plain-10000; do
    report "csv$n" "$n profiles, csv" $(csv "$root/$n")
done
report baseline10000 "baseline: toml parse of 10000, 1 thread" $(baseline "$root/10000")
report baselineplain-10000 "baseline: toml parse of plain-10000, 1 thread" $(baseline "$root/plain-10000")
echo
echo "ratio of sdkvet to the baseline, 10000 profiles (target: at most 0.60)"
for n in 10000 plain-10000; do
    awk -v shape="$n" -v a="$(median "$tmp/csv$n")" -v b="$(median "$tmp/baseline$n")" \
        'BEGIN { sub(/-?10000/, "", shape); if (shape == "") shape = "rich"; printf "  %-6s %8.1f ms / %8.1f ms = %.2f\n", shape, a, b, a / b }'
done
