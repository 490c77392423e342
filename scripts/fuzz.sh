#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each one for a fixed
# number of inputs, from a corpus seeded with real files. See docs/reliability.md.
#
#   scripts/fuzz.sh [RUNS]    RUNS inputs per target (default 1000000)
#   scripts/fuzz.sh --quick   5000 inputs per target, for CI
#   FUZZ_TARGETS="Journal CSV" scripts/fuzz.sh 20000   only some targets
#
# Prints one line per target and exits 1 if any target crashed (the input is kept as
# Fuzz/artifacts/<target>-crash-…). The corpus grows in Fuzz/corpus/<target>/ from run to run.
set -euo pipefail

runs=1000000
case "${1:-}" in
    "") ;;
    --quick) runs=5000 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *[!0-9]*) echo "usage: scripts/fuzz.sh [RUNS | --quick]" >&2; exit 2 ;;
    *) runs=$1 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
read -r -a targets <<< "${FUZZ_TARGETS:-Journal Snapshot Keys Meta Sealed CSV VCard JSON Theme}"
conformance="$root/../shared/conformance"

# Optimised (-O), as libFuzzer advises: a debug build ran the importers 10–20 times slower, which
# made a million inputs a day's work. -O keeps Swift's bounds, overflow and precondition traps
# (only -Ounchecked drops them), so a defect still stops the run; FUZZ_CONFIG=debug builds unoptimised.
# -enable-testing: the targets reach the decoders through `@testable import`.
config=${FUZZ_CONFIG:-release}
build=(swift build --package-path Fuzz --scratch-path Fuzz/.build -c "$config" -Xswiftc -enable-testing
       --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
started=$SECONDS
echo "fuzz: building Fuzz/ (${build[*]:2})"
"${build[@]}" > Fuzz/.build-log 2>&1 || { tail -40 Fuzz/.build-log; echo "fuzz: build failed" >&2; exit 1; }
bin=$("${build[@]}" --show-bin-path)
# The sanitizer flags are also given to swiftc directly: a SwiftPM rebuild once left the Swift
# modules without coverage instrumentation. Fuzzing without coverage only throws random bytes,
# so it is refused.
# (readelf's output is read whole: `grep -q` would stop reading early, and with pipefail the
# reader's SIGPIPE would fail the check.)
objects=("$bin"/FuzzSupport.build/*.o)
sections=$(readelf -S "${objects[0]}" 2>/dev/null || true)
if [[ $sections != *sancov* ]]; then
    echo "fuzz: the Swift code was built without coverage instrumentation; remove Fuzz/.build and run again" >&2
    exit 1
fi
echo "fuzz: built in $((SECONDS - started)) s"

# Everything a target writes outside its corpus (key files, zgoda.json, a sample directory)
# goes here, and goes away with the script.
# In memory when the machine has /dev/shm: the key store target writes and fsyncs its files
# for every input, which on a disk costs more than the decoding it tests.
shm=/tmp; [[ -d /dev/shm && -w /dev/shm ]] && shm=/dev/shm
scratch=$(mktemp -d "${TMPDIR:-$shm}/zgoda-fuzz.XXXXXX")
# A target still running when the script is stopped is stopped first: removing its folder under
# it made it fail to write its input, which it reported as a crash.
trap 'pkill -TERM -P $$ 2>/dev/null || true; while pgrep -P $$ >/dev/null; do sleep 0.1; done; rm -rf "$scratch"' EXIT
export ZGODA_FUZZ_TMP="$scratch"

# A format 2 directory from the built binary, when there is one; the fixtures are format 1.
samples=("$root/Tests/Fixtures/format1-plain/data" "$root/Tests/Fixtures/format1-encrypted/data")
zgoda="$root/.build/debug/zgoda"
if [[ -x "$zgoda" ]]; then
    demo="$scratch/demo"
    export ZGODA_OPERATOR=fuzz XDG_STATE_HOME="$scratch/state" XDG_CONFIG_HOME="$scratch/config"
    if "$zgoda" --data-dir "$demo" demo --contacts 12 > /dev/null 2>&1 \
        && "$zgoda" --data-dir "$demo" compact > /dev/null 2>&1; then
        "$zgoda" --data-dir "$demo" export --format json --output "$scratch/export.json" > /dev/null 2>&1 || true
        samples+=("$demo")
    fi
fi
export ZGODA_FUZZ_SAMPLE_DIR="${samples[-1]}"

# Copies files into a corpus folder under a name of their own (a target's corpus is flat).
seed() {
    local dir=$1; shift
    local f
    for f in "$@"; do
        [[ -f "$f" ]] && cp "$f" "$dir/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
    done
    return 0
}

seed_corpus() {
    local target=$1 dir=$2 s
    mkdir -p "$dir"
    # The target's own seeds, built with the encoders. A failure here is the harness's own
    # (a sample that no longer fits the code): said, with the log, rather than a silent exit.
    if ! ZGODA_FUZZ_SEEDS="$dir" "$bin/Fuzz$target" > "Fuzz/logs/$target-seeds.log" 2>&1; then
        echo "fuzz: $target could not write its seeds; see Fuzz/logs/$target-seeds.log" >&2
        return 1
    fi
    for s in "${samples[@]}"; do
        case $target in
            Journal) seed "$dir" "$s"/journal/*.zj ;;
            Snapshot) seed "$dir" "$s"/snapshots/*.zs ;;
            Meta) cp "$s/zgoda.json" "$dir/seed-$(basename "$(dirname "$s")")-$(basename "$s").json" ;;
        esac
    done
    if [[ ! -d "$conformance" ]]; then
        [[ $target == CSV || $target == VCard ]] && echo "fuzz: $conformance is absent; $target starts from an empty corpus"
    fi
    case $target in
        CSV) seed "$dir" "$conformance"/csv-spectrum/csvs/*.csv "$conformance"/realworld-contacts/*.csv ;;
        VCard) seed "$dir" "$conformance"/realworld-contacts/*.vcf ;;
        JSON) seed "$dir" "$scratch/export.json" "$conformance"/csv-spectrum/json/*.json ;;
        Theme) seed "$dir" "$root"/themes/*.toml ;;
    esac
}

mkdir -p Fuzz/corpus Fuzz/artifacts Fuzz/logs
failed=0
for target in "${targets[@]}"; do
    corpus="Fuzz/corpus/$target"
    if ! seed_corpus "$target" "$corpus"; then failed=1; continue; fi
    log="Fuzz/logs/$target.log"
    t0=$SECONDS
    status=0
    # Inputs stay under 8 KiB (longer seeds are cut there): the real contact files run to
    # 40 KiB, and the importers' speed falls with length far more than their coverage grows.
    # The timeout is wall-clock time: at nice 19 on a busy machine a 0.4 s input once waited
    # over 10 s for a CPU and was reported as a hang, so a hang is an input over 60 s.
    extra=()
    # TOMLKit leaks the key lists of its tables, and Foundation's FileManager.contents leaks
    # its read buffer under LeakSanitizer; neither is Zgoda's, so the theme target checks for
    # crashes only (at exit too). TOMLKit's tables are never freed either (it has no deinit), so the theme
    # target's memory grows by its inputs' tables: it runs in processes of 50,000 inputs each,
    # which together make the count, instead of one process that would reach the memory limit.
    # The snapshot target decodes on Dispatch's worker threads and caches keys in its fixed key
    # store; both outlive an input, so LeakSanitizer scanned the whole heap after every input
    # (2,000 inputs: 21 s with it, 2.9 s without) and found no leak. It checks for crashes only.
    chunk=$runs asan=${ASAN_OPTIONS:-}
    [[ $target == Theme ]] && { extra+=(-detect_leaks=0); asan=detect_leaks=0; chunk=50000; }
    [[ $target == Snapshot ]] && { extra+=(-detect_leaks=0); asan=detect_leaks=0; }
    left=$runs execs=0
    : > "$log"
    while (( left > 0 && status == 0 )); do
        n=$(( left < chunk ? left : chunk ))
        lines=$(wc -l < "$log")
        ASAN_OPTIONS=$asan "$bin/Fuzz$target" "$corpus" -runs="$n" -max_len=8192 -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 ${extra[@]+"${extra[@]}"} \
            -artifact_prefix="Fuzz/artifacts/$target-" >> "$log" 2>&1 || status=$?
        ran=$(tail -n +$((lines + 1)) "$log" | sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' | tail -1)
        ran=${ran:-0}
        execs=$(( execs + ran ))
        left=$(( left - (ran > 0 ? ran : n) ))
        # A timeout is wall-clock time, and a busy machine can starve a niced fuzzer for a
        # minute: the input is run again on its own, and only a second timeout is a hang.
        if (( status == 70 )); then
            slow=$(tail -n +$((lines + 1)) "$log" | sed -nE 's/.*Test unit written to (.*-timeout-.*)$/\1/p' | tail -1)
            if [[ -n $slow ]] && ASAN_OPTIONS=$asan "$bin/Fuzz$target" "$slow" -timeout=60 >> "$log" 2>&1; then
                echo "fuzz: $target: $slow ran in time on its own (the machine was busy); going on" | tee -a "$log"
                rm -f "$slow"
                status=0
            fi
        fi
    done
    secs=$((SECONDS - t0))
    done_line=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$done_line")
    corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<< "$done_line")
    if [[ $status -eq 0 ]]; then
        printf 'fuzz: %-8s ok     %8s runs  %4d s  cov %-5s corpus %s\n' "$target" "${execs:-?}" "$secs" "${cov:-?}" "${corp:-?}"
    else
        failed=1
        artifact=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -1)
        printf 'fuzz: %-8s FAILED (exit %d) after %d s: %s; see %s\n' "$target" "$status" "$secs" "${artifact:-no input saved}" "$log"
    fi
done
echo "fuzz: ${#targets[@]} targets, $runs runs each, $((SECONDS - started)) s in all"
exit $failed
