#!/usr/bin/env bash
# Runs each cargo-fuzz target for a while and prints its executions and findings.
#
#   scripts/fuzz.sh [seconds per target] [target ...]   # default 60 s, every target
#
# Needs the nightly toolchain (installed on this machine kind, not used by CI); installs
# cargo-fuzz when it is missing. Findings land in fuzz/artifacts/<target>/: turn each into a
# regression test that CI runs (see the closing notes of issue 11 for where they live).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=${*:-reply macro_input writers}

if ! rustup toolchain list | grep -q nightly; then
    echo "no nightly toolchain here: fuzzing skipped" >&2
    exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

status=0
for target in $targets; do
    log=$(mktemp)
    if cargo +nightly fuzz run "$target" --fuzz-dir fuzz -- \
        -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1; then
        result="no finding"
    elif grep -q "failed to build fuzz script" "$log"; then
        result="DID NOT BUILD"
        status=1
    else
        result="FINDING (see fuzz/artifacts/$target/)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "$target: $runs executions in ${seconds} s, $result"
    [ "$status" = 0 ] || tail -40 "$log"
    rm -f "$log"
done
exit "$status"
