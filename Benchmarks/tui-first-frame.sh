#!/usr/bin/env bash
# The terminal UI's first frames at scale, as a person sees them (docs/performance.md): the
# time from starting `zgoda` in a tmux pane until the pane shows the opening frame, until it
# shows the contact list (its title's contact count; from the saved index while everyone is
# still read), and until everyone is read (the list's "Reading all …" line gone); then, with the
# whole store open, until `H` shows the audit log and `h` a person's history.
#
#   Benchmarks/tui-first-frame.sh ZGODA DATA_DIR [RUNS]
#
# ZGODA is a built binary (e.g. .build-release/release/zgoda), DATA_DIR a data directory (e.g.
# made by `zgoda demo --contacts 100000` and compacted). The pane is polled every 5 ms, so the
# figures include up to 5 ms of polling and tmux's own delay in showing output.
set -euo pipefail
Z=$1 D=$2 RUNS=${3:-5}
command -v tmux >/dev/null || { echo "needs tmux"; exit 1; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# Waits until the pane shows TEXT (a grep pattern); prints the milliseconds since START.
wait_for() {
    local start=$1 text=$2
    for _ in $(seq 1 6000); do
        if tmux capture-pane -p -t bench 2>/dev/null | grep -q -- "$text"; then ms "$start"; return; fi
        sleep 0.005
    done
    echo "timeout"
}
# Waits until the pane no longer shows TEXT; prints the milliseconds since START.
wait_gone() {
    local start=$1 text=$2
    for _ in $(seq 1 60000); do
        if ! tmux capture-pane -p -t bench 2>/dev/null | grep -q -- "$text"; then ms "$start"; return; fi
        sleep 0.005
    done
    echo "timeout"
}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(du -sh "$D" | cut -f1) in $D"
echo "run  opening-frame  contact-list  everyone-read  audit-log(H)  history(h)"
for run in $(seq 1 "$RUNS"); do
    tmux kill-session -t bench 2>/dev/null || true
    start=$(date +%s%N)
    tmux new-session -d -s bench -x 160 -y 50 "ZGODA_OPERATOR=bench $Z --data-dir $D; sleep 30"
    opening=$(wait_for "$start" "Opening\|opening")
    list=$(wait_for "$start" "Contacts ·")
    ready=$(wait_gone "$start" "Reading all\|Wczytywanie:")
    start=$(date +%s%N); tmux send-keys -t bench H
    audit=$(wait_for "$start" " records")
    tmux send-keys -t bench q
    wait_for "$(date +%s%N)" "Contacts ·" >/dev/null
    start=$(date +%s%N); tmux send-keys -t bench h
    history=$(wait_for "$start" "History of")
    printf '%3d  %10s ms  %9s ms  %10s ms  %9s ms  %8s ms\n' "$run" "$opening" "$list" "$ready" "$audit" "$history"
    tmux kill-session -t bench
done
