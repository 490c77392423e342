#!/usr/bin/env bash
# Crash torture at length: SIGKILLs a release build of the torture worker KILLS times (5000 by
# default) and checks after each kill that every acknowledged change survived. The loop and the
# check are CrashTortureTests' (Tests/ZgodaCLITests), run with a higher kill count; the worker
# is built in release so that kills land in the timing users get.
#
#   scripts/torture.sh [KILLS]
#
# Prints `torture: N kills, M acknowledged changes checked, 0 lost` and exits 0, or prints what
# was lost (with the cycle, the seeds and the kept data directory) and exits 1. Progress goes to
# stderr when it is a terminal. ZGODA_TORTURE_SEED fixes the run's seed; ZGODA_TORTURE_KILLS_PER_DIR
# (250 by default) how many kills share one data directory before a fresh one.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-5000}
case $kills in ''|*[!0-9]*|0) echo "usage: scripts/torture.sh [KILLS]" >&2; exit 2 ;; esac

export SWIFT_BACKTRACE=enable=no
mkdir -p .build
build() {
  echo "torture: swift build $*" >&2
  swift build "$@" >.build/torture-build.log 2>&1 || { tail -n 40 .build/torture-build.log >&2; exit 1; }
}
build -c release --product zgoda-torture
worker="$(swift build -c release --show-bin-path)/zgoda-torture"
# The check runs in the debug test bundle, the one `swift test` builds.
build --build-tests

export ZGODA_TORTURE_KILLS=$kills ZGODA_TORTURE_WORKER=$worker
# The test's own output goes to the log, so it is handed the terminal itself for progress.
if [ -t 2 ]; then export ZGODA_TORTURE_PROGRESS=$(tty <&2); fi
# The log stays under .build (ignored): on a failure it names contacts of the kept directory.
log=.build/torture.log
start=$(date +%s)
status=0
swift test --skip-build --filter CrashTortureTests >"$log" 2>&1 || status=$?
summary=$(grep -E '^torture: [0-9]+ kills, [0-9]+ acknowledged changes checked, [0-9]+ lost$' "$log" | tail -n 1 || true)
if [ -z "$summary" ] || [ "$status" -ne 0 ]; then
  # Everything the test reported, without the build noise.
  grep -vE '^\[[0-9]+/[0-9]+\]|^warning: ' "$log" >&2 || true
  echo "${summary:-torture: the test did not finish (status $status); see $log}"
  exit 1
fi
grep -E '^torture: [0-9]+s, ' "$log" >&2 || true
echo "torture: $(( $(date +%s) - start ))s in all" >&2
echo "$summary"
