#!/bin/sh
# The key-flood attack on `nudge serve`, on loopback: for each way of stopping (kill: kill -9 half a second after a
# right answer; term: SIGTERM then; frame: kill -9 once a new session got its first frame), starts a fresh server on a
# fresh data folder, runs bench/KeyFlood.java against it (1 MB of n/p keys into one session while another learner
# answers a quiz and a new session is timed to its first frame), and prints what reached the progress file and what
# the server logged when it stopped. Each run stops itself within about two minutes.
# Usage: bench/key-flood.sh [kill] [term] [frame]   NUDGE=/path/to/other/checkout/nudge measures another build
set -eu
here=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
nudge=${NUDGE:-$here/nudge}
"$here/nudge" --version >/dev/null
"$nudge" --version >/dev/null
work=$(mktemp -d)
server=''
# Whatever happens, the server started here does not outlive the benchmark.
trap '[ -n "$server" ] && kill -9 "$server" 2>/dev/null; rm -rf "$work"' EXIT

for stop in ${*:-kill term frame}; do
    data="$work/$stop"
    mkdir -p "$data"
    log="$data/serve.log"
    "$nudge" serve --open --bind 127.0.0.1 --port 0 --data "$data" --idle-timeout 0 >"$log" 2>&1 &
    server=$!
    port=''
    tries=0
    while [ -z "$port" ]; do
        sleep 0.2
        tries=$((tries + 1))
        [ "$tries" -lt 150 ] || { echo "the server did not start:"; cat "$log"; exit 1; }
        port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
    done
    # The launcher runs the JVM as a child or in its place: measure the JVM itself.
    jvm=$(pgrep -P "$server" java || echo "$server")
    echo "== $nudge, stopped by $stop"
    java -cp "$here/target/nudge.jar" "$here/bench/KeyFlood.java" "$port" "$jvm" "$data" "$stop"
    wait "$server" 2>/dev/null || true
    server=''
    echo "server's last lines:"
    grep -E 'progress|stopp' "$log" | tail -n 5 || true
done
