#!/bin/sh
# Load benchmark of `nudge serve` on loopback: for each session count, starts a fresh server the way ./nudge does,
# runs bench/SshLoad.java against it, and prints latency, server CPU, threads, heap per session and bytes per key.
# Usage: bench/ssh-load.sh [SESSIONS...]   (default: 50 200 500; SECONDS_PER_RUN=30 sets the measured time)
set -eu
here=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
seconds=${SECONDS_PER_RUN:-30}
"$here/nudge" --version >/dev/null
data=$(mktemp -d)
server=''
# Whatever happens, the server started here does not outlive the benchmark.
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$data"' EXIT

for sessions in ${*:-50 200 500}; do
    log="$data/serve-$sessions.log"
    "$here/nudge" serve --open --bind 127.0.0.1 --port 0 --data "$data" --idle-timeout 0 \
        --max-sessions 10000 --max-per-learner 10000 --max-attempts 100000 >"$log" 2>&1 &
    server=$!
    port=''
    while [ -z "$port" ]; do
        sleep 0.2
        port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
    done
    echo "== $sessions sessions"
    java -cp "$here/target/nudge.jar" "$here/bench/SshLoad.java" "$port" "$server" "$sessions" "$seconds"
    kill "$server"
    wait "$server" || true
    server=''
done
