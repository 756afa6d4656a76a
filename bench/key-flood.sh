#!/bin/sh
# The key-flood attack on `nudge serve`, on loopback: for each way of stopping (kill: kill -9 half a second after a
# right answer; term: SIGTERM then; frame: kill -9 once a new session got its first frame), starts a fresh server on a
# fresh data folder, runs bench/KeyFlood.java against it (1 MB of n/p keys into one session while another learner
# answers a quiz and a new session is timed to its first frame), and prints what reached the progress file and what
# the server logged when it stopped. Each run stops itself within about two minutes.
# Usage: bench/key-flood.sh [kill] [term] [frame]   NUDGE=/path/to/other/checkout measures another build
set -eu
. "$(dirname -- "$0")/serve-lib.sh"

for stop in ${*:-kill term frame}; do
    mkdir -p "$scratch/$stop"
    start_server "$scratch/$stop/serve.log" "$scratch/$stop"
    # The launcher runs the JVM as a child or in its place: measure the JVM itself.
    jvm=$(pgrep -P "$server" java || echo "$server")
    echo "== $nudge, stopped by $stop"
    java -cp "$here/target/nudge.jar" "$here/bench/KeyFlood.java" "$port" "$jvm" "$data" "$stop"
    wait "$server" 2>/dev/null || true
    server=''
    echo "server's last lines:"
    grep -E 'progress|stopp' "$log" | tail -n 5 || true
done
