#!/usr/bin/env bash
# How long the facade crate (all entries and their types) takes to rebuild after a change to
# the catalogue, with incremental compilation off: the figure issue 9 bounds (at most 4.2 s on
# a 2-core machine, a third of what a progenitor-generated client costs).
#
#   scripts/compile-cost.sh [runs]      # default 5 runs; prints each, then the median
#
# Then one `cargo build --timings` run, whose per-crate figures it prints; with the nightly
# toolchain present it also prints the facade's time spent expanding macros (-Z time-passes).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
export CARGO_INCREMENTAL=0

cargo build -q -p openprovider
times=()
for _ in $(seq "$runs"); do
    touch spec/lib.rs
    start=$(date +%s.%N)
    cargo build -q -p openprovider
    end=$(date +%s.%N)
    times+=("$(awk "BEGIN {print $end - $start}")")
done
printf 'rebuild of the facade after touching spec/lib.rs (CARGO_INCREMENTAL=0):\n'
printf '  %.2f s\n' "${times[@]}"
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
printf 'median of %d: %.2f s (target: at most 4.2 s)\n' "$runs" "$median"

touch spec/lib.rs
cargo build -q -p openprovider --timings >/dev/null 2>&1 || true
report=$(ls -t target/cargo-timings/cargo-timing-*.html 2>/dev/null | head -1 || true)
if [ -n "$report" ]; then
    echo "cargo build --timings: $report"
    # The report's data holds one object per unit; print the crates that were rebuilt.
    grep -o '"name":"[^"]*","version":"[^"]*","mode":"[^"]*","target":"[^"]*","start":[0-9.]*,"duration":[0-9.]*' "$report" \
        | sed -E 's/"name":"([^"]*)".*"duration":([0-9.]*)/  \1: \2 s/' || true
fi

if rustup toolchain list 2>/dev/null | grep -q nightly; then
    echo "time spent expanding macros in the facade (nightly, -Z time-passes):"
    touch spec/lib.rs
    cargo +nightly rustc -q -p openprovider --lib -- -Z time-passes 2>&1 \
        | grep -E 'time: +[0-9.]+;.*(expand_crate|macro_expand_crate|type_check_crate|codegen_crate|LLVM_passes|total)' || true
fi
